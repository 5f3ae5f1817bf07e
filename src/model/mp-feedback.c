/* mp-feedback.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-feedback"

#include "config.h"

#include "mp-feedback.h"

#include "mp-enum-types.h"
#include "mp-model-private.h"

struct _MpFeedback
{
  GObject         parent_instance;

  gint64          row_id;  /* SQLite row id, see mp-model-private.h */

  /* Owned */
  char           *uuid;
  MpMentorship   *mentorship;
  char           *comment;
  GDateTime      *submitted_at;

  MpFeedbackRole  role;
  int             program_rating;
  int             meetings_rating;
  int             usefulness_rating;
};

G_DEFINE_FINAL_TYPE (MpFeedback, mp_feedback, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_MENTORSHIP,
  PROP_ROLE,
  PROP_PROGRAM_RATING,
  PROP_MEETINGS_RATING,
  PROP_USEFULNESS_RATING,
  PROP_COMMENT,
  PROP_SUBMITTED_AT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
mp_feedback_constructed (GObject *object)
{
  MpFeedback *self = (MpFeedback *)object;

  G_OBJECT_CLASS (mp_feedback_parent_class)->constructed (object);

  /* A new record gets a fresh identity; one read back from storage keeps its own. */
  if (self->uuid == NULL || self->uuid[0] == '\0')
    {
      g_free (self->uuid);
      self->uuid = g_uuid_string_random ();
    }
}

static void
mp_feedback_dispose (GObject *object)
{
  MpFeedback *self = (MpFeedback *)object;

  g_clear_object (&self->mentorship);

  G_OBJECT_CLASS (mp_feedback_parent_class)->dispose (object);
}

static void
mp_feedback_finalize (GObject *object)
{
  MpFeedback *self = (MpFeedback *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->comment, g_free);
  g_clear_pointer (&self->submitted_at, g_date_time_unref);

  G_OBJECT_CLASS (mp_feedback_parent_class)->finalize (object);
}

static void
mp_feedback_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MpFeedback *self = MP_FEEDBACK (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_MENTORSHIP:
      g_value_set_object (value, self->mentorship);
      break;

    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;

    case PROP_PROGRAM_RATING:
      g_value_set_int (value, self->program_rating);
      break;

    case PROP_MEETINGS_RATING:
      g_value_set_int (value, self->meetings_rating);
      break;

    case PROP_USEFULNESS_RATING:
      g_value_set_int (value, self->usefulness_rating);
      break;

    case PROP_COMMENT:
      g_value_set_string (value, self->comment);
      break;

    case PROP_SUBMITTED_AT:
      g_value_set_boxed (value, self->submitted_at);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_feedback_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MpFeedback *self = MP_FEEDBACK (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_free (self->uuid);
      self->uuid = g_value_dup_string (value);
      break;

    case PROP_MENTORSHIP:
      mp_feedback_set_mentorship (self, g_value_get_object (value));
      break;

    case PROP_ROLE:
      mp_feedback_set_role (self, g_value_get_enum (value));
      break;

    case PROP_PROGRAM_RATING:
      mp_feedback_set_program_rating (self, g_value_get_int (value));
      break;

    case PROP_MEETINGS_RATING:
      mp_feedback_set_meetings_rating (self, g_value_get_int (value));
      break;

    case PROP_USEFULNESS_RATING:
      mp_feedback_set_usefulness_rating (self, g_value_get_int (value));
      break;

    case PROP_COMMENT:
      mp_feedback_set_comment (self, g_value_get_string (value));
      break;

    case PROP_SUBMITTED_AT:
      mp_feedback_set_submitted_at (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_feedback_class_init (MpFeedbackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mp_feedback_constructed;
  object_class->dispose = mp_feedback_dispose;
  object_class->finalize = mp_feedback_finalize;
  object_class->get_property = mp_feedback_get_property;
  object_class->set_property = mp_feedback_set_property;

  properties [PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MENTORSHIP] =
    g_param_spec_object ("mentorship", NULL, NULL,
                         MP_TYPE_MENTORSHIP,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       MP_TYPE_FEEDBACK_ROLE,
                       MP_FEEDBACK_ROLE_EMPLOYEE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PROGRAM_RATING] =
    g_param_spec_int ("program-rating", NULL, NULL,
                      0, 5, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MEETINGS_RATING] =
    g_param_spec_int ("meetings-rating", NULL, NULL,
                      0, 5, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_USEFULNESS_RATING] =
    g_param_spec_int ("usefulness-rating", NULL, NULL,
                      0, 5, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_COMMENT] =
    g_param_spec_string ("comment", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SUBMITTED_AT] =
    g_param_spec_boxed ("submitted-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_feedback_init (MpFeedback *self)
{
  self->role = MP_FEEDBACK_ROLE_EMPLOYEE;
}

MpFeedback *
mp_feedback_new (MpMentorship   *mentorship,
                 MpFeedbackRole  role)
{
  g_return_val_if_fail (mentorship == NULL || MP_IS_MENTORSHIP (mentorship), NULL);

  return g_object_new (MP_TYPE_FEEDBACK,
                       "mentorship", mentorship,
                       "role", role,
                       NULL);
}

/* A detached copy with the same uuid and row id: the editable draft given to MpStore. */
MpFeedback *
mp_feedback_copy (MpFeedback *self)
{
  MpFeedback *copy;

  g_return_val_if_fail (MP_IS_FEEDBACK (self), NULL);

  copy = g_object_new (MP_TYPE_FEEDBACK, "uuid", self->uuid, NULL);
  copy->row_id = self->row_id;
  _mp_feedback_assign (copy, self);

  return copy;
}

const char *
mp_feedback_get_uuid (MpFeedback *self)
{
  g_return_val_if_fail (MP_IS_FEEDBACK (self), NULL);

  return self->uuid;
}

MpMentorship *
mp_feedback_get_mentorship (MpFeedback *self)
{
  g_return_val_if_fail (MP_IS_FEEDBACK (self), NULL);

  return self->mentorship;
}

void
mp_feedback_set_mentorship (MpFeedback   *self,
                            MpMentorship *mentorship)
{
  g_return_if_fail (MP_IS_FEEDBACK (self));
  g_return_if_fail (mentorship == NULL || MP_IS_MENTORSHIP (mentorship));

  if (g_set_object (&self->mentorship, mentorship))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MENTORSHIP]);
}

MpFeedbackRole
mp_feedback_get_role (MpFeedback *self)
{
  g_return_val_if_fail (MP_IS_FEEDBACK (self), MP_FEEDBACK_ROLE_EMPLOYEE);

  return self->role;
}

void
mp_feedback_set_role (MpFeedback     *self,
                      MpFeedbackRole  role)
{
  g_return_if_fail (MP_IS_FEEDBACK (self));

  if (self->role == role)
    return;

  self->role = role;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ROLE]);
}

int
mp_feedback_get_program_rating (MpFeedback *self)
{
  g_return_val_if_fail (MP_IS_FEEDBACK (self), 0);

  return self->program_rating;
}

void
mp_feedback_set_program_rating (MpFeedback *self,
                                int         program_rating)
{
  g_return_if_fail (MP_IS_FEEDBACK (self));
  g_return_if_fail (program_rating >= 0 && program_rating <= 5);

  if (self->program_rating == program_rating)
    return;

  self->program_rating = program_rating;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROGRAM_RATING]);
}

int
mp_feedback_get_meetings_rating (MpFeedback *self)
{
  g_return_val_if_fail (MP_IS_FEEDBACK (self), 0);

  return self->meetings_rating;
}

void
mp_feedback_set_meetings_rating (MpFeedback *self,
                                 int         meetings_rating)
{
  g_return_if_fail (MP_IS_FEEDBACK (self));
  g_return_if_fail (meetings_rating >= 0 && meetings_rating <= 5);

  if (self->meetings_rating == meetings_rating)
    return;

  self->meetings_rating = meetings_rating;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MEETINGS_RATING]);
}

int
mp_feedback_get_usefulness_rating (MpFeedback *self)
{
  g_return_val_if_fail (MP_IS_FEEDBACK (self), 0);

  return self->usefulness_rating;
}

void
mp_feedback_set_usefulness_rating (MpFeedback *self,
                                   int         usefulness_rating)
{
  g_return_if_fail (MP_IS_FEEDBACK (self));
  g_return_if_fail (usefulness_rating >= 0 && usefulness_rating <= 5);

  if (self->usefulness_rating == usefulness_rating)
    return;

  self->usefulness_rating = usefulness_rating;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_USEFULNESS_RATING]);
}

const char *
mp_feedback_get_comment (MpFeedback *self)
{
  g_return_val_if_fail (MP_IS_FEEDBACK (self), NULL);

  return self->comment;
}

void
mp_feedback_set_comment (MpFeedback *self,
                         const char *comment)
{
  g_return_if_fail (MP_IS_FEEDBACK (self));

  if (_mp_set_string (&self->comment, comment))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COMMENT]);
}

GDateTime *
mp_feedback_get_submitted_at (MpFeedback *self)
{
  g_return_val_if_fail (MP_IS_FEEDBACK (self), NULL);

  return self->submitted_at;
}

void
mp_feedback_set_submitted_at (MpFeedback *self,
                              GDateTime  *submitted_at)
{
  g_return_if_fail (MP_IS_FEEDBACK (self));

  if (_mp_set_date_time (&self->submitted_at, submitted_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUBMITTED_AT]);
}

gint64
_mp_feedback_get_id (MpFeedback *self)
{
  g_return_val_if_fail (MP_IS_FEEDBACK (self), 0);

  return self->row_id;
}

void
_mp_feedback_set_id (MpFeedback *self,
                     gint64      id)
{
  g_return_if_fail (MP_IS_FEEDBACK (self));
  g_return_if_fail (id >= 0);

  self->row_id = id;
}

/* Copies every value but the identity (uuid, row id) from @from, notifying only the
 * properties that change. MpStore calls it on the canonical object after a write. */
void
_mp_feedback_assign (MpFeedback *self,
                     MpFeedback *from)
{
  g_return_if_fail (MP_IS_FEEDBACK (self));
  g_return_if_fail (MP_IS_FEEDBACK (from));
  g_return_if_fail (g_strcmp0 (self->uuid, from->uuid) == 0);

  if (self == from)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  mp_feedback_set_mentorship (self, from->mentorship);
  mp_feedback_set_role (self, from->role);
  mp_feedback_set_program_rating (self, from->program_rating);
  mp_feedback_set_meetings_rating (self, from->meetings_rating);
  mp_feedback_set_usefulness_rating (self, from->usefulness_rating);
  mp_feedback_set_comment (self, from->comment);
  mp_feedback_set_submitted_at (self, from->submitted_at);

  g_object_thaw_notify (G_OBJECT (self));
}
