/* mp-ui-private.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MP_UI_PATH "/com/alliancelibrarysystem/Mentoring/ui/"

G_END_DECLS
