/* mp-program.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-activity.h"
#include "mp-department.h"
#include "mp-phase.h"
#include "mp-question.h"

G_BEGIN_DECLS

/* A mentoring program: its phases (with cadence and activities), the typical questions with
 * starter answers, the mentor's goals and qualities, the responsibilities of each side, a seed
 * list of departments and the lead time a mentor needs. Built from a template in the
 * "mentoring-program/1" JSON format (see the comment at the top of mp-program.c) and
 * immutable once loaded, except that the questions and departments it holds are ordinary
 * mutable objects (seeds for the store).
 */

#define MP_PROGRAM_FORMAT "mentoring-program/1"

#define MP_PROGRAM_ERROR (mp_program_error_quark ())

typedef enum
{
  MP_PROGRAM_ERROR_PARSE,    /* not JSON at all (or not UTF-8, or nested too deeply) */
  MP_PROGRAM_ERROR_INVALID,  /* JSON, but not a valid template: the message starts with the JSON path */
} MpProgramError;

#define MP_TYPE_PROGRAM (mp_program_get_type ())

G_DECLARE_FINAL_TYPE (MpProgram, mp_program, MP, PROGRAM, GObject)

GQuark               mp_program_error_quark                 (void);

MpProgram           *mp_program_new_from_json               (const char   *json,
                                                             gsize         len,
                                                             GError      **error);
MpProgram           *mp_program_new_from_bytes              (GBytes       *bytes,
                                                             GError      **error);
MpProgram           *mp_program_new_from_file               (GFile        *file,
                                                             GCancellable *cancellable,
                                                             GError      **error);
char                *mp_program_to_json                     (MpProgram    *self);
MpProgram           *mp_program_copy                        (MpProgram    *self);

const char          *mp_program_get_uuid                    (MpProgram    *self);
const char          *mp_program_get_slug                    (MpProgram    *self);
int                  mp_program_get_version                 (MpProgram    *self);
const char          *mp_program_get_name                    (MpProgram    *self);
const char          *mp_program_get_description             (MpProgram    *self);
int                  mp_program_get_lead_time_days          (MpProgram    *self);
const char          *mp_program_get_mentor_role             (MpProgram    *self);
const char          *mp_program_get_mentor_responsibility   (MpProgram    *self);
const char          *mp_program_get_employee_responsibility (MpProgram    *self);
const char * const  *mp_program_get_mentor_qualities        (MpProgram    *self);
const char * const  *mp_program_get_mentor_goals            (MpProgram    *self);
const char * const  *mp_program_get_mentor_benefits         (MpProgram    *self);
GListModel          *mp_program_get_phases                  (MpProgram    *self);
GListModel          *mp_program_get_questions               (MpProgram    *self);
GListModel          *mp_program_get_departments             (MpProgram    *self);

MpPhase             *mp_program_lookup_phase                (MpProgram    *self,
                                                             const char   *phase_id);
MpActivity          *mp_program_lookup_activity             (MpProgram    *self,
                                                             const char   *activity_id);
MpPhase             *mp_program_lookup_phase_of_activity    (MpProgram    *self,
                                                             const char   *activity_id);
int                  mp_program_get_end_month               (MpProgram    *self);

G_END_DECLS
