/* mp-test-files.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-store.h"

G_BEGIN_DECLS

/* Helpers of the reliability tests (issue 8): files compared byte for byte, databases
 * compared row for row, the test binary run again as a child, the command line run as a
 * user would. None of them needs a display. */

/* The SHA-256 of a file's bytes, NULL when it does not exist. */
char      *mp_test_file_sha256        (const char   *path);

/* Every entry of a folder (not recursive), sorted, one line each: "name size sha256" for a
 * file, "name/" for a folder. Equal snapshots: nothing was added, removed or changed. */
char      *mp_test_folder_snapshot    (const char   *folder);

void       mp_test_copy_file          (const char   *from,
                                       const char   *to);
void       mp_test_remove_tree        (const char   *path);

/* Every row of every table of the database at @path (and of @private_path, unless NULL),
 * read through a read-only connection, as text. */
char      *mp_test_dump_database      (const char   *path,
                                       const char   *private_path);

/* The running test binary, to run again as a child (/proc/self/exe). */
char      *mp_test_self_path          (void);

/* A fresh store at @path with the demo data on a pinned day (16 March 2026); its private
 * notes in @private_path. */
MpStore   *mp_test_open_demo_store    (const char   *path,
                                       const char   *private_path);

/* Confidentiality (issue 8): plants a unique marker, starting with MP_TEST_MARKER_PREFIX, in
 * every confidential field of every mentorship: the private notes of every meeting (and of a
 * meeting logged with its note), meeting agendas and summaries, a concern's subject, text and
 * answer, the feedback comments of both roles, the agreed expectations. Returns every marker
 * (transfer full); *@note_markers (optional) gets those of the private notes alone. */
#define MP_TEST_MARKER_PREFIX "ZqConf"

GPtrArray *mp_test_plant_markers       (MpStore      *store,
                                        GPtrArray   **note_markers);

/* Every confidential text the store holds now (demo texts included), at least @min_length
 * bytes long (transfer full). */
GPtrArray *mp_test_collect_confidential (MpStore     *store,
                                         gsize        min_length);

/* Aborts the test when @text holds a marker (or its prefix) or one of @texts. */
void       mp_test_assert_no_confidential (const char  *text,
                                           GPtrArray   *texts,
                                           const char  *where);

/* Runs the `mentoring` binary named by the environment variable MENTORING (meson passes the
 * one it built) with @args, headless: no display, settings in memory, its data folder
 * @data_home. Returns the exit status (-1 when it did not exit normally, e.g. a crash). */
typedef struct
{
  int   status;
  char *out;
  char *err;
} MpTestRun;

void       mp_test_run_clear          (MpTestRun    *run);
void       mp_test_run_cli            (MpTestRun    *run,
                                       const char   *data_home,
                                       const char   *first_arg,
                                       ...) G_GNUC_NULL_TERMINATED;
const char *mp_test_cli_path          (void);

G_END_DECLS
