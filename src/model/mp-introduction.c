/* mp-introduction.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-introduction"

#include "config.h"

#include "mp-introduction.h"

#include "mp-model-private.h"

struct _MpIntroduction
{
  GObject       parent_instance;

  gint64        row_id;  /* SQLite row id, see mp-model-private.h */

  /* Owned */
  char         *uuid;
  MpMentorship *mentorship;
  char         *colleague;
  MpPerson     *colleague_person;
  char         *where;
  GDate        *on;

  gboolean      possible_mentor;
};

G_DEFINE_FINAL_TYPE (MpIntroduction, mp_introduction, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_MENTORSHIP,
  PROP_COLLEAGUE,
  PROP_COLLEAGUE_PERSON,
  PROP_WHERE,
  PROP_ON,
  PROP_POSSIBLE_MENTOR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
mp_introduction_constructed (GObject *object)
{
  MpIntroduction *self = (MpIntroduction *)object;

  G_OBJECT_CLASS (mp_introduction_parent_class)->constructed (object);

  /* A new record gets a fresh identity; one read back from storage keeps its own. */
  if (self->uuid == NULL || self->uuid[0] == '\0')
    {
      g_free (self->uuid);
      self->uuid = g_uuid_string_random ();
    }
}

static void
mp_introduction_dispose (GObject *object)
{
  MpIntroduction *self = (MpIntroduction *)object;

  g_clear_object (&self->mentorship);
  g_clear_object (&self->colleague_person);

  G_OBJECT_CLASS (mp_introduction_parent_class)->dispose (object);
}

static void
mp_introduction_finalize (GObject *object)
{
  MpIntroduction *self = (MpIntroduction *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->colleague, g_free);
  g_clear_pointer (&self->where, g_free);
  g_clear_pointer (&self->on, g_date_free);

  G_OBJECT_CLASS (mp_introduction_parent_class)->finalize (object);
}

static void
mp_introduction_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  MpIntroduction *self = MP_INTRODUCTION (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_MENTORSHIP:
      g_value_set_object (value, self->mentorship);
      break;

    case PROP_COLLEAGUE:
      g_value_set_string (value, self->colleague);
      break;

    case PROP_COLLEAGUE_PERSON:
      g_value_set_object (value, self->colleague_person);
      break;

    case PROP_WHERE:
      g_value_set_string (value, self->where);
      break;

    case PROP_ON:
      g_value_set_boxed (value, self->on);
      break;

    case PROP_POSSIBLE_MENTOR:
      g_value_set_boolean (value, self->possible_mentor);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_introduction_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  MpIntroduction *self = MP_INTRODUCTION (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_free (self->uuid);
      self->uuid = g_value_dup_string (value);
      break;

    case PROP_MENTORSHIP:
      mp_introduction_set_mentorship (self, g_value_get_object (value));
      break;

    case PROP_COLLEAGUE:
      mp_introduction_set_colleague (self, g_value_get_string (value));
      break;

    case PROP_COLLEAGUE_PERSON:
      mp_introduction_set_colleague_person (self, g_value_get_object (value));
      break;

    case PROP_WHERE:
      mp_introduction_set_where (self, g_value_get_string (value));
      break;

    case PROP_ON:
      mp_introduction_set_on (self, g_value_get_boxed (value));
      break;

    case PROP_POSSIBLE_MENTOR:
      mp_introduction_set_possible_mentor (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_introduction_class_init (MpIntroductionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mp_introduction_constructed;
  object_class->dispose = mp_introduction_dispose;
  object_class->finalize = mp_introduction_finalize;
  object_class->get_property = mp_introduction_get_property;
  object_class->set_property = mp_introduction_set_property;

  properties [PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MENTORSHIP] =
    g_param_spec_object ("mentorship", NULL, NULL,
                         MP_TYPE_MENTORSHIP,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_COLLEAGUE] =
    g_param_spec_string ("colleague", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_COLLEAGUE_PERSON] =
    g_param_spec_object ("colleague-person", NULL, NULL,
                         MP_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_WHERE] =
    g_param_spec_string ("where", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ON] =
    g_param_spec_boxed ("on", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MpIntroduction:possible-mentor:
   *
   * Whether the mentor sees in this colleague another possible mentor (the program's
   * "identification of other possible mentors").
   */
  properties [PROP_POSSIBLE_MENTOR] =
    g_param_spec_boolean ("possible-mentor", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_introduction_init (MpIntroduction *self)
{
}

MpIntroduction *
mp_introduction_new (MpMentorship *mentorship,
                     const char   *colleague)
{
  g_return_val_if_fail (mentorship == NULL || MP_IS_MENTORSHIP (mentorship), NULL);

  return g_object_new (MP_TYPE_INTRODUCTION,
                       "mentorship", mentorship,
                       "colleague", colleague,
                       NULL);
}

/* A detached copy with the same uuid and row id: the editable draft given to MpStore. */
MpIntroduction *
mp_introduction_copy (MpIntroduction *self)
{
  MpIntroduction *copy;

  g_return_val_if_fail (MP_IS_INTRODUCTION (self), NULL);

  copy = g_object_new (MP_TYPE_INTRODUCTION, "uuid", self->uuid, NULL);
  copy->row_id = self->row_id;
  _mp_introduction_assign (copy, self);

  return copy;
}

const char *
mp_introduction_get_uuid (MpIntroduction *self)
{
  g_return_val_if_fail (MP_IS_INTRODUCTION (self), NULL);

  return self->uuid;
}

MpMentorship *
mp_introduction_get_mentorship (MpIntroduction *self)
{
  g_return_val_if_fail (MP_IS_INTRODUCTION (self), NULL);

  return self->mentorship;
}

void
mp_introduction_set_mentorship (MpIntroduction *self,
                                MpMentorship   *mentorship)
{
  g_return_if_fail (MP_IS_INTRODUCTION (self));
  g_return_if_fail (mentorship == NULL || MP_IS_MENTORSHIP (mentorship));

  if (g_set_object (&self->mentorship, mentorship))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MENTORSHIP]);
}

const char *
mp_introduction_get_colleague (MpIntroduction *self)
{
  g_return_val_if_fail (MP_IS_INTRODUCTION (self), NULL);

  return self->colleague;
}

void
mp_introduction_set_colleague (MpIntroduction *self,
                               const char     *colleague)
{
  g_return_if_fail (MP_IS_INTRODUCTION (self));

  if (_mp_set_string (&self->colleague, colleague))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COLLEAGUE]);
}

MpPerson *
mp_introduction_get_colleague_person (MpIntroduction *self)
{
  g_return_val_if_fail (MP_IS_INTRODUCTION (self), NULL);

  return self->colleague_person;
}

void
mp_introduction_set_colleague_person (MpIntroduction *self,
                                      MpPerson       *colleague_person)
{
  g_return_if_fail (MP_IS_INTRODUCTION (self));
  g_return_if_fail (colleague_person == NULL || MP_IS_PERSON (colleague_person));

  if (g_set_object (&self->colleague_person, colleague_person))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COLLEAGUE_PERSON]);
}

const char *
mp_introduction_get_where (MpIntroduction *self)
{
  g_return_val_if_fail (MP_IS_INTRODUCTION (self), NULL);

  return self->where;
}

void
mp_introduction_set_where (MpIntroduction *self,
                           const char     *where)
{
  g_return_if_fail (MP_IS_INTRODUCTION (self));

  if (_mp_set_string (&self->where, where))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WHERE]);
}

const GDate *
mp_introduction_get_on (MpIntroduction *self)
{
  g_return_val_if_fail (MP_IS_INTRODUCTION (self), NULL);

  return self->on;
}

void
mp_introduction_set_on (MpIntroduction *self,
                        const GDate    *on)
{
  g_return_if_fail (MP_IS_INTRODUCTION (self));

  if (_mp_set_date (&self->on, on))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ON]);
}

gboolean
mp_introduction_get_possible_mentor (MpIntroduction *self)
{
  g_return_val_if_fail (MP_IS_INTRODUCTION (self), FALSE);

  return self->possible_mentor;
}

void
mp_introduction_set_possible_mentor (MpIntroduction *self,
                                     gboolean        possible_mentor)
{
  g_return_if_fail (MP_IS_INTRODUCTION (self));

  possible_mentor = !!possible_mentor;
  if (self->possible_mentor != possible_mentor)
    {
      self->possible_mentor = possible_mentor;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_POSSIBLE_MENTOR]);
    }
}

gint64
_mp_introduction_get_id (MpIntroduction *self)
{
  g_return_val_if_fail (MP_IS_INTRODUCTION (self), 0);

  return self->row_id;
}

void
_mp_introduction_set_id (MpIntroduction *self,
                         gint64          id)
{
  g_return_if_fail (MP_IS_INTRODUCTION (self));
  g_return_if_fail (id >= 0);

  self->row_id = id;
}

/* Copies every value but the identity (uuid, row id) from @from, notifying only the
 * properties that change. MpStore calls it on the canonical object after a write. */
void
_mp_introduction_assign (MpIntroduction *self,
                         MpIntroduction *from)
{
  g_return_if_fail (MP_IS_INTRODUCTION (self));
  g_return_if_fail (MP_IS_INTRODUCTION (from));
  g_return_if_fail (g_strcmp0 (self->uuid, from->uuid) == 0);

  if (self == from)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  mp_introduction_set_mentorship (self, from->mentorship);
  mp_introduction_set_colleague (self, from->colleague);
  mp_introduction_set_colleague_person (self, from->colleague_person);
  mp_introduction_set_where (self, from->where);
  mp_introduction_set_on (self, from->on);
  mp_introduction_set_possible_mentor (self, from->possible_mentor);

  g_object_thaw_notify (G_OBJECT (self));
}
