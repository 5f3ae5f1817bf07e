/* mp-activity-progress.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-activity-progress"

#include "config.h"

#include "mp-activity-progress.h"

#include "mp-enum-types.h"
#include "mp-model-private.h"

struct _MpActivityProgress
{
  GObject          parent_instance;

  gint64           row_id;  /* SQLite row id, see mp-model-private.h */

  /* Owned */
  char            *uuid;
  MpMentorship    *mentorship;
  char            *activity_id;
  GDate           *done_on;
  MpMeeting       *meeting;
  GDate           *hr_followed_up_on;
  char            *hr_note;

  MpActivityState  state;
};

G_DEFINE_FINAL_TYPE (MpActivityProgress, mp_activity_progress, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_MENTORSHIP,
  PROP_ACTIVITY_ID,
  PROP_STATE,
  PROP_DONE_ON,
  PROP_MEETING,
  PROP_HR_FOLLOWED_UP_ON,
  PROP_HR_NOTE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
mp_activity_progress_constructed (GObject *object)
{
  MpActivityProgress *self = (MpActivityProgress *)object;

  G_OBJECT_CLASS (mp_activity_progress_parent_class)->constructed (object);

  /* A new record gets a fresh identity; one read back from storage keeps its own. */
  if (self->uuid == NULL || self->uuid[0] == '\0')
    {
      g_free (self->uuid);
      self->uuid = g_uuid_string_random ();
    }
}

static void
mp_activity_progress_dispose (GObject *object)
{
  MpActivityProgress *self = (MpActivityProgress *)object;

  g_clear_object (&self->mentorship);
  g_clear_object (&self->meeting);

  G_OBJECT_CLASS (mp_activity_progress_parent_class)->dispose (object);
}

static void
mp_activity_progress_finalize (GObject *object)
{
  MpActivityProgress *self = (MpActivityProgress *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->activity_id, g_free);
  g_clear_pointer (&self->done_on, g_date_free);
  g_clear_pointer (&self->hr_followed_up_on, g_date_free);
  g_clear_pointer (&self->hr_note, g_free);

  G_OBJECT_CLASS (mp_activity_progress_parent_class)->finalize (object);
}

static void
mp_activity_progress_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  MpActivityProgress *self = MP_ACTIVITY_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_MENTORSHIP:
      g_value_set_object (value, self->mentorship);
      break;

    case PROP_ACTIVITY_ID:
      g_value_set_string (value, self->activity_id);
      break;

    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;

    case PROP_DONE_ON:
      g_value_set_boxed (value, self->done_on);
      break;

    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    case PROP_HR_FOLLOWED_UP_ON:
      g_value_set_boxed (value, self->hr_followed_up_on);
      break;

    case PROP_HR_NOTE:
      g_value_set_string (value, self->hr_note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_activity_progress_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  MpActivityProgress *self = MP_ACTIVITY_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_free (self->uuid);
      self->uuid = g_value_dup_string (value);
      break;

    case PROP_MENTORSHIP:
      mp_activity_progress_set_mentorship (self, g_value_get_object (value));
      break;

    case PROP_ACTIVITY_ID:
      mp_activity_progress_set_activity_id (self, g_value_get_string (value));
      break;

    case PROP_STATE:
      mp_activity_progress_set_state (self, g_value_get_enum (value));
      break;

    case PROP_DONE_ON:
      mp_activity_progress_set_done_on (self, g_value_get_boxed (value));
      break;

    case PROP_MEETING:
      mp_activity_progress_set_meeting (self, g_value_get_object (value));
      break;

    case PROP_HR_FOLLOWED_UP_ON:
      mp_activity_progress_set_hr_followed_up_on (self, g_value_get_boxed (value));
      break;

    case PROP_HR_NOTE:
      mp_activity_progress_set_hr_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_activity_progress_class_init (MpActivityProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mp_activity_progress_constructed;
  object_class->dispose = mp_activity_progress_dispose;
  object_class->finalize = mp_activity_progress_finalize;
  object_class->get_property = mp_activity_progress_get_property;
  object_class->set_property = mp_activity_progress_set_property;

  properties [PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MENTORSHIP] =
    g_param_spec_object ("mentorship", NULL, NULL,
                         MP_TYPE_MENTORSHIP,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ACTIVITY_ID] =
    g_param_spec_string ("activity-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       MP_TYPE_ACTIVITY_STATE,
                       MP_ACTIVITY_STATE_PENDING,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DONE_ON] =
    g_param_spec_boxed ("done-on", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL,
                         MP_TYPE_MEETING,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_HR_FOLLOWED_UP_ON] =
    g_param_spec_boxed ("hr-followed-up-on", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_HR_NOTE] =
    g_param_spec_string ("hr-note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_activity_progress_init (MpActivityProgress *self)
{
  self->state = MP_ACTIVITY_STATE_PENDING;
}

MpActivityProgress *
mp_activity_progress_new (MpMentorship *mentorship,
                          const char   *activity_id)
{
  g_return_val_if_fail (mentorship == NULL || MP_IS_MENTORSHIP (mentorship), NULL);

  return g_object_new (MP_TYPE_ACTIVITY_PROGRESS,
                       "mentorship", mentorship,
                       "activity-id", activity_id,
                       NULL);
}

/* A detached copy with the same uuid and row id: the editable draft given to MpStore. */
MpActivityProgress *
mp_activity_progress_copy (MpActivityProgress *self)
{
  MpActivityProgress *copy;

  g_return_val_if_fail (MP_IS_ACTIVITY_PROGRESS (self), NULL);

  copy = g_object_new (MP_TYPE_ACTIVITY_PROGRESS, "uuid", self->uuid, NULL);
  copy->row_id = self->row_id;
  _mp_activity_progress_assign (copy, self);

  return copy;
}

const char *
mp_activity_progress_get_uuid (MpActivityProgress *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY_PROGRESS (self), NULL);

  return self->uuid;
}

MpMentorship *
mp_activity_progress_get_mentorship (MpActivityProgress *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY_PROGRESS (self), NULL);

  return self->mentorship;
}

void
mp_activity_progress_set_mentorship (MpActivityProgress *self,
                                     MpMentorship       *mentorship)
{
  g_return_if_fail (MP_IS_ACTIVITY_PROGRESS (self));
  g_return_if_fail (mentorship == NULL || MP_IS_MENTORSHIP (mentorship));

  if (g_set_object (&self->mentorship, mentorship))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MENTORSHIP]);
}

const char *
mp_activity_progress_get_activity_id (MpActivityProgress *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY_PROGRESS (self), NULL);

  return self->activity_id;
}

void
mp_activity_progress_set_activity_id (MpActivityProgress *self,
                                      const char         *activity_id)
{
  g_return_if_fail (MP_IS_ACTIVITY_PROGRESS (self));

  if (_mp_set_string (&self->activity_id, activity_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACTIVITY_ID]);
}

MpActivityState
mp_activity_progress_get_state (MpActivityProgress *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY_PROGRESS (self), MP_ACTIVITY_STATE_PENDING);

  return self->state;
}

void
mp_activity_progress_set_state (MpActivityProgress *self,
                                MpActivityState     state)
{
  g_return_if_fail (MP_IS_ACTIVITY_PROGRESS (self));

  if (self->state == state)
    return;

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATE]);
}

const GDate *
mp_activity_progress_get_done_on (MpActivityProgress *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY_PROGRESS (self), NULL);

  return self->done_on;
}

void
mp_activity_progress_set_done_on (MpActivityProgress *self,
                                  const GDate        *done_on)
{
  g_return_if_fail (MP_IS_ACTIVITY_PROGRESS (self));

  if (_mp_set_date (&self->done_on, done_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DONE_ON]);
}

MpMeeting *
mp_activity_progress_get_meeting (MpActivityProgress *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY_PROGRESS (self), NULL);

  return self->meeting;
}

void
mp_activity_progress_set_meeting (MpActivityProgress *self,
                                  MpMeeting          *meeting)
{
  g_return_if_fail (MP_IS_ACTIVITY_PROGRESS (self));
  g_return_if_fail (meeting == NULL || MP_IS_MEETING (meeting));

  if (g_set_object (&self->meeting, meeting))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MEETING]);
}

const GDate *
mp_activity_progress_get_hr_followed_up_on (MpActivityProgress *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY_PROGRESS (self), NULL);

  return self->hr_followed_up_on;
}

void
mp_activity_progress_set_hr_followed_up_on (MpActivityProgress *self,
                                            const GDate        *hr_followed_up_on)
{
  g_return_if_fail (MP_IS_ACTIVITY_PROGRESS (self));

  if (_mp_set_date (&self->hr_followed_up_on, hr_followed_up_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HR_FOLLOWED_UP_ON]);
}

const char *
mp_activity_progress_get_hr_note (MpActivityProgress *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY_PROGRESS (self), NULL);

  return self->hr_note;
}

void
mp_activity_progress_set_hr_note (MpActivityProgress *self,
                                  const char         *hr_note)
{
  g_return_if_fail (MP_IS_ACTIVITY_PROGRESS (self));

  if (_mp_set_string (&self->hr_note, hr_note))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HR_NOTE]);
}

gint64
_mp_activity_progress_get_id (MpActivityProgress *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY_PROGRESS (self), 0);

  return self->row_id;
}

void
_mp_activity_progress_set_id (MpActivityProgress *self,
                              gint64              id)
{
  g_return_if_fail (MP_IS_ACTIVITY_PROGRESS (self));
  g_return_if_fail (id >= 0);

  self->row_id = id;
}

/* Copies every value but the identity (uuid, row id) from @from, notifying only the
 * properties that change. MpStore calls it on the canonical object after a write. */
void
_mp_activity_progress_assign (MpActivityProgress *self,
                              MpActivityProgress *from)
{
  g_return_if_fail (MP_IS_ACTIVITY_PROGRESS (self));
  g_return_if_fail (MP_IS_ACTIVITY_PROGRESS (from));
  g_return_if_fail (g_strcmp0 (self->uuid, from->uuid) == 0);

  if (self == from)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  mp_activity_progress_set_mentorship (self, from->mentorship);
  mp_activity_progress_set_activity_id (self, from->activity_id);
  mp_activity_progress_set_state (self, from->state);
  mp_activity_progress_set_done_on (self, from->done_on);
  mp_activity_progress_set_meeting (self, from->meeting);
  mp_activity_progress_set_hr_followed_up_on (self, from->hr_followed_up_on);
  mp_activity_progress_set_hr_note (self, from->hr_note);

  g_object_thaw_notify (G_OBJECT (self));
}
