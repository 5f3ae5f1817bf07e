/* mp-json.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-store.h"

G_BEGIN_DECLS

/* The exchange format "mentoring/1": one UTF-8 JSON document holding the programs,
 * departments, people, typical questions and mentorships (with their meetings, activities,
 * introductions, agreement, concerns and feedback) of a store. Records are known by their
 * "uuid" and refer to each other by uuid; days are "YYYY-MM-DD", instants ISO 8601 in UTC.
 * The README ("Exchange format (JSON)") and the comment at the top of mp-json.c describe
 * every member.
 *
 * EXPORT holds no confidential text: no private notes, no concern subject, text or answer,
 * no feedback comment, no meeting agenda or summary, no agreed expectations: only names,
 * states, dates and counts. The file is written atomically (mode 0600).
 *
 * IMPORT is all-or-nothing: the whole document is checked first, then everything is written
 * in one store batch; on any error nothing changes, neither the database nor any object.
 * Records merge by uuid: a new uuid is added, a known one is updated when a value differs,
 * so importing the same file twice changes nothing the second time. Fields the format does
 * not carry (the confidential ones above) keep their stored values. A refused document gives
 * an error whose message starts with the JSON path of the first bad value:
 *   "$.people[3].email: not an e-mail address"
 *   "$.mentorships[0].mentor: no person with uuid “…”"
 * The input file is only read, never written.
 */

#define MP_JSON_FORMAT "mentoring/1"

/* Limits checked before anything is parsed (or, for strings, while checking). */
#define MP_JSON_MAX_FILE_SIZE    (256 * 1024 * 1024)  /* bytes */
#define MP_JSON_MAX_DEPTH        64                   /* nesting of objects and arrays */
#define MP_JSON_MAX_STRING_BYTES (64 * 1024)          /* one string value, in UTF-8 bytes */

#define MP_JSON_ERROR (mp_json_error_quark ())

typedef enum
{
  MP_JSON_ERROR_PARSE,                /* not JSON, not UTF-8, a NUL byte, nested too deeply */
  MP_JSON_ERROR_TOO_LARGE,            /* the file or one string is over its limit */
  MP_JSON_ERROR_UNSUPPORTED_VERSION,  /* "format" is not "mentoring/1" */
  MP_JSON_ERROR_INVALID,              /* wrong type, missing member, bad value, unknown member */
  MP_JSON_ERROR_DUPLICATE,            /* the same uuid (or name, login, ...) twice in the file */
  MP_JSON_ERROR_REFERENCE,            /* a uuid that names no record of the right kind */
  MP_JSON_ERROR_CONFLICT,             /* clashes with the database (login of someone else, ...) */
} MpJsonError;

/* The kinds of record an import counts. */
typedef enum
{
  MP_JSON_KIND_PROGRAM,
  MP_JSON_KIND_DEPARTMENT,
  MP_JSON_KIND_PERSON,
  MP_JSON_KIND_QUESTION,
  MP_JSON_KIND_MENTORSHIP,
  MP_JSON_KIND_MEETING,
  MP_JSON_KIND_ACTIVITY,
  MP_JSON_KIND_INTRODUCTION,
  MP_JSON_KIND_AGREEMENT,
  MP_JSON_KIND_CONCERN,
  MP_JSON_KIND_FEEDBACK,
  MP_JSON_KIND_CLOSED_DAY,
  MP_JSON_N_KINDS
} MpJsonKind;

typedef struct
{
  guint added;
  guint updated;
  guint unchanged;
} MpJsonCounts;

typedef struct
{
  MpJsonCounts kinds[MP_JSON_N_KINDS];
  MpJsonCounts total;
} MpJsonImportSummary;

/**
 * MpJsonStage:
 * @MP_JSON_STAGE_READING: an import reads and parses its file (not counted: done and total
 *   are 0); an export reads the database's records (counted in mentorships)
 * @MP_JSON_STAGE_CHECKING: an import reads each record and compares it with the stored
 *   one (counted in top-level records: people, mentorships with their history, ...)
 * @MP_JSON_STAGE_WRITING: an import writes what is added or changed, in one transaction
 *   (counted in records); an export writes its file (not counted)
 *
 * Where an import or an export is, for a progress bar.
 */
typedef enum
{
  MP_JSON_STAGE_READING,
  MP_JSON_STAGE_CHECKING,
  MP_JSON_STAGE_WRITING,
} MpJsonStage;

/**
 * MpJsonImportFlags:
 * @MP_JSON_IMPORT_DEFAULT: import everything the document holds
 * @MP_JSON_IMPORT_UNLESS_UPDATING: write only when the document changes no record the
 *   database already has (see mp_json_import_data_unless_updating ())
 */
typedef enum
{
  MP_JSON_IMPORT_DEFAULT         = 0,
  MP_JSON_IMPORT_UNLESS_UPDATING = 1 << 0,
} MpJsonImportFlags;

/**
 * MpJsonProgressFunc:
 * @stage: where the import is
 * @done: records done in @stage
 * @total: records in @stage (0 when not counted)
 *
 * Called from the thread that runs the import or export, at each stage and every few
 * records.
 */
typedef void (*MpJsonProgressFunc) (MpJsonStage stage,
                                    guint       done,
                                    guint       total,
                                    gpointer    user_data);

GQuark       mp_json_error_quark              (void);

const char  *mp_json_kind_get_name            (MpJsonKind                 kind);
char        *mp_json_import_summary_to_string (const MpJsonImportSummary *summary);

char        *mp_json_export_data              (MpStore                   *store,
                                               gsize                     *length,
                                               GError                   **error);
gboolean     mp_json_export_file              (MpStore                   *store,
                                               const char                *path,
                                               GError                   **error);
gboolean     mp_json_export_file_full         (MpStore                   *store,
                                               const char                *path,
                                               GCancellable              *cancellable,
                                               MpJsonProgressFunc         progress,
                                               gpointer                   progress_data,
                                               GError                   **error);

gboolean     mp_json_import_data              (MpStore                   *store,
                                               const char                *data,
                                               gsize                      length,
                                               MpJsonImportSummary       *summary,
                                               GError                   **error);
gboolean     mp_json_import_file              (MpStore                   *store,
                                               const char                *path,
                                               MpJsonImportSummary       *summary,
                                               GError                   **error);
gboolean     mp_json_import_data_unless_updating (MpStore                *store,
                                                  const char             *data,
                                                  gsize                   length,
                                                  MpJsonImportSummary    *summary,
                                                  gboolean               *imported,
                                                  GError                **error);
gboolean     mp_json_import_file_unless_updating (MpStore                *store,
                                                  const char             *path,
                                                  MpJsonImportSummary    *summary,
                                                  gboolean               *imported,
                                                  GError                **error);
gboolean     mp_json_import_file_full         (MpStore                   *store,
                                               const char                *path,
                                               MpJsonImportFlags          flags,
                                               GCancellable              *cancellable,
                                               MpJsonProgressFunc         progress,
                                               gpointer                   progress_data,
                                               MpJsonImportSummary       *summary,
                                               gboolean                  *imported,
                                               GError                   **error);

char        *mp_json_closed_days_to_string    (GArray                    *days);
GArray      *mp_json_closed_days_from_string  (const char                *text,
                                               GError                   **error);

G_END_DECLS
