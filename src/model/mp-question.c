/* mp-question.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-question"

#include "config.h"

#include "mp-question.h"

#include "mp-model-private.h"

struct _MpQuestion
{
  GObject  parent_instance;

  gint64   row_id;  /* SQLite row id, see mp-model-private.h */

  /* Owned */
  char    *uuid;
  char    *question;
  char    *answer;
  char    *ask_whom;
};

G_DEFINE_FINAL_TYPE (MpQuestion, mp_question, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_QUESTION,
  PROP_ANSWER,
  PROP_ASK_WHOM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
mp_question_constructed (GObject *object)
{
  MpQuestion *self = (MpQuestion *)object;

  G_OBJECT_CLASS (mp_question_parent_class)->constructed (object);

  /* A new record gets a fresh identity; one read back from storage keeps its own. */
  if (self->uuid == NULL || self->uuid[0] == '\0')
    {
      g_free (self->uuid);
      self->uuid = g_uuid_string_random ();
    }
}

static void
mp_question_finalize (GObject *object)
{
  MpQuestion *self = (MpQuestion *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->question, g_free);
  g_clear_pointer (&self->answer, g_free);
  g_clear_pointer (&self->ask_whom, g_free);

  G_OBJECT_CLASS (mp_question_parent_class)->finalize (object);
}

static void
mp_question_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MpQuestion *self = MP_QUESTION (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_QUESTION:
      g_value_set_string (value, self->question);
      break;

    case PROP_ANSWER:
      g_value_set_string (value, self->answer);
      break;

    case PROP_ASK_WHOM:
      g_value_set_string (value, self->ask_whom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_question_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MpQuestion *self = MP_QUESTION (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_free (self->uuid);
      self->uuid = g_value_dup_string (value);
      break;

    case PROP_QUESTION:
      mp_question_set_question (self, g_value_get_string (value));
      break;

    case PROP_ANSWER:
      mp_question_set_answer (self, g_value_get_string (value));
      break;

    case PROP_ASK_WHOM:
      mp_question_set_ask_whom (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_question_class_init (MpQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mp_question_constructed;
  object_class->finalize = mp_question_finalize;
  object_class->get_property = mp_question_get_property;
  object_class->set_property = mp_question_set_property;

  properties [PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_QUESTION] =
    g_param_spec_string ("question", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ANSWER] =
    g_param_spec_string ("answer", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ASK_WHOM] =
    g_param_spec_string ("ask-whom", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_question_init (MpQuestion *self)
{
}

MpQuestion *
mp_question_new (const char *question)
{
  return g_object_new (MP_TYPE_QUESTION,
                       "question", question,
                       NULL);
}

/* A detached copy with the same uuid and row id: the editable draft given to MpStore. */
MpQuestion *
mp_question_copy (MpQuestion *self)
{
  MpQuestion *copy;

  g_return_val_if_fail (MP_IS_QUESTION (self), NULL);

  copy = g_object_new (MP_TYPE_QUESTION, "uuid", self->uuid, NULL);
  copy->row_id = self->row_id;
  _mp_question_assign (copy, self);

  return copy;
}

const char *
mp_question_get_uuid (MpQuestion *self)
{
  g_return_val_if_fail (MP_IS_QUESTION (self), NULL);

  return self->uuid;
}

const char *
mp_question_get_question (MpQuestion *self)
{
  g_return_val_if_fail (MP_IS_QUESTION (self), NULL);

  return self->question;
}

void
mp_question_set_question (MpQuestion *self,
                          const char *question)
{
  g_return_if_fail (MP_IS_QUESTION (self));

  if (_mp_set_string (&self->question, question))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_QUESTION]);
}

const char *
mp_question_get_answer (MpQuestion *self)
{
  g_return_val_if_fail (MP_IS_QUESTION (self), NULL);

  return self->answer;
}

void
mp_question_set_answer (MpQuestion *self,
                        const char *answer)
{
  g_return_if_fail (MP_IS_QUESTION (self));

  if (_mp_set_string (&self->answer, answer))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ANSWER]);
}

const char *
mp_question_get_ask_whom (MpQuestion *self)
{
  g_return_val_if_fail (MP_IS_QUESTION (self), NULL);

  return self->ask_whom;
}

void
mp_question_set_ask_whom (MpQuestion *self,
                          const char *ask_whom)
{
  g_return_if_fail (MP_IS_QUESTION (self));

  if (_mp_set_string (&self->ask_whom, ask_whom))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ASK_WHOM]);
}

gint64
_mp_question_get_id (MpQuestion *self)
{
  g_return_val_if_fail (MP_IS_QUESTION (self), 0);

  return self->row_id;
}

void
_mp_question_set_id (MpQuestion *self,
                     gint64      id)
{
  g_return_if_fail (MP_IS_QUESTION (self));
  g_return_if_fail (id >= 0);

  self->row_id = id;
}

/* Copies every value but the identity (uuid, row id) from @from, notifying only the
 * properties that change. MpStore calls it on the canonical object after a write. */
void
_mp_question_assign (MpQuestion *self,
                     MpQuestion *from)
{
  g_return_if_fail (MP_IS_QUESTION (self));
  g_return_if_fail (MP_IS_QUESTION (from));
  g_return_if_fail (g_strcmp0 (self->uuid, from->uuid) == 0);

  if (self == from)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  mp_question_set_question (self, from->question);
  mp_question_set_answer (self, from->answer);
  mp_question_set_ask_whom (self, from->ask_whom);

  g_object_thaw_notify (G_OBJECT (self));
}
