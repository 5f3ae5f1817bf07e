/* test-report.c: printed progress summaries and the pilot evaluation, as PDF
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the demo data (pinned to a day), with a unique marker planted in every field HR
 * must never see: the PDF holds every employee's name, as many pages as the report
 * says (pdfinfo), no confidential text (pdftotext), and summaries split across pages
 * only when longer than a page.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "mp-demo.h"
#include "mp-evaluation.h"
#include "mp-model.h"
#include "mp-pairing.h"
#include "mp-report-summary.h"

#define PRIVATE_MARKER "PRIVATEMARKER7c1e"
#define CONCERN_SUBJECT_MARKER "CONCERNSUBJECTMARKER4b2d"
#define CONCERN_TEXT_MARKER "CONCERNTEXTMARKER77aa"
#define CONCERN_ANSWER_MARKER "CONCERNANSWERMARKER1f0c"
#define FEEDBACK_MARKER "FEEDBACKCOMMENTMARKER5e6f"
#define AGENDA_MARKER "AGENDAMARKER90b3"
#define SUMMARY_MARKER "MEETINGSUMMARYMARKER3a8d"
#define HR_NOTE_MARKER "HRNOTEMARKER2c4e"

#define N_CONTACTS 80  /* informal contacts that make one summary longer than a page */

typedef struct
{
  char         *dir;
  MpStore      *store;
  GDate         today;
  MpMentorship *long_one;   /* borrowed: the pairing with the planted markers */
  GPtrArray    *secrets;    /* every confidential text of the database */
} Fixture;

static GDateTime *
local_time (const GDate *date,
            int          hour,
            int          minute)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                                hour, minute, 0);
}

static void
collect_secrets (Fixture *fixture)
{
  GListModel *mentorships = mp_store_get_mentorships (fixture->store);

  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MpMentorship) m = g_list_model_get_item (mentorships, i);
      GListModel *meetings = mp_store_get_meetings (fixture->store, m);
      GListModel *concerns = mp_store_get_concerns (fixture->store, m);
      GListModel *feedback = mp_store_get_feedback (fixture->store, m);

      for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
        {
          g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, j);
          char *note = mp_store_get_private_note (fixture->store, meeting);

          if (note != NULL && *note != '\0')
            g_ptr_array_add (fixture->secrets, note);
          else
            g_free (note);
          if (mp_meeting_get_summary (meeting) != NULL && *mp_meeting_get_summary (meeting) != '\0')
            g_ptr_array_add (fixture->secrets, g_strdup (mp_meeting_get_summary (meeting)));
        }
      for (guint j = 0; j < g_list_model_get_n_items (concerns); j++)
        {
          g_autoptr(MpConcern) concern = g_list_model_get_item (concerns, j);
          const char *texts[] = { mp_concern_get_subject (concern), mp_concern_get_text (concern),
                                  mp_concern_get_answer (concern) };

          for (guint k = 0; k < G_N_ELEMENTS (texts); k++)
            if (texts[k] != NULL && *texts[k] != '\0')
              g_ptr_array_add (fixture->secrets, g_strdup (texts[k]));
        }
      for (guint j = 0; j < g_list_model_get_n_items (feedback); j++)
        {
          g_autoptr(MpFeedback) f = g_list_model_get_item (feedback, j);

          if (mp_feedback_get_comment (f) != NULL && *mp_feedback_get_comment (f) != '\0')
            g_ptr_array_add (fixture->secrets, g_strdup (mp_feedback_get_comment (f)));
        }
    }
}

/* An active pairing past its start: markers in every confidential field, an HR note,
 * and enough informal contacts to make its summary longer than a page. */
static void
plant (Fixture *fixture)
{
  GListModel *pairings = G_LIST_MODEL (mp_pairing_list_get_for_store (fixture->store));
  g_autoptr(GError) error = NULL;
  g_autoptr(MpMeeting) meeting = NULL;
  g_autoptr(MpConcern) concern = NULL;
  g_autoptr(MpFeedback) feedback = NULL;
  g_autoptr(GDateTime) when = NULL;
  MpActivityProgress *progress;
  MpMeeting *canonical;
  MpConcern *canonical_concern;
  MpMentorship *m = NULL;
  GDate day;

  for (guint i = 0; i < g_list_model_get_n_items (pairings) && m == NULL; i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (pairings, i);

      if (mp_pairing_get_state (pairing) != MP_SCHEDULE_STATE_PRE_ARRIVAL &&
          mp_mentorship_get_status (mp_pairing_get_mentorship (pairing)) == MP_MENTORSHIP_STATUS_ACTIVE &&
          mp_store_get_feedback (fixture->store, mp_pairing_get_mentorship (pairing)) != NULL &&
          g_list_model_get_n_items (mp_store_get_feedback (fixture->store, mp_pairing_get_mentorship (pairing))) == 0)
        m = mp_pairing_get_mentorship (pairing);
    }
  g_assert_nonnull (m);
  fixture->long_one = m;

  /* A held meeting with a shared agenda and summary and a private note. */
  day = fixture->today;
  g_date_subtract_days (&day, 2);
  when = local_time (&day, 11, 0);
  meeting = mp_meeting_new (m, when);
  mp_meeting_set_status (meeting, MP_MEETING_STATUS_HELD);
  mp_meeting_set_informal (meeting, TRUE);
  mp_meeting_set_mode (meeting, MP_MEETING_MODE_PHONE);
  mp_meeting_set_agenda (meeting, "Agenda " AGENDA_MARKER);
  mp_meeting_set_summary (meeting, "Summary " SUMMARY_MARKER);
  g_assert_true (mp_store_save_meeting (fixture->store, meeting, &error));
  g_assert_no_error (error);
  canonical = mp_store_lookup_meeting (fixture->store, mp_meeting_get_uuid (meeting));
  g_assert_true (mp_store_set_private_note (fixture->store, canonical, "Note " PRIVATE_MARKER, &error));
  g_assert_no_error (error);

  /* A concern with an answer. */
  concern = g_object_new (MP_TYPE_CONCERN, NULL);
  mp_concern_set_mentorship (concern, m);
  mp_concern_set_subject (concern, CONCERN_SUBJECT_MARKER);
  mp_concern_set_text (concern, "Text " CONCERN_TEXT_MARKER);
  g_date_add_days (&day, 10);
  mp_concern_set_needed_by (concern, &day);
  g_assert_true (mp_store_save_concern (fixture->store, concern, &error));
  g_assert_no_error (error);
  canonical_concern = mp_store_lookup_concern (fixture->store, mp_concern_get_uuid (concern));
  g_assert_true (mp_store_answer_concern (fixture->store, canonical_concern, "Answer " CONCERN_ANSWER_MARKER, &error));
  g_assert_no_error (error);

  /* Feedback with a comment. */
  feedback = mp_feedback_new (m, MP_FEEDBACK_ROLE_EMPLOYEE);
  mp_feedback_set_program_rating (feedback, 4);
  mp_feedback_set_comment (feedback, "Comment " FEEDBACK_MARKER);
  g_assert_true (mp_store_save_feedback (fixture->store, feedback, &error));
  g_assert_no_error (error);

  /* HR's own note on a follow-up: HR may read it, so it is printed. */
  progress = mp_store_lookup_activity_progress (fixture->store, m, "shadow-consultant");
  {
    g_autoptr(MpActivityProgress) draft = progress ? mp_activity_progress_copy (progress)
                                                   : mp_activity_progress_new (m, "shadow-consultant");
    GDate done_on = fixture->today, followed = fixture->today;

    g_date_subtract_days (&done_on, 9);
    g_date_subtract_days (&followed, 3);
    mp_activity_progress_set_state (draft, MP_ACTIVITY_STATE_DONE);
    mp_activity_progress_set_done_on (draft, &done_on);
    mp_activity_progress_set_hr_followed_up_on (draft, &followed);
    mp_activity_progress_set_hr_note (draft, "Called back " HR_NOTE_MARKER);
    g_assert_true (mp_store_save_activity_progress (fixture->store, draft, &error));
    g_assert_no_error (error);
  }

  /* Many informal contacts: a summary longer than a page. */
  g_assert_true (mp_store_begin_batch (fixture->store, &error));
  for (guint i = 0; i < N_CONTACTS; i++)
    {
      g_autoptr(MpMeeting) contact = NULL;
      g_autoptr(GDateTime) at = NULL;
      GDate on = fixture->today;

      g_date_subtract_days (&on, 1 + i % 40);
      at = local_time (&on, 8 + i % 9, (i * 7) % 60);
      contact = mp_meeting_new (m, at);
      mp_meeting_set_status (contact, MP_MEETING_STATUS_HELD);
      mp_meeting_set_informal (contact, TRUE);
      mp_meeting_set_mode (contact, i % 2 ? MP_MEETING_MODE_EMAIL : MP_MEETING_MODE_PHONE);
      g_assert_true (mp_store_save_meeting (fixture->store, contact, &error));
      g_assert_no_error (error);
    }
  g_assert_true (mp_store_commit_batch (fixture->store, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *private_path = NULL;

  fixture->dir = g_dir_make_tmp ("test-report-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "demo.db", NULL);
  private_path = mp_demo_private_path (path);
  fixture->store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);
  fixture->secrets = g_ptr_array_new_with_free_func (g_free);

  /* A Monday, so the demo's dates are the same on every run. */
  g_date_clear (&fixture->today, 1);
  g_date_set_dmy (&fixture->today, 16, G_DATE_MARCH, 2026);
  g_assert_true (mp_demo_populate (fixture->store, &fixture->today, &error));
  g_assert_no_error (error);
  mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), &fixture->today);

  if (user_data != NULL)
    plant (fixture);
  collect_secrets (fixture);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_dir (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->secrets, g_ptr_array_unref);
  remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are needed");
      return FALSE;
    }

  return TRUE;
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);

  return out;
}

/* The text of a PDF (or of one page), white space collapsed to single spaces. */
static char *
pdf_text (const char *path,
          int         page)
{
  g_autofree char *first = g_strdup_printf ("%d", page);
  const char *all[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  const char *one[] = { "pdftotext", "-enc", "UTF-8", "-f", first, "-l", first, path, "-", NULL };
  g_autofree char *text = run (page > 0 ? one : all);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (argv);
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Pages:"))
      return (guint) g_ascii_strtoull (lines[i] + strlen ("Pages:"), NULL, 10);

  g_assert_not_reached ();
}

static char *
collapse (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

static void
snapshot_pages (const char *pdf,
                const char *name,
                int         first,
                int         last)
{
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "screenshots", NULL);
  g_autofree char *prefix = g_build_filename (dir, name, NULL);
  g_autofree char *f = g_strdup_printf ("%d", first);
  g_autofree char *l = g_strdup_printf ("%d", last);
  const char *argv[] = { "pdftoppm", "-png", "-r", "60", "-f", f, "-l", l, pdf, prefix, NULL };
  g_autofree char *out = NULL;

  if (pdftoppm == NULL)
    return;

  g_mkdir_with_parents (dir, 0755);
  out = run (argv);
  g_test_message ("Pages %d-%d of %s rendered as %s-*.png", first, last, pdf, prefix);
}

static void
progress_cb (guint    pages_done,
             guint    n_pages,
             gpointer user_data)
{
  guint *calls = user_data;

  g_assert_cmpuint (pages_done, ==, *calls + 1);
  g_assert_cmpuint (pages_done, <=, n_pages);
  (*calls)++;
}

static void
test_summaries (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(MpReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "summaries.pdf", NULL);
  g_autofree char *headless = g_build_filename (fixture->dir, "headless.pdf", NULL);
  g_autofree char *text = NULL;
  const char *markers[] = { PRIVATE_MARKER, CONCERN_SUBJECT_MARKER, CONCERN_TEXT_MARKER, CONCERN_ANSWER_MARKER,
                            FEEDBACK_MARKER, AGENDA_MARKER, SUMMARY_MARKER };
  double body;
  guint n_pages, calls = 0;
  guint long_index = G_MAXUINT;
  guint long_first = 0, long_last = 0;

  if (!have_poppler ())
    return;

  pairings = mp_report_list_pairings (fixture->store);
  g_assert_cmpuint (pairings->len, >=, 6);
  report = mp_report_new_summaries (fixture->store, pairings, NULL, NULL);
  g_assert_cmpuint (mp_report_get_n_items (report), ==, pairings->len);

  g_assert_true (mp_report_write_pdf (report, path, NULL, progress_cb, &calls, &error));
  g_assert_no_error (error);
  {
    GStatBuf buf;

    /* for its owner's eyes only, as the JSON export */
    g_assert_cmpint (g_stat (path, &buf), ==, 0);
    g_assert_cmpint (buf.st_mode & 0777, ==, 0600);
  }
  n_pages = mp_report_get_n_pages (report);
  g_assert_cmpuint (calls, ==, n_pages);
  g_assert_cmpuint (pdf_pages (path), ==, n_pages);

  /* The command line's entry point gives the same pages. */
  g_assert_true (mp_report_write_summaries_pdf (fixture->store, headless, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (headless), ==, n_pages);

  text = pdf_text (path, 0);

  /* Every employee's name, in order of names; nothing confidential. */
  for (guint i = 0; i < pairings->len; i++)
    {
      MpPairing *pairing = g_ptr_array_index (pairings, i);
      g_autofree char *name = collapse (mp_pairing_get_employee_name (pairing));

      g_assert_nonnull (strstr (text, name));
      if (i > 0)
        g_assert_cmpint (g_utf8_collate (mp_pairing_get_employee_name (g_ptr_array_index (pairings, i - 1)),
                                         mp_pairing_get_employee_name (pairing)), <=, 0);
      if (mp_pairing_get_mentorship (pairing) == fixture->long_one)
        long_index = i;
    }
  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    if (strstr (text, markers[i]) != NULL)
      g_error ("The summaries show confidential text: %s", markers[i]);
  for (guint i = 0; i < fixture->secrets->len; i++)
    {
      g_autofree char *secret = collapse (g_ptr_array_index (fixture->secrets, i));

      if (strlen (secret) >= 8 && strstr (text, secret) != NULL)
        g_error ("The summaries show confidential text: “%s”", secret);
    }
  g_assert_nonnull (strstr (text, HR_NOTE_MARKER));

  /* No fact is cut short: every mentor's job title is there whole, and nothing on the
   * pages ends in an ellipsis. */
  for (guint i = 0; i < pairings->len; i++)
    {
      MpPerson *mentor = mp_mentorship_get_mentor (mp_pairing_get_mentorship (g_ptr_array_index (pairings, i)));
      const char *title = mentor != NULL ? mp_person_get_title (mentor) : NULL;

      if (title != NULL && *title != '\0')
        {
          g_autofree char *whole = collapse (title);

          g_assert_nonnull (strstr (text, whole));
        }
    }
  g_assert_null (strstr (text, "…"));

  /* Short summaries never split; the long one does, and says it continues. */
  body = mp_report_get_body_height (report);
  g_assert_cmpuint (long_index, <, pairings->len);
  for (guint i = 0; i < mp_report_get_n_items (report); i++)
    {
      guint first, last;

      mp_report_get_item_pages (report, i, &first, &last);
      g_assert_cmpuint (last, <, n_pages);
      if (mp_report_get_item_height (report, i) <= body)
        {
          MpPairing *pairing = g_ptr_array_index (pairings, i);
          g_autofree char *page_text = pdf_text (path, (int) first + 1);
          g_autofree char *name = collapse (mp_pairing_get_employee_name (pairing));

          g_assert_cmpuint (first, ==, last);
          g_assert_nonnull (strstr (page_text, name));
        }
      else
        {
          g_assert_cmpuint (first, <, last);
        }
    }
  g_assert_cmpfloat (mp_report_get_item_height (report, long_index), >, body);
  mp_report_get_item_pages (report, long_index, &long_first, &long_last);
  g_assert_cmpuint (long_first, <, long_last);
  {
    g_autofree char *next_page = pdf_text (path, (int) long_first + 2);

    g_assert_nonnull (strstr (next_page, "(continued)"));
  }

  snapshot_pages (path, "report-summaries", 1, (int) MIN (n_pages, 3));
  snapshot_pages (path, "report-long", (int) long_first + 1, (int) long_last + 1);
}

static void
assert_refused (MpReport   *report,
                const char *path,
                const char *dir_to_check)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_false (mp_report_write_pdf (report, path, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_null (strchr (error->message, '\n'));
  g_assert_nonnull (strstr (error->message, "Could not write"));

  /* No temporary file left behind. */
  dir = g_dir_open (dir_to_check, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".") && strstr (name, ".pdf.") != NULL);
}

static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GPtrArray) pairings = mp_report_list_pairings (fixture->store);
  g_autoptr(MpReport) report = mp_report_new_summaries (fixture->store, pairings, NULL, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "no-such-folder", "out.pdf", NULL);
  g_autofree char *file = g_build_filename (fixture->dir, "plain-file", NULL);
  g_autofree char *under_file = g_build_filename (file, "out.pdf", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "a-folder.pdf", NULL);
  g_autofree char *cancelled = g_build_filename (fixture->dir, "cancelled.pdf", NULL);

  g_assert_true (g_file_set_contents (file, "x", 1, NULL));
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);

  assert_refused (report, missing, fixture->dir);
  assert_refused (report, under_file, fixture->dir);
  assert_refused (report, folder, fixture->dir);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

  /* The command line's entry point refuses the same way. */
  g_assert_false (mp_report_write_summaries_pdf (fixture->store, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (strchr (error->message, '\n'));
  g_clear_error (&error);

  /* A cancelled write leaves nothing behind. */
  g_cancellable_cancel (cancellable);
  g_assert_false (mp_report_write_pdf (report, cancelled, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (cancelled, G_FILE_TEST_EXISTS));
  assert_refused (report, missing, fixture->dir);
  g_clear_error (&error);

  /* A symbolic link stays one: the file it points to gets the PDF. */
  {
    g_autofree char *real = g_build_filename (fixture->dir, "real.pdf", NULL);
    g_autofree char *link = g_build_filename (fixture->dir, "link.pdf", NULL);
    g_autofree char *contents = NULL;

    g_assert_true (g_file_set_contents (real, "old", -1, NULL));
    g_assert_cmpint (symlink ("real.pdf", link), ==, 0);
    g_assert_true (mp_report_write_pdf (report, link, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
    g_assert_true (g_file_get_contents (real, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF"));
  }
}

static void
test_evaluation (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(MpEvaluation) evaluation = mp_evaluation_compute (fixture->store, NULL, NULL);
  g_autoptr(MpReport) report = mp_report_new_evaluation (evaluation, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "evaluation.pdf", NULL);
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;

  g_assert_true (mp_report_write_pdf (report, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (path), ==, mp_report_get_n_pages (report));
  g_assert_cmpuint (mp_report_get_n_pages (report), ==, 1);

  text = pdf_text (path, 0);
  g_assert_nonnull (strstr (text, "Pilot evaluation"));
  g_assert_nonnull (strstr (text, mp_evaluation_question_get_label (MP_EVALUATION_QUESTION_PROGRAM)));
  for (guint i = 0; i < fixture->secrets->len; i++)
    {
      g_autofree char *secret = collapse (g_ptr_array_index (fixture->secrets, i));

      if (strlen (secret) >= 8 && strstr (text, secret) != NULL)
        g_error ("The evaluation shows confidential text: “%s”", secret);
    }
  g_assert_null (strstr (text, FEEDBACK_MARKER));
  g_assert_null (strstr (text, "Called off"));  /* none: no line for them */

  snapshot_pages (path, "report-evaluation", 1, 1);

  /* Pairings called off before their start have their line */
  {
    const MpEvaluationPairing called_off[] = {
      { MP_MENTORSHIP_STATUS_ENDED_EARLY, MP_SCHEDULE_STATE_ENDED, 0, 0.0, 0, 8, 0, 0, TRUE },
    };
    g_autoptr(MpEvaluation) some = mp_evaluation_compute_plain (called_off, 1, NULL, 0, NULL, 0, NULL, "Pilot");
    g_autoptr(MpReport) printed = mp_report_new_evaluation (some, NULL);
    g_autofree char *other = g_build_filename (fixture->dir, "evaluation-called-off.pdf", NULL);
    g_autofree char *other_text = NULL;

    g_assert_true (mp_report_write_pdf (printed, other, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    other_text = pdf_text (other, 0);
    g_assert_nonnull (strstr (other_text, "Called off before their start"));
  }
}

/* Priya Raman's pairing (before arrival in the demo), from the report's own list */
static MpPairing *
find_priya (GPtrArray *pairings)
{
  for (guint i = 0; i < pairings->len; i++)
    if (g_strcmp0 (mp_pairing_get_employee_name (g_ptr_array_index (pairings, i)), "Priya Raman") == 0)
      return g_ptr_array_index (pairings, i);

  g_assert_not_reached ();
}

/* The text of @pairing's summary alone, printed to @name in the fixture's folder, its
 * whitespace collapsed */
static char *
summary_text (Fixture    *fixture,
              MpPairing  *pairing,
              const char *name)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(MpReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *raw = NULL;

  g_ptr_array_add (one, g_object_ref (pairing));
  report = mp_report_new_summaries (fixture->store, one, NULL, NULL);
  g_assert_true (mp_report_write_pdf (report, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  raw = pdf_text (path, 0);

  return collapse (raw);
}

static guint
count_in (const char *text,
          const char *what)
{
  guint n = 0;

  for (const char *p = strstr (text, what); p != NULL; p = strstr (p + 1, what))
    n++;

  return n;
}

/* A pairing called off before its start says so on its page, with HR's reason */
static void
test_called_off (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GPtrArray) all = mp_report_list_pairings (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  MpPairing *priya;

  if (!have_poppler ())
    return;

  priya = find_priya (all);
  g_assert_true (mp_store_call_off_mentorship (fixture->store, mp_pairing_get_mentorship (priya), "Hire fell through",
                                               &fixture->today, &error));
  g_assert_no_error (error);

  text = summary_text (fixture, priya, "called-off.pdf");
  g_assert_nonnull (strstr (text, "Called off, ending on its start day"));
  g_assert_nonnull (strstr (text, "Hire fell through"));
  g_assert_null (strstr (text, "Ended early on"));
  /* None of its expected meetings is to come: the contact before its start was called off,
   * the others are after its end */
  g_assert_null (strstr (text, "Upcoming"));
  g_assert_null (strstr (text, "Not held"));
  /* (its state, the line that says why, and the contact's slot) */
  g_assert_cmpuint (count_in (text, "Called off"), ==, 3);
  g_assert_cmpuint (count_in (text, "After the end"), ==, 8);

  /* The same when printed after the contact's day (which was not "Not held": the day it
   * was called off is not kept, and may have been before it) */
  {
    const GDate *start = mp_mentorship_get_start_date (mp_pairing_get_mentorship (priya));
    g_autofree char *later = NULL;

    mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), start);
    later = summary_text (fixture, priya, "called-off-later.pdf");
    g_assert_null (strstr (later, "Not held"));
    g_assert_null (strstr (later, "Upcoming"));
    g_assert_cmpuint (count_in (later, "Called off"), ==, 3);
    g_assert_cmpuint (count_in (later, "After the end"), ==, 8);
  }
}

/* An activity not done when its phase is over is printed as late; one whose phase runs
 * or is to come, as not done yet, and so is one the pair may skip (never late) */
static void
test_activity_late (Fixture       *fixture,
                    gconstpointer  user_data)
{
  g_autoptr(GPtrArray) all = mp_report_list_pairings (fixture->store);
  g_autofree char *text = NULL;
  MpMentorship *mentorship;
  GListModel *phases;
  /* lines printed (an activity's, and its HR follow-up's when it asks for one) */
  guint early_lines = 0, later_lines = 0, optional_lines = 0;
  GDate day;
  MpPairing *priya;

  if (!have_poppler ())
    return;

  /* Priya has done nothing yet; printed as of day 70, months 1–2 are over */
  priya = find_priya (all);
  mentorship = mp_pairing_get_mentorship (priya);
  day = *mp_mentorship_get_start_date (mentorship);
  g_date_add_days (&day, 70);
  phases = mp_program_get_phases (mp_mentorship_get_program (mentorship));
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (phases, i);
      gboolean early = mp_phase_get_start_month (phase) + mp_phase_get_months (phase) <= 2;

      for (guint j = 0; j < g_list_model_get_n_items (mp_phase_get_activities (phase)); j++)
        {
          g_autoptr(MpActivity) activity = g_list_model_get_item (mp_phase_get_activities (phase), j);
          guint lines = mp_activity_get_hr_follow_up (activity) ? 2 : 1;

          if (mp_activity_get_optional (activity))
            optional_lines += lines;
          else if (early)
            early_lines += lines;
          else
            later_lines += lines;
        }
    }
  g_assert_cmpuint (early_lines, >, 0);
  g_assert_cmpuint (later_lines, >, 0);
  g_assert_cmpuint (optional_lines, >, 0);

  mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), &day);
  text = summary_text (fixture, priya, "activity-late.pdf");
  g_assert_cmpuint (count_in (text, "Not done, late"), ==, early_lines);
  g_assert_cmpuint (count_in (text, "Not done yet"), ==, later_lines + optional_lines);

  /* Past the six months (not completed by HR yet): every activity is late, in the HR
   * follow-ups' table too, but those the pair may skip */
  {
    g_autofree char *after = NULL;

    g_date_add_days (&day, 140);
    mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), &day);
    after = summary_text (fixture, priya, "activity-late-after.pdf");
    g_assert_cmpuint (count_in (after, "Not done, late"), ==, early_lines + later_lines);
    g_assert_cmpuint (count_in (after, "Not done yet"), ==, optional_lines);
  }
}

/* A name too long for the title line beside the state is printed whole, on lines of its own */
static void
test_long_name (Fixture       *fixture,
                gconstpointer  user_data)
{
  static const char *long_name = "Bartholomew Maximilian Featherstonehaugh-Cholmondeley of Upper Wrenfield";
  g_autoptr(GPtrArray) all = mp_report_list_pairings (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(MpPerson) renamed = NULL;
  g_autofree char *text = NULL;
  MpPairing *priya;

  if (!have_poppler ())
    return;

  priya = find_priya (all);
  renamed = mp_person_copy (mp_mentorship_get_employee (mp_pairing_get_mentorship (priya)));
  mp_person_set_name (renamed, long_name);
  g_assert_true (mp_store_save_person (fixture->store, renamed, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (mp_pairing_get_employee_name (priya), ==, long_name);

  text = summary_text (fixture, priya, "long-name.pdf");
  g_assert_nonnull (strstr (text, long_name));
  g_assert_null (strstr (text, "…"));
  g_assert_nonnull (strstr (text, "Before arrival"));  /* its state, below it */
}

/* A mentor's name, a job title or an activity too long for its column goes on to the next
 * line, and is never cut short; a name in a right-to-left script is printed too. */
static void
test_long_facts (Fixture       *fixture,
                 gconstpointer  user_data)
{
  static const char *mentor_name = "Jean-Baptiste Emmanuel Zorg-Oberkampf-Liebenstein-Wittgenstein Junior III";
  static const char *mentor_title = "Senior Principal Associate Director of Integrated Library Systems "
                                    "Infrastructure and Digital Services";
  static const char *employee_name = "דניאל ברוקס";
  g_autoptr(GPtrArray) all = mp_report_list_pairings (fixture->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(MpPerson) mentor = NULL;
  g_autoptr(MpPerson) employee = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;
  MpPairing *priya;

  if (!have_poppler ())
    return;

  priya = find_priya (all);
  mentor = mp_person_copy (mp_mentorship_get_mentor (mp_pairing_get_mentorship (priya)));
  mp_person_set_name (mentor, mentor_name);
  mp_person_set_title (mentor, mentor_title);
  g_assert_true (mp_store_save_person (fixture->store, mentor, &error));
  g_assert_no_error (error);
  employee = mp_person_copy (mp_mentorship_get_employee (mp_pairing_get_mentorship (priya)));
  mp_person_set_name (employee, employee_name);
  g_assert_true (mp_store_save_person (fixture->store, employee, &error));
  g_assert_no_error (error);

  text = summary_text (fixture, priya, "long-facts.pdf");
  g_assert_null (strstr (text, "…"));
  /* Every part of the name and the title, wherever the lines break */
  words = g_regex_split_simple ("[ -]", mentor_name, 0, 0);
  for (guint i = 0; words[i] != NULL; i++)
    g_assert_nonnull (strstr (text, words[i]));
  g_clear_pointer (&words, g_strfreev);
  words = g_strsplit (mentor_title, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    g_assert_nonnull (strstr (text, words[i]));
  g_assert_nonnull (strstr (text, "Infrastructure and Digital Services"));
  g_assert_nonnull (strstr (text, "דניאל"));
  g_assert_nonnull (strstr (text, "ברוקס"));
}

/* A start a tool wrote as 9999-12-31 (the store refuses it, as the export could not read it
 * back; a database of an earlier build, or another tool, may hold it): the summary prints, its
 * days past GDateTime's last year as stored, without a critical warning (fatal in the tests) */
static void
test_far_future_start (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(GPtrArray) all = mp_report_list_pairings (fixture->store);
  g_autofree char *text = NULL;
  MpPairing *priya;
  sqlite3 *db = NULL;
  char *sql;
  GDate last;

  if (!have_poppler ())
    return;

  priya = find_priya (all);
  sql = sqlite3_mprintf ("UPDATE mentorships SET start_date = '9999-12-31' WHERE uuid = %Q",
                         mp_mentorship_get_uuid (mp_pairing_get_mentorship (priya)));
  g_assert_cmpint (sqlite3_open (mp_store_get_path (fixture->store), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_free (sql);
  sqlite3_close (db);
  g_assert_true (mp_store_check_for_changes (fixture->store));
  g_date_clear (&last, 1);
  g_date_set_dmy (&last, 31, G_DATE_DECEMBER, 9999);
  g_assert_cmpint (g_date_compare (mp_mentorship_get_start_date (mp_pairing_get_mentorship (priya)), &last), ==, 0);

  text = summary_text (fixture, priya, "far-future.pdf");
  g_assert_nonnull (strstr (text, "10000-"));
}

/* The Expected column gives the day each meeting is due by: a slot on a Saturday or a
 * Sunday reads as the Monday after, as the pairing's state counts it. */
static void
test_expected_working_days (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GPtrArray) all = mp_report_list_pairings (fixture->store);
  g_autoptr(GArray) closed = mp_schedule_closed_dates (mp_store_get_closed_days (fixture->store));
  guint weekend_slots = 0;

  if (!have_poppler ())
    return;

  for (guint i = 0; i < all->len; i++)
    {
      MpPairing *pairing = g_ptr_array_index (all, i);
      MpMentorship *mentorship = mp_pairing_get_mentorship (pairing);
      g_autofree MpSchedulePhase *phases = NULL;
      g_autoptr(GArray) slots = NULL;
      g_autofree char *name = g_strdup_printf ("expected-%u.pdf", i);
      g_autofree char *text = NULL;
      guint n_phases = 0;

      g_autoptr(GArray) held = mp_schedule_held_dates (mp_store_get_meetings (fixture->store, mentorship),
                                                       mp_mentorship_get_start_date (mentorship), NULL);

      phases = mp_schedule_phases_from_program (mp_mentorship_get_program (mentorship), &n_phases);
      slots = mp_schedule_slots (phases, n_phases, mp_mentorship_get_start_date (mentorship),
                                 mp_mentorship_get_paired_on (mentorship),
                                 (const GDate *) (gpointer) closed->data, closed->len,
                                 (const GDate *) (gpointer) held->data, held->len);
      text = summary_text (fixture, pairing, name);
      for (guint j = 0; j < slots->len; j++)
        {
          const MpScheduleSlot *slot = &g_array_index (slots, MpScheduleSlot, j);
          GDateWeekday weekday = g_date_get_weekday (&slot->date);
          GDate monday = slot->date;
          g_autoptr(GDateTime) noon = NULL;
          g_autofree char *shown = NULL;

          if (!g_date_valid (&slot->window_start) || (weekday != G_DATE_SATURDAY && weekday != G_DATE_SUNDAY))
            continue;
          weekend_slots++;
          g_date_add_days (&monday, weekday == G_DATE_SATURDAY ? 2 : 1);
          noon = g_date_time_new_utc (g_date_get_year (&monday), g_date_get_month (&monday),
                                      g_date_get_day (&monday), 12, 0, 0);
          shown = g_date_time_format (noon, "%a %-d %b %Y");
          g_assert_true (g_str_has_prefix (shown, "Mon "));
          g_assert_nonnull (strstr (text, shown));
        }
    }
  g_assert_cmpuint (weekend_slots, >, 0);
}

/* The contact before arrival is due on its own day, a Saturday too (a call or a message
 * will do): printed the day after, its line says it is late, as the page's state does,
 * never "Upcoming" (it took the Monday after, as a meeting's does). The first meeting's day
 * passed, its window still open: its line says "Overdue", as the state, not "Due". */
static void
test_first_contact_weekend (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GPtrArray) all = mp_report_list_pairings (fixture->store);
  g_autoptr(MpMentorship) moved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree MpSchedulePhase *phases = NULL;
  g_autoptr(GArray) slots = NULL;
  g_autofree char *text = NULL;
  const MpScheduleSlot *contact;
  MpPairing *priya;
  guint n_phases = 0;
  GDate start, today;

  if (!have_poppler ())
    return;

  priya = find_priya (all);
  moved = mp_mentorship_copy (mp_pairing_get_mentorship (priya));
  phases = mp_schedule_phases_from_program (mp_mentorship_get_program (moved), &n_phases);
  /* A start whose contact before arrival falls on a Saturday, two days or more before it */
  start = *mp_mentorship_get_start_date (moved);
  for (guint tries = 0; tries < 14; tries++)
    {
      g_clear_pointer (&slots, g_array_unref);
      slots = mp_schedule_slots (phases, n_phases, &start, mp_mentorship_get_paired_on (moved), NULL, 0, NULL, 0);
      contact = &g_array_index (slots, MpScheduleSlot, 0);
      g_assert_false (g_date_valid (&contact->window_start));
      if (g_date_get_weekday (&contact->date) == G_DATE_SATURDAY && g_date_days_between (&contact->date, &start) >= 2)
        break;
      g_date_add_days (&start, 1);
    }
  g_assert_cmpint (g_date_get_weekday (&contact->date), ==, G_DATE_SATURDAY);
  /* The call the demo arranged is called off: nothing is held nor arranged */
  {
    GListModel *meetings = mp_store_get_meetings (fixture->store, mp_pairing_get_mentorship (priya));

    for (guint i = 0; i < g_list_model_get_n_items (meetings); i++)
      {
        g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);

        if (mp_meeting_get_status (meeting) == MP_MEETING_STATUS_SCHEDULED)
          g_assert_true (mp_store_cancel_meeting (fixture->store, meeting, &error));
        g_assert_no_error (error);
      }
  }
  mp_mentorship_set_start_date (moved, &start);
  g_assert_true (mp_store_save_mentorship (fixture->store, moved, &error));
  g_assert_no_error (error);

  today = contact->date;
  g_date_add_days (&today, 1);
  mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), &today);
  priya = find_priya (all);
  text = summary_text (fixture, priya, "first-contact-weekend.pdf");
  g_assert_nonnull (strstr (text, "First contact late"));
  /* The table's column of what became of each, in the slots' order: the contact's first */
  {
    const char *table = strstr (text, "Expected Meeting Before arrival");
    const char *late = table != NULL ? strstr (table, " Late Upcoming") : NULL;

    g_assert_nonnull (late);
    g_assert_true (strstr (table, " Upcoming") == late + strlen (" Late"));
    g_assert_cmpuint (count_in (text, "Upcoming"), ==, slots->len - 1);
  }

  {
    const MpScheduleSlot *first = &g_array_index (slots, MpScheduleSlot, 1);
    GDate due_by = mp_schedule_slot_due_by (first, mp_mentorship_get_paired_on (moved), NULL, 0);
    g_autofree char *overdue = NULL;

    today = due_by;
    g_date_add_days (&today, 1);
    g_assert_cmpint (g_date_compare (&today, &first->window_end), <, 0);
    mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), &today);
    priya = find_priya (all);
    overdue = summary_text (fixture, priya, "first-meeting-overdue.pdf");
    g_assert_nonnull (strstr (overdue, "Overdue by 1 day"));
    /* (the column of what became of each: the contact's window is over, the first
     * meeting's is not) */
    g_assert_nonnull (strstr (overdue, " Not held Overdue Upcoming "));
    g_assert_null (strstr (overdue, " Due "));
  }

  /* The first meeting held four days after its day: the next one is due a fortnight after
   * it, later than its own slot's day. The day after that slot's day the state is not
   * overdue, and neither is the slot's line: "Due", as the state counts it */
  {
    const MpScheduleSlot *first = &g_array_index (slots, MpScheduleSlot, 1);
    const MpScheduleSlot *second = &g_array_index (slots, MpScheduleSlot, 2);
    GDate first_due = mp_schedule_slot_due_by (first, mp_mentorship_get_paired_on (moved), NULL, 0);
    GDate second_due = mp_schedule_slot_due_by (second, mp_mentorship_get_paired_on (moved), NULL, 0);
    GDate held_on = first_due;
    g_autoptr(GDateTime) at = NULL;
    g_autoptr(MpMeeting) held = NULL;
    g_autofree char *due = NULL;

    g_date_add_days (&held_on, 4);
    g_assert_cmpint (g_date_compare (&held_on, &first->window_end), <, 0);
    at = local_time (&held_on, 11, 0);
    held = mp_meeting_new (moved, at);
    mp_meeting_set_status (held, MP_MEETING_STATUS_HELD);
    g_assert_true (mp_store_save_meeting (fixture->store, held, &error));
    g_assert_no_error (error);

    today = second_due;
    g_date_add_days (&today, 1);
    mp_pairing_list_set_today (mp_pairing_list_get_for_store (fixture->store), &today);
    priya = find_priya (all);
    g_assert_cmpint (mp_pairing_get_state (priya), !=, MP_SCHEDULE_STATE_OVERDUE);
    due = summary_text (fixture, priya, "second-meeting-due.pdf");
    g_assert_nonnull (strstr (due, " Not held Held Due Upcoming "));
    g_assert_null (strstr (due, "Overdue"));
  }
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autofree char *dir = NULL;
  g_autofree char *db = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = NULL;
  g_autoptr(MpReport) report = NULL;
  PangoContext *context = mp_report_create_pango_context ();

  dir = g_dir_make_tmp ("test-report-empty-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (dir, "empty.db", NULL);
  path = g_build_filename (dir, "private", "empty.db.private", NULL);
  store = mp_store_open_full (db, path, MP_STORE_OPEN_NO_WATCH, &error);
  g_assert_no_error (error);

  report = mp_report_new_summaries (store, none, NULL, NULL);
  g_assert_cmpuint (mp_report_paginate (report, context, 500, 700), ==, 1);

  g_clear_object (&report);
  g_clear_object (&store);
  g_object_unref (context);
  remove_dir (dir);
}

/* Every name and job title of the demo (in Latin, Chinese, Hebrew...) has its glyphs in a
 * font the report finds (build-aux/deps.sh installs one for the scripts DejaVu has not): no
 * empty box is printed in its place. */
static void
test_every_script (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GListModel *people = mp_store_get_people (fixture->store);
  PangoContext *context = mp_report_create_pango_context ();
  PangoLayout *layout = pango_layout_new (context);
  gboolean wide = FALSE;

  g_assert_cmpuint (g_list_model_get_n_items (people), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (people, i);
      const char *texts[] = { mp_person_get_name (person), mp_person_get_title (person) };

      for (guint j = 0; j < G_N_ELEMENTS (texts); j++)
        {
          if (texts[j] == NULL)
            continue;
          pango_layout_set_text (layout, texts[j], -1);
          if (pango_layout_get_unknown_glyphs_count (layout) != 0)
            g_error ("No font has the glyphs of \"%s\"", texts[j]);
          for (const char *c = texts[j]; *c != '\0'; c = g_utf8_next_char (c))
            wide |= g_unichar_iswide (g_utf8_get_char (c));
        }
    }
  /* (The demo keeps a name in a script DejaVu has not, or this proves nothing.) */
  g_assert_true (wide);

  g_object_unref (layout);
  g_object_unref (context);
}

/* Without a locale that says otherwise (the tests run in C), A4. */
static void
test_paper (void)
{
  double width = 0, height = 0;

  mp_report_get_default_paper_size (&width, &height);
  g_assert_cmpfloat_with_epsilon (width, 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
}

/* issue 7: 1,000 summaries to PDF in at most 2 s (run with -m perf). */
static void
test_perf (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(GPtrArray) some = mp_report_list_pairings (fixture->store);
  g_autoptr(GPtrArray) many = g_ptr_array_new ();
  g_autoptr(MpReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "many.pdf", NULL);
  gint64 start, built, written;

  for (guint i = 0; i < 1000; i++)
    g_ptr_array_add (many, g_ptr_array_index (some, i % some->len));

  start = g_get_monotonic_time ();
  report = mp_report_new_summaries (fixture->store, many, NULL, NULL);
  built = g_get_monotonic_time ();
  g_assert_true (mp_report_write_pdf (report, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  written = g_get_monotonic_time ();

  g_test_minimized_result ((written - start) / 1000.0, "summary_pdf_ms=%.0f (content %.0f ms, %u pages)",
                           (written - start) / 1000.0, (built - start) / 1000.0, mp_report_get_n_pages (report));
  g_assert_cmpint ((written - start) / 1000, <=, 2000);
}

/* Under LeakSanitizer (build-aux/test.sh): fontconfig's pattern caches, filled through
 * Pango's font map, live as long as the process. */
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
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/report/summaries", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_summaries,
              fixture_tear_down);
  g_test_add ("/report/unwritable", Fixture, NULL, fixture_set_up, test_unwritable, fixture_tear_down);
  g_test_add ("/report/called-off", Fixture, NULL, fixture_set_up, test_called_off, fixture_tear_down);
  g_test_add ("/report/activity-late", Fixture, NULL, fixture_set_up, test_activity_late, fixture_tear_down);
  g_test_add ("/report/long-name", Fixture, NULL, fixture_set_up, test_long_name, fixture_tear_down);
  g_test_add ("/report/long-facts", Fixture, NULL, fixture_set_up, test_long_facts, fixture_tear_down);
  g_test_add ("/report/far-future-start", Fixture, NULL, fixture_set_up, test_far_future_start, fixture_tear_down);
  g_test_add ("/report/first-contact-weekend", Fixture, NULL, fixture_set_up, test_first_contact_weekend,
              fixture_tear_down);
  g_test_add ("/report/expected-working-days", Fixture, NULL, fixture_set_up, test_expected_working_days,
              fixture_tear_down);
  g_test_add ("/report/evaluation", Fixture, GINT_TO_POINTER (TRUE), fixture_set_up, test_evaluation,
              fixture_tear_down);
  g_test_add ("/report/every-script", Fixture, NULL, fixture_set_up, test_every_script, fixture_tear_down);
  g_test_add_func ("/report/empty", test_empty);
  g_test_add_func ("/report/paper", test_paper);
  if (g_test_perf ())
    g_test_add ("/report/perf", Fixture, NULL, fixture_set_up, test_perf, fixture_tear_down);

  return g_test_run ();
}
