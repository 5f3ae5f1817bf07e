/* mp-hr-dialogs.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-store.h"

G_BEGIN_DECLS

/* The HR overview's small forms, each a modal window transient for the overview that
 * writes through one MpStore method: a department, a typical question's answer, ending
 * a pairing early (with its reason), recording an HR follow-up and the days the library
 * is closed. Save stays
 * insensitive while the form is incomplete, with the reason shown; a store error is
 * shown in the form and what was typed is kept. */

#define MP_TYPE_DEPARTMENT_DIALOG (mp_department_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MpDepartmentDialog, mp_department_dialog, MP, DEPARTMENT_DIALOG, GtkWindow)

#define MP_TYPE_QUESTION_DIALOG (mp_question_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MpQuestionDialog, mp_question_dialog, MP, QUESTION_DIALOG, GtkWindow)

#define MP_TYPE_END_PAIRING_DIALOG (mp_end_pairing_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MpEndPairingDialog, mp_end_pairing_dialog, MP, END_PAIRING_DIALOG, GtkWindow)

#define MP_TYPE_FOLLOW_UP_DIALOG (mp_follow_up_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MpFollowUpDialog, mp_follow_up_dialog, MP, FOLLOW_UP_DIALOG, GtkWindow)

#define MP_TYPE_CLOSED_DAYS_DIALOG (mp_closed_days_dialog_get_type ())
G_DECLARE_FINAL_TYPE (MpClosedDaysDialog, mp_closed_days_dialog, MP, CLOSED_DAYS_DIALOG, GtkWindow)

GtkWindow *mp_department_dialog_new  (GtkWindow          *parent,
                                      MpStore            *store,
                                      MpDepartment       *department);
GtkWindow *mp_question_dialog_new    (GtkWindow          *parent,
                                      MpStore            *store,
                                      MpQuestion         *question);
GtkWindow *mp_end_pairing_dialog_new (GtkWindow          *parent,
                                      MpStore            *store,
                                      MpMentorship       *mentorship);
GtkWindow *mp_follow_up_dialog_new   (GtkWindow          *parent,
                                      MpStore            *store,
                                      MpActivityProgress *progress);
GtkWindow *mp_closed_days_dialog_new (GtkWindow          *parent,
                                      MpStore            *store);

/* Shared by the HR forms */
gboolean   mp_hr_is_email            (const char         *text);
gboolean   mp_hr_is_phone            (const char         *text);
char      *mp_hr_text_view_get_text  (GtkTextView        *view);
void       mp_hr_show_form_error     (GtkLabel           *label,
                                      const GError       *error);

G_END_DECLS
