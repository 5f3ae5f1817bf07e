/* mp-paths.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where the app keeps its databases by default, in the user's data folder
 * ($XDG_DATA_HOME/com.alliancelibrarysystem.Mentoring):
 *
 *   shared/mentoring.sqlite   the shared database (when no --database or setting names one)
 *   private.sqlite            the user's private notes (mp_store_get_default_private_path ())
 *   demo-notes/…              the private notes of demo databases (mp_demo_private_path ())
 *
 * The shared file has a folder of its own, so that the private notes are never in it (the
 * store refuses a private database in the shared file's folder). Earlier builds kept
 * the shared file beside the private one, as mentoring.sqlite: mp_paths_move_database ()
 * moves such a file (with its -wal and -journal) into shared/ once, when nothing has it open.
 */

char     *mp_paths_get_default_shared_path  (void);
char     *mp_paths_get_old_shared_path      (void);

gboolean  mp_paths_move_database            (const char  *from,
                                             const char  *to,
                                             GError     **error);
gboolean  mp_paths_is_same_file             (const char  *a,
                                             const char  *b);
char     *mp_paths_get_output_target        (const char  *path,
                                             gboolean    *direct);
gboolean  mp_paths_read_start               (const char  *path,
                                             guint8      *buffer,
                                             gsize        size,
                                             gsize       *length);
gboolean  mp_paths_is_database_file         (const char  *path);
gboolean  mp_paths_check_output             (const char  *path,
                                             GError     **error);
gboolean  mp_paths_write_private_file       (const char  *path,
                                             const char  *data,
                                             gssize       length,
                                             GError     **error);

G_END_DECLS
