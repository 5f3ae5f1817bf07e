/* mp-onboarding-window.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mp-window.h"

G_BEGIN_DECLS

#define MP_TYPE_ONBOARDING_WINDOW (mp_onboarding_window_get_type ())

G_DECLARE_FINAL_TYPE (MpOnboardingWindow, mp_onboarding_window, MP, ONBOARDING_WINDOW, MpWindow)

MpOnboardingWindow *mp_onboarding_window_new (GtkApplication *application,
                                              MpStore        *store);

G_END_DECLS
