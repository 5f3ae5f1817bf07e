/* mp-ics.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-ics"

#include "config.h"

#include <glib/gi18n-lib.h>
#include "mp-ical-autoptr.h"

#include "mp-ics.h"
#include "mp-mentorship.h"
#include "mp-paths.h"
#include "mp-person.h"
#include "mp-program.h"

/* Meetings as iCalendar (RFC 5545) through libical-glib, so they land in Thunderbird,
 * Evolution or Outlook. Only what both people share goes out: the agenda, never the
 * private notes (which the model keeps elsewhere anyway). */

/**
 * mp_ics_uid:
 *
 * Returns: (transfer full): the iCalendar UID of @meeting, stable across exports
 *   because it comes from the meeting's UUID, so a calendar updates the event
 *   rather than adding a second one.
 */
char *
mp_ics_uid (MpMeeting *meeting)
{
  g_return_val_if_fail (MP_IS_MEETING (meeting), NULL);

  return g_strdup_printf ("%s@mentoring.alliancelibrarysystem.com", mp_meeting_get_uuid (meeting));
}

/* The Olson name to write as TZID, or NULL to write times in UTC. */
static const char *
zone_name (GTimeZone *tz)
{
  const char *identifier = g_time_zone_get_identifier (tz);

  if (identifier == NULL || g_str_equal (identifier, "UTC") || identifier[0] == ':' || identifier[0] == '/')
    return NULL;

  return identifier;
}

static ICalTime *
make_floating_time (GDateTime *local)
{
  ICalTime *time = i_cal_time_new_null_time ();

  i_cal_time_set_date (time, g_date_time_get_year (local), g_date_time_get_month (local),
                       g_date_time_get_day_of_month (local));
  i_cal_time_set_time (time, g_date_time_get_hour (local), g_date_time_get_minute (local),
                       g_date_time_get_second (local));

  return time;
}

static ICalTime *
make_utc_time (GDateTime *instant)
{
  return i_cal_time_new_from_timet_with_zone ((time_t) g_date_time_to_unix (instant), FALSE,
                                              i_cal_timezone_get_utc_timezone ());
}

static int
offset_at (GTimeZone *tz,
           gint64     unix_time)
{
  return g_time_zone_get_offset (tz, g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, unix_time));
}

/* One STANDARD or DAYLIGHT observance starting at @onset (UTC seconds). */
static ICalComponent *
make_observance (GTimeZone *tz,
                 gint64     onset,
                 int        offset_from)
{
  int interval = g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, onset);
  ICalComponent *observance = g_time_zone_is_dst (tz, interval) ? i_cal_component_new_xdaylight ()
                                                                 : i_cal_component_new_xstandard ();
  g_autoptr(GTimeZone) before = g_time_zone_new_offset (offset_from);
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (onset);
  g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, before);
  g_autoptr(ICalTime) start = make_floating_time (local);

  /* DTSTART is the wall-clock time of the onset, before the change (RFC 5545 3.6.5). */
  i_cal_component_take_property (observance, i_cal_property_new_dtstart (start));
  i_cal_component_take_property (observance, i_cal_property_new_tzoffsetfrom (offset_from));
  i_cal_component_take_property (observance, i_cal_property_new_tzoffsetto (g_time_zone_get_offset (tz, interval)));
  i_cal_component_take_property (observance, i_cal_property_new_tzname (g_time_zone_get_abbreviation (tz, interval)));

  return observance;
}

/*
 * A VTIMEZONE for @tz covering [@from, @to), with one observance per change of UTC
 * offset, read from GLib's time zone data. libical's own zones (from the system's
 * zoneinfo) carry RRULEs whose UNTIL is not in UTC, which strict readers refuse;
 * listing the actual transitions of the years concerned has no rules to misread.
 */
static ICalComponent *
make_vtimezone (GTimeZone  *tz,
                const char *name,
                gint64      from,
                gint64      to)
{
  ICalComponent *vtimezone = i_cal_component_new_vtimezone ();
  const gint64 step = 6 * 3600;
  int offset = offset_at (tz, from);

  i_cal_component_take_property (vtimezone, i_cal_property_new_tzid (name));
  i_cal_component_take_component (vtimezone, make_observance (tz, from, offset));

  for (gint64 t = from + step; t < to; t += step)
    {
      int next = offset_at (tz, t);
      gint64 lo = t - step, hi = t;

      if (next == offset)
        continue;

      /* The change happened in (lo, hi]: find the second it did. */
      while (hi - lo > 1)
        {
          gint64 mid = lo + (hi - lo) / 2;

          if (offset_at (tz, mid) == offset)
            lo = mid;
          else
            hi = mid;
        }
      i_cal_component_take_component (vtimezone, make_observance (tz, hi, offset));
      offset = next;
    }

  return vtimezone;
}

static void
add_person (ICalComponent *event,
            MpPerson      *person,
            gboolean       organizer)
{
  g_autofree char *mailto = NULL;
  ICalProperty *prop;
  const char *email;

  if (person == NULL)
    return;

  email = mp_person_get_email (person);
  if (email == NULL || *email == '\0')
    return;

  mailto = g_strconcat ("mailto:", email, NULL);
  prop = organizer ? i_cal_property_new_organizer (mailto) : i_cal_property_new_attendee (mailto);
  i_cal_property_take_parameter (prop, i_cal_parameter_new_cn (mp_person_get_name (person)));
  if (!organizer)
    {
      i_cal_property_take_parameter (prop, i_cal_parameter_new_role (I_CAL_ROLE_REQPARTICIPANT));
      i_cal_property_take_parameter (prop, i_cal_parameter_new_partstat (I_CAL_PARTSTAT_NEEDSACTION));
    }
  i_cal_component_take_property (event, prop);
}

static ICalProperty *
make_time_property (GDateTime   *instant,
                    GTimeZone   *tz,
                    const char  *zone,
                    gboolean     is_end)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(ICalTime) time = NULL;
  ICalProperty *prop;

  if (zone == NULL)
    {
      time = make_utc_time (instant);
      return is_end ? i_cal_property_new_dtend (time) : i_cal_property_new_dtstart (time);
    }

  local = g_date_time_to_timezone (instant, tz);
  time = make_floating_time (local);
  prop = is_end ? i_cal_property_new_dtend (time) : i_cal_property_new_dtstart (time);
  i_cal_property_take_parameter (prop, i_cal_parameter_new_tzid (zone));

  return prop;
}

static ICalComponent *
build_event (MpMeeting    *meeting,
             GTimeZone    *tz,
             const char   *zone,
             ICalTime     *stamp)
{
  MpMentorship *mentorship = mp_meeting_get_mentorship (meeting);
  MpPerson *mentor = mentorship ? mp_mentorship_get_mentor (mentorship) : NULL;
  MpPerson *employee = mentorship ? mp_mentorship_get_employee (mentorship) : NULL;
  g_autoptr(GDateTime) ends_at = NULL;
  g_autofree char *uid = mp_ics_uid (meeting);
  g_autofree char *summary = NULL;
  g_autoptr(GString) description = g_string_new (NULL);
  ICalComponent *event = i_cal_component_new_vevent ();
  const char *agenda = mp_meeting_get_agenda (meeting);
  const char *place = mp_meeting_get_place (meeting);
  int duration = mp_meeting_get_duration_minutes (meeting);
  gboolean cancelled = mp_meeting_get_status (meeting) == MP_MEETING_STATUS_CANCELLED;

  ends_at = g_date_time_add_minutes (mp_meeting_get_starts_at (meeting), duration > 0 ? duration : 60);

  if (cancelled)
    /* Translators: a calendar title for a meeting called off: the mentor and the new employee */
    summary = g_strdup_printf (_("Mentoring: %s and %s (cancelled)"),
                               mentor ? mp_person_get_name (mentor) : "?",
                               employee ? mp_person_get_name (employee) : "?");
  else
    /* Translators: an event title in the calendar: the mentor and the new employee */
    summary = g_strdup_printf (_("Mentoring: %s and %s"),
                               mentor ? mp_person_get_name (mentor) : "?",
                               employee ? mp_person_get_name (employee) : "?");

  /* A meeting called off says so first, and leaves out the agenda it will not go through */
  if (cancelled)
    {
      g_string_append (description, _("This meeting was cancelled."));
      g_string_append (description, "\n\n");
    }
  g_string_append_printf (description, _("How: %s"), mp_meeting_mode_get_label (mp_meeting_get_mode (meeting)));
  g_string_append_c (description, '\n');
  if (mentorship != NULL && mp_mentorship_get_program (mentorship) != NULL)
    {
      g_string_append_printf (description, _("Program: %s"),
                              mp_program_get_name (mp_mentorship_get_program (mentorship)));
      g_string_append_c (description, '\n');
    }
  if (!cancelled && agenda != NULL && *agenda != '\0')
    {
      g_string_append_c (description, '\n');
      g_string_append (description, _("Agenda:"));
      g_string_append_c (description, '\n');
      g_string_append (description, agenda);
    }

  i_cal_component_set_uid (event, uid);
  i_cal_component_set_dtstamp (event, stamp);
  i_cal_component_take_property (event, make_time_property (mp_meeting_get_starts_at (meeting), tz, zone, FALSE));
  i_cal_component_take_property (event, make_time_property (ends_at, tz, zone, TRUE));
  i_cal_component_set_summary (event, summary);
  i_cal_component_set_description (event, description->str);
  if (place != NULL && *place != '\0')
    i_cal_component_set_location (event, place);
  i_cal_component_set_status (event, cancelled ? I_CAL_STATUS_CANCELLED : I_CAL_STATUS_CONFIRMED);
  /* Called off, it no longer takes up the time (RFC 5545 3.8.2.7); and it is a revision of
   * the meeting planned (sequence 0, unwritten), which a calendar that compares sequences
   * before the time of export must take as the newer one (RFC 5546 2.1.5) */
  if (cancelled)
    {
      i_cal_component_take_property (event, i_cal_property_new_transp (I_CAL_TRANSP_TRANSPARENT));
      i_cal_component_set_sequence (event, 1);
    }
  add_person (event, mentor, TRUE);
  add_person (event, employee, FALSE);

  return event;
}

/**
 * mp_ics_build:
 * @meetings: (element-type MpMeeting): the meetings to put in the calendar
 * @tz: (nullable): the zone to write times in; %NULL for the local zone
 *
 * Returns: (transfer full): an iCalendar document, or %NULL with @error set
 */
char *
mp_ics_build (GPtrArray  *meetings,
              GTimeZone  *tz,
              GError    **error)
{
  g_autoptr(GTimeZone) local = NULL;
  g_autoptr(ICalComponent) calendar = NULL;
  g_autoptr(ICalTime) stamp = NULL;
  const char *zone;
  gint64 first = 0, last = 0;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (meetings != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (tz == NULL)
    tz = local = g_time_zone_new_local ();
  zone = zone_name (tz);

  calendar = i_cal_component_new_vcalendar ();
  i_cal_component_take_property (calendar, i_cal_property_new_version ("2.0"));
  i_cal_component_take_property (calendar, i_cal_property_new_prodid ("-//Alliance Library System//Mentoring " PACKAGE_VERSION "//EN"));
  i_cal_component_take_property (calendar, i_cal_property_new_method (I_CAL_METHOD_PUBLISH));
  stamp = i_cal_time_new_current_with_zone (i_cal_timezone_get_utc_timezone ());

  for (guint i = 0; i < meetings->len; i++)
    {
      MpMeeting *meeting = g_ptr_array_index (meetings, i);
      gint64 when;

      if (!MP_IS_MEETING (meeting) || mp_meeting_get_starts_at (meeting) == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("A meeting has no date"));
          return NULL;
        }
      when = g_date_time_to_unix (mp_meeting_get_starts_at (meeting));
      first = i == 0 ? when : MIN (first, when);
      last = i == 0 ? when : MAX (last, when);
      g_ptr_array_add (events, build_event (meeting, tz, zone, stamp));
    }

  /* The zone's changes from a year before the first meeting to a year after the last,
   * ahead of the events that use it. */
  if (zone != NULL && meetings->len > 0)
    i_cal_component_take_component (calendar, make_vtimezone (tz, zone, first - 366 * 86400, last + 366 * 86400));
  g_ptr_array_set_free_func (events, NULL);
  for (guint i = 0; i < events->len; i++)
    i_cal_component_take_component (calendar, g_ptr_array_index (events, i));

  return i_cal_component_as_ical_string (calendar);
}

gboolean
mp_ics_write_file (GPtrArray   *meetings,
                   GTimeZone   *tz,
                   const char  *path,
                   GError     **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  text = mp_ics_build (meetings, tz, error);
  if (text == NULL)
    return FALSE;

  /* Readable by its owner only: who meets whom, when and where */
  return mp_paths_write_private_file (path, text, -1, error);
}

/**
 * mp_ics_collect_upcoming:
 * @mentor: whose mentorships to look at
 * @now: meetings starting before this are left out
 * @error: where to say why the meetings could not be read (a damaged database)
 *
 * The meetings a calendar of @mentor's should show from @now on: the scheduled ones of the
 * active mentorships, and the cancelled ones of every mentorship of @mentor (one called off,
 * or one that ended and so cancelled what was still to come), so that a calendar which took
 * them in from an earlier export marks them cancelled (same UID) instead of keeping them.
 *
 * Returns: (transfer container) (element-type MpMeeting) (nullable): those meetings,
 *   earliest first; %NULL with @error set when their histories cannot be read (a calendar
 *   without some of them would be wrong, not short)
 */
GPtrArray *
mp_ics_collect_upcoming (MpStore    *store,
                         MpPerson   *mentor,
                         GDateTime  *now,
                         GError    **error)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) mine = NULL;
  GListModel *mentorships;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);
  g_return_val_if_fail (MP_IS_PERSON (mentor), NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  mentorships = mp_store_get_mentorships_for_mentor (store, mentor);
  mine = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    g_ptr_array_add (mine, g_list_model_get_item (mentorships, i));
  if (!mp_store_preload_mentorships (store, (MpMentorship * const *) mine->pdata, mine->len, error))
    return NULL;

  meetings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < mine->len; i++)
    {
      MpMentorship *mentorship = g_ptr_array_index (mine, i);
      gboolean active = mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ACTIVE;
      GListModel *list = mp_store_get_meetings (store, mentorship);

      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          g_autoptr(MpMeeting) meeting = g_list_model_get_item (list, j);
          GDateTime *starts_at = mp_meeting_get_starts_at (meeting);
          MpMeetingStatus status = mp_meeting_get_status (meeting);

          if (starts_at == NULL || g_date_time_compare (starts_at, now) < 0)
            continue;
          if ((status == MP_MEETING_STATUS_SCHEDULED && active) || status == MP_MEETING_STATUS_CANCELLED)
            g_ptr_array_add (meetings, g_steal_pointer (&meeting));
        }
    }

  g_ptr_array_sort (meetings, mp_meeting_compare_by_start);

  return g_steal_pointer (&meetings);
}
