/* test-schedule.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-schedule"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mp-schedule.h"

/* The pilot program: a contact before arrival, every two weeks for months
 * 1–2, monthly for months 3–6. */
static const MpSchedulePhase pilot[] = {
  { -1, 1, MP_CADENCE_UNIT_ONCE, 1 },
  { 0, 2, MP_CADENCE_UNIT_WEEKS, 2 },
  { 2, 4, MP_CADENCE_UNIT_MONTHS, 1 },
};

/* Monthly from the first day, for month-end arithmetic. */
static const MpSchedulePhase monthly[] = {
  { 0, 6, MP_CADENCE_UNIT_MONTHS, 1 },
};

static GDate
day (const char *iso)
{
  GDate date;
  int y, m, d;

  g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  g_assert_true (g_date_valid (&date));

  return date;
}

static char *
iso (const GDate *date)
{
  if (!g_date_valid (date))
    return g_strdup ("(unset)");

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

#define assert_date(date, expected) \
  G_STMT_START { \
    g_autofree char *_text = iso (date); \
    g_assert_cmpstr (_text, ==, expected); \
  } G_STMT_END

/* The dates of @texts (ISO 8601, NULL-terminated; NULL for none), as GDates. */
static GArray *
dates_of (const char * const *texts)
{
  GArray *dates = g_array_new (FALSE, TRUE, sizeof (GDate));

  for (guint i = 0; texts != NULL && texts[i] != NULL; i++)
    {
      GDate date = day (texts[i]);
      g_array_append_val (dates, date);
    }

  return dates;
}

/* Computes the pilot's schedule for a start date, held dates and today. */
static void
compute (const MpSchedulePhase *phases,
         guint                  n_phases,
         const char            *start,
         const char * const    *held,
         const char * const    *busy,
         const char            *today,
         MpMentorshipStatus     status,
         MpScheduleInfo        *info)
{
  g_autoptr(GArray) held_dates = dates_of (held);
  g_autoptr(GArray) busy_dates = dates_of (busy);
  GDate start_date = day (start);
  GDate today_date = day (today);

  mp_schedule_compute (phases, n_phases, &start_date, NULL,
                       (GDate *) held_dates->data, held_dates->len,
                       (GDate *) busy_dates->data, busy_dates->len,
                       NULL, 0, &today_date, status, NULL, info);
}

/* The pilot's schedule with the library closed on @closed (busy too, as the adapters pass
 * them), nothing else busy. */
static void
compute_closed (const char         *start,
                const char * const *held,
                const char * const *closed,
                const char         *today,
                MpScheduleInfo     *info)
{
  g_autoptr(GArray) held_dates = dates_of (held);
  g_autoptr(GArray) closed_dates = dates_of (closed);
  GDate start_date = day (start);
  GDate today_date = day (today);

  mp_schedule_info_clear (info);
  mp_schedule_compute (pilot, G_N_ELEMENTS (pilot), &start_date, NULL,
                       (GDate *) held_dates->data, held_dates->len,
                       (GDate *) closed_dates->data, closed_dates->len,
                       (GDate *) closed_dates->data, closed_dates->len,
                       &today_date, MP_MENTORSHIP_STATUS_ACTIVE, NULL, info);
}

/* A pairing whose first day the library is closed (Friday 25 December): the first meeting
 * cannot be held before it, so it is due on the next open working day, the day suggested,
 * not overdue there. A due day that is closed with open days before it stays (the pair
 * meets before it), and the contact before arrival, a call or a message, never moves. */
static void
test_closed_days (void)
{
  static const char *christmas[] = { "2026-12-25", "2027-01-01", NULL };
  static const char *long_closure[] = { "2026-12-25", "2026-12-28", "2026-12-29", NULL };
  static const char *first_contact_closed[] = { "2026-12-18", NULL };
  static const char *contact[] = { "2026-12-17", NULL };
  static const char *fortnight[] = { "2026-11-27", "2026-12-11", NULL };
  g_auto(MpScheduleInfo) info = { 0 };

  /* Not closed: due on its first day, overdue on the Monday after */
  compute_closed ("2026-12-25", contact, NULL, "2026-12-28", &info);
  assert_date (&info.due, "2026-12-25");
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_OVERDUE);

  /* Closed: due, and suggested, on the Monday after; due today there, never overdue */
  compute_closed ("2026-12-25", contact, christmas, "2026-12-24", &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_PRE_ARRIVAL);
  assert_date (&info.due, "2026-12-28");
  assert_date (&info.suggested, "2026-12-28");
  g_assert_cmpstr (info.reason, ==,
                   "First contact made: the first meeting is due on Monday 28 December, the first day the library is open");
  /* A first day on a Saturday (the library may be open) is named, due on the Monday after;
   * with the Monday and Tuesday after closed, the day due is the Wednesday */
  compute_closed ("2026-12-26", contact, NULL, "2026-12-21", &info);
  assert_date (&info.due, "2026-12-28");
  g_assert_cmpstr (info.reason, ==, "First contact made: the first meeting is due on the first day, Saturday 26 December");
  compute_closed ("2026-12-26", contact, (const char *[]) { "2026-12-28", "2026-12-29", NULL }, "2026-12-21", &info);
  assert_date (&info.due, "2026-12-30");
  g_assert_cmpstr (info.reason, ==,
                   "First contact made: the first meeting is due on Wednesday 30 December, the first day the library is open");
  compute_closed ("2026-12-25", contact, christmas, "2026-12-28", &info);
  assert_date (&info.due, "2026-12-28");
  assert_date (&info.suggested, "2026-12-28");
  g_assert_cmpint (info.days_until_due, ==, 0);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_DUE_SOON);
  g_assert_cmpstr (info.reason, ==, "Every two weeks during months 1–2: due by Monday 28 December");

  /* Closed on the working days after it too: the first open one */
  compute_closed ("2026-12-25", contact, long_closure, "2026-12-28", &info);
  assert_date (&info.due, "2026-12-30");
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_DUE_SOON);

  /* A fortnightly meeting due on the closed day, with open days before it after the last
   * one (11 December): it stays due then, and is late after it */
  compute_closed ("2026-11-27", fortnight, christmas, "2026-12-21", &info);
  assert_date (&info.due, "2026-12-25");
  assert_date (&info.suggested, "2026-12-24");
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ON_TRACK);
  /* Due soon two working days before: 23 and 24 December, not the closed 25th */
  compute_closed ("2026-11-27", fortnight, christmas, "2026-12-22", &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_DUE_SOON);
  compute_closed ("2026-11-27", fortnight, christmas, "2026-12-28", &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_OVERDUE);

  /* The contact before arrival on a closed day is due that day all the same */
  compute_closed ("2026-12-25", NULL, first_contact_closed, "2026-12-14", &info);
  assert_date (&info.due, "2026-12-18");
}

/* A slot whose window has no open working day (from the day the pair was made) is not
 * expected of the pair: not missed, and the meeting held on the first open day keeps the
 * next one. */
static void
test_closed_windows (void)
{
  g_auto(MpScheduleInfo) info = { 0 };
  GDate start = day ("2026-01-05"), paired_on = day ("2026-01-22"), today = day ("2026-01-26");
  /* Made on a Thursday the library is closed, closed the Friday too: the slot of Monday 19
   * January (its window ends on the Monday 26th) leaves it no day to meet on */
  GDate closed[] = { day ("2026-01-22"), day ("2026-01-23") };
  GDate held = day ("2026-01-26");
  g_autoptr(GArray) slots = mp_schedule_slots (pilot, 3, &start, &paired_on, closed, G_N_ELEMENTS (closed), NULL, 0);
  g_autoptr(GArray) open_slots = mp_schedule_slots (pilot, 3, &start, &paired_on, NULL, 0, NULL, 0);
  static const char *long_closure[] = {
    "2026-12-25", "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31",
    "2027-01-01", "2027-01-04", "2027-01-05", "2027-01-06", "2027-01-07", "2027-01-08", NULL
  };

  g_assert_cmpuint (slots->len, ==, open_slots->len - 1);
  assert_date (&g_array_index (open_slots, MpScheduleSlot, 0).date, "2026-01-19");
  assert_date (&g_array_index (slots, MpScheduleSlot, 0).date, "2026-02-02");

  mp_schedule_compute (pilot, 3, &start, &paired_on, NULL, 0, closed, 2, closed, 2, &today,
                       MP_MENTORSHIP_STATUS_ACTIVE, NULL, &info);
  assert_date (&info.due, "2026-01-26");
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_DUE_SOON);
  g_assert_cmpuint (info.slots_judged, ==, 0);

  mp_schedule_info_clear (&info);
  today = day ("2026-02-10");
  mp_schedule_compute (pilot, 3, &start, &paired_on, &held, 1, closed, 2, closed, 2, &today,
                       MP_MENTORSHIP_STATUS_ACTIVE, NULL, &info);
  g_assert_cmpuint (info.slots_judged, >, 0);
  g_assert_cmpuint (info.slots_kept, ==, info.slots_judged);

  /* Met on the closed Thursday all the same (the mentor warned): that slot is kept, and
   * counts as any other; by 10 February the next one (due 2 February) is missed */
  mp_schedule_info_clear (&info);
  held = day ("2026-01-22");
  mp_schedule_compute (pilot, 3, &start, &paired_on, &held, 1, closed, 2, closed, 2, &today,
                       MP_MENTORSHIP_STATUS_ACTIVE, NULL, &info);
  g_assert_cmpuint (info.expected_total, ==, open_slots->len);
  g_assert_cmpuint (info.slots_judged, ==, 2);
  g_assert_cmpuint (info.slots_kept, ==, 1);

  /* A first day closed, and the Monday after: due on the Tuesday, and not expected before
   * (the dashboard's and HR's "expected by now", the summary's "Expected" column) */
  {
    static const char *friday_monday[] = { "2026-12-18", "2026-12-21", NULL };
    static const char *contact_made[] = { "2026-12-11", NULL };
    GDate december_start = day ("2026-12-18");
    GDate friday_monday_dates[] = { day ("2026-12-18"), day ("2026-12-21") };
    g_autoptr(GArray) december_slots = mp_schedule_slots (pilot, 3, &december_start, NULL, friday_monday_dates, 2,
                                                          NULL, 0);
    GDate due_by = mp_schedule_slot_due_by (&g_array_index (december_slots, MpScheduleSlot, 1), NULL,
                                            friday_monday_dates, 2);

    assert_date (&due_by, "2026-12-22");
    compute_closed ("2026-12-18", contact_made, friday_monday, "2026-12-21", &info);
    assert_date (&info.due, "2026-12-22");
    g_assert_cmpuint (info.expected_by_today, ==, 1);  /* the contact before arrival */
    compute_closed ("2026-12-18", contact_made, friday_monday, "2026-12-22", &info);
    g_assert_cmpuint (info.expected_by_today, ==, 2);
    /* Likewise a slot on a Saturday is expected from the Monday after, when it is due */
    compute_closed ("2026-12-19", contact_made, NULL, "2026-12-19", &info);
    g_assert_cmpuint (info.expected_by_today, ==, 1);
    compute_closed ("2026-12-19", contact_made, NULL, "2026-12-21", &info);
    g_assert_cmpuint (info.expected_by_today, ==, 2);
  }

  /* Closed on every working day of the first fortnight's window (25 December to 1
   * January): due on the first open day, 11 January, with nothing missed by then */
  compute_closed ("2026-12-25", (const char *[]) { "2026-12-17", NULL }, long_closure, "2027-01-11", &info);
  assert_date (&info.due, "2027-01-11");
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_DUE_SOON);
  g_assert_cmpuint (info.slots_judged, ==, 1);  /* the contact before arrival, kept */
  g_assert_cmpuint (info.slots_kept, ==, 1);
}

/* The first contact's day: a week before the start, or, for a pairing made later, two days
 * after it was made (not later than the day before the start). */
static void
test_first_contact_day (void)
{
  static const char *cases[][3] = {
    /* start,       paired on,    first contact by */
    { "2026-01-05", NULL,         "2025-12-29" },  /* not known: a week before */
    { "2026-01-05", "2025-12-01", "2025-12-29" },  /* in good time */
    { "2026-01-05", "2025-12-27", "2025-12-29" },  /* two days before that week: the same */
    { "2026-01-05", "2025-12-28", "2025-12-30" },  /* a day later: two days after */
    { "2026-01-05", "2026-01-02", "2026-01-04" },  /* three days before: the eve */
    { "2026-01-05", "2026-01-04", "2026-01-04" },  /* the eve itself */
    { "2026-01-05", "2026-01-12", "2026-01-04" },  /* after the start: never later than the eve */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate start = day (cases[i][0]);
      GDate paired_on = cases[i][1] != NULL ? day (cases[i][1]) : start;
      GDate first;

      mp_schedule_first_contact_day (&start, cases[i][1] != NULL ? &paired_on : NULL, &first);
      assert_date (&first, cases[i][2]);
    }
}

/* A pairing made three days before the start: its first contact is not late on the day it
 * was made, as it would be counted from a week before the start; the slot moves with it. */
static void
test_late_pairing (void)
{
  g_auto(MpScheduleInfo) info = { 0 };
  g_autoptr(GArray) slots = NULL;
  GDate start = day ("2026-01-05");
  GDate paired_on = day ("2026-01-02");
  GDate today = day ("2026-01-02");

  mp_schedule_compute (pilot, 3, &start, &paired_on, NULL, 0, NULL, 0, NULL, 0, &today, MP_MENTORSHIP_STATUS_ACTIVE,
                       NULL, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_PRE_ARRIVAL);
  assert_date (&info.due, "2026-01-04");
  g_assert_cmpint (info.days_until_due, ==, 2);
  g_assert_cmpuint (info.expected_by_today, ==, 0);
  g_assert_cmpstr (info.reason, ==, "Before arrival: make first contact by Sunday 4 January");

  /* Not known (a pairing from before the day was kept): due a week before, late already. */
  mp_schedule_info_clear (&info);
  mp_schedule_compute (pilot, 3, &start, NULL, NULL, 0, NULL, 0, NULL, 0, &today, MP_MENTORSHIP_STATUS_ACTIVE,
                       NULL, &info);
  g_assert_cmpint (info.days_until_due, ==, -4);
  g_assert_cmpuint (info.expected_by_today, ==, 1);

  /* On its new day it is due; after it, late like any other. */
  mp_schedule_info_clear (&info);
  today = day ("2026-01-04");
  mp_schedule_compute (pilot, 3, &start, &paired_on, NULL, 0, NULL, 0, NULL, 0, &today, MP_MENTORSHIP_STATUS_ACTIVE,
                       NULL, &info);
  g_assert_cmpint (info.days_until_due, ==, 0);
  g_assert_cmpuint (info.expected_by_today, ==, 1);

  slots = mp_schedule_slots (pilot, 3, &start, &paired_on, NULL, 0, NULL, 0);
  assert_date (&g_array_index (slots, MpScheduleSlot, 0).date, "2026-01-04");
  g_assert_cmpuint (mp_schedule_expected_by (pilot, 3, &start, &paired_on, &paired_on), ==, 0);

  /* Made two days after the start: no contact before it is expected, and the first meeting
   * is due two days after the pairing, not already overdue since the first day. */
  mp_schedule_info_clear (&info);
  g_clear_pointer (&slots, g_array_unref);
  paired_on = day ("2026-01-07");
  today = paired_on;
  mp_schedule_compute (pilot, 3, &start, &paired_on, NULL, 0, NULL, 0, NULL, 0, &today, MP_MENTORSHIP_STATUS_ACTIVE,
                       NULL, &info);
  g_assert_cmpuint (info.expected_total, ==, 8);
  g_assert_cmpuint (info.expected_by_today, ==, 1);
  assert_date (&info.due, "2026-01-09");
  g_assert_cmpint (info.days_until_due, ==, 2);
  g_assert_cmpint (info.state, !=, MP_SCHEDULE_STATE_OVERDUE);
  g_assert_cmpuint (info.slots_judged, ==, 0);
  slots = mp_schedule_slots (pilot, 3, &start, &paired_on, NULL, 0, NULL, 0);
  g_assert_cmpuint (slots->len, ==, 8);
  assert_date (&g_array_index (slots, MpScheduleSlot, 0).date, "2026-01-05");

  /* Made on 22 January, its first meeting due on the 24th (a Saturday; the Monday after,
   * the 26th, is the day the slot's window closes: the Friday before, the 23rd): the slot of
   * 5 January, whose window closed on the 12th, is not expected of it (nor judged against
   * it); that of 19 January, open until the 26th, is. */
  mp_schedule_info_clear (&info);
  g_clear_pointer (&slots, g_array_unref);
  paired_on = day ("2026-01-22");
  today = paired_on;
  slots = mp_schedule_slots (pilot, 3, &start, &paired_on, NULL, 0, NULL, 0);
  g_assert_cmpuint (slots->len, ==, 7);
  assert_date (&g_array_index (slots, MpScheduleSlot, 0).date, "2026-01-19");
  assert_date (&g_array_index (slots, MpScheduleSlot, 0).window_end, "2026-01-26");
  mp_schedule_compute (pilot, 3, &start, &paired_on, NULL, 0, NULL, 0, NULL, 0, &today, MP_MENTORSHIP_STATUS_ACTIVE,
                       NULL, &info);
  g_assert_cmpuint (info.expected_total, ==, 7);
  g_assert_cmpuint (info.expected_by_today, ==, 1);
  assert_date (&info.due, "2026-01-23");
  g_assert_cmpint (info.state, !=, MP_SCHEDULE_STATE_OVERDUE);
  /* A meeting held on the day it is due by keeps its slot */
  {
    GDate held = info.due;

    mp_schedule_info_clear (&info);
    today = day ("2026-01-27");
    mp_schedule_compute (pilot, 3, &start, &paired_on, &held, 1, NULL, 0, NULL, 0, &today, MP_MENTORSHIP_STATUS_ACTIVE,
                         NULL, &info);
    g_assert_cmpuint (info.slots_judged, ==, 1);
    g_assert_cmpuint (info.slots_kept, ==, 1);
  }
  {
    GDate held = day ("2026-01-24");

    mp_schedule_info_clear (&info);
    today = day ("2026-02-10");
    mp_schedule_compute (pilot, 3, &start, &paired_on, &held, 1, NULL, 0, NULL, 0, &today, MP_MENTORSHIP_STATUS_ACTIVE,
                         NULL, &info);
    g_assert_cmpuint (info.slots_judged, ==, 2);  /* 19 January's, kept; 2 February's, closed on the 9th */
    g_assert_cmpuint (info.slots_kept, ==, 1);
    g_assert_cmpuint (info.held, ==, 1);
  }

  /* The same pair with the day not known: overdue since its first day. */
  mp_schedule_info_clear (&info);
  mp_schedule_compute (pilot, 3, &start, NULL, NULL, 0, NULL, 0, NULL, 0, &today, MP_MENTORSHIP_STATUS_ACTIVE,
                       NULL, &info);
  g_assert_cmpuint (info.expected_total, ==, 9);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_OVERDUE);
}

static void
test_slots_pilot (void)
{
  static const char *expected[][4] = {
    /* date,        window start, window end,  phase */
    { "2025-12-29", "(unset)",    "2026-01-05", "0" },
    { "2026-01-05", "2026-01-05", "2026-01-12", "1" },
    { "2026-01-19", "2026-01-12", "2026-01-26", "1" },
    { "2026-02-02", "2026-01-26", "2026-02-09", "1" },
    /* across the phases' boundary (5 March) halfway too: 16 February + 17 / 2 days */
    { "2026-02-16", "2026-02-09", "2026-02-24", "1" },
    { "2026-03-05", "2026-02-24", "2026-03-20", "2" },
    { "2026-04-05", "2026-03-20", "2026-04-20", "2" },
    { "2026-05-05", "2026-04-20", "2026-05-20", "2" },
    { "2026-06-05", "2026-05-20", "2026-07-05", "2" },
  };
  GDate start = day ("2026-01-05");
  GDate end;
  g_autoptr(GArray) slots = mp_schedule_slots (pilot, G_N_ELEMENTS (pilot), &start, NULL, NULL, 0, NULL, 0);

  g_assert_cmpuint (slots->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < slots->len; i++)
    {
      MpScheduleSlot *slot = &g_array_index (slots, MpScheduleSlot, i);

      assert_date (&slot->date, expected[i][0]);
      assert_date (&slot->window_start, expected[i][1]);
      assert_date (&slot->window_end, expected[i][2]);
      g_assert_cmpuint (slot->phase_index, ==, (guint) atoi (expected[i][3]));
    }

  mp_schedule_program_end (pilot, G_N_ELEMENTS (pilot), &start, &end);
  assert_date (&end, "2026-07-05");

  {
    GDate d = day ("2026-03-04");
    g_assert_cmpuint (mp_schedule_expected_by (pilot, G_N_ELEMENTS (pilot), &start, NULL, &d), ==, 5);
    d = day ("2026-03-05");
    g_assert_cmpuint (mp_schedule_expected_by (pilot, G_N_ELEMENTS (pilot), &start, NULL, &d), ==, 6);
    d = day ("2025-12-28");
    g_assert_cmpuint (mp_schedule_expected_by (pilot, G_N_ELEMENTS (pilot), &start, NULL, &d), ==, 0);
    g_assert_cmpint (mp_schedule_phase_for_date (pilot, 3, &start, &d), ==, 0);
    d = day ("2026-03-04");
    g_assert_cmpint (mp_schedule_phase_for_date (pilot, 3, &start, &d), ==, 1);
    d = day ("2026-03-05");
    g_assert_cmpint (mp_schedule_phase_for_date (pilot, 3, &start, &d), ==, 2);
    d = day ("2027-01-01");
    g_assert_cmpint (mp_schedule_phase_for_date (pilot, 3, &start, &d), ==, 2);
  }
}

/* The first monthly meeting is due on 5 March; held the day before, it keeps that slot, as a
 * meeting a day early does inside a phase, rather than counting a second time for the
 * fortnightly slot of 16 February (already kept) and leaving 5 March's missed. */
static void
test_slot_across_phases (void)
{
  g_auto(MpScheduleInfo) info = { 0 };

  compute (pilot, 3, "2026-01-05",
           (const char *[]) { "2025-12-30", "2026-01-05", "2026-01-19", "2026-02-02", "2026-02-16",
                              "2026-03-04", NULL },
           NULL, "2026-03-21", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpuint (info.held, ==, 6);
  g_assert_cmpuint (info.slots_judged, ==, 6);
  g_assert_cmpuint (info.slots_kept, ==, 6);
  g_assert_cmpfloat (info.adherence, ==, 1.0);

  /* ...and the next one is due a month after it, not a fortnight: on 19 March the pair is
   * on track, not overdue since the 18th. (A month after it is 4 April, but the next slot is
   * the 5th, a Sunday: the Monday after.) */
  mp_schedule_info_clear (&info);
  compute (pilot, 3, "2026-01-05",
           (const char *[]) { "2025-12-30", "2026-01-05", "2026-01-19", "2026-02-02", "2026-02-16",
                              "2026-03-04", NULL },
           NULL, "2026-03-19", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ON_TRACK);
  assert_date (&info.due, "2026-04-06");
  g_assert_cmpstr (info.reason, ==, "Every month during months 3–6: due by Monday 6 April");
}

static void
test_month_ends_and_leap_years (void)
{
  g_auto(MpScheduleInfo) info = { 0 };
  GDate start = day ("2028-01-31");
  GDate phase_start, phase_end, end;
  g_autoptr(GArray) slots = NULL;
  static const char *expected[] = {
    "2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30", "2028-05-31", "2028-06-30",
  };

  /* Monthly = calendar months from the start date itself, no drift. */
  slots = mp_schedule_slots (monthly, 1, &start, NULL, NULL, 0, NULL, 0);
  g_assert_cmpuint (slots->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < slots->len; i++)
    assert_date (&g_array_index (slots, MpScheduleSlot, i).date, expected[i]);
  g_clear_pointer (&slots, g_array_unref);

  /* The pilot from 31 January 2028: months 3–6 start on 31 March, the program ends on 31 July. */
  mp_schedule_phase_dates (&pilot[2], &start, &phase_start, &phase_end);
  assert_date (&phase_start, "2028-03-31");
  assert_date (&phase_end, "2028-07-31");
  slots = mp_schedule_slots (pilot, 3, &start, NULL, NULL, 0, NULL, 0);
  g_assert_cmpuint (slots->len, ==, 9);
  assert_date (&g_array_index (slots, MpScheduleSlot, 4).date, "2028-03-13");
  assert_date (&g_array_index (slots, MpScheduleSlot, 6).date, "2028-04-30");
  assert_date (&g_array_index (slots, MpScheduleSlot, 8).date, "2028-06-30");
  mp_schedule_program_end (pilot, 3, &start, &end);
  assert_date (&end, "2028-07-31");

  /* Six months from 31 August 2027 end on 29 February 2028. */
  start = day ("2027-08-31");
  mp_schedule_program_end (pilot, 3, &start, &end);
  assert_date (&end, "2028-02-29");
  /* Its last month begins on 31 January (as every month of it, from the start), not a month
   * back from its end (29 January); and from 31 August 2026, on 31 January 2027, not 28 */
  mp_schedule_last_month_start (pilot, 3, &start, &end);
  assert_date (&end, "2028-01-31");
  start = day ("2026-08-31");
  mp_schedule_last_month_start (pilot, 3, &start, &end);
  assert_date (&end, "2027-01-31");
  /* (and the start itself when nothing follows the arrival) */
  mp_schedule_last_month_start (pilot, 1, &start, &end);
  assert_date (&end, "2026-08-31");

  /* A monthly meeting held on 31 January 2028 is next due on 29 February (a Tuesday). */
  compute (monthly, 1, "2028-01-31", (const char *[]) { "2028-01-31", NULL }, NULL,
           "2028-02-10", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  assert_date (&info.due, "2028-02-29");
  assert_date (&info.suggested, "2028-02-29");
  g_assert_cmpint (info.days_until_due, ==, 19);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ON_TRACK);

  /* In 2027 it is the 28th, a Sunday: due by Monday 1 March, suggested on Friday the 26th. */
  compute (monthly, 1, "2027-01-31", (const char *[]) { "2027-01-31", NULL }, NULL,
           "2027-02-10", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  assert_date (&info.due, "2027-03-01");
  assert_date (&info.suggested, "2027-02-26");

  /* Pilot: a meeting on Friday 31 March 2028 (months 3–6) → a month on is Sunday 30 April:
   * due by Monday 1 May, suggested on Friday 28 April. */
  compute (pilot, 3, "2028-01-31",
           (const char *[]) { "2028-01-25", "2028-01-31", "2028-02-14", "2028-02-28", "2028-03-13",
                              "2028-03-31", NULL },
           NULL, "2028-04-03", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  assert_date (&info.due, "2028-05-01");
  assert_date (&info.suggested, "2028-04-28");
  g_assert_cmpint (info.phase_index, ==, 2);
  g_assert_cmpuint (info.held, ==, 6);
  g_assert_cmpuint (info.expected_by_today, ==, 6);
  g_assert_cmpuint (info.slots_kept, ==, 6);
  g_assert_cmpstr (info.reason, ==, "Every month during months 3–6: due by Monday 1 May");
}

static void
test_weekends (void)
{
  g_auto(MpScheduleInfo) info = { 0 };
  GDate due, not_before, suggested;

  /* Saturday and Sunday move back to Friday... */
  due = day ("2026-01-24");
  mp_schedule_suggest (&due, NULL, NULL, 0, &suggested);
  assert_date (&suggested, "2026-01-23");
  due = day ("2026-01-25");
  mp_schedule_suggest (&due, NULL, NULL, 0, &suggested);
  assert_date (&suggested, "2026-01-23");

  /* ...unless that Friday is too early: then Monday. */
  due = day ("2026-01-25");
  not_before = day ("2026-01-24");
  mp_schedule_suggest (&due, &not_before, NULL, 0, &suggested);
  assert_date (&suggested, "2026-01-26");

  /* A working day stays put. */
  due = day ("2026-01-21");
  mp_schedule_suggest (&due, NULL, NULL, 0, &suggested);
  assert_date (&suggested, "2026-01-21");

  /* A date before the lower bound moves up to it. */
  mp_schedule_suggest (&due, &not_before, NULL, 0, &suggested);
  assert_date (&suggested, "2026-01-26");

  /* The start on a Saturday with nothing held: the first meeting is due by the Monday
   * after, and suggested then too (Friday is before the start). */
  compute (pilot, 3, "2026-01-31", (const char *[]) { "2026-01-20", NULL }, NULL,
           "2026-01-31", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  assert_date (&info.due, "2026-02-02");
  assert_date (&info.suggested, "2026-02-02");
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_DUE_SOON);
  /* Before it, the first day named is the first day itself (due by the Monday after) */
  compute (pilot, 3, "2026-01-31", (const char *[]) { "2026-01-20", NULL }, NULL,
           "2026-01-25", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_PRE_ARRIVAL);
  g_assert_cmpstr (info.reason, ==,
                   "First contact made: the first meeting is due on the first day, Saturday 31 January");
  /* ...and on Sunday, the day before, it is not overdue. */
  compute (pilot, 3, "2026-01-31", (const char *[]) { "2026-01-20", NULL }, NULL,
           "2026-02-01", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_DUE_SOON);
  g_assert_cmpint (info.days_until_due, ==, 1);

  /* Overdue on a Saturday: not in the past, so not Friday: Monday. */
  compute (pilot, 3, "2026-01-05", (const char *[]) { "2026-01-05", "2026-02-03", NULL }, NULL,
           "2026-02-21", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  assert_date (&info.due, "2026-02-17");
  assert_date (&info.suggested, "2026-02-23");
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_OVERDUE);

  /* Weekly: due on a working day stays; due on a Saturday is due by Monday, suggested on
   * the Friday before. */
  {
    static const MpSchedulePhase weekly[] = { { 0, 2, MP_CADENCE_UNIT_WEEKS, 1 } };

    compute (weekly, 1, "2026-01-05", (const char *[]) { "2026-01-05", "2026-01-19", NULL }, NULL,
             "2026-01-19", MP_MENTORSHIP_STATUS_ACTIVE, &info);
    assert_date (&info.due, "2026-01-26");
    assert_date (&info.suggested, "2026-01-26");

    /* (from a start on Saturday 10th, a meeting that day makes Saturday 17th due) */
    compute (weekly, 1, "2026-01-10", (const char *[]) { "2026-01-10", NULL }, NULL,
             "2026-01-12", MP_MENTORSHIP_STATUS_ACTIVE, &info);
    assert_date (&info.due, "2026-01-19");
    assert_date (&info.suggested, "2026-01-16");
    g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ON_TRACK);

    /* Due soon counts working days: on Thursday 15th, Friday and Monday are left. */
    compute (weekly, 1, "2026-01-10", (const char *[]) { "2026-01-10", NULL }, NULL,
             "2026-01-14", MP_MENTORSHIP_STATUS_ACTIVE, &info);
    g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ON_TRACK);
    compute (weekly, 1, "2026-01-10", (const char *[]) { "2026-01-10", NULL }, NULL,
             "2026-01-15", MP_MENTORSHIP_STATUS_ACTIVE, &info);
    g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_DUE_SOON);
    g_assert_cmpint (info.days_until_due, ==, 4);
  }
}

static void
test_busy_days (void)
{
  g_auto(MpScheduleInfo) info = { 0 };
  GDate due, not_before, suggested;
  GDate busy[70];

  /* Due Monday 19 January, busy that day: Sunday is not a working day, Tuesday is. */
  compute (pilot, 3, "2026-01-05", (const char *[]) { "2026-01-05", NULL },
           (const char *[]) { "2026-01-19", "2026-01-08", NULL },
           "2026-01-10", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  assert_date (&info.due, "2026-01-19");
  assert_date (&info.suggested, "2026-01-20");

  /* Busy Monday and Tuesday: Wednesday (two days later) beats Friday (three earlier). */
  compute (pilot, 3, "2026-01-05", (const char *[]) { "2026-01-05", NULL },
           (const char *[]) { "2026-01-19", "2026-01-20", NULL },
           "2026-01-10", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  assert_date (&info.suggested, "2026-01-21");

  /* Due Tuesday 15 December, busy: Monday (earlier wins a tie). */
  due = day ("2026-12-15");
  busy[0] = day ("2026-12-15");
  mp_schedule_suggest (&due, NULL, busy, 1, &suggested);
  assert_date (&suggested, "2026-12-14");

  /* ...unless Monday is too early. */
  not_before = day ("2026-12-15");
  mp_schedule_suggest (&due, &not_before, busy, 1, &suggested);
  assert_date (&suggested, "2026-12-16");

  /* Due Saturday, Friday busy: Thursday. */
  due = day ("2026-01-24");
  busy[0] = day ("2026-01-23");
  mp_schedule_suggest (&due, NULL, busy, 1, &suggested);
  assert_date (&suggested, "2026-01-22");

  /* Busy every day for ten weeks: nothing free within 31 days, stays on the weekday. */
  for (guint i = 0; i < G_N_ELEMENTS (busy); i++)
    {
      busy[i] = day ("2025-12-15");
      g_date_add_days (&busy[i], i);
    }
  due = day ("2026-01-20");
  mp_schedule_suggest (&due, NULL, busy, G_N_ELEMENTS (busy), &suggested);
  assert_date (&suggested, "2026-01-20");
}

static void
test_dst (void)
{
  g_autoptr(GTimeZone) madrid = g_time_zone_new_identifier ("Europe/Madrid");
  g_autoptr(GTimeZone) chicago = g_time_zone_new_identifier ("America/Chicago");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_auto(MpScheduleInfo) info = { 0 };
  g_autoptr(GDateTime) instant = NULL;
  GDate date, held[2], start, today;

  if (madrid == NULL || chicago == NULL)
    {
      g_test_skip ("time zone data not installed");
      return;
    }

  /* 00:30 in Madrid on the day summer time starts (29 March 2026) is still
   * 28 March in UTC; the meeting belongs to the 29th. */
  instant = g_date_time_new (madrid, 2026, 3, 29, 0, 30, 0);
  g_assert_cmpint (g_date_time_get_utc_offset (instant) / G_TIME_SPAN_HOUR, ==, 1);
  date = mp_schedule_local_date (instant, madrid);
  assert_date (&date, "2026-03-29");
  date = mp_schedule_local_date (instant, utc);
  assert_date (&date, "2026-03-28");
  g_clear_pointer (&instant, g_date_time_unref);

  /* The same instant stored in UTC (as the database does) gives the same local date. */
  instant = g_date_time_new_from_iso8601 ("2026-03-28T23:30:00Z", NULL);
  date = mp_schedule_local_date (instant, madrid);
  assert_date (&date, "2026-03-29");
  held[0] = date;
  g_clear_pointer (&instant, g_date_time_unref);

  /* 03:30 after the switch, in summer time (UTC+2), is 01:30 UTC on the 29th. */
  instant = g_date_time_new (madrid, 2026, 3, 29, 3, 30, 0);
  g_assert_cmpint (g_date_time_get_utc_offset (instant) / G_TIME_SPAN_HOUR, ==, 2);
  date = mp_schedule_local_date (instant, madrid);
  assert_date (&date, "2026-03-29");
  g_clear_pointer (&instant, g_date_time_unref);

  /* Chicago falls back on 1 November 2026: 23:30 CST that day is 05:30 UTC on the 2nd. */
  instant = g_date_time_new_from_iso8601 ("2026-11-02T05:30:00Z", NULL);
  date = mp_schedule_local_date (instant, chicago);
  assert_date (&date, "2026-11-01");
  g_clear_pointer (&instant, g_date_time_unref);

  /* 00:30 on the day Chicago falls back is still summer time (CDT). */
  instant = g_date_time_new (chicago, 2026, 11, 1, 0, 30, 0);
  date = mp_schedule_local_date (instant, chicago);
  assert_date (&date, "2026-11-01");
  g_clear_pointer (&instant, g_date_time_unref);

  /* A monthly cadence across the switch: the meeting of 00:30 on Sunday 29 March counts
   * for the 29th, so the next is due on Wednesday 29 April (with the UTC date it would be
   * Tuesday the 28th). */
  start = day ("2026-01-20");
  today = day ("2026-03-30");
  held[1] = day ("2026-01-20");
  mp_schedule_compute (pilot, 3, &start, NULL, held, 2, NULL, 0, NULL, 0, &today,
                       MP_MENTORSHIP_STATUS_ACTIVE, NULL, &info);
  assert_date (&info.last_held, "2026-03-29");
  assert_date (&info.due, "2026-04-29");
  assert_date (&info.suggested, "2026-04-29");
  g_assert_cmpstr (info.reason, ==, "Every month during months 3–6: due by Wednesday 29 April");
}

/* A pair meeting on every day the program expects is never overdue: not after the last
 * fortnightly meeting (a fortnight after it comes before the first monthly one), not after a
 * meeting held on the Friday before a slot on a weekend, not after the last one. */
static void
test_on_schedule (void)
{
  g_auto(MpScheduleInfo) info = { 0 };
  /* From Monday 27 April 2026: the months fall on Saturday 27 June, Monday 27 July, Thursday
   * 27 August and Sunday 27 September; the program ends on 27 October. */
  const char *held[] = { "2026-04-20", "2026-04-27", "2026-05-11", "2026-05-25", "2026-06-08",
                         "2026-06-26", "2026-07-27", "2026-08-27", "2026-09-25", NULL };
  const char *fortnightly[G_N_ELEMENTS (held)] = { NULL };

  memcpy (fortnightly, held, 5 * sizeof *held);

  compute (pilot, 3, "2026-04-27", fortnightly, NULL, "2026-06-23", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ON_TRACK);
  assert_date (&info.due, "2026-06-29");
  assert_date (&info.suggested, "2026-06-26");
  g_assert_cmpstr (info.reason, ==, "Every month during months 3–6: due by Monday 29 June");
  compute (pilot, 3, "2026-04-27", fortnightly, NULL, "2026-06-26", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_DUE_SOON);
  g_assert_cmpuint (info.held, ==, 5);
  g_assert_cmpuint (info.slots_kept, ==, 5);

  /* Held on Friday 26 June for the 27th: a month after it is Sunday 26 July, the next slot
   * Monday 27 July; due by then, and not overdue on the Monday. */
  memcpy (fortnightly, held, 6 * sizeof *held);
  compute (pilot, 3, "2026-04-27", fortnightly, NULL, "2026-07-27", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_DUE_SOON);
  assert_date (&info.due, "2026-07-27");
  g_assert_cmpint (info.days_until_due, ==, 0);

  /* All nine held, the last on Friday 25 September for the Sunday: nothing more is due, the
   * day before the end as on any other. */
  for (const char * const *today = (const char * const[]) { "2026-10-25", "2026-10-26", NULL }; *today != NULL;
       today++)
    {
      compute (pilot, 3, "2026-04-27", held, NULL, *today, MP_MENTORSHIP_STATUS_ACTIVE, &info);
      g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ON_TRACK);
      g_assert_false (g_date_valid (&info.due));
      g_assert_cmpuint (info.held, ==, 9);
      g_assert_cmpstr (info.reason, ==, "All meetings held: the program ends on Monday 26 October");
    }
}

static void
test_states (void)
{
  g_auto(MpScheduleInfo) info = { 0 };
  const char *all_held[] = {
    "2025-12-30", "2026-01-05", "2026-01-19", "2026-02-02", "2026-02-16",
    "2026-03-05", "2026-04-06", "2026-05-05", "2026-06-05", NULL
  };
  const char *one_missing[] = {
    "2025-12-30", "2026-01-05", "2026-01-19", "2026-02-02", "2026-02-16",
    "2026-03-05", "2026-04-06", "2026-06-05", NULL
  };

  /* Before arrival, no contact yet: first contact due a week before the start. */
  compute (pilot, 3, "2026-01-05", NULL, NULL, "2025-12-20", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_PRE_ARRIVAL);
  g_assert_cmpint (info.phase_index, ==, 0);
  assert_date (&info.due, "2025-12-29");
  assert_date (&info.suggested, "2025-12-29");
  g_assert_cmpint (info.days_until_due, ==, 9);
  g_assert_cmpuint (info.expected_by_today, ==, 0);
  g_assert_cmpuint (info.expected_total, ==, 9);
  g_assert_cmpstr (info.reason, ==, "Before arrival: make first contact by Monday 29 December");

  /* Still before arrival, the contact late: state stays PRE_ARRIVAL, suggested today. */
  compute (pilot, 3, "2026-01-05", NULL, NULL, "2026-01-02", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_PRE_ARRIVAL);
  g_assert_cmpint (info.days_until_due, ==, -4);
  assert_date (&info.suggested, "2026-01-02");
  g_assert_cmpuint (info.expected_by_today, ==, 1);
  g_assert_cmpstr (info.reason, ==, "Before arrival: first contact was due by Monday 29 December");

  /* Contact made: the first meeting is due on the first day. */
  compute (pilot, 3, "2026-01-05", (const char *[]) { "2025-12-22", NULL }, NULL,
           "2025-12-28", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_PRE_ARRIVAL);
  assert_date (&info.due, "2026-01-05");
  assert_date (&info.suggested, "2026-01-05");
  g_assert_cmpuint (info.held, ==, 1);
  g_assert_cmpstr (info.reason, ==,
                   "First contact made: the first meeting is due on the first day, Monday 5 January");

  /* On track, due soon (two working days left: Thursday for a Monday; also Friday, and the
   * weekend, 2 days, 0 days), overdue. */
  compute (pilot, 3, "2026-01-05", (const char *[]) { "2025-12-30", "2026-01-05", NULL }, NULL,
           "2026-01-14", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ON_TRACK);
  g_assert_cmpint (info.days_until_due, ==, 5);
  g_assert_cmpint (info.phase_index, ==, 1);
  compute (pilot, 3, "2026-01-05", (const char *[]) { "2025-12-30", "2026-01-05", NULL }, NULL,
           "2026-01-15", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_DUE_SOON);
  compute (pilot, 3, "2026-01-05", (const char *[]) { "2025-12-30", "2026-01-05", NULL }, NULL,
           "2026-01-16", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_DUE_SOON);
  g_assert_cmpint (info.days_until_due, ==, 3);
  compute (pilot, 3, "2026-01-05", (const char *[]) { "2025-12-30", "2026-01-05", NULL }, NULL,
           "2026-01-17", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_DUE_SOON);
  g_assert_cmpint (info.days_until_due, ==, MP_SCHEDULE_DUE_SOON_DAYS);
  compute (pilot, 3, "2026-01-05", (const char *[]) { "2025-12-30", "2026-01-05", NULL }, NULL,
           "2026-01-19", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_DUE_SOON);
  g_assert_cmpint (info.days_until_due, ==, 0);
  assert_date (&info.suggested, "2026-01-19");
  compute (pilot, 3, "2026-01-05", (const char *[]) { "2025-12-30", "2026-01-05", NULL }, NULL,
           "2026-01-20", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_OVERDUE);
  g_assert_cmpint (info.days_until_due, ==, -1);
  assert_date (&info.suggested, "2026-01-20");
  g_assert_cmpstr (info.reason, ==, "Every two weeks during months 1–2: was due by Monday 19 January");

  /* The example sentence of the design. */
  compute (pilot, 3, "2026-11-17", (const char *[]) { "2026-11-10", "2026-11-17", "2026-12-01", NULL },
           NULL, "2026-12-03", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpstr (info.reason, ==, "Every two weeks during months 1–2: due by Tuesday 15 December");
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ON_TRACK);

  /* Held meetings after today are ignored. */
  compute (pilot, 3, "2026-01-05", (const char *[]) { "2025-12-30", "2026-01-05", "2026-01-30", NULL },
           NULL, "2026-01-16", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  assert_date (&info.due, "2026-01-19");
  g_assert_cmpuint (info.held, ==, 2);

  /* Everything held before the end: nothing more due, on track until the end. */
  compute (pilot, 3, "2026-01-05", all_held, NULL, "2026-06-20", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ON_TRACK);
  g_assert_false (g_date_valid (&info.due));
  g_assert_false (g_date_valid (&info.suggested));
  g_assert_cmpuint (info.held, ==, 9);
  g_assert_cmpstr (info.reason, ==, "All meetings held: the program ends on Saturday 4 July");

  /* Completed: six months done and everything held. */
  compute (pilot, 3, "2026-01-05", all_held, NULL, "2026-07-05", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_COMPLETED);
  g_assert_false (g_date_valid (&info.due));
  g_assert_cmpuint (info.expected_by_today, ==, 9);
  g_assert_cmpuint (info.slots_kept, ==, 9);
  g_assert_cmpfloat (info.adherence, ==, 1.0);
  g_assert_cmpint (info.phase_index, ==, 2);

  /* Six months done with May's meeting missed: unfinished, HR decides; nothing is due, and
   * no meeting after the end makes up for it (it was overdue for ever, and one more meeting
   * made it completed). */
  compute (pilot, 3, "2026-01-05", one_missing, NULL, "2026-07-07", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_UNFINISHED);
  g_assert_false (g_date_valid (&info.due));
  g_assert_false (g_date_valid (&info.suggested));
  g_assert_cmpuint (info.slots_kept, ==, 8);
  g_assert_cmpuint (info.slots_judged, ==, 9);
  g_assert_cmpstr (info.reason, ==, "The program ended on Saturday 4 July: 1 of its 9 meetings was missed");
  {
    const char *plus_one[G_N_ELEMENTS (one_missing) + 1];

    memcpy (plus_one, one_missing, sizeof one_missing);
    plus_one[G_N_ELEMENTS (one_missing) - 1] = "2026-07-06";
    plus_one[G_N_ELEMENTS (one_missing)] = NULL;
    compute (pilot, 3, "2026-01-05", plus_one, NULL, "2026-07-06", MP_MENTORSHIP_STATUS_ACTIVE, &info);
    g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_UNFINISHED);
    g_assert_cmpuint (info.held, ==, 9);
    g_assert_cmpuint (info.slots_kept, ==, 8);
  }

  /* Weekly for the first two months, then never again: nine meetings held, as many as the
   * program expects, but the four monthly ones missed. Not completed (it was), and not "all
   * meetings held" in the last month either. */
  {
    const char *weekly[] = {
      "2025-12-30", "2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26",
      "2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23", NULL
    };

    compute (pilot, 3, "2026-01-05", weekly, NULL, "2026-07-05", MP_MENTORSHIP_STATUS_ACTIVE, &info);
    g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_UNFINISHED);
    g_assert_cmpuint (info.held, ==, 9);
    g_assert_cmpuint (info.expected_total, ==, 9);
    g_assert_cmpuint (info.slots_kept, ==, 5);
    g_assert_cmpstr (info.reason, ==, "The program ended on Saturday 4 July: 4 of its 9 meetings were missed");

    /* Computed as of the day it ended: the same, once ended early */
    compute (pilot, 3, "2026-01-05", weekly, NULL, "2026-08-01", MP_MENTORSHIP_STATUS_ENDED_EARLY, &info);
    g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ENDED);
  }

  /* Two meetings the first week and none the third: as many held as expected by the last
   * month, so nothing more is due, but not "all meetings held"; then unfinished */
  {
    const char *doubled[] = {
      "2025-12-30", "2026-01-05", "2026-01-06", "2026-02-02", "2026-02-16",
      "2026-03-05", "2026-04-06", "2026-05-05", "2026-06-05", NULL
    };

    compute (pilot, 3, "2026-01-05", doubled, NULL, "2026-06-20", MP_MENTORSHIP_STATUS_ACTIVE, &info);
    g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ON_TRACK);
    g_assert_false (g_date_valid (&info.due));
    g_assert_cmpuint (info.held, ==, 9);
    g_assert_cmpuint (info.slots_kept, ==, 8);
    g_assert_cmpstr (info.reason, ==, "No more meetings due, some were missed: the program ends on Saturday 4 July");
    compute (pilot, 3, "2026-01-05", doubled, NULL, "2026-07-05", MP_MENTORSHIP_STATUS_ACTIVE, &info);
    g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_UNFINISHED);
  }

  /* The status decides: completed by HR, ended early, archived. */
  compute (pilot, 3, "2026-01-05", (const char *[]) { "2026-01-05", NULL }, NULL,
           "2026-03-01", MP_MENTORSHIP_STATUS_COMPLETED, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_COMPLETED);
  g_assert_false (g_date_valid (&info.due));
  g_assert_cmpstr (info.reason, ==, "Program completed");
  compute (pilot, 3, "2026-01-05", (const char *[]) { "2026-01-05", NULL }, NULL,
           "2026-03-01", MP_MENTORSHIP_STATUS_ENDED_EARLY, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ENDED);
  g_assert_false (g_date_valid (&info.suggested));
  g_assert_cmpuint (info.expected_by_today, ==, 5);
  g_assert_cmpstr (info.reason, ==, "Mentorship ended");
  compute (pilot, 3, "2026-01-05", all_held, NULL, "2026-09-01", MP_MENTORSHIP_STATUS_ARCHIVED, &info);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ENDED);

  /* Ended on 1 February: counted as of that day, however late today is; an
   * ACTIVE status ignores the end date. */
  {
    GDate start = day ("2026-01-05"), today = day ("2026-03-01"), ended_on = day ("2026-02-01");
    GDate held[] = { day ("2026-01-05"), day ("2026-02-20") };

    mp_schedule_compute (pilot, 3, &start, NULL, held, G_N_ELEMENTS (held), NULL, 0, NULL, 0, &today,
                         MP_MENTORSHIP_STATUS_ENDED_EARLY, &ended_on, &info);
    g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ENDED);
    g_assert_cmpuint (info.expected_by_today, ==, 3);
    g_assert_cmpuint (info.held, ==, 1);
    g_assert_cmpint (info.phase_index, ==, 1);

    mp_schedule_compute (pilot, 3, &start, NULL, held, G_N_ELEMENTS (held), NULL, 0, NULL, 0, &today,
                         MP_MENTORSHIP_STATUS_ACTIVE, &ended_on, &info);
    g_assert_cmpuint (info.expected_by_today, ==, 5);
    g_assert_cmpuint (info.held, ==, 2);
  }
}

static void
test_worked_example (void)
{
  g_auto(MpScheduleInfo) info = { 0 };

  /* Start Monday 5 January 2026. Slots: 29 Dec (before arrival), 5 Jan,
   * 19 Jan, 2 Feb, 16 Feb (every two weeks), 5 Mar, 5 Apr, 5 May, 5 Jun.
   * Held: 30 Dec, 5 Jan, 20 Jan, 3 Feb, 20 Feb, 6 Mar; today Tuesday 10 March.
   * Expected by today: 29 Dec … 5 Mar = 6; held = 1 + 5 = 6; every slot has a
   * meeting in its window: 6/6. The last meeting (6 Mar) is in months 3–6:
   * due 6 April (a Monday), 27 days away. */
  compute (pilot, 3, "2026-01-05",
           (const char *[]) { "2026-03-06", "2025-12-30", "2026-01-05", "2026-01-20", "2026-02-03",
                              "2026-02-20", NULL },
           NULL, "2026-03-10", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpuint (info.expected_by_today, ==, 6);
  g_assert_cmpuint (info.expected_total, ==, 9);
  g_assert_cmpuint (info.held, ==, 6);
  g_assert_cmpuint (info.slots_kept, ==, 6);
  g_assert_cmpuint (info.slots_judged, ==, 6);
  g_assert_cmpint (info.phase_index, ==, 2);
  assert_date (&info.last_held, "2026-03-06");
  assert_date (&info.due, "2026-04-06");
  assert_date (&info.suggested, "2026-04-06");
  g_assert_cmpint (info.days_until_due, ==, 27);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_ON_TRACK);
  g_assert_cmpstr (info.reason, ==, "Every month during months 3–6: due by Monday 6 April");

  /* Misses. Held 5 Jan and 3 Feb only; today Friday 20 February.
   * Expected: 29 Dec, 5 Jan, 19 Jan, 2 Feb, 16 Feb = 5; held 2.
   * 29 Dec: window closed on 5 Jan, missed → judged. 5 Jan: kept.
   * 19 Jan: window [12 Jan, 26 Jan) closed, missed → judged. 2 Feb: kept (3 Feb).
   * 16 Feb: window [9 Feb, 5 Mar) still open and empty → not judged.
   * Adherence 2/4. Due 3 Feb + 14 days = Tuesday 17 Feb: 3 days overdue, suggested today. */
  compute (pilot, 3, "2026-01-05", (const char *[]) { "2026-01-05", "2026-02-03", NULL }, NULL,
           "2026-02-20", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpuint (info.expected_by_today, ==, 5);
  g_assert_cmpuint (info.held, ==, 2);
  g_assert_cmpuint (info.slots_judged, ==, 4);
  g_assert_cmpuint (info.slots_kept, ==, 2);
  g_assert_cmpfloat_with_epsilon (info.adherence, 0.5, 1e-9);
  assert_date (&info.due, "2026-02-17");
  assert_date (&info.suggested, "2026-02-20");
  g_assert_cmpint (info.days_until_due, ==, -3);
  g_assert_cmpint (info.state, ==, MP_SCHEDULE_STATE_OVERDUE);

  /* Two meetings in one window count once; the last pre-arrival contacts count once. */
  compute (pilot, 3, "2026-01-05",
           (const char *[]) { "2025-12-20", "2025-12-30", "2026-01-05", "2026-01-08", NULL }, NULL,
           "2026-01-27", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  g_assert_cmpuint (info.held, ==, 3);
  g_assert_cmpuint (info.expected_by_today, ==, 3);
  g_assert_cmpuint (info.slots_kept, ==, 2);
  g_assert_cmpuint (info.slots_judged, ==, 3);
  assert_date (&info.due, "2026-01-22");
}

static void
test_info_boxed (void)
{
  g_auto(MpScheduleInfo) info = { 0 };
  g_autoptr(MpScheduleInfo) copy = NULL;

  compute (pilot, 3, "2026-01-05", NULL, NULL, "2025-12-20", MP_MENTORSHIP_STATUS_ACTIVE, &info);
  copy = g_boxed_copy (MP_TYPE_SCHEDULE_INFO, &info);
  g_assert_true (copy->reason != info.reason);
  g_assert_cmpstr (copy->reason, ==, info.reason);
  g_assert_cmpint (g_date_compare (&copy->due, &info.due), ==, 0);
}

/* The GDateTime-free date of a Unix time agrees with GDateTime's, around every
 * daylight-saving change of two years, at midnight, before 1970 and at GDate's ends. */
static void
test_local_date_from_unix (void)
{
  const char *zones[] = { "Europe/Madrid", "America/Chicago", "Australia/Lord_Howe", "Pacific/Chatham",
                          "Asia/Kolkata", "America/St_Johns", "UTC" };
  guint checked = 0;

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      g_autoptr(GTimeZone) tz = g_time_zone_new_identifier (zones[z]);

      if (tz == NULL)
        {
          g_test_message ("no time zone data for %s", zones[z]);
          continue;
        }

      /* Every 20 minutes of 2025 and 2026 (all their transitions), and a sweep of centuries. */
      for (gint64 t = 1735689600 - 86400; t < 1798761600 + 86400; t += 1200)
        {
          g_autoptr(GDateTime) instant = g_date_time_new_from_unix_utc (t);
          GDate expected = mp_schedule_local_date (instant, tz);
          GDate date = mp_schedule_local_date_from_unix (t, tz);

          g_assert_cmpint (g_date_compare (&date, &expected), ==, 0);
          checked++;
        }
      for (gint64 t = -62135596800 + 86400 * 2; t < 253402300799 - 86400 * 2; t += 86400 * 365 + 3607)
        {
          g_autoptr(GDateTime) instant = g_date_time_new_from_unix_utc (t);
          GDate expected = mp_schedule_local_date (instant, tz);
          GDate date = mp_schedule_local_date_from_unix (t, tz);

          g_assert_nonnull (instant);
          g_assert_true (g_date_valid (&date));
          g_assert_cmpint (g_date_compare (&date, &expected), ==, 0);
        }
      for (gint64 t = -86400 * 3; t <= 86400 * 3; t += 1800)
        {
          g_autoptr(GDateTime) instant = g_date_time_new_from_unix_utc (t);
          GDate expected = mp_schedule_local_date (instant, tz);
          GDate date = mp_schedule_local_date_from_unix (t, tz);

          g_assert_cmpint (g_date_compare (&date, &expected), ==, 0);
        }
    }

  g_assert_cmpuint (checked, >, 0);

  /* Outside GDateTime's years: no date. */
  {
    g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
    GDate date = mp_schedule_local_date_from_unix (G_MININT64, utc);

    g_assert_false (g_date_valid (&date));
    date = mp_schedule_local_date_from_unix (253402300799 + 1, utc);
    g_assert_false (g_date_valid (&date));
  }
}

/* Days are written through one function, which a day past GDateTime's last year (a start a
 * tool wrote as 9999-12-31, plus months) does not break: written as stored */
static void
test_format_date (void)
{
  g_autofree char *near = NULL;
  g_autofree char *far = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 3, G_DATE_MARCH, 2026);
  near = mp_schedule_format_date (&date, "%A %-d %B %Y");
  g_assert_cmpstr (near, ==, "Tuesday 3 March 2026");

  g_date_set_dmy (&date, 31, G_DATE_DECEMBER, 9999);
  g_date_add_months (&date, 6);
  far = mp_schedule_format_date (&date, "%A %-d %B %Y");
  g_assert_cmpstr (far, ==, "10000-06-30");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/schedule/slots-pilot", test_slots_pilot);
  g_test_add_func ("/schedule/first-contact-day", test_first_contact_day);
  g_test_add_func ("/schedule/late-pairing", test_late_pairing);
  g_test_add_func ("/schedule/slot-across-phases", test_slot_across_phases);
  g_test_add_func ("/schedule/month-ends-leap-years", test_month_ends_and_leap_years);
  g_test_add_func ("/schedule/weekends", test_weekends);
  g_test_add_func ("/schedule/busy-days", test_busy_days);
  g_test_add_func ("/schedule/closed-days", test_closed_days);
  g_test_add_func ("/schedule/closed-windows", test_closed_windows);
  g_test_add_func ("/schedule/dst", test_dst);
  g_test_add_func ("/schedule/local-date-from-unix", test_local_date_from_unix);
  g_test_add_func ("/schedule/on-schedule", test_on_schedule);
  g_test_add_func ("/schedule/states", test_states);
  g_test_add_func ("/schedule/worked-example", test_worked_example);
  g_test_add_func ("/schedule/info-boxed", test_info_boxed);
  g_test_add_func ("/schedule/format-date", test_format_date);

  return g_test_run ();
}
