/* mp-onboarding-window-private.h: what the tests reach inside the onboarding view
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mp-onboarding-window.h"

G_BEGIN_DECLS

/* Template children are reached with gtk_widget_get_template_child (); these are the rest.
 * _mp_onboarding_window_save_calendar_to () is what accepting the "Add to my calendar"
 * chooser does with the file chosen (a test cannot pick a file in GTK's file chooser). */
MpMentorship   *_mp_onboarding_window_get_mentorship       (MpOnboardingWindow *self);
MpMeeting      *_mp_onboarding_window_get_next_meeting     (MpOnboardingWindow *self);
GtkFileChooser *_mp_onboarding_window_get_calendar_chooser (MpOnboardingWindow *self);
gboolean        _mp_onboarding_window_save_calendar_to     (MpOnboardingWindow *self,
                                                            GFile              *file);
void            _mp_onboarding_window_update_now           (MpOnboardingWindow *self);

G_END_DECLS
