/* mp-model-private.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-activity.h"
#include "mp-activity-progress.h"
#include "mp-agreement.h"
#include "mp-concern.h"
#include "mp-department.h"
#include "mp-feedback.h"
#include "mp-introduction.h"
#include "mp-meeting.h"
#include "mp-mentorship.h"
#include "mp-person.h"
#include "mp-phase.h"
#include "mp-program.h"
#include "mp-question.h"

G_BEGIN_DECLS

/* Internals shared by the model objects and MpStore; never used by the windows.
 *
 * _mp_x_get_id () / _mp_x_set_id (): the SQLite row id (0 = not stored yet). It is not a
 *   property and never goes into JSON; records are known outside by their "uuid". For
 *   MpActivity and MpPhase do not confuse it with the public mp_activity_get_id () /
 *   mp_phase_get_id (), which return the item's slug.
 *
 * _mp_x_assign (self, from): copy every value except the identity (uuid and row id) from
 *   @from into @self, notifying only the properties that change (one batch, frozen).
 *   @from must have the same uuid. Object-valued properties (mentor, mentorship, ...) are
 *   copied as references, so a draft from mp_x_copy () points at the same canonical
 *   people and mentorships. MpStore calls it on the canonical object after a successful
 *   write of a draft. For MpPhase the activities list is replaced only when its items
 *   differ; for MpProgram the questions and departments with the same uuids are assigned
 *   in place, otherwise the lists are replaced.
 */

gint64 _mp_department_get_id        (MpDepartment       *self);
void   _mp_department_set_id        (MpDepartment       *self,
                                     gint64              id);
void   _mp_department_assign        (MpDepartment       *self,
                                     MpDepartment       *from);

gint64 _mp_person_get_id            (MpPerson           *self);
void   _mp_person_set_id            (MpPerson           *self,
                                     gint64              id);
void   _mp_person_assign            (MpPerson           *self,
                                     MpPerson           *from);

gint64 _mp_activity_get_id          (MpActivity         *self);
void   _mp_activity_set_id          (MpActivity         *self,
                                     gint64              id);
void   _mp_activity_assign          (MpActivity         *self,
                                     MpActivity         *from);

gint64 _mp_phase_get_id             (MpPhase            *self);
void   _mp_phase_set_id             (MpPhase            *self,
                                     gint64              id);
void   _mp_phase_assign             (MpPhase            *self,
                                     MpPhase            *from);

gint64 _mp_question_get_id          (MpQuestion         *self);
void   _mp_question_set_id          (MpQuestion         *self,
                                     gint64              id);
void   _mp_question_assign          (MpQuestion         *self,
                                     MpQuestion         *from);

gint64 _mp_program_get_id           (MpProgram          *self);
void   _mp_program_set_id           (MpProgram          *self,
                                     gint64              id);
void   _mp_program_assign           (MpProgram          *self,
                                     MpProgram          *from);

gint64 _mp_mentorship_get_id        (MpMentorship       *self);
void   _mp_mentorship_set_id        (MpMentorship       *self,
                                     gint64              id);
void   _mp_mentorship_assign        (MpMentorship       *self,
                                     MpMentorship       *from);

gint64 _mp_meeting_get_id           (MpMeeting          *self);
void   _mp_meeting_set_id           (MpMeeting          *self,
                                     gint64              id);
void   _mp_meeting_assign           (MpMeeting          *self,
                                     MpMeeting          *from);

gint64 _mp_activity_progress_get_id (MpActivityProgress *self);
void   _mp_activity_progress_set_id (MpActivityProgress *self,
                                     gint64              id);
void   _mp_activity_progress_assign (MpActivityProgress *self,
                                     MpActivityProgress *from);

gint64 _mp_concern_get_id           (MpConcern          *self);
void   _mp_concern_set_id           (MpConcern          *self,
                                     gint64              id);
void   _mp_concern_assign           (MpConcern          *self,
                                     MpConcern          *from);
#define _MP_CONCERN_UNREADABLE_BODY   (1u << 0)
#define _MP_CONCERN_UNREADABLE_ANSWER (1u << 1)
#define _MP_CONCERN_PLACEHOLDERS      (1u << 2)  /* an import's: its texts may be stored plain */
guint  _mp_concern_get_unreadable   (MpConcern          *self);
void   _mp_concern_set_unreadable   (MpConcern          *self,
                                     guint               parts);

gint64 _mp_introduction_get_id      (MpIntroduction     *self);
void   _mp_introduction_set_id      (MpIntroduction     *self,
                                     gint64              id);
void   _mp_introduction_assign      (MpIntroduction     *self,
                                     MpIntroduction     *from);

gint64 _mp_agreement_get_id         (MpAgreement        *self);
void   _mp_agreement_set_id         (MpAgreement        *self,
                                     gint64              id);
void   _mp_agreement_assign         (MpAgreement        *self,
                                     MpAgreement        *from);

gint64 _mp_feedback_get_id          (MpFeedback         *self);
void   _mp_feedback_set_id          (MpFeedback         *self,
                                     gint64              id);
void   _mp_feedback_assign          (MpFeedback         *self,
                                     MpFeedback         *from);

/* Setter helpers: each replaces *slot with a copy of @value and returns TRUE when the value
 * changed, so the caller notifies only then. An invalid GDate counts as unset (NULL). */
static inline gboolean
_mp_set_string (char       **slot,
                const char  *value)
{
  char *old;

  if (g_strcmp0 (*slot, value) == 0)
    return FALSE;

  old = *slot;
  *slot = g_strdup (value);
  g_free (old);

  return TRUE;
}

static inline gboolean
_mp_date_equal (const GDate *a,
                const GDate *b)
{
  if (a != NULL && !g_date_valid (a))
    a = NULL;
  if (b != NULL && !g_date_valid (b))
    b = NULL;

  if (a == NULL || b == NULL)
    return a == b;

  return g_date_compare (a, b) == 0;
}

static inline gboolean
_mp_set_date (GDate       **slot,
              const GDate  *value)
{
  if (value != NULL && !g_date_valid (value))
    value = NULL;

  if (_mp_date_equal (*slot, value))
    return FALSE;

  g_clear_pointer (slot, g_date_free);
  if (value != NULL)
    *slot = g_date_copy (value);

  return TRUE;
}

static inline gboolean
_mp_date_time_equal (GDateTime *a,
                     GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_date_time_equal (a, b);
}

static inline gboolean
_mp_set_date_time (GDateTime **slot,
                   GDateTime  *value)
{
  if (_mp_date_time_equal (*slot, value))
    return FALSE;

  if (value != NULL)
    g_date_time_ref (value);
  g_clear_pointer (slot, g_date_time_unref);
  *slot = value;

  return TRUE;
}

static inline gboolean
_mp_strv_equal (const char * const *a,
                const char * const *b)
{
  static const char * const empty[] = { NULL };

  return g_strv_equal (a != NULL ? a : empty, b != NULL ? b : empty);
}

/* Makes @store hold the items of @from (NULL = none), in one items-changed, unless it
 * already holds the very same objects. Returns TRUE when it changed. */
static inline gboolean
_mp_list_store_replace (GListStore *store,
                        GListModel *from)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint n_new = from != NULL ? g_list_model_get_n_items (from) : 0;
  gboolean same = n_old == n_new;

  for (guint i = 0; i < n_new; i++)
    {
      GObject *item = g_list_model_get_item (from, i);
      g_autoptr(GObject) old = same ? g_list_model_get_item (G_LIST_MODEL (store), i) : NULL;

      if (old != item)
        same = FALSE;
      g_ptr_array_add (items, item);
    }

  if (same)
    return FALSE;

  g_list_store_splice (store, 0, n_old, items->pdata, items->len);

  return TRUE;
}

/* The built-in program's texts (mp-program-strings.c, written by build-aux/program-strings.py)
 * and the members of its JSON they come from, translated by mp_demo_load_program () */
extern const char * const _mp_program_builtin_strings[];
extern const char * const _mp_program_translated_members[];

G_END_DECLS
