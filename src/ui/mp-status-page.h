/* mp-status-page.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MP_TYPE_STATUS_PAGE (mp_status_page_get_type ())

G_DECLARE_FINAL_TYPE (MpStatusPage, mp_status_page, MP, STATUS_PAGE, GtkWidget)

void        mp_status_page_set_title       (MpStatusPage *self,
                                            const char   *title);
const char *mp_status_page_get_title       (MpStatusPage *self);
void        mp_status_page_set_description (MpStatusPage *self,
                                            const char   *description);
const char *mp_status_page_get_description (MpStatusPage *self);
void        mp_status_page_set_icon_name   (MpStatusPage *self,
                                            const char   *icon_name);

G_END_DECLS
