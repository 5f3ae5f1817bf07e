/* mp-department.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A department of the library system: what it does, and whom to ask there for which task.
 * "ask-for" is multi-line text, one "task — whom to ask" per line.
 */

#define MP_TYPE_DEPARTMENT (mp_department_get_type ())

G_DECLARE_FINAL_TYPE (MpDepartment, mp_department, MP, DEPARTMENT, GObject)

MpDepartment *mp_department_new             (const char   *name);
MpDepartment *mp_department_copy            (MpDepartment *self);
const char   *mp_department_get_uuid        (MpDepartment *self);
const char   *mp_department_get_name        (MpDepartment *self);
void          mp_department_set_name        (MpDepartment *self,
                                             const char   *name);
const char   *mp_department_get_description (MpDepartment *self);
void          mp_department_set_description (MpDepartment *self,
                                             const char   *description);
const char   *mp_department_get_ask_for     (MpDepartment *self);
void          mp_department_set_ask_for     (MpDepartment *self,
                                             const char   *ask_for);

G_END_DECLS
