/* mp-store-private.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "mp-store.h"

G_BEGIN_DECLS

/* For tests, the benchmark and the fuzzers only: the store's own connection (e.g. to set
 * PRAGMA max_page_count and simulate a full disk). Never used by the windows. */
sqlite3 *_mp_store_get_connection (MpStore *self);

/* For tests only: whether the progress rows read at opening still wait for their first
 * mp_store_foreach_progress_rows () (nothing changed since). */
gboolean  _mp_store_has_preread_progress (MpStore *self);

G_END_DECLS
