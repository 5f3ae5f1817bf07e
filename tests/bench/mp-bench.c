/* mp-bench.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-bench"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mp-demo.h"
#include "mp-hr-columns.h"
#include "mp-hr-window.h"
#include "mp-model.h"
#include "mp-pairing.h"
#include "mp-report-summary.h"
#include "mp-store-private.h"
#include "mp-resources.h"
#include "mp-ui-util.h"

/* The performance benchmark of issue 7.
 *
 *   mp-bench [--pairings N] [--repetitions R] [--no-frame] [--keep]
 *
 * builds a database with N pairings (and one with N/10) through the store's API, in a
 * process of its own (--child=generate), then measures each figure as the median of R repetitions (at least 5) and prints one
 * name=value per line on stdout; explanations, the raw samples and each target's verdict
 * go to stderr. Everything compared is measured in this one run: the baselines
 * (raw_sqlite_ms, first_frame_empty_ms) are interleaved with what they are compared with.
 *
 * The first-frame and memory figures come from fresh processes: the benchmark runs itself
 * again with the hidden option --child=hr, --child=empty, --child=header-bar, --child=text or
 * --child=controls, in turn.
 * Each child starts as the app does (GTK, the app's resources and style sheet, which loads
 * GTK's theme), opens the store, loads its pairings and starts the font system the same
 * way, then creates its window (the HR overview, an empty GtkWindow of the same size, or,
 * for reference and not judged, one holding only a GtkHeaderBar, one holding a GtkHeaderBar
 * and the texts of the HR table's first screen in one label, and one holding the HR window's
 * controls and that label) and reports the time to
 * the first GdkFrameClock "after-paint" and /proc/self/statm once that frame is shown and
 * the window is idle; on stderr, the medians of that time's phases (the window made, shown,
 * the frame clock's first "layout", its first paint). --child=filter types into the HR
 * window's search entry (filter_ms is the slowest keystroke of each repetition);
 * --child=load only loads (to profile it on a database kept with --keep). They need a
 * display: run the benchmark under `xvfb-run -a`. Unless set, the children get
 * GSK_RENDERER=cairo, GTK_A11Y=none and GSETTINGS_BACKEND=memory (nothing is remembered
 * between runs).
 *
 * --no-frame skips everything that needs a display (the smoke test in the model suite). */

#define N_TARGETS 7

#define TARGET_LOAD_RATIO        3.0
#define TARGET_FIRST_FRAME_RATIO 1.3
#define TARGET_FILTER_MS         8.0
#define TARGET_SUMMARY_PDF_MS    2000.0
#define TARGET_LOG_MEETING_MS    5.0
#define TARGET_RSS_DELTA_MB      40.0
#define TARGET_SCALE_RATIO       12.0

#define PDF_SUMMARIES            1000
#define BATCH_PAIRINGS           500
#define WINDOW_WIDTH             1240  /* the HR overview's default size */
#define WINDOW_HEIGHT            720
#define TEXT_REFERENCE_ROWS      17    /* the rows the HR overview shows at that size */
#define CHILD_TIMEOUT_US         (60 * G_USEC_PER_SEC)

static int       opt_pairings = 10000;
static int       opt_repetitions = 5;
static gboolean  opt_no_frame = FALSE;
static gboolean  opt_require_display = FALSE;
static gboolean  opt_keep = FALSE;
static char     *opt_child = NULL;
static char     *opt_database = NULL;
static char     *opt_private = NULL;
static int       opt_seed = 1;

static const GOptionEntry options[] = {
  { "pairings", 'n', 0, G_OPTION_ARG_INT, &opt_pairings, "Pairings in the generated database (10000)", "N" },
  { "repetitions", 'r', 0, G_OPTION_ARG_INT, &opt_repetitions,
    "Repetitions of each measurement; the median is printed (5; fewer only for smoke tests)", "R" },
  { "no-frame", 0, 0, G_OPTION_ARG_NONE, &opt_no_frame, "Skip what needs a display (first frame, memory, filter)",
    NULL },
  { "require-display", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &opt_require_display, NULL, NULL },
  { "keep", 0, 0, G_OPTION_ARG_NONE, &opt_keep, "Keep the generated databases (the folder is printed)", NULL },
  { "child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &opt_child, NULL, NULL },
  { "database", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &opt_database, NULL, NULL },
  { "private", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &opt_private, NULL, NULL },
  { "seed", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, &opt_seed, NULL, NULL },
  { NULL }
};

/* ---- Helpers ---------------------------------------------------------------------------- */

static double
ms_since (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static double
median (GArray *samples)
{
  g_autoptr(GArray) sorted = NULL;
  guint n = samples->len;

  if (n == 0)
    return NAN;

  sorted = g_array_copy (samples);
  g_array_sort (sorted, compare_doubles);
  if (n % 2 == 1)
    return g_array_index (sorted, double, n / 2);

  return (g_array_index (sorted, double, n / 2 - 1) + g_array_index (sorted, double, n / 2)) / 2.0;
}

static void
print_samples (const char *name,
               GArray     *samples)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < samples->len; i++)
    g_string_append_printf (line, "%s%.2f", i > 0 ? " " : "", g_array_index (samples, double, i));
  g_printerr ("  %-28s median %9.2f   samples: %s\n", name, median (samples), line->str);
}

static void
add_sample (GArray *samples,
            double  value)
{
  g_array_append_val (samples, value);
}

static GDate
days_from (const GDate *date,
           int          days)
{
  GDate result = *date;

  if (days > 0)
    g_date_add_days (&result, days);
  else if (days < 0)
    g_date_subtract_days (&result, -days);

  return result;
}

/* Saturdays and Sundays move back to the Friday before: staff meet on working days. */
static GDate
working_day (GDate date)
{
  while (g_date_get_weekday (&date) == G_DATE_SATURDAY || g_date_get_weekday (&date) == G_DATE_SUNDAY)
    g_date_subtract_days (&date, 1);

  return date;
}

static GDateTime *
local_time (const GDate *date,
            int          hour)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                                hour, 0, 0);
}

static void
read_today (GDate *today)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (today, 1);
  g_date_set_dmy (today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* Resident set size in KiB, from /proc/self/statm. */
static long
read_rss_kb (void)
{
  g_autofree char *contents = NULL;
  long size = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &contents, NULL, NULL) ||
      sscanf (contents, "%ld %ld", &size, &resident) != 2)
    return -1;

  return resident * (sysconf (_SC_PAGESIZE) / 1024);
}

/* ---- Generating a realistic database through the store's API ------------------------------ */

static const char * const first_names[] = {
  "Aisha", "Daniel", "Priya", "Liam", "Sofia", "Marcus", "Helen", "José", "Ruth", "Tomasz", "Fang", "Noah",
  "Emma", "Olivia", "Mateo", "Chloé", "Yusuf", "Ingrid", "Kwame", "Mei", "Lucía", "Oskar", "Zoë", "Rahul",
  "Hannah", "Ahmed", "Grace", "Diego", "Nadia", "Sven", "Amara", "Kenji", "Fatima", "Pierre", "Leah", "Bogdan",
  "Sione", "Ana", "Thabo", "Élodie", "Jamal", "Sakura", "Erik", "Maya", "Omar", "Bridget", "Hiroshi", "Camille",
};

static const char * const last_names[] = {
  "Okafor", "Álvarez", "Lindqvist", "Wójcik", "Williams", "Raman", "Brooks", "Mensah", "O'Brien", "Rossi",
  "Chen", "García", "Nguyen", "Smith", "Johansson", "Kowalski", "Dubois", "Müller", "Haddad", "Tanaka",
  "Silva", "Novak", "Popescu", "Kim", "Patel", "Hernández", "Jensen", "Costa", "Ivanova", "Murphy", "Schmidt",
  "Yilmaz", "Fernández", "Nakamura", "Olsen", "Bianchi", "Petrov", "Abebe", "Lefèvre", "Ó Súilleabháin",
};

static const char * const titles[] = {
  "Member Services Consultant", "Help Desk Technician", "Delivery Driver", "Payroll Specialist",
  "Web Developer", "Cataloguer", "Continuing Education Coordinator", "Systems Librarian", "Accountant",
  "Network Administrator", "Delivery Coordinator", "Outreach Librarian",
};

typedef struct
{
  int              days;
  int              months;
  int              hour;
  MpMeetingMode    mode;
  const char      *activities[3];
  const char      *agenda;
  const char      *summary;
} Step;

/* The program's meetings: the contact before arrival, every two weeks for two months,
 * monthly for the next four, with the activities each one usually covers. */
static const Step steps[] = {
  { -7, 0, 14, MP_MEETING_MODE_EMAIL, { NULL }, NULL, "Welcome note and the first-week plan." },
  { 0, 0, 10, MP_MEETING_MODE_IN_PERSON, { "departments", NULL }, "Tour of the departments",
    "Walked through every department and who does what." },
  { 14, 0, 12, MP_MEETING_MODE_LUNCH, { "where-to-go", NULL }, "Where to go for issues",
    "Help desk escalation paths; facilities and payroll contacts." },
  { 28, 0, 10, MP_MEETING_MODE_IN_PERSON, { "equipment", NULL }, "Equipment",
    "Video-conference kit and the loan laptops." },
  { 42, 0, 10, MP_MEETING_MODE_VIDEO, { "member-events", NULL }, "Member events",
    "Planned a visit to the member council." },
  { 0, 2, 10, MP_MEETING_MODE_IN_PERSON, { "shadow-consultant", NULL }, "Shadowing a consultant",
    "Site visit to a member library." },
  { 0, 3, 10, MP_MEETING_MODE_IN_PERSON, { "member-group", "committee", NULL }, "Member group and committee",
    "Went to a user group and a committee meeting." },
  { 0, 4, 10, MP_MEETING_MODE_IN_PERSON, { "position-specific", NULL }, "Position-specific work",
    "Worked through the position checklist." },
  { 0, 5, 12, MP_MEETING_MODE_LUNCH, { NULL }, "Looking back", "Looked back at six months." },
};

typedef struct
{
  MpStore    *store;
  GRand      *rand;
  GDate       today;
  guint       serial;

  /* Owned */
  MpProgram  *program;
  GPtrArray  *departments;  /* MpDepartment (ref) */
  GPtrArray  *mentors;      /* MpPerson (ref) */
  GPtrArray  *drafts;       /* written in the current batch, kept until it ends */

  guint       n_meetings;
  guint       n_notes;
  guint       n_concerns;
} Generator;

static char *
gen_uuid (Generator *gen)
{
  guint32 a = g_rand_int (gen->rand), b = g_rand_int (gen->rand);
  guint32 c = g_rand_int (gen->rand), d = g_rand_int (gen->rand);

  b = (b & 0xFFFF0FFF) | 0x00004000;
  c = (c & 0x3FFFFFFF) | 0x80000000;

  return g_strdup_printf ("%08x-%04x-%04x-%04x-%04x%08x", a, b >> 16, b & 0xFFFF, c >> 16, c & 0xFFFF, d);
}

static gpointer
gen_new (Generator  *gen,
         GType       type)
{
  g_autofree char *uuid = gen_uuid (gen);
  GObject *object = g_object_new (type, "uuid", uuid, NULL);

  g_ptr_array_add (gen->drafts, object);

  return object;
}

static gpointer
pick (Generator         *gen,
      const char * const *array,
      guint               n)
{
  return (gpointer) array[g_rand_int_range (gen->rand, 0, (gint32) n)];
}

static MpPerson *
gen_person (Generator     *gen,
            MpDepartment  *department,
            const char    *title,
            gboolean       may_mentor,
            GError       **error)
{
  MpPerson *person = gen_new (gen, MP_TYPE_PERSON);
  g_autofree char *name = NULL;
  g_autofree char *login = NULL;
  g_autofree char *email = NULL;
  g_autofree char *phone = NULL;
  guint serial = ++gen->serial;

  name = g_strdup_printf ("%s %s", (char *) pick (gen, first_names, G_N_ELEMENTS (first_names)),
                          (char *) pick (gen, last_names, G_N_ELEMENTS (last_names)));
  login = g_strdup_printf ("staff%06u", serial);
  email = g_strdup_printf ("%s@alliancelibrarysystem.example", login);
  phone = g_strdup_printf ("+1 309 555 %04u", serial % 10000);

  mp_person_set_name (person, name);
  mp_person_set_login (person, login);
  mp_person_set_email (person, email);
  mp_person_set_phone (person, phone);
  mp_person_set_title (person, title);
  mp_person_set_department (person, department);
  mp_person_set_may_mentor (person, may_mentor);

  /* A key for what their mentor and they write each other; its secret half is on their
   * computer, not in this process's private database */
  return mp_store_save_person (gen->store, person, error) &&
         mp_store_publish_key_for_login (gen->store, login, FALSE, error) ? person : NULL;
}

/* The program, its seed departments, the HR administrator and the mentors: one batch. */
static gboolean
gen_staff (Generator  *gen,
           guint       n_mentors,
           GError    **error)
{
  g_autoptr(MpProgram) builtin = mp_demo_load_program (error);
  MpProgram *program;
  MpPerson *hr;
  GListModel *departments;

  if (builtin == NULL || (program = mp_store_ensure_program (gen->store, builtin, error)) == NULL)
    return FALSE;
  gen->program = g_object_ref (program);

  departments = mp_store_get_departments (gen->store);
  for (guint i = 0; i < g_list_model_get_n_items (departments); i++)
    g_ptr_array_add (gen->departments, g_list_model_get_item (departments, i));
  if (gen->departments->len == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The program seeds no department");
      return FALSE;
    }

  if (!mp_store_begin_batch (gen->store, error))
    return FALSE;

  hr = gen_person (gen, g_ptr_array_index (gen->departments, 0), "Human Resources Administrator", FALSE, error);
  if (hr == NULL)
    return FALSE;
  mp_person_set_is_hr_admin (hr, TRUE);
  mp_person_set_login (hr, g_get_user_name ());
  if (!mp_store_save_person (gen->store, hr, error))
    return FALSE;

  for (guint i = 0; i < n_mentors; i++)
    {
      MpDepartment *department = g_ptr_array_index (gen->departments, i % gen->departments->len);
      MpPerson *mentor = gen_person (gen, department, pick (gen, titles, G_N_ELEMENTS (titles)), TRUE, error);

      if (mentor == NULL)
        return FALSE;
      g_ptr_array_add (gen->mentors, g_object_ref (mentor));
    }

  if (!mp_store_commit_batch (gen->store, error))
    return FALSE;
  g_ptr_array_set_size (gen->drafts, 0);

  return TRUE;
}

static gboolean
gen_follow_up (Generator     *gen,
               MpMentorship  *mentorship,
               const char    *activity_id,
               MpMeeting     *meeting,
               GError       **error)
{
  MpActivityProgress *progress = gen_new (gen, MP_TYPE_ACTIVITY_PROGRESS);
  g_autoptr(GDateTime) local = g_date_time_to_local (mp_meeting_get_starts_at (meeting));
  GDate done_on, followed_up;

  g_date_clear (&done_on, 1);
  g_date_set_dmy (&done_on, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  followed_up = working_day (days_from (&done_on, 3));
  if (g_date_compare (&followed_up, &gen->today) > 0)
    return TRUE;

  mp_activity_progress_set_mentorship (progress, mentorship);
  mp_activity_progress_set_activity_id (progress, activity_id);
  mp_activity_progress_set_state (progress, MP_ACTIVITY_STATE_DONE);
  mp_activity_progress_set_done_on (progress, &done_on);
  mp_activity_progress_set_meeting (progress, meeting);
  mp_activity_progress_set_hr_followed_up_on (progress, &followed_up);
  mp_activity_progress_set_hr_note (progress, "Talked it through with the new employee; nothing to add.");

  return mp_store_save_activity_progress (gen->store, progress, error);
}

/* One pairing at a realistic stage: started up to 14 months ago or starting within three
 * weeks; 15% fall behind at some meeting (overdue, or ended early when old enough); the
 * others hold every meeting, and finish after six months. */
static gboolean
gen_pairing (Generator  *gen,
             guint       index,
             GError    **error)
{
  MpDepartment *department = g_ptr_array_index (gen->departments,
                                                g_rand_int_range (gen->rand, 0, (gint32) gen->departments->len));
  MpPerson *mentor = g_ptr_array_index (gen->mentors, index % gen->mentors->len);
  MpPerson *employee;
  MpMentorship *mentorship;
  GDate start, end;
  guint lapse_after = G_MAXUINT, held = 0;
  gboolean scheduled = FALSE, member_group_na;
  GDate last_held;

  employee = gen_person (gen, department, pick (gen, titles, G_N_ELEMENTS (titles)), FALSE, error);
  if (employee == NULL)
    return FALSE;

  start = working_day (days_from (&gen->today, g_rand_int_range (gen->rand, -420, 22)));
  end = start;
  g_date_add_months (&end, 6);
  g_date_clear (&last_held, 1);

  mentorship = gen_new (gen, MP_TYPE_MENTORSHIP);
  mp_mentorship_set_mentor (mentorship, mentor);
  mp_mentorship_set_employee (mentorship, employee);
  mp_mentorship_set_program (mentorship, gen->program);
  mp_mentorship_set_start_date (mentorship, &start);
  if (!mp_store_create_mentorship (gen->store, mentorship, error))
    return FALSE;

  if (g_rand_double (gen->rand) < 0.15)
    lapse_after = (guint) g_rand_int_range (gen->rand, 1, G_N_ELEMENTS (steps));

  /* "Attend a member group, if pertinent": not pertinent for a quarter of them. */
  member_group_na = g_rand_double (gen->rand) < 0.25;
  if (member_group_na)
    {
      MpActivityProgress *progress = gen_new (gen, MP_TYPE_ACTIVITY_PROGRESS);

      mp_activity_progress_set_mentorship (progress, mentorship);
      mp_activity_progress_set_activity_id (progress, "member-group");
      mp_activity_progress_set_state (progress, MP_ACTIVITY_STATE_NOT_APPLICABLE);
      if (!mp_store_save_activity_progress (gen->store, progress, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (steps) && !scheduled; i++)
    {
      const Step *step = &steps[i];
      GDate day = start;
      g_autoptr(GDateTime) starts_at = NULL;
      MpMeeting *meeting;

      if (i >= lapse_after)
        break;

      g_date_add_months (&day, step->months);
      day = working_day (days_from (&day, step->days));
      starts_at = local_time (&day, step->hour);

      meeting = gen_new (gen, MP_TYPE_MEETING);
      mp_meeting_set_mentorship (meeting, mentorship);
      mp_meeting_set_starts_at (meeting, starts_at);
      mp_meeting_set_duration_minutes (meeting, i == 0 ? 15 : 60);
      mp_meeting_set_mode (meeting, step->mode);
      mp_meeting_set_informal (meeting, i == 0);
      mp_meeting_set_place (meeting, step->mode == MP_MEETING_MODE_IN_PERSON ? "Meeting room 2" : NULL);
      mp_meeting_set_agenda (meeting, step->agenda);

      if (g_date_compare (&day, &gen->today) < 0)
        {
          const char *ids[3] = { NULL, };
          const char *note = NULL;
          guint n_ids = 0;

          for (guint k = 0; step->activities[k] != NULL; k++)
            if (!(member_group_na && g_str_equal (step->activities[k], "member-group")))
              ids[n_ids++] = step->activities[k];

          if (g_rand_double (gen->rand) < 0.35)
            {
              note = "Private: asked how to raise a pay question without it reaching the manager.";
              gen->n_notes++;
            }

          mp_meeting_set_summary (meeting, step->summary);
          if (!mp_store_log_meeting (gen->store, meeting, ids, note, error))
            return FALSE;
          held++;
          last_held = day;

          /* HR follows up on most of the activities that ask for it. */
          for (guint k = 0; k < n_ids; k++)
            if ((g_str_equal (ids[k], "shadow-consultant") || g_str_equal (ids[k], "member-group")) &&
                g_rand_double (gen->rand) < 0.7 &&
                !gen_follow_up (gen, mentorship, ids[k], meeting, error))
              return FALSE;
        }
      else
        {
          mp_meeting_set_status (meeting, MP_MEETING_STATUS_SCHEDULED);
          if (!mp_store_save_meeting (gen->store, meeting, error))
            return FALSE;
          scheduled = TRUE;
        }
      gen->n_meetings++;
    }

  if (held >= 2)
    {
      MpAgreement *agreement = gen_new (gen, MP_TYPE_AGREEMENT);
      MpIntroduction *introduction = gen_new (gen, MP_TYPE_INTRODUCTION);
      MpPerson *colleague = g_ptr_array_index (gen->mentors, (index * 7 + 3) % gen->mentors->len);
      GDate on = working_day (days_from (&start, 10));

      mp_agreement_set_mentorship (agreement, mentorship);
      mp_agreement_set_best_days (agreement, "Tuesday mornings");
      mp_agreement_set_channels (agreement, "E-mail; phone if urgent");
      mp_agreement_set_expectations (agreement, "A short written summary after each meeting.");
      mp_agreement_set_agreed_on (agreement, &start);

      mp_introduction_set_mentorship (introduction, mentorship);
      mp_introduction_set_colleague (introduction, mp_person_get_name (colleague));
      mp_introduction_set_colleague_person (introduction, colleague != mentor ? colleague : NULL);
      mp_introduction_set_where (introduction, "Staff meeting");
      if (g_date_compare (&on, &gen->today) <= 0)
        mp_introduction_set_on (introduction, &on);

      if (!mp_store_save_agreement (gen->store, agreement, error) ||
          !mp_store_save_introduction (gen->store, introduction, error))
        return FALSE;
    }

  if (held >= 2 && g_rand_double (gen->rand) < 0.4)
    {
      MpConcern *concern = gen_new (gen, MP_TYPE_CONCERN);
      GDate raised_on = last_held;
      GDate needed_by = working_day (days_from (&raised_on, 10));
      g_autoptr(GDateTime) raised_at = local_time (&raised_on, 9);

      mp_concern_set_mentorship (concern, mentorship);
      mp_concern_set_subject (concern, "Mileage form");
      mp_concern_set_text (concern, "Which form do I use for the van mileage, and who signs it?");
      mp_concern_set_raised_at (concern, raised_at);
      mp_concern_set_needed_by (concern, &needed_by);
      if (g_rand_double (gen->rand) < 0.6)
        {
          g_autoptr(GDateTime) answered_at = g_date_time_add_days (raised_at, 1);

          mp_concern_set_answer (concern, "The green form; your supervisor signs it.");
          mp_concern_set_answered_at (concern, answered_at);
          mp_concern_set_status (concern, MP_CONCERN_STATUS_ANSWERED);
        }
      if (!mp_store_save_concern (gen->store, concern, error))
        return FALSE;
      gen->n_concerns++;
    }

  if (lapse_after == G_MAXUINT && g_date_compare (&end, &gen->today) <= 0)
    {
      if (g_rand_double (gen->rand) < 0.7)
        {
          const MpFeedbackRole roles[] = { MP_FEEDBACK_ROLE_EMPLOYEE, MP_FEEDBACK_ROLE_MENTOR };

          for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
            {
              MpFeedback *feedback = gen_new (gen, MP_TYPE_FEEDBACK);
              g_autoptr(GDateTime) submitted_at = local_time (&end, 15);

              mp_feedback_set_mentorship (feedback, mentorship);
              mp_feedback_set_role (feedback, roles[r]);
              mp_feedback_set_program_rating (feedback, g_rand_int_range (gen->rand, 3, 6));
              mp_feedback_set_meetings_rating (feedback, g_rand_int_range (gen->rand, 2, 6));
              mp_feedback_set_usefulness_rating (feedback, g_rand_int_range (gen->rand, 3, 6));
              mp_feedback_set_comment (feedback, "The lunches were the most useful part.");
              mp_feedback_set_submitted_at (feedback, submitted_at);
              if (!mp_store_save_feedback (gen->store, feedback, error))
                return FALSE;
            }
        }
      return mp_store_complete_mentorship (gen->store, mentorship, &end, error);
    }

  if (lapse_after != G_MAXUINT && g_date_compare (&end, &gen->today) <= 0)
    {
      GDate ended = g_date_valid (&last_held) ? days_from (&last_held, 30) : days_from (&start, 30);

      return mp_store_end_mentorship (gen->store, mentorship, "The employee left the library system",
                                      &ended, error);
    }

  return TRUE;
}

static gboolean
generate (const char  *path,
          const char  *private_path,
          guint        n_pairings,
          guint32      seed,
          GError     **error)
{
  g_autoptr(MpStore) store = NULL;
  Generator gen = { NULL, };
  gint64 start = g_get_monotonic_time ();
  gboolean ok = TRUE;

  store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, error);
  if (store == NULL)
    return FALSE;

  gen.store = store;
  gen.rand = g_rand_new_with_seed (seed);
  read_today (&gen.today);
  gen.departments = g_ptr_array_new_with_free_func (g_object_unref);
  gen.mentors = g_ptr_array_new_with_free_func (g_object_unref);
  gen.drafts = g_ptr_array_new_with_free_func (g_object_unref);

  /* A mentor has three or four pairings over the years, one or two at a time. */
  ok = gen_staff (&gen, MAX (3, n_pairings / 4), error);

  for (guint first = 0; ok && first < n_pairings; first += BATCH_PAIRINGS)
    {
      ok = mp_store_begin_batch (store, error);
      for (guint i = first; ok && i < MIN (n_pairings, first + BATCH_PAIRINGS); i++)
        ok = gen_pairing (&gen, i, error);
      if (ok)
        ok = mp_store_commit_batch (store, error);
      else if (mp_store_in_batch (store))
        mp_store_rollback_batch (store);
      g_ptr_array_set_size (gen.drafts, 0);
    }

  if (ok)
    g_printerr ("  generated %s: %u pairings, %u people, %u meetings, %u private notes, %u concerns in %.0f ms\n",
                path, n_pairings, gen.serial, gen.n_meetings, gen.n_notes, gen.n_concerns, ms_since (start));

  g_clear_object (&gen.program);
  g_ptr_array_unref (gen.departments);
  g_ptr_array_unref (gen.mentors);
  g_ptr_array_unref (gen.drafts);
  g_rand_free (gen.rand);

  return ok;
}

/* ---- load_ms and raw_sqlite_ms -------------------------------------------------------------- */

/* What MpStore reads when it opens (mp-store.c: refresh (), select_all[], read_revisions (),
 * read_meta ()) and what the pairing list reads for every summary
 * (mp_store_foreach_progress_rows (): SELECT_PROGRESS_MEETINGS, SELECT_PROGRESS_ACTIVITIES):
 * the same statements, stepped and read with nothing built from them. The histories
 * (agendas, concerns, feedback...) are read when a window opens one, not at load. */
static const char * const raw_queries[] = {
  "SELECT name, revision FROM revisions",
  "SELECT value FROM meta WHERE key = 'is_demo'",
  "SELECT id, uuid, name, description, ask_for FROM departments ORDER BY id",
  "SELECT id, uuid, name, login, email, phone, title, department_id, is_hr_admin, may_mentor, active "
  "FROM people ORDER BY id",
  "SELECT id, uuid, definition FROM programs ORDER BY id",
  "SELECT id, uuid, question, answer, ask_whom FROM questions ORDER BY id",
  "SELECT id, uuid, mentor_id, employee_id, program_id, start_date, status, end_reason, ended_on, revision "
  "FROM mentorships ORDER BY id",
  "SELECT mentorship_id, unixepoch (starts_at), status, informal FROM meetings",
  "SELECT mentorship_id, activity_id, state, hr_followed_up_on IS NOT NULL FROM activity_progress",
};

static double
time_raw_sqlite (const char *path,
                 guint64    *n_rows)
{
  sqlite3 *db = NULL;
  gint64 start = g_get_monotonic_time ();
  guint64 rows = 0, bytes = 0;
  double elapsed;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    g_error ("raw: cannot open %s: %s", path, sqlite3_errmsg (db));

  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  for (guint q = 0; q < G_N_ELEMENTS (raw_queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_prepare_v2 (db, raw_queries[q], -1, &stmt, NULL) != SQLITE_OK)
        g_error ("raw: %s: %s", raw_queries[q], sqlite3_errmsg (db));

      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          int n = sqlite3_column_count (stmt);

          rows++;
          for (int c = 0; c < n; c++)
            {
              switch (sqlite3_column_type (stmt, c))
                {
                case SQLITE_INTEGER:
                  bytes += (guint64) sqlite3_column_int64 (stmt, c) & 1;
                  break;
                case SQLITE_TEXT:
                  bytes += sqlite3_column_text (stmt, c) != NULL ? (guint64) sqlite3_column_bytes (stmt, c) : 0;
                  break;
                default:
                  break;
                }
            }
        }
      sqlite3_finalize (stmt);
    }
  sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
  sqlite3_close_v2 (db);

  elapsed = ms_since (start);
  *n_rows = rows + (bytes == G_MAXUINT64);  /* keep the reads */

  return elapsed;
}

/* Opening the store and loading every pairing with its progress summary, as the app does
 * (mp_pairing_list_get_for_store () → mp_pairing_list_new () → mp_store_preload ()). */
static G_GNUC_NO_INLINE MpStore *
load_store (const char *path,
            const char *private_path)
{
  g_autoptr(GError) error = NULL;
  MpStore *store;

  store = mp_store_open (path, private_path, &error);
  if (store == NULL)
    g_error ("Cannot open %s: %s", path, error->message);
  mp_pairing_list_get_for_store (store);

  return store;
}

static double
time_store_load (const char *path,
                 const char *private_path,
                 guint      *n_pairings)
{
  gint64 start = g_get_monotonic_time ();
  MpStore *store = load_store (path, private_path);
  double elapsed = ms_since (start);

  *n_pairings = g_list_model_get_n_items (G_LIST_MODEL (mp_pairing_list_get_for_store (store)));
  g_object_unref (store);

  return elapsed;
}

/* ---- summary_pdf_ms and log_meeting_ms ------------------------------------------------------- */

static double
time_summary_pdf (MpStore    *store,
                  GPtrArray  *pairings,
                  const char *pdf_path,
                  guint      *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpReport) report = NULL;
  gint64 start = g_get_monotonic_time ();
  double elapsed;

  report = mp_report_new_summaries (store, pairings, NULL, &error);
  if (report == NULL || !mp_report_write_pdf (report, pdf_path, NULL, NULL, NULL, &error))
    g_error ("Cannot write %s: %s", pdf_path, error->message);
  elapsed = ms_since (start);

  *n_pages = mp_report_get_n_pages (report);
  g_unlink (pdf_path);

  return elapsed;
}

/* The next scheduled meeting of an active pairing and the first activity still pending. */
static MpMeeting *
find_meeting_to_log (MpStore       *store,
                     MpMentorship  *mentorship,
                     const char   **activity_id)
{
  GListModel *meetings = mp_store_get_meetings (store, mentorship);
  GListModel *progress = mp_store_get_activity_progress (store, mentorship);
  MpMeeting *found = NULL;

  for (guint i = 0; found == NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);

      if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_SCHEDULED)
        found = meeting;
    }

  *activity_id = NULL;
  for (guint i = 0; *activity_id == NULL && i < g_list_model_get_n_items (progress); i++)
    {
      g_autoptr(MpActivityProgress) item = g_list_model_get_item (progress, i);

      if (mp_activity_progress_get_state (item) == MP_ACTIVITY_STATE_PENDING)
        *activity_id = mp_activity_progress_get_activity_id (item);
    }

  return found;
}

static void
measure_log_meeting (MpStore *store,
                     guint    repetitions,
                     GArray  *samples)
{
  GListModel *mentorships = mp_store_get_mentorships (store);
  guint n = g_list_model_get_n_items (mentorships);
  guint done = 0;

  /* Spread over the list, each time another pairing, as mentors across the library would. */
  for (guint i = 0; i < n && done < repetitions; i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, (i * 7919u) % n);
      g_autoptr(MpMeeting) draft = NULL;
      g_autoptr(GError) error = NULL;
      const char *activity_id = NULL;
      const char *ids[2] = { NULL, NULL };
      MpMeeting *meeting;
      gint64 start;

      if (mp_mentorship_get_status (mentorship) != MP_MENTORSHIP_STATUS_ACTIVE ||
          (meeting = find_meeting_to_log (store, mentorship, &activity_id)) == NULL)
        continue;

      draft = mp_meeting_copy (meeting);
      mp_meeting_set_summary (draft, "Talked through the week; next steps agreed.");
      ids[0] = activity_id;

      start = g_get_monotonic_time ();
      if (!mp_store_log_meeting (store, draft, ids, "Private: seems tired; ask about the commute.", &error))
        g_error ("log_meeting: %s", error->message);
      add_sample (samples, ms_since (start));
      done++;
    }
}

/* ---- The child processes (first frame, memory, filter) --------------------------------------- */

/* The windows whose first frame is timed: the HR overview, the empty GtkWindow it is
 * compared with, and (for reference, not judged) a window holding only a GtkHeaderBar, one
 * holding a GtkHeaderBar and the HR table's first screen of text as one label, and one
 * holding the HR window's controls and that label. */
typedef enum
{
  WINDOW_EMPTY,
  WINDOW_HR,
  WINDOW_HEADER_BAR,
  WINDOW_TEXT,
  WINDOW_CONTROLS,
  N_WINDOW_KINDS
} WindowKind;

/* The first frame's phases, each a g_get_monotonic_time (): the window made, shown
 * (gtk_window_present () returned), its frame clock's first "layout", its first
 * "after-paint". */
typedef struct
{
  gint64   created_at;
  gint64   shown_at;
  gint64   layout_at;
  gint64   painted_at;
  gboolean painted;
} FrameWait;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   FrameWait     *wait)
{
  if (!wait->painted)
    {
      wait->painted_at = g_get_monotonic_time ();
      wait->painted = TRUE;
    }
}

static void
on_layout_cb (GdkFrameClock *clock,
              FrameWait     *wait)
{
  if (wait->layout_at == 0)
    wait->layout_at = g_get_monotonic_time ();
}

static void
on_window_realize_cb (GtkWidget *widget,
                      FrameWait *wait)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "layout", G_CALLBACK (on_layout_cb), wait);
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint", G_CALLBACK (on_after_paint_cb), wait);
}

static void
wait_for (gboolean *flag)
{
  gint64 deadline = g_get_monotonic_time () + CHILD_TIMEOUT_US;

  while (!*flag && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  if (!*flag)
    g_error ("Timed out waiting for the window");
}

/* Runs what is ready (idle work the window deferred past its first frame included), at most
 * a few seconds. */
static void
settle (void)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (g_main_context_pending (NULL) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

static void
on_next_paint_cb (GdkFrameClock *clock,
                  gboolean      *painted)
{
  *painted = TRUE;
}

static void
wait_for_next_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_next_paint_cb), &painted);

  gtk_widget_queue_draw (widget);
  wait_for (&painted);
  g_signal_handler_disconnect (clock, handler);
}

/* The text the HR table shows on its first screen, in the least a window can draw it with:
 * one label, the column titles in bold, then the cells of the first TEXT_REFERENCE_ROWS
 * pairings, a line each. */
static GtkWidget *
text_reference_new (MpStore *store)
{
  GListModel *pairings = G_LIST_MODEL (mp_pairing_list_get_for_store (store));
  guint n_rows = MIN (TEXT_REFERENCE_ROWS, g_list_model_get_n_items (pairings));
  g_autoptr(GString) markup = g_string_new ("<b>");
  GtkWidget *label;

  for (guint c = 0; c < MP_HR_N_PAIRING_COLUMNS; c++)
    {
      g_autofree char *title = g_markup_escape_text (_(mp_hr_pairing_column_get_info (c)->title), -1);

      g_string_append_printf (markup, "%s  ", title);
    }
  g_string_append (markup, "</b>");

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (pairings, i);

      g_string_append_c (markup, '\n');
      for (guint c = 0; c < MP_HR_N_PAIRING_COLUMNS; c++)
        {
          g_autofree char *text = mp_hr_pairing_column_text (pairing, c);
          g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

          g_string_append_printf (markup, "%s  ", escaped);
        }
    }

  label = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (label), markup->str);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_yalign (GTK_LABEL (label), 0.0);
  /* (a line longer than the window, with other fonts or names, is cut rather than making the
   * window wider than the others) */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);

  return label;
}

/* The HR window's controls, as its template has them, without the table: its header bar
 * (the page tabs, the main and data menus), the Pairings page's toolbar (New Pairing, the
 * search entry, the state and department filters, Print) and the action bar below the table
 * (its buttons, insensitive until a pairing is chosen, and the count). The table's place
 * holds the content. The menus are empty: a menu button without one is insensitive. */
static const char controls_ui[] =
  "<interface>"
  "<menu id='menu'/>"
  "<object class='GtkHeaderBar' id='header_bar'>"
  " <property name='title-widget'>"
  "  <object class='GtkStackSwitcher'><property name='stack'>stack</property></object>"
  " </property>"
  " <child type='end'><object class='GtkMenuButton'><property name='menu-model'>menu</property>"
  "  <property name='icon-name'>open-menu-symbolic</property></object></child>"
  " <child type='end'><object class='GtkMenuButton'><property name='menu-model'>menu</property>"
  "  <property name='icon-name'>view-more-symbolic</property></object></child>"
  "</object>"
  "<object class='GtkBox' id='window_content'>"
  " <property name='orientation'>vertical</property>"
  " <child><object class='GtkStack' id='stack'>"
  "  <property name='vexpand'>True</property>"
  "  <child><object class='GtkStackPage'>"
  "   <property name='title'>_Pairings</property><property name='use-underline'>True</property>"
  "   <property name='child'><object class='GtkBox' id='pairings_page'>"
  "    <property name='orientation'>vertical</property>"
  "    <child><object class='GtkBox'>"
  "     <property name='spacing'>6</property><style><class name='mp-toolbar'/></style>"
  "     <child><object class='GtkButton'><child><object class='GtkBox'>"
  "      <property name='spacing'>6</property>"
  "      <child><object class='GtkImage'><property name='icon-name'>list-add-symbolic</property></object></child>"
  "      <child><object class='GtkLabel'>"
  "       <property name='label'>_New Pairing</property><property name='use-underline'>True</property>"
  "      </object></child>"
  "     </object></child></object></child>"
  "     <child><object class='GtkSearchEntry'>"
  "      <property name='hexpand'>True</property><property name='width-chars'>14</property>"
  "      <property name='placeholder-text'>Search employee, mentor or department</property>"
  "     </object></child>"
  "     <child><object class='GtkMenuButton'><property name='menu-model'>menu</property>"
  "      <property name='label'>Any state</property><property name='always-show-arrow'>True</property>"
  "     </object></child>"
  "     <child><object class='GtkMenuButton'><property name='menu-model'>menu</property>"
  "      <property name='label'>All departments</property><property name='always-show-arrow'>True</property>"
  "     </object></child>"
  "     <child><object class='GtkButton'><property name='icon-name'>printer-symbolic</property></object></child>"
  "    </object></child>"
  "   </object></property>"
  "  </object></child>"
  "  <child><object class='GtkStackPage'><property name='title'>_Follow-ups</property>"
  "   <property name='use-underline'>True</property><property name='child'><object class='GtkBox'/></property>"
  "  </object></child>"
  "  <child><object class='GtkStackPage'><property name='title'>_Staff</property>"
  "   <property name='use-underline'>True</property><property name='child'><object class='GtkBox'/></property>"
  "  </object></child>"
  "  <child><object class='GtkStackPage'><property name='title'>_Directory</property>"
  "   <property name='use-underline'>True</property><property name='child'><object class='GtkBox'/></property>"
  "  </object></child>"
  "  <child><object class='GtkStackPage'><property name='title'>E_valuation</property>"
  "   <property name='use-underline'>True</property><property name='child'><object class='GtkBox'/></property>"
  "  </object></child>"
  " </object></child>"
  " <child><object class='GtkActionBar'>"
  "  <child type='start'><object class='GtkButton'>"
  "   <property name='label'>Open Summary</property><property name='sensitive'>False</property></object></child>"
  "  <child type='start'><object class='GtkButton'>"
  "   <property name='label'>End Early…</property><property name='sensitive'>False</property></object></child>"
  "  <child type='start'><object class='GtkButton'>"
  "   <property name='label'>Mark Completed</property><property name='sensitive'>False</property></object></child>"
  "  <child type='start'><object class='GtkButton'>"
  "   <property name='label'>Archive</property><property name='sensitive'>False</property></object></child>"
  "  <child type='start'><object class='GtkButton'>"
  "   <property name='label'>Delete for Good…</property><property name='sensitive'>False</property></object></child>"
  "  <child type='end'><object class='GtkLabel'><property name='label'>10000 pairings</property></object></child>"
  " </object></child>"
  "</object>"
  "</interface>";

static void
controls_reference_fill (GtkWindow *window,
                         GtkWidget *content)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_string (controls_ui, -1);

  gtk_window_set_titlebar (window, GTK_WIDGET (gtk_builder_get_object (builder, "header_bar")));
  gtk_box_append (GTK_BOX (gtk_builder_get_object (builder, "pairings_page")), content);
  gtk_window_set_child (window, GTK_WIDGET (gtk_builder_get_object (builder, "window_content")));
}

/* From creating the window to its first frame (a function of its own for profilers:
 * valgrind --tool=callgrind --toggle-collect=open_window ...). */
static G_GNUC_NO_INLINE GtkWidget *
open_window (MpStore    *store,
             WindowKind  kind,
             FrameWait  *wait)
{
  GtkWidget *window;

  if (kind == WINDOW_HR)
    window = g_object_new (MP_TYPE_HR_WINDOW, "store", store, NULL);
  else
    {
      window = gtk_window_new ();
      gtk_window_set_title (GTK_WINDOW (window), kind == WINDOW_EMPTY ? "Empty" : "Header Bar");
      /* The references: what any window of the app has before its content (its header bar,
       * with the window's title and its close button), that with the least that can draw
       * the HR table's first screen of text, and that text with the HR window's controls
       * instead of a bare header bar: all the HR overview shows but its table. */
      if (kind == WINDOW_HEADER_BAR || kind == WINDOW_TEXT)
        gtk_window_set_titlebar (GTK_WINDOW (window), gtk_header_bar_new ());
      if (kind == WINDOW_TEXT)
        gtk_window_set_child (GTK_WINDOW (window), text_reference_new (store));
      if (kind == WINDOW_CONTROLS)
        controls_reference_fill (GTK_WINDOW (window), text_reference_new (store));
    }
  /* The same size for both, whatever the settings say. */
  gtk_window_set_default_size (GTK_WINDOW (window), WINDOW_WIDTH, WINDOW_HEIGHT);
  wait->created_at = g_get_monotonic_time ();
  g_signal_connect_after (window, "realize", G_CALLBACK (on_window_realize_cb), wait);
  gtk_window_present (GTK_WINDOW (window));
  wait->shown_at = g_get_monotonic_time ();
  wait_for (&wait->painted);

  return window;
}

/* The font system (fontconfig, the first font loaded) starts with the first text laid out,
 * and an empty window lays out none: both children start it before the clock, so that both
 * pay the same start-up costs and the figure is the window's own. */
static void
warm_up_fonts (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  PangoLayout *layout = pango_layout_new (context);
  int width, height;

  pango_layout_set_text (layout, "Mentoring 0123456789 Álvarez", -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  g_object_unref (layout);
  g_object_unref (context);
}

/* Widgets with @css_name under @widget: the rows (and cells) a list view has made. */
static guint
count_widgets (GtkWidget  *widget,
               const char *css_name)
{
  guint n = g_strcmp0 (gtk_widget_get_css_name (widget), css_name) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child, css_name);

  return n;
}

/* The widgets a list or grid view made for its items (and its rubberband, if any). */
static guint
count_children (GtkWidget *view)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/* The height of the first pairing row the view allocated. */
static int
row_height (GtkWidget *widget)
{
  if (g_strcmp0 (gtk_widget_get_css_name (widget), "pairingrow") == 0 && gtk_widget_get_height (widget) > 0)
    return gtk_widget_get_height (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int height = row_height (child);

      if (height > 0)
        return height;
    }

  return 0;
}

/* What the app does at start-up before any window: GTK, the app's resources and its style
 * sheet (above the theme, as MpApplication's startup adds it). */
static gboolean
child_start_gtk (void)
{
  if (!gtk_init_check ())
    return FALSE;
  mp_register_resource ();
  mp_style_load (gdk_display_get_default ());

  return TRUE;
}

static MpStore *
child_open_store (void)
{
  g_autoptr(GError) error = NULL;
  MpStore *store;

  if (opt_database == NULL || opt_private == NULL)
    g_error ("--child needs --database and --private");

  store = mp_store_open (opt_database, opt_private, &error);
  if (store == NULL)
    g_error ("Cannot open %s: %s", opt_database, error->message);
  mp_pairing_list_get_for_store (store);

  return store;
}

static int
run_child_window (WindowKind kind)
{
  g_autoptr(MpStore) store = NULL;
  FrameWait wait = { 0, 0, 0, 0, FALSE };
  GtkWidget *window;
  GListModel *shown = NULL;
  long base_rss;
  gint64 start;

  if (!child_start_gtk ())
    return 77;

  store = child_open_store ();
  warm_up_fonts ();
  settle ();
  base_rss = read_rss_kb ();

  start = g_get_monotonic_time ();
  window = open_window (store, kind, &wait);

  settle ();
  g_print ("first_frame_ms=%.3f\n", (double) (wait.painted_at - start) / 1000.0);
  g_print ("phase_create_ms=%.3f\n", (double) (wait.created_at - start) / 1000.0);
  g_print ("phase_show_ms=%.3f\n", (double) (wait.shown_at - wait.created_at) / 1000.0);
  g_print ("phase_to_layout_ms=%.3f\n", (double) (MAX (wait.layout_at, wait.shown_at) - wait.shown_at) / 1000.0);
  g_print ("phase_to_paint_ms=%.3f\n", (double) (wait.painted_at - MAX (wait.layout_at, wait.shown_at)) / 1000.0);
  g_print ("rss_kb=%ld\n", read_rss_kb ());
  g_print ("base_rss_kb=%ld\n", base_rss);
  g_print ("window_width=%d\n", gtk_widget_get_width (window));
  if (kind == WINDOW_HR)
    {
      GtkWidget *view = GTK_WIDGET (gtk_widget_get_template_child (window, MP_TYPE_HR_WINDOW, "pairings_view"));

      shown = mp_hr_window_get_shown_pairings (MP_HR_WINDOW (window));
      g_print ("rows=%u\n", g_list_model_get_n_items (shown));
      g_print ("row_widgets=%u\n", count_children (view));
      g_print ("pairing_row_widgets=%u\n", count_widgets (view, "pairingrow"));
      g_print ("visible_rows=%d\n", gtk_widget_get_height (view) / MAX (1, row_height (view)));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();

  return 0;
}

static void
on_search_changed_after_cb (GtkSearchEntry *entry,
                            gboolean       *changed)
{
  *changed = TRUE;
}

/* One keystroke: from the new text to the filtered model holding its final rows (a function
 * of its own for profilers: --toggle-collect=type_text). @text differs from the entry's by
 * a letter at the end, put there or taken away as a key does: the entry inserts the letter
 * typed at the cursor, or deletes the one before it (gtk_editable_set_text () would empty
 * the entry first, and the list would show all its rows in between). */
static G_GNUC_NO_INLINE void
type_text (GtkSearchEntry     *entry,
           GListModel         *filtered,
           const char         *text,
           gboolean           *changed)
{
  GtkEditable *editable = GTK_EDITABLE (entry);
  const char *before = gtk_editable_get_text (editable);
  glong n_before = g_utf8_strlen (before, -1), n_after = g_utf8_strlen (text, -1);

  g_assert (MAX (n_before, n_after) - MIN (n_before, n_after) == 1);
  g_assert (g_str_has_prefix (n_before < n_after ? text : before, n_before < n_after ? before : text));

  *changed = FALSE;
  if (n_after > n_before)
    {
      int position = (int) n_before;

      gtk_editable_insert_text (editable, g_utf8_offset_to_pointer (text, n_before), -1, &position);
    }
  else
    gtk_editable_delete_text (editable, (int) n_after, (int) n_before);
  /* A GtkFilterListModel may filter in steps; the window's own filter list is done when the
   * entry's signal returns. */
  while (!*changed || (GTK_IS_FILTER_LIST_MODEL (filtered) &&
                       gtk_filter_list_model_get_pending (GTK_FILTER_LIST_MODEL (filtered)) > 0))
    g_main_context_iteration (NULL, TRUE);
}

/* Types a few letters of a name into the HR window's search entry and deletes them again,
 * a keystroke at a time; each from the key to the filtered model holding its final rows. */
static int
run_child_filter (void)
{
  g_autoptr(MpStore) store = NULL;
  g_autoptr(GArray) typed = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) deleted = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) worst = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) model_only = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *needle = NULL;
  FrameWait wait = { 0, 0, 0, 0, FALSE };
  GtkSearchEntry *entry;
  GListModel *filtered;
  GtkWidget *window;
  gboolean changed = FALSE;
  guint n_rows;

  if (!child_start_gtk ())
    return 77;

  store = child_open_store ();
  warm_up_fonts ();

  window = g_object_new (MP_TYPE_HR_WINDOW, "store", store, NULL);
  g_signal_connect_after (window, "realize", G_CALLBACK (on_window_realize_cb), &wait);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (&wait.painted);
  settle ();

  entry = GTK_SEARCH_ENTRY (gtk_widget_get_template_child (window, MP_TYPE_HR_WINDOW, "search_entry"));
  filtered = G_LIST_MODEL (gtk_multi_selection_get_model (
    GTK_MULTI_SELECTION (mp_hr_window_get_shown_pairings (MP_HR_WINDOW (window)))));
  n_rows = g_list_model_get_n_items (filtered);

  /* The entry waits for a pause in typing before it searches (a choice of the interface,
   * not work): search at once, so that only the work is timed. */
  gtk_search_entry_set_search_delay (entry, 0);
  g_signal_connect_after (entry, "search-changed", G_CALLBACK (on_search_changed_after_cb), &changed);

  {
    /* The first three letters of the last name of a pairing in the middle of the table. */
    g_autoptr(MpPairing) pairing = g_list_model_get_item (filtered, n_rows / 2);
    const char *name = mp_pairing_get_employee_name (pairing);
    const char *last = strrchr (name, ' ');
    const char *word = last != NULL ? last + 1 : name;

    needle = g_utf8_substring (word, 0, MIN (3, g_utf8_strlen (word, -1)));
  }

  for (int r = 0; r < opt_repetitions; r++)
    {
      double slowest = 0;
      glong n_chars = g_utf8_strlen (needle, -1);

      for (glong k = 1; k <= 2 * n_chars; k++)
        {
          glong length = k <= n_chars ? k : 2 * n_chars - k;
          g_autofree char *text = g_utf8_substring (needle, 0, length);
          gint64 start;
          double elapsed;

          start = g_get_monotonic_time ();
          type_text (entry, filtered, text, &changed);
          elapsed = ms_since (start);

          add_sample (k <= n_chars ? typed : deleted, elapsed);
          slowest = MAX (slowest, elapsed);

          /* The table catches up before the next key, as it does for a typist. */
          wait_for_next_frame (window);
          settle ();
        }
      add_sample (worst, slowest);
    }

  /* Diagnosis, not a figure: the same keystrokes with the table detached from the model, so
   * only the filter model (and the window's count of shown rows) reacts. */
  g_object_set (gtk_widget_get_template_child (window, MP_TYPE_HR_WINDOW, "pairings_view"), "model", NULL, NULL);
  for (int r = 0; r < opt_repetitions; r++)
    {
      glong n_chars = g_utf8_strlen (needle, -1);

      for (glong k = 1; k <= 2 * n_chars; k++)
        {
          glong length = k <= n_chars ? k : 2 * n_chars - k;
          g_autofree char *text = g_utf8_substring (needle, 0, length);
          gint64 start = g_get_monotonic_time ();

          type_text (entry, filtered, text, &changed);
          add_sample (model_only, ms_since (start));
          settle ();
        }
    }

  for (guint i = 0; i < worst->len; i++)
    g_print ("filter_worst_ms=%.3f\n", g_array_index (worst, double, i));
  g_print ("filter_model_only_ms=%.3f\n", median (model_only));
  g_print ("filter_typed_ms=%.3f\n", median (typed));
  g_print ("filter_deleted_ms=%.3f\n", median (deleted));
  g_print ("rows=%u\n", n_rows);
  g_print ("needle=%s\n", needle);

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();

  return 0;
}

/* For profiling on a kept database: the load, R times, then in its two steps; e.g.
 * valgrind --tool=callgrind --toggle-collect=load_store mp-bench --child=load ... */
static int
run_child_load (void)
{
  if (opt_database == NULL || opt_private == NULL)
    g_error ("--child needs --database and --private");

  for (int r = 0; r < opt_repetitions; r++)
    {
      guint n;
      double raw_ms = time_raw_sqlite (opt_database, &(guint64) { 0 });
      double load_ms = time_store_load (opt_database, opt_private, &n);
      g_autoptr(GError) error = NULL;
      g_autoptr(MpStore) store = NULL;
      gint64 start = g_get_monotonic_time ();
      double open_ms;

      /* The same load, in its two steps. */
      store = mp_store_open (opt_database, opt_private, &error);
      g_assert_no_error (error);
      open_ms = ms_since (start);
      start = g_get_monotonic_time ();
      mp_pairing_list_get_for_store (store);

      g_print ("load_ms=%.1f raw_sqlite_ms=%.1f pairings=%u (open %.1f, pairings with progress %.1f)\n",
               load_ms, raw_ms, n, open_ms, ms_since (start));
    }

  {
    /* The check the store makes of the file before opening it, alone. */
    sqlite3 *db = NULL;
    gint64 start = g_get_monotonic_time ();

    sqlite3_open_v2 (opt_database, &db, SQLITE_OPEN_READONLY, NULL);
    sqlite3_exec (db, "PRAGMA mmap_size = 268435456; PRAGMA quick_check", NULL, NULL, NULL);
    sqlite3_close_v2 (db);
    g_print ("quick_check_ms=%.1f\n", ms_since (start));
  }

  return 0;
}

/* Runs this program again with --child=KIND and returns its name=value lines, or NULL when
 * it could not run (no display: it exits with 77). */
static GHashTable *
spawn_child_full (const char *kind,
                  const char *database,
                  const char *private_path,
                  int         pairings,
                  int         seed)
{
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *child_arg = g_strconcat ("--child=", kind, NULL);
  g_autofree char *database_arg = g_strconcat ("--database=", database, NULL);
  g_autofree char *private_arg = g_strconcat ("--private=", private_path, NULL);
  g_autofree char *repetitions_arg = g_strdup_printf ("--repetitions=%d", opt_repetitions);
  g_autofree char *pairings_arg = g_strdup_printf ("--pairings=%d", pairings);
  g_autofree char *seed_arg = g_strdup_printf ("--seed=%d", seed);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { self_path, child_arg, database_arg, private_arg, repetitions_arg, pairings_arg, seed_arg,
                         NULL };
  GHashTable *values;
  int status;

  if (g_environ_getenv (env, "GSK_RENDERER") == NULL)
    env = g_environ_setenv (env, "GSK_RENDERER", "cairo", TRUE);
  if (g_environ_getenv (env, "GTK_A11Y") == NULL)
    env = g_environ_setenv (env, "GTK_A11Y", "none", TRUE);
  if (g_environ_getenv (env, "GSETTINGS_BACKEND") == NULL)
    env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
#ifdef MP_BENCH_SCHEMA_DIR
  if (g_environ_getenv (env, "GSETTINGS_SCHEMA_DIR") == NULL)
    env = g_environ_setenv (env, "GSETTINGS_SCHEMA_DIR", MP_BENCH_SCHEMA_DIR, TRUE);
#endif

  if (!g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, &out, NULL, &status,
                     &error))
    g_error ("Cannot run %s: %s", self_path, error->message);

  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    return NULL;
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("--child=%s failed: %s", kind, error->message);

  values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *equals = strchr (lines[i], '=');

      if (equals == NULL)
        continue;
      *equals = '\0';
      if (g_hash_table_contains (values, lines[i]))
        {
          /* Repeated names: a list, joined by spaces. */
          char *joined = g_strconcat (g_hash_table_lookup (values, lines[i]), " ", equals + 1, NULL);

          g_hash_table_replace (values, g_strdup (lines[i]), joined);
        }
      else
        g_hash_table_insert (values, g_strdup (lines[i]), g_strdup (equals + 1));
    }

  return values;
}

static GHashTable *
spawn_child (const char *kind,
             const char *database,
             const char *private_path)
{
  return spawn_child_full (kind, database, private_path, opt_pairings, opt_seed);
}

/* The databases are made in a process of their own: the measuring process then starts, as
 * the app does, without the heap of 200,000 objects the generator made and dropped (loading
 * in the generator's process took a third longer, the raw loop the same). */
static void
spawn_generate (const char *path,
                const char *private_path,
                guint       n,
                int         seed)
{
  g_autoptr(GHashTable) values = spawn_child_full ("generate", path, private_path, (int) n, seed);

  if (values == NULL || !g_hash_table_contains (values, "generated"))
    g_error ("Generating %s failed", path);
}

static int
run_child_generate (void)
{
  g_autoptr(GError) error = NULL;

  if (opt_database == NULL || opt_private == NULL)
    g_error ("--child needs --database and --private");
  if (!generate (opt_database, opt_private, (guint) opt_pairings, (guint) opt_seed, &error))
    g_error ("Generating the database failed: %s", error->message);
  g_print ("generated=%s\n", opt_database);

  return 0;
}

static double
child_value (GHashTable *values,
             const char *name)
{
  const char *text = g_hash_table_lookup (values, name);

  if (text == NULL)
    g_error ("A child printed no %s", name);

  return g_ascii_strtod (text, NULL);
}

/* ---- The run -------------------------------------------------------------------------------- */

typedef struct
{
  guint met;
  guint measured;
} Tally;

static void
judge (Tally      *tally,
       const char *name,
       double      value,
       double      target)
{
  gboolean met = !isnan (value) && value <= target;

  tally->measured++;
  if (met)
    tally->met++;
  g_printerr ("  target %-18s %10.2f <= %-8g %s\n", name, value, target, met ? "met" : "NOT MET");
}

static void
skipped (const char *name)
{
  g_printerr ("  target %-18s skipped (no display: run under xvfb-run -a)\n", name);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

static int
run_benchmark (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL, *shared_dir = NULL, *private_dir = NULL;
  g_autofree char *big = NULL, *big_private = NULL, *small = NULL, *small_private = NULL, *pdf = NULL;
  g_autoptr(GArray) load = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) raw = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_small = g_array_new (FALSE, FALSE, sizeof (double));
  GArray *frames[N_WINDOW_KINDS];  /* the first frames' samples, by WindowKind */
  static const char * const window_kind_titles[] = { "empty window", "HR window", "header bar only",
                                                     "header bar, text", "controls, text" };
  static const char * const phase_names[] = { "phase_create_ms", "phase_show_ms", "phase_to_layout_ms",
                                              "phase_to_paint_ms" };
  GArray *phases[N_WINDOW_KINDS][G_N_ELEMENTS (phase_names)];  /* [kind][phase] */
  g_autoptr(GArray) rss_hr = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rss_empty = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) rss_store = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) filter = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) pdf_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) log_ms = g_array_new (FALSE, FALSE, sizeof (double));
  guint n_small = MAX (1, (guint) opt_pairings / 10);
  guint n_loaded = 0, n_pages = 0;
  guint64 n_rows = 0;
  gboolean have_display = !opt_no_frame;
  double load_ms, raw_ms, load_ratio, frame_hr_ms = NAN, frame_empty_ms = NAN, frame_ratio = NAN;
  double filter_ms = NAN, pdf_med, log_med, rss_delta_mb = NAN, scale_ratio;
  Tally tally = { 0, 0 };

  for (guint w = 0; w < N_WINDOW_KINDS; w++)
    {
      frames[w] = g_array_new (FALSE, FALSE, sizeof (double));
      for (guint p = 0; p < G_N_ELEMENTS (phase_names); p++)
        phases[w][p] = g_array_new (FALSE, FALSE, sizeof (double));
    }

  dir = g_dir_make_tmp ("mp-bench-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  /* The private notes in a folder of their own, as the store requires. */
  shared_dir = g_build_filename (dir, "shared", NULL);
  private_dir = g_build_filename (dir, "private", NULL);
  if (g_mkdir (shared_dir, 0700) != 0 || g_mkdir (private_dir, 0700) != 0)
    g_error ("Cannot make folders in %s", dir);
  big = g_build_filename (shared_dir, "pairings.db", NULL);
  big_private = g_build_filename (private_dir, "pairings-private.db", NULL);
  small = g_build_filename (shared_dir, "pairings-tenth.db", NULL);
  small_private = g_build_filename (private_dir, "pairings-tenth-private.db", NULL);
  pdf = g_build_filename (dir, "summaries.pdf", NULL);

  g_printerr ("mp-bench: %d pairings, %d repetitions, in %s (sqlite %s)\n", opt_pairings, opt_repetitions, dir,
              sqlite3_libversion ());
  spawn_generate (big, big_private, (guint) opt_pairings, 1);
  spawn_generate (small, small_private, n_small, 2);

  /* load_ms, raw_sqlite_ms and the load at N/10, interleaved (the order turns each time),
   * after one untimed round that brings the files into the page cache. */
  {
    guint n;

    time_raw_sqlite (big, &n_rows);
    time_store_load (big, big_private, &n);
    time_store_load (small, small_private, &n);
  }
  for (int r = 0; r < opt_repetitions; r++)
    {
      guint n_big, n_tenth;

      if (r % 2 == 0)
        {
          add_sample (raw, time_raw_sqlite (big, &n_rows));
          add_sample (load, time_store_load (big, big_private, &n_big));
          add_sample (load_small, time_store_load (small, small_private, &n_tenth));
        }
      else
        {
          add_sample (load_small, time_store_load (small, small_private, &n_tenth));
          add_sample (load, time_store_load (big, big_private, &n_big));
          add_sample (raw, time_raw_sqlite (big, &n_rows));
        }
      if (n_big != (guint) opt_pairings || n_tenth != n_small)
        g_error ("Loaded %u and %u pairings, not %d and %u", n_big, n_tenth, opt_pairings, n_small);
      n_loaded = n_big;
    }
  g_printerr ("  loaded %u pairings; the raw loop stepped %" G_GUINT64_FORMAT " rows\n", n_loaded, n_rows);

  /* First frame and memory: fresh processes, the HR window, the empty one and the header-bar
   * reference in turn, the order turning each repetition. */
  for (int r = 0; have_display && r < opt_repetitions; r++)
    {
      for (int k = 0; k < N_WINDOW_KINDS && have_display; k++)
        {
          static const char * const kind_names[] = { "empty", "hr", "header-bar", "text", "controls" };
          WindowKind kind = (WindowKind) ((r % 2 == 0 ? k : N_WINDOW_KINDS - 1 - k) + r / 2) % N_WINDOW_KINDS;
          gboolean hr = kind == WINDOW_HR;
          g_autoptr(GHashTable) values = spawn_child (kind_names[kind], big, big_private);

          if (values == NULL)
            {
              have_display = FALSE;
              break;
            }
          add_sample (frames[kind], child_value (values, "first_frame_ms"));
          for (guint p = 0; p < G_N_ELEMENTS (phase_names); p++)
            add_sample (phases[kind][p], child_value (values, phase_names[p]));
          /* No window's content made it wider than the others (the label's lines fit) */
          if ((int) child_value (values, "window_width") > WINDOW_WIDTH)
            g_error ("The %s was %d pixels wide, more than %d", window_kind_titles[kind],
                     (int) child_value (values, "window_width"), WINDOW_WIDTH);
          if (kind == WINDOW_HEADER_BAR || kind == WINDOW_TEXT || kind == WINDOW_CONTROLS)
            continue;
          add_sample (hr ? rss_hr : rss_empty, child_value (values, "rss_kb") / 1024.0);
          add_sample (rss_store, child_value (values, "base_rss_kb") / 1024.0);
          if (hr && (guint) child_value (values, "rows") == 0)
            g_error ("The HR window shows no pairing");
          if (hr && r == 0)
            g_printerr ("  HR window: %s rows in the table, %s on screen; GTK made %s item widgets (%s pairing rows)\n",
                        (char *) g_hash_table_lookup (values, "rows"),
                        (char *) g_hash_table_lookup (values, "visible_rows"),
                        (char *) g_hash_table_lookup (values, "row_widgets"),
                        (char *) g_hash_table_lookup (values, "pairing_row_widgets"));
        }
    }

  if (have_display)
    {
      g_autoptr(GHashTable) values = spawn_child ("filter", big, big_private);

      if (values != NULL)
        {
          g_auto(GStrv) worst = g_strsplit (g_hash_table_lookup (values, "filter_worst_ms"), " ", -1);

          for (guint i = 0; worst[i] != NULL; i++)
            add_sample (filter, g_ascii_strtod (worst[i], NULL));
          g_printerr ("  filter: typing and deleting \"%s\" over %s rows; per keystroke (medians): typed %s ms, "
                      "deleted %s ms; the filter model alone (table detached) %s ms\n",
                      (char *) g_hash_table_lookup (values, "needle"), (char *) g_hash_table_lookup (values, "rows"),
                      (char *) g_hash_table_lookup (values, "filter_typed_ms"),
                      (char *) g_hash_table_lookup (values, "filter_deleted_ms"),
                      (char *) g_hash_table_lookup (values, "filter_model_only_ms"));
        }
      else
        have_display = FALSE;
    }
  /* The ui suite's smoke test: what needs a display must have run. Without one it is
   * skipped, as the other ui tests are (and CI counts a skipped ui test as failed). */
  if (opt_require_display && !have_display)
    {
      g_printerr ("mp-bench: --require-display: the windows could not be shown (no display?)\n");
      exit (77);
    }

  /* summary_pdf_ms and log_meeting_ms on one open store with its pairings, as in the app. */
  {
    g_autoptr(MpStore) store = mp_store_open (big, big_private, &error);
    g_autoptr(GPtrArray) all = NULL;
    g_autoptr(GPtrArray) some = g_ptr_array_new_with_free_func (g_object_unref);

    if (store == NULL)
      g_error ("Cannot open %s: %s", big, error->message);
    all = mp_report_list_pairings (store);
    for (guint i = 0; i < MIN (all->len, PDF_SUMMARIES); i++)
      g_ptr_array_add (some, g_object_ref (g_ptr_array_index (all, i)));

    for (int r = 0; r < opt_repetitions; r++)
      add_sample (pdf_ms, time_summary_pdf (store, some, pdf, &n_pages));
    g_printerr ("  summary_pdf: %u summaries, %u pages\n", some->len, n_pages);

    measure_log_meeting (store, (guint) MAX (opt_repetitions, 5) * 4, log_ms);
    if (log_ms->len == 0)
      g_error ("No pairing had a meeting to log");
    g_printerr ("  log_meeting: %u meetings logged, journal mode %s\n", log_ms->len,
                mp_store_get_journal_mode (store));
  }

  g_printerr ("samples (ms, MiB):\n");
  print_samples ("load_ms", load);
  print_samples ("raw_sqlite_ms", raw);
  print_samples ("load_ms at N/10", load_small);
  print_samples ("first_frame_hr_ms", frames[WINDOW_HR]);
  print_samples ("first_frame_empty_ms", frames[WINDOW_EMPTY]);
  print_samples ("first frame, header bar only", frames[WINDOW_HEADER_BAR]);
  print_samples ("first frame, header bar, text", frames[WINDOW_TEXT]);
  print_samples ("first frame, controls, text", frames[WINDOW_CONTROLS]);
  if (frames[WINDOW_HR]->len > 0 && frames[WINDOW_EMPTY]->len > 0 && frames[WINDOW_HEADER_BAR]->len > 0
      && frames[WINDOW_TEXT]->len > 0 && frames[WINDOW_CONTROLS]->len > 0)
    {
      g_printerr ("  first frame, by phase (medians, ms: made, shown, to the first layout, to the first paint):\n");
      for (guint w = 0; w < N_WINDOW_KINDS; w++)
        g_printerr ("    %-15s %6.1f %6.1f %6.1f %6.1f\n", window_kind_titles[w],
                    median (phases[w][0]), median (phases[w][1]), median (phases[w][2]), median (phases[w][3]));
      /* Not a target: how far 1.3 is from any window with a title bar, in this run. */
      g_printerr ("  reference: a window holding only a GtkHeaderBar takes %.2f times the empty window\n",
                  median (frames[WINDOW_HEADER_BAR]) / median (frames[WINDOW_EMPTY]));
      /* Nor this: the same with the HR table's first screen of text in one label, the least
       * any window showing those rows draws. */
      g_printerr ("  reference: a GtkHeaderBar and the HR table's first screen of text in one label take"
                  " %.2f times the empty window\n",
                  median (frames[WINDOW_TEXT]) / median (frames[WINDOW_EMPTY]));
      g_printerr ("  reference: the HR window's controls and that label (all it shows but its table) take"
                  " %.2f times the empty window\n",
                  median (frames[WINDOW_CONTROLS]) / median (frames[WINDOW_EMPTY]));
    }
  print_samples ("filter_ms (worst key)", filter);
  print_samples ("summary_pdf_ms", pdf_ms);
  print_samples ("log_meeting_ms", log_ms);
  print_samples ("rss HR window (MiB)", rss_hr);
  print_samples ("rss empty window", rss_empty);
  print_samples ("rss store, no window", rss_store);

  load_ms = median (load);
  raw_ms = median (raw);
  load_ratio = load_ms / raw_ms;
  scale_ratio = load_ms / median (load_small);
  pdf_med = median (pdf_ms);
  log_med = median (log_ms);
  if (have_display)
    {
      frame_hr_ms = median (frames[WINDOW_HR]);
      frame_empty_ms = median (frames[WINDOW_EMPTY]);
      frame_ratio = frame_hr_ms / frame_empty_ms;
      filter_ms = median (filter);
      rss_delta_mb = median (rss_hr) - median (rss_empty);
    }

  g_printerr ("targets:\n");
  judge (&tally, "load_ratio", load_ratio, TARGET_LOAD_RATIO);
  if (have_display)
    {
      judge (&tally, "first_frame_ratio", frame_ratio, TARGET_FIRST_FRAME_RATIO);
      judge (&tally, "filter_ms", filter_ms, TARGET_FILTER_MS);
    }
  else
    {
      skipped ("first_frame_ratio");
      skipped ("filter_ms");
    }
  judge (&tally, "summary_pdf_ms", pdf_med, TARGET_SUMMARY_PDF_MS);
  judge (&tally, "log_meeting_ms", log_med, TARGET_LOG_MEETING_MS);
  if (have_display)
    judge (&tally, "rss_delta_mb", rss_delta_mb, TARGET_RSS_DELTA_MB);
  else
    skipped ("rss_delta_mb");
  judge (&tally, "scale_ratio", scale_ratio, TARGET_SCALE_RATIO);

  g_print ("load_ms=%.1f\n", load_ms);
  g_print ("raw_sqlite_ms=%.1f\n", raw_ms);
  g_print ("load_ratio=%.2f\n", load_ratio);
  if (have_display)
    {
      g_print ("first_frame_hr_ms=%.1f\n", frame_hr_ms);
      g_print ("first_frame_empty_ms=%.1f\n", frame_empty_ms);
      g_print ("first_frame_ratio=%.2f\n", frame_ratio);
      g_print ("filter_ms=%.2f\n", filter_ms);
    }
  g_print ("summary_pdf_ms=%.1f\n", pdf_med);
  g_print ("summary_pdf_pages=%u\n", n_pages);
  g_print ("log_meeting_ms=%.2f\n", log_med);
  if (have_display)
    g_print ("rss_delta_mb=%.1f\n", rss_delta_mb);
  g_print ("scale_ratio=%.2f\n", scale_ratio);
  g_print ("bench: %u of %d targets met\n", tally.met, N_TARGETS);

  if (opt_keep)
    g_printerr ("kept %s\n", dir);
  else
    {
      remove_tree (shared_dir);
      remove_tree (private_dir);
      remove_tree (dir);
    }
  for (guint w = 0; w < N_WINDOW_KINDS; w++)
    {
      g_array_unref (frames[w]);
      for (guint p = 0; p < G_N_ELEMENTS (phase_names); p++)
        g_array_unref (phases[w][p]);
    }

  return 0;
}

/* Under LeakSanitizer (build-aux/test.sh runs the smoke test there): fontconfig's pattern
 * caches, filled through Pango's font map while printing, live as long as the process. */
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_suppressions (void)
{
  return "leak:libfontconfig.so\n";
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— measure Mentoring against its performance targets");
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_add_main_entries (context, options, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("mp-bench: %s\n", error->message);
      return 2;
    }
  if (opt_pairings < 1 || opt_repetitions < 1)
    {
      g_printerr ("mp-bench: --pairings and --repetitions must be at least 1\n");
      return 2;
    }
  if (opt_child == NULL && opt_repetitions < 5)
    g_printerr ("mp-bench: %d repetitions: fewer than 5, the figures are not medians worth quoting\n",
                opt_repetitions);

  if (g_strcmp0 (opt_child, "hr") == 0)
    status = run_child_window (WINDOW_HR);
  else if (g_strcmp0 (opt_child, "empty") == 0)
    status = run_child_window (WINDOW_EMPTY);
  else if (g_strcmp0 (opt_child, "header-bar") == 0)
    status = run_child_window (WINDOW_HEADER_BAR);
  else if (g_strcmp0 (opt_child, "text") == 0)
    status = run_child_window (WINDOW_TEXT);
  else if (g_strcmp0 (opt_child, "controls") == 0)
    status = run_child_window (WINDOW_CONTROLS);
  else if (g_strcmp0 (opt_child, "filter") == 0)
    status = run_child_filter ();
  else if (g_strcmp0 (opt_child, "load") == 0)
    status = run_child_load ();
  else if (g_strcmp0 (opt_child, "generate") == 0)
    status = run_child_generate ();
  else if (opt_child != NULL)
    {
      g_printerr ("mp-bench: unknown --child=%s\n", opt_child);
      status = 2;
    }
  else
    status = run_benchmark ();

  g_clear_pointer (&opt_child, g_free);
  g_clear_pointer (&opt_database, g_free);
  g_clear_pointer (&opt_private, g_free);

  return status;
}
