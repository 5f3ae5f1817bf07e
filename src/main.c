/* main.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "mp-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(MpApplication) app = NULL;
  const char *localedir = g_getenv ("MENTORING_LOCALEDIR");

  /* build-aux/run.sh points MENTORING_LOCALEDIR at the build tree's catalogues. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = mp_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
