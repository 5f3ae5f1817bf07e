/* mp-fuzz.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "mp-fuzz.h"

static char *folder;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
remove_folder (void)
{
  if (folder != NULL)
    remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

/* Criticals (a broken promise between parts of the code, the step before a crash) and errors
 * end the run with abort (): libFuzzer keeps the input of an abort, not of GLib's SIGTRAP.
 * Warnings are the store's words for a damaged file found while reading a history (it then
 * shows it empty): logged, not a finding. */
static GLogWriterOutput
abort_on_criticals (GLogLevelFlags   log_level,
                    const GLogField *fields,
                    gsize            n_fields,
                    gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL))
    {
      g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
      abort ();
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

const char *
mp_fuzz_init (void)
{
  g_autoptr(GError) error = NULL;

  if (folder != NULL)
    return folder;

  g_log_set_writer_func (abort_on_criticals, NULL, NULL);
  g_setenv ("TZ", "UTC", TRUE);

  folder = g_dir_make_tmp ("mp-fuzz-XXXXXX", &error);
  if (folder == NULL)
    g_error ("No temporary folder: %s", error->message);
  /* The store's default private path, should anything ask for it, stays in there too. */
  g_setenv ("XDG_DATA_HOME", folder, TRUE);
  atexit (remove_folder);

  return folder;
}
