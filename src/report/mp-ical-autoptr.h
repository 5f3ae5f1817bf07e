/* mp-ical-autoptr.h: g_autoptr() for the libical-glib types we use
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libical-glib/libical-glib.h>

/* libical-glib 3.0 (Debian 12) declares no autoptr cleanups; its types are GObjects. */
#ifndef I_CAL_HAS_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ICalComponent, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ICalTime, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ICalProperty, g_object_unref)
#endif
