/* mp-store.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "mp-store.h"

/* Minimal store for the application shell: the model issue fills it in. */

struct _MpStore
{
  GObject   parent_instance;

  /* Owned */
  sqlite3  *db;
  char     *path;
};

G_DEFINE_FINAL_TYPE (MpStore, mp_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (mp-store-error-quark, mp_store_error)

static void
mp_store_finalize (GObject *object)
{
  MpStore *self = (MpStore *)object;

  g_clear_pointer (&self->db, sqlite3_close_v2);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (mp_store_parent_class)->finalize (object);
}

static void
mp_store_class_init (MpStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mp_store_finalize;
}

static void
mp_store_init (MpStore *self)
{
}

MpStore *
mp_store_open (const char  *shared_path,
               const char  *private_path,
               GError     **error)
{
  g_autoptr(MpStore) self = NULL;
  int rc;

  g_return_val_if_fail (shared_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (MP_TYPE_STORE, NULL);
  self->path = g_strdup (shared_path);

  rc = sqlite3_open_v2 (shared_path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->db, "PRAGMA quick_check", NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      g_set_error (error, MP_STORE_ERROR, MP_STORE_ERROR_IO,
                   _("Could not open the database “%s”: %s"), shared_path,
                   self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  return g_steal_pointer (&self);
}

const char *
mp_store_get_path (MpStore *self)
{
  g_return_val_if_fail (MP_IS_STORE (self), NULL);

  return self->path;
}
