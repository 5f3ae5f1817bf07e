/* mp-store.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-enums.h"
#include "mp-activity-progress.h"
#include "mp-agreement.h"
#include "mp-concern.h"
#include "mp-department.h"
#include "mp-feedback.h"
#include "mp-introduction.h"
#include "mp-meeting.h"
#include "mp-mentorship.h"
#include "mp-person.h"
#include "mp-progress.h"
#include "mp-program.h"
#include "mp-question.h"

G_BEGIN_DECLS

/* MpStore: the one shared model object, on SQLite.
 *
 * OPENING
 *   mp_store_open (shared, private, &error) opens (or creates) the shared database and
 *   attaches the user's private database as "private". Before anything is written the shared
 *   file is checked through a read-only connection, and it is refused, byte for byte
 *   untouched, when it is not an SQLite file (NOT_A_DATABASE), is the database of another
 *   program (INVALID), comes from a newer version of the app (NEWER_VERSION) or fails PRAGMA
 *   quick_check (CORRUPT). A missing or empty file is created; a missing folder is IO. A file
 *   (or folder) that cannot be written opens read-only: every write then fails with
 *   READ_ONLY, reading works. A new file is set up in one transaction; an older one is
 *   upgraded in one transaction with its first reading, committed only when it is accepted
 *   (a refused one stays as it was), or, read-only, read as it is through temporary views
 *   (PRAGMA user_version; PRAGMA application_id marks the file as ours). The journal is WAL
 *   on a local disk and the rollback journal on a network share (GIO "filesystem::remote"),
 *   so several PCs can share one file; foreign keys are on; a write waits for another
 *   computer's lock up to the busy timeout.
 *
 *   The private database (default: mp_store_get_default_private_path ()) is created with
 *   mode 0600 before SQLite opens it (tightened when it is wider) and holds only the mentor's
 *   private notes, per meeting uuid. No byte of a private note is ever written to the shared
 *   file, and a private path in the shared file's folder is refused (INVALID): whoever can
 *   open that folder must not find the notes there. A demo database gets its own private path
 *   (mp_demo_private_path ()) so that demo notes stay out of the user's real private database. A
 *   write that touches both databases (mp_store_log_meeting () with a note) is one
 *   transaction, atomic for each file.
 *
 * READING: IDENTITY MAP AND LISTS
 *   There is one canonical object per row: every list and lookup returns the same object,
 *   and a change shows as notify:: on it and items-changed on the lists holding it. Lists are
 *   GListModels (transfer none, owned by the store, never replaced; valid while the store
 *   lives, even the emptied history lists of a purged mentorship), in the order rows were
 *   recorded: sort and filter them in the UI. The global lists are loaded when the store
 *   opens; the history of a mentorship (meetings, activity progress, concerns,
 *   introductions, feedback, agreement) when first asked for (one query per kind), or for
 *   every mentorship at once by mp_store_preload (). Lookups take a uuid and return the
 *   canonical object or NULL (transfer none). Instants come back in UTC, whole seconds.
 *
 * WRITING: DRAFTS, ONE TRANSACTION PER METHOD
 *   Writes take a draft: a new object (mp_x_new ()) or mp_x_copy () of the canonical one,
 *   edited. Each method validates, runs one transaction and returns TRUE, or FALSE with a
 *   GError in MP_STORE_ERROR; then neither the database nor any object has changed. On
 *   success a new draft itself becomes the canonical object (it joins the lists: to edit it
 *   again, take a copy), and the draft of an existing row is assigned onto the canonical
 *   object (notify:: for what changed); the draft's references are pointed at the canonical
 *   objects and its instants stored as UTC whole seconds. References inside a draft
 *   (department, mentor, mentorship, meeting, ...) may be any object with the right uuid;
 *   referenced rows must be stored (NOT_FOUND otherwise). Only bound parameters reach SQLite.
 *   Error codes:
 *     CONSTRAINT  a value breaks a rule: a missing name or subject, a malformed e-mail
 *                 address, a login or department name already taken, a second active
 *                 mentorship of an employee, a rating outside 0..5 (the message says which,
 *                 in plain words, ready for the window)
 *     INVALID     the operation does not fit the current state: cancelling a meeting that was
 *                 held, ending a mentorship that already ended, marking a required activity
 *                 not applicable, acting as someone else outside a demo database
 *     NOT_FOUND   the row (or a row the draft refers to) is not in the database
 *     READ_ONLY   the store is read-only
 *     BUSY        another computer kept the file locked longer than the busy timeout
 *     IO          disk full, I/O error, missing folder
 *     CORRUPT     the file is damaged
 *
 * BATCHES (all-or-nothing imports, demo data)
 *   Between mp_store_begin_batch () and mp_store_commit_batch () every write joins one outer
 *   transaction; each method still succeeds or fails whole (a savepoint), and the caller
 *   decides whether to go on or mp_store_rollback_batch (). Objects and lists change only when
 *   the batch commits; a later draft may refer to objects written earlier in the batch.
 *   Lookups and the global lists show the state before the batch; a history first read
 *   during the batch shows the batch's own rows (and is read again on a rollback).
 *
 * OTHER PROCESSES
 *   mp_store_check_for_changes () notices commits of other processes (PRAGMA data_version)
 *   and refreshes the affected lists and objects in place: only the tables and the
 *   histories that changed are read again (triggers keep revision counters). The store runs
 *   it itself every MP_STORE_DEFAULT_WATCH_SECONDS from the main loop
 *   (mp_store_set_watch_interval (self, 0) turns that off, MP_STORE_OPEN_NO_WATCH too); the
 *   app also calls it when a window gains focus.
 *
 * IDENTITY
 *   The current person is the one whose login is g_get_user_name (), or in a demo database
 *   only, the login given to mp_store_set_acting_login () (--as=LOGIN).
 *   mp_store_ensure_current_person () makes the first user of an empty database its HR
 *   administrator: the app calls it at start-up; the command-line import and the demo
 *   generator do not. mp_store_mark_demo () turns a new, empty database into a demo one.
 *
 * SIGNALS AND PROPERTIES
 *   "mentorship-changed" (MpMentorship *): the mentorship, or anything in its history,
 *   changed (in this store or another process); recompute its progress then. Not emitted for
 *   a first load. "people-changed": a person or department already known changed (names
 *   shown elsewhere may have). "refreshed": changes of another process were applied. Read-only
 *   properties: "path", "read-only", "demo", "current-person" (notified when it changes).
 *
 * Everything runs on the thread that opened the store (the main thread). Each function is
 * documented (what it refuses, with which code) where it is defined, in mp-store.c; the
 * notes below each group here are the summary.
 */

#define MP_STORE_SCHEMA_VERSION 4
#define MP_STORE_DEFAULT_WATCH_SECONDS 2
#define MP_STORE_DEFAULT_BUSY_TIMEOUT_MS 10000

#define MP_STORE_ERROR (mp_store_error_quark ())

typedef enum
{
  MP_STORE_ERROR_NOT_FOUND,
  MP_STORE_ERROR_CONSTRAINT,
  MP_STORE_ERROR_BUSY,
  MP_STORE_ERROR_READ_ONLY,
  MP_STORE_ERROR_NEWER_VERSION,
  MP_STORE_ERROR_CORRUPT,
  MP_STORE_ERROR_IO,
  MP_STORE_ERROR_INVALID,
  MP_STORE_ERROR_NOT_A_DATABASE,
} MpStoreError;

typedef enum
{
  MP_STORE_OPEN_DEFAULT          = 0,
  MP_STORE_OPEN_READ_ONLY        = 1 << 0,  /* never write, even when the file is writable */
  MP_STORE_OPEN_ROLLBACK_JOURNAL = 1 << 1,  /* rollback journal as on a network share, even on a local disk */
  MP_STORE_OPEN_NO_WATCH         = 1 << 2,  /* no timer: call mp_store_check_for_changes () yourself */
} MpStoreOpenFlags;

#define MP_TYPE_STORE (mp_store_get_type ())

G_DECLARE_FINAL_TYPE (MpStore, mp_store, MP, STORE, GObject)

GQuark              mp_store_error_quark                      (void);

/* Opening. mp_store_open_full () flags: READ_ONLY never writes; ROLLBACK_JOURNAL uses the
 * network-share journal on any disk (tests, and issue 8's concurrency test); NO_WATCH starts no
 * timer. mp_store_get_journal_mode () is "wal" or "delete". mp_store_set_busy_timeout (): how
 * long a write waits for another computer's lock before BUSY. mp_store_check_for_changes ()
 * returns TRUE when it applied changes. mp_store_preload () reads every history at once,
 * mp_store_preload_mentorships () those of some mentorships (one query per kind either way). */
char               *mp_store_get_default_private_path         (void);
MpStore            *mp_store_open                             (const char          *shared_path,
                                                               const char          *private_path,
                                                               GError             **error);
MpStore            *mp_store_open_full                        (const char          *shared_path,
                                                               const char          *private_path,
                                                               MpStoreOpenFlags     flags,
                                                               GError             **error);
const char         *mp_store_get_path                         (MpStore             *self);
const char         *mp_store_get_private_path                 (MpStore             *self);
gboolean            mp_store_is_read_only                     (MpStore             *self);
gboolean            mp_store_holds_records                    (MpStore             *self);
const char         *mp_store_get_journal_mode                 (MpStore             *self);
void                mp_store_set_busy_timeout                 (MpStore             *self,
                                                               guint                milliseconds);
void                mp_store_set_watch_interval               (MpStore             *self,
                                                               guint                seconds);
gboolean            mp_store_check_for_changes                (MpStore             *self);
gboolean            mp_store_preload                          (MpStore             *self,
                                                               GError             **error);
gboolean            mp_store_preload_mentorships              (MpStore             *self,
                                                               MpMentorship * const *mentorships,
                                                               guint                n,
                                                               GError             **error);

/* What every mentorship's progress summary needs, as plain rows, without loading the
 * histories: mp_store_foreach_progress_rows () calls @func once per mentorship of
 * mp_store_get_mentorships (), in its order, with its meetings and activity progress as
 * mp-progress takes them (from the loaded objects when its history is loaded). One query per
 * table; the rows are valid during the call only. */
typedef void      (*MpStoreProgressRowsFunc)                  (MpMentorship             *mentorship,
                                                               const MpProgressMeeting  *meetings,
                                                               guint                     n_meetings,
                                                               const MpProgressRow      *progress,
                                                               guint                     n_progress,
                                                               gpointer                  user_data);
gboolean            mp_store_foreach_progress_rows            (MpStore                  *self,
                                                               MpStoreProgressRowsFunc   func,
                                                               gpointer                  user_data,
                                                               GError                  **error);

/* Batches: see BATCHES above. begin: INVALID inside a batch, READ_ONLY. commit: INVALID
 * without a batch or after a failed write inside it that SQLite rolled back whole (disk
 * full); on any failure nothing of the batch is saved and the batch is over. */
gboolean            mp_store_begin_batch                      (MpStore             *self,
                                                               GError             **error);
gboolean            mp_store_commit_batch                     (MpStore             *self,
                                                               GError             **error);
void                mp_store_rollback_batch                   (MpStore             *self);
gboolean            mp_store_in_batch                         (MpStore             *self);

/* Lists (transfer none). get_mentorships_for_mentor (): any status, follows new pairings and
 * changes of mentor. get_mentorship_for_employee (): the active one, else the one that
 * started last, else NULL. The history lists of an unsaved mentorship are empty;
 * get_agreement () is NULL until one is saved. */
GListModel         *mp_store_get_departments                  (MpStore             *self);
GListModel         *mp_store_get_people                       (MpStore             *self);
GListModel         *mp_store_get_programs                     (MpStore             *self);
GListModel         *mp_store_get_questions                    (MpStore             *self);
GListModel         *mp_store_get_mentorships                  (MpStore             *self);
GListModel         *mp_store_get_mentorships_for_mentor       (MpStore             *self,
                                                               MpPerson            *mentor);
MpMentorship       *mp_store_get_mentorship_for_employee      (MpStore             *self,
                                                               MpPerson            *employee);
GListModel         *mp_store_get_meetings                     (MpStore             *self,
                                                               MpMentorship        *mentorship);
GListModel         *mp_store_get_activity_progress            (MpStore             *self,
                                                               MpMentorship        *mentorship);
GListModel         *mp_store_get_concerns                     (MpStore             *self,
                                                               MpMentorship        *mentorship);
GListModel         *mp_store_get_introductions                (MpStore             *self,
                                                               MpMentorship        *mentorship);
GListModel         *mp_store_get_feedback                     (MpStore             *self,
                                                               MpMentorship        *mentorship);
MpAgreement        *mp_store_get_agreement                    (MpStore             *self,
                                                               MpMentorship        *mentorship);

/* Lookups (transfer none; NULL when there is none). By name ignores case. A history lookup
 * (meeting, concern, ...) reads the mentorship's history when needed. lookup_program_version
 * (slug, version); get_latest_program (slug): the highest version, the one new mentorships
 * follow. lookup_activity_progress (mentorship, activity id). */
MpDepartment       *mp_store_lookup_department                (MpStore             *self,
                                                               const char          *uuid);
MpDepartment       *mp_store_lookup_department_by_name        (MpStore             *self,
                                                               const char          *name);
MpPerson           *mp_store_lookup_person                    (MpStore             *self,
                                                               const char          *uuid);
MpPerson           *mp_store_lookup_person_by_login           (MpStore             *self,
                                                               const char          *login);
MpProgram          *mp_store_lookup_program                   (MpStore             *self,
                                                               const char          *uuid);
MpProgram          *mp_store_lookup_program_version           (MpStore             *self,
                                                               const char          *slug,
                                                               int                  version);
MpProgram          *mp_store_get_latest_program               (MpStore             *self,
                                                               const char          *slug);
MpQuestion         *mp_store_lookup_question                  (MpStore             *self,
                                                               const char          *uuid);
MpMentorship       *mp_store_lookup_mentorship                (MpStore             *self,
                                                               const char          *uuid);
MpMeeting          *mp_store_lookup_meeting                   (MpStore             *self,
                                                               const char          *uuid);
MpActivityProgress *mp_store_lookup_activity_progress         (MpStore             *self,
                                                               MpMentorship        *mentorship,
                                                               const char          *activity_id);
MpConcern          *mp_store_lookup_concern                   (MpStore             *self,
                                                               const char          *uuid);
gboolean            mp_store_is_suggested_mentor              (MpStore             *self,
                                                               MpPerson            *person);
MpIntroduction     *mp_store_lookup_introduction              (MpStore             *self,
                                                               const char          *uuid);
MpFeedback         *mp_store_lookup_feedback                  (MpStore             *self,
                                                               const char          *uuid);

/* Identity and roles: see IDENTITY above. ensure_current_person (): NULL without error when
 * the user is not in the staff list of a non-empty (or read-only) database. mark_demo ():
 * INVALID unless the database has no people and no mentorships. set_acting_login (NULL)
 * returns to the user's own login; INVALID outside a demo database, NOT_FOUND for an unknown
 * login. current_is_mentor (): mentor of at least one active mentorship. */
const char         *mp_store_get_current_login                (MpStore             *self);
MpPerson           *mp_store_get_current_person               (MpStore             *self);
MpPerson           *mp_store_ensure_current_person            (MpStore             *self,
                                                               GError             **error);
gboolean            mp_store_is_demo                          (MpStore             *self);
gboolean            mp_store_file_is_demo                     (const char          *path);
gboolean            mp_store_mark_demo                        (MpStore             *self,
                                                               GError             **error);
gboolean            mp_store_set_acting_login                 (MpStore             *self,
                                                               const char          *login,
                                                               GError             **error);
gboolean            mp_store_current_is_hr_admin              (MpStore             *self);
gboolean            mp_store_current_is_mentor                (MpStore             *self);
GListModel         *mp_store_get_current_mentorships_as_mentor (MpStore            *self);
MpMentorship       *mp_store_get_current_mentorship_as_employee (MpStore           *self);

/* Sealing what employees and mentors write each other (mp-seal.h) */
void                mp_store_seal_for_current_person          (MpStore             *self);

/* The days the library system is closed (holidays), kept by HR */
GArray             *mp_store_get_closed_days                  (MpStore             *self);
gboolean            mp_store_get_closed_days_readable         (MpStore             *self);
gboolean            mp_store_set_closed_days                  (MpStore             *self,
                                                               GArray              *days,
                                                               GError             **error);
gboolean            mp_store_change_closed_days               (MpStore             *self,
                                                               GArray              *before,
                                                               GArray              *after,
                                                               GError             **error);

/* Meta data: free-form "key" → "value" settings of the shared database (e.g. the last
 * export). set_meta (key, NULL) removes it; "is_demo" and "closed_days" are reserved
 * (INVALID). */
char               *mp_store_get_meta                         (MpStore             *self,
                                                               const char          *key);
gboolean            mp_store_set_meta                         (MpStore             *self,
                                                               const char          *key,
                                                               const char          *value,
                                                               GError             **error);

/* Programs, departments, people, questions.
 * ensure_program (): stores a program unless the same slug and version is stored already (a
 * stored version is never rewritten: editing a template means a new version; new
 * mentorships follow mp_store_get_latest_program ()). The first version of a slug seeds the
 * typical questions and the departments the database does not have yet (by uuid, question
 * text or name). Returns the canonical program; CONSTRAINT when its uuid is another stored
 * program's.
 * save_department (): CONSTRAINT for no name or another department's name.
 * delete_department (): its people are then in no department.
 * save_person (): CONSTRAINT for no name, a malformed e-mail address, a login of someone
 * else, or taking the last active HR administrator away; an empty login is stored as none.
 * deactivate_person (): keeps the history; CONSTRAINT while in an active mentorship or the
 * last HR administrator.
 * save_question (): CONSTRAINT for an empty question. */
MpProgram          *mp_store_ensure_program                   (MpStore             *self,
                                                               MpProgram           *program,
                                                               GError             **error);
gboolean            mp_store_save_department                  (MpStore             *self,
                                                               MpDepartment        *draft,
                                                               GError             **error);
gboolean            mp_store_delete_department                (MpStore             *self,
                                                               MpDepartment        *department,
                                                               GError             **error);
gboolean            mp_store_save_person                      (MpStore             *self,
                                                               MpPerson            *draft,
                                                               GError             **error);
gboolean            mp_store_deactivate_person                (MpStore             *self,
                                                               MpPerson            *person,
                                                               GError             **error);
gboolean            mp_store_save_question                    (MpStore             *self,
                                                               MpQuestion          *draft,
                                                               GError             **error);
gboolean            mp_store_delete_question                  (MpStore             *self,
                                                               MpQuestion          *question,
                                                               GError             **error);

/* Mentorships.
 * create_mentorship (): mp_mentorship_new (mentor, employee, program, start); adds a pending
 * MpActivityProgress for every activity of the program in the same transaction. CONSTRAINT:
 * missing mentor, employee, program or start date, mentor = employee, the employee already
 * has an active mentorship, the mentorship exists; NOT_FOUND: a person or the program is not
 * stored (mp_store_ensure_program () first).
 * save_mentorship (): create, or change mentor, employee, start date, status, end reason and
 * date, and the day it was made (paired_on), as the draft has them (imports); INVALID: a change
 * of program.
 * end_mentorship (): active → ended early, with a reason (CONSTRAINT when empty) and a day
 * (NULL: today; CONSTRAINT before the start). call_off_mentorship (): active and not started
 * by the day given → ended early on its start date, with a reason. complete_mentorship ():
 * active → completed. archive_mentorship ():
 * completed or ended early → archived. unarchive_mentorship (): archived → ended early (with
 * an end reason) or completed, as before. purge_mentorship (): deletes a finished mentorship
 * and all its history for good, with this user's private notes on its meetings (other
 * mentors' private databases are out of reach). All: INVALID from any other status. */
gboolean            mp_store_create_mentorship                (MpStore             *self,
                                                               MpMentorship        *draft,
                                                               GError             **error);
gboolean            mp_store_save_mentorship                  (MpStore             *self,
                                                               MpMentorship        *draft,
                                                               GError             **error);
gboolean            mp_store_end_mentorship                   (MpStore             *self,
                                                               MpMentorship        *mentorship,
                                                               const char          *reason,
                                                               const GDate         *ended_on,
                                                               GError             **error);
gboolean            mp_store_call_off_mentorship              (MpStore             *self,
                                                               MpMentorship        *mentorship,
                                                               const char          *reason,
                                                               const GDate         *on,
                                                               GError             **error);
gboolean            mp_store_complete_mentorship              (MpStore             *self,
                                                               MpMentorship        *mentorship,
                                                               const GDate         *ended_on,
                                                               GError             **error);
gboolean            mp_store_archive_mentorship               (MpStore             *self,
                                                               MpMentorship        *mentorship,
                                                               GError             **error);
gboolean            mp_store_unarchive_mentorship             (MpStore             *self,
                                                               MpMentorship        *mentorship,
                                                               GError             **error);
gboolean            mp_store_purge_mentorship                 (MpStore             *self,
                                                               MpMentorship        *mentorship,
                                                               GError             **error);

/* Meetings and private notes.
 * save_meeting (): schedule (a new draft) or change one (reschedule: a copy with a new
 * "starts-at"). CONSTRAINT: no mentorship or start; INVALID: moving it to another mentorship.
 * cancel_meeting (): scheduled → cancelled (nothing to do twice); INVALID once held.
 * log_meeting (): records the draft (a copy of a scheduled meeting, or a new informal one) as
 * held, ticks @activity_ids done on the meeting's local day at this meeting (those already
 * done keep their first meeting) and keeps @private_note (NULL: unchanged, "": removed), in
 * one transaction. CONSTRAINT: an activity the program does not have.
 * get_private_note (): this user's note, from the private database (transfer full, NULL).
 * set_private_note (): NULL or "" removes it; NOT_FOUND when the meeting is not stored. */
gboolean            mp_store_save_meeting                     (MpStore             *self,
                                                               MpMeeting           *draft,
                                                               GError             **error);
gboolean            mp_store_cancel_meeting                   (MpStore             *self,
                                                               MpMeeting           *meeting,
                                                               GError             **error);
gboolean            mp_store_log_meeting                      (MpStore             *self,
                                                               MpMeeting           *draft,
                                                               const char * const  *activity_ids,
                                                               const char          *private_note,
                                                               GError             **error);
gboolean            mp_store_correct_meeting                  (MpStore             *self,
                                                               MpMeeting           *draft,
                                                               const char * const  *activity_ids,
                                                               const char          *private_note,
                                                               GError             **error);
char               *mp_store_get_private_note                 (MpStore             *self,
                                                               MpMeeting           *meeting);
gboolean            mp_store_set_private_note                 (MpStore             *self,
                                                               MpMeeting           *meeting,
                                                               const char          *text,
                                                               GError             **error);

/* Activities.
 * set_activity_state (): DONE with a day (NULL: today) and optionally the meeting (of the same
 * mentorship, CONSTRAINT otherwise); NOT_APPLICABLE only for an optional activity (INVALID);
 * PENDING clears day and meeting.
 * record_hr_follow_up (): HR's follow-up day (NULL: today) and note; INVALID when the activity
 * has no HR follow-up or is not done yet.
 * save_activity_progress (): stores every value of the draft for the activity it names in its
 * mentorship (imports); the row keeps its own uuid. CONSTRAINT: an activity the program does
 * not have, a day or meeting on an activity that is not done. */
gboolean            mp_store_set_activity_state               (MpStore             *self,
                                                               MpActivityProgress  *progress,
                                                               MpActivityState      state,
                                                               const GDate         *done_on,
                                                               MpMeeting           *meeting,
                                                               GError             **error);
gboolean            mp_store_record_hr_follow_up              (MpStore             *self,
                                                               MpActivityProgress  *progress,
                                                               const GDate         *on,
                                                               const char          *note,
                                                               GError             **error);
gboolean            mp_store_save_activity_progress           (MpStore             *self,
                                                               MpActivityProgress  *draft,
                                                               GError             **error);

/* Concerns, introductions, agreement, feedback.
 * save_concern (): raise (new draft; "raised-at" now when unset) or change; CONSTRAINT: no
 * subject. The needed-by day is not checked against today (the windows warn; imports carry old
 * days). answer_concern (): status answered, "answered-at" now; CONSTRAINT: empty answer;
 * INVALID: closed. close_concern (): nothing to do twice.
 * save_introduction (): CONSTRAINT: no colleague name; NOT_FOUND: the colleague person is not
 * stored. Its day is not checked against today nor the mentorship's start and end, as a
 * meeting's is not (the dashboard refuses those; imports carry what was kept, and HR may move
 * a start later). delete_introduction ().
 * save_agreement (): one per mentorship; CONSTRAINT for a second one (change the one of
 * mp_store_get_agreement () through mp_agreement_copy ()).
 * save_feedback (): "submitted-at" now when unset; CONSTRAINT: a rating outside 0..5, or that
 * role already gave feedback on the mentorship. */
gboolean            mp_store_save_concern                     (MpStore             *self,
                                                               MpConcern           *draft,
                                                               GError             **error);
gboolean            mp_store_answer_concern                   (MpStore             *self,
                                                               MpConcern           *concern,
                                                               const char          *answer,
                                                               GError             **error);
gboolean            mp_store_close_concern                    (MpStore             *self,
                                                               MpConcern           *concern,
                                                               GError             **error);
gboolean            mp_store_save_introduction                (MpStore             *self,
                                                               MpIntroduction      *draft,
                                                               GError             **error);
gboolean            mp_store_delete_introduction              (MpStore             *self,
                                                               MpIntroduction      *introduction,
                                                               GError             **error);
gboolean            mp_store_save_agreement                   (MpStore             *self,
                                                               MpAgreement         *draft,
                                                               GError             **error);
gboolean            mp_store_save_feedback                    (MpStore             *self,
                                                               MpFeedback          *draft,
                                                               GError             **error);

G_END_DECLS
