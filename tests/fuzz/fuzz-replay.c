/* fuzz-replay.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs a fuzz target over files, without libFuzzer.
 *
 *   fuzz-TARGET-replay FILE-OR-FOLDER...
 *
 * Feeds every file (folders: every file in them, recursively, in name order) to the target
 * once, as libFuzzer would. A crash, a sanitizer report, a warning or a critical ends the
 * run: the test fails. The model suite runs it over tests/fuzz/corpus/TARGET (the seeds) and
 * tests/fuzz/crashes/TARGET (every crash ever found, kept after its fix).
 */

#include "config.h"

#include <string.h>

#include "mp-fuzz.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static guint
replay (const char *path)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      if (dir == NULL)
        g_error ("%s", error->message);
      while ((name = g_dir_read_name (dir)) != NULL)
        if (name[0] != '.' && !g_str_has_suffix (name, ".md"))
          g_ptr_array_add (names, g_build_filename (path, name, NULL));
      g_ptr_array_sort (names, compare_names);

      for (guint i = 0; i < names->len; i++)
        n += replay (g_ptr_array_index (names, i));
    }
  else
    {
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (!g_file_get_contents (path, &contents, &length, &error))
        g_error ("%s", error->message);
      g_print ("%s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
      LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
      n = 1;
    }

  return n;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE-OR-FOLDER...\n", argv[0]);
      return 2;
    }

  for (int i = 1; i < argc; i++)
    n += replay (argv[i]);

  g_print ("%u inputs replayed\n", n);

  /* The seeds at least: an empty corpus would prove nothing. */
  return n > 0 ? 0 : 1;
}
