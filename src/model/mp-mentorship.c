/* mp-mentorship.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-mentorship"

#include "config.h"

#include "mp-mentorship.h"

#include "mp-enum-types.h"
#include "mp-model-private.h"

struct _MpMentorship
{
  GObject             parent_instance;

  gint64              row_id;  /* SQLite row id, see mp-model-private.h */

  /* Owned */
  char               *uuid;
  MpPerson           *mentor;
  MpPerson           *employee;
  MpProgram          *program;
  GDate              *start_date;
  char               *end_reason;
  GDate              *ended_on;
  GDate              *paired_on;

  MpMentorshipStatus  status;
};

G_DEFINE_FINAL_TYPE (MpMentorship, mp_mentorship, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_MENTOR,
  PROP_EMPLOYEE,
  PROP_PROGRAM,
  PROP_START_DATE,
  PROP_STATUS,
  PROP_END_REASON,
  PROP_ENDED_ON,
  PROP_PAIRED_ON,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
mp_mentorship_constructed (GObject *object)
{
  MpMentorship *self = (MpMentorship *)object;

  G_OBJECT_CLASS (mp_mentorship_parent_class)->constructed (object);

  /* A new record gets a fresh identity; one read back from storage keeps its own. */
  if (self->uuid == NULL || self->uuid[0] == '\0')
    {
      g_free (self->uuid);
      self->uuid = g_uuid_string_random ();
    }
}

static void
mp_mentorship_dispose (GObject *object)
{
  MpMentorship *self = (MpMentorship *)object;

  g_clear_object (&self->mentor);
  g_clear_object (&self->employee);
  g_clear_object (&self->program);

  G_OBJECT_CLASS (mp_mentorship_parent_class)->dispose (object);
}

static void
mp_mentorship_finalize (GObject *object)
{
  MpMentorship *self = (MpMentorship *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->start_date, g_date_free);
  g_clear_pointer (&self->end_reason, g_free);
  g_clear_pointer (&self->ended_on, g_date_free);
  g_clear_pointer (&self->paired_on, g_date_free);

  G_OBJECT_CLASS (mp_mentorship_parent_class)->finalize (object);
}

static void
mp_mentorship_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MpMentorship *self = MP_MENTORSHIP (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_MENTOR:
      g_value_set_object (value, self->mentor);
      break;

    case PROP_EMPLOYEE:
      g_value_set_object (value, self->employee);
      break;

    case PROP_PROGRAM:
      g_value_set_object (value, self->program);
      break;

    case PROP_START_DATE:
      g_value_set_boxed (value, self->start_date);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_END_REASON:
      g_value_set_string (value, self->end_reason);
      break;

    case PROP_ENDED_ON:
      g_value_set_boxed (value, self->ended_on);
      break;

    case PROP_PAIRED_ON:
      g_value_set_boxed (value, self->paired_on);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_mentorship_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MpMentorship *self = MP_MENTORSHIP (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_free (self->uuid);
      self->uuid = g_value_dup_string (value);
      break;

    case PROP_MENTOR:
      mp_mentorship_set_mentor (self, g_value_get_object (value));
      break;

    case PROP_EMPLOYEE:
      mp_mentorship_set_employee (self, g_value_get_object (value));
      break;

    case PROP_PROGRAM:
      mp_mentorship_set_program (self, g_value_get_object (value));
      break;

    case PROP_START_DATE:
      mp_mentorship_set_start_date (self, g_value_get_boxed (value));
      break;

    case PROP_STATUS:
      mp_mentorship_set_status (self, g_value_get_enum (value));
      break;

    case PROP_END_REASON:
      mp_mentorship_set_end_reason (self, g_value_get_string (value));
      break;

    case PROP_ENDED_ON:
      mp_mentorship_set_ended_on (self, g_value_get_boxed (value));
      break;

    case PROP_PAIRED_ON:
      mp_mentorship_set_paired_on (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_mentorship_class_init (MpMentorshipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mp_mentorship_constructed;
  object_class->dispose = mp_mentorship_dispose;
  object_class->finalize = mp_mentorship_finalize;
  object_class->get_property = mp_mentorship_get_property;
  object_class->set_property = mp_mentorship_set_property;

  properties [PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MENTOR] =
    g_param_spec_object ("mentor", NULL, NULL,
                         MP_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_EMPLOYEE] =
    g_param_spec_object ("employee", NULL, NULL,
                         MP_TYPE_PERSON,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PROGRAM] =
    g_param_spec_object ("program", NULL, NULL,
                         MP_TYPE_PROGRAM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_START_DATE] =
    g_param_spec_boxed ("start-date", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       MP_TYPE_MENTORSHIP_STATUS,
                       MP_MENTORSHIP_STATUS_ACTIVE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_END_REASON] =
    g_param_spec_string ("end-reason", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ENDED_ON] =
    g_param_spec_boxed ("ended-on", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * MpMentorship:paired-on:
   *
   * The day HR paired them, when known (pairings made before it was kept have none): a
   * pairing made less than a week before the start gives the mentor a little time for the
   * first contact (mp_schedule_first_contact_day ()).
   */
  properties [PROP_PAIRED_ON] =
    g_param_spec_boxed ("paired-on", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_mentorship_init (MpMentorship *self)
{
  self->status = MP_MENTORSHIP_STATUS_ACTIVE;
}

MpMentorship *
mp_mentorship_new (MpPerson    *mentor,
                   MpPerson    *employee,
                   MpProgram   *program,
                   const GDate *start_date)
{
  g_return_val_if_fail (mentor == NULL || MP_IS_PERSON (mentor), NULL);
  g_return_val_if_fail (employee == NULL || MP_IS_PERSON (employee), NULL);
  g_return_val_if_fail (program == NULL || MP_IS_PROGRAM (program), NULL);

  return g_object_new (MP_TYPE_MENTORSHIP,
                       "mentor", mentor,
                       "employee", employee,
                       "program", program,
                       "start-date", start_date,
                       NULL);
}

/* A detached copy with the same uuid and row id: the editable draft given to MpStore. */
MpMentorship *
mp_mentorship_copy (MpMentorship *self)
{
  MpMentorship *copy;

  g_return_val_if_fail (MP_IS_MENTORSHIP (self), NULL);

  copy = g_object_new (MP_TYPE_MENTORSHIP, "uuid", self->uuid, NULL);
  copy->row_id = self->row_id;
  _mp_mentorship_assign (copy, self);

  return copy;
}

const char *
mp_mentorship_get_uuid (MpMentorship *self)
{
  g_return_val_if_fail (MP_IS_MENTORSHIP (self), NULL);

  return self->uuid;
}

MpPerson *
mp_mentorship_get_mentor (MpMentorship *self)
{
  g_return_val_if_fail (MP_IS_MENTORSHIP (self), NULL);

  return self->mentor;
}

void
mp_mentorship_set_mentor (MpMentorship *self,
                          MpPerson     *mentor)
{
  g_return_if_fail (MP_IS_MENTORSHIP (self));
  g_return_if_fail (mentor == NULL || MP_IS_PERSON (mentor));

  if (g_set_object (&self->mentor, mentor))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MENTOR]);
}

MpPerson *
mp_mentorship_get_employee (MpMentorship *self)
{
  g_return_val_if_fail (MP_IS_MENTORSHIP (self), NULL);

  return self->employee;
}

void
mp_mentorship_set_employee (MpMentorship *self,
                            MpPerson     *employee)
{
  g_return_if_fail (MP_IS_MENTORSHIP (self));
  g_return_if_fail (employee == NULL || MP_IS_PERSON (employee));

  if (g_set_object (&self->employee, employee))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EMPLOYEE]);
}

MpProgram *
mp_mentorship_get_program (MpMentorship *self)
{
  g_return_val_if_fail (MP_IS_MENTORSHIP (self), NULL);

  return self->program;
}

void
mp_mentorship_set_program (MpMentorship *self,
                           MpProgram    *program)
{
  g_return_if_fail (MP_IS_MENTORSHIP (self));
  g_return_if_fail (program == NULL || MP_IS_PROGRAM (program));

  if (g_set_object (&self->program, program))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PROGRAM]);
}

const GDate *
mp_mentorship_get_start_date (MpMentorship *self)
{
  g_return_val_if_fail (MP_IS_MENTORSHIP (self), NULL);

  return self->start_date;
}

void
mp_mentorship_set_start_date (MpMentorship *self,
                              const GDate  *start_date)
{
  g_return_if_fail (MP_IS_MENTORSHIP (self));

  if (_mp_set_date (&self->start_date, start_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_START_DATE]);
}

MpMentorshipStatus
mp_mentorship_get_status (MpMentorship *self)
{
  g_return_val_if_fail (MP_IS_MENTORSHIP (self), MP_MENTORSHIP_STATUS_ACTIVE);

  return self->status;
}

void
mp_mentorship_set_status (MpMentorship       *self,
                          MpMentorshipStatus  status)
{
  g_return_if_fail (MP_IS_MENTORSHIP (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
}

const char *
mp_mentorship_get_end_reason (MpMentorship *self)
{
  g_return_val_if_fail (MP_IS_MENTORSHIP (self), NULL);

  return self->end_reason;
}

void
mp_mentorship_set_end_reason (MpMentorship *self,
                              const char   *end_reason)
{
  g_return_if_fail (MP_IS_MENTORSHIP (self));

  if (_mp_set_string (&self->end_reason, end_reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_END_REASON]);
}

const GDate *
mp_mentorship_get_ended_on (MpMentorship *self)
{
  g_return_val_if_fail (MP_IS_MENTORSHIP (self), NULL);

  return self->ended_on;
}

void
mp_mentorship_set_ended_on (MpMentorship *self,
                            const GDate  *ended_on)
{
  g_return_if_fail (MP_IS_MENTORSHIP (self));

  if (_mp_set_date (&self->ended_on, ended_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ENDED_ON]);
}

const GDate *
mp_mentorship_get_paired_on (MpMentorship *self)
{
  g_return_val_if_fail (MP_IS_MENTORSHIP (self), NULL);

  return self->paired_on;
}

void
mp_mentorship_set_paired_on (MpMentorship *self,
                             const GDate  *paired_on)
{
  g_return_if_fail (MP_IS_MENTORSHIP (self));

  if (_mp_set_date (&self->paired_on, paired_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PAIRED_ON]);
}

/**
 * mp_mentorship_ended_early:
 *
 * Returns: %TRUE when it ended early, archived since or not (an archived one keeps its end
 *   reason when it ended early, none when it was completed)
 */
gboolean
mp_mentorship_ended_early (MpMentorship *self)
{
  g_return_val_if_fail (MP_IS_MENTORSHIP (self), FALSE);

  return self->status == MP_MENTORSHIP_STATUS_ENDED_EARLY ||
         (self->status == MP_MENTORSHIP_STATUS_ARCHIVED && self->end_reason != NULL &&
          *self->end_reason != '\0');
}

/**
 * mp_mentorship_is_called_off:
 *
 * Returns: %TRUE when it ended early on its start date (mp_store_call_off_mentorship (),
 *   or ended on its first day), archived since or not: it never ran
 */
gboolean
mp_mentorship_is_called_off (MpMentorship *self)
{
  g_return_val_if_fail (MP_IS_MENTORSHIP (self), FALSE);

  return mp_mentorship_ended_early (self) && self->ended_on != NULL && g_date_valid (self->ended_on) &&
         self->start_date != NULL && g_date_valid (self->start_date) &&
         g_date_compare (self->ended_on, self->start_date) <= 0;
}

/**
 * mp_mentorship_starts_after:
 * @day: a valid date
 *
 * Returns: %TRUE when its start date is known and after @day: on @day it has not started,
 *   and ending it then calls it off (a mentorship with no start date has started)
 */
gboolean
mp_mentorship_starts_after (MpMentorship *self,
                            const GDate  *day)
{
  g_return_val_if_fail (MP_IS_MENTORSHIP (self), FALSE);
  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);

  return self->start_date != NULL && g_date_valid (self->start_date) && g_date_compare (day, self->start_date) < 0;
}

gint64
_mp_mentorship_get_id (MpMentorship *self)
{
  g_return_val_if_fail (MP_IS_MENTORSHIP (self), 0);

  return self->row_id;
}

void
_mp_mentorship_set_id (MpMentorship *self,
                       gint64        id)
{
  g_return_if_fail (MP_IS_MENTORSHIP (self));
  g_return_if_fail (id >= 0);

  self->row_id = id;
}

/* Copies every value but the identity (uuid, row id) from @from, notifying only the
 * properties that change. MpStore calls it on the canonical object after a write. */
void
_mp_mentorship_assign (MpMentorship *self,
                       MpMentorship *from)
{
  g_return_if_fail (MP_IS_MENTORSHIP (self));
  g_return_if_fail (MP_IS_MENTORSHIP (from));
  g_return_if_fail (g_strcmp0 (self->uuid, from->uuid) == 0);

  if (self == from)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  mp_mentorship_set_mentor (self, from->mentor);
  mp_mentorship_set_employee (self, from->employee);
  mp_mentorship_set_program (self, from->program);
  mp_mentorship_set_start_date (self, from->start_date);
  mp_mentorship_set_status (self, from->status);
  mp_mentorship_set_end_reason (self, from->end_reason);
  mp_mentorship_set_ended_on (self, from->ended_on);
  mp_mentorship_set_paired_on (self, from->paired_on);

  g_object_thaw_notify (G_OBJECT (self));
}
