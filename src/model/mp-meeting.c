/* mp-meeting.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-meeting"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mp-meeting.h"

#include "mp-enum-types.h"
#include "mp-model-private.h"

struct _MpMeeting
{
  GObject          parent_instance;

  gint64           row_id;  /* SQLite row id, see mp-model-private.h */

  /* Owned */
  char            *uuid;
  MpMentorship    *mentorship;
  GDateTime       *starts_at;
  char            *place;
  char            *agenda;
  char            *summary;

  int              duration_minutes;
  MpMeetingMode    mode;
  MpMeetingStatus  status;
  gboolean         informal;
};

G_DEFINE_FINAL_TYPE (MpMeeting, mp_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_MENTORSHIP,
  PROP_STARTS_AT,
  PROP_DURATION_MINUTES,
  PROP_MODE,
  PROP_STATUS,
  PROP_PLACE,
  PROP_AGENDA,
  PROP_SUMMARY,
  PROP_INFORMAL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
mp_meeting_constructed (GObject *object)
{
  MpMeeting *self = (MpMeeting *)object;

  G_OBJECT_CLASS (mp_meeting_parent_class)->constructed (object);

  /* A new record gets a fresh identity; one read back from storage keeps its own. */
  if (self->uuid == NULL || self->uuid[0] == '\0')
    {
      g_free (self->uuid);
      self->uuid = g_uuid_string_random ();
    }
}

static void
mp_meeting_dispose (GObject *object)
{
  MpMeeting *self = (MpMeeting *)object;

  g_clear_object (&self->mentorship);

  G_OBJECT_CLASS (mp_meeting_parent_class)->dispose (object);
}

static void
mp_meeting_finalize (GObject *object)
{
  MpMeeting *self = (MpMeeting *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->starts_at, g_date_time_unref);
  g_clear_pointer (&self->place, g_free);
  g_clear_pointer (&self->agenda, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (mp_meeting_parent_class)->finalize (object);
}

static void
mp_meeting_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  MpMeeting *self = MP_MEETING (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_MENTORSHIP:
      g_value_set_object (value, self->mentorship);
      break;

    case PROP_STARTS_AT:
      g_value_set_boxed (value, self->starts_at);
      break;

    case PROP_DURATION_MINUTES:
      g_value_set_int (value, self->duration_minutes);
      break;

    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_PLACE:
      g_value_set_string (value, self->place);
      break;

    case PROP_AGENDA:
      g_value_set_string (value, self->agenda);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_INFORMAL:
      g_value_set_boolean (value, self->informal);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_meeting_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  MpMeeting *self = MP_MEETING (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_free (self->uuid);
      self->uuid = g_value_dup_string (value);
      break;

    case PROP_MENTORSHIP:
      mp_meeting_set_mentorship (self, g_value_get_object (value));
      break;

    case PROP_STARTS_AT:
      mp_meeting_set_starts_at (self, g_value_get_boxed (value));
      break;

    case PROP_DURATION_MINUTES:
      mp_meeting_set_duration_minutes (self, g_value_get_int (value));
      break;

    case PROP_MODE:
      mp_meeting_set_mode (self, g_value_get_enum (value));
      break;

    case PROP_STATUS:
      mp_meeting_set_status (self, g_value_get_enum (value));
      break;

    case PROP_PLACE:
      mp_meeting_set_place (self, g_value_get_string (value));
      break;

    case PROP_AGENDA:
      mp_meeting_set_agenda (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      mp_meeting_set_summary (self, g_value_get_string (value));
      break;

    case PROP_INFORMAL:
      mp_meeting_set_informal (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_meeting_class_init (MpMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mp_meeting_constructed;
  object_class->dispose = mp_meeting_dispose;
  object_class->finalize = mp_meeting_finalize;
  object_class->get_property = mp_meeting_get_property;
  object_class->set_property = mp_meeting_set_property;

  properties [PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MENTORSHIP] =
    g_param_spec_object ("mentorship", NULL, NULL,
                         MP_TYPE_MENTORSHIP,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STARTS_AT] =
    g_param_spec_boxed ("starts-at", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DURATION_MINUTES] =
    g_param_spec_int ("duration-minutes", NULL, NULL,
                      0, 1440, 60,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL,
                       MP_TYPE_MEETING_MODE,
                       MP_MEETING_MODE_IN_PERSON,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       MP_TYPE_MEETING_STATUS,
                       MP_MEETING_STATUS_SCHEDULED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PLACE] =
    g_param_spec_string ("place", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_AGENDA] =
    g_param_spec_string ("agenda", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_INFORMAL] =
    g_param_spec_boolean ("informal", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_meeting_init (MpMeeting *self)
{
  self->duration_minutes = 60;
  self->mode = MP_MEETING_MODE_IN_PERSON;
  self->status = MP_MEETING_STATUS_SCHEDULED;
}

MpMeeting *
mp_meeting_new (MpMentorship *mentorship,
                GDateTime    *starts_at)
{
  g_return_val_if_fail (mentorship == NULL || MP_IS_MENTORSHIP (mentorship), NULL);

  return g_object_new (MP_TYPE_MEETING,
                       "mentorship", mentorship,
                       "starts-at", starts_at,
                       NULL);
}

/* A detached copy with the same uuid and row id: the editable draft given to MpStore. */
MpMeeting *
mp_meeting_copy (MpMeeting *self)
{
  MpMeeting *copy;

  g_return_val_if_fail (MP_IS_MEETING (self), NULL);

  copy = g_object_new (MP_TYPE_MEETING, "uuid", self->uuid, NULL);
  copy->row_id = self->row_id;
  _mp_meeting_assign (copy, self);

  return copy;
}

const char *
mp_meeting_get_uuid (MpMeeting *self)
{
  g_return_val_if_fail (MP_IS_MEETING (self), NULL);

  return self->uuid;
}

MpMentorship *
mp_meeting_get_mentorship (MpMeeting *self)
{
  g_return_val_if_fail (MP_IS_MEETING (self), NULL);

  return self->mentorship;
}

void
mp_meeting_set_mentorship (MpMeeting    *self,
                           MpMentorship *mentorship)
{
  g_return_if_fail (MP_IS_MEETING (self));
  g_return_if_fail (mentorship == NULL || MP_IS_MENTORSHIP (mentorship));

  if (g_set_object (&self->mentorship, mentorship))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MENTORSHIP]);
}

GDateTime *
mp_meeting_get_starts_at (MpMeeting *self)
{
  g_return_val_if_fail (MP_IS_MEETING (self), NULL);

  return self->starts_at;
}

void
mp_meeting_set_starts_at (MpMeeting *self,
                          GDateTime *starts_at)
{
  g_return_if_fail (MP_IS_MEETING (self));

  if (_mp_set_date_time (&self->starts_at, starts_at))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STARTS_AT]);
}

int
mp_meeting_get_duration_minutes (MpMeeting *self)
{
  g_return_val_if_fail (MP_IS_MEETING (self), 0);

  return self->duration_minutes;
}

void
mp_meeting_set_duration_minutes (MpMeeting *self,
                                 int        duration_minutes)
{
  g_return_if_fail (MP_IS_MEETING (self));
  g_return_if_fail (duration_minutes >= 0 && duration_minutes <= 1440);

  if (self->duration_minutes == duration_minutes)
    return;

  self->duration_minutes = duration_minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DURATION_MINUTES]);
}

MpMeetingMode
mp_meeting_get_mode (MpMeeting *self)
{
  g_return_val_if_fail (MP_IS_MEETING (self), MP_MEETING_MODE_IN_PERSON);

  return self->mode;
}

/**
 * mp_meeting_mode_get_label:
 *
 * How a meeting takes place, in words, the same in every window, print and calendar file
 * (and as the meeting dialogs offer it).
 *
 * Returns: "In person", "Phone", "E-mail", "Lunch" or "Video call", translated
 */
const char *
mp_meeting_mode_get_label (MpMeetingMode mode)
{
  switch (mode)
    {
    case MP_MEETING_MODE_PHONE:
      return _("Phone");
    case MP_MEETING_MODE_EMAIL:
      return _("E-mail");
    case MP_MEETING_MODE_LUNCH:
      return _("Lunch");
    case MP_MEETING_MODE_VIDEO:
      return _("Video call");
    case MP_MEETING_MODE_IN_PERSON:
    default:
      return _("In person");
    }
}

void
mp_meeting_set_mode (MpMeeting     *self,
                     MpMeetingMode  mode)
{
  g_return_if_fail (MP_IS_MEETING (self));

  if (self->mode == mode)
    return;

  self->mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODE]);
}

MpMeetingStatus
mp_meeting_get_status (MpMeeting *self)
{
  g_return_val_if_fail (MP_IS_MEETING (self), MP_MEETING_STATUS_SCHEDULED);

  return self->status;
}

void
mp_meeting_set_status (MpMeeting       *self,
                       MpMeetingStatus  status)
{
  g_return_if_fail (MP_IS_MEETING (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STATUS]);
}

const char *
mp_meeting_get_place (MpMeeting *self)
{
  g_return_val_if_fail (MP_IS_MEETING (self), NULL);

  return self->place;
}

void
mp_meeting_set_place (MpMeeting  *self,
                      const char *place)
{
  g_return_if_fail (MP_IS_MEETING (self));

  if (_mp_set_string (&self->place, place))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PLACE]);
}

const char *
mp_meeting_get_agenda (MpMeeting *self)
{
  g_return_val_if_fail (MP_IS_MEETING (self), NULL);

  return self->agenda;
}

void
mp_meeting_set_agenda (MpMeeting  *self,
                       const char *agenda)
{
  g_return_if_fail (MP_IS_MEETING (self));

  if (_mp_set_string (&self->agenda, agenda))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AGENDA]);
}

const char *
mp_meeting_get_summary (MpMeeting *self)
{
  g_return_val_if_fail (MP_IS_MEETING (self), NULL);

  return self->summary;
}

void
mp_meeting_set_summary (MpMeeting  *self,
                        const char *summary)
{
  g_return_if_fail (MP_IS_MEETING (self));

  if (_mp_set_string (&self->summary, summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUMMARY]);
}

gboolean
mp_meeting_get_informal (MpMeeting *self)
{
  g_return_val_if_fail (MP_IS_MEETING (self), FALSE);

  return self->informal;
}

void
mp_meeting_set_informal (MpMeeting *self,
                         gboolean   informal)
{
  g_return_if_fail (MP_IS_MEETING (self));

  informal = !!informal;

  if (self->informal == informal)
    return;

  self->informal = informal;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_INFORMAL]);
}

gint64
_mp_meeting_get_id (MpMeeting *self)
{
  g_return_val_if_fail (MP_IS_MEETING (self), 0);

  return self->row_id;
}

void
_mp_meeting_set_id (MpMeeting *self,
                    gint64     id)
{
  g_return_if_fail (MP_IS_MEETING (self));
  g_return_if_fail (id >= 0);

  self->row_id = id;
}

/* Copies every value but the identity (uuid, row id) from @from, notifying only the
 * properties that change. MpStore calls it on the canonical object after a write. */
void
_mp_meeting_assign (MpMeeting *self,
                    MpMeeting *from)
{
  g_return_if_fail (MP_IS_MEETING (self));
  g_return_if_fail (MP_IS_MEETING (from));
  g_return_if_fail (g_strcmp0 (self->uuid, from->uuid) == 0);

  if (self == from)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  mp_meeting_set_mentorship (self, from->mentorship);
  mp_meeting_set_starts_at (self, from->starts_at);
  mp_meeting_set_duration_minutes (self, from->duration_minutes);
  mp_meeting_set_mode (self, from->mode);
  mp_meeting_set_status (self, from->status);
  mp_meeting_set_place (self, from->place);
  mp_meeting_set_agenda (self, from->agenda);
  mp_meeting_set_summary (self, from->summary);
  mp_meeting_set_informal (self, from->informal);

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * mp_meeting_compare_by_start:
 * @a: a pointer to an #MpMeeting pointer (as g_ptr_array_sort () passes)
 * @b: another
 *
 * Orders meetings by their start, earliest first; a meeting without a start comes first.
 *
 * Returns: negative, 0 or positive
 */
int
mp_meeting_compare_by_start (gconstpointer a,
                             gconstpointer b)
{
  GDateTime *start_a = mp_meeting_get_starts_at (*(MpMeeting **) a);
  GDateTime *start_b = mp_meeting_get_starts_at (*(MpMeeting **) b);

  if (start_a == NULL || start_b == NULL)
    return (start_a != NULL) - (start_b != NULL);

  return g_date_time_compare (start_a, start_b);
}
