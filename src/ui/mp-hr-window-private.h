/* mp-hr-window-private.h: what the tests reach inside the HR overview
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mp-hr-window.h"

G_BEGIN_DECLS

/* The Follow-ups, Staff, Directory and Evaluation pages, and the pages the pairings table
 * gives way to ("empty", "no-match"), are built the first time they are shown or needed, or
 * just after the window's first frame: their widgets are not template children.
 * _mp_hr_window_get_child () finds a template child or a page's widget by its id, building
 * its page if needed. */
GObject  *_mp_hr_window_get_child       (MpHrWindow *self,
                                         const char *name);
gboolean  _mp_hr_window_is_page_built   (MpHrWindow *self,
                                         const char *name);

/* Import and Export run on a thread of their own: until one has stopped,
 * _mp_hr_window_is_working (). Its progress window comes after a moment
 * (_mp_hr_window_set_progress_delay (): 0 shows it at once); a file that would change
 * records asks first (_mp_hr_window_get_import_question ()). */
gboolean   _mp_hr_window_is_working                (MpHrWindow *self);
GtkWindow *_mp_hr_window_get_progress_window       (MpHrWindow *self);
GtkWindow *_mp_hr_window_get_import_question       (MpHrWindow *self);
void       _mp_hr_window_set_progress_delay        (MpHrWindow *self,
                                                    guint       milliseconds);

G_END_DECLS
