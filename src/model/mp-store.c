/* mp-store.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "mp-enum-types.h"
#include "mp-json.h"
#include "mp-model-private.h"
#include "mp-paths.h"
#include "mp-schedule.h"
#include "mp-seal.h"
#include "mp-sqlite.h"
#include "mp-store.h"
#include "mp-store-private.h"
#include "mp-text.h"

/* How the store works (see also mp-store.h):
 *
 * - Every row has one canonical object, kept in a Registry per kind (by uuid and by row id).
 *   Global lists (departments, people, programs, questions, mentorships) are loaded at open;
 *   the history of a mentorship (meetings, activity progress, concerns, introductions,
 *   agreement, feedback) when first asked for. Every child object in a registry belongs to a
 *   loaded history and is in its list.
 * - Reading is two-phased: read rows into fresh objects (a Snapshot, inside one read
 *   transaction), then apply them: assign onto the canonical objects, add new ones, drop
 *   vanished ones. The same code loads at open, loads a history, and refreshes after another
 *   process committed.
 * - A write method validates, runs its SQL in one transaction (a savepoint inside a batch) and
 *   queues Ops; the Ops change the objects only after the commit, so a failed write changes
 *   nothing.
 * - Triggers bump "revisions" (per global table) and mentorships.revision (per history), so
 *   another process's commit, noticed through PRAGMA data_version, reloads only what changed.
 */

#define APPLICATION_ID          0x4D4E5452  /* "MNTR" in PRAGMA application_id */
#define PRIVATE_SCHEMA_VERSION  2
#define PRIVATE_DIR_NAME        "com.alliancelibrarysystem.Mentoring"
#define REFRESH_BUSY_TIMEOUT_MS 250
#define MMAP_SIZE               268435456  /* 256 MiB of the shared file, read through mmap () */
#define ISO_INSTANT_FORMAT      "%Y-%m-%dT%H:%M:%SZ"

typedef enum
{
  KIND_DEPARTMENT,
  KIND_PERSON,
  KIND_PROGRAM,
  KIND_QUESTION,
  KIND_MENTORSHIP,
  /* the history of a mentorship */
  KIND_MEETING,
  KIND_PROGRESS,
  KIND_CONCERN,
  KIND_INTRODUCTION,
  KIND_AGREEMENT,
  KIND_FEEDBACK,
  N_KINDS
} Kind;

#define N_GLOBAL_KINDS KIND_MEETING
#define KIND_IS_CHILD(k) ((k) >= KIND_MEETING)
#define KIND_BIT(k) (1u << (k))
#define HISTORY_KINDS (KIND_BIT (KIND_MEETING) | KIND_BIT (KIND_PROGRESS) | KIND_BIT (KIND_CONCERN) | \
                       KIND_BIT (KIND_INTRODUCTION) | KIND_BIT (KIND_AGREEMENT) | KIND_BIT (KIND_FEEDBACK))
#define REVISION_META N_GLOBAL_KINDS
/* The kinds other rows refer to by id: only their snapshot rows need an id → row table. */
#define REFERENCED_KINDS (KIND_BIT (KIND_DEPARTMENT) | KIND_BIT (KIND_PERSON) | KIND_BIT (KIND_PROGRAM) | \
                          KIND_BIT (KIND_MENTORSHIP) | KIND_BIT (KIND_MEETING))

/* Row names in the "revisions" table, by kind; the last one is the meta table. */
static const char * const revision_names[N_GLOBAL_KINDS + 1] = {
  [KIND_DEPARTMENT] = "departments",
  [KIND_PERSON] = "people",
  [KIND_PROGRAM] = "programs",
  [KIND_QUESTION] = "questions",
  [KIND_MENTORSHIP] = "mentorships",
  [REVISION_META] = "meta",
};

typedef struct
{
  gint64      id;
  const char *uuid;    /* the object's own: a uuid is construct-only */
  GObject    *object;
} Entry;

typedef struct
{
  GHashTable *by_uuid;  /* uuid → Entry (owned) */
  GHashTable *by_id;    /* &Entry.id → Entry */
} Registry;

typedef struct
{
  MpMentorship *mentorship;      /* Borrowed: the canonical object */
  GListStore   *lists[N_KINDS];  /* Owned: one per child kind but the agreement */
  MpAgreement  *agreement;       /* Owned, nullable */
  gint64        revision;        /* mentorships.revision when last read */
  gboolean      loaded;
} History;

typedef enum
{
  OP_UPSERT,          /* make object canonical, or assign it onto the canonical one */
  OP_FORGET,          /* the row is gone */
  OP_RELOAD_HISTORY,  /* re-read a mentorship's activity progress (what a logged meeting ticked) */
  OP_RELOAD_KIND,     /* re-read a global table (side effects of a write) */
  OP_RELOAD_META,
} OpType;

typedef struct
{
  OpType     type;
  Kind       kind;
  gint64     id;
  GObject   *object;          /* OP_UPSERT (owned) */
  char      *uuid;            /* OP_FORGET, OP_RELOAD_HISTORY */
  int        meeting_status;  /* OP_UPSERT of a meeting: status to set first, or -1 */
  GDateTime *stamp;           /* OP_UPSERT: raised-at / submitted-at the draft lacked */
} Op;

typedef struct
{
  Kind  kind;
  char *uuid;
} PendingChild;

typedef struct
{
  gint64   id;
  gint64   parent;  /* children: mentorships.id; mentorships: their revision */
  GObject *object;  /* fresh object (owned) */
} Row;

typedef struct
{
  GPtrArray  *rows[N_KINDS];       /* Row; NULL when that kind was not read */
  GHashTable *by_id[N_KINDS];      /* &Row.id → Row, to resolve references */
  GHashTable *histories;           /* &History-mentorship-id → History being (re)read */
  gboolean    whole_histories;     /* every kind of those histories was read */
  gint64      revisions[N_GLOBAL_KINDS + 1];
  gboolean    have_revisions;
  gboolean    have_meta;
  gboolean    is_demo;
  GArray     *closed_days;         /* MpClosedDay, with have_meta */
  gboolean    closed_days_unreadable;
} Snapshot;

/* Every mentorship's progress rows (mp_store_foreach_progress_rows ()). */
typedef struct _ProgressRows ProgressRows;

static void          progress_rows_free (ProgressRows  *rows);
static ProgressRows *read_progress_rows (MpStore       *self,
                                         GError       **error);

struct _MpStore
{
  GObject      parent_instance;

  /* Owned */
  sqlite3     *db;
  char        *path;
  char        *private_path;
  char        *journal_mode;
  char        *acting_login;
  GHashTable  *statements;         /* SQL text (owned by its statement) → sqlite3_stmt */
  Registry     registries[N_KINDS];
  GListStore  *lists[N_GLOBAL_KINDS];
  GHashTable  *histories;          /* MpMentorship* → History */
  GHashTable  *revisions_seen;     /* &mentorships.id → their revision when last read */
  GHashTable  *mentor_lists;       /* mentor uuid → GListStore of MpMentorship */
  GListStore  *no_mentorships;     /* an empty list for "nobody" */
  GListStore  *empty_lists[N_KINDS];  /* histories of mentorships that are not stored */
  GPtrArray   *retired;            /* emptied lists of forgotten rows, kept valid for their holders */
  GPtrArray   *ops;                /* Op, applied after the commit */
  GHashTable  *pending_programs;   /* in a batch: uuid → MpProgram written in it */
  GHashTable  *changed;            /* MpMentorship* (ref) to announce after applying */
  GHashTable  *pending_loads;      /* mentorship uuids whose history apply_ops () reads at its end */
  GHashTable  *pending_reloads;    /* mentorship uuids whose activity progress apply_ops () re-reads */
  GPtrArray   *pending_children;   /* PendingChild registered before their history was read */
  ProgressRows *preread_progress;  /* read at opening while the integrity check ran, for the
                                    * first mp_store_foreach_progress_rows (); dropped by any
                                    * change before then */

  MpPerson    *announced_person;   /* the last one "current-person" was notified for */

  /* Borrowed */
  MpPerson    *current_person;     /* valid when current_valid */

  gint64       revisions[N_GLOBAL_KINDS + 1];
  gint64       data_version;
  guint        watch_source;
  guint        busy_timeout;
  guint        busy_wait;        /* how long the current wait for a lock may last (ms) */
  gint64       busy_since;       /* when it began (monotonic µs) */
  GArray      *batch_people;     /* gint64 ids of people to check at the batch's commit */
  GArray      *closed_days;      /* MpClosedDay, sorted: the "closed_days" setting */
  GPtrArray   *seal_keys;        /* MpSealKey: this computer account's, from private.keys */
  gint64       keys_seen;        /* the newest published key at the last seal pass; -1: none yet */
  guint        read_only : 1;
  guint        in_batch : 1;
  guint        batch_failed : 1;
  guint        is_demo : 1;
  guint        closed_days_unreadable : 1;  /* the stored value is none this version reads */
  guint        current_valid : 1;
  guint        people_changed : 1;    /* a person or department was updated: "people-changed" */
};

G_DEFINE_FINAL_TYPE (MpStore, mp_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (mp-store-error-quark, mp_store_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_READ_ONLY,
  PROP_DEMO,
  PROP_CURRENT_PERSON,
  PROP_CLOSED_DAYS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  MENTORSHIP_CHANGED,
  PEOPLE_CHANGED,
  REFRESHED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* A statement borrowed from the cache: released by a reset, never finalized. */
typedef sqlite3_stmt MpCachedStmt;

static void
cached_stmt_release (MpCachedStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpCachedStmt, cached_stmt_release)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

#define DATE_CHECK(col) "(" col " IS NULL OR date (" col ", '+0 days') IS " col ")"
#define INSTANT_CHECK(col) "(" col " IS NULL OR strftime ('" ISO_INSTANT_FORMAT "', " col ", '+0 seconds') IS " col ")"
#define UUID_CHECK "CHECK (length (uuid) = 36)"

/* Whenever one of these tables changes, its row in "revisions" goes up. */
#define BUMP_TABLE(t) \
  "CREATE TRIGGER " t "_bump_insert AFTER INSERT ON " t " BEGIN\n" \
  "  UPDATE revisions SET revision = revision + 1 WHERE name = '" t "';\n" \
  "END;\n" \
  "CREATE TRIGGER " t "_bump_update AFTER UPDATE ON " t " BEGIN\n" \
  "  UPDATE revisions SET revision = revision + 1 WHERE name = '" t "';\n" \
  "END;\n" \
  "CREATE TRIGGER " t "_bump_delete AFTER DELETE ON " t " BEGIN\n" \
  "  UPDATE revisions SET revision = revision + 1 WHERE name = '" t "';\n" \
  "END;\n"

/* Whenever a mentorship's history changes, the mentorship's revision goes up. */
#define BUMP_MENTORSHIP(t) \
  "CREATE TRIGGER " t "_bump_insert AFTER INSERT ON " t " BEGIN\n" \
  "  UPDATE mentorships SET revision = revision + 1 WHERE id = NEW.mentorship_id;\n" \
  "END;\n" \
  "CREATE TRIGGER " t "_bump_update AFTER UPDATE ON " t " BEGIN\n" \
  "  UPDATE mentorships SET revision = revision + 1 WHERE id IN (OLD.mentorship_id, NEW.mentorship_id);\n" \
  "END;\n" \
  "CREATE TRIGGER " t "_bump_delete AFTER DELETE ON " t " BEGIN\n" \
  "  UPDATE mentorships SET revision = revision + 1 WHERE id = OLD.mentorship_id;\n" \
  "END;\n"

/* Schema version 1. Dates are "YYYY-MM-DD", instants UTC "YYYY-MM-DDTHH:MM:SSZ", enums their
 * nicks (mp-enum-types). AUTOINCREMENT: a row id is never reused, so the identity map's
 * id → object stays sound after deletions. */
static const char schema_v1[] =
  "CREATE TABLE meta (\n"
  "  key   TEXT PRIMARY KEY NOT NULL CHECK (length (key) > 0),\n"
  "  value TEXT NOT NULL\n"
  ") WITHOUT ROWID;\n"

  "CREATE TABLE revisions (\n"
  "  name     TEXT PRIMARY KEY NOT NULL,\n"
  "  revision INTEGER NOT NULL DEFAULT 0\n"
  ") WITHOUT ROWID;\n"
  "INSERT INTO revisions (name) VALUES ('meta'), ('programs'), ('departments'), ('people'),\n"
  "                                    ('questions'), ('mentorships');\n"

  /* A program version is never rewritten: a new template version is a new row. */
  "CREATE TABLE programs (\n"
  "  id          INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  uuid        TEXT NOT NULL UNIQUE " UUID_CHECK ",\n"
  "  slug        TEXT NOT NULL CHECK (length (slug) > 0),\n"
  "  version     INTEGER NOT NULL CHECK (version >= 1),\n"
  "  name        TEXT NOT NULL CHECK (length (trim (name)) > 0),\n"
  "  definition  TEXT NOT NULL CHECK (json_valid (definition)),\n"
  "  imported_at TEXT NOT NULL CHECK " INSTANT_CHECK ("imported_at") ",\n"
  "  UNIQUE (slug, version)\n"
  ");\n"

  "CREATE TABLE departments (\n"
  "  id          INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  uuid        TEXT NOT NULL UNIQUE " UUID_CHECK ",\n"
  "  name        TEXT NOT NULL CHECK (length (trim (name)) > 0),\n"
  "  description TEXT NOT NULL DEFAULT '',\n"
  "  ask_for     TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "CREATE UNIQUE INDEX departments_by_name ON departments (name COLLATE NOCASE);\n"

  "CREATE TABLE people (\n"
  "  id            INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  uuid          TEXT NOT NULL UNIQUE " UUID_CHECK ",\n"
  "  name          TEXT NOT NULL CHECK (length (trim (name)) > 0),\n"
  "  login         TEXT CHECK (login IS NULL OR length (login) > 0),\n"
  "  email         TEXT NOT NULL DEFAULT '',\n"
  "  phone         TEXT NOT NULL DEFAULT '',\n"
  "  title         TEXT NOT NULL DEFAULT '',\n"
  "  department_id INTEGER REFERENCES departments (id) ON DELETE SET NULL,\n"
  "  is_hr_admin   INTEGER NOT NULL DEFAULT 0 CHECK (is_hr_admin IN (0, 1)),\n"
  "  may_mentor    INTEGER NOT NULL DEFAULT 0 CHECK (may_mentor IN (0, 1)),\n"
  "  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))\n"
  ");\n"
  "CREATE UNIQUE INDEX people_by_login ON people (login) WHERE login IS NOT NULL;\n"
  "CREATE INDEX people_by_department ON people (department_id);\n"

  /* The typical questions of new employees, with the answers HR keeps. */
  "CREATE TABLE questions (\n"
  "  id       INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  uuid     TEXT NOT NULL UNIQUE " UUID_CHECK ",\n"
  "  question TEXT NOT NULL CHECK (length (trim (question)) > 0),\n"
  "  answer   TEXT NOT NULL DEFAULT '',\n"
  "  ask_whom TEXT NOT NULL DEFAULT ''\n"
  ");\n"

  "CREATE TABLE mentorships (\n"
  "  id          INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  uuid        TEXT NOT NULL UNIQUE " UUID_CHECK ",\n"
  "  mentor_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,\n"
  "  employee_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,\n"
  "  program_id  INTEGER NOT NULL REFERENCES programs (id) ON DELETE RESTRICT,\n"
  "  start_date  TEXT NOT NULL CHECK " DATE_CHECK ("start_date") ",\n"
  "  status      TEXT NOT NULL DEFAULT 'active'\n"
  "              CHECK (status IN ('active', 'completed', 'ended-early', 'archived')),\n"
  "  end_reason  TEXT NOT NULL DEFAULT '',\n"
  "  ended_on    TEXT CHECK " DATE_CHECK ("ended_on") ",\n"
  "  revision    INTEGER NOT NULL DEFAULT 0,\n"
  "  CHECK (mentor_id <> employee_id)\n"
  ");\n"
  "CREATE INDEX mentorships_by_mentor ON mentorships (mentor_id);\n"
  "CREATE INDEX mentorships_by_employee ON mentorships (employee_id);\n"
  "CREATE INDEX mentorships_by_program ON mentorships (program_id);\n"
  "CREATE UNIQUE INDEX mentorships_one_active_per_employee ON mentorships (employee_id)\n"
  "  WHERE status = 'active';\n"

  "CREATE TABLE meetings (\n"
  "  id               INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  uuid             TEXT NOT NULL UNIQUE " UUID_CHECK ",\n"
  "  mentorship_id    INTEGER NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,\n"
  "  starts_at        TEXT NOT NULL CHECK " INSTANT_CHECK ("starts_at") ",\n"
  "  duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes BETWEEN 0 AND 1440),\n"
  "  mode             TEXT NOT NULL CHECK (mode IN ('in-person', 'phone', 'email', 'lunch', 'video')),\n"
  "  status           TEXT NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled')),\n"
  "  place            TEXT NOT NULL DEFAULT '',\n"
  "  agenda           TEXT NOT NULL DEFAULT '',\n"
  "  summary          TEXT NOT NULL DEFAULT '',\n"
  "  informal         INTEGER NOT NULL DEFAULT 0 CHECK (informal IN (0, 1))\n"
  ");\n"
  "CREATE INDEX meetings_by_mentorship ON meetings (mentorship_id, starts_at);\n"
  "CREATE INDEX meetings_by_start ON meetings (starts_at);\n"

  "CREATE TABLE activity_progress (\n"
  "  id                INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  uuid              TEXT NOT NULL UNIQUE " UUID_CHECK ",\n"
  "  mentorship_id     INTEGER NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,\n"
  "  activity_id       TEXT NOT NULL CHECK (length (activity_id) > 0),\n"
  "  state             TEXT NOT NULL DEFAULT 'pending'\n"
  "                    CHECK (state IN ('pending', 'done', 'not-applicable')),\n"
  "  done_on           TEXT CHECK " DATE_CHECK ("done_on") ",\n"
  "  meeting_id        INTEGER REFERENCES meetings (id) ON DELETE SET NULL,\n"
  "  hr_followed_up_on TEXT CHECK " DATE_CHECK ("hr_followed_up_on") ",\n"
  "  hr_note           TEXT NOT NULL DEFAULT '',\n"
  "  UNIQUE (mentorship_id, activity_id),\n"
  "  CHECK (state = 'done' OR (done_on IS NULL AND meeting_id IS NULL))\n"
  ");\n"
  "CREATE INDEX activity_progress_by_meeting ON activity_progress (meeting_id);\n"
  "CREATE INDEX activity_progress_hr_queue ON activity_progress (done_on)\n"
  "  WHERE state = 'done' AND hr_followed_up_on IS NULL;\n"

  /* Confidential: subject, text and answer are for the employee and the mentor only. */
  "CREATE TABLE concerns (\n"
  "  id            INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  uuid          TEXT NOT NULL UNIQUE " UUID_CHECK ",\n"
  "  mentorship_id INTEGER NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,\n"
  "  subject       TEXT NOT NULL CHECK (length (trim (subject)) > 0),\n"
  "  text          TEXT NOT NULL DEFAULT '',\n"
  "  raised_at     TEXT NOT NULL CHECK " INSTANT_CHECK ("raised_at") ",\n"
  "  needed_by     TEXT CHECK " DATE_CHECK ("needed_by") ",\n"
  "  status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'closed')),\n"
  "  answer        TEXT NOT NULL DEFAULT '',\n"
  "  answered_at   TEXT CHECK " INSTANT_CHECK ("answered_at") "\n"
  ");\n"
  "CREATE INDEX concerns_by_mentorship ON concerns (mentorship_id, needed_by);\n"

  "CREATE TABLE introductions (\n"
  "  id                  INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  uuid                TEXT NOT NULL UNIQUE " UUID_CHECK ",\n"
  "  mentorship_id       INTEGER NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,\n"
  "  colleague           TEXT NOT NULL CHECK (length (trim (colleague)) > 0),\n"
  "  colleague_person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,\n"
  "  place               TEXT NOT NULL DEFAULT '',\n"
  "  introduced_on       TEXT CHECK " DATE_CHECK ("introduced_on") "\n"
  ");\n"
  "CREATE INDEX introductions_by_mentorship ON introductions (mentorship_id);\n"
  "CREATE INDEX introductions_by_colleague ON introductions (colleague_person_id);\n"

  "CREATE TABLE agreements (\n"
  "  id            INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  uuid          TEXT NOT NULL UNIQUE " UUID_CHECK ",\n"
  "  mentorship_id INTEGER NOT NULL UNIQUE REFERENCES mentorships (id) ON DELETE CASCADE,\n"
  "  best_days     TEXT NOT NULL DEFAULT '',\n"
  "  channels      TEXT NOT NULL DEFAULT '',\n"
  "  expectations  TEXT NOT NULL DEFAULT '',\n"
  "  agreed_on     TEXT CHECK " DATE_CHECK ("agreed_on") "\n"
  ");\n"

  /* About the program and the meetings; never a rating of a person. */
  "CREATE TABLE feedback (\n"
  "  id                INTEGER PRIMARY KEY AUTOINCREMENT,\n"
  "  uuid              TEXT NOT NULL UNIQUE " UUID_CHECK ",\n"
  "  mentorship_id     INTEGER NOT NULL REFERENCES mentorships (id) ON DELETE CASCADE,\n"
  "  role              TEXT NOT NULL CHECK (role IN ('employee', 'mentor')),\n"
  "  program_rating    INTEGER NOT NULL DEFAULT 0 CHECK (program_rating BETWEEN 0 AND 5),\n"
  "  meetings_rating   INTEGER NOT NULL DEFAULT 0 CHECK (meetings_rating BETWEEN 0 AND 5),\n"
  "  usefulness_rating INTEGER NOT NULL DEFAULT 0 CHECK (usefulness_rating BETWEEN 0 AND 5),\n"
  "  comment           TEXT NOT NULL DEFAULT '',\n"
  "  submitted_at      TEXT NOT NULL CHECK " INSTANT_CHECK ("submitted_at") ",\n"
  "  UNIQUE (mentorship_id, role)\n"
  ");\n"

  BUMP_TABLE ("meta")
  BUMP_TABLE ("programs")
  BUMP_TABLE ("departments")
  BUMP_TABLE ("people")
  BUMP_TABLE ("questions")
  BUMP_TABLE ("mentorships")
  BUMP_MENTORSHIP ("meetings")
  BUMP_MENTORSHIP ("activity_progress")
  BUMP_MENTORSHIP ("concerns")
  BUMP_MENTORSHIP ("introductions")
  BUMP_MENTORSHIP ("agreements")
  BUMP_MENTORSHIP ("feedback");

/* Version 2: the day HR paired them (mp_mentorship_get_paired_on ()); NULL for the pairings
 * made before it was kept. */
static const char schema_v2[] =
  "ALTER TABLE mentorships ADD COLUMN paired_on TEXT CHECK " DATE_CHECK ("paired_on") ";\n";

/* Version 3: what an employee and a mentor write each other (a concern's subject, text and
 * answer) is sealed for their keys (mp-seal.h): "sealed_*" hold the envelopes, and the plain
 * columns a placeholder. The public half of each person's keys, one per computer account they
 * used, is in "person_keys"; the secret halves never leave their private databases. A row of
 * an earlier version (sealed_subject NULL) keeps its plain text until a computer that knows a
 * key of its employee or mentor seals it (seal_waiting_concerns ()). */
static const char schema_v3[] =
  "CREATE TABLE person_keys (\n"
  "  person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,\n"
  "  public_key BLOB NOT NULL CHECK (typeof (public_key) = 'blob' AND length (public_key) = 32),\n"
  "  added_at   TEXT NOT NULL CHECK " INSTANT_CHECK ("added_at") ",\n"
  "  PRIMARY KEY (person_id, public_key)\n"
  ");\n"
  "ALTER TABLE concerns ADD COLUMN sealed_subject BLOB;\n"
  "ALTER TABLE concerns ADD COLUMN sealed_text BLOB;\n"
  "ALTER TABLE concerns ADD COLUMN sealed_answer BLOB;\n"
  "CREATE INDEX concerns_not_sealed ON concerns (mentorship_id) WHERE sealed_subject IS NULL;\n";

/* Version 4: an introduction says whether the mentor sees another possible mentor in the
 * colleague */
static const char schema_v4[] =
  "ALTER TABLE introductions ADD COLUMN possible_mentor INTEGER NOT NULL DEFAULT 0 "
  "CHECK (possible_mentor IN (0, 1));\n";

/* migrations[v] takes the shared database from version v to v + 1. */
static const char * const migrations[MP_STORE_SCHEMA_VERSION] = {
  schema_v1,
  schema_v2,
  schema_v3,
  schema_v4,
};

/* A file of version v (1 on) that cannot be upgraded here (read-only) is read through
 * compatibility[v]: temporary views, in this connection only, that show its tables as the
 * current version has them (what it lacks, empty). */
static const char * const compatibility[MP_STORE_SCHEMA_VERSION] = {
  NULL,
  "CREATE TEMP VIEW mentorships AS SELECT *, NULL AS paired_on FROM main.mentorships;",
  "CREATE TEMP VIEW concerns AS SELECT *, NULL AS sealed_subject, NULL AS sealed_text, NULL AS sealed_answer "
  "FROM main.concerns;"
  "CREATE TEMP VIEW person_keys AS SELECT NULL AS person_id, NULL AS public_key, NULL AS added_at WHERE 0;",
  "CREATE TEMP VIEW introductions AS SELECT *, 0 AS possible_mentor FROM main.introductions;",
};

/* The private database: the mentor's private notes, per meeting uuid; from version 2 the
 * secret keys that open what was sealed for this computer account (its people's logins). */
static const char private_schema_v2[] =
  "CREATE TABLE keys (\n"
  "  login      TEXT NOT NULL,\n"
  "  secret     BLOB NOT NULL CHECK (typeof (secret) = 'blob' AND length (secret) = 32),\n"
  "  public_key BLOB NOT NULL CHECK (typeof (public_key) = 'blob' AND length (public_key) = 32),\n"
  "  created_at TEXT NOT NULL,\n"
  "  PRIMARY KEY (login, public_key)\n"
  ");\n";

static const char private_schema_v1[] =
  "CREATE TABLE notes (\n"
  "  meeting_uuid TEXT PRIMARY KEY NOT NULL CHECK (length (meeting_uuid) = 36),\n"
  "  text         TEXT NOT NULL,\n"
  "  updated_at   TEXT NOT NULL\n"
  ");\n";

/* Column lists of the SELECTs that read each kind: globals start with (id, uuid), children with
 * (id, mentorship_id, uuid). */
#define SELECT_DEPARTMENTS "SELECT id, uuid, name, description, ask_for FROM departments"
#define SELECT_PEOPLE \
  "SELECT id, uuid, name, login, email, phone, title, department_id, is_hr_admin, may_mentor, active FROM people"
#define SELECT_PROGRAMS "SELECT id, uuid, definition FROM programs"
#define SELECT_QUESTIONS "SELECT id, uuid, question, answer, ask_whom FROM questions"
#define SELECT_MENTORSHIPS \
  "SELECT id, uuid, mentor_id, employee_id, program_id, start_date, status, end_reason, ended_on, revision, " \
  "paired_on FROM mentorships"
#define SELECT_MEETINGS \
  "SELECT id, mentorship_id, uuid, starts_at, duration_minutes, mode, status, place, agenda, summary, informal " \
  "FROM meetings"
#define SELECT_PROGRESS \
  "SELECT id, mentorship_id, uuid, activity_id, state, done_on, meeting_id, hr_followed_up_on, hr_note " \
  "FROM activity_progress"
#define SELECT_CONCERNS \
  "SELECT id, mentorship_id, uuid, subject, text, raised_at, needed_by, status, answer, answered_at, " \
  "sealed_subject, sealed_text, sealed_answer FROM concerns"
#define SELECT_INTRODUCTIONS \
  "SELECT id, mentorship_id, uuid, colleague, colleague_person_id, place, introduced_on, possible_mentor " \
  "FROM introductions"
#define SELECT_AGREEMENTS \
  "SELECT id, mentorship_id, uuid, best_days, channels, expectations, agreed_on FROM agreements"
#define SELECT_FEEDBACK \
  "SELECT id, mentorship_id, uuid, role, program_rating, meetings_rating, usefulness_rating, comment, " \
  "submitted_at FROM feedback"

#define ONE_HISTORY " WHERE mentorship_id = ?1 ORDER BY id"
#define IN_ORDER " ORDER BY id"

static const char * const select_all[N_KINDS] = {
  [KIND_DEPARTMENT] = SELECT_DEPARTMENTS IN_ORDER,
  [KIND_PERSON] = SELECT_PEOPLE IN_ORDER,
  [KIND_PROGRAM] = SELECT_PROGRAMS IN_ORDER,
  [KIND_QUESTION] = SELECT_QUESTIONS IN_ORDER,
  [KIND_MENTORSHIP] = SELECT_MENTORSHIPS IN_ORDER,
  [KIND_MEETING] = SELECT_MEETINGS IN_ORDER,
  [KIND_PROGRESS] = SELECT_PROGRESS IN_ORDER,
  [KIND_CONCERN] = SELECT_CONCERNS IN_ORDER,
  [KIND_INTRODUCTION] = SELECT_INTRODUCTIONS IN_ORDER,
  [KIND_AGREEMENT] = SELECT_AGREEMENTS IN_ORDER,
  [KIND_FEEDBACK] = SELECT_FEEDBACK IN_ORDER,
};

static const char * const select_history[N_KINDS] = {
  [KIND_MEETING] = SELECT_MEETINGS ONE_HISTORY,
  [KIND_PROGRESS] = SELECT_PROGRESS ONE_HISTORY,
  [KIND_CONCERN] = SELECT_CONCERNS ONE_HISTORY,
  [KIND_INTRODUCTION] = SELECT_INTRODUCTIONS ONE_HISTORY,
  [KIND_AGREEMENT] = SELECT_AGREEMENTS ONE_HISTORY,
  [KIND_FEEDBACK] = SELECT_FEEDBACK ONE_HISTORY,
};

/* Which mentorship a child row belongs to, by the child's uuid. */
static const char * const select_parent_uuid[N_KINDS] = {
  [KIND_MEETING] = "SELECT m.uuid FROM meetings c JOIN mentorships m ON m.id = c.mentorship_id WHERE c.uuid = ?1",
  [KIND_PROGRESS] =
    "SELECT m.uuid FROM activity_progress c JOIN mentorships m ON m.id = c.mentorship_id WHERE c.uuid = ?1",
  [KIND_CONCERN] = "SELECT m.uuid FROM concerns c JOIN mentorships m ON m.id = c.mentorship_id WHERE c.uuid = ?1",
  [KIND_INTRODUCTION] =
    "SELECT m.uuid FROM introductions c JOIN mentorships m ON m.id = c.mentorship_id WHERE c.uuid = ?1",
  [KIND_AGREEMENT] = "SELECT m.uuid FROM agreements c JOIN mentorships m ON m.id = c.mentorship_id WHERE c.uuid = ?1",
  [KIND_FEEDBACK] = "SELECT m.uuid FROM feedback c JOIN mentorships m ON m.id = c.mentorship_id WHERE c.uuid = ?1",
};

/* Order in which a snapshot is applied: what is referenced comes before what refers to it. */
static const Kind apply_order[N_KINDS] = {
  KIND_DEPARTMENT, KIND_PERSON, KIND_PROGRAM, KIND_QUESTION, KIND_MENTORSHIP,
  KIND_MEETING, KIND_PROGRESS, KIND_CONCERN, KIND_INTRODUCTION, KIND_AGREEMENT, KIND_FEEDBACK,
};

static gboolean is_on_network_share (const char *path);
static gboolean load_histories   (MpStore    *self,
                                  GPtrArray  *histories,
                                  guint       kinds,
                                  GError    **error);
static gboolean reload_kind      (MpStore    *self,
                                  Kind        kind,
                                  GError    **error);
static gboolean refresh          (MpStore    *self,
                                  gboolean    everything,
                                  GError    **error);
static void     apply_ops        (MpStore    *self);
static void     finish_applying  (MpStore    *self);

/* ---- Kinds ---------------------------------------------------------------------------- */

static GType
kind_type (Kind kind)
{
  switch (kind)
    {
    case KIND_DEPARTMENT: return MP_TYPE_DEPARTMENT;
    case KIND_PERSON: return MP_TYPE_PERSON;
    case KIND_PROGRAM: return MP_TYPE_PROGRAM;
    case KIND_QUESTION: return MP_TYPE_QUESTION;
    case KIND_MENTORSHIP: return MP_TYPE_MENTORSHIP;
    case KIND_MEETING: return MP_TYPE_MEETING;
    case KIND_PROGRESS: return MP_TYPE_ACTIVITY_PROGRESS;
    case KIND_CONCERN: return MP_TYPE_CONCERN;
    case KIND_INTRODUCTION: return MP_TYPE_INTRODUCTION;
    case KIND_AGREEMENT: return MP_TYPE_AGREEMENT;
    case KIND_FEEDBACK: return MP_TYPE_FEEDBACK;
    case N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static const char *
kind_get_uuid (Kind     kind,
               GObject *object)
{
  switch (kind)
    {
    case KIND_DEPARTMENT: return mp_department_get_uuid (MP_DEPARTMENT (object));
    case KIND_PERSON: return mp_person_get_uuid (MP_PERSON (object));
    case KIND_PROGRAM: return mp_program_get_uuid (MP_PROGRAM (object));
    case KIND_QUESTION: return mp_question_get_uuid (MP_QUESTION (object));
    case KIND_MENTORSHIP: return mp_mentorship_get_uuid (MP_MENTORSHIP (object));
    case KIND_MEETING: return mp_meeting_get_uuid (MP_MEETING (object));
    case KIND_PROGRESS: return mp_activity_progress_get_uuid (MP_ACTIVITY_PROGRESS (object));
    case KIND_CONCERN: return mp_concern_get_uuid (MP_CONCERN (object));
    case KIND_INTRODUCTION: return mp_introduction_get_uuid (MP_INTRODUCTION (object));
    case KIND_AGREEMENT: return mp_agreement_get_uuid (MP_AGREEMENT (object));
    case KIND_FEEDBACK: return mp_feedback_get_uuid (MP_FEEDBACK (object));
    case N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static void
kind_set_id (Kind     kind,
             GObject *object,
             gint64   id)
{
  switch (kind)
    {
    case KIND_DEPARTMENT: _mp_department_set_id (MP_DEPARTMENT (object), id); break;
    case KIND_PERSON: _mp_person_set_id (MP_PERSON (object), id); break;
    case KIND_PROGRAM: _mp_program_set_id (MP_PROGRAM (object), id); break;
    case KIND_QUESTION: _mp_question_set_id (MP_QUESTION (object), id); break;
    case KIND_MENTORSHIP: _mp_mentorship_set_id (MP_MENTORSHIP (object), id); break;
    case KIND_MEETING: _mp_meeting_set_id (MP_MEETING (object), id); break;
    case KIND_PROGRESS: _mp_activity_progress_set_id (MP_ACTIVITY_PROGRESS (object), id); break;
    case KIND_CONCERN: _mp_concern_set_id (MP_CONCERN (object), id); break;
    case KIND_INTRODUCTION: _mp_introduction_set_id (MP_INTRODUCTION (object), id); break;
    case KIND_AGREEMENT: _mp_agreement_set_id (MP_AGREEMENT (object), id); break;
    case KIND_FEEDBACK: _mp_feedback_set_id (MP_FEEDBACK (object), id); break;
    case N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static void
kind_assign (Kind     kind,
             GObject *to,
             GObject *from)
{
  switch (kind)
    {
    case KIND_DEPARTMENT: _mp_department_assign (MP_DEPARTMENT (to), MP_DEPARTMENT (from)); break;
    case KIND_PERSON: _mp_person_assign (MP_PERSON (to), MP_PERSON (from)); break;
    case KIND_PROGRAM: break;  /* a stored program version never changes */
    case KIND_QUESTION: _mp_question_assign (MP_QUESTION (to), MP_QUESTION (from)); break;
    case KIND_MENTORSHIP: _mp_mentorship_assign (MP_MENTORSHIP (to), MP_MENTORSHIP (from)); break;
    case KIND_MEETING: _mp_meeting_assign (MP_MEETING (to), MP_MEETING (from)); break;
    case KIND_PROGRESS: _mp_activity_progress_assign (MP_ACTIVITY_PROGRESS (to), MP_ACTIVITY_PROGRESS (from)); break;
    case KIND_CONCERN: _mp_concern_assign (MP_CONCERN (to), MP_CONCERN (from)); break;
    case KIND_INTRODUCTION: _mp_introduction_assign (MP_INTRODUCTION (to), MP_INTRODUCTION (from)); break;
    case KIND_AGREEMENT: _mp_agreement_assign (MP_AGREEMENT (to), MP_AGREEMENT (from)); break;
    case KIND_FEEDBACK: _mp_feedback_assign (MP_FEEDBACK (to), MP_FEEDBACK (from)); break;
    case N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

static MpMentorship *
kind_get_mentorship (Kind     kind,
                     GObject *object)
{
  switch (kind)
    {
    case KIND_MEETING: return mp_meeting_get_mentorship (MP_MEETING (object));
    case KIND_PROGRESS: return mp_activity_progress_get_mentorship (MP_ACTIVITY_PROGRESS (object));
    case KIND_CONCERN: return mp_concern_get_mentorship (MP_CONCERN (object));
    case KIND_INTRODUCTION: return mp_introduction_get_mentorship (MP_INTRODUCTION (object));
    case KIND_AGREEMENT: return mp_agreement_get_mentorship (MP_AGREEMENT (object));
    case KIND_FEEDBACK: return mp_feedback_get_mentorship (MP_FEEDBACK (object));
    case KIND_DEPARTMENT:
    case KIND_PERSON:
    case KIND_PROGRAM:
    case KIND_QUESTION:
    case KIND_MENTORSHIP:
    case N_KINDS:
    default:
      return NULL;
    }
}

/* ---- Registries (the identity map) ---------------------------------------------------- */

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->object);
  g_free (entry);
}

static void
registry_init (Registry *registry)
{
  registry->by_uuid = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, entry_free);
  registry->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
}

static void
registry_clear (Registry *registry)
{
  g_clear_pointer (&registry->by_id, g_hash_table_unref);
  g_clear_pointer (&registry->by_uuid, g_hash_table_unref);
}

static GObject *
registry_lookup (MpStore    *self,
                 Kind        kind,
                 const char *uuid)
{
  Entry *entry;

  if (uuid == NULL)
    return NULL;

  entry = g_hash_table_lookup (self->registries[kind].by_uuid, uuid);

  return entry != NULL ? entry->object : NULL;
}

static GObject *
registry_lookup_id (MpStore *self,
                    Kind     kind,
                    gint64   id)
{
  Entry *entry = g_hash_table_lookup (self->registries[kind].by_id, &id);

  return entry != NULL ? entry->object : NULL;
}

static void
registry_add (MpStore *self,
              Kind     kind,
              GObject *object,
              gint64   id)
{
  Registry *registry = &self->registries[kind];
  Entry *entry = g_new0 (Entry, 1);

  entry->id = id;
  entry->uuid = kind_get_uuid (kind, object);
  entry->object = g_object_ref (object);
  kind_set_id (kind, object, id);

  g_hash_table_replace (registry->by_uuid, (gpointer) entry->uuid, entry);
  g_hash_table_replace (registry->by_id, &entry->id, entry);
}

static void
registry_set_id (MpStore    *self,
                 Kind        kind,
                 const char *uuid,
                 gint64      id)
{
  Registry *registry = &self->registries[kind];
  Entry *entry = g_hash_table_lookup (registry->by_uuid, uuid);

  if (entry == NULL || entry->id == id)
    return;

  if (g_hash_table_lookup (registry->by_id, &entry->id) == entry)
    g_hash_table_remove (registry->by_id, &entry->id);
  entry->id = id;
  g_hash_table_replace (registry->by_id, &entry->id, entry);
  kind_set_id (kind, entry->object, id);
}

static void
registry_remove (MpStore    *self,
                 Kind        kind,
                 const char *uuid)
{
  Registry *registry = &self->registries[kind];
  Entry *entry = g_hash_table_lookup (registry->by_uuid, uuid);

  if (entry == NULL)
    return;

  if (g_hash_table_lookup (registry->by_id, &entry->id) == entry)
    g_hash_table_remove (registry->by_id, &entry->id);
  g_hash_table_remove (registry->by_uuid, entry->uuid);
}

static gboolean
list_remove_item (GListStore *list,
                  gpointer    item)
{
  guint position;

  if (list == NULL || !g_list_store_find (list, item, &position))
    return FALSE;

  g_list_store_remove (list, position);

  return TRUE;
}

/* ---- Waiting for another computer's lock ------------------------------------------------- */

/* SQLite's own busy handler (sqlite3_busy_timeout ()) naps longer and longer, up to 100 ms a
 * try: a PC waiting for the lock kept losing it to the others that went on writing (their
 * gaps between two transactions last a few milliseconds) and gave up with BUSY after the whole
 * timeout, although the file was free many times meanwhile (four processes logging meetings at
 * once, tests/test-concurrent.c). Short naps of random length keep every waiting PC in the
 * race until the timeout. */
static int
on_busy_cb (gpointer data,
            int      n_tries)
{
  MpStore *self = data;
  gint64 now = g_get_monotonic_time ();

  if (n_tries == 0)
    self->busy_since = now;

  if (now - self->busy_since >= (gint64) self->busy_wait * 1000)
    return 0;

  g_usleep (g_random_int_range (500, 3000));

  return 1;
}

/* How long a statement waits for a lock from now on (ms). */
static void
set_busy_wait (MpStore *self,
               guint    milliseconds)
{
  self->busy_wait = milliseconds;
  sqlite3_busy_handler (self->db, on_busy_cb, self);
}

/* ---- Errors --------------------------------------------------------------------------- */

/* SQLite's own words for a problem, fit for a one-line message: a damaged file's schema or a
 * quick_check report can quote text with line breaks in it, and go on for long. */
static char *
one_line (const char *detail)
{
  g_autofree char *valid = g_utf8_make_valid (detail != NULL ? detail : "", -1);
  GString *line = g_string_new (NULL);
  const char *p = valid;

  for (guint n = 0; *p != '\0' && n < 200; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (line, c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029 ? ' ' : c);
    }
  if (*p != '\0')
    g_string_append (line, "…");

  return g_string_free (line, FALSE);
}

static void
set_read_only_error (MpStore  *self,
                     GError  **error)
{
  /* A database we may write with a -shm or -wal beside it that we may not (left by someone
   * who could only read the database): SQLite then reads it only. Say which file. */
  if (!self->read_only)
    {
      const char * const suffixes[] = { "-shm", "-wal" };

      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *side = g_strconcat (self->path, suffixes[i], NULL);

          if (g_file_test (side, G_FILE_TEST_EXISTS) && g_access (side, W_OK) != 0)
            {
              g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_READ_ONLY,
                           _("Changes cannot be saved: “%s”, a file the database keeps beside it, is "
                             "read-only for you. Once nobody has the database open, it can be deleted."),
                           side);
              return;
            }
        }
    }

  g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_READ_ONLY,
               _("The database “%s” is open read-only: changes cannot be saved."), self->path);
}

/* Turns an SQLite failure into an MP_STORE_ERROR in words a librarian understands. Call it
 * right away: a later statement (a ROLLBACK) replaces SQLite's message. */
static void
set_sqlite_error (MpStore  *self,
                  int       rc,
                  GError  **error)
{
  g_autofree char *detail = one_line (self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));

  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_CONSTRAINT,
                   _("The change breaks a rule of the database (%s)."), detail);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_BUSY,
                   _("The database is busy: someone else is saving changes to it. Try again in a moment."));
      break;

    case SQLITE_READONLY:
      set_read_only_error (self, error);
      break;

    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged (%s)."), self->path, detail);
      break;

    case SQLITE_FULL:
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_IO,
                   _("The disk holding “%s” is full: the change was not saved."), self->path);
      break;

    case SQLITE_NOMEM:
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_IO, _("Out of memory: the change was not saved."));
      break;

    default:
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_IO,
                   _("Could not read or write the database “%s”: %s"), self->path, detail);
      break;
    }
}

static gboolean
constraint_error (GError     **error,
                  const char  *format,
                  ...) G_GNUC_PRINTF (2, 3);

static gboolean
constraint_error (GError     **error,
                  const char  *format,
                  ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (MP_STORE_ERROR, MP_STORE_ERROR_CONSTRAINT, format, args);
  va_end (args);

  return FALSE;
}

/* ---- Statements ----------------------------------------------------------------------- */

/* Returns the cached statement for @sql (a string literal), preparing it the first time. */
static MpCachedStmt *
prepare (MpStore     *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    return stmt;

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, error);
      sqlite3_finalize (stmt);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sqlite3_sql (stmt), stmt);

  return stmt;
}

static gboolean
exec_sql (MpStore     *self,
          const char  *sql,
          GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Steps a statement that returns no row. */
static gboolean
step_done (MpStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      set_sqlite_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Steps a statement that returns at most one row: TRUE with *found. */
static gboolean
step_row (MpStore       *self,
          sqlite3_stmt  *stmt,
          gboolean      *found,
          GError       **error)
{
  int rc = sqlite3_step (stmt);

  *found = rc == SQLITE_ROW;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
query_int64 (MpStore     *self,
             const char  *sql,
             gint64      *value,
             GError     **error)
{
  g_autoptr(MpCachedStmt) stmt = prepare (self, sql, error);
  gboolean found;

  if (stmt == NULL || !step_row (self, stmt, &found, error))
    return FALSE;

  *value = found ? sqlite3_column_int64 (stmt, 0) : 0;

  return TRUE;
}

/* Runs @sql with the uuid bound to ?1 and gives the first column of its row, or 0. */
static gboolean
lookup_id (MpStore     *self,
           const char  *sql,
           const char  *uuid,
           gint64      *id,
           GError     **error)
{
  g_autoptr(MpCachedStmt) stmt = prepare (self, sql, error);
  gboolean found;

  *id = 0;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (!step_row (self, stmt, &found, error))
    return FALSE;

  if (found)
    *id = sqlite3_column_int64 (stmt, 0);

  return TRUE;
}

/* ---- Values ----------------------------------------------------------------------------- */

static char *
date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

static gboolean
date_from_iso (const char *text,
               GDate      *date)
{
  guint year, month, day;

  g_date_clear (date, 1);

  /* "YYYY-MM-DD" by hand: sscanf () alone was 5% of loading 10,000 pairings with their histories. */
  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = (guint) (text[0] - '0') * 1000 + (guint) (text[1] - '0') * 100 + (guint) (text[2] - '0') * 10 +
         (guint) (text[3] - '0');
  month = (guint) (text[5] - '0') * 10 + (guint) (text[6] - '0');
  day = (guint) (text[8] - '0') * 10 + (guint) (text[9] - '0');
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);

  return TRUE;
}

static char *
instant_to_iso (GDateTime *instant)
{
  g_autoptr(GDateTime) utc = NULL;

  if (instant == NULL)
    return NULL;

  utc = g_date_time_to_utc (instant);

  return g_date_time_format (utc, ISO_INSTANT_FORMAT);
}

static GDateTime *
instant_from_iso (const char *text)
{
  g_autoptr(GTimeZone) utc = NULL;

  if (text == NULL)
    return NULL;

  utc = g_time_zone_new_utc ();

  return g_date_time_new_from_iso8601 (text, utc);
}

static void
today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date,
                  g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

static void
local_date_of (GDateTime *instant,
               GDate     *date)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (instant);

  g_date_clear (date, 1);
  g_date_set_dmy (date,
                  g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local),
                  g_date_time_get_year (local));
}

static const char *
enum_nick (GType type,
           int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  /* The enum classes are static types: they and their nicks live as long as the process. */
  g_type_class_unref (klass);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

static int
enum_from_nick (GType       type,
                const char *nick,
                int         fallback)
{
  GEnumClass *klass;
  GEnumValue *enum_value;

  if (nick == NULL)
    return fallback;

  klass = g_type_class_ref (type);
  enum_value = g_enum_get_value_by_nick (klass, nick);
  g_type_class_unref (klass);

  return enum_value != NULL ? enum_value->value : fallback;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/* For the NOT NULL DEFAULT '' columns: NULL is stored as "" and read back as NULL. */
static void
bind_text_or_empty (sqlite3_stmt *stmt,
                    int           index,
                    const char   *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
}

static void
bind_date (sqlite3_stmt *stmt,
           int           index,
           const GDate  *date)
{
  g_autofree char *text = date_to_iso (date);

  bind_text (stmt, index, text);
}

static void
bind_instant (sqlite3_stmt *stmt,
              int           index,
              GDateTime    *instant)
{
  g_autofree char *text = instant_to_iso (instant);

  bind_text (stmt, index, text);
}

static void
bind_enum (sqlite3_stmt *stmt,
           int           index,
           GType         type,
           int           value)
{
  bind_text (stmt, index, enum_nick (type, value));
}

static void
bind_id (sqlite3_stmt *stmt,
         int           index,
         gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

/* The NOT NULL DEFAULT '' columns read back as NULL when empty, like a fresh object. */
static const char *
column_text_or_null (sqlite3_stmt *stmt,
                     int           column)
{
  const char *text = column_text (stmt, column);

  return text != NULL && text[0] != '\0' ? text : NULL;
}

static gboolean
column_date (sqlite3_stmt *stmt,
             int           column,
             GDate        *date)
{
  return date_from_iso (column_text (stmt, column), date);
}

static GDateTime *
column_instant (sqlite3_stmt *stmt,
                int           column)
{
  return instant_from_iso (column_text (stmt, column));
}

static int
column_enum (sqlite3_stmt *stmt,
             int           column,
             GType         type,
             int           fallback)
{
  return enum_from_nick (type, column_text (stmt, column), fallback);
}

/* Whether @text breaks a line (a name on two lines garbles a list and a printout) */
static gboolean
has_line_break (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    {
      gunichar c = g_utf8_get_char (text);

      if (c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x0085 || c == 0x2028 || c == 0x2029)
        return TRUE;
    }

  return FALSE;
}

/* A plausible e-mail address: local@domain.tld, no spaces, one "@". Empty is allowed. */
static gboolean
is_email_address (const char *text)
{
  const char *at, *dot;

  if (text == NULL || text[0] == '\0')
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isspace (g_utf8_get_char (p)) || *p == '<' || *p == '>' || *p == ',' || *p == ';')
      return FALSE;

  at = strchr (text, '@');
  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;

  dot = strrchr (at + 1, '.');
  if (dot == NULL || dot == at + 1 || dot[1] == '\0' || strstr (at + 1, "..") != NULL)
    return FALSE;

  return TRUE;
}

static gboolean
check_uuid (const char  *uuid,
            GError     **error)
{
  if (uuid == NULL || !g_uuid_string_is_valid (uuid))
    return constraint_error (error, _("“%s” is not a valid identifier (UUID)."), uuid != NULL ? uuid : "");

  return TRUE;
}

static gboolean
check_enum (GType        type,
            int          value,
            GError     **error)
{
  if (enum_nick (type, value) == NULL)
    return constraint_error (error, _("%d is not a valid value for %s."), value, g_type_name (type));

  return TRUE;
}

/* ---- Files ------------------------------------------------------------------------------ */

typedef struct
{
  gboolean exists;
  gboolean empty;
  gboolean writable;
  gboolean marked_read_only;  /* no write permission for anyone: a copy kept as it is */
  gboolean wal;       /* the header says WAL mode */
} FileProbe;

static gboolean
read_header (const char  *path,
             guint8       header[100],
             gsize       *length,
             GError     **error)
{
  /* (Never open () and close (): that would drop this process's locks on a database it has
   * open, mp_paths_read_start ()) */
  if (!mp_paths_read_start (path, header, 100, length))
    {
      int saved_errno = errno;

      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_IO,
                   _("Could not read “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static gboolean
has_sqlite_magic (const guint8 *header,
                  gsize         length)
{
  return length >= 100 && memcmp (header, "SQLite format 3", 16) == 0;
}

static gboolean
is_writable_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_access (dir, W_OK) == 0;
}

/* Writable for us: write permission, and at least one write bit (root passes access (W_OK)
 * even on a file everyone marked read-only), in a folder where SQLite can add its journal. */
static gboolean
is_writable (const char *path)
{
  GStatBuf st;

  if (g_access (path, W_OK) != 0 || g_stat (path, &st) != 0)
    return FALSE;

  if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    return FALSE;

  return is_writable_folder (path);
}

/* Looks at the shared file without writing anything: it must be missing, empty, or an SQLite
 * file of ours, of a version we know. */
static gboolean
probe_shared_file (const char  *path,
                   FileProbe   *probe,
                   GError     **error)
{
  GStatBuf st;
  guint8 header[100];
  gsize length = 0;
  guint32 user_version, application_id;

  memset (probe, 0, sizeof *probe);

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;
      g_autofree char *dir = g_path_get_dirname (path);

      if (saved_errno != ENOENT)
        {
          g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_IO,
                       _("Could not open “%s”: %s"), path, g_strerror (saved_errno));
          return FALSE;
        }

      if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        {
          g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_IO,
                       _("Could not create “%s”: the folder “%s” does not exist."), path, dir);
          return FALSE;
        }

      if (g_access (dir, W_OK) != 0)
        {
          g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_READ_ONLY,
                       _("Could not create “%s”: the folder “%s” is read-only."), path, dir);
          return FALSE;
        }

      probe->empty = TRUE;
      probe->writable = TRUE;
      return TRUE;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a database file."), path);
      return FALSE;
    }

  probe->exists = TRUE;
  probe->writable = is_writable (path);
  probe->marked_read_only = (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0;

  if (st.st_size == 0)
    {
      probe->empty = TRUE;
      return TRUE;
    }

  if (!read_header (path, header, &length, error))
    return FALSE;

  if (!has_sqlite_magic (header, length))
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Mentoring database."), path);
      return FALSE;
    }

  probe->wal = header[18] == 2 || header[19] == 2;

  /* Both are big-endian in the database header (offsets 60 and 68). */
  user_version = ((guint32) header[60] << 24) | ((guint32) header[61] << 16) |
                 ((guint32) header[62] << 8) | header[63];
  application_id = ((guint32) header[68] << 24) | ((guint32) header[69] << 16) |
                   ((guint32) header[70] << 8) | header[71];

  if (application_id != 0 && application_id != APPLICATION_ID)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                   _("“%s” is the database of another program, not a Mentoring database."), path);
      return FALSE;
    }

  if (user_version > MP_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_NEWER_VERSION,
                   _("“%s” was saved by a newer version of Mentoring (database version %u; this version "
                     "reads up to %u). Update Mentoring to open it."),
                   path, user_version, MP_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  return TRUE;
}

/* A URI opening @path as a file nobody changes: no locks, no -shm or -wal files. */
static char *
immutable_uri (const char *path)
{
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *file_uri = g_filename_to_uri (absolute, NULL, NULL);

  return file_uri != NULL ? g_strconcat (file_uri, "?immutable=1", NULL) : NULL;
}

/* Opens @path read-only. A reader of a WAL database (@wal: its header says so) leaves empty
 * -wal and -shm files behind: when there is no -wal (so nothing beyond the main file to
 * read), it looks at the file as immutable instead, so that a file refused or only peeked
 * at gets no new neighbours. */
static int
open_read_only_leaving_nothing (const char  *path,
                                gboolean     wal,
                                sqlite3    **db)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  g_autofree char *uri = NULL;

  mp_sqlite_init ();
  if (wal && !g_file_test (wal_path, G_FILE_TEST_EXISTS))
    uri = immutable_uri (path);

  if (uri != NULL)
    return sqlite3_open_v2 (uri, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);

  return sqlite3_open_v2 (path, db, SQLITE_OPEN_READONLY, NULL);
}

static void
set_open_error (const char  *path,
                sqlite3     *db,
                int          rc,
                GError     **error)
{
  g_autofree char *detail = one_line (db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Mentoring database."), path);
      break;

    case SQLITE_CORRUPT:
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged (%s)."), path, detail);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_BUSY,
                   _("The database “%s” is busy: another computer is using it. Try again in a moment."), path);
      break;

    default:
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_IO,
                   _("Could not open the database “%s”: %s"), path, detail);
      break;
    }
}

/* The first problem PRAGMA quick_check names, on one line (it reports several, with headings
 * such as "*** in database main ***" on lines of their own). */
static char *
first_problem (const char *report)
{
  g_auto(GStrv) lines = g_strsplit (report != NULL ? report : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0' && !g_str_has_prefix (lines[i], "***"))
        return one_line (lines[i]);
    }

  return g_strdup (_("the file fails its integrity check"));
}

/* The checks that need SQLite, first: version and owner once more (a committed write may
 * still be in the WAL). @db may be read-only. */
static gboolean
check_identity (const char  *path,
                sqlite3     *db,
                gint64      *out_version,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 user_version, application_id, n_objects;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "SELECT (SELECT user_version FROM pragma_user_version),"
                           "       (SELECT application_id FROM pragma_application_id),"
                           "       (SELECT count(*) FROM sqlite_schema)",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      set_open_error (path, db, rc, error);
      return FALSE;
    }

  user_version = sqlite3_column_int64 (stmt, 0);
  application_id = sqlite3_column_int64 (stmt, 1);
  n_objects = sqlite3_column_int64 (stmt, 2);
  g_clear_pointer (&stmt, sqlite3_finalize);

  if ((application_id != 0 && application_id != APPLICATION_ID) ||
      (application_id == 0 && (user_version != 0 || n_objects != 0)))
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                   _("“%s” is the database of another program, not a Mentoring database."), path);
      return FALSE;
    }

  if (user_version > MP_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_NEWER_VERSION,
                   _("“%s” was saved by a newer version of Mentoring (database version %u; this version "
                     "reads up to %u). Update Mentoring to open it."),
                   path, (guint) user_version, MP_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  *out_version = user_version;

  return TRUE;
}

/* Then PRAGMA quick_check, which reads every page. */
static gboolean
check_integrity (const char  *path,
                 sqlite3     *db,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      set_open_error (path, db, rc, error);
      return FALSE;
    }

  if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") != 0)
    {
      g_autofree char *problem = first_problem ((const char *) sqlite3_column_text (stmt, 0));

      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged (%s)."), path, problem);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_database (const char  *path,
                sqlite3     *db,
                GError     **error)
{
  gint64 version;

  return check_identity (path, db, &version, error) && check_integrity (path, db, error);
}

/* The integrity check of a file that passed check_identity (), on a thread of its own: it
 * reads the whole file while the store reads what it needs (opening a 10,000-pairing file
 * on a 2-core PC: 150 ms one after the other, 95 ms side by side). The store writes
 * nothing to the file before it has the verdict (integrity_check_finish ()). */
typedef struct
{
  char    *path;
  char    *uri;      /* the file as immutable, when the store reads it so (or NULL) */
  gint64   version;  /* user_version, read by check_identity () */
  GThread *thread;
  sqlite3 *db;       /* the check's connection, closed on the store's thread */
  GError  *error;
} IntegrityCheck;

/* The check's own read-only connection, opened once the store's is: a connection that sees
 * the file as immutable (as the first look at it does, to leave no -wal beside a file it
 * refuses) closes its descriptor outright, which would drop the store's locks on the file
 * (mp_paths_read_start ()); an ordinary one leaves that to SQLite, which keeps it while the
 * store's connection holds the file. It is closed on the store's thread, after the check
 * (integrity_check_join ()): SQLite decides to close the descriptor when no connection of
 * the process holds a lock, then closes it, and a lock the store's connection took on
 * another thread in between was lost with it (the file then seemed unused to another
 * process, which deleted the -wal the store wrote to; 4 starts in 36, three at a time). */
static gpointer
integrity_check_thread (gpointer data)
{
  IntegrityCheck *check = data;
  int rc;

  if (check->uri != NULL)
    rc = sqlite3_open_v2 (check->uri, &check->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  else
    rc = sqlite3_open_v2 (check->path, &check->db, SQLITE_OPEN_READONLY, NULL);
  if (rc != SQLITE_OK)
    set_open_error (check->path, check->db, rc, &check->error);
  else
    {
      sqlite3_extended_result_codes (check->db, 1);
      sqlite3_busy_timeout (check->db, MP_STORE_DEFAULT_BUSY_TIMEOUT_MS);
      /* quick_check reads every page: through mmap () on a local disk, as the store reads. */
      if (!is_on_network_share (check->path))
        sqlite3_exec (check->db, "PRAGMA mmap_size = " G_STRINGIFY (MMAP_SIZE), NULL, NULL, NULL);
      check_integrity (check->path, check->db, &check->error);
    }

  return NULL;
}

/* Waits for the check to end, and closes its connection here, on the store's thread */
static void
integrity_check_join (IntegrityCheck *check)
{
  if (check->thread != NULL)
    g_thread_join (g_steal_pointer (&check->thread));
  g_clear_pointer (&check->db, sqlite3_close_v2);
}

/* Starts the check (once the store's own connection is open): on a thread of its own,
 * reading the file as the store does (@uri: as immutable, in a folder nobody may write to). */
static void
integrity_check_start (IntegrityCheck *check,
                       const char     *uri)
{
  if (check == NULL || check->thread != NULL)
    return;

  check->uri = g_strdup (uri);
  check->thread = g_thread_try_new ("mp-store-check", integrity_check_thread, check, NULL);
  /* No thread to be had (a limit reached): the check runs here, as before. */
  if (check->thread == NULL)
    integrity_check_thread (check);
}

/* Waits for the verdict: FALSE with @error when the file is damaged. */
static gboolean
integrity_check_finish (IntegrityCheck  *check,
                        GError         **error)
{
  if (check == NULL)
    return TRUE;

  integrity_check_join (check);

  if (check->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&check->error));
      return FALSE;
    }

  return TRUE;
}

static void
integrity_check_free (IntegrityCheck *check)
{
  integrity_check_join (check);
  g_clear_error (&check->error);
  g_free (check->path);
  g_free (check->uri);
  g_free (check);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IntegrityCheck, integrity_check_free)

/* Checks an existing shared file through a read-only connection, so that a refused file is
 * never written to. *needs_recovery: a crash left a journal that only a writer may roll back;
 * the checks then run again on the writable connection, after SQLite's own recovery.
 * Otherwise *check: the integrity check, to run on a thread of its own once the store's
 * connection is open (integrity_check_start ()). */
static gboolean
check_shared_read_only (const char       *path,
                        const FileProbe  *probe,
                        gboolean         *needs_recovery,
                        IntegrityCheck  **check,
                        GError          **error)
{
  sqlite3 *db = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 version = 0;
  int rc;

  *needs_recovery = FALSE;

  rc = open_read_only_leaving_nothing (path, probe->wal, &db);
  if (rc != SQLITE_OK)
    {
      set_open_error (path, db, rc, error);
      sqlite3_close_v2 (db);
      return FALSE;
    }

  sqlite3_extended_result_codes (db, 1);
  sqlite3_busy_timeout (db, MP_STORE_DEFAULT_BUSY_TIMEOUT_MS);

  if (!check_identity (path, db, &version, &local_error))
    {
      int code = sqlite3_extended_errcode (db);

      sqlite3_close_v2 (db);
      if (code == SQLITE_READONLY_ROLLBACK || code == SQLITE_READONLY_RECOVERY ||
          code == SQLITE_READONLY_CANTINIT || code == SQLITE_READONLY_CANTLOCK)
        {
          g_debug ("%s needs a recovery only a writer can make; checking it after that", path);
          *needs_recovery = TRUE;
          return TRUE;
        }

      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* The integrity check starts once the store's connection is open (integrity_check_start ()) */
  sqlite3_close_v2 (db);
  *check = g_new0 (IntegrityCheck, 1);
  (*check)->path = g_strdup (path);
  (*check)->version = version;

  return TRUE;
}

/* GIO's "filesystem::remote": NFS, SMB/CIFS, sshfs... where WAL's shared memory cannot work. */
static gboolean
is_on_network_share (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_filesystem_info (file, G_FILE_ATTRIBUTE_FILESYSTEM_REMOTE, NULL, NULL);
  if (info == NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);

      if (parent != NULL)
        info = g_file_query_filesystem_info (parent, G_FILE_ATTRIBUTE_FILESYSTEM_REMOTE, NULL, NULL);
    }

  return info != NULL && g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_FILESYSTEM_REMOTE);
}

/* WAL, or the rollback journal (DELETE) for a file on a network share. Returns the mode the
 * file is in afterwards: another connection may keep it from switching. */
static char *
set_journal_mode (sqlite3  *db,
                  gboolean  rollback)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *sql = rollback ? "PRAGMA main.journal_mode = DELETE" : "PRAGMA main.journal_mode = WAL";
  char *mode = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    mode = g_ascii_strdown ((const char *) sqlite3_column_text (stmt, 0), -1);

  if (mode == NULL || g_strcmp0 (mode, rollback ? "delete" : "wal") != 0)
    g_debug ("The journal mode stays %s: %s", mode, sqlite3_errmsg (db));

  return mode != NULL ? mode : g_strdup ("unknown");
}

static char *
get_journal_mode (sqlite3 *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, "PRAGMA main.journal_mode", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    return g_ascii_strdown ((const char *) sqlite3_column_text (stmt, 0), -1);

  return g_strdup ("unknown");
}

/* Tightens a file to owner-only access (the private database and its journals). */
static gboolean
make_private (int          fd,
              const char  *path,
              GError     **error)
{
  struct stat st;

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_IO,
                   _("Your private notes database “%s” is not a file."), path);
      return FALSE;
    }

  if ((st.st_mode & 0077) != 0 && fchmod (fd, st.st_mode & 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_IO,
                   _("Could not make your private notes database “%s” private: %s"),
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* Whether @path is a regular file of ours that only we may read and write (@st: its stat (),
 * or its lstat () when not @follow: a link is not one) */
static gboolean
is_private_file (const char  *path,
                 gboolean     follow,
                 struct stat *st)
{
  int rc = follow ? g_stat (path, (GStatBuf *) st) : g_lstat (path, (GStatBuf *) st);

  return rc == 0 && S_ISREG (st->st_mode) && (st->st_mode & 0077) == 0 && st->st_uid == geteuid ();
}

/* Creates the private database with mode 0600 (before SQLite ever opens it) and gives it its
 * schema through a short-lived connection of its own. */
static gboolean
prepare_private_database (const char  *path,
                          gboolean     read_only,
                          GError     **error)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };
  g_autofree char *dir = g_path_get_dirname (path);
  guint8 header[100];
  gsize length = 0;
  struct stat st;
  sqlite3 *db = NULL;
  int fd, rc;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_IO,
                   _("Could not create the folder “%s” for your private notes: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* A file already private is left alone: it may be open in this process already (the HR
   * window's import and export open a second store), and closing a descriptor of it would
   * drop that connection's locks (mp_paths_read_start ()). Another process closing the file
   * would then delete the -wal holding the notes written since. */
  if (!is_private_file (path, TRUE, &st))
    {
      fd = g_open (path, (read_only ? O_RDONLY : O_RDWR) | O_CREAT | O_CLOEXEC, 0600);
      if (fd < 0)
        {
          int saved_errno = errno;

          g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_IO,
                       _("Could not open your private notes database “%s”: %s"), path, g_strerror (saved_errno));
          return FALSE;
        }

      if (!make_private (fd, path, error))
        {
          close (fd);
          return FALSE;
        }

      fstat (fd, &st);
      close (fd);
    }

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *sibling = g_strconcat (path, suffixes[i], NULL);
      struct stat sibling_st;
      int sibling_fd;

      if (is_private_file (sibling, FALSE, &sibling_st))
        continue;

      sibling_fd = g_open (sibling, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
      if (sibling_fd >= 0)
        {
          gboolean ok = make_private (sibling_fd, sibling, error);

          close (sibling_fd);
          if (!ok)
            return FALSE;
        }
    }

  if (st.st_size > 0)
    {
      if (!read_header (path, header, &length, error))
        return FALSE;

      if (!has_sqlite_magic (header, length))
        {
          g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_CORRUPT,
                       _("Your private notes database “%s” is damaged: it is not a database."), path);
          return FALSE;
        }
    }

  if (read_only || g_access (path, W_OK) != 0)
    return TRUE;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      g_autofree char *mode = NULL;
      g_autoptr(sqlite3_stmt) stmt = NULL;
      gint64 version = -1;

      sqlite3_extended_result_codes (db, 1);
      sqlite3_busy_timeout (db, MP_STORE_DEFAULT_BUSY_TIMEOUT_MS);
      mode = set_journal_mode (db, is_on_network_share (path));

      rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
      if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          version = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
      g_clear_pointer (&stmt, sqlite3_finalize);

      if (rc == SQLITE_OK && version > PRIVATE_SCHEMA_VERSION)
        {
          g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_NEWER_VERSION,
                       _("Your private notes database “%s” was saved by a newer version of Mentoring."), path);
          sqlite3_close_v2 (db);
          return FALSE;
        }

      if (rc == SQLITE_OK && version < PRIVATE_SCHEMA_VERSION)
        {
          rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
          if (rc == SQLITE_OK && version < 1)
            rc = sqlite3_exec (db, private_schema_v1, NULL, NULL, NULL);
          if (rc == SQLITE_OK && version < 2)
            rc = sqlite3_exec (db, private_schema_v2, NULL, NULL, NULL);
          if (rc == SQLITE_OK)
            rc = sqlite3_exec (db, "PRAGMA user_version = " G_STRINGIFY (PRIVATE_SCHEMA_VERSION), NULL, NULL, NULL);
          if (rc == SQLITE_OK)
            rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL);
          else
            sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
        }
    }

  if (rc != SQLITE_OK)
    {
      g_autofree char *detail = one_line (db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));

      if ((rc & 0xff) == SQLITE_NOTADB || (rc & 0xff) == SQLITE_CORRUPT)
        g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_CORRUPT,
                     _("Your private notes database “%s” is damaged (%s)."), path, detail);
      else
        g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_IO,
                     _("Could not open your private notes database “%s”: %s"), path, detail);
      sqlite3_close_v2 (db);
      return FALSE;
    }

  sqlite3_close_v2 (db);

  return TRUE;
}

static gboolean
attach_private_database (MpStore  *self,
                         GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "ATTACH DATABASE ?1 AS private", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, self->private_path, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
    }

  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    {
      g_autofree char *detail = one_line (sqlite3_errmsg (self->db));

      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_IO,
                   _("Could not open your private notes database “%s”: %s"), self->private_path, detail);
      return FALSE;
    }

  return TRUE;
}

/* Whether @table of the shared database has @column (a file of a development build between
 * versions 3 and 4 may have version 4's column already: it is not added twice) */
static gboolean
has_column (MpStore    *self,
            const char *table,
            const char *column)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (self->db, "SELECT 1 FROM pragma_table_info (?1, 'main') WHERE name = ?2", -1, &stmt,
                          NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, column, -1, SQLITE_STATIC);
  found = sqlite3_step (stmt) == SQLITE_ROW;

  return found;
}

/* Brings the shared database to MP_STORE_SCHEMA_VERSION. A new file is set up in a
 * transaction of its own; an existing one (version 1 on) is upgraded in one transaction that
 * stays open (*@holding): the caller reads everything in it, then commits, or rolls back a
 * file it refuses, which then stays as it was. A read-only one is read through temporary
 * views (compatibility[]) and never written. */
static gboolean
migrate (MpStore   *self,
         gboolean  *holding,
         GError   **error)
{
  *holding = FALSE;

  for (;;)
    {
      g_autofree char *set_version = NULL;
      gint64 version = 0, application_id = 0, n_objects = 0;

      if (!query_int64 (self, "PRAGMA main.user_version", &version, error))
        return FALSE;
      if (version == MP_STORE_SCHEMA_VERSION)
        return TRUE;

      if (self->read_only && version >= 1 && version < MP_STORE_SCHEMA_VERSION)
        {
          /* Read as it is, never written: every later version's view, in order. */
          for (gint64 v = version; v < MP_STORE_SCHEMA_VERSION; v++)
            if (compatibility[v] != NULL && !exec_sql (self, compatibility[v], error))
              return FALSE;
          return TRUE;
        }

      if (self->read_only)
        {
          g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_READ_ONLY,
                       _("The database “%s” needs to be set up or upgraded, but it is read-only."), self->path);
          return FALSE;
        }

      if (!*holding && !exec_sql (self, "BEGIN IMMEDIATE", error))
        return FALSE;

      /* Again inside the transaction: another process may have migrated meanwhile. */
      if (!query_int64 (self, "PRAGMA main.user_version", &version, error) ||
          !query_int64 (self, "PRAGMA main.application_id", &application_id, error) ||
          !query_int64 (self, "SELECT count(*) FROM main.sqlite_schema", &n_objects, error))
        goto failed;

      if (version > MP_STORE_SCHEMA_VERSION)
        {
          g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_NEWER_VERSION,
                       _("“%s” was saved by a newer version of Mentoring. Update Mentoring to open it."), self->path);
          goto failed;
        }

      if ((application_id != 0 && application_id != APPLICATION_ID) ||
          (version == 0 && n_objects != 0))
        {
          g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                       _("“%s” is the database of another program, not a Mentoring database."), self->path);
          goto failed;
        }

      if (version < MP_STORE_SCHEMA_VERSION)
        {
          g_debug ("Migrating %s from version %" G_GINT64_FORMAT, self->path, version);

          /* Integers of ours only: no user text in this SQL. */
          set_version = g_strdup_printf ("PRAGMA main.user_version = %d; PRAGMA main.application_id = %d;",
                                         (int) version + 1, APPLICATION_ID);
          if (!(version == 3 && has_column (self, "introductions", "possible_mentor")) &&
              !exec_sql (self, migrations[version], error))
            goto failed;
          if (!exec_sql (self, set_version, error))
            goto failed;
          if (version >= 1)
            {
              *holding = TRUE;
              continue;
            }
        }

      if (!exec_sql (self, "COMMIT", error))
        goto failed;

      continue;

    failed:
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      *holding = FALSE;
      return FALSE;
    }
}

/* ---- Histories and mentor lists ------------------------------------------------------- */

static void
history_free (gpointer data)
{
  History *history = data;

  for (guint i = 0; i < N_KINDS; i++)
    g_clear_object (&history->lists[i]);
  g_clear_object (&history->agreement);
  g_free (history);
}

static History *
get_history (MpStore      *self,
             MpMentorship *mentorship,
             gboolean      create)
{
  History *history = g_hash_table_lookup (self->histories, mentorship);

  if (history == NULL && create)
    {
      history = g_new0 (History, 1);
      history->mentorship = mentorship;
      history->revision = -1;
      for (Kind kind = KIND_MEETING; kind < N_KINDS; kind++)
        if (kind != KIND_AGREEMENT)
          history->lists[kind] = g_list_store_new (kind_type (kind));
      g_hash_table_insert (self->histories, mentorship, history);
    }

  return history;
}

static void
mark_changed (MpStore      *self,
              MpMentorship *mentorship)
{
  if (mentorship != NULL && !g_hash_table_contains (self->changed, mentorship))
    g_hash_table_add (self->changed, g_object_ref (mentorship));
}

static const char *
mentor_uuid_of (MpMentorship *mentorship)
{
  MpPerson *mentor = mp_mentorship_get_mentor (mentorship);

  return mentor != NULL ? mp_person_get_uuid (mentor) : NULL;
}

/* ---- Applying: objects become canonical or are assigned onto the canonical ones -------- */

static void
normalize_reference (MpStore  *self,
                     Kind      kind,
                     GObject  *reference,
                     GObject **canonical)
{
  *canonical = NULL;

  if (reference == NULL)
    return;

  *canonical = registry_lookup (self, kind, kind_get_uuid (kind, reference));
  if (*canonical == reference)
    *canonical = NULL;
}

/* Points the object's references at the canonical objects with the same uuids. */
static void
normalize (MpStore *self,
           Kind     kind,
           GObject *object)
{
  GObject *canonical;

  switch (kind)
    {
    case KIND_PERSON:
      normalize_reference (self, KIND_DEPARTMENT, (GObject *) mp_person_get_department (MP_PERSON (object)),
                           &canonical);
      if (canonical != NULL)
        mp_person_set_department (MP_PERSON (object), MP_DEPARTMENT (canonical));
      break;

    case KIND_MENTORSHIP:
      normalize_reference (self, KIND_PERSON, (GObject *) mp_mentorship_get_mentor (MP_MENTORSHIP (object)),
                           &canonical);
      if (canonical != NULL)
        mp_mentorship_set_mentor (MP_MENTORSHIP (object), MP_PERSON (canonical));
      normalize_reference (self, KIND_PERSON, (GObject *) mp_mentorship_get_employee (MP_MENTORSHIP (object)),
                           &canonical);
      if (canonical != NULL)
        mp_mentorship_set_employee (MP_MENTORSHIP (object), MP_PERSON (canonical));
      normalize_reference (self, KIND_PROGRAM, (GObject *) mp_mentorship_get_program (MP_MENTORSHIP (object)),
                           &canonical);
      if (canonical != NULL)
        mp_mentorship_set_program (MP_MENTORSHIP (object), MP_PROGRAM (canonical));
      break;

    case KIND_MEETING:
      normalize_reference (self, KIND_MENTORSHIP, (GObject *) mp_meeting_get_mentorship (MP_MEETING (object)),
                           &canonical);
      if (canonical != NULL)
        mp_meeting_set_mentorship (MP_MEETING (object), MP_MENTORSHIP (canonical));
      break;

    case KIND_PROGRESS:
      normalize_reference (self, KIND_MENTORSHIP,
                           (GObject *) mp_activity_progress_get_mentorship (MP_ACTIVITY_PROGRESS (object)),
                           &canonical);
      if (canonical != NULL)
        mp_activity_progress_set_mentorship (MP_ACTIVITY_PROGRESS (object), MP_MENTORSHIP (canonical));
      normalize_reference (self, KIND_MEETING,
                           (GObject *) mp_activity_progress_get_meeting (MP_ACTIVITY_PROGRESS (object)),
                           &canonical);
      if (canonical != NULL)
        mp_activity_progress_set_meeting (MP_ACTIVITY_PROGRESS (object), MP_MEETING (canonical));
      break;

    case KIND_CONCERN:
      normalize_reference (self, KIND_MENTORSHIP, (GObject *) mp_concern_get_mentorship (MP_CONCERN (object)),
                           &canonical);
      if (canonical != NULL)
        mp_concern_set_mentorship (MP_CONCERN (object), MP_MENTORSHIP (canonical));
      break;

    case KIND_INTRODUCTION:
      normalize_reference (self, KIND_MENTORSHIP,
                           (GObject *) mp_introduction_get_mentorship (MP_INTRODUCTION (object)), &canonical);
      if (canonical != NULL)
        mp_introduction_set_mentorship (MP_INTRODUCTION (object), MP_MENTORSHIP (canonical));
      normalize_reference (self, KIND_PERSON,
                           (GObject *) mp_introduction_get_colleague_person (MP_INTRODUCTION (object)), &canonical);
      if (canonical != NULL)
        mp_introduction_set_colleague_person (MP_INTRODUCTION (object), MP_PERSON (canonical));
      break;

    case KIND_AGREEMENT:
      normalize_reference (self, KIND_MENTORSHIP, (GObject *) mp_agreement_get_mentorship (MP_AGREEMENT (object)),
                           &canonical);
      if (canonical != NULL)
        mp_agreement_set_mentorship (MP_AGREEMENT (object), MP_MENTORSHIP (canonical));
      break;

    case KIND_FEEDBACK:
      normalize_reference (self, KIND_MENTORSHIP, (GObject *) mp_feedback_get_mentorship (MP_FEEDBACK (object)),
                           &canonical);
      if (canonical != NULL)
        mp_feedback_set_mentorship (MP_FEEDBACK (object), MP_MENTORSHIP (canonical));
      break;

    case KIND_DEPARTMENT:
    case KIND_PROGRAM:
    case KIND_QUESTION:
    case N_KINDS:
    default:
      break;
    }
}

static gboolean
same_uuid (gpointer a,
           gpointer b,
           Kind     kind)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strcmp0 (kind_get_uuid (kind, a), kind_get_uuid (kind, b)) == 0;
}

/* Whether assigning @b onto @a would change anything, to announce only real changes. */
static gboolean
mentorship_equal (MpMentorship *a,
                  MpMentorship *b)
{
  return same_uuid (mp_mentorship_get_mentor (a), mp_mentorship_get_mentor (b), KIND_PERSON) &&
         same_uuid (mp_mentorship_get_employee (a), mp_mentorship_get_employee (b), KIND_PERSON) &&
         same_uuid (mp_mentorship_get_program (a), mp_mentorship_get_program (b), KIND_PROGRAM) &&
         _mp_date_equal (mp_mentorship_get_start_date (a), mp_mentorship_get_start_date (b)) &&
         _mp_date_equal (mp_mentorship_get_ended_on (a), mp_mentorship_get_ended_on (b)) &&
         _mp_date_equal (mp_mentorship_get_paired_on (a), mp_mentorship_get_paired_on (b)) &&
         mp_mentorship_get_status (a) == mp_mentorship_get_status (b) &&
         g_strcmp0 (mp_mentorship_get_end_reason (a), mp_mentorship_get_end_reason (b)) == 0;
}

static void
mentor_lists_move (MpStore      *self,
                   MpMentorship *mentorship,
                   const char   *old_mentor,
                   gboolean      is_new)
{
  const char *new_mentor = mentor_uuid_of (mentorship);
  GListStore *list;

  if (!is_new && g_strcmp0 (old_mentor, new_mentor) == 0)
    return;

  if (!is_new && old_mentor != NULL && (list = g_hash_table_lookup (self->mentor_lists, old_mentor)) != NULL)
    list_remove_item (list, mentorship);

  if (new_mentor != NULL && (list = g_hash_table_lookup (self->mentor_lists, new_mentor)) != NULL)
    g_list_store_append (list, mentorship);
}

/* Makes @object canonical for its uuid, or assigns it onto the canonical object. With
 * @add_to_list, a new object also joins its list (global kinds; a child joins its history,
 * which is loaded for it when it was not). Returns the canonical object. */
static GObject *
apply_upsert (MpStore  *self,
              Kind      kind,
              GObject  *object,
              gint64    id,
              gboolean  add_to_list,
              gboolean *out_is_new)
{
  const char *uuid = kind_get_uuid (kind, object);
  g_autofree char *old_mentor = NULL;
  GObject *canonical;
  gboolean is_new = FALSE, unchanged = FALSE;

  /* A snapshot's rows refer to canonical objects already (or to rows of the same snapshot,
   * which become canonical first). */
  if (add_to_list)
    normalize (self, kind, object);

  if (KIND_IS_CHILD (kind))
    {
      MpMentorship *mentorship = kind_get_mentorship (kind, object);

      /* The history it belongs to must be known: otherwise the next refresh brings it. */
      if (mentorship == NULL || registry_lookup (self, KIND_MENTORSHIP, mp_mentorship_get_uuid (mentorship)) !=
                                (GObject *) mentorship)
        {
          g_debug ("Not applying a %s of an unknown mentorship", g_type_name (kind_type (kind)));
          if (out_is_new != NULL)
            *out_is_new = FALSE;
          return NULL;
        }
    }

  canonical = registry_lookup (self, kind, uuid);

  if (kind == KIND_MENTORSHIP && canonical != NULL)
    {
      old_mentor = g_strdup (mentor_uuid_of (MP_MENTORSHIP (canonical)));
      if (canonical == object || mentorship_equal (MP_MENTORSHIP (canonical), MP_MENTORSHIP (object)))
        unchanged = TRUE;
    }

  if (canonical == NULL)
    {
      registry_add (self, kind, object, id);
      canonical = object;
      is_new = TRUE;
    }
  else
    {
      if (canonical != object)
        kind_assign (kind, canonical, object);
      if (id != 0)
        registry_set_id (self, kind, uuid, id);
    }

  if ((kind == KIND_PERSON || kind == KIND_DEPARTMENT) && !is_new && canonical != object)
    self->people_changed = TRUE;

  switch (kind)
    {
    case KIND_PERSON:
      self->current_valid = FALSE;
      G_GNUC_FALLTHROUGH;
    case KIND_DEPARTMENT:
    case KIND_PROGRAM:
    case KIND_QUESTION:
      if (is_new && add_to_list)
        g_list_store_append (self->lists[kind], canonical);
      break;

    case KIND_MENTORSHIP:
      if (is_new && add_to_list)
        g_list_store_append (self->lists[kind], canonical);
      mentor_lists_move (self, MP_MENTORSHIP (canonical), old_mentor, is_new);
      if (!unchanged)
        mark_changed (self, MP_MENTORSHIP (canonical));
      break;

    case KIND_MEETING:
    case KIND_PROGRESS:
    case KIND_CONCERN:
    case KIND_INTRODUCTION:
    case KIND_AGREEMENT:
    case KIND_FEEDBACK:
      {
        MpMentorship *mentorship = kind_get_mentorship (kind, canonical);
        History *history = get_history (self, mentorship, TRUE);

        /* Reading a snapshot announces what changed itself (not a first load). */
        if (!add_to_list)
          break;

        mark_changed (self, mentorship);

        if (!history->loaded)
          {
            /* Only apply_ops () gets here: it reads the history at its end, which adopts the
             * object (it is in the registry already), or drops it when the history is gone. */
            g_hash_table_add (self->pending_loads, g_strdup (mp_mentorship_get_uuid (mentorship)));
            if (is_new)
              {
                PendingChild *pending = g_new0 (PendingChild, 1);

                pending->kind = kind;
                pending->uuid = g_strdup (uuid);
                g_ptr_array_add (self->pending_children, pending);
              }
          }
        else if (is_new && kind == KIND_AGREEMENT)
          {
            if (history->agreement != NULL && history->agreement != MP_AGREEMENT (canonical))
              registry_remove (self, KIND_AGREEMENT, mp_agreement_get_uuid (history->agreement));
            g_set_object (&history->agreement, MP_AGREEMENT (canonical));
          }
        else if (is_new)
          g_list_store_append (history->lists[kind], canonical);
      }
      break;

    case N_KINDS:
    default:
      g_assert_not_reached ();
    }

  if (out_is_new != NULL)
    *out_is_new = is_new;

  return canonical;
}

static void forget (MpStore    *self,
                    Kind        kind,
                    const char *uuid);

/* Drops a mentorship's history from the identity map; its lists empty. */
static void
forget_history (MpStore      *self,
                MpMentorship *mentorship)
{
  History *history = get_history (self, mentorship, FALSE);

  if (history == NULL)
    return;

  for (Kind kind = KIND_MEETING; kind < N_KINDS; kind++)
    {
      GListStore *list = history->lists[kind];
      guint n;

      if (list == NULL)
        continue;

      n = g_list_model_get_n_items (G_LIST_MODEL (list));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (list), i);

          registry_remove (self, kind, kind_get_uuid (kind, item));
        }
      g_list_store_remove_all (list);
      /* Whoever holds the (transfer none) list keeps a valid, empty one. */
      g_ptr_array_add (self->retired, g_object_ref (list));
    }

  if (history->agreement != NULL)
    registry_remove (self, KIND_AGREEMENT, mp_agreement_get_uuid (history->agreement));
  g_clear_object (&history->agreement);

  g_hash_table_remove (self->histories, mentorship);
}

/* The row is gone: the object leaves its lists and the identity map. */
static void
forget (MpStore    *self,
        Kind        kind,
        const char *uuid)
{
  g_autoptr(GObject) object = registry_lookup (self, kind, uuid);
  g_autofree char *key = g_strdup (uuid);

  if (object == NULL)
    return;

  g_object_ref (object);

  switch (kind)
    {
    case KIND_PERSON:
      {
        GListStore *mentor_list = g_hash_table_lookup (self->mentor_lists, key);

        if (mentor_list != NULL)
          {
            g_ptr_array_add (self->retired, g_object_ref (mentor_list));
            g_hash_table_remove (self->mentor_lists, key);
          }
        self->current_valid = FALSE;
      }
      G_GNUC_FALLTHROUGH;
    case KIND_DEPARTMENT:
    case KIND_PROGRAM:
    case KIND_QUESTION:
      list_remove_item (self->lists[kind], object);
      break;

    case KIND_MENTORSHIP:
      {
        const char *mentor = mentor_uuid_of (MP_MENTORSHIP (object));
        GListStore *list = mentor != NULL ? g_hash_table_lookup (self->mentor_lists, mentor) : NULL;

        forget_history (self, MP_MENTORSHIP (object));
        list_remove_item (list, object);
        list_remove_item (self->lists[kind], object);
        if (g_hash_table_remove (self->changed, object))
          g_object_unref (object);
      }
      break;

    case KIND_AGREEMENT:
    case KIND_MEETING:
    case KIND_PROGRESS:
    case KIND_CONCERN:
    case KIND_INTRODUCTION:
    case KIND_FEEDBACK:
      {
        MpMentorship *mentorship = kind_get_mentorship (kind, object);
        History *history = mentorship != NULL ? get_history (self, mentorship, FALSE) : NULL;

        if (history != NULL && kind == KIND_AGREEMENT && history->agreement == MP_AGREEMENT (object))
          g_clear_object (&history->agreement);
        else if (history != NULL)
          list_remove_item (history->lists[kind], object);
        mark_changed (self, mentorship);
      }
      break;

    case N_KINDS:
    default:
      g_assert_not_reached ();
    }

  registry_remove (self, kind, key);
}

/* Makes @list hold exactly @wanted (canonical objects): vanished items are forgotten, new
 * ones appended in one splice. */
static void
sync_list (MpStore    *self,
           Kind        kind,
           GListStore *list,
           GPtrArray  *wanted)
{
  g_autoptr(GHashTable) wanted_set = NULL;
  g_autoptr(GHashTable) present = NULL;
  g_autoptr(GPtrArray) vanished = NULL;
  g_autoptr(GPtrArray) added = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  if (n == 0)
    {
      /* A first load (tens of thousands of lists at once: allocate nothing). */
      if (wanted->len > 0)
        g_list_store_splice (list, 0, 0, wanted->pdata, wanted->len);
      return;
    }

  wanted_set = g_hash_table_new (NULL, NULL);
  present = g_hash_table_new (NULL, NULL);
  vanished = g_ptr_array_new_with_free_func (g_free);
  added = g_ptr_array_new ();

  for (guint i = 0; i < wanted->len; i++)
    g_hash_table_add (wanted_set, g_ptr_array_index (wanted, i));

  for (guint i = 0; i < n; i++)
    {
      GObject *item = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (!g_hash_table_contains (wanted_set, item))
        g_ptr_array_add (vanished, g_strdup (kind_get_uuid (kind, item)));
      else
        g_hash_table_add (present, item);
      g_object_unref (item);
    }

  for (guint i = 0; i < vanished->len; i++)
    {
      const char *uuid = g_ptr_array_index (vanished, i);
      GObject *object = registry_lookup (self, kind, uuid);

      if (object != NULL && !g_hash_table_contains (wanted_set, object))
        forget (self, kind, uuid);
      else if (object != NULL)
        list_remove_item (list, object);
    }

  for (guint i = 0; i < wanted->len; i++)
    {
      gpointer item = g_ptr_array_index (wanted, i);

      if (!g_hash_table_contains (present, item))
        g_ptr_array_add (added, item);
    }

  if (added->len > 0)
    g_list_store_splice (list, g_list_model_get_n_items (G_LIST_MODEL (list)), 0, added->pdata, added->len);
}

/* ---- Reading rows into fresh objects --------------------------------------------------- */

static void
row_free (gpointer data)
{
  Row *row = data;

  g_clear_object (&row->object);
  g_free (row);
}

static void
snapshot_clear (Snapshot *snapshot)
{
  for (guint i = 0; i < N_KINDS; i++)
    {
      g_clear_pointer (&snapshot->by_id[i], g_hash_table_unref);
      g_clear_pointer (&snapshot->rows[i], g_ptr_array_unref);
    }
  g_clear_pointer (&snapshot->histories, g_hash_table_unref);
  g_clear_pointer (&snapshot->closed_days, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Snapshot, snapshot_clear)

/* The object a row refers to by id: a canonical one, or one read into this snapshot. */
static GObject *
resolve (MpStore  *self,
         Snapshot *snapshot,
         Kind      kind,
         gint64    id)
{
  GObject *object;
  Row *row;

  if (id == 0)
    return NULL;

  if ((object = registry_lookup_id (self, kind, id)) != NULL)
    return object;

  if (snapshot->by_id[kind] != NULL && (row = g_hash_table_lookup (snapshot->by_id[kind], &id)) != NULL)
    {
      /* A row new to us, unless its uuid came back under a new id (deleted, then imported
       * again): then the canonical object it will be assigned onto. */
      object = registry_lookup (self, kind, kind_get_uuid (kind, row->object));

      return object != NULL ? object : row->object;
    }

  g_debug ("Row %" G_GINT64_FORMAT " of %s not found", id, g_type_name (kind_type (kind)));

  return NULL;
}

/* A fresh object with its uuid, the rest set through its setters: g_object_new () with
 * every property by name took twice as long (a property lookup and a GValue copy of each
 * value), and loading reads tens of thousands of rows. Nobody can watch the object yet. */
static gpointer
new_with_uuid (GType         type,
               sqlite3_stmt *stmt,
               int           column)
{
  return g_object_new (type, "uuid", column_text (stmt, column), NULL);
}

/* A count within 0..@max, or -1: a damaged file may hold anything (a read-only connection
 * checks no CHECK constraint), and the setters refuse what is out of range. The object then
 * keeps its default, as a property set out of range used to. */
static int
column_count_upto (sqlite3_stmt *stmt,
                   int           column,
                   int           max)
{
  int value = sqlite3_column_int (stmt, column);

  return value >= 0 && value <= max ? value : -1;
}

/* ---- Sealing: what an employee and a mentor write each other ----------------------------- */

/* The plain subject of a sealed concern (the column must not be blank); never shown */
#define SEALED_PLACEHOLDER "sealed"

static void
seal_key_free (gpointer data)
{
  MpSealKey *key = data;

  memset (key, 0, sizeof *key);
  g_free (key);
}

/* "concern UUID PART": a sealed part opens only in its own place */
static char *
concern_context (const char *uuid,
                 const char *part)
{
  return g_strconcat ("concern ", uuid, " ", part, NULL);
}

/* This computer account's key pairs, from its private database (none when it cannot be read,
 * such as a private database of an earlier version opened read-only) */
static void
load_seal_keys (MpStore *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_ptr_array_set_size (self->seal_keys, 0);
  if (sqlite3_prepare_v2 (self->db, "SELECT secret, public_key FROM private.keys", -1, &stmt, NULL) != SQLITE_OK)
    return;

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      MpSealKey *key;

      if (sqlite3_column_bytes (stmt, 0) != MP_SEAL_KEY_SIZE || sqlite3_column_bytes (stmt, 1) != MP_SEAL_KEY_SIZE)
        continue;
      key = g_new0 (MpSealKey, 1);
      memcpy (key->secret, sqlite3_column_blob (stmt, 0), MP_SEAL_KEY_SIZE);
      memcpy (key->public, sqlite3_column_blob (stmt, 1), MP_SEAL_KEY_SIZE);
      if (mp_seal_key_is_valid (key))
        g_ptr_array_add (self->seal_keys, key);
      else
        seal_key_free (key);
    }
}

/* The text of a sealed part at @column, or NULL (and *@unreadable set) when this computer has
 * no key it was sealed for, or it is damaged */
static char *
open_sealed_column (MpStore      *self,
                    sqlite3_stmt *stmt,
                    int           column,
                    const char   *uuid,
                    const char   *part,
                    gboolean     *unreadable)
{
  g_autoptr(GBytes) envelope = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *context = NULL;
  char *text;

  if (sqlite3_column_type (stmt, column) != SQLITE_BLOB)
    {
      *unreadable = TRUE;
      return NULL;
    }

  envelope = g_bytes_new (sqlite3_column_blob (stmt, column), (gsize) sqlite3_column_bytes (stmt, column));
  context = concern_context (uuid, part);
  text = mp_seal_open (envelope, context, self->seal_keys, &error);
  if (text == NULL)
    {
      g_debug ("The %s of concern %s cannot be read here: %s", part, uuid, error->message);
      *unreadable = TRUE;
    }

  return text;
}

/* A concern's subject, text and answer from a SELECT_CONCERNS row: sealed (columns 10-12)
 * or, from an earlier version, plain (3, 4, 8). What this computer cannot open reads as a
 * placeholder, and the concern remembers it (a write keeps what is stored). */
static void
read_concern_texts (MpStore      *self,
                    sqlite3_stmt *stmt,
                    MpConcern    *concern)
{
  const char *uuid = mp_concern_get_uuid (concern);
  guint unreadable = 0;

  if (sqlite3_column_type (stmt, 10) == SQLITE_NULL)
    {
      mp_concern_set_subject (concern, column_text (stmt, 3));
      mp_concern_set_text (concern, column_text_or_null (stmt, 4));
    }
  else
    {
      gboolean failed = FALSE;
      g_autofree char *subject = open_sealed_column (self, stmt, 10, uuid, "subject", &failed);
      g_autofree char *text = NULL;

      if (!failed && sqlite3_column_type (stmt, 11) != SQLITE_NULL)
        text = open_sealed_column (self, stmt, 11, uuid, "text", &failed);

      if (failed)
        {
          unreadable |= _MP_CONCERN_UNREADABLE_BODY;
          mp_concern_set_subject (concern, _("Sealed for another computer"));
          mp_concern_set_text (concern, _("This concern was sealed for the keys of its employee and mentor, and this "
                                          "computer has none of them yet. It becomes readable here once one of "
                                          "them opens Mentoring on a computer where they could read it."));
        }
      else
        {
          mp_concern_set_subject (concern, subject);
          mp_concern_set_text (concern, text != NULL && *text != '\0' ? text : NULL);
        }
    }

  if (sqlite3_column_type (stmt, 12) == SQLITE_NULL)
    mp_concern_set_answer (concern, column_text_or_null (stmt, 8));
  else
    {
      gboolean failed = FALSE;
      g_autofree char *answer = open_sealed_column (self, stmt, 12, uuid, "answer", &failed);

      if (failed)
        {
          unreadable |= _MP_CONCERN_UNREADABLE_ANSWER;
          mp_concern_set_answer (concern, _("The answer was sealed for keys this computer does not have yet."));
        }
      else
        mp_concern_set_answer (concern, answer != NULL && *answer != '\0' ? answer : NULL);
    }

  _mp_concern_set_unreadable (concern, unreadable);
}

static GObject *
read_object (MpStore      *self,
             Snapshot     *snapshot,
             Kind          kind,
             sqlite3_stmt *stmt,
             gint64        id)
{
  GDate date;

  switch (kind)
    {
    case KIND_DEPARTMENT:
      {
        MpDepartment *department = new_with_uuid (MP_TYPE_DEPARTMENT, stmt, 1);

        mp_department_set_name (department, column_text (stmt, 2));
        mp_department_set_description (department, column_text_or_null (stmt, 3));
        mp_department_set_ask_for (department, column_text_or_null (stmt, 4));
        return G_OBJECT (department);
      }

    case KIND_PERSON:
      {
        MpPerson *person = new_with_uuid (MP_TYPE_PERSON, stmt, 1);

        mp_person_set_name (person, column_text (stmt, 2));
        mp_person_set_login (person, column_text (stmt, 3));
        mp_person_set_email (person, column_text_or_null (stmt, 4));
        mp_person_set_phone (person, column_text_or_null (stmt, 5));
        mp_person_set_title (person, column_text_or_null (stmt, 6));
        mp_person_set_department (person, (MpDepartment *) resolve (self, snapshot, KIND_DEPARTMENT,
                                                                   sqlite3_column_int64 (stmt, 7)));
        mp_person_set_is_hr_admin (person, sqlite3_column_int (stmt, 8) != 0);
        mp_person_set_may_mentor (person, sqlite3_column_int (stmt, 9) != 0);
        mp_person_set_active (person, sqlite3_column_int (stmt, 10) != 0);
        return G_OBJECT (person);
      }

    case KIND_PROGRAM:
      {
        GObject *existing = registry_lookup_id (self, KIND_PROGRAM, id);
        g_autoptr(GError) error = NULL;
        const char *definition;
        MpProgram *program;

        /* A stored program version never changes: keep the object we have. */
        if (existing != NULL)
          return g_object_ref (existing);

        /* NOT NULL holds for what SQLite writes, not for a file damaged or made elsewhere. */
        definition = column_text (stmt, 2);
        if (definition == NULL)
          {
            g_debug ("Program %s in the database has no definition", column_text (stmt, 1));
            return NULL;
          }
        program = mp_program_new_from_json (definition, strlen (definition), &error);
        if (program == NULL)
          {
            /* Damage (read_rows () refuses the read): SQLite's json_valid () took it. */
            g_debug ("Program %s in the database cannot be read: %s", column_text (stmt, 1), error->message);
            return NULL;
          }
        if (g_strcmp0 (mp_program_get_uuid (program), column_text (stmt, 1)) != 0)
          {
            g_debug ("Program %s in the database has another uuid inside", column_text (stmt, 1));
            g_object_unref (program);
            return NULL;
          }
        return G_OBJECT (program);
      }

    case KIND_QUESTION:
      {
        MpQuestion *question = new_with_uuid (MP_TYPE_QUESTION, stmt, 1);

        mp_question_set_question (question, column_text (stmt, 2));
        mp_question_set_answer (question, column_text_or_null (stmt, 3));
        mp_question_set_ask_whom (question, column_text_or_null (stmt, 4));
        return G_OBJECT (question);
      }

    case KIND_MENTORSHIP:
      {
        MpMentorship *mentorship = new_with_uuid (MP_TYPE_MENTORSHIP, stmt, 1);

        mp_mentorship_set_mentor (mentorship, (MpPerson *) resolve (self, snapshot, KIND_PERSON,
                                                                    sqlite3_column_int64 (stmt, 2)));
        mp_mentorship_set_employee (mentorship, (MpPerson *) resolve (self, snapshot, KIND_PERSON,
                                                                      sqlite3_column_int64 (stmt, 3)));
        mp_mentorship_set_program (mentorship, (MpProgram *) resolve (self, snapshot, KIND_PROGRAM,
                                                                      sqlite3_column_int64 (stmt, 4)));
        mp_mentorship_set_status (mentorship, column_enum (stmt, 6, MP_TYPE_MENTORSHIP_STATUS,
                                                           MP_MENTORSHIP_STATUS_ACTIVE));
        mp_mentorship_set_end_reason (mentorship, column_text_or_null (stmt, 7));
        if (column_date (stmt, 5, &date))
          mp_mentorship_set_start_date (mentorship, &date);
        if (column_date (stmt, 8, &date))
          mp_mentorship_set_ended_on (mentorship, &date);
        if (column_date (stmt, 10, &date))
          mp_mentorship_set_paired_on (mentorship, &date);
        return G_OBJECT (mentorship);
      }

    case KIND_MEETING:
      {
        g_autoptr(GDateTime) starts_at = column_instant (stmt, 3);
        MpMeeting *meeting = new_with_uuid (MP_TYPE_MEETING, stmt, 2);

        mp_meeting_set_mentorship (meeting, (MpMentorship *) resolve (self, snapshot, KIND_MENTORSHIP,
                                                                      sqlite3_column_int64 (stmt, 1)));
        mp_meeting_set_starts_at (meeting, starts_at);
        if (column_count_upto (stmt, 4, 24 * 60) >= 0)
          mp_meeting_set_duration_minutes (meeting, sqlite3_column_int (stmt, 4));
        mp_meeting_set_mode (meeting, column_enum (stmt, 5, MP_TYPE_MEETING_MODE, MP_MEETING_MODE_IN_PERSON));
        mp_meeting_set_status (meeting, column_enum (stmt, 6, MP_TYPE_MEETING_STATUS, MP_MEETING_STATUS_SCHEDULED));
        mp_meeting_set_place (meeting, column_text_or_null (stmt, 7));
        mp_meeting_set_agenda (meeting, column_text_or_null (stmt, 8));
        mp_meeting_set_summary (meeting, column_text_or_null (stmt, 9));
        mp_meeting_set_informal (meeting, sqlite3_column_int (stmt, 10) != 0);
        return G_OBJECT (meeting);
      }

    case KIND_PROGRESS:
      {
        MpActivityProgress *progress = new_with_uuid (MP_TYPE_ACTIVITY_PROGRESS, stmt, 2);

        mp_activity_progress_set_mentorship (progress, (MpMentorship *) resolve (self, snapshot, KIND_MENTORSHIP,
                                                                                 sqlite3_column_int64 (stmt, 1)));
        mp_activity_progress_set_activity_id (progress, column_text (stmt, 3));
        mp_activity_progress_set_state (progress, column_enum (stmt, 4, MP_TYPE_ACTIVITY_STATE,
                                                               MP_ACTIVITY_STATE_PENDING));
        mp_activity_progress_set_meeting (progress, (MpMeeting *) resolve (self, snapshot, KIND_MEETING,
                                                                           sqlite3_column_int64 (stmt, 6)));
        mp_activity_progress_set_hr_note (progress, column_text_or_null (stmt, 8));
        if (column_date (stmt, 5, &date))
          mp_activity_progress_set_done_on (progress, &date);
        if (column_date (stmt, 7, &date))
          mp_activity_progress_set_hr_followed_up_on (progress, &date);
        return G_OBJECT (progress);
      }

    case KIND_CONCERN:
      {
        g_autoptr(GDateTime) raised_at = column_instant (stmt, 5);
        g_autoptr(GDateTime) answered_at = column_instant (stmt, 9);
        MpConcern *concern = new_with_uuid (MP_TYPE_CONCERN, stmt, 2);

        mp_concern_set_mentorship (concern, (MpMentorship *) resolve (self, snapshot, KIND_MENTORSHIP,
                                                                      sqlite3_column_int64 (stmt, 1)));
        read_concern_texts (self, stmt, concern);
        mp_concern_set_raised_at (concern, raised_at);
        mp_concern_set_status (concern, column_enum (stmt, 7, MP_TYPE_CONCERN_STATUS, MP_CONCERN_STATUS_OPEN));
        mp_concern_set_answered_at (concern, answered_at);
        if (column_date (stmt, 6, &date))
          mp_concern_set_needed_by (concern, &date);
        return G_OBJECT (concern);
      }

    case KIND_INTRODUCTION:
      {
        MpIntroduction *introduction = new_with_uuid (MP_TYPE_INTRODUCTION, stmt, 2);

        mp_introduction_set_mentorship (introduction, (MpMentorship *) resolve (self, snapshot, KIND_MENTORSHIP,
                                                                                sqlite3_column_int64 (stmt, 1)));
        mp_introduction_set_colleague (introduction, column_text (stmt, 3));
        mp_introduction_set_colleague_person (introduction, (MpPerson *) resolve (self, snapshot, KIND_PERSON,
                                                                                  sqlite3_column_int64 (stmt, 4)));
        mp_introduction_set_where (introduction, column_text_or_null (stmt, 5));
        mp_introduction_set_possible_mentor (introduction, sqlite3_column_int (stmt, 7) != 0);
        if (column_date (stmt, 6, &date))
          mp_introduction_set_on (introduction, &date);
        return G_OBJECT (introduction);
      }

    case KIND_AGREEMENT:
      {
        MpAgreement *agreement = new_with_uuid (MP_TYPE_AGREEMENT, stmt, 2);

        mp_agreement_set_mentorship (agreement, (MpMentorship *) resolve (self, snapshot, KIND_MENTORSHIP,
                                                                          sqlite3_column_int64 (stmt, 1)));
        mp_agreement_set_best_days (agreement, column_text_or_null (stmt, 3));
        mp_agreement_set_channels (agreement, column_text_or_null (stmt, 4));
        mp_agreement_set_expectations (agreement, column_text_or_null (stmt, 5));
        if (column_date (stmt, 6, &date))
          mp_agreement_set_agreed_on (agreement, &date);
        return G_OBJECT (agreement);
      }

    case KIND_FEEDBACK:
      {
        g_autoptr(GDateTime) submitted_at = column_instant (stmt, 8);
        MpFeedback *feedback = new_with_uuid (MP_TYPE_FEEDBACK, stmt, 2);

        mp_feedback_set_mentorship (feedback, (MpMentorship *) resolve (self, snapshot, KIND_MENTORSHIP,
                                                                        sqlite3_column_int64 (stmt, 1)));
        mp_feedback_set_role (feedback, column_enum (stmt, 3, MP_TYPE_FEEDBACK_ROLE, MP_FEEDBACK_ROLE_EMPLOYEE));
        if (column_count_upto (stmt, 4, 5) >= 0)
          mp_feedback_set_program_rating (feedback, sqlite3_column_int (stmt, 4));
        if (column_count_upto (stmt, 5, 5) >= 0)
          mp_feedback_set_meetings_rating (feedback, sqlite3_column_int (stmt, 5));
        if (column_count_upto (stmt, 6, 5) >= 0)
          mp_feedback_set_usefulness_rating (feedback, sqlite3_column_int (stmt, 6));
        mp_feedback_set_comment (feedback, column_text_or_null (stmt, 7));
        mp_feedback_set_submitted_at (feedback, submitted_at);
        return G_OBJECT (feedback);
      }

    case N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Whether an object read from a row keeps the promises the rest of the app relies on: every
 * reference resolved, every required value there. A damaged file can break them without
 * PRAGMA quick_check noticing (it checks no foreign key, and a read-only connection checks
 * no CHECK constraint), and a window would then dereference a missing program or date. */
static gboolean
is_sound (Kind     kind,
          GObject *object)
{
  switch (kind)
    {
    case KIND_MENTORSHIP:
      {
        MpMentorship *mentorship = MP_MENTORSHIP (object);
        const GDate *start = mp_mentorship_get_start_date (mentorship);

        return mp_mentorship_get_mentor (mentorship) != NULL && mp_mentorship_get_employee (mentorship) != NULL &&
               mp_mentorship_get_program (mentorship) != NULL && start != NULL && g_date_valid (start);
      }

    case KIND_MEETING:
      return mp_meeting_get_mentorship (MP_MEETING (object)) != NULL &&
             mp_meeting_get_starts_at (MP_MEETING (object)) != NULL;

    case KIND_PROGRESS:
      return mp_activity_progress_get_mentorship (MP_ACTIVITY_PROGRESS (object)) != NULL &&
             !mp_text_is_blank (mp_activity_progress_get_activity_id (MP_ACTIVITY_PROGRESS (object)));

    case KIND_CONCERN:
      return mp_concern_get_mentorship (MP_CONCERN (object)) != NULL &&
             mp_concern_get_raised_at (MP_CONCERN (object)) != NULL;

    case KIND_INTRODUCTION:
      return mp_introduction_get_mentorship (MP_INTRODUCTION (object)) != NULL;

    case KIND_AGREEMENT:
      return mp_agreement_get_mentorship (MP_AGREEMENT (object)) != NULL;

    case KIND_FEEDBACK:
      return mp_feedback_get_mentorship (MP_FEEDBACK (object)) != NULL &&
             mp_feedback_get_submitted_at (MP_FEEDBACK (object)) != NULL;

    case KIND_DEPARTMENT:
    case KIND_PERSON:
    case KIND_PROGRAM:
    case KIND_QUESTION:
      return TRUE;

    case N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* Steps @stmt and adds a Row per result to the snapshot. */
static gboolean
read_rows (MpStore       *self,
           Snapshot      *snapshot,
           Kind           kind,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc;

  if (snapshot->rows[kind] == NULL)
    {
      snapshot->rows[kind] = g_ptr_array_new_with_free_func (row_free);
      if (REFERENCED_KINDS & KIND_BIT (kind))
        snapshot->by_id[kind] = g_hash_table_new (g_int64_hash, g_int64_equal);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      Row *row;
      GObject *object;

      if (KIND_IS_CHILD (kind) && snapshot->histories != NULL)
        {
          gint64 parent = sqlite3_column_int64 (stmt, 1);

          if (!g_hash_table_contains (snapshot->histories, &parent))
            continue;
        }

      object = read_object (self, snapshot, kind, stmt, id);
      if (object == NULL || !is_sound (kind, object))
        {
          g_autofree char *uuid = g_strdup (column_text (stmt, KIND_IS_CHILD (kind) ? 2 : 1));

          g_clear_object (&object);
          sqlite3_reset (stmt);
          g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_CORRUPT,
                       _("The database “%s” is damaged (the record “%s” cannot be read)."), self->path, uuid);
          return FALSE;
        }

      row = g_new0 (Row, 1);
      row->id = id;
      row->object = object;
      if (KIND_IS_CHILD (kind))
        row->parent = sqlite3_column_int64 (stmt, 1);
      else if (kind == KIND_MENTORSHIP)
        row->parent = sqlite3_column_int64 (stmt, 9);

      g_ptr_array_add (snapshot->rows[kind], row);
      if (snapshot->by_id[kind] != NULL)
        g_hash_table_replace (snapshot->by_id[kind], &row->id, row);
    }

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_kind (MpStore   *self,
           Snapshot  *snapshot,
           Kind       kind,
           GError   **error)
{
  g_autoptr(MpCachedStmt) stmt = prepare (self, select_all[kind], error);

  return stmt != NULL && read_rows (self, snapshot, kind, stmt, error);
}

static gboolean
read_revisions (MpStore   *self,
                Snapshot  *snapshot,
                GError   **error)
{
  g_autoptr(MpCachedStmt) stmt = prepare (self, "SELECT name, revision FROM revisions", error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    for (guint i = 0; i < G_N_ELEMENTS (revision_names); i++)
      if (g_strcmp0 (revision_names[i], column_text (stmt, 0)) == 0)
        snapshot->revisions[i] = sqlite3_column_int64 (stmt, 1);

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      return FALSE;
    }

  snapshot->have_revisions = TRUE;

  return TRUE;
}

/* The closed days HR keeps, as stored now: @days (none when none is stored), or
 * @unreadable and none when the value is one this version cannot read (a newer version's,
 * say). FALSE and @error only when the database cannot be read. */
static gboolean
load_closed_days (MpStore   *self,
                  GArray   **days,
                  gboolean  *unreadable,
                  GError   **error)
{
  g_autoptr(MpCachedStmt) stmt = prepare (self, "SELECT value FROM meta WHERE key = 'closed_days'", error);
  g_autoptr(GError) local_error = NULL;
  gboolean found;

  *days = NULL;
  *unreadable = FALSE;
  if (stmt == NULL || !step_row (self, stmt, &found, error))
    return FALSE;

  if (found && column_text (stmt, 0) != NULL)
    *days = mp_json_closed_days_from_string (column_text (stmt, 0), &local_error);
  if (local_error != NULL)
    {
      g_debug ("The closed days stored in %s cannot be read: %s", self->path, local_error->message);
      *unreadable = TRUE;
    }
  if (*days == NULL)
    *days = mp_closed_days_new ();

  return TRUE;
}

/* (a value this version cannot read counts as none for the schedule, and is never written
 * over: write_closed_days ()) */
static gboolean
read_closed_days (MpStore   *self,
                  Snapshot  *snapshot,
                  GError   **error)
{
  return load_closed_days (self, &snapshot->closed_days, &snapshot->closed_days_unreadable, error);
}

static gboolean
read_meta (MpStore   *self,
           Snapshot  *snapshot,
           GError   **error)
{
  g_autoptr(MpCachedStmt) stmt = prepare (self, "SELECT value FROM meta WHERE key = 'is_demo'", error);
  gboolean found;

  if (stmt == NULL || !step_row (self, stmt, &found, error))
    return FALSE;

  snapshot->is_demo = found && g_strcmp0 (column_text (stmt, 0), "1") == 0;
  g_clear_pointer (&stmt, cached_stmt_release);
  if (!read_closed_days (self, snapshot, error))
    return FALSE;
  snapshot->have_meta = TRUE;

  return TRUE;
}

/* Reads the histories of snapshot->histories: one query per kind and mentorship when they are
 * few, one query per kind over every row when they are many. */
static gboolean
read_histories (MpStore   *self,
                Snapshot  *snapshot,
                gboolean   all_rows,
                guint      kinds,
                GError   **error)
{
  guint n = g_hash_table_size (snapshot->histories);

  snapshot->whole_histories = (kinds & HISTORY_KINDS) == HISTORY_KINDS;

  for (Kind kind = KIND_MEETING; kind < N_KINDS; kind++)
    {
      if ((kinds & KIND_BIT (kind)) == 0)
        continue;

      if (snapshot->rows[kind] == NULL)
        {
          snapshot->rows[kind] = g_ptr_array_new_with_free_func (row_free);
          if (REFERENCED_KINDS & KIND_BIT (kind))
            snapshot->by_id[kind] = g_hash_table_new (g_int64_hash, g_int64_equal);
        }

      if (all_rows || n > 64)
        {
          if (!read_kind (self, snapshot, kind, error))
            return FALSE;
        }
      else
        {
          GHashTableIter iter;
          gpointer key;

          g_hash_table_iter_init (&iter, snapshot->histories);
          while (g_hash_table_iter_next (&iter, &key, NULL))
            {
              g_autoptr(MpCachedStmt) stmt = prepare (self, select_history[kind], error);

              if (stmt == NULL)
                return FALSE;
              sqlite3_bind_int64 (stmt, 1, *(gint64 *) key);
              if (!read_rows (self, snapshot, kind, stmt, error))
                return FALSE;
            }
        }
    }

  return TRUE;
}

/* Phase two: the snapshot's rows become the canonical state, in dependency order. */
static void
apply_snapshot (MpStore  *self,
                Snapshot *snapshot)
{
  for (guint k = 0; k < G_N_ELEMENTS (apply_order); k++)
    {
      Kind kind = apply_order[k];
      GPtrArray *rows = snapshot->rows[kind];

      if (rows == NULL)
        continue;

      if (!KIND_IS_CHILD (kind))
        {
          g_autoptr(GPtrArray) wanted = g_ptr_array_sized_new (rows->len);

          for (guint i = 0; i < rows->len; i++)
            {
              Row *row = g_ptr_array_index (rows, i);

              g_ptr_array_add (wanted, apply_upsert (self, kind, row->object, row->id, FALSE, NULL));
            }

          sync_list (self, kind, self->lists[kind], wanted);
        }
      else
        {
          g_autoptr(GHashTable) wanted = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
          GHashTableIter iter;
          History *history;

          for (guint i = 0; i < rows->len; i++)
            {
              Row *row = g_ptr_array_index (rows, i);
              History *owner = g_hash_table_lookup (snapshot->histories, &row->parent);
              GPtrArray *objects;
              GObject *canonical;

              if (owner == NULL)
                continue;

              canonical = apply_upsert (self, kind, row->object, row->id, FALSE, NULL);
              if (canonical == NULL)
                continue;

              objects = g_hash_table_lookup (wanted, owner);
              if (objects == NULL)
                g_hash_table_insert (wanted, owner, (objects = g_ptr_array_new ()));
              g_ptr_array_add (objects, canonical);
            }

          g_hash_table_iter_init (&iter, snapshot->histories);
          while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &history))
            {
              GPtrArray *objects = g_hash_table_lookup (wanted, history);

              if (kind == KIND_AGREEMENT)
                {
                  MpAgreement *agreement = objects != NULL ? g_ptr_array_index (objects, 0) : NULL;

                  if (history->agreement != NULL && history->agreement != agreement)
                    registry_remove (self, KIND_AGREEMENT, mp_agreement_get_uuid (history->agreement));
                  g_set_object (&history->agreement, agreement);
                }
              else if (objects != NULL)
                sync_list (self, kind, history->lists[kind], objects);
              else if (g_list_model_get_n_items (G_LIST_MODEL (history->lists[kind])) > 0)
                {
                  g_autoptr(GPtrArray) none = g_ptr_array_new ();

                  sync_list (self, kind, history->lists[kind], none);
                }
            }
        }
    }

  if (snapshot->histories != NULL)
    {
      GHashTableIter iter;
      History *history;

      g_hash_table_iter_init (&iter, snapshot->histories);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &history))
        {
          /* A first load changes nothing anybody saw. */
          if (history->loaded)
            mark_changed (self, history->mentorship);
          if (snapshot->whole_histories)
            history->loaded = TRUE;
        }
    }

  if (snapshot->have_revisions)
    memcpy (self->revisions, snapshot->revisions, sizeof self->revisions);

  if (snapshot->have_meta && self->is_demo != snapshot->is_demo)
    {
      self->is_demo = snapshot->is_demo;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DEMO]);
    }

  if (snapshot->have_meta)
    self->closed_days_unreadable = snapshot->closed_days_unreadable;
  if (snapshot->have_meta && !mp_closed_days_equal (self->closed_days, snapshot->closed_days))
    {
      g_clear_pointer (&self->closed_days, g_array_unref);
      self->closed_days = g_steal_pointer (&snapshot->closed_days);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CLOSED_DAYS]);
    }
}

static gboolean
begin_read (MpStore  *self,
            gboolean *began,
            GError  **error)
{
  *began = FALSE;

  if (!sqlite3_get_autocommit (self->db))
    return TRUE;

  if (!exec_sql (self, "BEGIN", error))
    return FALSE;

  *began = TRUE;

  return TRUE;
}

static void
end_read (MpStore  *self,
          gboolean  began)
{
  if (began)
    sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
}

/* Reads (or re-reads) the given histories and applies them. */
static gboolean
load_histories (MpStore    *self,
                GPtrArray  *histories,
                guint       kinds,
                GError    **error)
{
  g_auto(Snapshot) snapshot = { 0 };
  gboolean began, ok;

  snapshot.histories = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < histories->len; i++)
    {
      History *history = g_ptr_array_index (histories, i);
      gint64 id = _mp_mentorship_get_id (history->mentorship);

      if (id != 0)
        g_hash_table_insert (snapshot.histories, g_memdup2 (&id, sizeof id), history);
    }

  if (g_hash_table_size (snapshot.histories) == 0)
    return TRUE;

  if (!begin_read (self, &began, error))
    return FALSE;

  ok = read_histories (self, &snapshot, FALSE, kinds, error);

  /* The revision each history was read at (a partial read leaves it: other kinds may have
   * changed meanwhile, and the next refresh must still see that). */
  if (ok && snapshot.whole_histories)
    {
      GHashTableIter iter;
      gpointer key;
      History *history;

      g_hash_table_iter_init (&iter, snapshot.histories);
      while (ok && g_hash_table_iter_next (&iter, &key, (gpointer *) &history))
        {
          g_autoptr(MpCachedStmt) stmt = prepare (self, "SELECT revision FROM mentorships WHERE id = ?1", error);
          gboolean found = FALSE;

          ok = stmt != NULL;
          if (ok)
            {
              sqlite3_bind_int64 (stmt, 1, *(gint64 *) key);
              ok = step_row (self, stmt, &found, error);
            }
          if (ok && found)
            history->revision = sqlite3_column_int64 (stmt, 0);
        }
    }

  end_read (self, began);

  if (!ok)
    return FALSE;

  apply_snapshot (self, &snapshot);

  return TRUE;
}

static History *
ensure_history (MpStore      *self,
                MpMentorship *mentorship)
{
  History *history;

  mentorship = MP_MENTORSHIP (registry_lookup (self, KIND_MENTORSHIP, mp_mentorship_get_uuid (mentorship)));
  if (mentorship == NULL)
    return NULL;

  history = get_history (self, mentorship, TRUE);
  if (!history->loaded)
    {
      g_autoptr(GPtrArray) one = g_ptr_array_new ();
      g_autoptr(GError) error = NULL;

      g_ptr_array_add (one, history);
      if (!load_histories (self, one, HISTORY_KINDS, &error))
        g_warning ("Could not read the history of a mentorship: %s", error->message);
      finish_applying (self);
    }

  return history;
}

/* The revision of mentorship @id's history as last read (kept in place: 10,000 rows are
 * seen again at each refresh of the mentorships). */
static void
remember_revision (MpStore *self,
                   gint64   id,
                   gint64   revision)
{
  gint64 *seen = g_hash_table_lookup (self->revisions_seen, &id);

  if (seen != NULL)
    *seen = revision;
  else
    g_hash_table_insert (self->revisions_seen, g_memdup2 (&id, sizeof id), g_memdup2 (&revision, sizeof revision));
}

/* Reads the tables whose revision changed (all with @everything) and the loaded histories
 * whose mentorship's revision changed, in one read transaction; then applies them. */
static gboolean
refresh (MpStore   *self,
         gboolean   everything,
         GError   **error)
{
  g_auto(Snapshot) snapshot = { 0 };
  gboolean began, ok;

  if (!begin_read (self, &began, error))
    return FALSE;

  ok = read_revisions (self, &snapshot, error);

  /* Something changed since the progress rows were read at opening: they are out of date. */
  if (!ok || everything || memcmp (snapshot.revisions, self->revisions, sizeof self->revisions) != 0)
    g_clear_pointer (&self->preread_progress, progress_rows_free);

  for (Kind kind = 0; ok && kind < N_GLOBAL_KINDS; kind++)
    if (everything || snapshot.revisions[kind] != self->revisions[kind])
      ok = read_kind (self, &snapshot, kind, error);

  if (ok && (everything || snapshot.revisions[REVISION_META] != self->revisions[REVISION_META]))
    ok = read_meta (self, &snapshot, error);

  if (ok && snapshot.rows[KIND_MENTORSHIP] != NULL)
    {
      GPtrArray *rows = snapshot.rows[KIND_MENTORSHIP];

      snapshot.histories = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

      for (guint i = 0; i < rows->len; i++)
        {
          Row *row = g_ptr_array_index (rows, i);
          GObject *canonical = registry_lookup (self, KIND_MENTORSHIP,
                                                kind_get_uuid (KIND_MENTORSHIP, row->object));
          History *history = canonical != NULL ? get_history (self, MP_MENTORSHIP (canonical), FALSE) : NULL;

          if (history != NULL && history->loaded && (everything || history->revision != row->parent))
            g_hash_table_insert (snapshot.histories, g_memdup2 (&row->id, sizeof row->id), history);
          else if (canonical != NULL && (history == NULL || !history->loaded))
            {
              /* A history nobody loaded changed all the same: its pairing's summary (made from
               * plain rows, mp_store_foreach_progress_rows ()) is out of date. */
              const gint64 *seen = g_hash_table_lookup (self->revisions_seen, &row->id);

              if (seen != NULL && *seen != row->parent)
                mark_changed (self, MP_MENTORSHIP (canonical));
            }
          remember_revision (self, row->id, row->parent);
        }

      if (g_hash_table_size (snapshot.histories) > 0)
        ok = read_histories (self, &snapshot, FALSE, HISTORY_KINDS, error);
    }

  end_read (self, began);

  if (!ok)
    return FALSE;

  if (snapshot.histories != NULL)
    {
      GPtrArray *rows = snapshot.rows[KIND_MENTORSHIP];

      for (guint i = 0; i < rows->len; i++)
        {
          Row *row = g_ptr_array_index (rows, i);
          History *history = g_hash_table_lookup (snapshot.histories, &row->id);

          if (history != NULL)
            history->revision = row->parent;
        }
    }

  apply_snapshot (self, &snapshot);

  return TRUE;
}

static gboolean
reload_kind (MpStore  *self,
             Kind      kind,
             GError  **error)
{
  g_auto(Snapshot) snapshot = { 0 };

  if (!read_kind (self, &snapshot, kind, error))
    return FALSE;

  apply_snapshot (self, &snapshot);

  return TRUE;
}

static void
update_current_person (MpStore *self)
{
  MpPerson *person = mp_store_get_current_person (self);

  if (g_set_object (&self->announced_person, person))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CURRENT_PERSON]);
}

/* Announces what changed: "mentorship-changed" per touched mentorship, "current-person". */
static void
finish_applying (MpStore *self)
{
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->changed);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_ptr_array_add (changed, key);
      g_hash_table_iter_steal (&iter);
    }

  for (guint i = 0; i < changed->len; i++)
    {
      MpMentorship *mentorship = g_ptr_array_index (changed, i);

      if (registry_lookup (self, KIND_MENTORSHIP, mp_mentorship_get_uuid (mentorship)) == (GObject *) mentorship)
        g_signal_emit (self, signals [MENTORSHIP_CHANGED], 0, mentorship);
    }

  if (self->people_changed)
    {
      self->people_changed = FALSE;
      g_signal_emit (self, signals [PEOPLE_CHANGED], 0);
    }

  update_current_person (self);
}

/* ---- Writes: transactions and ops ----------------------------------------------------- */

static void
op_free (gpointer data)
{
  Op *op = data;

  g_clear_object (&op->object);
  g_clear_pointer (&op->uuid, g_free);
  g_clear_pointer (&op->stamp, g_date_time_unref);
  g_free (op);
}

static Op *
queue_op (MpStore *self,
          OpType   type,
          Kind     kind)
{
  Op *op = g_new0 (Op, 1);

  op->type = type;
  op->kind = kind;
  op->meeting_status = -1;
  g_ptr_array_add (self->ops, op);

  return op;
}

static Op *
queue_upsert (MpStore  *self,
              Kind      kind,
              gpointer  object,
              gint64    id)
{
  Op *op = queue_op (self, OP_UPSERT, kind);

  op->object = g_object_ref (object);
  op->id = id;

  return op;
}

static void
queue_forget (MpStore    *self,
              Kind        kind,
              const char *uuid)
{
  queue_op (self, OP_FORGET, kind)->uuid = g_strdup (uuid);
}

static void
queue_reload_history (MpStore    *self,
                      const char *mentorship_uuid)
{
  queue_op (self, OP_RELOAD_HISTORY, KIND_MENTORSHIP)->uuid = g_strdup (mentorship_uuid);
}

/* Starts one write: a transaction, or a savepoint inside a batch. */
static gboolean
write_begin (MpStore  *self,
             guint    *mark,
             GError  **error)
{
  if (self->read_only)
    {
      set_read_only_error (self, error);
      return FALSE;
    }

  if (self->in_batch && self->batch_failed)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                   _("An earlier change of this batch failed: nothing of it was saved."));
      return FALSE;
    }

  *mark = self->ops->len;
  g_clear_pointer (&self->preread_progress, progress_rows_free);

  return exec_sql (self, self->in_batch ? "SAVEPOINT mp_write" : "BEGIN IMMEDIATE", error);
}

/* Ends one write: commits and applies its ops when @ok, otherwise rolls everything of it
 * back, in the database and in the queue. */
static gboolean
write_end (MpStore  *self,
           gboolean  ok,
           guint     mark,
           GError  **error)
{
  if (ok)
    ok = exec_sql (self, self->in_batch ? "RELEASE mp_write" : "COMMIT", error);

  if (!ok)
    {
      if (self->in_batch && sqlite3_get_autocommit (self->db))
        {
          /* SQLite rolled back the whole batch (disk full, I/O error...). */
          self->batch_failed = TRUE;
          g_ptr_array_set_size (self->ops, 0);
        }
      else
        {
          if (self->in_batch)
            sqlite3_exec (self->db, "ROLLBACK TO mp_write; RELEASE mp_write", NULL, NULL, NULL);
          else if (!sqlite3_get_autocommit (self->db))
            sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          g_ptr_array_remove_range (self->ops, mark, self->ops->len - mark);
        }
      return FALSE;
    }

  if (!self->in_batch)
    apply_ops (self);

  return TRUE;
}

/* The instant as the database holds it: UTC, whole seconds. NULL when it already is. */
static GDateTime *
as_stored (GDateTime *instant)
{
  g_autoptr(GDateTime) whole = NULL;
  GDateTime *utc;

  if (instant == NULL)
    return NULL;

  if (g_date_time_get_microsecond (instant) == 0 && g_date_time_get_utc_offset (instant) == 0)
    return NULL;

  whole = g_date_time_add (instant, -(GTimeSpan) g_date_time_get_microsecond (instant));
  utc = g_date_time_to_utc (whole);

  return utc;
}

/* Gives a written draft the instants the database now holds, so that the canonical object
 * equals what a reload would read. */
static void
store_instants (Kind     kind,
                GObject *object)
{
  g_autoptr(GDateTime) a = NULL;
  g_autoptr(GDateTime) b = NULL;

  switch (kind)
    {
    case KIND_MEETING:
      if ((a = as_stored (mp_meeting_get_starts_at (MP_MEETING (object)))) != NULL)
        mp_meeting_set_starts_at (MP_MEETING (object), a);
      break;

    case KIND_CONCERN:
      if ((a = as_stored (mp_concern_get_raised_at (MP_CONCERN (object)))) != NULL)
        mp_concern_set_raised_at (MP_CONCERN (object), a);
      if ((b = as_stored (mp_concern_get_answered_at (MP_CONCERN (object)))) != NULL)
        mp_concern_set_answered_at (MP_CONCERN (object), b);
      break;

    case KIND_FEEDBACK:
      if ((a = as_stored (mp_feedback_get_submitted_at (MP_FEEDBACK (object)))) != NULL)
        mp_feedback_set_submitted_at (MP_FEEDBACK (object), a);
      break;

    case KIND_DEPARTMENT:
    case KIND_PERSON:
    case KIND_PROGRAM:
    case KIND_QUESTION:
    case KIND_MENTORSHIP:
    case KIND_PROGRESS:
    case KIND_INTRODUCTION:
    case KIND_AGREEMENT:
    case N_KINDS:
    default:
      break;
    }
}

static void
pending_child_free (gpointer data)
{
  PendingChild *pending = data;

  g_free (pending->uuid);
  g_free (pending);
}

/* Histories of the mentorships @uuids names (a set) that @loaded says (not) to take. */
static GPtrArray *
histories_of (MpStore    *self,
              GHashTable *uuids,
              gboolean    loaded)
{
  GPtrArray *histories = g_ptr_array_new ();
  GHashTableIter iter;
  const char *uuid;

  g_hash_table_iter_init (&iter, uuids);
  while (g_hash_table_iter_next (&iter, (gpointer *) &uuid, NULL))
    {
      GObject *mentorship = registry_lookup (self, KIND_MENTORSHIP, uuid);
      History *history = mentorship != NULL ? get_history (self, MP_MENTORSHIP (mentorship), !loaded) : NULL;

      if (history != NULL && history->loaded == loaded)
        g_ptr_array_add (histories, history);
    }

  g_hash_table_remove_all (uuids);

  return histories;
}

/* The end of apply_ops (): reads the histories new objects belong to (all in one go), and
 * the activity progress that logged meetings changed. */
static void
read_pending_histories (MpStore *self)
{
  g_autoptr(GPtrArray) to_load = histories_of (self, self->pending_loads, FALSE);
  g_autoptr(GPtrArray) to_reload = histories_of (self, self->pending_reloads, TRUE);
  g_autoptr(GPtrArray) pending = g_steal_pointer (&self->pending_children);
  g_autoptr(GError) error = NULL;

  self->pending_children = g_ptr_array_new_with_free_func (pending_child_free);

  if (to_load->len > 0 && !load_histories (self, to_load, HISTORY_KINDS, &error))
    {
      g_warning ("Could not read the history of a mentorship: %s", error->message);
      g_clear_error (&error);
    }

  if (to_reload->len > 0 && !load_histories (self, to_reload, KIND_BIT (KIND_PROGRESS), &error))
    g_warning ("Could not re-read the activities of a mentorship: %s", error->message);

  /* Objects whose history could not be read (or is gone) leave the identity map. */
  for (guint i = 0; i < pending->len; i++)
    {
      PendingChild *child = g_ptr_array_index (pending, i);
      GObject *object = registry_lookup (self, child->kind, child->uuid);
      MpMentorship *mentorship = object != NULL ? kind_get_mentorship (child->kind, object) : NULL;
      History *history = mentorship != NULL ? get_history (self, mentorship, FALSE) : NULL;

      if (object != NULL && (history == NULL || !history->loaded))
        registry_remove (self, child->kind, child->uuid);
    }
}

static void
apply_ops (MpStore *self)
{
  g_autoptr(GPtrArray) ops = g_steal_pointer (&self->ops);

  self->ops = g_ptr_array_new_with_free_func (op_free);

  for (guint i = 0; i < ops->len; i++)
    {
      Op *op = g_ptr_array_index (ops, i);
      g_autoptr(GError) error = NULL;

      switch (op->type)
        {
        case OP_UPSERT:
          if (op->kind == KIND_MEETING && op->meeting_status >= 0)
            mp_meeting_set_status (MP_MEETING (op->object), op->meeting_status);
          if (op->kind == KIND_CONCERN && op->stamp != NULL)
            mp_concern_set_raised_at (MP_CONCERN (op->object), op->stamp);
          if (op->kind == KIND_FEEDBACK && op->stamp != NULL)
            mp_feedback_set_submitted_at (MP_FEEDBACK (op->object), op->stamp);
          store_instants (op->kind, op->object);
          apply_upsert (self, op->kind, op->object, op->id, TRUE, NULL);
          break;

        case OP_FORGET:
          forget (self, op->kind, op->uuid);
          break;

        case OP_RELOAD_HISTORY:
          g_hash_table_add (self->pending_reloads, g_strdup (op->uuid));
          break;

        case OP_RELOAD_KIND:
          if (!reload_kind (self, op->kind, &error))
            g_warning ("Could not re-read a list: %s", error->message);
          break;

        case OP_RELOAD_META:
          {
            g_auto(Snapshot) snapshot = { 0 };

            if (read_meta (self, &snapshot, &error))
              apply_snapshot (self, &snapshot);
            else
              g_warning ("Could not re-read the database settings: %s", error->message);
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  g_hash_table_remove_all (self->pending_programs);
  read_pending_histories (self);
  finish_applying (self);
}

/* The row id of a uuid that must exist: NOT_FOUND with @what otherwise. */
static gboolean
require_id (MpStore     *self,
            const char  *sql,
            const char  *uuid,
            gint64      *id,
            const char  *what,
            GError     **error)
{
  if (!lookup_id (self, sql, uuid, id, error))
    return FALSE;

  if (*id == 0)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_NOT_FOUND,
                   _("%s is not in the database (it may have been deleted)."), what);
      return FALSE;
    }

  return TRUE;
}

static gboolean
require_mentorship (MpStore       *self,
                    MpMentorship  *mentorship,
                    gint64        *id,
                    GError       **error)
{
  if (mentorship == NULL)
    return constraint_error (error, _("It must belong to a mentorship."));

  return require_id (self, "SELECT id FROM mentorships WHERE uuid = ?1", mp_mentorship_get_uuid (mentorship), id,
                     _("The mentorship"), error);
}

static gboolean
require_person (MpStore   *self,
                MpPerson  *person,
                gint64    *id,
                GError   **error)
{
  if (!lookup_id (self, "SELECT id FROM people WHERE uuid = ?1", mp_person_get_uuid (person), id, error))
    return FALSE;

  if (*id == 0)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_NOT_FOUND,
                   _("%s is not in the staff list of this database."), mp_person_get_name (person));
      return FALSE;
    }

  return TRUE;
}

/* Reads "SELECT id, <column> FROM <table> WHERE uuid = ?1" for the state checks; with @day,
 * "SELECT id, <column>, <date column> ...", the file's own day (another computer may have
 * changed it since this one read it). */
static gboolean
lookup_state (MpStore     *self,
              const char  *sql,
              const char  *uuid,
              gint64      *id,
              char       **text,
              GDate       *day,
              const char  *what,
              GError     **error)
{
  g_autoptr(MpCachedStmt) stmt = prepare (self, sql, error);
  gboolean found;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (!step_row (self, stmt, &found, error))
    return FALSE;

  if (!found)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_NOT_FOUND,
                   _("%s is not in the database (it may have been deleted)."), what);
      return FALSE;
    }

  if (day != NULL && !column_date (stmt, 2, day))
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_CORRUPT, _("%s in the database has no valid date."), what);
      return FALSE;
    }

  *id = sqlite3_column_int64 (stmt, 0);
  *text = g_strdup (column_text (stmt, 1));

  return TRUE;
}

/* Steps an INSERT ... RETURNING id. */
static gboolean
step_returning_id (MpStore       *self,
                   sqlite3_stmt  *stmt,
                   gint64        *id,
                   GError       **error)
{
  gboolean found;

  if (!step_row (self, stmt, &found, error))
    return FALSE;

  *id = found ? sqlite3_column_int64 (stmt, 0) : 0;

  return TRUE;
}

static gboolean
exists (MpStore     *self,
        const char  *sql,
        const char  *first,
        const char  *second,
        gboolean    *found,
        char       **first_column,
        GError     **error)
{
  g_autoptr(MpCachedStmt) stmt = prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, first);
  if (second != NULL)
    bind_text (stmt, 2, second);

  if (!step_row (self, stmt, found, error))
    return FALSE;

  if (*found && first_column != NULL)
    *first_column = g_strdup (column_text (stmt, 0));

  return TRUE;
}

/* ---- Departments, people, questions ---------------------------------------------------- */

static gboolean
write_department (MpStore       *self,
                  MpDepartment  *draft,
                  GError       **error)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  const char *uuid = mp_department_get_uuid (draft);
  gboolean taken;
  gint64 id;

  if (!exists (self, "SELECT id FROM departments WHERE name = ?1 COLLATE NOCASE AND uuid <> ?2",
               mp_department_get_name (draft), uuid, &taken, NULL, error))
    return FALSE;

  if (taken)
    return constraint_error (error, _("There is already a department called “%s”."), mp_department_get_name (draft));

  stmt = prepare (self,
                  "INSERT INTO departments (uuid, name, description, ask_for) VALUES (?1, ?2, ?3, ?4) "
                  "ON CONFLICT (uuid) DO UPDATE SET name = excluded.name, description = excluded.description, "
                  "ask_for = excluded.ask_for RETURNING id",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, uuid);
  bind_text (stmt, 2, mp_department_get_name (draft));
  bind_text_or_empty (stmt, 3, mp_department_get_description (draft));
  bind_text_or_empty (stmt, 4, mp_department_get_ask_for (draft));

  if (!step_returning_id (self, stmt, &id, error))
    return FALSE;

  queue_upsert (self, KIND_DEPARTMENT, draft, id);

  return TRUE;
}

/* A day the app writes only as the exchange format reads it back (1900–2999): a day scheduled
 * in the year 3000 by a calendar's year arrows would be exported and then refused. NULL or
 * unset: nothing to check. */
static gboolean
check_day_in_range (const GDate  *date,
                    GError      **error)
{
  if (date == NULL || !g_date_valid (date) || mp_schedule_day_in_range (date))
    return TRUE;

  return constraint_error (error, _("Choose a day from %d to %d."), MP_SCHEDULE_FIRST_YEAR, MP_SCHEDULE_LAST_YEAR);
}

/* (its day in UTC, as stored and exported, and here, as the activities of a meeting logged
 * then are done) */
static gboolean
check_instant_in_range (GDateTime  *instant,
                        GError    **error)
{
  if (instant == NULL || mp_schedule_instant_in_range (instant))
    return TRUE;

  return constraint_error (error, _("Choose a day from %d to %d."), MP_SCHEDULE_FIRST_YEAR, MP_SCHEDULE_LAST_YEAR);
}

static gboolean
validate_department (MpDepartment  *draft,
                     GError       **error)
{
  if (!check_uuid (mp_department_get_uuid (draft), error))
    return FALSE;

  if (mp_text_is_blank (mp_department_get_name (draft)))
    return constraint_error (error, _("A department needs a name."));

  return TRUE;
}

static gboolean
validate_person (MpPerson  *draft,
                 GError   **error)
{
  const char *login = mp_person_get_login (draft);

  if (!check_uuid (mp_person_get_uuid (draft), error))
    return FALSE;

  if (mp_text_is_blank (mp_person_get_name (draft)))
    return constraint_error (error, _("A person needs a name."));

  if (has_line_break (mp_person_get_name (draft)))
    return constraint_error (error, _("A name fits on one line."));

  if (g_utf8_strlen (mp_person_get_name (draft), -1) > MP_PERSON_NAME_MAX_CHARS)
    return constraint_error (error, _("A name is at most %d characters long."), MP_PERSON_NAME_MAX_CHARS);

  if (!is_email_address (mp_person_get_email (draft)))
    return constraint_error (error, _("“%s” is not an e-mail address."), mp_person_get_email (draft));

  if (login != NULL && login[0] != '\0' && mp_text_is_blank (login))
    return constraint_error (error, _("A login cannot be only spaces."));

  return TRUE;
}

/* Whoever is in a running mentorship still works here: CONSTRAINT for the first of @ids
 * who does not. */
static gboolean
check_people_working (MpStore       *self,
                      const gint64  *ids,
                      guint          n_ids,
                      GError       **error)
{
  g_autoptr(MpCachedStmt) stmt =
    prepare (self,
             "SELECT name FROM people WHERE id = ?1 AND active = 0 AND EXISTS "
             "(SELECT 1 FROM mentorships WHERE status = 'active' AND (mentor_id = ?1 OR employee_id = ?1))",
             error);

  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < n_ids; i++)
    {
      gboolean found;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, ids[i]);
      if (!step_row (self, stmt, &found, error))
        return FALSE;
      if (found)
        return constraint_error (error, _("%s is in an active mentorship: end it, or pair them differently, first."),
                                 column_text (stmt, 0));
    }

  return TRUE;
}

/* Checks @ids with check_people_working () now, or at the batch's commit: a batch (an
 * import) may end a pairing after it marks its mentor as gone. */
static gboolean
check_people_working_later (MpStore       *self,
                            const gint64  *ids,
                            guint          n_ids,
                            GError       **error)
{
  if (!self->in_batch)
    return check_people_working (self, ids, n_ids, error);

  g_array_append_vals (self->batch_people, ids, n_ids);

  return TRUE;
}

/* The logins folded to lower case (ASCII, as SQLite's NOCASE folds), for the search of one
 * that differs from a new login only in capitals: without it each save scanned every person,
 * and an import of 20,000 staff took 28 s. Made by the first save that asks, inside its
 * transaction (nothing is written to open a file); not a new version of the file: SQLite
 * keeps an index up to date whoever writes the table, an earlier build of Mentoring too. */
static gboolean
ensure_login_fold_index (MpStore  *self,
                         GError  **error)
{
  gboolean present = FALSE;

  if (!exists (self, "SELECT name FROM main.sqlite_schema WHERE type = 'index' AND name = ?1",
               "people_by_login_nocase", NULL, &present, NULL, error))
    return FALSE;

  return present ||
         exec_sql (self, "CREATE INDEX main.people_by_login_nocase ON people (login COLLATE NOCASE) "
                         "WHERE login IS NOT NULL", error);
}

static gboolean
write_person (MpStore   *self,
              MpPerson  *draft,
              GError   **error)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  g_autofree char *owner = NULL;
  const char *uuid = mp_person_get_uuid (draft);
  const char *login = mp_person_get_login (draft);
  MpDepartment *department = mp_person_get_department (draft);
  gint64 department_id = 0, id;
  gboolean taken, was_admin = FALSE;

  if (login != NULL && login[0] == '\0')
    login = NULL;

  if (department != NULL &&
      !require_id (self, "SELECT id FROM departments WHERE uuid = ?1", mp_department_get_uuid (department),
                   &department_id, _("The department"), error))
    return FALSE;

  if (login != NULL)
    {
      if (!exists (self, "SELECT name FROM people WHERE login = ?1 AND uuid <> ?2", login, uuid, &taken, &owner,
                   error))
        return FALSE;
      if (taken)
        return constraint_error (error, _("The login “%s” already belongs to %s."), login, owner);

      /* Logins are told apart by case, as the system tells them; one that differs from
       * another only in capitals is a slip (a login kept from before is left alone). */
      if (!exists (self, "SELECT id FROM people WHERE uuid = ?1 AND login = ?2", uuid, login, &taken, NULL,
                   error))
        return FALSE;
      if (!taken)
        {
          /* A new login stays on one line (one kept from before is left alone); the staff
           * dialog asks more of one typed (mp_person_login_problem ()) */
          if (!mp_person_login_is_storable (login))
            return constraint_error (error, "%s", mp_person_login_problem (login));
          if (!ensure_login_fold_index (self, error))
            return FALSE;
          if (!exists (self, "SELECT name FROM people WHERE login = ?1 COLLATE NOCASE AND uuid <> ?2", login, uuid,
                       &taken, &owner, error))
            return FALSE;
          if (taken)
            return constraint_error (error,
                                     /* Translators: %1$s is a login, %2$s a person's name */
                                     _("The login “%1$s” differs from %2$s’s only in capital letters: choose one "
                                       "no one else has."),
                                     login, owner);
        }
    }

  /* Mentoring knows whoever runs it by their login: a new one for them (an edit, an import)
   * would leave them unknown to it, an HR administrator locked out of HR. Someone else
   * changes it for them. */
  {
    const char *current = mp_store_get_current_login (self);
    gboolean is_current;

    if (!exists (self, "SELECT id FROM people WHERE uuid = ?1 AND login = ?2", uuid, current, &is_current, NULL,
                 error))
      return FALSE;
    if (is_current && g_strcmp0 (login, current) != 0)
      return constraint_error (error,
                               /* Translators: %1$s is a login, %2$s a person's name */
                               _("“%1$s” is your own login (%2$s): with another one, Mentoring would no longer "
                                 "know you. Ask another HR administrator to change it."),
                               current, mp_person_get_name (draft));
  }

  if (!exists (self, "SELECT id FROM people WHERE uuid = ?1 AND is_hr_admin = 1 AND active = 1", uuid, NULL,
               &was_admin, NULL, error))
    return FALSE;

  if (was_admin && !(mp_person_get_is_hr_admin (draft) && mp_person_get_active (draft)))
    {
      gboolean other_admin;

      if (!exists (self, "SELECT id FROM people WHERE is_hr_admin = 1 AND active = 1 AND uuid <> ?1", uuid, NULL,
                   &other_admin, NULL, error))
        return FALSE;
      if (!other_admin)
        return constraint_error (error,
                                 _("%s is the only HR administrator: make someone else HR administrator first."),
                                 mp_person_get_name (draft));
    }

  stmt = prepare (self,
                  "INSERT INTO people (uuid, name, login, email, phone, title, department_id, is_hr_admin, "
                  "                    may_mentor, active) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                  "ON CONFLICT (uuid) DO UPDATE SET name = excluded.name, login = excluded.login, "
                  "email = excluded.email, phone = excluded.phone, title = excluded.title, "
                  "department_id = excluded.department_id, is_hr_admin = excluded.is_hr_admin, "
                  "may_mentor = excluded.may_mentor, active = excluded.active RETURNING id",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, uuid);
  bind_text (stmt, 2, mp_person_get_name (draft));
  bind_text (stmt, 3, login);
  bind_text_or_empty (stmt, 4, mp_person_get_email (draft));
  bind_text_or_empty (stmt, 5, mp_person_get_phone (draft));
  bind_text_or_empty (stmt, 6, mp_person_get_title (draft));
  bind_id (stmt, 7, department_id);
  sqlite3_bind_int (stmt, 8, mp_person_get_is_hr_admin (draft) ? 1 : 0);
  sqlite3_bind_int (stmt, 9, mp_person_get_may_mentor (draft) ? 1 : 0);
  sqlite3_bind_int (stmt, 10, mp_person_get_active (draft) ? 1 : 0);

  if (!step_returning_id (self, stmt, &id, error))
    return FALSE;

  if (!mp_person_get_active (draft) && !check_people_working_later (self, &id, 1, error))
    return FALSE;

  queue_upsert (self, KIND_PERSON, draft, id);

  return TRUE;
}

static gboolean
validate_question (MpQuestion  *draft,
                   GError     **error)
{
  if (!check_uuid (mp_question_get_uuid (draft), error))
    return FALSE;

  if (mp_text_is_blank (mp_question_get_question (draft)))
    return constraint_error (error, _("A question cannot be empty."));

  return TRUE;
}

static gboolean
write_question (MpStore     *self,
                MpQuestion  *draft,
                GError     **error)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  gint64 id;

  stmt = prepare (self,
                  "INSERT INTO questions (uuid, question, answer, ask_whom) VALUES (?1, ?2, ?3, ?4) "
                  "ON CONFLICT (uuid) DO UPDATE SET question = excluded.question, answer = excluded.answer, "
                  "ask_whom = excluded.ask_whom RETURNING id",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, mp_question_get_uuid (draft));
  bind_text (stmt, 2, mp_question_get_question (draft));
  bind_text_or_empty (stmt, 3, mp_question_get_answer (draft));
  bind_text_or_empty (stmt, 4, mp_question_get_ask_whom (draft));

  if (!step_returning_id (self, stmt, &id, error))
    return FALSE;

  queue_upsert (self, KIND_QUESTION, draft, id);

  return TRUE;
}

/* ---- Programs ---------------------------------------------------------------------------- */

/* Seeds the questions and departments of the first version of a program, skipping those the
 * database already has (same uuid, same text or name). */
static gboolean
seed_from_program (MpStore    *self,
                   MpProgram  *program,
                   GError    **error)
{
  GListModel *questions = mp_program_get_questions (program);
  GListModel *departments = mp_program_get_departments (program);
  guint n;

  n = questions != NULL ? g_list_model_get_n_items (questions) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpQuestion) seed = g_list_model_get_item (questions, i);
      g_autoptr(MpQuestion) question = NULL;
      gboolean found;

      if (!exists (self, "SELECT id FROM questions WHERE uuid = ?1 OR question = ?2", mp_question_get_uuid (seed),
                   mp_question_get_question (seed), &found, NULL, error))
        return FALSE;
      if (found || mp_text_is_blank (mp_question_get_question (seed)))
        continue;

      question = mp_question_copy (seed);
      _mp_question_set_id (question, 0);
      if (!write_question (self, question, error))
        return FALSE;
    }

  n = departments != NULL ? g_list_model_get_n_items (departments) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpDepartment) seed = g_list_model_get_item (departments, i);
      g_autoptr(MpDepartment) department = NULL;
      gboolean found;

      if (!exists (self, "SELECT id FROM departments WHERE uuid = ?1 OR name = ?2 COLLATE NOCASE",
                   mp_department_get_uuid (seed), mp_department_get_name (seed), &found, NULL, error))
        return FALSE;
      if (found || mp_text_is_blank (mp_department_get_name (seed)))
        continue;

      department = mp_department_copy (seed);
      _mp_department_set_id (department, 0);
      if (!write_department (self, department, error))
        return FALSE;
    }

  return TRUE;
}

/* ---- Mentorships ------------------------------------------------------------------------- */

static gboolean
validate_mentorship (MpMentorship  *draft,
                     GError       **error)
{
  MpPerson *mentor = mp_mentorship_get_mentor (draft);
  MpPerson *employee = mp_mentorship_get_employee (draft);
  const GDate *start = mp_mentorship_get_start_date (draft);
  const GDate *ended_on = mp_mentorship_get_ended_on (draft);

  if (!check_uuid (mp_mentorship_get_uuid (draft), error))
    return FALSE;

  if (mentor == NULL)
    return constraint_error (error, _("A mentorship needs a mentor."));

  if (employee == NULL)
    return constraint_error (error, _("A mentorship needs a new employee."));

  if (g_strcmp0 (mp_person_get_uuid (mentor), mp_person_get_uuid (employee)) == 0)
    return constraint_error (error, _("%s cannot be their own mentor."), mp_person_get_name (mentor));

  if (mp_mentorship_get_program (draft) == NULL)
    return constraint_error (error, _("A mentorship needs a program to follow."));

  if (start == NULL || !g_date_valid (start))
    return constraint_error (error, _("A mentorship needs a start date."));

  if (ended_on != NULL && g_date_valid (ended_on) && g_date_compare (ended_on, start) < 0)
    return constraint_error (error, _("A mentorship cannot end before it starts."));

  if (!check_day_in_range (start, error) || !check_day_in_range (ended_on, error) ||
      !check_day_in_range (mp_mentorship_get_paired_on (draft), error))
    return FALSE;

  return check_enum (MP_TYPE_MENTORSHIP_STATUS, mp_mentorship_get_status (draft), error);
}

static gboolean
write_mentorship (MpStore       *self,
                  MpMentorship  *draft,
                  gboolean       create_only,
                  GError       **error)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  MpProgram *program = mp_mentorship_get_program (draft);
  MpPerson *employee = mp_mentorship_get_employee (draft);
  const char *uuid = mp_mentorship_get_uuid (draft);
  gint64 mentor_id, employee_id, program_id, id, existing_program = 0, existing_id = 0;
  gint64 existing_mentor = 0, existing_employee = 0;

  if (!require_person (self, mp_mentorship_get_mentor (draft), &mentor_id, error) ||
      !require_person (self, employee, &employee_id, error) ||
      !require_id (self, "SELECT id FROM programs WHERE uuid = ?1", mp_program_get_uuid (program), &program_id,
                   _("The program"), error))
    return FALSE;

  {
    g_autoptr(MpCachedStmt) existing = prepare (self, "SELECT id, program_id, mentor_id, employee_id FROM mentorships "
                                                      "WHERE uuid = ?1", error);
    gboolean found;

    if (existing == NULL)
      return FALSE;
    sqlite3_bind_text (existing, 1, uuid, -1, SQLITE_TRANSIENT);
    if (!step_row (self, existing, &found, error))
      return FALSE;
    if (found)
      {
        existing_id = sqlite3_column_int64 (existing, 0);
        existing_program = sqlite3_column_int64 (existing, 1);
        existing_mentor = sqlite3_column_int64 (existing, 2);
        existing_employee = sqlite3_column_int64 (existing, 3);
      }
  }

  if (existing_id != 0 && create_only)
    return constraint_error (error, _("This mentorship already exists."));

  if (existing_id != 0 && existing_program != program_id)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                   _("The program a mentorship follows cannot be changed."));
      return FALSE;
    }

  /* Nor its two people: its concerns are sealed for them, and any computer of theirs would
   * open them for whoever took their place (the windows never change them either). */
  if (existing_id != 0 && (existing_mentor != mentor_id || existing_employee != employee_id))
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                   _("The mentor and the new employee of a pairing cannot be changed: end it and pair them anew."));
      return FALSE;
    }

  if (mp_mentorship_get_status (draft) == MP_MENTORSHIP_STATUS_ACTIVE)
    {
      g_autoptr(MpCachedStmt) active =
        prepare (self, "SELECT id FROM mentorships WHERE employee_id = ?1 AND status = 'active' AND uuid <> ?2",
                 error);
      gboolean found;

      if (active == NULL)
        return FALSE;
      sqlite3_bind_int64 (active, 1, employee_id);
      sqlite3_bind_text (active, 2, uuid, -1, SQLITE_TRANSIENT);
      if (!step_row (self, active, &found, error))
        return FALSE;
      if (found)
        return constraint_error (error, _("%s already has a mentor: end that mentorship first."),
                                 mp_person_get_name (employee));
    }

  stmt = prepare (self,
                  "INSERT INTO mentorships (uuid, mentor_id, employee_id, program_id, start_date, status, "
                  "                         end_reason, ended_on, paired_on) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                  "ON CONFLICT (uuid) DO UPDATE SET mentor_id = excluded.mentor_id, "
                  "employee_id = excluded.employee_id, start_date = excluded.start_date, "
                  "status = excluded.status, end_reason = excluded.end_reason, ended_on = excluded.ended_on, "
                  "paired_on = excluded.paired_on "
                  "RETURNING id",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, mentor_id);
  sqlite3_bind_int64 (stmt, 3, employee_id);
  sqlite3_bind_int64 (stmt, 4, program_id);
  bind_date (stmt, 5, mp_mentorship_get_start_date (draft));
  bind_enum (stmt, 6, MP_TYPE_MENTORSHIP_STATUS, mp_mentorship_get_status (draft));
  bind_text_or_empty (stmt, 7, mp_mentorship_get_end_reason (draft));
  bind_date (stmt, 8, mp_mentorship_get_ended_on (draft));
  bind_date (stmt, 9, mp_mentorship_get_paired_on (draft));

  if (!step_returning_id (self, stmt, &id, error))
    return FALSE;

  if (mp_mentorship_get_status (draft) == MP_MENTORSHIP_STATUS_ACTIVE)
    {
      gint64 people[] = { mentor_id, employee_id };

      if (!check_people_working_later (self, people, G_N_ELEMENTS (people), error))
        return FALSE;
    }

  /* A new mentorship gets a pending row for every activity of its program. */
  if (existing_id == 0)
    {
      GListModel *phases = mp_program_get_phases (program);
      guint n_phases = g_list_model_get_n_items (phases);

      for (guint i = 0; i < n_phases; i++)
        {
          g_autoptr(MpPhase) phase = g_list_model_get_item (phases, i);
          GListModel *activities = mp_phase_get_activities (phase);
          guint n_activities = activities != NULL ? g_list_model_get_n_items (activities) : 0;

          for (guint j = 0; j < n_activities; j++)
            {
              g_autoptr(MpActivity) activity = g_list_model_get_item (activities, j);
              g_autoptr(MpCachedStmt) insert =
                prepare (self,
                         "INSERT INTO activity_progress (uuid, mentorship_id, activity_id) VALUES (?1, ?2, ?3) "
                         "ON CONFLICT (mentorship_id, activity_id) DO NOTHING",
                         error);
              g_autofree char *progress_uuid = g_uuid_string_random ();

              if (insert == NULL)
                return FALSE;
              bind_text (insert, 1, progress_uuid);
              sqlite3_bind_int64 (insert, 2, id);
              bind_text (insert, 3, mp_activity_get_id (activity));
              if (!step_done (self, insert, error))
                return FALSE;
            }
        }
    }

  queue_upsert (self, KIND_MENTORSHIP, draft, id);

  return TRUE;
}

/* A copy of @mentorship (the canonical one when there is one) to change and write back. */
static MpMentorship *
mentorship_draft (MpStore      *self,
                  MpMentorship *mentorship)
{
  GObject *canonical = registry_lookup (self, KIND_MENTORSHIP, mp_mentorship_get_uuid (mentorship));

  return mp_mentorship_copy (canonical != NULL ? MP_MENTORSHIP (canonical) : mentorship);
}

static gboolean
write_mentorship_status (MpStore       *self,
                         MpMentorship  *draft,
                         gint64         id,
                         GError       **error)
{
  g_autoptr(MpCachedStmt) stmt =
    prepare (self, "UPDATE mentorships SET status = ?2, end_reason = ?3, ended_on = ?4 WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  bind_enum (stmt, 2, MP_TYPE_MENTORSHIP_STATUS, mp_mentorship_get_status (draft));
  bind_text_or_empty (stmt, 3, mp_mentorship_get_end_reason (draft));
  bind_date (stmt, 4, mp_mentorship_get_ended_on (draft));

  if (!step_done (self, stmt, error))
    return FALSE;

  queue_upsert (self, KIND_MENTORSHIP, draft, id);

  return TRUE;
}

/* ---- Meetings and private notes -------------------------------------------------------- */

static gboolean
validate_meeting (MpMeeting  *draft,
                  GError    **error)
{
  int duration = mp_meeting_get_duration_minutes (draft);

  if (!check_uuid (mp_meeting_get_uuid (draft), error))
    return FALSE;

  if (mp_meeting_get_mentorship (draft) == NULL)
    return constraint_error (error, _("A meeting must belong to a mentorship."));

  if (mp_meeting_get_starts_at (draft) == NULL)
    return constraint_error (error, _("A meeting needs a date and a time."));

  if (!check_instant_in_range (mp_meeting_get_starts_at (draft), error))
    return FALSE;

  if (duration < 0 || duration > 24 * 60)
    return constraint_error (error, _("A meeting lasts between 0 minutes and a day."));

  return check_enum (MP_TYPE_MEETING_MODE, mp_meeting_get_mode (draft), error) &&
         check_enum (MP_TYPE_MEETING_STATUS, mp_meeting_get_status (draft), error);
}

/* Inserts or updates a meeting (with @status unless it is -1); its mentorship never changes. */
static gboolean
write_meeting (MpStore     *self,
               MpMeeting   *draft,
               int          status,
               gint64      *out_id,
               gint64      *out_mentorship_id,
               GError     **error)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  const char *uuid = mp_meeting_get_uuid (draft);
  gint64 mentorship_id, id;

  if (!require_mentorship (self, mp_meeting_get_mentorship (draft), &mentorship_id, error))
    return FALSE;

  {
    g_autoptr(MpCachedStmt) existing = prepare (self, "SELECT mentorship_id FROM meetings WHERE uuid = ?1", error);
    gboolean found;

    if (existing == NULL)
      return FALSE;
    sqlite3_bind_text (existing, 1, uuid, -1, SQLITE_TRANSIENT);
    if (!step_row (self, existing, &found, error))
      return FALSE;
    if (found && sqlite3_column_int64 (existing, 0) != mentorship_id)
      {
        g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                     _("A meeting cannot move to another mentorship."));
        return FALSE;
      }
  }

  stmt = prepare (self,
                  "INSERT INTO meetings (uuid, mentorship_id, starts_at, duration_minutes, mode, status, place, "
                  "                      agenda, summary, informal) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                  "ON CONFLICT (uuid) DO UPDATE SET starts_at = excluded.starts_at, "
                  "duration_minutes = excluded.duration_minutes, mode = excluded.mode, status = excluded.status, "
                  "place = excluded.place, agenda = excluded.agenda, summary = excluded.summary, "
                  "informal = excluded.informal RETURNING id",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, mentorship_id);
  bind_instant (stmt, 3, mp_meeting_get_starts_at (draft));
  sqlite3_bind_int (stmt, 4, mp_meeting_get_duration_minutes (draft));
  bind_enum (stmt, 5, MP_TYPE_MEETING_MODE, mp_meeting_get_mode (draft));
  bind_enum (stmt, 6, MP_TYPE_MEETING_STATUS, status >= 0 ? status : (int) mp_meeting_get_status (draft));
  bind_text_or_empty (stmt, 7, mp_meeting_get_place (draft));
  bind_text_or_empty (stmt, 8, mp_meeting_get_agenda (draft));
  bind_text_or_empty (stmt, 9, mp_meeting_get_summary (draft));
  sqlite3_bind_int (stmt, 10, mp_meeting_get_informal (draft) ? 1 : 0);

  if (!step_returning_id (self, stmt, &id, error))
    return FALSE;

  *out_id = id;
  if (out_mentorship_id != NULL)
    *out_mentorship_id = mentorship_id;

  return TRUE;
}

/* Private notes go to the attached private database only. */
static gboolean
write_private_note (MpStore     *self,
                    const char  *meeting_uuid,
                    const char  *text,
                    GError     **error)
{
  g_autoptr(MpCachedStmt) stmt = NULL;

  if (text == NULL || text[0] == '\0')
    {
      stmt = prepare (self, "DELETE FROM private.notes WHERE meeting_uuid = ?1", error);
      if (stmt == NULL)
        return FALSE;
      bind_text (stmt, 1, meeting_uuid);
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      stmt = prepare (self,
                      "INSERT INTO private.notes (meeting_uuid, text, updated_at) VALUES (?1, ?2, ?3) "
                      "ON CONFLICT (meeting_uuid) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                      error);
      if (stmt == NULL)
        return FALSE;
      bind_text (stmt, 1, meeting_uuid);
      bind_text (stmt, 2, text);
      bind_instant (stmt, 3, now);
    }

  return step_done (self, stmt, error);
}

/* ---- Activity progress ------------------------------------------------------------------- */

typedef struct
{
  gint64           id;
  gint64           mentorship_id;
  gint64           meeting_id;
  char            *uuid;
  char            *activity_id;
  char            *mentorship_uuid;
  MpActivityState  state;
} ProgressRow;

static void
progress_row_clear (ProgressRow *row)
{
  g_clear_pointer (&row->uuid, g_free);
  g_clear_pointer (&row->activity_id, g_free);
  g_clear_pointer (&row->mentorship_uuid, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ProgressRow, progress_row_clear)

static gboolean
read_progress_row (MpStore      *self,
                   const char   *sql,
                   const char   *first,
                   const char   *second,
                   ProgressRow  *row,
                   gboolean     *found,
                   GError      **error)
{
  g_autoptr(MpCachedStmt) stmt = prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, first);
  if (second != NULL)
    bind_text (stmt, 2, second);

  if (!step_row (self, stmt, found, error))
    return FALSE;

  if (*found)
    {
      row->id = sqlite3_column_int64 (stmt, 0);
      row->mentorship_id = sqlite3_column_int64 (stmt, 1);
      row->uuid = g_strdup (column_text (stmt, 2));
      row->activity_id = g_strdup (column_text (stmt, 3));
      row->mentorship_uuid = g_strdup (column_text (stmt, 4));
      row->state = column_enum (stmt, 5, MP_TYPE_ACTIVITY_STATE, MP_ACTIVITY_STATE_PENDING);
      row->meeting_id = sqlite3_column_int64 (stmt, 6);
    }

  return TRUE;
}

#define SELECT_PROGRESS_ROW \
  "SELECT p.id, p.mentorship_id, p.uuid, p.activity_id, m.uuid, p.state, p.meeting_id " \
  "FROM activity_progress p JOIN mentorships m ON m.id = p.mentorship_id "

/* The program of a mentorship, from the canonical mentorship or else from @fallback. */
static MpProgram *
program_of (MpStore      *self,
            const char   *mentorship_uuid,
            MpMentorship *fallback)
{
  GObject *canonical = registry_lookup (self, KIND_MENTORSHIP, mentorship_uuid);

  if (canonical != NULL)
    return mp_mentorship_get_program (MP_MENTORSHIP (canonical));

  return fallback != NULL ? mp_mentorship_get_program (fallback) : NULL;
}

/* The meeting must exist and belong to the same mentorship. */
static gboolean
require_meeting_of (MpStore    *self,
                    MpMeeting  *meeting,
                    gint64      mentorship_id,
                    gint64     *meeting_id,
                    GError    **error)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  gboolean found;

  *meeting_id = 0;
  if (meeting == NULL)
    return TRUE;

  stmt = prepare (self, "SELECT id, mentorship_id FROM meetings WHERE uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, mp_meeting_get_uuid (meeting));
  if (!step_row (self, stmt, &found, error))
    return FALSE;

  if (!found)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_NOT_FOUND,
                   _("%s is not in the database (it may have been deleted)."), _("The meeting"));
      return FALSE;
    }

  if (sqlite3_column_int64 (stmt, 1) != mentorship_id)
    return constraint_error (error, _("That meeting belongs to another mentorship."));

  *meeting_id = sqlite3_column_int64 (stmt, 0);

  return TRUE;
}

static gboolean
update_progress (MpStore             *self,
                 gint64               id,
                 MpActivityProgress  *values,
                 gint64               meeting_id,
                 GError             **error)
{
  g_autoptr(MpCachedStmt) stmt =
    prepare (self,
             "UPDATE activity_progress SET state = ?2, done_on = ?3, meeting_id = ?4, hr_followed_up_on = ?5, "
             "hr_note = ?6 WHERE id = ?1",
             error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  bind_enum (stmt, 2, MP_TYPE_ACTIVITY_STATE, mp_activity_progress_get_state (values));
  bind_date (stmt, 3, mp_activity_progress_get_done_on (values));
  bind_id (stmt, 4, meeting_id);
  bind_date (stmt, 5, mp_activity_progress_get_hr_followed_up_on (values));
  bind_text_or_empty (stmt, 6, mp_activity_progress_get_hr_note (values));

  return step_done (self, stmt, error);
}

/* A fresh object with @uuid holding the values of @from (whose uuid differs). */
static MpActivityProgress *
progress_with_uuid (MpActivityProgress *from,
                    const char         *uuid)
{
  MpActivityProgress *progress = g_object_new (MP_TYPE_ACTIVITY_PROGRESS, "uuid", uuid, NULL);

  mp_activity_progress_set_mentorship (progress, mp_activity_progress_get_mentorship (from));
  mp_activity_progress_set_activity_id (progress, mp_activity_progress_get_activity_id (from));
  mp_activity_progress_set_state (progress, mp_activity_progress_get_state (from));
  mp_activity_progress_set_done_on (progress, mp_activity_progress_get_done_on (from));
  mp_activity_progress_set_meeting (progress, mp_activity_progress_get_meeting (from));
  mp_activity_progress_set_hr_followed_up_on (progress, mp_activity_progress_get_hr_followed_up_on (from));
  mp_activity_progress_set_hr_note (progress, mp_activity_progress_get_hr_note (from));

  return progress;
}

/* ---- Concerns, introductions, agreements, feedback --------------------------------------- */

/* An existing child row must stay with its mentorship. */
static gboolean
check_same_mentorship (MpStore     *self,
                       const char  *sql,
                       const char  *uuid,
                       gint64       mentorship_id,
                       GError     **error)
{
  gint64 existing;

  if (!lookup_id (self, sql, uuid, &existing, error))
    return FALSE;

  if (existing != 0 && existing != mentorship_id)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID, _("A record cannot move to another mentorship."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_concern (MpConcern  *draft,
                  GError    **error)
{
  if (!check_uuid (mp_concern_get_uuid (draft), error))
    return FALSE;

  if (mp_concern_get_mentorship (draft) == NULL)
    return constraint_error (error, _("A concern must belong to a mentorship."));

  if (mp_text_is_blank (mp_concern_get_subject (draft)))
    return constraint_error (error, _("A concern needs a subject."));

  if (!check_day_in_range (mp_concern_get_needed_by (draft), error))
    return FALSE;

  return check_enum (MP_TYPE_CONCERN_STATUS, mp_concern_get_status (draft), error);
}

/* The public keys the employee and the mentor of mentorship @mentorship_id published
 * (GBytes), for sealing what they write each other */
static GPtrArray *
party_keys (MpStore  *self,
            gint64    mentorship_id,
            GError  **error)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  int rc;

  stmt = prepare (self,
                  "SELECT k.public_key FROM mentorships m JOIN person_keys k ON k.person_id IN (m.employee_id, m.mentor_id) "
                  "WHERE m.id = ?1",
                  error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (sqlite3_column_bytes (stmt, 0) == MP_SEAL_KEY_SIZE)
      {
        g_autoptr(GBytes) key = g_bytes_new (sqlite3_column_blob (stmt, 0), MP_SEAL_KEY_SIZE);

        /* (a key nothing can be sealed for, as one of zeros, is left out) */
        if (mp_seal_public_key_is_usable (key))
          g_ptr_array_add (keys, g_steal_pointer (&key));
      }

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      return NULL;
    }

  return g_steal_pointer (&keys);
}

/* @text sealed for @recipients as part @part of concern @uuid */
static GBytes *
seal_concern_part (const char  *text,
                   const char  *uuid,
                   const char  *part,
                   GPtrArray   *recipients,
                   GError     **error)
{
  g_autofree char *context = concern_context (uuid, part);
  g_autoptr(GError) local_error = NULL;
  GBytes *sealed = mp_seal (text != NULL ? text : "", context, recipients, &local_error);

  if (sealed != NULL)
    return sealed;

  if (g_error_matches (local_error, MP_SEAL_ERROR, MP_SEAL_ERROR_NO_RECIPIENT))
    g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_CONSTRAINT,
                 _("It cannot be kept private yet: neither the new employee nor the mentor has opened this version "
                   "of Mentoring with a private database, so there is no key to seal it for."));
  else
    g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_IO, "%s", local_error->message);

  return NULL;
}

static void
bind_sealed (sqlite3_stmt *stmt,
             int           index,
             GBytes       *sealed)
{
  gsize length;
  const void *data;

  if (sealed == NULL)
    {
      sqlite3_bind_null (stmt, index);
      return;
    }

  data = g_bytes_get_data (sealed, &length);
  sqlite3_bind_blob (stmt, index, data, (int) length, SQLITE_TRANSIENT);
}

/* Whether concern @uuid is stored plain (an earlier version's, not sealed yet), and its plain
 * answer; FALSE for none stored */
static gboolean
read_stored_plain (MpStore     *self,
                   const char  *uuid,
                   gboolean    *plain,
                   char       **answer,
                   GError     **error)
{
  g_autoptr(MpCachedStmt) stmt = prepare (self, "SELECT sealed_subject IS NULL, answer FROM concerns WHERE uuid = ?1",
                                          error);
  int rc;

  *plain = FALSE;
  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, uuid);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *plain = sqlite3_column_int (stmt, 0) != 0;
      *answer = g_strdup (column_text_or_null (stmt, 1));
    }
  else if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Subject, text and answer are sealed for the keys of the concern's employee and mentor; the
 * plain columns hold a placeholder. A part this computer could not read (the concern's
 * placeholder) is left as it is stored. */
static gboolean
write_concern (MpStore    *self,
               MpConcern  *draft,
               GError    **error)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  g_autoptr(GDateTime) stamp = NULL;
  g_autoptr(GPtrArray) recipients = NULL;
  g_autoptr(GBytes) sealed_subject = NULL;
  g_autoptr(GBytes) sealed_text = NULL;
  g_autoptr(GBytes) sealed_answer = NULL;
  GDateTime *raised_at = mp_concern_get_raised_at (draft);
  const char *uuid = mp_concern_get_uuid (draft);
  const char *answer = mp_concern_get_answer (draft);
  guint unreadable = _mp_concern_get_unreadable (draft);
  gboolean keep_body = (unreadable & _MP_CONCERN_UNREADABLE_BODY) != 0;
  gboolean keep_answer = (unreadable & _MP_CONCERN_UNREADABLE_ANSWER) != 0;
  gboolean placeholders = (unreadable & _MP_CONCERN_PLACEHOLDERS) != 0;
  gboolean seal_answer = !keep_answer && answer != NULL && *answer != '\0';
  g_autofree char *stored_answer = NULL;
  gboolean stored_plain = FALSE;
  gint64 mentorship_id, id;
  Op *op;

  if (!require_mentorship (self, mp_concern_get_mentorship (draft), &mentorship_id, error) ||
      !check_same_mentorship (self, "SELECT mentorship_id FROM concerns WHERE uuid = ?1",
                              uuid, mentorship_id, error))
    return FALSE;

  if (raised_at == NULL)
    raised_at = stamp = g_date_time_new_now_utc ();

  if (!keep_body || seal_answer)
    {
      recipients = party_keys (self, mentorship_id, error);
      if (recipients == NULL || !read_stored_plain (self, uuid, &stored_plain, &stored_answer, error))
        return FALSE;
    }

  /* A concern of an earlier version, plain in the file, whose employee and mentor have no
   * key yet (HR closing one of someone who left): it stays as it is, neither sealed nor lost;
   * only a new text (an answer) must wait for a key */
  if (recipients != NULL && recipients->len == 0 && stored_plain)
    {
      keep_body = TRUE;
      if (!seal_answer || g_strcmp0 (answer, stored_answer) == 0)
        keep_answer = TRUE, seal_answer = FALSE;
    }

  if (!keep_body &&
      ((sealed_subject = seal_concern_part (mp_concern_get_subject (draft), uuid, "subject", recipients, error)) == NULL ||
       (sealed_text = seal_concern_part (mp_concern_get_text (draft), uuid, "text", recipients, error)) == NULL))
    return FALSE;
  if (seal_answer && (sealed_answer = seal_concern_part (answer, uuid, "answer", recipients, error)) == NULL)
    return FALSE;

  stmt = prepare (self,
                  "INSERT INTO concerns (uuid, mentorship_id, subject, text, raised_at, needed_by, status, answer, "
                  "                      answered_at, sealed_subject, sealed_text, sealed_answer) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                  "ON CONFLICT (uuid) DO UPDATE SET "
                  "subject = iif (?13, concerns.subject, excluded.subject), "
                  "text = iif (?13, concerns.text, excluded.text), "
                  "sealed_subject = iif (?13, concerns.sealed_subject, excluded.sealed_subject), "
                  "sealed_text = iif (?13, concerns.sealed_text, excluded.sealed_text), "
                  "raised_at = excluded.raised_at, needed_by = excluded.needed_by, status = excluded.status, "
                  "answer = iif (?14, concerns.answer, excluded.answer), "
                  "sealed_answer = iif (?14, concerns.sealed_answer, excluded.sealed_answer), "
                  "answered_at = excluded.answered_at RETURNING id",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, uuid);
  sqlite3_bind_int64 (stmt, 2, mentorship_id);
  /* What a new row gets where a text is kept: an import's placeholders as they are; never
   * the texts of a concern read here (they are the stored row's, kept by the update) */
  bind_text (stmt, 3, keep_body && placeholders ? mp_concern_get_subject (draft) : SEALED_PLACEHOLDER);
  bind_text_or_empty (stmt, 4, keep_body && placeholders ? mp_concern_get_text (draft) : NULL);
  bind_instant (stmt, 5, raised_at);
  bind_date (stmt, 6, mp_concern_get_needed_by (draft));
  bind_enum (stmt, 7, MP_TYPE_CONCERN_STATUS, mp_concern_get_status (draft));
  bind_text_or_empty (stmt, 8, keep_answer && placeholders ? answer : NULL);
  bind_instant (stmt, 9, mp_concern_get_answered_at (draft));
  bind_sealed (stmt, 10, sealed_subject);
  bind_sealed (stmt, 11, sealed_text);
  bind_sealed (stmt, 12, sealed_answer);
  sqlite3_bind_int (stmt, 13, keep_body);
  sqlite3_bind_int (stmt, 14, keep_answer);

  if (!step_returning_id (self, stmt, &id, error))
    return FALSE;

  op = queue_upsert (self, KIND_CONCERN, draft, id);
  op->stamp = g_steal_pointer (&stamp);

  return TRUE;
}

/* In a write: a key of this computer account for @login in the private database (a new one
 * when it has none), and its public half among @person_id's in the shared file. With
 * @keep_secret FALSE (the benchmark's people, whose computers are elsewhere) a person without
 * any published key gets one whose secret half is dropped at once. */
static gboolean
ensure_key_for (MpStore     *self,
                gint64       person_id,
                const char  *login,
                gboolean     keep_secret,
                GError     **error)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gint64 n = 0;
  MpSealKey key;

  if (keep_secret)
    {
      stmt = prepare (self, "SELECT count(*) FROM private.keys WHERE login = ?1", error);
      if (stmt == NULL)
        return FALSE;
      bind_text (stmt, 1, login);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        n = sqlite3_column_int64 (stmt, 0);
      g_clear_pointer (&stmt, cached_stmt_release);
    }
  else
    {
      stmt = prepare (self, "SELECT count(*) FROM person_keys WHERE person_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, person_id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        n = sqlite3_column_int64 (stmt, 0);
      g_clear_pointer (&stmt, cached_stmt_release);
    }

  if (n == 0)
    {
      if (!mp_seal_key_generate (&key, error))
        return FALSE;

      stmt = keep_secret ? prepare (self, "INSERT INTO private.keys (login, secret, public_key, created_at) "
                                          "VALUES (?1, ?2, ?3, ?4)", error)
                         : prepare (self, "INSERT OR IGNORE INTO person_keys (person_id, public_key, added_at) "
                                          "VALUES (?5, ?3, ?4)", error);
      if (stmt == NULL)
        {
          memset (&key, 0, sizeof key);
          return FALSE;
        }
      if (keep_secret)
        {
          bind_text (stmt, 1, login);
          sqlite3_bind_blob (stmt, 2, key.secret, sizeof key.secret, SQLITE_TRANSIENT);
        }
      else
        sqlite3_bind_int64 (stmt, 5, person_id);
      sqlite3_bind_blob (stmt, 3, key.public, sizeof key.public, SQLITE_TRANSIENT);
      bind_instant (stmt, 4, now);
      memset (&key, 0, sizeof key);
      if (!step_done (self, stmt, error))
        return FALSE;
      g_clear_pointer (&stmt, cached_stmt_release);
    }

  if (!keep_secret)
    return TRUE;

  stmt = prepare (self, "INSERT OR IGNORE INTO person_keys (person_id, public_key, added_at) "
                        "SELECT ?1, public_key, ?2 FROM private.keys WHERE login = ?3",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person_id);
  bind_instant (stmt, 2, now);
  bind_text (stmt, 3, login);

  return step_done (self, stmt, error);
}

typedef struct
{
  gint64   id;
  gint64   mentorship_id;
  char    *uuid;
  char    *plain[3];   /* subject, text, answer: an earlier version's */
  GBytes  *sealed[3];  /* sealed_subject, sealed_text, sealed_answer, as stored */
  GBytes  *wider[3];   /* what to store instead: sealed, or given a key it lacked */
  gboolean was_plain;
} WaitingConcern;

static void
waiting_concern_free (gpointer data)
{
  WaitingConcern *waiting = data;

  g_free (waiting->uuid);
  for (guint i = 0; i < 3; i++)
    {
      if (waiting->plain[i] != NULL)
        memset (waiting->plain[i], 0, strlen (waiting->plain[i]));
      g_free (waiting->plain[i]);
      g_clear_pointer (&waiting->sealed[i], g_bytes_unref);
      g_clear_pointer (&waiting->wider[i], g_bytes_unref);
    }
  g_free (waiting);
}

static const char * const concern_parts[3] = { "subject", "text", "answer" };

/* Reads the concerns @sql selects (id, mentorship_id, uuid, subject, text, answer,
 * sealed_subject, sealed_text, sealed_answer) into @waiting, each once */
static gboolean
read_waiting_concerns (MpStore     *self,
                       const char  *sql,
                       GPtrArray   *waiting,
                       GHashTable  *seen,
                       GError     **error)
{
  g_autoptr(MpCachedStmt) stmt = prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      WaitingConcern *concern;

      if (!g_hash_table_add (seen, g_memdup2 (&id, sizeof id)))
        continue;

      concern = g_new0 (WaitingConcern, 1);
      concern->id = id;
      concern->mentorship_id = sqlite3_column_int64 (stmt, 1);
      concern->uuid = g_strdup (column_text (stmt, 2));
      for (guint i = 0; i < 3; i++)
        {
          concern->plain[i] = g_strdup (column_text (stmt, 3 + (int) i));
          if (sqlite3_column_type (stmt, 6 + (int) i) == SQLITE_BLOB)
            concern->sealed[i] = g_bytes_new (sqlite3_column_blob (stmt, 6 + (int) i),
                                              (gsize) sqlite3_column_bytes (stmt, 6 + (int) i));
        }
      g_ptr_array_add (waiting, concern);
    }

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* What @waiting should store for @recipients, worked out before anything is written:
 * an earlier version's plain texts sealed, or a sealed part this computer can open given
 * the keys it lacks. Whether there is anything to write. */
static gboolean
plan_waiting_concern (MpStore        *self,
                      WaitingConcern *waiting,
                      GPtrArray      *recipients)
{
  gboolean changed = FALSE;

  if (waiting->sealed[0] == NULL)
    {
      for (guint i = 0; i < 3; i++)
        {
          /* (an answer sealed already, or none at all, stays as it is) */
          if (i == 2 && (waiting->sealed[2] != NULL || waiting->plain[2] == NULL || *waiting->plain[2] == '\0'))
            continue;
          waiting->wider[i] = seal_concern_part (waiting->plain[i], waiting->uuid, concern_parts[i], recipients, NULL);
          if (waiting->wider[i] == NULL)
            return FALSE;
        }
      waiting->was_plain = TRUE;

      return TRUE;
    }

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *context = NULL;

      if (waiting->sealed[i] == NULL || !mp_seal_lacks_recipient (waiting->sealed[i], recipients))
        continue;

      /* Only a recipient can pass it on: not this computer, or not yet */
      context = concern_context (waiting->uuid, concern_parts[i]);
      waiting->wider[i] = mp_seal_add_recipients (waiting->sealed[i], context, self->seal_keys, recipients, NULL);
      if (waiting->wider[i] != NULL && g_bytes_equal (waiting->wider[i], waiting->sealed[i]))
        g_clear_pointer (&waiting->wider[i], g_bytes_unref);
      changed |= waiting->wider[i] != NULL;
    }

  return changed;
}

/* Writes what plan_waiting_concern () worked out, if the row is still as it was read */
static gboolean
write_waiting_concern (MpStore         *self,
                       WaitingConcern  *waiting,
                       GError         **error)
{
  static const char * const updates[3] = {
    "UPDATE concerns SET sealed_subject = ?1 WHERE id = ?2 AND sealed_subject IS ?3",
    "UPDATE concerns SET sealed_text = ?1 WHERE id = ?2 AND sealed_text IS ?3",
    "UPDATE concerns SET sealed_answer = ?1 WHERE id = ?2 AND sealed_answer IS ?3",
  };
  g_autoptr(MpCachedStmt) stmt = NULL;

  if (waiting->was_plain)
    {
      stmt = prepare (self,
                      "UPDATE concerns SET subject = '" SEALED_PLACEHOLDER "', text = '', "
                      "answer = iif (?3 IS NULL, answer, ''), sealed_subject = ?1, sealed_text = ?2, "
                      "sealed_answer = coalesce (?3, sealed_answer) WHERE id = ?4 AND sealed_subject IS NULL",
                      error);
      if (stmt == NULL)
        return FALSE;
      for (guint i = 0; i < 3; i++)
        bind_sealed (stmt, (int) i + 1, waiting->wider[i]);
      sqlite3_bind_int64 (stmt, 4, waiting->id);

      return step_done (self, stmt, error);
    }

  for (guint i = 0; i < 3; i++)
    {
      if (waiting->wider[i] == NULL)
        continue;
      stmt = prepare (self, updates[i], error);
      if (stmt == NULL)
        return FALSE;
      bind_sealed (stmt, 1, waiting->wider[i]);
      sqlite3_bind_int64 (stmt, 2, waiting->id);
      bind_sealed (stmt, 3, waiting->sealed[i]);
      if (!step_done (self, stmt, error))
        return FALSE;
      g_clear_pointer (&stmt, cached_stmt_release);
    }

  return TRUE;
}

/* The newest key published (its row id): a change tells that another key may be missing */
static gint64
newest_published_key (MpStore *self)
{
  gint64 newest = 0;

  if (!query_int64 (self, "SELECT coalesce (max (rowid), 0) FROM person_keys", &newest, NULL))
    return -1;

  return newest;
}

/* Seals what waits for a key: the concerns of an earlier version whose employee or mentor has
 * a key now (any computer may do that: the text is readable in the file until then), and
 * the concerns of those whose keys this computer account holds, sealed before another key of
 * their employee or mentor was published (only a computer that can open them can). Worked
 * out first, then written in one transaction only when there is something to write (a
 * checkpoint then takes the plain texts out of the journal too); failures are only logged:
 * it is tried again at the next opening, or when another key is published. */
static void
seal_waiting_concerns (MpStore *self)
{
  g_autoptr(GPtrArray) waiting = g_ptr_array_new_with_free_func (waiting_concern_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) planned = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE, sealed_plain = FALSE;
  guint mark;

  if (self->read_only || self->in_batch)
    return;

  self->keys_seen = newest_published_key (self);

  /* An earlier version's (a partial index holds them), then those of this account's people */
  if (!read_waiting_concerns (self,
                              "SELECT id, mentorship_id, uuid, subject, text, answer, sealed_subject, sealed_text, "
                              "sealed_answer FROM concerns WHERE sealed_subject IS NULL",
                              waiting, seen, &error) ||
      (self->seal_keys->len > 0 &&
       !read_waiting_concerns (self,
                               "SELECT c.id, c.mentorship_id, c.uuid, c.subject, c.text, c.answer, c.sealed_subject, "
                               "c.sealed_text, c.sealed_answer FROM private.keys s "
                               "JOIN people p ON p.login = s.login "
                               "JOIN mentorships m ON m.employee_id = p.id OR m.mentor_id = p.id "
                               "JOIN concerns c ON c.mentorship_id = m.id",
                               waiting, seen, &error)))
    {
      g_debug ("Cannot look for concerns to seal: %s", error->message);
      return;
    }

  for (guint i = 0; i < waiting->len; i++)
    {
      WaitingConcern *concern = waiting->pdata[i];
      g_autoptr(GPtrArray) recipients = party_keys (self, concern->mentorship_id, NULL);

      if (recipients != NULL && recipients->len > 0 && plan_waiting_concern (self, concern, recipients))
        g_ptr_array_add (planned, concern);
    }
  if (planned->len == 0)
    return;

  if (!write_begin (self, &mark, &error))
    {
      g_debug ("Cannot seal waiting concerns now: %s", error->message);
      return;
    }
  for (guint i = 0; ok && i < planned->len; i++)
    {
      WaitingConcern *concern = planned->pdata[i];

      ok = write_waiting_concern (self, concern, &error);
      sealed_plain |= concern->was_plain;
    }
  if (!write_end (self, ok, mark, &error))
    {
      g_debug ("Sealing waiting concerns failed, trying again later: %s", error->message);
      return;
    }

  g_debug ("Sealed %u waiting concerns", planned->len);
  /* The pages that held the plain texts, also out of the journal when nobody reads them */
  if (sealed_plain && g_strcmp0 (self->journal_mode, "wal") == 0)
    sqlite3_exec (self->db, "PRAGMA main.wal_checkpoint(TRUNCATE)", NULL, NULL, NULL);
}

/* After another process's change: seals what waits, if a key was published since the last
 * look (and the windows asked for it once, mp_store_seal_for_current_person ()).
 */
static void
seal_if_keys_changed (MpStore *self)
{
  gint64 newest;

  if (self->keys_seen < 0 || self->read_only || self->in_batch)
    return;

  newest = newest_published_key (self);
  if (newest >= 0 && newest != self->keys_seen)
    seal_waiting_concerns (self);
}

/* Whether this computer account has a key for @login, and each of its keys for @login is
 * published for @person_id */
static gboolean
has_published_key (MpStore    *self,
                   gint64      person_id,
                   const char *login)
{
  g_autoptr(MpCachedStmt) stmt = prepare (self,
                                          "SELECT count(*), count(k.person_id) FROM private.keys p "
                                          "LEFT JOIN person_keys k ON k.person_id = ?2 AND k.public_key = p.public_key "
                                          "WHERE p.login = ?1",
                                          NULL);

  if (stmt == NULL)
    return FALSE;
  bind_text (stmt, 1, login);
  sqlite3_bind_int64 (stmt, 2, person_id);

  return sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) > 0 &&
         sqlite3_column_int64 (stmt, 0) == sqlite3_column_int64 (stmt, 1);
}

/* Gives the current person a key on this computer account (published with their others).
 * Quietly does nothing on a read-only file, or for someone not in the staff list. */
static void
ensure_seal_key (MpStore *self)
{
  g_autoptr(GError) error = NULL;
  MpPerson *person;
  const char *login;
  guint mark;

  if (self->read_only || self->in_batch || (person = mp_store_get_current_person (self)) == NULL ||
      (login = mp_person_get_login (person)) == NULL || *login == '\0' || _mp_person_get_id (person) <= 0)
    return;

  /* Written only when something is missing: opening writes nothing otherwise */
  if (!has_published_key (self, _mp_person_get_id (person), login) &&
      (!write_begin (self, &mark, &error) ||
       !write_end (self, ensure_key_for (self, _mp_person_get_id (person), login, TRUE, &error), mark, &error)))
    g_debug ("No key for %s on this computer: %s", login, error->message);

  load_seal_keys (self);
}

/**
 * mp_store_seal_for_current_person:
 *
 * Gives the current person a key on this computer account, published in the shared file
 * with their others, then seals what waited for a key (mp-seal.h): the concerns of an
 * earlier version, and the current person's that lack a key of their employee or mentor
 * published since. The windows call it as they open: opening a store writes nothing, and
 * a command that refuses its input leaves the file as it was. Failures are only logged
 * (a read-only file, someone not in the staff list, a busy file): it is tried again on the
 * next opening, and the waiting concerns on every change another process makes.
 */
void
mp_store_seal_for_current_person (MpStore *self)
{
  g_return_if_fail (MP_IS_STORE (self));

  ensure_seal_key (self);
  seal_waiting_concerns (self);
}

/* Everyone with a login, or the one with @login: from the file, not the lists, which inside a
 * batch (the demo's, the benchmark's) do not have them yet */
static gboolean
publish_keys (MpStore     *self,
              const char  *login,
              gboolean     keep_secrets,
              GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) logins = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(MpCachedStmt) stmt = NULL;
  gboolean ok;
  guint mark;
  int rc = SQLITE_DONE;

  if (!write_begin (self, &mark, error))
    return FALSE;

  ok = (stmt = prepare (self, "SELECT id, login FROM people WHERE login IS NOT NULL AND login <> '' "
                              "AND (?1 IS NULL OR login = ?1)", error)) != NULL;
  if (ok)
    bind_text (stmt, 1, login);
  while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      g_ptr_array_add (logins, g_strdup (column_text (stmt, 1)));
    }
  if (ok && rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      ok = FALSE;
    }
  g_clear_pointer (&stmt, cached_stmt_release);

  for (guint i = 0; ok && i < ids->len; i++)
    ok = ensure_key_for (self, g_array_index (ids, gint64, i), logins->pdata[i], keep_secrets, error);

  if (!write_end (self, ok, mark, error))
    return FALSE;

  if (keep_secrets)
    load_seal_keys (self);

  return TRUE;
}

/**
 * mp_store_publish_keys_for_everyone:
 * @keep_secrets: whether the private database keeps the secret halves (a demo database,
 *   where one computer acts as everyone), or drops them (the benchmark's, whose people's
 *   computers are elsewhere)
 *
 * Gives everyone with a login a published key, in one transaction, so that what they write
 * each other can be sealed. For demo and benchmark databases.
 *
 * Returns: whether it was saved
 */
gboolean
mp_store_publish_keys_for_everyone (MpStore   *self,
                                    gboolean   keep_secrets,
                                    GError   **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);

  return publish_keys (self, NULL, keep_secrets, error);
}

/**
 * mp_store_publish_key_for_login:
 *
 * The same for the person with @login only.
 */
gboolean
mp_store_publish_key_for_login (MpStore     *self,
                                const char  *login,
                                gboolean     keep_secret,
                                GError     **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (login != NULL, FALSE);

  return publish_keys (self, login, keep_secret, error);
}

static MpConcern *
concern_draft (MpStore   *self,
               MpConcern *concern)
{
  GObject *canonical = registry_lookup (self, KIND_CONCERN, mp_concern_get_uuid (concern));

  return mp_concern_copy (canonical != NULL ? MP_CONCERN (canonical) : concern);
}

static gboolean
validate_introduction (MpIntroduction  *draft,
                       GError         **error)
{
  if (!check_uuid (mp_introduction_get_uuid (draft), error))
    return FALSE;

  if (mp_introduction_get_mentorship (draft) == NULL)
    return constraint_error (error, _("An introduction must belong to a mentorship."));

  if (mp_text_is_blank (mp_introduction_get_colleague (draft)))
    return constraint_error (error, _("Say whom the new employee was introduced to."));

  return check_day_in_range (mp_introduction_get_on (draft), error);
}

static gboolean
write_introduction (MpStore         *self,
                    MpIntroduction  *draft,
                    GError         **error)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  MpPerson *colleague = mp_introduction_get_colleague_person (draft);
  gint64 mentorship_id, colleague_id = 0, id;

  if (!require_mentorship (self, mp_introduction_get_mentorship (draft), &mentorship_id, error) ||
      !check_same_mentorship (self, "SELECT mentorship_id FROM introductions WHERE uuid = ?1",
                              mp_introduction_get_uuid (draft), mentorship_id, error) ||
      (colleague != NULL && !require_person (self, colleague, &colleague_id, error)))
    return FALSE;

  stmt = prepare (self,
                  "INSERT INTO introductions (uuid, mentorship_id, colleague, colleague_person_id, place, "
                  "                           introduced_on, possible_mentor) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                  "ON CONFLICT (uuid) DO UPDATE SET colleague = excluded.colleague, "
                  "colleague_person_id = excluded.colleague_person_id, place = excluded.place, "
                  "introduced_on = excluded.introduced_on, possible_mentor = excluded.possible_mentor RETURNING id",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, mp_introduction_get_uuid (draft));
  sqlite3_bind_int64 (stmt, 2, mentorship_id);
  bind_text (stmt, 3, mp_introduction_get_colleague (draft));
  bind_id (stmt, 4, colleague_id);
  bind_text_or_empty (stmt, 5, mp_introduction_get_where (draft));
  bind_date (stmt, 6, mp_introduction_get_on (draft));
  sqlite3_bind_int (stmt, 7, mp_introduction_get_possible_mentor (draft) ? 1 : 0);

  if (!step_returning_id (self, stmt, &id, error))
    return FALSE;

  queue_upsert (self, KIND_INTRODUCTION, draft, id);

  return TRUE;
}

static gboolean
write_agreement (MpStore      *self,
                 MpAgreement  *draft,
                 GError      **error)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  gint64 mentorship_id, id;
  gboolean other;

  if (!require_mentorship (self, mp_agreement_get_mentorship (draft), &mentorship_id, error) ||
      !check_same_mentorship (self, "SELECT mentorship_id FROM agreements WHERE uuid = ?1",
                              mp_agreement_get_uuid (draft), mentorship_id, error))
    return FALSE;

  {
    g_autoptr(MpCachedStmt) other_stmt =
      prepare (self, "SELECT id FROM agreements WHERE mentorship_id = ?1 AND uuid <> ?2", error);

    if (other_stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (other_stmt, 1, mentorship_id);
    bind_text (other_stmt, 2, mp_agreement_get_uuid (draft));
    if (!step_row (self, other_stmt, &other, error))
      return FALSE;
    if (other)
      return constraint_error (error, _("This pair already has an agreement: change that one."));
  }

  stmt = prepare (self,
                  "INSERT INTO agreements (uuid, mentorship_id, best_days, channels, expectations, agreed_on) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                  "ON CONFLICT (uuid) DO UPDATE SET best_days = excluded.best_days, channels = excluded.channels, "
                  "expectations = excluded.expectations, agreed_on = excluded.agreed_on RETURNING id",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, mp_agreement_get_uuid (draft));
  sqlite3_bind_int64 (stmt, 2, mentorship_id);
  bind_text_or_empty (stmt, 3, mp_agreement_get_best_days (draft));
  bind_text_or_empty (stmt, 4, mp_agreement_get_channels (draft));
  bind_text_or_empty (stmt, 5, mp_agreement_get_expectations (draft));
  bind_date (stmt, 6, mp_agreement_get_agreed_on (draft));

  if (!step_returning_id (self, stmt, &id, error))
    return FALSE;

  queue_upsert (self, KIND_AGREEMENT, draft, id);

  return TRUE;
}

static gboolean
validate_feedback (MpFeedback  *draft,
                   GError     **error)
{
  int ratings[] = {
    mp_feedback_get_program_rating (draft),
    mp_feedback_get_meetings_rating (draft),
    mp_feedback_get_usefulness_rating (draft),
  };

  if (!check_uuid (mp_feedback_get_uuid (draft), error))
    return FALSE;

  if (mp_feedback_get_mentorship (draft) == NULL)
    return constraint_error (error, _("Feedback must belong to a mentorship."));

  for (guint i = 0; i < G_N_ELEMENTS (ratings); i++)
    if (ratings[i] < 0 || ratings[i] > 5)
      return constraint_error (error, _("A rating goes from 1 to 5 (0 when not answered)."));

  return check_enum (MP_TYPE_FEEDBACK_ROLE, mp_feedback_get_role (draft), error);
}

static gboolean
write_feedback (MpStore     *self,
                MpFeedback  *draft,
                GError     **error)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  g_autoptr(GDateTime) stamp = NULL;
  GDateTime *submitted_at = mp_feedback_get_submitted_at (draft);
  gint64 mentorship_id, id;
  gboolean other;
  Op *op;

  if (!require_mentorship (self, mp_feedback_get_mentorship (draft), &mentorship_id, error) ||
      !check_same_mentorship (self, "SELECT mentorship_id FROM feedback WHERE uuid = ?1",
                              mp_feedback_get_uuid (draft), mentorship_id, error))
    return FALSE;

  {
    g_autoptr(MpCachedStmt) other_stmt =
      prepare (self, "SELECT id FROM feedback WHERE mentorship_id = ?1 AND role = ?2 AND uuid <> ?3", error);

    if (other_stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (other_stmt, 1, mentorship_id);
    bind_enum (other_stmt, 2, MP_TYPE_FEEDBACK_ROLE, mp_feedback_get_role (draft));
    bind_text (other_stmt, 3, mp_feedback_get_uuid (draft));
    if (!step_row (self, other_stmt, &other, error))
      return FALSE;
    if (other)
      return constraint_error (error, mp_feedback_get_role (draft) == MP_FEEDBACK_ROLE_MENTOR
                                        ? _("The mentor has already given feedback on this mentorship.")
                                        : _("The new employee has already given feedback on this mentorship."));
  }

  if (submitted_at == NULL)
    submitted_at = stamp = g_date_time_new_now_utc ();

  stmt = prepare (self,
                  "INSERT INTO feedback (uuid, mentorship_id, role, program_rating, meetings_rating, "
                  "                      usefulness_rating, comment, submitted_at) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                  "ON CONFLICT (uuid) DO UPDATE SET role = excluded.role, program_rating = excluded.program_rating, "
                  "meetings_rating = excluded.meetings_rating, usefulness_rating = excluded.usefulness_rating, "
                  "comment = excluded.comment, submitted_at = excluded.submitted_at RETURNING id",
                  error);
  if (stmt == NULL)
    return FALSE;

  bind_text (stmt, 1, mp_feedback_get_uuid (draft));
  sqlite3_bind_int64 (stmt, 2, mentorship_id);
  bind_enum (stmt, 3, MP_TYPE_FEEDBACK_ROLE, mp_feedback_get_role (draft));
  sqlite3_bind_int (stmt, 4, mp_feedback_get_program_rating (draft));
  sqlite3_bind_int (stmt, 5, mp_feedback_get_meetings_rating (draft));
  sqlite3_bind_int (stmt, 6, mp_feedback_get_usefulness_rating (draft));
  bind_text_or_empty (stmt, 7, mp_feedback_get_comment (draft));
  bind_instant (stmt, 8, submitted_at);

  if (!step_returning_id (self, stmt, &id, error))
    return FALSE;

  op = queue_upsert (self, KIND_FEEDBACK, draft, id);
  op->stamp = g_steal_pointer (&stamp);

  return TRUE;
}

/* ---- Callbacks and GObject ------------------------------------------------------------- */

static void
statement_free (gpointer data)
{
  sqlite3_finalize (data);
}

static gboolean
on_watch_timeout_cb (gpointer user_data)
{
  MpStore *self = user_data;

  mp_store_check_for_changes (self);

  return G_SOURCE_CONTINUE;
}

static void
mp_store_dispose (GObject *object)
{
  MpStore *self = (MpStore *)object;

  g_clear_handle_id (&self->watch_source, g_source_remove);

  G_OBJECT_CLASS (mp_store_parent_class)->dispose (object);
}

static void
mp_store_finalize (GObject *object)
{
  MpStore *self = (MpStore *)object;
  GHashTableIter iter;
  gpointer key;

  if (self->in_batch && self->db != NULL)
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  g_clear_pointer (&self->ops, g_ptr_array_unref);
  g_clear_pointer (&self->batch_people, g_array_unref);
  g_clear_pointer (&self->closed_days, g_array_unref);
  g_clear_pointer (&self->seal_keys, g_ptr_array_unref);
  g_clear_pointer (&self->pending_programs, g_hash_table_unref);
  g_clear_pointer (&self->pending_loads, g_hash_table_unref);
  g_clear_pointer (&self->pending_reloads, g_hash_table_unref);
  g_clear_pointer (&self->pending_children, g_ptr_array_unref);
  g_clear_pointer (&self->preread_progress, progress_rows_free);
  g_clear_pointer (&self->histories, g_hash_table_unref);
  g_clear_pointer (&self->revisions_seen, g_hash_table_unref);
  g_clear_pointer (&self->mentor_lists, g_hash_table_unref);
  g_clear_object (&self->no_mentorships);
  g_clear_object (&self->announced_person);
  g_clear_pointer (&self->retired, g_ptr_array_unref);

  for (guint i = 0; i < N_GLOBAL_KINDS; i++)
    g_clear_object (&self->lists[i]);
  for (guint i = 0; i < N_KINDS; i++)
    {
      g_clear_object (&self->empty_lists[i]);
      registry_clear (&self->registries[i]);
    }

  g_hash_table_iter_init (&iter, self->changed);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_object_unref (key);
  g_clear_pointer (&self->changed, g_hash_table_unref);

  /* The statements go before the connection they belong to. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->db, sqlite3_close_v2);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->private_path, g_free);
  g_clear_pointer (&self->journal_mode, g_free);
  g_clear_pointer (&self->acting_login, g_free);

  G_OBJECT_CLASS (mp_store_parent_class)->finalize (object);
}

static void
mp_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  MpStore *self = MP_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;

    case PROP_DEMO:
      g_value_set_boolean (value, self->is_demo);
      break;

    case PROP_CURRENT_PERSON:
      g_value_set_object (value, mp_store_get_current_person (self));
      break;

    case PROP_CLOSED_DAYS:
      g_value_set_boxed (value, self->closed_days);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_store_class_init (MpStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mp_store_dispose;
  object_class->finalize = mp_store_finalize;
  object_class->get_property = mp_store_get_property;

  properties [PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_DEMO] =
    g_param_spec_boolean ("demo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_CURRENT_PERSON] =
    g_param_spec_object ("current-person", NULL, NULL, MP_TYPE_PERSON,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /**
   * MpStore:closed-days: (type GArray(MpClosedDay))
   *
   * The days the library system is closed (mp_store_get_closed_days ()); notified when they
   * change, here or from another computer.
   */
  properties [PROP_CLOSED_DAYS] =
    g_param_spec_boxed ("closed-days", NULL, NULL, G_TYPE_ARRAY,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MpStore::people-changed:
   *
   * A person or a department already known changed (a name, a department, a role), in this
   * store or another process: one signal for all of them, rather than a handler per person
   * in every list that shows names.
   */
  signals [PEOPLE_CHANGED] =
    g_signal_new ("people-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * MpStore::mentorship-changed:
   * @mentorship: the canonical mentorship
   *
   * The mentorship or something of its history changed, in this store or another process.
   */
  signals [MENTORSHIP_CHANGED] =
    g_signal_new ("mentorship-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MP_TYPE_MENTORSHIP);

  /**
   * MpStore::refreshed:
   *
   * Changes committed by another process were applied to the lists and objects.
   */
  signals [REFRESHED] =
    g_signal_new ("refreshed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
mp_store_init (MpStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, statement_free);
  self->batch_people = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (Kind kind = 0; kind < N_KINDS; kind++)
    registry_init (&self->registries[kind]);
  for (Kind kind = 0; kind < N_GLOBAL_KINDS; kind++)
    self->lists[kind] = g_list_store_new (kind_type (kind));
  for (guint i = 0; i < G_N_ELEMENTS (self->revisions); i++)
    self->revisions[i] = -1;
  self->histories = g_hash_table_new_full (NULL, NULL, NULL, history_free);
  self->revisions_seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->mentor_lists = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->no_mentorships = g_list_store_new (MP_TYPE_MENTORSHIP);
  self->retired = g_ptr_array_new_with_free_func (g_object_unref);
  self->ops = g_ptr_array_new_with_free_func (op_free);
  self->pending_programs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->changed = g_hash_table_new (NULL, NULL);
  self->pending_loads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pending_reloads = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pending_children = g_ptr_array_new_with_free_func (pending_child_free);
  self->busy_timeout = MP_STORE_DEFAULT_BUSY_TIMEOUT_MS;
  self->closed_days = mp_closed_days_new ();
  self->seal_keys = g_ptr_array_new_with_free_func (seal_key_free);
  self->keys_seen = -1;
}

/* ---- Opening ------------------------------------------------------------------------------ */

/**
 * mp_store_get_default_private_path:
 *
 * Returns: (transfer full): where the user's private notes live by default,
 *   `$XDG_DATA_HOME/com.alliancelibrarysystem.Mentoring/private.sqlite`.
 */
char *
mp_store_get_default_private_path (void)
{
  return g_build_filename (g_get_user_data_dir (), PRIVATE_DIR_NAME, "private.sqlite", NULL);
}

/* Whether the files @a and @b are (or would be) in the same folder, by name or because the
 * two folder names lead to one folder (a symbolic link, a bind mount). */
static gboolean
is_in_same_folder (const char *a,
                   const char *b)
{
  g_autofree char *canonical_a = g_canonicalize_filename (a, NULL);
  g_autofree char *canonical_b = g_canonicalize_filename (b, NULL);
  g_autofree char *dir_a = g_path_get_dirname (canonical_a);
  g_autofree char *dir_b = g_path_get_dirname (canonical_b);

  return mp_paths_is_same_file (dir_a, dir_b);
}

/**
 * mp_store_open:
 * @shared_path: the shared database file (created when missing)
 * @private_path: (nullable): the user's private database, %NULL for the default
 * @error: MP_STORE_ERROR
 *
 * mp_store_open_full() with %MP_STORE_OPEN_DEFAULT.
 */
MpStore *
mp_store_open (const char  *shared_path,
               const char  *private_path,
               GError     **error)
{
  return mp_store_open_full (shared_path, private_path, MP_STORE_OPEN_DEFAULT, error);
}

/**
 * mp_store_open_full:
 * @shared_path: the shared database file (created when missing or empty)
 * @private_path: (nullable): the user's private database (created with mode 0600), %NULL
 *   for mp_store_get_default_private_path()
 * @flags: #MpStoreOpenFlags
 * @error: MP_STORE_ERROR
 *
 * Opens the shared database; see mp-store.h for what is refused and checked.
 *
 * Returns: (transfer full): the store, or %NULL with @error set (the shared file unchanged)
 */
MpStore *
mp_store_open_full (const char        *shared_path,
                    const char        *private_path,
                    MpStoreOpenFlags   flags,
                    GError           **error)
{
  g_autoptr(MpStore) self = NULL;
  g_autoptr(IntegrityCheck) check = NULL;
  g_autofree char *default_private = NULL;
  g_autofree char *uri = NULL;
  FileProbe probe;
  gboolean needs_recovery = FALSE;
  gboolean upgrading = FALSE;
  gboolean rollback;
  int rc;

  g_return_val_if_fail (shared_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (private_path == NULL)
    private_path = default_private = mp_store_get_default_private_path ();

  mp_sqlite_init ();

  /* Everything that can refuse the file happens before it is opened for writing. */
  if (!probe_shared_file (shared_path, &probe, error))
    return NULL;

  if (probe.exists && !probe.empty &&
      !check_shared_read_only (shared_path, &probe, &needs_recovery, &check, error))
    return NULL;

  if (mp_paths_is_same_file (shared_path, private_path))
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                   _("The private notes database cannot be the shared database “%s”."), shared_path);
      return NULL;
    }

  /* Whoever may open the shared folder (HR, other PCs, a backup of the share) must never
   * find the private notes there, not even with the shared file in hand. */
  if (is_in_same_folder (shared_path, private_path))
    {
      g_autofree char *folder = g_path_get_dirname (shared_path);

      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                   _("Your private notes cannot be kept in “%s”, the folder of the shared database: "
                     "everyone who can open that folder could read them. Keep them in a folder of your own."),
                   folder);
      return NULL;
    }

  self = g_object_new (MP_TYPE_STORE, NULL);
  self->path = g_strdup (shared_path);
  self->private_path = g_strdup (private_path);
  self->read_only = (flags & MP_STORE_OPEN_READ_ONLY) != 0 || !probe.writable;

  if (self->read_only && probe.empty)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_READ_ONLY,
                   _("The database “%s” is empty and read-only: it cannot be set up."), shared_path);
      return NULL;
    }

  if (!prepare_private_database (private_path, self->read_only, error))
    return NULL;

  /* A WAL database in a folder we cannot write to cannot get the -shm file a reader needs:
   * then it is read as it is on disk (nobody can write there through this folder either).
   * One nobody may write, in a folder we may (a copy marked read-only), is read so too:
   * SQLite would leave a -wal and a -shm beside it, read-only as the file is, and these
   * would keep it from being written once it may be again. (One that another account may
   * write is read through SQLite's files, to see what that account commits.) */
  if (!probe.writable && probe.wal && (probe.marked_read_only || !is_writable_folder (shared_path)))
    {
      g_autofree char *wal = g_strconcat (shared_path, "-wal", NULL);

      if (!g_file_test (wal, G_FILE_TEST_EXISTS))
        uri = immutable_uri (shared_path);
    }

  if (uri != NULL)
    rc = sqlite3_open_v2 (uri, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
  else
    rc = sqlite3_open_v2 (shared_path, &self->db,
                          self->read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE),
                          NULL);
  if (rc != SQLITE_OK)
    {
      set_open_error (shared_path, self->db, rc, error);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, 1);
  set_busy_wait (self, self->busy_timeout);
  integrity_check_start (check, uri);

  if (needs_recovery && !check_database (shared_path, self->db, error))
    return NULL;

  /* Savepoint journals in memory: a batch (an import) does thousands of savepoints. A page
   * cache of 8 MB keeps a large import from spilling to the disk before its commit. */
  if (!exec_sql (self, "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY; "
                       "PRAGMA cache_size = -8192", error))
    return NULL;

  rollback = (flags & MP_STORE_OPEN_ROLLBACK_JOURNAL) != 0 || is_on_network_share (shared_path);

  /* On a local disk (WAL), read the file through memory mapping rather than one read ()
   * per 4 KiB page: loading 10,000 pairings read 11,000 pages, each a system call. Never
   * on a network share, where a mapped file that fails is a crash, not an error. */
  if (!self->read_only && !rollback &&
      !exec_sql (self, "PRAGMA main.mmap_size = " G_STRINGIFY (MMAP_SIZE), error))
    return NULL;

  /* Everything is read, and so checked (a record the app cannot read refuses the file), before
   * the journal mode is set: switching it writes the file's header, and a refused file stays
   * byte for byte as it was. Only a new (or older) file is written before, by its migration. */
  if (!attach_private_database (self, error))
    return NULL;
  load_seal_keys (self);

  /* An upgrade writes: only to a file found whole. */
  if (check != NULL && check->version != MP_STORE_SCHEMA_VERSION && !integrity_check_finish (check, error))
    return NULL;

  if (!migrate (self, &upgrading, error) ||
      !query_int64 (self, "PRAGMA main.data_version", &self->data_version, error) ||
      !refresh (self, TRUE, error) ||
      (upgrading && !exec_sql (self, "COMMIT", error)))
    {
      g_autoptr(GError) damage = NULL;

      /* An upgrade of a file refused is not kept: it stays as it was. */
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

      /* A damaged file may fail a read too: then say what the check found. */
      if (!integrity_check_finish (check, &damage) && error != NULL)
        {
          g_clear_error (error);
          g_propagate_error (error, g_steal_pointer (&damage));
        }
      return NULL;
    }

  /* Every window starts with the pairings' progress (mp_store_foreach_progress_rows ()): its
   * rows are read now, while the check still reads the file on its own thread, rather than
   * after it (10,000 pairings on a 2-core PC: the wait, 30-50 ms, was most of their read).
   * Only read, never trusted before the verdict; a failed read leaves it to that call. */
  if (check != NULL && check->thread != NULL)
    self->preread_progress = read_progress_rows (self, NULL);

  if (!integrity_check_finish (check, error))
    return NULL;

  if (!self->read_only)
    {
      g_autofree char *before = get_journal_mode (self->db);

      self->journal_mode = set_journal_mode (self->db, rollback);
      if (!exec_sql (self, g_strcmp0 (self->journal_mode, "wal") == 0 ? "PRAGMA main.synchronous = NORMAL"
                                                                      : "PRAGMA main.synchronous = FULL", error))
        return NULL;

      /* A new journal mode counts as a change of the file for PRAGMA data_version: take it
       * again, then read what another process may have committed since the first look. */
      if (g_strcmp0 (before, self->journal_mode) != 0 &&
          (!query_int64 (self, "PRAGMA main.data_version", &self->data_version, error) ||
           !refresh (self, FALSE, error)))
        return NULL;
    }
  else
    self->journal_mode = get_journal_mode (self->db);

  finish_applying (self);

  if ((flags & MP_STORE_OPEN_NO_WATCH) == 0)
    mp_store_set_watch_interval (self, MP_STORE_DEFAULT_WATCH_SECONDS);

  return g_steal_pointer (&self);
}

const char *
mp_store_get_path (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return self->path;
}

const char *
mp_store_get_private_path (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return self->private_path;
}

gboolean
mp_store_is_read_only (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), TRUE);

  return self->read_only;
}

/**
 * mp_store_holds_records:
 *
 * Reads the file again (another process may have written since): whether it holds any
 * program, department, person, question or pairing. A file that cannot be read is taken to
 * hold some.
 *
 * Returns: %FALSE only for a database with nothing in it yet
 */
gboolean
mp_store_holds_records (MpStore *self)
{
  gint64 holds = 1;

  g_return_val_if_fail (MP_IS_STORE (self), TRUE);

  if (!query_int64 (self,
                    "SELECT EXISTS (SELECT 1 FROM main.programs) OR EXISTS (SELECT 1 FROM main.departments) "
                    "OR EXISTS (SELECT 1 FROM main.people) OR EXISTS (SELECT 1 FROM main.questions) "
                    "OR EXISTS (SELECT 1 FROM main.mentorships)", &holds, NULL))
    return TRUE;

  return holds != 0;
}

/**
 * mp_store_get_journal_mode:
 *
 * Returns: "wal" on a local disk, "delete" (the rollback journal) on a network share.
 */
const char *
mp_store_get_journal_mode (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return self->journal_mode;
}

/**
 * mp_store_set_busy_timeout:
 *
 * How long a write waits for another computer's lock before failing with
 * %MP_STORE_ERROR_BUSY (default %MP_STORE_DEFAULT_BUSY_TIMEOUT_MS).
 */
void
mp_store_set_busy_timeout (MpStore *self,
                           guint    milliseconds)
{
  g_return_if_fail (MP_IS_STORE (self));

  self->busy_timeout = MIN (milliseconds, (guint) G_MAXINT);
  set_busy_wait (self, self->busy_timeout);
}

/**
 * mp_store_set_watch_interval:
 * @seconds: 0 to stop watching
 *
 * How often the store itself calls mp_store_check_for_changes() from the main loop.
 */
void
mp_store_set_watch_interval (MpStore *self,
                             guint    seconds)
{
  g_return_if_fail (MP_IS_STORE (self));

  g_clear_handle_id (&self->watch_source, g_source_remove);
  if (seconds > 0)
    self->watch_source = g_timeout_add_seconds (seconds, on_watch_timeout_cb, self);
}

/**
 * mp_store_check_for_changes:
 *
 * Notices what other processes committed since the last look (PRAGMA data_version) and
 * refreshes the affected lists and objects in place. Cheap when nothing changed. Does
 * nothing inside a batch; a busy database is simply looked at again next time.
 *
 * Returns: %TRUE when changes were applied
 */
gboolean
mp_store_check_for_changes (MpStore *self)
{
  g_autoptr(GError) error = NULL;
  gint64 version;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);

  if (self->in_batch)
    return FALSE;

  /* Never freeze a window for long because another computer is writing. */
  set_busy_wait (self, REFRESH_BUSY_TIMEOUT_MS);
  ok = query_int64 (self, "PRAGMA main.data_version", &version, &error);
  if (ok && version == self->data_version)
    {
      set_busy_wait (self, self->busy_timeout);
      return FALSE;
    }
  if (ok)
    ok = refresh (self, FALSE, &error);
  set_busy_wait (self, self->busy_timeout);

  if (!ok)
    {
      g_debug ("Looking for changes of other processes failed, trying again later: %s", error->message);
      return FALSE;
    }

  self->data_version = version;
  finish_applying (self);
  /* Another computer may have published a key someone here's concerns lack: never a long
   * wait for the lock for it */
  set_busy_wait (self, REFRESH_BUSY_TIMEOUT_MS);
  seal_if_keys_changed (self);
  set_busy_wait (self, self->busy_timeout);
  g_signal_emit (self, signals [REFRESHED], 0);

  return TRUE;
}

static gboolean preload_histories (MpStore *self, MpMentorship * const *mentorships, guint n, GError **error);

/**
 * mp_store_preload:
 *
 * Loads the history of every mentorship at once (one query per kind), as the JSON export
 * and the evaluation need them all.
 */
gboolean
mp_store_preload (MpStore  *self,
                  GError  **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *mentorships;
  guint n;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  mentorships = G_LIST_MODEL (self->lists[KIND_MENTORSHIP]);
  n = g_list_model_get_n_items (mentorships);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (all, g_list_model_get_item (mentorships, i));

  return preload_histories (self, (MpMentorship * const *) all->pdata, all->len, error);
}

/**
 * mp_store_preload_mentorships:
 * @mentorships: (array length=n): stored mentorships
 *
 * Loads the histories of @mentorships at once (one query per kind, not one per
 * mentorship), as printing many progress summaries needs them.
 */
gboolean
mp_store_preload_mentorships (MpStore             *self,
                              MpMentorship * const *mentorships,
                              guint                n,
                              GError             **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (mentorships != NULL || n == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return preload_histories (self, mentorships, n, error);
}

static gboolean
preload_histories (MpStore             *self,
                   MpMentorship * const *mentorships,
                   guint                n,
                   GError             **error)
{
  g_auto(Snapshot) snapshot = { 0 };
  gboolean began, ok;

  snapshot.histories = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < n; i++)
    {
      MpMentorship *mentorship = MP_MENTORSHIP (registry_lookup (self, KIND_MENTORSHIP,
                                                                 mp_mentorship_get_uuid (mentorships[i])));
      History *history;
      gint64 id;

      if (mentorship == NULL)
        continue;
      history = get_history (self, mentorship, TRUE);
      id = _mp_mentorship_get_id (mentorship);
      if (!history->loaded)
        g_hash_table_insert (snapshot.histories, g_memdup2 (&id, sizeof id), history);
    }

  if (g_hash_table_size (snapshot.histories) == 0)
    return TRUE;

  if (!begin_read (self, &began, error))
    return FALSE;

  /* More than a few: whole tables, keeping the rows of these (read_histories ()). */
  ok = read_histories (self, &snapshot, FALSE, HISTORY_KINDS, error);

  if (ok)
    {
      g_autoptr(MpCachedStmt) stmt = prepare (self, "SELECT id, revision FROM mentorships", error);
      int rc;

      ok = stmt != NULL;
      while (ok && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          History *history = g_hash_table_lookup (snapshot.histories, &id);

          if (history != NULL)
            history->revision = sqlite3_column_int64 (stmt, 1);
        }
      if (ok && rc != SQLITE_DONE)
        {
          set_sqlite_error (self, rc, error);
          ok = FALSE;
        }
    }

  end_read (self, began);

  if (!ok)
    return FALSE;

  apply_snapshot (self, &snapshot);
  finish_applying (self);

  return TRUE;
}

/* ---- Progress rows ------------------------------------------------------------------------ */

/* The columns mp-progress needs, and nothing else: the benchmark's bare sqlite3_step () loop
 * (tests/bench/mp-bench.c) runs these same statements. */
#define SELECT_PROGRESS_MEETINGS \
  "SELECT mentorship_id, unixepoch (starts_at), status, informal FROM meetings"
#define SELECT_PROGRESS_ACTIVITIES \
  "SELECT mentorship_id, activity_id, state, hr_followed_up_on IS NOT NULL FROM activity_progress"

typedef struct
{
  guint              owner;  /* index in the mentorships list */
  MpProgressMeeting  meeting;
} OwnedMeeting;

typedef struct
{
  guint          owner;
  MpProgressRow  progress;
} OwnedProgress;

/* Sorts @rows (of @size bytes, each starting with its guint owner) by owner, keeping their
 * order within an owner, into @sorted; @starts gets n_owners + 1 offsets. */
static void
group_by_owner (const GArray *rows,
                guint         n_owners,
                GArray       *sorted,
                guint        *starts)
{
  guint size = g_array_get_element_size ((GArray *) rows);
  g_autofree guint *next = g_new0 (guint, n_owners + 1);

  memset (starts, 0, (n_owners + 1) * sizeof (guint));
  for (guint i = 0; i < rows->len; i++)
    starts[*(const guint *) (gconstpointer) (rows->data + (gsize) i * size) + 1]++;
  for (guint o = 0; o < n_owners; o++)
    starts[o + 1] += starts[o];
  memcpy (next, starts, (n_owners + 1) * sizeof (guint));

  g_array_set_size (sorted, rows->len);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *row = rows->data + (gsize) i * size;

      memcpy (sorted->data + (gsize) next[*(const guint *) (gconstpointer) row]++ * size, row, size);
    }
}

/* Rows of @sql, (mentorship id, ...) each, handed to @read with the mentorship's index. */
static gboolean
read_owned_rows (MpStore     *self,
                 const char  *sql,
                 GHashTable  *index_by_id,
                 void       (*read) (sqlite3_stmt *stmt, guint owner, gpointer data),
                 gpointer     data,
                 GError     **error)
{
  g_autoptr(MpCachedStmt) stmt = prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gpointer owner;

      if (g_hash_table_lookup_extended (index_by_id, &id, NULL, &owner))
        read (stmt, GPOINTER_TO_UINT (owner), data);
    }

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

static void
read_progress_meeting (sqlite3_stmt *stmt,
                       guint         owner,
                       gpointer      data)
{
  OwnedMeeting row = {
    .owner = owner,
    .meeting = {
      .starts_at = sqlite3_column_type (stmt, 1) == SQLITE_INTEGER ? sqlite3_column_int64 (stmt, 1)
                                                                   : MP_PROGRESS_NO_TIME,
      .status = column_enum (stmt, 2, MP_TYPE_MEETING_STATUS, MP_MEETING_STATUS_SCHEDULED),
      .informal = sqlite3_column_int (stmt, 3) != 0,
    },
  };

  g_array_append_val ((GArray *) data, row);
}

typedef struct
{
  GArray       *rows;
  GStringChunk *ids;  /* the activity ids' text */
} ProgressRead;

static void
read_progress_activity (sqlite3_stmt *stmt,
                        guint         owner,
                        gpointer      data)
{
  ProgressRead *read = data;
  const char *activity_id = column_text (stmt, 1);
  OwnedProgress row = { .owner = owner };

  if (activity_id == NULL)
    return;

  row.progress.activity_id = g_string_chunk_insert_len (read->ids, activity_id,
                                                        sqlite3_column_bytes (stmt, 1));
  row.progress.state = column_enum (stmt, 2, MP_TYPE_ACTIVITY_STATE, MP_ACTIVITY_STATE_PENDING);
  row.progress.hr_followed_up = sqlite3_column_int (stmt, 3) != 0;
  g_array_append_val (read->rows, row);
}

/* A loaded history's rows, from its objects (they may be newer than the file's). */
static void
history_progress_rows (History *history,
                       GArray  *meetings,
                       GArray  *progress)
{
  GListModel *list = G_LIST_MODEL (history->lists[KIND_MEETING]);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (list, i);
      OwnedMeeting row = { .meeting = mp_progress_meeting_from (meeting) };

      g_array_append_val (meetings, row);
    }

  list = G_LIST_MODEL (history->lists[KIND_PROGRESS]);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      /* The list holds the objects, and so their activity ids, beyond this call. */
      g_autoptr(MpActivityProgress) item = g_list_model_get_item (list, i);
      OwnedProgress row = { .progress = mp_progress_row_from (item) };

      if (row.progress.activity_id != NULL)
        g_array_append_val (progress, row);
    }
}

/* Every mentorship's progress rows, grouped by its index in the mentorships list. */
struct _ProgressRows
{
  GPtrArray    *mentorships;      /* the list when read (owned references) */
  GArray       *meetings;         /* OwnedMeeting, by owner */
  GArray       *progress;         /* OwnedProgress, by owner */
  guint        *meeting_starts;   /* n + 1 offsets into meetings */
  guint        *progress_starts;
  GStringChunk *ids;              /* the activity ids' text */
};

static void
progress_rows_free (ProgressRows *rows)
{
  if (rows == NULL)
    return;

  g_clear_pointer (&rows->mentorships, g_ptr_array_unref);
  g_clear_pointer (&rows->meetings, g_array_unref);
  g_clear_pointer (&rows->progress, g_array_unref);
  g_free (rows->meeting_starts);
  g_free (rows->progress_starts);
  if (rows->ids != NULL)
    g_string_chunk_free (rows->ids);
  g_free (rows);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ProgressRows, progress_rows_free)

/* Two queries, one read transaction. */
static ProgressRows *
read_progress_rows (MpStore  *self,
                    GError  **error)
{
  g_autoptr(ProgressRows) rows = g_new0 (ProgressRows, 1);
  g_autoptr(GHashTable) index_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) meetings = g_array_new (FALSE, FALSE, sizeof (OwnedMeeting));
  g_autoptr(GArray) progress = g_array_new (FALSE, FALSE, sizeof (OwnedProgress));
  GListModel *mentorships = G_LIST_MODEL (self->lists[KIND_MENTORSHIP]);
  guint n = g_list_model_get_n_items (mentorships);
  ProgressRead read;
  gboolean began, ok;

  rows->mentorships = g_ptr_array_new_full (n, g_object_unref);
  rows->ids = g_string_chunk_new (4096);
  for (guint i = 0; i < n; i++)
    {
      MpMentorship *mentorship = g_list_model_get_item (mentorships, i);
      Entry *entry = g_hash_table_lookup (self->registries[KIND_MENTORSHIP].by_uuid,
                                          mp_mentorship_get_uuid (mentorship));

      g_ptr_array_add (rows->mentorships, mentorship);
      /* The registry's id outlives this function. */
      if (entry != NULL && entry->id != 0)
        g_hash_table_insert (index_by_id, &entry->id, GUINT_TO_POINTER (i));
    }

  read.rows = progress;
  read.ids = rows->ids;
  if (!begin_read (self, &began, error))
    return NULL;
  ok = read_owned_rows (self, SELECT_PROGRESS_MEETINGS, index_by_id, read_progress_meeting, meetings, error) &&
       read_owned_rows (self, SELECT_PROGRESS_ACTIVITIES, index_by_id, read_progress_activity, &read, error);
  end_read (self, began);
  if (!ok)
    return NULL;

  rows->meetings = g_array_new (FALSE, FALSE, sizeof (OwnedMeeting));
  rows->progress = g_array_new (FALSE, FALSE, sizeof (OwnedProgress));
  rows->meeting_starts = g_new (guint, n + 1);
  rows->progress_starts = g_new (guint, n + 1);
  group_by_owner (meetings, n, rows->meetings, rows->meeting_starts);
  group_by_owner (progress, n, rows->progress, rows->progress_starts);

  return g_steal_pointer (&rows);
}

/**
 * mp_store_foreach_progress_rows:
 * @func: (scope call): called once per mentorship
 *
 * See mp-store.h. Opening the HR overview on 10,000 pairings needs their progress, not the
 * 200,000 objects of their histories: this reads two tables' few columns in one read
 * transaction and leaves the histories to load when a window asks for one.
 */
gboolean
mp_store_foreach_progress_rows (MpStore                  *self,
                                MpStoreProgressRowsFunc   func,
                                gpointer                  user_data,
                                GError                  **error)
{
  g_autoptr(ProgressRows) rows = NULL;
  g_autoptr(GArray) own_meetings = g_array_new (FALSE, FALSE, sizeof (OwnedMeeting));
  g_autoptr(GArray) own_progress = g_array_new (FALSE, FALSE, sizeof (OwnedProgress));
  g_autoptr(GArray) plain_meetings = g_array_new (FALSE, FALSE, sizeof (MpProgressMeeting));
  g_autoptr(GArray) plain_progress = g_array_new (FALSE, FALSE, sizeof (MpProgressRow));

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rows = g_steal_pointer (&self->preread_progress);
  if (rows == NULL)
    rows = read_progress_rows (self, error);
  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->mentorships->len; i++)
    {
      MpMentorship *mentorship = g_ptr_array_index (rows->mentorships, i);
      History *history = get_history (self, mentorship, FALSE);
      guint n_meetings = rows->meeting_starts[i + 1] - rows->meeting_starts[i];
      guint n_progress = rows->progress_starts[i + 1] - rows->progress_starts[i];
      /* An empty array has no data: no pointer into it then. */
      const OwnedMeeting *m = n_meetings > 0 ? &g_array_index (rows->meetings, OwnedMeeting, rows->meeting_starts[i])
                                             : NULL;
      const OwnedProgress *p = n_progress > 0 ? &g_array_index (rows->progress, OwnedProgress,
                                                                rows->progress_starts[i])
                                              : NULL;

      if (history != NULL && history->loaded)
        {
          g_array_set_size (own_meetings, 0);
          g_array_set_size (own_progress, 0);
          history_progress_rows (history, own_meetings, own_progress);
          m = (const OwnedMeeting *) (gpointer) own_meetings->data;
          p = (const OwnedProgress *) (gpointer) own_progress->data;
          n_meetings = own_meetings->len;
          n_progress = own_progress->len;
        }

      g_array_set_size (plain_meetings, n_meetings);
      for (guint j = 0; j < n_meetings; j++)
        g_array_index (plain_meetings, MpProgressMeeting, j) = m[j].meeting;
      g_array_set_size (plain_progress, n_progress);
      for (guint j = 0; j < n_progress; j++)
        g_array_index (plain_progress, MpProgressRow, j) = p[j].progress;

      func (mentorship,
            (const MpProgressMeeting *) (gpointer) plain_meetings->data, n_meetings,
            (const MpProgressRow *) (gpointer) plain_progress->data, n_progress,
            user_data);
    }

  return TRUE;
}

gboolean
_mp_store_has_preread_progress (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);

  return self->preread_progress != NULL;
}

/* ---- Batches ------------------------------------------------------------------------------ */

/* Re-reads everything loaded, dropping what a rolled-back batch left behind. */
static void
resync (MpStore *self)
{
  g_autoptr(GError) error = NULL;

  g_ptr_array_set_size (self->ops, 0);
  g_hash_table_remove_all (self->pending_programs);

  if (!refresh (self, TRUE, &error))
    g_warning ("Could not re-read the database: %s", error->message);
  else
    query_int64 (self, "PRAGMA main.data_version", &self->data_version, NULL);

  finish_applying (self);
}

/**
 * mp_store_begin_batch:
 *
 * Starts an all-or-nothing batch of writes (an import, demo data): see mp-store.h. End it
 * with mp_store_commit_batch() or mp_store_rollback_batch().
 */
gboolean
mp_store_begin_batch (MpStore  *self,
                      GError  **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->in_batch)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID, _("A batch of changes is already open."));
      return FALSE;
    }

  if (self->read_only)
    {
      set_read_only_error (self, error);
      return FALSE;
    }

  if (!exec_sql (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->in_batch = TRUE;
  self->batch_failed = FALSE;
  g_array_set_size (self->batch_people, 0);

  return TRUE;
}

/**
 * mp_store_commit_batch:
 *
 * Commits the batch; then the objects and lists change. On failure nothing of the batch is
 * saved and the batch is over.
 */
gboolean
mp_store_commit_batch (MpStore  *self,
                       GError  **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!self->in_batch)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID, _("No batch of changes is open."));
      return FALSE;
    }

  if (self->batch_failed)
    {
      mp_store_rollback_batch (self);
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                   _("An earlier change of this batch failed: nothing of it was saved."));
      return FALSE;
    }

  if (!check_people_working (self, (const gint64 *) (gpointer) self->batch_people->data, self->batch_people->len,
                             error) ||
      !exec_sql (self, "COMMIT", error))
    {
      mp_store_rollback_batch (self);
      return FALSE;
    }

  self->in_batch = FALSE;
  g_array_set_size (self->batch_people, 0);
  apply_ops (self);

  return TRUE;
}

/**
 * mp_store_rollback_batch:
 *
 * Drops every change of the batch, in the database and in the objects.
 */
void
mp_store_rollback_batch (MpStore *self)
{
  g_return_if_fail (MP_IS_STORE (self));

  if (!self->in_batch)
    return;

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  self->in_batch = FALSE;
  self->batch_failed = FALSE;
  g_array_set_size (self->batch_people, 0);
  resync (self);
}

gboolean
mp_store_in_batch (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);

  return self->in_batch;
}

/* ---- Lists --------------------------------------------------------------------------------- */

GListModel *
mp_store_get_departments (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->lists[KIND_DEPARTMENT]);
}

GListModel *
mp_store_get_people (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->lists[KIND_PERSON]);
}

/**
 * mp_store_get_programs:
 *
 * Returns: (transfer none): every stored program version, oldest first
 */
GListModel *
mp_store_get_programs (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->lists[KIND_PROGRAM]);
}

GListModel *
mp_store_get_questions (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->lists[KIND_QUESTION]);
}

/**
 * mp_store_get_mentorships:
 *
 * Returns: (transfer none): every mentorship, whatever its status
 */
GListModel *
mp_store_get_mentorships (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return G_LIST_MODEL (self->lists[KIND_MENTORSHIP]);
}

/**
 * mp_store_get_mentorships_for_mentor:
 *
 * Returns: (transfer none): the mentorships (any status) where @mentor is the mentor; the
 *   list follows changes (a new pairing, a change of mentor)
 */
GListModel *
mp_store_get_mentorships_for_mentor (MpStore  *self,
                                     MpPerson *mentor)
{
  GListStore *list;
  const char *uuid;
  GListModel *all;
  guint n;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  g_return_val_if_fail (MP_IS_PERSON (mentor), NULL);

  uuid = mp_person_get_uuid (mentor);
  list = g_hash_table_lookup (self->mentor_lists, uuid);
  if (list != NULL)
    return G_LIST_MODEL (list);

  list = g_list_store_new (MP_TYPE_MENTORSHIP);
  all = G_LIST_MODEL (self->lists[KIND_MENTORSHIP]);
  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (all, i);

      if (g_strcmp0 (mentor_uuid_of (mentorship), uuid) == 0)
        g_list_store_append (list, mentorship);
    }

  g_hash_table_insert (self->mentor_lists, g_strdup (uuid), list);

  return G_LIST_MODEL (list);
}

/**
 * mp_store_get_mentorship_for_employee:
 *
 * Returns: (transfer none) (nullable): the active mentorship of @employee, otherwise the one
 *   that started last
 */
MpMentorship *
mp_store_get_mentorship_for_employee (MpStore  *self,
                                      MpPerson *employee)
{
  GListModel *all;
  MpMentorship *best = NULL;
  guint n;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  g_return_val_if_fail (MP_IS_PERSON (employee), NULL);

  all = G_LIST_MODEL (self->lists[KIND_MENTORSHIP]);
  n = g_list_model_get_n_items (all);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (all, i);
      MpPerson *person = mp_mentorship_get_employee (mentorship);
      const GDate *start, *best_start;

      if (person == NULL || g_strcmp0 (mp_person_get_uuid (person), mp_person_get_uuid (employee)) != 0)
        continue;

      if (mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ACTIVE)
        return mentorship;

      start = mp_mentorship_get_start_date (mentorship);
      best_start = best != NULL ? mp_mentorship_get_start_date (best) : NULL;
      if (best == NULL || (start != NULL && (best_start == NULL || g_date_compare (start, best_start) >= 0)))
        best = mentorship;
    }

  return best;
}

static GListModel *
empty_list (MpStore *self,
            Kind     kind)
{
  if (self->empty_lists[kind] == NULL)
    self->empty_lists[kind] = g_list_store_new (kind_type (kind));

  return G_LIST_MODEL (self->empty_lists[kind]);
}

static GListModel *
history_list (MpStore      *self,
              MpMentorship *mentorship,
              Kind          kind)
{
  History *history;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), NULL);

  history = ensure_history (self, mentorship);
  if (history == NULL)
    return empty_list (self, kind);

  return G_LIST_MODEL (history->lists[kind]);
}

/**
 * mp_store_get_meetings:
 * @mentorship: a stored mentorship (any object with its uuid)
 *
 * Returns: (transfer none): the mentorship's meetings, scheduled, held and cancelled, in the
 *   order they were recorded (an empty list for a mentorship that is not stored)
 */
GListModel *
mp_store_get_meetings (MpStore      *self,
                       MpMentorship *mentorship)
{
  return history_list (self, mentorship, KIND_MEETING);
}

/**
 * mp_store_get_activity_progress:
 *
 * Returns: (transfer none): one MpActivityProgress per activity of the mentorship's program
 */
GListModel *
mp_store_get_activity_progress (MpStore      *self,
                                MpMentorship *mentorship)
{
  return history_list (self, mentorship, KIND_PROGRESS);
}

GListModel *
mp_store_get_concerns (MpStore      *self,
                       MpMentorship *mentorship)
{
  return history_list (self, mentorship, KIND_CONCERN);
}

GListModel *
mp_store_get_introductions (MpStore      *self,
                            MpMentorship *mentorship)
{
  return history_list (self, mentorship, KIND_INTRODUCTION);
}

GListModel *
mp_store_get_feedback (MpStore      *self,
                       MpMentorship *mentorship)
{
  return history_list (self, mentorship, KIND_FEEDBACK);
}

/**
 * mp_store_get_agreement:
 *
 * Returns: (transfer none) (nullable): what the pair agreed, or %NULL when nothing was
 *   recorded yet (then save an mp_agreement_new())
 */
MpAgreement *
mp_store_get_agreement (MpStore      *self,
                        MpMentorship *mentorship)
{
  History *history;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), NULL);

  history = ensure_history (self, mentorship);

  return history != NULL ? history->agreement : NULL;
}

/* ---- Lookups -------------------------------------------------------------------------------- */

MpDepartment *
mp_store_lookup_department (MpStore    *self,
                            const char *uuid)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return MP_DEPARTMENT (registry_lookup (self, KIND_DEPARTMENT, uuid));
}

/**
 * mp_store_lookup_department_by_name:
 *
 * Returns: (transfer none) (nullable): the department with that name, ignoring case
 */
MpDepartment *
mp_store_lookup_department_by_name (MpStore    *self,
                                    const char *name)
{
  GListModel *departments;
  g_autofree char *folded = NULL;
  guint n;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  if (name == NULL)
    return NULL;

  folded = g_utf8_casefold (name, -1);
  departments = G_LIST_MODEL (self->lists[KIND_DEPARTMENT]);
  n = g_list_model_get_n_items (departments);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpDepartment) department = g_list_model_get_item (departments, i);
      g_autofree char *other = g_utf8_casefold (mp_department_get_name (department), -1);

      if (g_strcmp0 (folded, other) == 0)
        return department;
    }

  return NULL;
}

MpPerson *
mp_store_lookup_person (MpStore    *self,
                        const char *uuid)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return MP_PERSON (registry_lookup (self, KIND_PERSON, uuid));
}

MpPerson *
mp_store_lookup_person_by_login (MpStore    *self,
                                 const char *login)
{
  GListModel *people;
  guint n;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  if (login == NULL || login[0] == '\0')
    return NULL;

  people = G_LIST_MODEL (self->lists[KIND_PERSON]);
  n = g_list_model_get_n_items (people);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpPerson) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (mp_person_get_login (person), login) == 0)
        return person;
    }

  return NULL;
}

MpProgram *
mp_store_lookup_program (MpStore    *self,
                         const char *uuid)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return MP_PROGRAM (registry_lookup (self, KIND_PROGRAM, uuid));
}

MpProgram *
mp_store_lookup_program_version (MpStore    *self,
                                 const char *slug,
                                 int         version)
{
  GListModel *programs;
  guint n;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  programs = G_LIST_MODEL (self->lists[KIND_PROGRAM]);
  n = g_list_model_get_n_items (programs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpProgram) program = g_list_model_get_item (programs, i);

      if (g_strcmp0 (mp_program_get_slug (program), slug) == 0 && mp_program_get_version (program) == version)
        return program;
    }

  return NULL;
}

/**
 * mp_store_get_latest_program:
 *
 * Returns: (transfer none) (nullable): the highest stored version of the program @slug, the
 *   one new mentorships follow
 */
MpProgram *
mp_store_get_latest_program (MpStore    *self,
                             const char *slug)
{
  GListModel *programs;
  MpProgram *latest = NULL;
  guint n;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  programs = G_LIST_MODEL (self->lists[KIND_PROGRAM]);
  n = g_list_model_get_n_items (programs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpProgram) program = g_list_model_get_item (programs, i);

      if (g_strcmp0 (mp_program_get_slug (program), slug) == 0 &&
          (latest == NULL || mp_program_get_version (program) > mp_program_get_version (latest)))
        latest = program;
    }

  return latest;
}

MpQuestion *
mp_store_lookup_question (MpStore    *self,
                          const char *uuid)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return MP_QUESTION (registry_lookup (self, KIND_QUESTION, uuid));
}

MpMentorship *
mp_store_lookup_mentorship (MpStore    *self,
                            const char *uuid)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return MP_MENTORSHIP (registry_lookup (self, KIND_MENTORSHIP, uuid));
}

/* A child by uuid, loading its mentorship's history when needed. */
static GObject *
lookup_child (MpStore    *self,
              Kind        kind,
              const char *uuid)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  GObject *object;
  gboolean found;

  if (uuid == NULL)
    return NULL;

  object = registry_lookup (self, kind, uuid);
  if (object != NULL)
    return object;

  stmt = prepare (self, select_parent_uuid[kind], NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (step_row (self, stmt, &found, NULL) && found)
    {
      GObject *mentorship = registry_lookup (self, KIND_MENTORSHIP, column_text (stmt, 0));

      cached_stmt_release (stmt);
      if (mentorship != NULL)
        {
          History *history = get_history (self, MP_MENTORSHIP (mentorship), FALSE);

          if (history == NULL || !history->loaded)
            ensure_history (self, MP_MENTORSHIP (mentorship));
        }
    }

  return registry_lookup (self, kind, uuid);
}

MpMeeting *
mp_store_lookup_meeting (MpStore    *self,
                         const char *uuid)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return MP_MEETING (lookup_child (self, KIND_MEETING, uuid));
}

/**
 * mp_store_lookup_activity_progress:
 *
 * Returns: (transfer none) (nullable): where the mentorship stands on the activity
 *   @activity_id (an MpActivity's id)
 */
MpActivityProgress *
mp_store_lookup_activity_progress (MpStore      *self,
                                   MpMentorship *mentorship,
                                   const char   *activity_id)
{
  GListModel *list;
  guint n;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), NULL);

  list = mp_store_get_activity_progress (self, mentorship);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpActivityProgress) progress = g_list_model_get_item (list, i);

      if (g_strcmp0 (mp_activity_progress_get_activity_id (progress), activity_id) == 0)
        return progress;
    }

  return NULL;
}

MpConcern *
mp_store_lookup_concern (MpStore    *self,
                         const char *uuid)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return MP_CONCERN (lookup_child (self, KIND_CONCERN, uuid));
}

/**
 * mp_store_is_suggested_mentor:
 *
 * Returns: whether a mentor marked @person, introduced to a new employee, as a possible
 *   mentor (mp_introduction_get_possible_mentor ()), in any pairing: read from the file, with
 *   no history loaded
 */
gboolean
mp_store_is_suggested_mentor (MpStore  *self,
                              MpPerson *person)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  gint64 id;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_PERSON (person), FALSE);

  id = _mp_person_get_id (person);
  if (id <= 0 || (stmt = prepare (self, "SELECT 1 FROM introductions WHERE colleague_person_id = ?1 "
                                        "AND possible_mentor LIMIT 1", NULL)) == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);

  return sqlite3_step (stmt) == SQLITE_ROW;
}

MpIntroduction *
mp_store_lookup_introduction (MpStore    *self,
                              const char *uuid)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return MP_INTRODUCTION (lookup_child (self, KIND_INTRODUCTION, uuid));
}

MpFeedback *
mp_store_lookup_feedback (MpStore    *self,
                          const char *uuid)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return MP_FEEDBACK (lookup_child (self, KIND_FEEDBACK, uuid));
}

/* ---- Identity and roles ------------------------------------------------------------------ */

/**
 * mp_store_get_current_login:
 *
 * Returns: the login the current person is found by: g_get_user_name(), or in a demo
 *   database the one given to mp_store_set_acting_login()
 */
const char *
mp_store_get_current_login (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return self->acting_login != NULL ? self->acting_login : g_get_user_name ();
}

/**
 * mp_store_get_current_person:
 *
 * Returns: (transfer none) (nullable): the person whose login is the current login
 */
MpPerson *
mp_store_get_current_person (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  if (!self->current_valid)
    {
      self->current_person = mp_store_lookup_person_by_login (self, mp_store_get_current_login (self));
      self->current_valid = TRUE;
    }

  return self->current_person;
}

/**
 * mp_store_ensure_current_person:
 *
 * The current person; on a database without any person yet, first creates one for the
 * current user (named after g_get_real_name()) as HR administrator.
 *
 * Returns: (transfer none) (nullable): the current person, or %NULL when the user is not in
 *   the staff list (without @error), or %NULL with @error when the first person could not be
 *   saved
 */
MpPerson *
mp_store_ensure_current_person (MpStore  *self,
                                GError  **error)
{
  g_autoptr(MpPerson) draft = NULL;
  MpPerson *person;
  gint64 n_people = 0;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  person = mp_store_get_current_person (self);
  if (person != NULL || self->read_only || g_list_model_get_n_items (G_LIST_MODEL (self->lists[KIND_PERSON])) > 0)
    return person;

  if (self->in_batch)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                   _("The first HR administrator cannot be created inside a batch of changes."));
      return NULL;
    }

  if (!write_begin (self, &mark, error))
    return NULL;

  ok = query_int64 (self, "SELECT count(*) FROM people", &n_people, error);
  if (ok && n_people == 0)
    {
      const char *login = mp_store_get_current_login (self);
      const char *real_name = g_get_real_name ();

      if (mp_text_is_blank (real_name) || g_strcmp0 (real_name, "Unknown") == 0)
        real_name = login;

      draft = mp_person_new (real_name);
      mp_person_set_login (draft, login);
      mp_person_set_is_hr_admin (draft, TRUE);
      mp_person_set_active (draft, TRUE);
      ok = write_person (self, draft, error);
    }

  if (!write_end (self, ok, mark, error))
    return NULL;

  return mp_store_get_current_person (self);
}

/**
 * mp_store_file_is_demo:
 * @path: a shared database file
 *
 * Reads, without opening a store (nor the user's private database) and without writing or
 * making anything, whether the file at @path is a demo database (mp_store_mark_demo ()).
 *
 * Returns: %TRUE when it is; %FALSE when it is not, or cannot be read
 */
gboolean
mp_store_file_is_demo (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  guint8 header[100];
  gsize length = 0;
  gboolean demo = FALSE;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR) &&
      read_header (path, header, &length, NULL) && has_sqlite_magic (header, length) &&
      open_read_only_leaving_nothing (path, header[18] == 2 || header[19] == 2, &db) == SQLITE_OK &&
      sqlite3_prepare_v2 (db, "SELECT value FROM meta WHERE key = 'is_demo'", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    demo = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "1") == 0;

  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return demo;
}

gboolean
mp_store_is_demo (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);

  return self->is_demo;
}

/**
 * mp_store_mark_demo:
 *
 * Marks a new, empty database (no people, no mentorships) as a demo database, where acting
 * as someone else is allowed. Refused (INVALID) on a database that holds people.
 */
gboolean
mp_store_mark_demo (MpStore  *self,
                    GError  **error)
{
  gint64 n_rows = 0;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!write_begin (self, &mark, error))
    return FALSE;

  ok = query_int64 (self, "SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM mentorships)", &n_rows,
                    error);
  if (ok && n_rows > 0)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                   _("Only a new, empty database can become a demo database."));
      ok = FALSE;
    }

  if (ok)
    {
      g_autoptr(MpCachedStmt) stmt =
        prepare (self, "INSERT INTO meta (key, value) VALUES ('is_demo', '1') "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);

      ok = stmt != NULL && step_done (self, stmt, error);
    }

  if (ok)
    queue_op (self, OP_RELOAD_META, KIND_DEPARTMENT);

  return write_end (self, ok, mark, error);
}

/**
 * mp_store_set_acting_login:
 * @login: (nullable): the login to act as, %NULL for the user's own
 *
 * Acts as another person (`--as=LOGIN`): allowed only in a demo database (INVALID
 * otherwise); NOT_FOUND when nobody has that login. Notifies "current-person".
 */
gboolean
mp_store_set_acting_login (MpStore     *self,
                           const char  *login,
                           GError     **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (login != NULL && !self->is_demo)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                   _("Acting as someone else is only possible in a demo database."));
      return FALSE;
    }

  if (login != NULL && mp_store_lookup_person_by_login (self, login) == NULL)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_NOT_FOUND,
                   _("Nobody in this database has the login “%s”."), login);
      return FALSE;
    }

  g_free (self->acting_login);
  self->acting_login = g_strdup (login);
  self->current_valid = FALSE;
  update_current_person (self);

  return TRUE;
}

gboolean
mp_store_current_is_hr_admin (MpStore *self)
{
  MpPerson *person = mp_store_get_current_person (self);

  return person != NULL && mp_person_get_is_hr_admin (person) && mp_person_get_active (person);
}

/**
 * mp_store_current_is_mentor:
 *
 * Returns: whether the current person mentors at least one active mentorship
 */
gboolean
mp_store_current_is_mentor (MpStore *self)
{
  GListModel *mentorships = mp_store_get_current_mentorships_as_mentor (self);
  guint n = g_list_model_get_n_items (mentorships);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpMentorship) mentorship = g_list_model_get_item (mentorships, i);

      if (mp_mentorship_get_status (mentorship) == MP_MENTORSHIP_STATUS_ACTIVE)
        return TRUE;
    }

  return FALSE;
}

/**
 * mp_store_get_current_mentorships_as_mentor:
 *
 * Returns: (transfer none): mp_store_get_mentorships_for_mentor() of the current person (an
 *   empty list when there is none); ask again after "notify::current-person"
 */
GListModel *
mp_store_get_current_mentorships_as_mentor (MpStore *self)
{
  MpPerson *person = mp_store_get_current_person (self);

  if (person == NULL)
    return G_LIST_MODEL (self->no_mentorships);

  return mp_store_get_mentorships_for_mentor (self, person);
}

/**
 * mp_store_get_current_mentorship_as_employee:
 *
 * Returns: (transfer none) (nullable): mp_store_get_mentorship_for_employee() of the current
 *   person
 */
MpMentorship *
mp_store_get_current_mentorship_as_employee (MpStore *self)
{
  MpPerson *person = mp_store_get_current_person (self);

  return person != NULL ? mp_store_get_mentorship_for_employee (self, person) : NULL;
}

/* ---- Meta data ------------------------------------------------------------------------------ */

/**
 * mp_store_get_meta:
 *
 * Returns: (transfer full) (nullable): the value stored for @key
 */
char *
mp_store_get_meta (MpStore    *self,
                   const char *key)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  gboolean found;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  stmt = prepare (self, "SELECT value FROM meta WHERE key = ?1", NULL);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, key);
  if (!step_row (self, stmt, &found, NULL) || !found)
    return NULL;

  return g_strdup (column_text (stmt, 0));
}

/**
 * mp_store_set_meta:
 * @value: (nullable): %NULL removes the key
 *
 * Stores a free-form setting of the shared database ("is_demo" and "closed_days" are
 * reserved: INVALID; mp_store_set_closed_days () keeps the latter).
 */
gboolean
mp_store_set_meta (MpStore     *self,
                   const char  *key,
                   const char  *value,
                   GError     **error)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (key[0] == '\0' || g_strcmp0 (key, "is_demo") == 0 || g_strcmp0 (key, "closed_days") == 0)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID, _("The setting “%s” cannot be changed."), key);
      return FALSE;
    }

  if (!write_begin (self, &mark, error))
    return FALSE;

  if (value == NULL)
    stmt = prepare (self, "DELETE FROM meta WHERE key = ?1", error);
  else
    stmt = prepare (self, "INSERT INTO meta (key, value) VALUES (?1, ?2) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
  ok = stmt != NULL;
  if (ok)
    {
      bind_text (stmt, 1, key);
      if (value != NULL)
        bind_text (stmt, 2, value);
      ok = step_done (self, stmt, error);
    }
  g_clear_pointer (&stmt, cached_stmt_release);

  return write_end (self, ok, mark, error);
}

/**
 * mp_store_get_closed_days:
 *
 * The days the library system is closed (holidays), as HR keeps them in the shared
 * database: no meeting is suggested on them, and a mentor is warned who schedules one there.
 *
 * Returns: (transfer none) (element-type MpClosedDay): the closed days, sorted by date;
 *   replaced (not changed) when they change ("notify::closed-days")
 */
GArray *
mp_store_get_closed_days (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return self->closed_days;
}

/* Writes the closed days, in one transaction: @after, or with @before, the changes from
 * @before to @after made to the days stored when the transaction begins (another computer's
 * since are kept). A stored value this version cannot read is not written over. */
static gboolean
write_closed_days (MpStore  *self,
                   GArray   *before,
                   GArray   *after,
                   GError  **error)
{
  g_autoptr(GArray) days = NULL;
  g_autoptr(GArray) stored = NULL;
  g_autoptr(MpCachedStmt) stmt = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *value = NULL;
  gboolean ok, unreadable = FALSE;
  guint mark;

  if (!mp_closed_days_check (after, &problem))
    return constraint_error (error, "%s", problem);

  if (!write_begin (self, &mark, error))
    return FALSE;

  /* What is there now, read in this transaction */
  ok = load_closed_days (self, &stored, &unreadable, error);
  if (ok && unreadable)
    {
      g_set_error_literal (error, MP_STORE_ERROR, MP_STORE_ERROR_CONSTRAINT,
                           _("The closed days in the database were saved by a newer version of Mentoring, "
                             "or damaged: they are left as they are. Update Mentoring to change them."));
      ok = FALSE;
    }

  if (ok)
    {
      if (before != NULL)
        days = mp_closed_days_apply_changes (stored, before, after);
      else
        {
          days = mp_closed_days_copy (after);
          mp_closed_days_sort (days);
        }
      g_clear_pointer (&problem, g_free);
      if (!mp_closed_days_check (days, &problem))
        ok = constraint_error (error, "%s", problem);
    }

  if (ok && !mp_closed_days_equal (days, stored))
    {
      value = mp_json_closed_days_to_string (days);
      stmt = prepare (self, "INSERT INTO meta (key, value) VALUES ('closed_days', ?1) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", error);
      ok = stmt != NULL;
      if (ok)
        {
          bind_text (stmt, 1, value);
          ok = step_done (self, stmt, error);
        }
      g_clear_pointer (&stmt, cached_stmt_release);
    }
  /* (re-read even when nothing was written: another computer's change, read here, shows) */
  if (ok)
    queue_op (self, OP_RELOAD_META, KIND_DEPARTMENT);

  return write_end (self, ok, mark, error);
}

/**
 * mp_store_get_closed_days_readable:
 *
 * Returns: %FALSE when the closed days stored are a value this version cannot read (a newer
 *   version's): mp_store_get_closed_days () has none then, and they cannot be changed
 */
gboolean
mp_store_get_closed_days_readable (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);

  return !self->closed_days_unreadable;
}

/**
 * mp_store_set_closed_days:
 * @days: (element-type MpClosedDay): every closed day, in any order
 *
 * Replaces the closed days, in one transaction. CONSTRAINT (nothing written) when
 * mp_closed_days_check () refuses them: a day outside 1900–2999, a name blank, on more than
 * one line or too long, a day given twice, too many days; or when the stored value is one
 * this version cannot read (a newer version's).
 */
gboolean
mp_store_set_closed_days (MpStore  *self,
                          GArray   *days,
                          GError  **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (days != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_closed_days (self, NULL, days, error);
}

/**
 * mp_store_change_closed_days:
 * @before: (element-type MpClosedDay): the closed days as an editor found them
 * @after: (element-type MpClosedDay): as it leaves them
 *
 * Makes the editor's changes (mp_closed_days_apply_changes ()) to the closed days stored
 * when it saves, in one transaction: days another computer added or removed meanwhile stay
 * as it left them. Refused as mp_store_set_closed_days () is.
 */
gboolean
mp_store_change_closed_days (MpStore  *self,
                             GArray   *before,
                             GArray   *after,
                             GError  **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (before != NULL && mp_closed_days_check (before, NULL), FALSE);
  g_return_val_if_fail (after != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_closed_days (self, before, after, error);
}

/* ---- Programs, departments, people, questions ------------------------------------------- */

/* The canonical program for a stored row, or the one written earlier in this batch. */
static MpProgram *
program_for_row (MpStore     *self,
                 gint64       id,
                 const char  *uuid,
                 const char  *definition,
                 GError     **error)
{
  MpProgram *program = MP_PROGRAM (registry_lookup (self, KIND_PROGRAM, uuid));
  g_autoptr(MpProgram) parsed = NULL;
  g_autoptr(GError) local_error = NULL;

  if (program == NULL)
    program = g_hash_table_lookup (self->pending_programs, uuid);
  if (program != NULL)
    return program;

  /* Stored by another process since we last looked. */
  parsed = mp_program_new_from_json (definition, strlen (definition), &local_error);
  if (parsed == NULL)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_CORRUPT,
                   _("A program stored in the database cannot be read: %s"), local_error->message);
      return NULL;
    }

  if (self->in_batch)
    {
      g_hash_table_insert (self->pending_programs, g_strdup (uuid), g_object_ref (parsed));
      queue_upsert (self, KIND_PROGRAM, parsed, id);
      return parsed;
    }

  program = MP_PROGRAM (apply_upsert (self, KIND_PROGRAM, G_OBJECT (parsed), id, TRUE, NULL));
  finish_applying (self);

  return program;
}

/**
 * mp_store_ensure_program:
 * @program: a program, e.g. from mp_program_new_from_json()
 *
 * Stores @program unless a program with the same slug and version is stored already: a
 * stored version is never rewritten, so editing a template means a new version. The first
 * version of a slug also seeds the typical questions and the departments (those not already
 * there by uuid, text or name).
 *
 * Returns: (transfer none): the canonical program of that slug and version (@program itself
 *   when it was new), or %NULL with @error (CONSTRAINT when its uuid belongs to another
 *   stored program)
 */
MpProgram *
mp_store_ensure_program (MpStore    *self,
                         MpProgram  *program,
                         GError    **error)
{
  g_autofree char *found_uuid = NULL;
  g_autofree char *definition = NULL;
  MpProgram *existing;
  gint64 found_id = 0;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  g_return_val_if_fail (MP_IS_PROGRAM (program), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_uuid (mp_program_get_uuid (program), error))
    return NULL;

  /* Stored already (the usual case at start-up): nothing to write, even when read-only. */
  existing = mp_store_lookup_program_version (self, mp_program_get_slug (program), mp_program_get_version (program));
  if (existing != NULL)
    return existing;

  if (!write_begin (self, &mark, error))
    return NULL;

  {
    g_autoptr(MpCachedStmt) stmt =
      prepare (self, "SELECT id, uuid, definition FROM programs WHERE slug = ?1 AND version = ?2", error);
    gboolean found = FALSE;

    ok = stmt != NULL;
    if (ok)
      {
        bind_text (stmt, 1, mp_program_get_slug (program));
        sqlite3_bind_int (stmt, 2, mp_program_get_version (program));
        ok = step_row (self, stmt, &found, error);
      }
    if (ok && found)
      {
        found_id = sqlite3_column_int64 (stmt, 0);
        found_uuid = g_strdup (column_text (stmt, 1));
        definition = g_strdup (column_text (stmt, 2));
      }
  }

  if (ok && found_id == 0)
    {
      g_autofree char *json = mp_program_to_json (program);
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autoptr(MpCachedStmt) stmt = NULL;
      gboolean taken, earlier;
      gint64 id = 0;

      ok = exists (self, "SELECT id FROM programs WHERE uuid = ?1", mp_program_get_uuid (program), NULL, &taken,
                   NULL, error) &&
           exists (self, "SELECT id FROM programs WHERE slug = ?1", mp_program_get_slug (program), NULL, &earlier,
                   NULL, error);
      if (ok && taken)
        ok = constraint_error (error, _("Another program with the same identifier is already stored."));

      if (ok)
        {
          stmt = prepare (self,
                          "INSERT INTO programs (uuid, slug, version, name, definition, imported_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
                          error);
          ok = stmt != NULL;
        }
      if (ok)
        {
          bind_text (stmt, 1, mp_program_get_uuid (program));
          bind_text (stmt, 2, mp_program_get_slug (program));
          sqlite3_bind_int (stmt, 3, mp_program_get_version (program));
          bind_text (stmt, 4, mp_program_get_name (program));
          bind_text (stmt, 5, json);
          bind_instant (stmt, 6, now);
          ok = step_returning_id (self, stmt, &id, error);
          g_clear_pointer (&stmt, cached_stmt_release);
        }
      if (ok && !earlier)
        ok = seed_from_program (self, program, error);
      if (ok)
        {
          queue_upsert (self, KIND_PROGRAM, program, id);
          if (self->in_batch)
            g_hash_table_insert (self->pending_programs, g_strdup (mp_program_get_uuid (program)),
                                 g_object_ref (program));
        }
    }

  if (!write_end (self, ok, mark, error))
    return NULL;

  if (found_id == 0)
    return program;

  return program_for_row (self, found_id, found_uuid, definition, error);
}

/**
 * mp_store_save_department:
 *
 * Adds or changes a department. CONSTRAINT: no name, or the name of another department.
 */
gboolean
mp_store_save_department (MpStore       *self,
                          MpDepartment  *draft,
                          GError       **error)
{
  guint mark;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_DEPARTMENT (draft), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_department (draft, error) || !write_begin (self, &mark, error))
    return FALSE;

  return write_end (self, write_department (self, draft, error), mark, error);
}

/**
 * mp_store_delete_department:
 *
 * Removes a department; its people are then in no department.
 */
gboolean
mp_store_delete_department (MpStore       *self,
                            MpDepartment  *department,
                            GError       **error)
{
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_DEPARTMENT (department), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!write_begin (self, &mark, error))
    return FALSE;

  ok = require_id (self, "SELECT id FROM departments WHERE uuid = ?1", mp_department_get_uuid (department), &id,
                   _("The department"), error);
  if (ok)
    {
      g_autoptr(MpCachedStmt) stmt = prepare (self, "DELETE FROM departments WHERE id = ?1", error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          ok = step_done (self, stmt, error);
        }
    }
  if (ok)
    {
      queue_forget (self, KIND_DEPARTMENT, mp_department_get_uuid (department));
      queue_op (self, OP_RELOAD_KIND, KIND_PERSON);
    }

  return write_end (self, ok, mark, error);
}

/**
 * mp_store_save_person:
 *
 * Adds or changes a person. CONSTRAINT: no name, a malformed e-mail address, a login that
 * belongs to someone else, taking away the last active HR administrator, or marking someone
 * in an active mentorship as no longer working here (in a batch: if they still are at its
 * commit). NOT_FOUND: the department is not stored. An empty login is stored as none.
 */
gboolean
mp_store_save_person (MpStore   *self,
                      MpPerson  *draft,
                      GError   **error)
{
  guint mark;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_PERSON (draft), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_person (draft, error) || !write_begin (self, &mark, error))
    return FALSE;

  return write_end (self, write_person (self, draft, error), mark, error);
}

/**
 * mp_store_deactivate_person:
 *
 * Marks someone who left as inactive, keeping their history. CONSTRAINT while they are the
 * mentor or the employee of an active mentorship, or the last HR administrator.
 */
gboolean
mp_store_deactivate_person (MpStore   *self,
                            MpPerson  *person,
                            GError   **error)
{
  g_autoptr(MpPerson) draft = NULL;
  GObject *canonical;
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_PERSON (person), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  canonical = registry_lookup (self, KIND_PERSON, mp_person_get_uuid (person));
  draft = mp_person_copy (canonical != NULL ? MP_PERSON (canonical) : person);
  mp_person_set_active (draft, FALSE);

  if (!write_begin (self, &mark, error))
    return FALSE;

  /* Refused while they are in a running mentorship (write_person ()) */
  ok = require_person (self, draft, &id, error) && write_person (self, draft, error);

  return write_end (self, ok, mark, error);
}

/**
 * mp_store_save_question:
 *
 * Adds or changes a typical question and HR's answer. CONSTRAINT: an empty question.
 */
gboolean
mp_store_save_question (MpStore     *self,
                        MpQuestion  *draft,
                        GError     **error)
{
  guint mark;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_QUESTION (draft), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_question (draft, error) || !write_begin (self, &mark, error))
    return FALSE;

  return write_end (self, write_question (self, draft, error), mark, error);
}

gboolean
mp_store_delete_question (MpStore     *self,
                          MpQuestion  *question,
                          GError     **error)
{
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_QUESTION (question), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!write_begin (self, &mark, error))
    return FALSE;

  ok = require_id (self, "SELECT id FROM questions WHERE uuid = ?1", mp_question_get_uuid (question), &id,
                   _("The question"), error);
  if (ok)
    {
      g_autoptr(MpCachedStmt) stmt = prepare (self, "DELETE FROM questions WHERE id = ?1", error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          ok = step_done (self, stmt, error);
        }
    }
  if (ok)
    queue_forget (self, KIND_QUESTION, mp_question_get_uuid (question));

  return write_end (self, ok, mark, error);
}

/* ---- Mentorships --------------------------------------------------------------------------- */

/**
 * mp_store_create_mentorship:
 * @draft: mp_mentorship_new (mentor, employee, program, start date)
 *
 * Pairs a new employee with a mentor and adds a pending MpActivityProgress for every activity
 * of the program, in one transaction. CONSTRAINT: missing mentor, employee, program or start
 * date, mentor = employee, the employee already has an active mentorship, or the mentorship
 * exists. NOT_FOUND: a person or the program is not stored (mp_store_ensure_program() first).
 */
gboolean
mp_store_create_mentorship (MpStore       *self,
                            MpMentorship  *draft,
                            GError       **error)
{
  guint mark;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_MENTORSHIP (draft), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_mentorship (draft, error) || !write_begin (self, &mark, error))
    return FALSE;

  return write_end (self, write_mentorship (self, draft, TRUE, error), mark, error);
}

/**
 * mp_store_save_mentorship:
 *
 * Creates a mentorship like mp_store_create_mentorship(), or changes one (mentor, employee,
 * start date, status, end reason and date as the draft has them; used by imports). INVALID:
 * changing its program.
 */
gboolean
mp_store_save_mentorship (MpStore       *self,
                          MpMentorship  *draft,
                          GError       **error)
{
  guint mark;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_MENTORSHIP (draft), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_mentorship (draft, error) || !write_begin (self, &mark, error))
    return FALSE;

  return write_end (self, write_mentorship (self, draft, FALSE, error), mark, error);
}

/* The meeting @uuid (row @id), cancelled by this write, follows in memory once it commits:
 * a copy of the latest version this write or batch queued, else of the one in memory, else
 * of @fallback; a meeting of a history nobody has read yet (and no @fallback) is read as it
 * is in the file. */
static void
queue_meeting_cancelled (MpStore    *self,
                         const char *uuid,
                         gint64      id,
                         MpMeeting  *fallback)
{
  g_autoptr(MpMeeting) draft = NULL;
  GObject *latest = NULL;

  for (guint i = self->ops->len; latest == NULL && i-- > 0;)
    {
      Op *op = g_ptr_array_index (self->ops, i);

      if (op->type == OP_UPSERT && op->kind == KIND_MEETING &&
          g_strcmp0 (mp_meeting_get_uuid (MP_MEETING (op->object)), uuid) == 0)
        latest = op->object;
    }
  if (latest == NULL)
    latest = registry_lookup (self, KIND_MEETING, uuid);
  if (latest == NULL)
    latest = (GObject *) fallback;
  if (latest == NULL)
    return;

  draft = mp_meeting_copy (MP_MEETING (latest));
  mp_meeting_set_status (draft, MP_MEETING_STATUS_CANCELLED);
  queue_upsert (self, KIND_MEETING, draft, id);
}

/* Marks the meeting row @id cancelled; @meeting (or its latest version) follows once the
 * write commits. */
static gboolean
write_meeting_cancelled (MpStore    *self,
                         MpMeeting  *meeting,
                         gint64      id,
                         GError    **error)
{
  g_autoptr(MpCachedStmt) stmt = prepare (self, "UPDATE meetings SET status = 'cancelled' WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_done (self, stmt, error))
    return FALSE;

  queue_meeting_cancelled (self, mp_meeting_get_uuid (meeting), id, meeting);

  return TRUE;
}

/* A mentorship that ends on @ended_on calls off its meetings still scheduled from then on
 * (mp_schedule_end_cutoff ()), as the file has them, whatever this process has read. */
static gboolean
cancel_scheduled_meetings (MpStore      *self,
                           gint64        mentorship_id,
                           const GDate  *ended_on,
                           GError      **error)
{
  g_autoptr(GDateTime) from = mp_schedule_end_cutoff (ended_on);
  g_autoptr(MpCachedStmt) stmt = NULL;
  int rc;

  stmt = prepare (self,
                  "UPDATE meetings SET status = 'cancelled' "
                  "WHERE mentorship_id = ?1 AND status = 'scheduled' AND starts_at >= ?2 RETURNING id, uuid",
                  error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, mentorship_id);
  bind_instant (stmt, 2, from);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    queue_meeting_cancelled (self, (const char *) sqlite3_column_text (stmt, 1), sqlite3_column_int64 (stmt, 0),
                             NULL);
  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, rc, error);
      return FALSE;
    }

  return TRUE;
}

/* Moves a mentorship from one of @from (a NULL-terminated list of nicks) to @status, on
 * @ended_on (NULL: today). @call_off: it ends before its start, called off on @ended_on,
 * and so ends on its start date (a mentorship never ends before it starts). */
static gboolean
change_mentorship_status (MpStore             *self,
                          MpMentorship        *mentorship,
                          const char * const  *from,
                          const char          *refusal,
                          MpMentorshipStatus   status,
                          const char          *reason,
                          const GDate         *ended_on,
                          gboolean             call_off,
                          GError             **error)
{
  g_autoptr(MpMentorship) draft = NULL;
  g_autofree char *current = NULL;
  GDate on, cancel_from, start;
  gint64 id;
  guint mark;
  gboolean ok;

  if (!write_begin (self, &mark, error))
    return FALSE;

  ok = lookup_state (self, "SELECT id, status, start_date FROM mentorships WHERE uuid = ?1",
                     mp_mentorship_get_uuid (mentorship), &id, &current, &start, _("The mentorship"), error);
  if (ok && !g_strv_contains (from, current))
    {
      g_set_error_literal (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID, refusal);
      ok = FALSE;
    }

  if (ok)
    {
      draft = mentorship_draft (self, mentorship);
      mp_mentorship_set_start_date (draft, &start);  /* the file's: memory follows it */
      mp_mentorship_set_status (draft, status);
      if (reason != NULL)
        mp_mentorship_set_end_reason (draft, reason);
      if (status != MP_MENTORSHIP_STATUS_ARCHIVED)
        {
          gboolean before_start;

          if (ended_on != NULL && g_date_valid (ended_on))
            on = *ended_on;
          else
            today (&on);
          cancel_from = on;
          before_start = mp_mentorship_starts_after (draft, &on);  /* the file's start */
          if (call_off && !before_start)
            ok = constraint_error (error, _("This mentorship has started; end it early instead."));
          else if (call_off)
            on = start;
          else if (before_start)
            ok = constraint_error (error, _("A mentorship cannot end before it starts."));
          mp_mentorship_set_ended_on (draft, &on);
        }
    }

  if (ok)
    ok = write_mentorship_status (self, draft, id, error);
  if (ok && (status == MP_MENTORSHIP_STATUS_COMPLETED || status == MP_MENTORSHIP_STATUS_ENDED_EARLY))
    ok = cancel_scheduled_meetings (self, id, &cancel_from, error);

  return write_end (self, ok, mark, error);
}

/* Active → ended early, with a reason: ended on @ended_on, or called off on it (@call_off) */
static gboolean
end_early (MpStore       *self,
           MpMentorship  *mentorship,
           const char    *reason,
           const GDate   *ended_on,
           gboolean       call_off,
           GError       **error)
{
  static const char * const from[] = { "active", NULL };

  if (mp_text_is_blank (reason))
    return constraint_error (error, call_off ? _("Say why the mentorship is called off.")
                                             : _("Say why the mentorship ends early."));

  return change_mentorship_status (self, mentorship, from, _("This mentorship is not active any more."),
                                   MP_MENTORSHIP_STATUS_ENDED_EARLY, reason, ended_on, call_off, error);
}

/**
 * mp_store_end_mentorship:
 * @reason: why it ends early (CONSTRAINT when empty)
 * @ended_on: (nullable): when; %NULL for today
 *
 * Ends an active mentorship early, keeping its history; its meetings still scheduled from
 * then on are cancelled (mp_schedule_end_cutoff ()). INVALID when it is not active.
 */
gboolean
mp_store_end_mentorship (MpStore       *self,
                         MpMentorship  *mentorship,
                         const char    *reason,
                         const GDate   *ended_on,
                         GError       **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return end_early (self, mentorship, reason, ended_on, FALSE, error);
}

/**
 * mp_store_call_off_mentorship:
 * @reason: why it does not go ahead (CONSTRAINT when empty)
 * @on: (nullable): the day it is called off, before its start; %NULL for today
 *
 * Calls off an active mentorship that has not started yet (a hire that fell through, a
 * mentor who cannot take it on): it counts as ended early, on its start date, since a
 * mentorship never ends before it starts, and its meetings still scheduled from @on are
 * cancelled. Once ended, it can be archived or deleted for good. INVALID when it is not
 * active; CONSTRAINT when it has started by @on (end it early instead).
 */
gboolean
mp_store_call_off_mentorship (MpStore       *self,
                              MpMentorship  *mentorship,
                              const char    *reason,
                              const GDate   *on,
                              GError       **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return end_early (self, mentorship, reason, on, TRUE, error);
}

/**
 * mp_store_complete_mentorship:
 * @ended_on: (nullable): when; %NULL for today
 *
 * Marks an active mentorship as completed; its meetings still scheduled from then on are
 * cancelled (mp_schedule_end_cutoff ()). INVALID when it is not active.
 */
gboolean
mp_store_complete_mentorship (MpStore       *self,
                              MpMentorship  *mentorship,
                              const GDate   *ended_on,
                              GError       **error)
{
  static const char * const from[] = { "active", NULL };

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_mentorship_status (self, mentorship, from, _("This mentorship is not active any more."),
                                   MP_MENTORSHIP_STATUS_COMPLETED, NULL, ended_on, FALSE, error);
}

/**
 * mp_store_archive_mentorship:
 *
 * Archives a completed or early-ended mentorship (it keeps its history). INVALID otherwise.
 */
gboolean
mp_store_archive_mentorship (MpStore       *self,
                             MpMentorship  *mentorship,
                             GError       **error)
{
  static const char * const from[] = { "completed", "ended-early", NULL };

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return change_mentorship_status (self, mentorship, from, _("Only a finished mentorship can be archived."),
                                   MP_MENTORSHIP_STATUS_ARCHIVED, NULL, NULL, FALSE, error);
}

/**
 * mp_store_unarchive_mentorship:
 *
 * Archived → what it was before: ended early (it has an end reason) or completed, its end
 * date and history as they were. INVALID unless it is archived.
 */
gboolean
mp_store_unarchive_mentorship (MpStore       *self,
                               MpMentorship  *mentorship,
                               GError       **error)
{
  g_autoptr(MpMentorship) draft = NULL;
  g_autofree char *current = NULL;
  GDate start;
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!write_begin (self, &mark, error))
    return FALSE;

  ok = lookup_state (self, "SELECT id, status, start_date FROM mentorships WHERE uuid = ?1",
                     mp_mentorship_get_uuid (mentorship), &id, &current, &start, _("The mentorship"), error);
  if (ok && g_strcmp0 (current, "archived") != 0)
    {
      g_set_error_literal (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                           _("Only an archived mentorship can be brought back."));
      ok = FALSE;
    }
  if (ok)
    {
      draft = mentorship_draft (self, mentorship);
      mp_mentorship_set_start_date (draft, &start);  /* the file's: memory follows it */
      /* An archived mentorship with an end reason ended early (mp_mentorship_ended_early ()) */
      mp_mentorship_set_status (draft, mp_mentorship_ended_early (draft) ? MP_MENTORSHIP_STATUS_ENDED_EARLY
                                                                         : MP_MENTORSHIP_STATUS_COMPLETED);
      ok = write_mentorship_status (self, draft, id, error);
    }

  return write_end (self, ok, mark, error);
}

/**
 * mp_store_purge_mentorship:
 *
 * Deletes a finished mentorship and all its history for good (meetings, activities,
 * concerns, introductions, agreement, feedback, and this user's private notes on its
 * meetings; other mentors' private databases are out of reach). INVALID while it is active.
 */
gboolean
mp_store_purge_mentorship (MpStore       *self,
                           MpMentorship  *mentorship,
                           GError       **error)
{
  g_autofree char *status = NULL;
  g_autofree char *uuid = NULL;
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_MENTORSHIP (mentorship), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  uuid = g_strdup (mp_mentorship_get_uuid (mentorship));

  if (!write_begin (self, &mark, error))
    return FALSE;

  ok = lookup_state (self, "SELECT id, status FROM mentorships WHERE uuid = ?1", uuid, &id, &status,
                     NULL, _("The mentorship"), error);
  if (ok && g_strcmp0 (status, "active") == 0)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                   _("End or complete the mentorship before deleting it."));
      ok = FALSE;
    }

  if (ok)
    {
      g_autoptr(MpCachedStmt) notes =
        prepare (self, "DELETE FROM private.notes WHERE meeting_uuid IN "
                       "(SELECT uuid FROM main.meetings WHERE mentorship_id = ?1)", error);

      ok = notes != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (notes, 1, id);
          ok = step_done (self, notes, error);
        }
    }

  if (ok)
    {
      g_autoptr(MpCachedStmt) stmt = prepare (self, "DELETE FROM mentorships WHERE id = ?1", error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          ok = step_done (self, stmt, error);
        }
    }

  if (ok)
    queue_forget (self, KIND_MENTORSHIP, uuid);

  return write_end (self, ok, mark, error);
}

/* ---- Meetings and private notes ------------------------------------------------------- */

/**
 * mp_store_save_meeting:
 *
 * Schedules a meeting (a new draft) or changes one (reschedule: a copy with a new
 * "starts-at"). CONSTRAINT: no mentorship or start, a duration outside 0..1440 minutes.
 * INVALID: moving it to another mentorship.
 */
gboolean
mp_store_save_meeting (MpStore    *self,
                       MpMeeting  *draft,
                       GError    **error)
{
  gint64 id = 0;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_MEETING (draft), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_meeting (draft, error) || !write_begin (self, &mark, error))
    return FALSE;

  ok = write_meeting (self, draft, -1, &id, NULL, error);
  if (ok)
    queue_upsert (self, KIND_MEETING, draft, id);

  return write_end (self, ok, mark, error);
}

/**
 * mp_store_cancel_meeting:
 *
 * Cancels a scheduled meeting (nothing to do when it already is). INVALID for a meeting
 * that was held.
 */
gboolean
mp_store_cancel_meeting (MpStore    *self,
                         MpMeeting  *meeting,
                         GError    **error)
{
  g_autofree char *status = NULL;
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!write_begin (self, &mark, error))
    return FALSE;

  ok = lookup_state (self, "SELECT id, status FROM meetings WHERE uuid = ?1", mp_meeting_get_uuid (meeting), &id,
                     &status, NULL, _("The meeting"), error);
  if (ok && g_strcmp0 (status, "held") == 0)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID, _("A meeting that took place cannot be cancelled."));
      ok = FALSE;
    }

  if (ok && g_strcmp0 (status, "cancelled") != 0)
    ok = write_meeting_cancelled (self, meeting, id, error);

  return write_end (self, ok, mark, error);
}

/* Runs @sql for each activity progress row of @ids (?1), with @day as ?2 if given */
static gboolean
update_progress_rows (MpStore      *self,
                      const char   *sql,
                      GArray       *ids,
                      const GDate  *day,
                      GError      **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(MpCachedStmt) stmt = prepare (self, sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      if (day != NULL)
        bind_date (stmt, 2, day);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* A correction (mp_store_correct_meeting ()): the activities done at meeting @meeting_id and
 * still in @activity_ids move to its day, @done_on; those no longer listed go back to be
 * done. HR's follow-up of one stays HR's: INVALID to untick it, or to move it past the day
 * HR followed it up. */
static gboolean
correct_done_activities (MpStore             *self,
                         MpProgram           *program,
                         gint64               meeting_id,
                         const char * const  *activity_ids,
                         const GDate         *done_on,
                         GError             **error)
{
  g_autoptr(MpCachedStmt) select =
    prepare (self, "SELECT id, activity_id, hr_followed_up_on FROM activity_progress "
                   "WHERE meeting_id = ?1 AND state = 'done'",
             error);
  g_autoptr(GArray) moved = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) undone = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (select == NULL)
    return FALSE;

  sqlite3_bind_int64 (select, 1, meeting_id);
  for (;;)
    {
      const char *activity_id;
      MpActivity *activity;
      gboolean found, listed;
      gint64 row_id;
      GDate followed_up;

      if (!step_row (self, select, &found, error))
        return FALSE;
      if (!found)
        break;

      row_id = sqlite3_column_int64 (select, 0);
      activity_id = column_text (select, 1);
      activity = program != NULL ? mp_program_lookup_activity (program, activity_id) : NULL;
      listed = activity_ids != NULL && g_strv_contains ((const char * const *) activity_ids, activity_id);

      if (column_date (select, 2, &followed_up))
        {
          if (!listed)
            {
              g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                           _("HR has already followed up on “%s”: it stays done. Ask HR if it was not done "
                             "after all."),
                           activity != NULL ? mp_activity_get_title (activity) : activity_id);
              return FALSE;
            }
          if (g_date_compare (done_on, &followed_up) > 0)
            {
              g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                           _("HR followed up on “%s” before that day: the meeting where it was done cannot be "
                             "later."),
                           activity != NULL ? mp_activity_get_title (activity) : activity_id);
              return FALSE;
            }
        }

      g_array_append_val (listed ? moved : undone, row_id);
    }

  return update_progress_rows (self, "UPDATE activity_progress SET done_on = ?2 WHERE id = ?1", moved, done_on,
                               error) &&
         update_progress_rows (self, "UPDATE activity_progress SET state = 'pending', done_on = NULL, "
                                     "meeting_id = NULL WHERE id = ?1",
                               undone, NULL, error);
}

/* mp_store_log_meeting () and, @correcting, mp_store_correct_meeting (). */
static gboolean
write_held_meeting (MpStore             *self,
                    MpMeeting           *draft,
                    const char * const  *activity_ids,
                    const char          *private_note,
                    gboolean             correcting,
                    GError             **error)
{
  MpMentorship *mentorship;
  MpProgram *program;
  GDate done_on;
  gint64 id = 0, mentorship_id = 0;
  guint mark;
  gboolean ok;
  Op *op;

  if (!validate_meeting (draft, error))
    return FALSE;

  mentorship = mp_meeting_get_mentorship (draft);
  program = program_of (self, mp_mentorship_get_uuid (mentorship), mentorship);
  for (guint i = 0; activity_ids != NULL && activity_ids[i] != NULL; i++)
    if (program == NULL || mp_program_lookup_activity (program, activity_ids[i]) == NULL)
      return constraint_error (error, _("“%s” is not an activity of this program."), activity_ids[i]);

  local_date_of (mp_meeting_get_starts_at (draft), &done_on);

  if (!write_begin (self, &mark, error))
    return FALSE;

  ok = TRUE;
  if (correcting)
    {
      g_autofree char *status = NULL;

      ok = lookup_state (self, "SELECT id, status FROM meetings WHERE uuid = ?1", mp_meeting_get_uuid (draft), &id,
                         &status, NULL, _("The meeting"), error);
      if (ok && g_strcmp0 (status, "held") != 0)
        {
          g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                       _("Only a meeting that took place can be corrected."));
          ok = FALSE;
        }
    }

  /* The same meeting logged twice would count twice: one held at that moment already (a
   * meeting of the program against those, a contact against contacts) refuses it. */
  if (ok)
    {
      g_autoptr(MpCachedStmt) stmt =
        prepare (self,
                 "SELECT m.id FROM meetings m JOIN mentorships s ON s.id = m.mentorship_id "
                 "WHERE s.uuid = ?1 AND m.starts_at = ?2 AND m.status = 'held' AND m.informal = ?3 "
                 "AND m.uuid <> ?4",
                 error);
      gboolean found = FALSE;

      ok = stmt != NULL;
      if (ok)
        {
          bind_text (stmt, 1, mp_mentorship_get_uuid (mentorship));
          bind_instant (stmt, 2, mp_meeting_get_starts_at (draft));
          sqlite3_bind_int (stmt, 3, mp_meeting_get_informal (draft) ? 1 : 0);
          bind_text (stmt, 4, mp_meeting_get_uuid (draft));
          ok = step_row (self, stmt, &found, error);
        }
      if (ok && found)
        ok = constraint_error (error, _("That day and time are logged already: correct the meeting logged "
                                        "then instead."));
    }

  if (ok)
    ok = write_meeting (self, draft, MP_MEETING_STATUS_HELD, &id, &mentorship_id, error);

  if (ok && correcting)
    ok = correct_done_activities (self, program, id, activity_ids, &done_on, error);

  for (guint i = 0; ok && activity_ids != NULL && activity_ids[i] != NULL; i++)
    {
      g_autoptr(MpCachedStmt) stmt =
        prepare (self,
                 "INSERT INTO activity_progress (uuid, mentorship_id, activity_id, state, done_on, meeting_id) "
                 "VALUES (?1, ?2, ?3, 'done', ?4, ?5) "
                 "ON CONFLICT (mentorship_id, activity_id) DO UPDATE SET state = 'done', "
                 "done_on = excluded.done_on, meeting_id = excluded.meeting_id WHERE state <> 'done'",
                 error);
      g_autofree char *progress_uuid = g_uuid_string_random ();

      ok = stmt != NULL;
      if (ok)
        {
          bind_text (stmt, 1, progress_uuid);
          sqlite3_bind_int64 (stmt, 2, mentorship_id);
          bind_text (stmt, 3, activity_ids[i]);
          bind_date (stmt, 4, &done_on);
          sqlite3_bind_int64 (stmt, 5, id);
          ok = step_done (self, stmt, error);
        }
    }

  if (ok && private_note != NULL)
    ok = write_private_note (self, mp_meeting_get_uuid (draft), private_note, error);

  if (ok)
    {
      op = queue_upsert (self, KIND_MEETING, draft, id);
      op->meeting_status = MP_MEETING_STATUS_HELD;
      queue_reload_history (self, mp_mentorship_get_uuid (mentorship));
    }

  return write_end (self, ok, mark, error);
}

/**
 * mp_store_log_meeting:
 * @draft: the meeting that took place: a copy of a scheduled one, or a new (informal) one
 * @activity_ids: (nullable): ids of the program's activities covered; each becomes done on
 *   the meeting's (local) day at this meeting, unless it was already done
 * @private_note: (nullable): the mentor's private note on it, to the private database only;
 *   %NULL leaves the note as it is, "" removes it
 *
 * Records a meeting as held, ticks its activities and keeps the private note, in one
 * transaction. The draft's status becomes held. CONSTRAINT: an activity the program does
 * not have (and what mp_store_save_meeting() refuses).
 */
gboolean
mp_store_log_meeting (MpStore             *self,
                      MpMeeting           *draft,
                      const char * const  *activity_ids,
                      const char          *private_note,
                      GError             **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_MEETING (draft), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_held_meeting (self, draft, activity_ids, private_note, FALSE, error);
}

/**
 * mp_store_correct_meeting:
 * @draft: a copy of a meeting that was held, with what it should have said
 * @activity_ids: (nullable): ids of the program's activities the meeting covered: those
 *   done at it and not listed go back to be done, those listed and not yet done are done
 * @private_note: (nullable): as for mp_store_log_meeting ()
 *
 * Corrects a meeting logged as held (its day and time, how, how long, its summary), in one
 * transaction: the activities done at it follow it to its (local) day, and the private note
 * is kept as for logging. INVALID: the meeting was not held (it is scheduled or cancelled),
 * or the correction would untick an activity HR has followed up, or move it past the day HR
 * did; NOT_FOUND: it is not stored; and what mp_store_log_meeting () refuses.
 */
gboolean
mp_store_correct_meeting (MpStore             *self,
                          MpMeeting           *draft,
                          const char * const  *activity_ids,
                          const char          *private_note,
                          GError             **error)
{
  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_MEETING (draft), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_held_meeting (self, draft, activity_ids, private_note, TRUE, error);
}

/**
 * mp_store_get_private_note:
 *
 * Returns: (transfer full) (nullable): the current user's private note on @meeting, from
 *   the private database
 */
char *
mp_store_get_private_note (MpStore   *self,
                           MpMeeting *meeting)
{
  g_autoptr(MpCachedStmt) stmt = NULL;
  gboolean found;

  g_return_val_if_fail (MP_IS_STORE (self), NULL);
  g_return_val_if_fail (MP_IS_MEETING (meeting), NULL);

  stmt = prepare (self, "SELECT text FROM private.notes WHERE meeting_uuid = ?1", NULL);
  if (stmt == NULL)
    return NULL;

  bind_text (stmt, 1, mp_meeting_get_uuid (meeting));
  if (!step_row (self, stmt, &found, NULL) || !found)
    return NULL;

  return g_strdup (column_text (stmt, 0));
}

/**
 * mp_store_set_private_note:
 * @text: (nullable): the note; %NULL or "" removes it
 *
 * Keeps the current user's private note on a stored meeting in the private database, never
 * in the shared file. NOT_FOUND: the meeting is not stored.
 */
gboolean
mp_store_set_private_note (MpStore     *self,
                           MpMeeting   *meeting,
                           const char  *text,
                           GError     **error)
{
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_MEETING (meeting), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!write_begin (self, &mark, error))
    return FALSE;

  ok = require_id (self, "SELECT id FROM meetings WHERE uuid = ?1", mp_meeting_get_uuid (meeting), &id,
                   _("The meeting"), error) &&
       write_private_note (self, mp_meeting_get_uuid (meeting), text, error);

  return write_end (self, ok, mark, error);
}

/* ---- Activities ---------------------------------------------------------------------------- */

static MpActivityProgress *
progress_draft (MpStore            *self,
                MpActivityProgress *progress)
{
  GObject *canonical = registry_lookup (self, KIND_PROGRESS, mp_activity_progress_get_uuid (progress));

  return mp_activity_progress_copy (canonical != NULL ? MP_ACTIVITY_PROGRESS (canonical) : progress);
}

/**
 * mp_store_set_activity_state:
 * @done_on: (nullable): for DONE, the day (%NULL: today); ignored otherwise
 * @meeting: (nullable): for DONE, the meeting where it was done; ignored otherwise
 *
 * Ticks an activity done, marks it not applicable (only an optional activity, INVALID
 * otherwise) or back to pending. CONSTRAINT: a meeting of another mentorship.
 */
gboolean
mp_store_set_activity_state (MpStore             *self,
                             MpActivityProgress  *progress,
                             MpActivityState      state,
                             const GDate         *done_on,
                             MpMeeting           *meeting,
                             GError             **error)
{
  g_autoptr(MpActivityProgress) draft = NULL;
  g_auto(ProgressRow) row = { 0 };
  MpProgram *program;
  MpActivity *activity;
  gint64 meeting_id = 0;
  guint mark;
  gboolean ok, found = FALSE;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_ACTIVITY_PROGRESS (progress), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_enum (MP_TYPE_ACTIVITY_STATE, state, error) || !check_day_in_range (done_on, error) ||
      !write_begin (self, &mark, error))
    return FALSE;

  ok = read_progress_row (self, SELECT_PROGRESS_ROW "WHERE p.uuid = ?1", mp_activity_progress_get_uuid (progress),
                          NULL, &row, &found, error);
  if (ok && !found)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_NOT_FOUND,
                   _("%s is not in the database (it may have been deleted)."), _("The activity"));
      ok = FALSE;
    }

  if (ok)
    {
      program = program_of (self, row.mentorship_uuid, mp_activity_progress_get_mentorship (progress));
      activity = program != NULL ? mp_program_lookup_activity (program, row.activity_id) : NULL;

      if (state == MP_ACTIVITY_STATE_NOT_APPLICABLE && activity != NULL && !mp_activity_get_optional (activity))
        {
          g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID,
                       _("Only an optional activity can be marked as not applicable."));
          ok = FALSE;
        }
    }

  if (ok && state == MP_ACTIVITY_STATE_DONE)
    ok = require_meeting_of (self, meeting, row.mentorship_id, &meeting_id, error);

  if (ok)
    {
      draft = progress_draft (self, progress);
      mp_activity_progress_set_state (draft, state);
      if (state == MP_ACTIVITY_STATE_DONE)
        {
          GDate on;

          if (done_on != NULL && g_date_valid (done_on))
            on = *done_on;
          else
            today (&on);
          mp_activity_progress_set_done_on (draft, &on);
          mp_activity_progress_set_meeting (draft, meeting);
        }
      else
        {
          mp_activity_progress_set_done_on (draft, NULL);
          mp_activity_progress_set_meeting (draft, NULL);
        }

      ok = update_progress (self, row.id, draft, meeting_id, error);
    }

  if (ok)
    queue_upsert (self, KIND_PROGRESS, draft, row.id);

  return write_end (self, ok, mark, error);
}

/**
 * mp_store_record_hr_follow_up:
 * @on: (nullable): the day HR followed up (%NULL: today)
 * @note: (nullable): HR's own note
 *
 * Records HR's follow-up of a done activity. INVALID: the activity has no HR follow-up, or
 * the pair has not done it yet.
 */
gboolean
mp_store_record_hr_follow_up (MpStore             *self,
                              MpActivityProgress  *progress,
                              const GDate         *on,
                              const char          *note,
                              GError             **error)
{
  g_autoptr(MpActivityProgress) draft = NULL;
  g_auto(ProgressRow) row = { 0 };
  MpProgram *program;
  MpActivity *activity;
  gint64 meeting_id = 0;
  guint mark;
  gboolean ok, found = FALSE;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_ACTIVITY_PROGRESS (progress), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_day_in_range (on, error))
    return FALSE;

  if (!write_begin (self, &mark, error))
    return FALSE;

  ok = read_progress_row (self, SELECT_PROGRESS_ROW "WHERE p.uuid = ?1", mp_activity_progress_get_uuid (progress),
                          NULL, &row, &found, error);
  if (ok && !found)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_NOT_FOUND,
                   _("%s is not in the database (it may have been deleted)."), _("The activity"));
      ok = FALSE;
    }

  if (ok)
    {
      program = program_of (self, row.mentorship_uuid, mp_activity_progress_get_mentorship (progress));
      activity = program != NULL ? mp_program_lookup_activity (program, row.activity_id) : NULL;

      if (activity == NULL || !mp_activity_get_hr_follow_up (activity))
        {
          g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID, _("This activity has no follow-up with HR."));
          ok = FALSE;
        }
      else if (row.state != MP_ACTIVITY_STATE_DONE)
        {
          g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID, _("The pair has not done this activity yet."));
          ok = FALSE;
        }
    }

  if (ok)
    {
      GDate day;

      if (on != NULL && g_date_valid (on))
        day = *on;
      else
        today (&day);

      draft = progress_draft (self, progress);
      mp_activity_progress_set_hr_followed_up_on (draft, &day);
      mp_activity_progress_set_hr_note (draft, note);
      meeting_id = row.meeting_id;
      ok = update_progress (self, row.id, draft, meeting_id, error);
    }

  if (ok)
    queue_upsert (self, KIND_PROGRESS, draft, row.id);

  return write_end (self, ok, mark, error);
}

/**
 * mp_store_save_activity_progress:
 * @draft: values for one activity of a mentorship
 *
 * Stores every value of @draft (state, dates, meeting, HR follow-up and note) for the
 * activity it names in its mentorship: for imports. The row is found by mentorship and
 * activity id; it keeps its own uuid. CONSTRAINT: an activity the program does not have, a
 * date or meeting on an activity that is not done, a meeting of another mentorship.
 */
gboolean
mp_store_save_activity_progress (MpStore             *self,
                                 MpActivityProgress  *draft,
                                 GError             **error)
{
  g_auto(ProgressRow) row = { 0 };
  MpMentorship *mentorship;
  MpProgram *program;
  const char *activity_id;
  gint64 mentorship_id = 0, meeting_id = 0, id = 0;
  guint mark;
  gboolean ok, found = FALSE;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_ACTIVITY_PROGRESS (draft), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  mentorship = mp_activity_progress_get_mentorship (draft);
  activity_id = mp_activity_progress_get_activity_id (draft);

  if (!check_uuid (mp_activity_progress_get_uuid (draft), error) ||
      !check_enum (MP_TYPE_ACTIVITY_STATE, mp_activity_progress_get_state (draft), error))
    return FALSE;

  if (mentorship == NULL)
    return constraint_error (error, _("It must belong to a mentorship."));

  program = program_of (self, mp_mentorship_get_uuid (mentorship), mentorship);
  if (activity_id == NULL || program == NULL || mp_program_lookup_activity (program, activity_id) == NULL)
    return constraint_error (error, _("“%s” is not an activity of this program."), activity_id ? activity_id : "");

  if (mp_activity_progress_get_state (draft) != MP_ACTIVITY_STATE_DONE &&
      (mp_activity_progress_get_done_on (draft) != NULL || mp_activity_progress_get_meeting (draft) != NULL))
    return constraint_error (error, _("Only a done activity has a date and a meeting."));

  if (!check_day_in_range (mp_activity_progress_get_done_on (draft), error) ||
      !check_day_in_range (mp_activity_progress_get_hr_followed_up_on (draft), error))
    return FALSE;

  if (!write_begin (self, &mark, error))
    return FALSE;

  ok = require_mentorship (self, mentorship, &mentorship_id, error) &&
       read_progress_row (self, SELECT_PROGRESS_ROW "WHERE m.uuid = ?1 AND p.activity_id = ?2",
                          mp_mentorship_get_uuid (mentorship), activity_id, &row, &found, error) &&
       require_meeting_of (self, mp_activity_progress_get_meeting (draft), mentorship_id, &meeting_id, error);

  if (ok && !found)
    {
      g_autoptr(MpCachedStmt) stmt =
        prepare (self, "INSERT INTO activity_progress (uuid, mentorship_id, activity_id) VALUES (?1, ?2, ?3) "
                       "RETURNING id", error);

      ok = stmt != NULL;
      if (ok)
        {
          bind_text (stmt, 1, mp_activity_progress_get_uuid (draft));
          sqlite3_bind_int64 (stmt, 2, mentorship_id);
          bind_text (stmt, 3, activity_id);
          ok = step_returning_id (self, stmt, &id, error);
        }
      row.uuid = g_strdup (mp_activity_progress_get_uuid (draft));
    }
  else if (ok)
    id = row.id;

  if (ok)
    ok = update_progress (self, id, draft, meeting_id, error);

  if (ok && g_strcmp0 (row.uuid, mp_activity_progress_get_uuid (draft)) == 0)
    queue_upsert (self, KIND_PROGRESS, draft, id);
  else if (ok)
    {
      g_autoptr(MpActivityProgress) copy = progress_with_uuid (draft, row.uuid);

      queue_upsert (self, KIND_PROGRESS, copy, id);
    }

  return write_end (self, ok, mark, error);
}

/* ---- Concerns, introductions, agreement, feedback ---------------------------------------- */

/**
 * mp_store_save_concern:
 *
 * Raises a concern (a new draft) or changes one. A draft without "raised-at" gets now.
 * CONSTRAINT: no subject. The needed-by date is not checked against today (the windows
 * warn); imports carry old dates.
 */
gboolean
mp_store_save_concern (MpStore    *self,
                       MpConcern  *draft,
                       GError    **error)
{
  guint mark;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_CONCERN (draft), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_concern (draft, error) || !write_begin (self, &mark, error))
    return FALSE;

  return write_end (self, write_concern (self, draft, error), mark, error);
}

/**
 * mp_store_answer_concern:
 *
 * The mentor's answer: the concern becomes answered, "answered-at" now. CONSTRAINT: an empty
 * answer; INVALID: the concern is closed.
 */
gboolean
mp_store_answer_concern (MpStore     *self,
                         MpConcern   *concern,
                         const char  *answer,
                         GError     **error)
{
  g_autoptr(MpConcern) draft = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *status = NULL;
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_CONCERN (concern), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (mp_text_is_blank (answer))
    return constraint_error (error, _("Write an answer first."));

  if (!write_begin (self, &mark, error))
    return FALSE;

  ok = lookup_state (self, "SELECT id, status FROM concerns WHERE uuid = ?1", mp_concern_get_uuid (concern), &id,
                     &status, NULL, _("The concern"), error);
  if (ok && g_strcmp0 (status, "closed") == 0)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_INVALID, _("This concern is closed."));
      ok = FALSE;
    }

  if (ok)
    {
      now = g_date_time_new_now_utc ();
      draft = concern_draft (self, concern);
      mp_concern_set_answer (draft, answer);
      mp_concern_set_status (draft, MP_CONCERN_STATUS_ANSWERED);
      mp_concern_set_answered_at (draft, now);
      ok = write_concern (self, draft, error);
    }

  return write_end (self, ok, mark, error);
}

/**
 * mp_store_close_concern:
 *
 * Closes a concern (nothing to do when it is closed already).
 */
gboolean
mp_store_close_concern (MpStore    *self,
                        MpConcern  *concern,
                        GError    **error)
{
  g_autoptr(MpConcern) draft = NULL;
  g_autofree char *status = NULL;
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_CONCERN (concern), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!write_begin (self, &mark, error))
    return FALSE;

  ok = lookup_state (self, "SELECT id, status FROM concerns WHERE uuid = ?1", mp_concern_get_uuid (concern), &id,
                     &status, NULL, _("The concern"), error);
  if (ok && g_strcmp0 (status, "closed") != 0)
    {
      draft = concern_draft (self, concern);
      mp_concern_set_status (draft, MP_CONCERN_STATUS_CLOSED);
      ok = write_concern (self, draft, error);
    }

  return write_end (self, ok, mark, error);
}

/**
 * mp_store_save_introduction:
 *
 * Records (or changes) a colleague the employee was introduced to. CONSTRAINT: no colleague
 * name; NOT_FOUND: the colleague person is not stored.
 */
gboolean
mp_store_save_introduction (MpStore         *self,
                            MpIntroduction  *draft,
                            GError         **error)
{
  guint mark;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_INTRODUCTION (draft), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_introduction (draft, error) || !write_begin (self, &mark, error))
    return FALSE;

  return write_end (self, write_introduction (self, draft, error), mark, error);
}

gboolean
mp_store_delete_introduction (MpStore         *self,
                              MpIntroduction  *introduction,
                              GError         **error)
{
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_INTRODUCTION (introduction), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!write_begin (self, &mark, error))
    return FALSE;

  ok = require_id (self, "SELECT id FROM introductions WHERE uuid = ?1", mp_introduction_get_uuid (introduction),
                   &id, _("The introduction"), error);
  if (ok)
    {
      g_autoptr(MpCachedStmt) stmt = prepare (self, "DELETE FROM introductions WHERE id = ?1", error);

      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, id);
          ok = step_done (self, stmt, error);
        }
    }
  if (ok)
    queue_forget (self, KIND_INTRODUCTION, mp_introduction_get_uuid (introduction));

  return write_end (self, ok, mark, error);
}

/**
 * mp_store_save_agreement:
 *
 * Records (or changes) what the pair agreed. CONSTRAINT: the pair already has another
 * agreement (change that one: mp_agreement_copy (mp_store_get_agreement ())).
 */
gboolean
mp_store_save_agreement (MpStore      *self,
                         MpAgreement  *draft,
                         GError      **error)
{
  guint mark;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_AGREEMENT (draft), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_uuid (mp_agreement_get_uuid (draft), error))
    return FALSE;

  if (mp_agreement_get_mentorship (draft) == NULL)
    return constraint_error (error, _("An agreement must belong to a mentorship."));

  if (!check_day_in_range (mp_agreement_get_agreed_on (draft), error))
    return FALSE;

  if (!write_begin (self, &mark, error))
    return FALSE;

  return write_end (self, write_agreement (self, draft, error), mark, error);
}

/**
 * mp_store_save_feedback:
 *
 * Records (or changes) end-of-program feedback; a draft without "submitted-at" gets now.
 * CONSTRAINT: a rating outside 0..5, or that role already gave feedback on the mentorship.
 */
gboolean
mp_store_save_feedback (MpStore     *self,
                        MpFeedback  *draft,
                        GError     **error)
{
  guint mark;

  g_return_val_if_fail (MP_IS_STORE (self), FALSE);
  g_return_val_if_fail (MP_IS_FEEDBACK (draft), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!validate_feedback (draft, error) || !write_begin (self, &mark, error))
    return FALSE;

  return write_end (self, write_feedback (self, draft, error), mark, error);
}

/* ---- Internals for tests and tools -------------------------------------------------------- */

sqlite3 *
_mp_store_get_connection (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return self->db;
}
