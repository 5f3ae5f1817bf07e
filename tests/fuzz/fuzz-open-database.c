/* fuzz-open-database.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A libFuzzer target for opening a database file.
 *
 * Each input is the bytes of a shared database file (someone else's, a damaged one, a
 * hostile one) opened as the app opens it. A refusal must come with a one-line message; a
 * file that opens is read as the windows read it (every list and history, progress, the
 * pairings, the export), looked at for changes, and written to once.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "mp-fuzz.h"
#include "mp-json.h"
#include "mp-model.h"
#include "mp-pairing.h"

static char *path;
static char *private_path;

static void
read_everything (MpStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MpPairingList) pairings = NULL;
  g_autofree char *exported = NULL;
  GListModel *mentorships = mp_store_get_mentorships (store);
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 16, G_DATE_MARCH, 2026);

  if (!mp_store_preload (store, &error))
    g_clear_error (&error);

  for (guint i = 0; i < g_list_model_get_n_items (mentorships); i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, i);
      GListModel *meetings = mp_store_get_meetings (store, mentorship);
      g_autoptr(MpProgressSummary) summary = NULL;

      mp_store_get_concerns (store, mentorship);
      mp_store_get_introductions (store, mentorship);
      mp_store_get_feedback (store, mentorship);
      mp_store_get_agreement (store, mentorship);
      summary = mp_progress_compute (mentorship, meetings, mp_store_get_activity_progress (store, mentorship), &today);

      for (guint j = 0; j < g_list_model_get_n_items (meetings); j++)
        {
          g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, j);

          g_free (mp_store_get_private_note (store, meeting));
        }
    }

  pairings = mp_pairing_list_new (store, &today);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pairings)); i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (G_LIST_MODEL (pairings), i);

      mp_pairing_get_search_text (pairing);
      mp_pairing_get_urgency (pairing);
    }

  exported = mp_json_export_data (store, NULL, &error);
  g_clear_error (&error);

  mp_store_check_for_changes (store);
}

static void
write_once (MpStore *store)
{
  g_autoptr(MpPerson) person = mp_person_new ("Fuzz Person");
  g_autoptr(GError) error = NULL;
  GListModel *mentorships = mp_store_get_mentorships (store);

  if (!mp_store_save_person (store, person, &error))
    {
      if (strchr (error->message, '\n') != NULL)
        g_error ("A refused write without a one-line message: “%s”", error->message);
      return;
    }

  if (g_list_model_get_n_items (mentorships) > 0)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, 0);
      g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 16, 10, 0, 0);
      g_autoptr(MpMeeting) meeting = mp_meeting_new (mentorship, when);

      mp_meeting_set_informal (meeting, TRUE);
      if (!mp_store_log_meeting (store, meeting, NULL, "A note", &error) && strchr (error->message, '\n') != NULL)
        g_error ("A refused write without a one-line message: “%s”", error->message);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) store = NULL;

  if (path == NULL)
    {
      const char *folder = mp_fuzz_init ();
      g_autofree char *shared = g_build_filename (folder, "shared", NULL);

      path = g_build_filename (shared, "fuzz.sqlite", NULL);
      private_path = g_build_filename (folder, "private", "notes.sqlite", NULL);
      g_mkdir_with_parents (shared, 0700);
    }

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);

      g_unlink (companion);
    }
  if (!g_file_set_contents (path, (const char *) data, size, &error))
    g_error ("%s", error->message);

  store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, &error);
  if (store == NULL)
    {
      if (error == NULL || error->message[0] == '\0' || strchr (error->message, '\n') != NULL)
        g_error ("A refused file without a one-line message: “%s”", error ? error->message : "(none)");
      return 0;
    }

  read_everything (store);
  write_once (store);

  return 0;
}
