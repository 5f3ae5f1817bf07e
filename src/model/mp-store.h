/* mp-store.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MP_STORE_ERROR (mp_store_error_quark ())

typedef enum
{
  MP_STORE_ERROR_NOT_FOUND,
  MP_STORE_ERROR_CONSTRAINT,
  MP_STORE_ERROR_BUSY,
  MP_STORE_ERROR_READ_ONLY,
  MP_STORE_ERROR_NEWER_VERSION,
  MP_STORE_ERROR_CORRUPT,
  MP_STORE_ERROR_IO,
  MP_STORE_ERROR_INVALID,
} MpStoreError;

#define MP_TYPE_STORE (mp_store_get_type ())

G_DECLARE_FINAL_TYPE (MpStore, mp_store, MP, STORE, GObject)

GQuark       mp_store_error_quark (void);

MpStore     *mp_store_open        (const char  *shared_path,
                                   const char  *private_path,
                                   GError     **error);
const char  *mp_store_get_path    (MpStore     *self);

G_END_DECLS
