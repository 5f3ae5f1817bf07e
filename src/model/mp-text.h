/* mp-text.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the store and the windows agree a text is: mp_text_is_blank () for a text that shows
 * nothing (the store refuses such a name; a window keeps Save off for it). */

gboolean  mp_text_is_blank  (const char  *text);

G_END_DECLS
