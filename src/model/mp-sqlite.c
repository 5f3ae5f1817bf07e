/* mp-sqlite.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-sqlite"

#include "config.h"

#include <sqlite3.h>

#include "mp-sqlite.h"

/* SQLite locks a database with POSIX locks, and a process loses every one of those it holds
 * on a file when it closes any descriptor of that file. SQLite's unix layer knows: closing a
 * connection's file, it keeps the descriptor open while another connection of the process
 * holds a lock on it. But it decides that under one mutex and closes under another, so a
 * lock another thread's connection takes in between is dropped by the close () (on a
 * database in rollback-journal mode, as on a network share, a connection takes its locks
 * anew for each read). The lock's owner goes on as if it held it: another computer may then
 * write the file under a read, or under a write.
 *
 * The app has more than one connection to a file at a time: the HR window's import and
 * export work on a store of their own, on a thread; each store's integrity check reads the
 * file on a thread while the store opens. So the default VFS is this one: SQLite's own, with
 * a file's opening and closing and each lock it takes done under one mutex of the process
 * (xLock () never waits: this SQLite is built without SQLITE_ENABLE_SETLK_TIMEOUT). */

typedef struct
{
  sqlite3_file  base;
  sqlite3_file *real;  /* the default VFS's file, allocated right after this */
} MpFile;

G_STATIC_ASSERT (sizeof (MpFile) % sizeof (void *) == 0);

static sqlite3_vfs *real_vfs;
static GMutex lock_mutex;

#define REAL(file) (((MpFile *) (file))->real)

static int
mp_file_close (sqlite3_file *file)
{
  int rc;

  g_mutex_lock (&lock_mutex);
  rc = REAL (file)->pMethods->xClose (REAL (file));
  g_mutex_unlock (&lock_mutex);

  return rc;
}

static int
mp_file_lock (sqlite3_file *file,
              int           level)
{
  int rc;

  g_mutex_lock (&lock_mutex);
  rc = REAL (file)->pMethods->xLock (REAL (file), level);
  g_mutex_unlock (&lock_mutex);

  return rc;
}

static int
mp_file_read (sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
  return REAL (file)->pMethods->xRead (REAL (file), buffer, amount, offset);
}

static int
mp_file_write (sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
  return REAL (file)->pMethods->xWrite (REAL (file), buffer, amount, offset);
}

static int
mp_file_truncate (sqlite3_file *file, sqlite3_int64 size)
{
  return REAL (file)->pMethods->xTruncate (REAL (file), size);
}

static int
mp_file_sync (sqlite3_file *file, int flags)
{
  return REAL (file)->pMethods->xSync (REAL (file), flags);
}

static int
mp_file_size (sqlite3_file *file, sqlite3_int64 *size)
{
  return REAL (file)->pMethods->xFileSize (REAL (file), size);
}

static int
mp_file_unlock (sqlite3_file *file, int level)
{
  return REAL (file)->pMethods->xUnlock (REAL (file), level);
}

static int
mp_file_check_reserved_lock (sqlite3_file *file, int *reserved)
{
  return REAL (file)->pMethods->xCheckReservedLock (REAL (file), reserved);
}

static int
mp_file_control (sqlite3_file *file, int op, void *arg)
{
  return REAL (file)->pMethods->xFileControl (REAL (file), op, arg);
}

static int
mp_file_sector_size (sqlite3_file *file)
{
  return REAL (file)->pMethods->xSectorSize (REAL (file));
}

static int
mp_file_device_characteristics (sqlite3_file *file)
{
  return REAL (file)->pMethods->xDeviceCharacteristics (REAL (file));
}

static int
mp_file_shm_map (sqlite3_file *file, int region, int size, int extend, void volatile **memory)
{
  return REAL (file)->pMethods->xShmMap (REAL (file), region, size, extend, memory);
}

static int
mp_file_shm_lock (sqlite3_file *file, int offset, int n, int flags)
{
  return REAL (file)->pMethods->xShmLock (REAL (file), offset, n, flags);
}

static void
mp_file_shm_barrier (sqlite3_file *file)
{
  REAL (file)->pMethods->xShmBarrier (REAL (file));
}

static int
mp_file_shm_unmap (sqlite3_file *file, int delete_flag)
{
  return REAL (file)->pMethods->xShmUnmap (REAL (file), delete_flag);
}

static int
mp_file_fetch (sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
{
  return REAL (file)->pMethods->xFetch (REAL (file), offset, amount, pointer);
}

static int
mp_file_unfetch (sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
  return REAL (file)->pMethods->xUnfetch (REAL (file), offset, pointer);
}

/* One table per version of the methods a file of the default VFS may have: SQLite calls a
 * method only when the version has it. */
#define MP_IO_METHODS(version) \
  { \
    version, \
    mp_file_close, mp_file_read, mp_file_write, mp_file_truncate, mp_file_sync, mp_file_size, \
    mp_file_lock, mp_file_unlock, mp_file_check_reserved_lock, mp_file_control, mp_file_sector_size, \
    mp_file_device_characteristics, \
    mp_file_shm_map, mp_file_shm_lock, mp_file_shm_barrier, mp_file_shm_unmap, \
    mp_file_fetch, mp_file_unfetch, \
  }

static const sqlite3_io_methods io_methods[] = {
  MP_IO_METHODS (1),
  MP_IO_METHODS (2),
  MP_IO_METHODS (3),
};

static int
mp_vfs_open (sqlite3_vfs      *vfs,
             sqlite3_filename  name,
             sqlite3_file     *file,
             int               flags,
             int              *out_flags)
{
  MpFile *self = (MpFile *) file;
  int rc;

  self->real = (sqlite3_file *) &self[1];
  self->real->pMethods = NULL;
  /* (a file that fails to open after its descriptor was made, on a failed fstat (), closes
   * that descriptor at once) */
  g_mutex_lock (&lock_mutex);
  rc = real_vfs->xOpen (real_vfs, name, self->real, flags, out_flags);
  g_mutex_unlock (&lock_mutex);
  /* SQLite calls xClose () whenever pMethods is set, even after an error */
  if (self->real->pMethods == NULL)
    self->base.pMethods = NULL;
  else
    self->base.pMethods = &io_methods[CLAMP (self->real->pMethods->iVersion, 1, 3) - 1];

  return rc;
}

static int
mp_vfs_delete (sqlite3_vfs *vfs, const char *name, int sync_dir)
{
  return real_vfs->xDelete (real_vfs, name, sync_dir);
}

static int
mp_vfs_access (sqlite3_vfs *vfs, const char *name, int flags, int *result)
{
  return real_vfs->xAccess (real_vfs, name, flags, result);
}

static int
mp_vfs_full_pathname (sqlite3_vfs *vfs, const char *name, int size, char *out)
{
  return real_vfs->xFullPathname (real_vfs, name, size, out);
}

static void *
mp_vfs_dl_open (sqlite3_vfs *vfs, const char *name)
{
  return real_vfs->xDlOpen (real_vfs, name);
}

static void
mp_vfs_dl_error (sqlite3_vfs *vfs, int size, char *message)
{
  real_vfs->xDlError (real_vfs, size, message);
}

static void (*mp_vfs_dl_sym (sqlite3_vfs *vfs, void *handle, const char *symbol)) (void)
{
  return real_vfs->xDlSym (real_vfs, handle, symbol);
}

static void
mp_vfs_dl_close (sqlite3_vfs *vfs, void *handle)
{
  real_vfs->xDlClose (real_vfs, handle);
}

static int
mp_vfs_randomness (sqlite3_vfs *vfs, int size, char *out)
{
  return real_vfs->xRandomness (real_vfs, size, out);
}

static int
mp_vfs_sleep (sqlite3_vfs *vfs, int microseconds)
{
  return real_vfs->xSleep (real_vfs, microseconds);
}

static int
mp_vfs_current_time (sqlite3_vfs *vfs, double *now)
{
  return real_vfs->xCurrentTime (real_vfs, now);
}

static int
mp_vfs_get_last_error (sqlite3_vfs *vfs, int size, char *message)
{
  return real_vfs->xGetLastError != NULL ? real_vfs->xGetLastError (real_vfs, size, message) : 0;
}

static int
mp_vfs_current_time_int64 (sqlite3_vfs *vfs, sqlite3_int64 *now)
{
  return real_vfs->xCurrentTimeInt64 (real_vfs, now);
}

static sqlite3_vfs mentoring_vfs = {
  .iVersion = 2,
  .zName = "mentoring",
  .xOpen = mp_vfs_open,
  .xDelete = mp_vfs_delete,
  .xAccess = mp_vfs_access,
  .xFullPathname = mp_vfs_full_pathname,
  .xDlOpen = mp_vfs_dl_open,
  .xDlError = mp_vfs_dl_error,
  .xDlSym = mp_vfs_dl_sym,
  .xDlClose = mp_vfs_dl_close,
  .xRandomness = mp_vfs_randomness,
  .xSleep = mp_vfs_sleep,
  .xCurrentTime = mp_vfs_current_time,
  .xGetLastError = mp_vfs_get_last_error,
  .xCurrentTimeInt64 = mp_vfs_current_time_int64,
};

/**
 * mp_sqlite_init:
 *
 * Makes the app's VFS SQLite's default, once: SQLite's own, except that a connection closing
 * its file never drops a lock another connection of the process took at the same time.
 * Called before the model's first connection (each store, each look at a file); a
 * connection opened before it would not be covered.
 */
void
mp_sqlite_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      real_vfs = sqlite3_vfs_find (NULL);
      if (real_vfs == NULL || real_vfs->iVersion < 2)
        g_error ("SQLite has no file layer to build on");
      mentoring_vfs.szOsFile = (int) sizeof (MpFile) + real_vfs->szOsFile;
      mentoring_vfs.mxPathname = real_vfs->mxPathname;
      mentoring_vfs.pAppData = real_vfs;
      if (sqlite3_vfs_register (&mentoring_vfs, 1) != SQLITE_OK)
        g_error ("Could not register SQLite's file layer");
      g_once_init_leave (&done, 1);
    }
}
