/* fuzz-json-import.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A libFuzzer target for the JSON import.
 *
 * Each input is an exchange file imported into a store holding the demo data. Besides
 * crashes and sanitizer reports, it checks what the import promises:
 * - a refusal has a one-line message and leaves no batch open;
 * - an accepted document exports again, and that export imports with nothing to change.
 * After an accepted input the store is set back to the demo data, so inputs stay independent.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "mp-demo.h"
#include "mp-fuzz.h"
#include "mp-json.h"
#include "mp-model.h"

static MpStore *store;
static char *template_path;
static char *path;
static char *private_path;

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  if (!g_file_get_contents (from, &contents, &length, &error) ||
      !g_file_set_contents (to, contents, length, &error))
    g_error ("%s", error->message);
}

static void
open_fresh (void)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };
  g_autoptr(GError) error = NULL;

  g_clear_object (&store);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);

      g_unlink (companion);
    }
  copy_file (template_path, path);

  store = mp_store_open_full (path, private_path, MP_STORE_OPEN_NO_WATCH, &error);
  if (store == NULL)
    g_error ("The demo database does not open: %s", error->message);
}

static void
init (void)
{
  const char *folder = mp_fuzz_init ();
  g_autofree char *template_private = g_build_filename (folder, "template-private", "notes.sqlite", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MpStore) demo = NULL;
  GDate today;

  template_path = g_build_filename (folder, "template.sqlite", NULL);
  path = g_build_filename (folder, "import.sqlite", NULL);
  private_path = g_build_filename (folder, "private", "notes.sqlite", NULL);

  demo = mp_store_open_full (template_path, template_private, MP_STORE_OPEN_NO_WATCH, &error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 16, G_DATE_MARCH, 2026);
  if (demo == NULL || !mp_demo_populate (demo, &today, &error))
    g_error ("No demo database: %s", error->message);
  g_clear_object (&demo);

  open_fresh ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  MpJsonImportSummary summary = { 0 };
  g_autoptr(GError) error = NULL;

  if (store == NULL)
    init ();

  if (!mp_json_import_data (store, (const char *) data, size, &summary, &error))
    {
      if (error == NULL || error->message[0] == '\0' || strchr (error->message, '\n') != NULL)
        g_error ("A refused import without a one-line message: “%s”", error ? error->message : "(none)");
      if (mp_store_in_batch (store))
        g_error ("A refused import left its batch open");
      return 0;
    }

  /* Accepted: what it holds now exports, and that export changes nothing when imported. */
  {
    g_autofree char *exported = NULL;
    MpJsonImportSummary again = { 0 };
    gsize length = 0;

    exported = mp_json_export_data (store, &length, &error);
    if (exported == NULL)
      g_error ("An accepted import does not export: %s", error->message);
    if (!mp_json_import_data (store, exported, length, &again, &error))
      g_error ("The export of an accepted import is refused: %s", error->message);
    if (again.total.added != 0 || again.total.updated != 0)
      {
        g_autofree char *text = mp_json_import_summary_to_string (&again);

        g_error ("Importing the export again changed something: %s", text);
      }
  }

  open_fresh ();

  return 0;
}
