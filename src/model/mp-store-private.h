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

/* For demo databases and the benchmark's: a published key for everyone with a login, its
 * secret half kept in the private database (a demo's, where one computer acts as everyone)
 * or dropped (the benchmark's). */
gboolean  mp_store_publish_keys_for_everyone (MpStore     *self,
                                              gboolean     keep_secrets,
                                              GError     **error);
gboolean  mp_store_publish_key_for_login     (MpStore     *self,
                                              const char  *login,
                                              gboolean     keep_secret,
                                              GError     **error);

G_END_DECLS
