/* mp-concern.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-concern"

#include "config.h"

#include "mp-concern.h"

#include "mp-enum-types.h"
#include "mp-model-private.h"

struct _MpConcern
{
  GObject          parent_instance;

  gint64           row_id;  /* SQLite row id, see mp-model-private.h */

  /* Owned */
  char            *uuid;
  MpMentorship    *mentorship;
  char            *subject;
  char            *text;
  GDateTime       *raised_at;
  GDate           *needed_by;
  char            *answer;
  GDateTime       *answered_at;

  MpConcernStatus  status;

  /* Parts sealed for keys this computer does not have (MpConcernSealed): their text is a
   * placeholder, and a write leaves the stored one as it is */
  guint            unreadable;
};

G_DEFINE_FINAL_TYPE (MpConcern, mp_concern, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_MENTORSHIP,
  PROP_SUBJECT,
  PROP_TEXT,
  PROP_RAISED_AT,
  PROP_NEEDED_BY,
  PROP_STATUS,
  PROP_ANSWER,
  PROP_ANSWERED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
mp_concern_constructed (GObject *object)
{
  MpConcern *self = (MpConcern *)object;

  G_OBJECT_CLASS (mp_concern_parent_class)->constructed (object);

  /* A new record gets a fresh identity; one read back from storage keeps its own. */
  if (self->uuid == NULL || self->uuid[0] == '\0')
    {
      g_free (self->uuid);
      self->uuid = g_uuid_string_random ();
    }
}

static void
mp_concern_dispose (GObject *object)
{
  MpConcern *self = (MpConcern *)object;

  g_clear_object (&self->mentorship);

  G_OBJECT_CLASS (mp_concern_parent_class)->dispose (object);
}

static void
mp_concern_finalize (GObject *object)
{
  MpConcern *self = (MpConcern *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->raised_at, g_date_time_unref);
  g_clear_pointer (&self->needed_by, g_date_free);
  g_clear_pointer (&self->answer, g_free);
  g_clear_pointer (&self->answered_at, g_date_time_unref);

  G_OBJECT_CLASS (mp_concern_parent_class)->finalize (object);
}

static void
mp_concern_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MpConcern *self = MP_CONCERN (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_MENTORSHIP:
      g_value_set_object (value, self->mentorship);
      break;

    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_RAISED_AT:
      g_value_set_boxed (value, self->raised_at);
      break;

    case PROP_NEEDED_BY:
      g_value_set_boxed (value, self->needed_by);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_ANSWER:
      g_value_set_string (value, self->answer);
      break;

    case PROP_ANSWERED_AT:
      g_value_set_boxed (value, self->answered_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_concern_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MpConcern *self = MP_CONCERN (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_free (self->uuid);
      self->uuid = g_value_dup_string (value);
      break;

    case PROP_MENTORSHIP:
      mp_concern_set_mentorship (self, g_value_get_object (value));
      break;

    case PROP_SUBJECT:
      mp_concern_set_subject (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      mp_concern_set_text (self, g_value_get_string (value));
      break;

    case PROP_RAISED_AT:
      mp_concern_set_raised_at (self, g_value_get_boxed (value));
      break;

    case PROP_NEEDED_BY:
      mp_concern_set_needed_by (self, g_value_get_boxed (value));
      break;

    case PROP_STATUS:
      mp_concern_set_status (self, g_value_get_enum (value));
      break;

    case PROP_ANSWER:
      mp_concern_set_answer (self, g_value_get_string (value));
      break;

    case PROP_ANSWERED_AT:
      mp_concern_set_answered_at (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_concern_class_init (MpConcernClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mp_concern_constructed;
  object_class->dispose = mp_concern_dispose;
  object_class->finalize = mp_concern_finalize;
  object_class->get_property = mp_concern_get_property;
  object_class->set_property = mp_concern_set_property;

  properties [PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MENTORSHIP] =
    g_param_spec_object ("mentorship", NULL, NULL,
                         MP_TYPE_MENTORSHIP,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_RAISED_AT] =
    g_param_spec_boxed ("raised-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NEEDED_BY] =
    g_param_spec_boxed ("needed-by", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       MP_TYPE_CONCERN_STATUS,
                       MP_CONCERN_STATUS_OPEN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ANSWER] =
    g_param_spec_string ("answer", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ANSWERED_AT] =
    g_param_spec_boxed ("answered-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_concern_init (MpConcern *self)
{
  self->status = MP_CONCERN_STATUS_OPEN;
}

MpConcern *
mp_concern_new (MpMentorship *mentorship,
                const char   *subject,
                const char   *text)
{
  MpConcern *self;

  g_return_val_if_fail (mentorship == NULL || MP_IS_MENTORSHIP (mentorship), NULL);

  self = g_object_new (MP_TYPE_CONCERN,
                       "mentorship", mentorship,
                       "subject", subject,
                       "text", text,
                       NULL);
  self->raised_at = g_date_time_new_now_utc ();

  return self;
}

/* A detached copy with the same uuid and row id: the editable draft given to MpStore. */
MpConcern *
mp_concern_copy (MpConcern *self)
{
  MpConcern *copy;

  g_return_val_if_fail (MP_IS_CONCERN (self), NULL);

  copy = g_object_new (MP_TYPE_CONCERN, "uuid", self->uuid, NULL);
  copy->row_id = self->row_id;
  _mp_concern_assign (copy, self);

  return copy;
}

const char *
mp_concern_get_uuid (MpConcern *self)
{
  g_return_val_if_fail (MP_IS_CONCERN (self), NULL);

  return self->uuid;
}

MpMentorship *
mp_concern_get_mentorship (MpConcern *self)
{
  g_return_val_if_fail (MP_IS_CONCERN (self), NULL);

  return self->mentorship;
}

void
mp_concern_set_mentorship (MpConcern    *self,
                           MpMentorship *mentorship)
{
  g_return_if_fail (MP_IS_CONCERN (self));
  g_return_if_fail (mentorship == NULL || MP_IS_MENTORSHIP (mentorship));

  if (g_set_object (&self->mentorship, mentorship))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MENTORSHIP]);
}

const char *
mp_concern_get_subject (MpConcern *self)
{
  g_return_val_if_fail (MP_IS_CONCERN (self), NULL);

  return self->subject;
}

void
mp_concern_set_subject (MpConcern  *self,
                        const char *subject)
{
  g_return_if_fail (MP_IS_CONCERN (self));

  if (_mp_set_string (&self->subject, subject))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUBJECT]);
}

const char *
mp_concern_get_text (MpConcern *self)
{
  g_return_val_if_fail (MP_IS_CONCERN (self), NULL);

  return self->text;
}

void
mp_concern_set_text (MpConcern  *self,
                     const char *text)
{
  g_return_if_fail (MP_IS_CONCERN (self));

  if (_mp_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEXT]);
}

GDateTime *
mp_concern_get_raised_at (MpConcern *self)
{
  g_return_val_if_fail (MP_IS_CONCERN (self), NULL);

  return self->raised_at;
}

void
mp_concern_set_raised_at (MpConcern *self,
                          GDateTime *raised_at)
{
  g_return_if_fail (MP_IS_CONCERN (self));

  if (_mp_set_date_time (&self->raised_at, raised_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RAISED_AT]);
}

const GDate *
mp_concern_get_needed_by (MpConcern *self)
{
  g_return_val_if_fail (MP_IS_CONCERN (self), NULL);

  return self->needed_by;
}

void
mp_concern_set_needed_by (MpConcern   *self,
                          const GDate *needed_by)
{
  g_return_if_fail (MP_IS_CONCERN (self));

  if (_mp_set_date (&self->needed_by, needed_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NEEDED_BY]);
}

MpConcernStatus
mp_concern_get_status (MpConcern *self)
{
  g_return_val_if_fail (MP_IS_CONCERN (self), MP_CONCERN_STATUS_OPEN);

  return self->status;
}

void
mp_concern_set_status (MpConcern       *self,
                       MpConcernStatus  status)
{
  g_return_if_fail (MP_IS_CONCERN (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
}

const char *
mp_concern_get_answer (MpConcern *self)
{
  g_return_val_if_fail (MP_IS_CONCERN (self), NULL);

  return self->answer;
}

void
mp_concern_set_answer (MpConcern  *self,
                       const char *answer)
{
  g_return_if_fail (MP_IS_CONCERN (self));

  /* A new answer is the mentor's own: no longer the placeholder of one this computer could
   * not open (_mp_concern_assign () and MpStore set the flags after the texts) */
  if (_mp_set_string (&self->answer, answer))
    {
      self->unreadable &= ~_MP_CONCERN_UNREADABLE_ANSWER;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ANSWER]);
    }
}

GDateTime *
mp_concern_get_answered_at (MpConcern *self)
{
  g_return_val_if_fail (MP_IS_CONCERN (self), NULL);

  return self->answered_at;
}

void
mp_concern_set_answered_at (MpConcern *self,
                            GDateTime *answered_at)
{
  g_return_if_fail (MP_IS_CONCERN (self));

  if (_mp_set_date_time (&self->answered_at, answered_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ANSWERED_AT]);
}

gint64
_mp_concern_get_id (MpConcern *self)
{
  g_return_val_if_fail (MP_IS_CONCERN (self), 0);

  return self->row_id;
}

void
_mp_concern_set_id (MpConcern *self,
                    gint64     id)
{
  g_return_if_fail (MP_IS_CONCERN (self));
  g_return_if_fail (id >= 0);

  self->row_id = id;
}

/* Copies every value but the identity (uuid, row id) from @from, notifying only the
 * properties that change. MpStore calls it on the canonical object after a write. */
void
_mp_concern_assign (MpConcern *self,
                    MpConcern *from)
{
  g_return_if_fail (MP_IS_CONCERN (self));
  g_return_if_fail (MP_IS_CONCERN (from));
  g_return_if_fail (g_strcmp0 (self->uuid, from->uuid) == 0);

  if (self == from)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  mp_concern_set_mentorship (self, from->mentorship);
  mp_concern_set_subject (self, from->subject);
  mp_concern_set_text (self, from->text);
  mp_concern_set_raised_at (self, from->raised_at);
  mp_concern_set_needed_by (self, from->needed_by);
  mp_concern_set_status (self, from->status);
  mp_concern_set_answer (self, from->answer);
  mp_concern_set_answered_at (self, from->answered_at);
  self->unreadable = from->unreadable;

  g_object_thaw_notify (G_OBJECT (self));
}

/* Which parts (MP_CONCERN_UNREADABLE_BODY, MP_CONCERN_UNREADABLE_ANSWER) hold a placeholder
 * instead of the text sealed in the database: MpStore sets them as it reads */
guint
_mp_concern_get_unreadable (MpConcern *self)
{
  g_return_val_if_fail (MP_IS_CONCERN (self), 0);

  return self->unreadable;
}

void
_mp_concern_set_unreadable (MpConcern *self,
                            guint      parts)
{
  g_return_if_fail (MP_IS_CONCERN (self));

  self->unreadable = parts;
}

/**
 * mp_concern_is_readable:
 *
 * Returns: whether its subject and text are the employee's, not a placeholder: %FALSE when
 *   they were sealed for the employee's and the mentor's keys and this computer has
 *   neither (HR's, or a new computer of theirs not yet given the concern's key)
 */
gboolean
mp_concern_is_readable (MpConcern *self)
{
  g_return_val_if_fail (MP_IS_CONCERN (self), FALSE);

  return (self->unreadable & _MP_CONCERN_UNREADABLE_BODY) == 0;
}
