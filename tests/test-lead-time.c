/* test-lead-time.c: the lead time a concern leaves the mentor, in working days
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-lead-time"

#include "config.h"

#include <stdio.h>

#include "mp-lead-time.h"

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

static void
test_working_day (void)
{
  /* 2026-03-02 is a Monday. */
  const char *week[] = { "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06" };
  GDate saturday = day ("2026-03-07");
  GDate sunday = day ("2026-03-08");

  for (guint i = 0; i < G_N_ELEMENTS (week); i++)
    {
      GDate date = day (week[i]);

      g_assert_true (mp_lead_time_is_working_day (&date, NULL));
    }
  g_assert_false (mp_lead_time_is_working_day (&saturday, NULL));
  g_assert_false (mp_lead_time_is_working_day (&sunday, NULL));
}

static void
test_count (void)
{
  static const struct { const char *from, *to; guint expected; } cases[] = {
    { "2026-03-02", "2026-03-02", 0 },   /* same day: nothing left */
    { "2026-03-02", "2026-03-01", 0 },   /* before: nothing */
    { "2026-03-02", "2026-03-03", 1 },   /* Monday → Tuesday */
    { "2026-03-02", "2026-03-05", 3 },   /* Monday → Thursday */
    { "2026-03-06", "2026-03-09", 1 },   /* Friday → Monday: the weekend does not count */
    { "2026-03-06", "2026-03-08", 0 },   /* Friday → Sunday */
    { "2026-03-07", "2026-03-09", 1 },   /* Saturday → Monday */
    { "2026-03-02", "2026-03-09", 5 },   /* a whole week */
    { "2026-03-02", "2026-03-30", 20 },  /* four weeks */
    { "2026-03-04", "2026-04-01", 20 },  /* four weeks from a Wednesday */
    { "2026-03-04", "2026-04-03", 22 },
    { "2024-02-28", "2024-03-01", 2 },   /* over a leap day (Thursday, Friday) */
    { "2025-12-31", "2026-01-02", 2 },   /* over New Year (no closed days given) */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate from = day (cases[i].from);
      GDate to = day (cases[i].to);

      g_test_message ("%s -> %s", cases[i].from, cases[i].to);
      g_assert_cmpuint (mp_lead_time_working_days (&from, &to, NULL), ==, cases[i].expected);
    }
}

static void
test_add (void)
{
  static const struct { const char *from; guint days; const char *expected; } cases[] = {
    { "2026-03-02", 0, "2026-03-02" },
    { "2026-03-02", 3, "2026-03-05" },   /* Monday + 3 = Thursday */
    { "2026-03-04", 3, "2026-03-09" },   /* Wednesday + 3 = Monday */
    { "2026-03-06", 3, "2026-03-11" },   /* Friday + 3 = Wednesday */
    { "2026-03-07", 3, "2026-03-11" },   /* Saturday + 3 = Wednesday */
    { "2026-03-08", 1, "2026-03-09" },   /* Sunday + 1 = Monday */
    { "2026-03-02", 10, "2026-03-16" },
    { "2024-02-27", 3, "2024-03-01" },   /* leap year */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate from = day (cases[i].from);
      GDate result;

      g_date_clear (&result, 1);
      mp_lead_time_add_working_days (&from, cases[i].days, NULL, &result);
      assert_date (&result, cases[i].expected);

      /* The two functions agree: adding N working days leaves N working days. */
      g_assert_cmpuint (mp_lead_time_working_days (&from, &result, NULL), ==, cases[i].days);
    }
}

static void
test_check (void)
{
  GDate wednesday = day ("2026-03-04");
  GDate earliest;
  guint left = 99;
  GDate needed;

  /* Needed by Friday: the mentor has Thursday and Friday, two of three days. */
  needed = day ("2026-03-06");
  g_assert_cmpint (mp_lead_time_check (&wednesday, &needed, 3, NULL, &left, &earliest), ==, MP_LEAD_TIME_SHORT);
  g_assert_cmpuint (left, ==, 2);
  assert_date (&earliest, "2026-03-09");

  /* Over the weekend, Sunday still gives two. */
  needed = day ("2026-03-08");
  g_assert_cmpint (mp_lead_time_check (&wednesday, &needed, 3, NULL, &left, NULL), ==, MP_LEAD_TIME_SHORT);
  g_assert_cmpuint (left, ==, 2);

  /* The earliest acceptable day is fine, and so is every later one. */
  needed = day ("2026-03-09");
  g_assert_cmpint (mp_lead_time_check (&wednesday, &needed, 3, NULL, &left, NULL), ==, MP_LEAD_TIME_OK);
  g_assert_cmpuint (left, ==, 3);
  needed = day ("2026-04-30");
  g_assert_cmpint (mp_lead_time_check (&wednesday, &needed, 3, NULL, NULL, NULL), ==, MP_LEAD_TIME_OK);

  /* Today is short (allowed), yesterday is past (refused). */
  g_assert_cmpint (mp_lead_time_check (&wednesday, &wednesday, 3, NULL, &left, NULL), ==, MP_LEAD_TIME_SHORT);
  g_assert_cmpuint (left, ==, 0);
  needed = day ("2026-03-03");
  g_assert_cmpint (mp_lead_time_check (&wednesday, &needed, 3, NULL, NULL, NULL), ==, MP_LEAD_TIME_PAST);

  /* No date at all. */
  g_assert_cmpint (mp_lead_time_check (&wednesday, NULL, 3, NULL, &left, &earliest), ==, MP_LEAD_TIME_UNSET);
  g_assert_cmpuint (left, ==, 0);
  g_date_clear (&needed, 1);
  g_assert_cmpint (mp_lead_time_check (&wednesday, &needed, 3, NULL, NULL, NULL), ==, MP_LEAD_TIME_UNSET);

  /* A program with another lead time, and an unknown one (the default, 3). */
  needed = day ("2026-03-06");
  g_assert_cmpint (mp_lead_time_check (&wednesday, &needed, 1, NULL, NULL, &earliest), ==, MP_LEAD_TIME_OK);
  assert_date (&earliest, "2026-03-05");
  g_assert_cmpint (mp_lead_time_check (&wednesday, &needed, 5, NULL, NULL, &earliest), ==, MP_LEAD_TIME_SHORT);
  assert_date (&earliest, "2026-03-11");
  g_assert_cmpint (mp_lead_time_check (&wednesday, &needed, -1, NULL, NULL, &earliest), ==, MP_LEAD_TIME_SHORT);
  assert_date (&earliest, "2026-03-09");
  g_assert_cmpint (mp_lead_time_normalize (-2), ==, MP_LEAD_TIME_DEFAULT_DAYS);
  g_assert_cmpint (mp_lead_time_normalize (7), ==, 7);

  /* A program may ask for no lead time at all: then even today is fine. */
  g_assert_cmpint (mp_lead_time_normalize (0), ==, 0);
  g_assert_cmpint (mp_lead_time_check (&wednesday, &wednesday, 0, NULL, NULL, &earliest), ==, MP_LEAD_TIME_OK);
  assert_date (&earliest, "2026-03-04");
}

/* The days HR marked closed are not working days: Christmas Day 2026 is a Friday, New
 * Year's Day 2027 a Friday too, and a closed Saturday takes nothing away. */
static GArray *
christmas_closed_days (void)
{
  GArray *closed = mp_closed_days_new ();
  GDate date;

  date = day ("2026-12-25");
  mp_closed_days_add (closed, &date, "Christmas Day");
  date = day ("2027-01-01");
  mp_closed_days_add (closed, &date, "New Year's Day");
  date = day ("2026-12-26");
  mp_closed_days_add (closed, &date, "A Saturday");
  /* The same day twice counts once */
  date = day ("2026-12-25");
  mp_closed_days_add (closed, &date, "Christmas Day, again");

  return closed;
}

static void
test_closed_days (void)
{
  g_autoptr(GArray) closed = christmas_closed_days ();
  GDate christmas = day ("2026-12-25");
  GDate wednesday = day ("2026-12-23");
  GDate monday = day ("2026-12-28");
  GDate from, to, result, earliest;
  const MpClosedDay *first;
  guint left = 99;

  g_assert_true (mp_lead_time_is_working_day (&christmas, NULL));
  g_assert_false (mp_lead_time_is_working_day (&christmas, closed));
  g_assert_true (mp_lead_time_is_working_day (&monday, closed));

  /* Wednesday 23 → Monday 28 December: Thursday and Monday, not Friday the 25th */
  g_assert_cmpuint (mp_lead_time_working_days (&wednesday, &monday, NULL), ==, 3);
  g_assert_cmpuint (mp_lead_time_working_days (&wednesday, &monday, closed), ==, 2);
  first = mp_lead_time_first_closed_day (&wednesday, &monday, closed);
  g_assert_nonnull (first);
  g_assert_cmpstr (first->name, ==, "Christmas Day");
  g_assert_null (mp_lead_time_first_closed_day (&wednesday, &monday, NULL));
  /* The closed day must fall after the first day and by the last */
  g_assert_null (mp_lead_time_first_closed_day (&christmas, &monday, closed));
  from = day ("2026-12-21");
  to = day ("2026-12-24");
  g_assert_null (mp_lead_time_first_closed_day (&from, &to, closed));

  /* Over four weeks, both Fridays closed: 20 weekdays, 18 working days */
  from = day ("2026-12-16");
  to = day ("2027-01-13");
  g_assert_cmpuint (mp_lead_time_working_days (&from, &to, NULL), ==, 20);
  g_assert_cmpuint (mp_lead_time_working_days (&from, &to, closed), ==, 18);
  first = mp_lead_time_first_closed_day (&from, &to, closed);
  g_assert_nonnull (first);
  assert_date (&first->date, "2026-12-25");

  /* Adding skips them, and agrees with the count */
  mp_lead_time_add_working_days (&wednesday, 3, closed, &result);
  assert_date (&result, "2026-12-29");
  g_assert_cmpuint (mp_lead_time_working_days (&wednesday, &result, closed), ==, 3);
  from = day ("2026-12-30");
  mp_lead_time_add_working_days (&from, 1, closed, &result);
  assert_date (&result, "2026-12-31");
  mp_lead_time_add_working_days (&from, 2, closed, &result);
  assert_date (&result, "2027-01-04");

  /* The check: needed by Monday leaves two working days of three, and the earliest day
   * that leaves three is Tuesday 29 */
  g_assert_cmpint (mp_lead_time_check (&wednesday, &monday, 3, NULL, &left, &earliest), ==, MP_LEAD_TIME_OK);
  g_assert_cmpuint (left, ==, 3);
  g_assert_cmpint (mp_lead_time_check (&wednesday, &monday, 3, closed, &left, &earliest), ==, MP_LEAD_TIME_SHORT);
  g_assert_cmpuint (left, ==, 2);
  assert_date (&earliest, "2026-12-29");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lead-time/working-day", test_working_day);
  g_test_add_func ("/lead-time/count", test_count);
  g_test_add_func ("/lead-time/add", test_add);
  g_test_add_func ("/lead-time/check", test_check);
  g_test_add_func ("/lead-time/closed-days", test_closed_days);

  return g_test_run ();
}
