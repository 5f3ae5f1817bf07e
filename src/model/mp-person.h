/* mp-person.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mp-department.h"

G_BEGIN_DECLS

/* The longest name the store keeps, in characters: a name, not a text (a printed summary's
 * title has room for it). */
#define MP_PERSON_NAME_MAX_CHARS 200

/* A member of staff. "login" is the operating-system account name that identifies the
 * person using the app; "department" may be NULL.
 */

#define MP_TYPE_PERSON (mp_person_get_type ())

G_DECLARE_FINAL_TYPE (MpPerson, mp_person, MP, PERSON, GObject)

MpPerson     *mp_person_new             (const char   *name);
MpPerson     *mp_person_copy            (MpPerson     *self);
const char   *mp_person_get_uuid        (MpPerson     *self);
const char   *mp_person_get_name        (MpPerson     *self);
void          mp_person_set_name        (MpPerson     *self,
                                         const char   *name);
const char   *mp_person_get_login       (MpPerson     *self);
void          mp_person_set_login       (MpPerson     *self,
                                         const char   *login);
const char   *mp_person_get_email       (MpPerson     *self);
void          mp_person_set_email       (MpPerson     *self,
                                         const char   *email);
const char   *mp_person_get_phone       (MpPerson     *self);
void          mp_person_set_phone       (MpPerson     *self,
                                         const char   *phone);
const char   *mp_person_get_title       (MpPerson     *self);
void          mp_person_set_title       (MpPerson     *self,
                                         const char   *title);
MpDepartment *mp_person_get_department  (MpPerson     *self);
void          mp_person_set_department  (MpPerson     *self,
                                         MpDepartment *department);
gboolean      mp_person_get_is_hr_admin (MpPerson     *self);
void          mp_person_set_is_hr_admin (MpPerson     *self,
                                         gboolean      is_hr_admin);
gboolean      mp_person_get_may_mentor  (MpPerson     *self);
void          mp_person_set_may_mentor  (MpPerson     *self,
                                         gboolean      may_mentor);
gboolean      mp_person_get_active      (MpPerson     *self);
void          mp_person_set_active      (MpPerson     *self,
                                         gboolean      active);

const char   *mp_person_login_problem   (const char   *login);
gboolean      mp_person_login_is_storable (const char *login);

G_END_DECLS
