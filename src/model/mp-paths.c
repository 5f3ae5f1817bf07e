/* mp-paths.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-paths"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "mp-paths.h"
#include "mp-sqlite.h"

/* SQLite's companions of a database file; the main file moves after them. */
static const char * const companions[] = { "-journal", "-wal", "-shm" };

/**
 * mp_paths_get_default_shared_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/com.alliancelibrarysystem.Mentoring/shared/mentoring.sqlite`
 */
char *
mp_paths_get_default_shared_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID_BASE, "shared", "mentoring.sqlite", NULL);
}

/**
 * mp_paths_get_old_shared_path:
 *
 * Returns: (transfer full): where earlier builds kept the shared file, beside the private
 *   notes: `$XDG_DATA_HOME/com.alliancelibrarysystem.Mentoring/mentoring.sqlite`
 */
char *
mp_paths_get_old_shared_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID_BASE, "mentoring.sqlite", NULL);
}

/* Whether another process holds a lock on @path (SQLite's locks: on the database file in
 * rollback-journal mode, on the -shm file for as long as a WAL connection is open). */
static gboolean
is_locked (const char *path)
{
  struct flock lock = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 0 };
  int fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);
  gboolean locked;

  if (fd < 0)
    return FALSE;

  locked = fcntl (fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
  close (fd);

  return locked;
}

static gboolean
move_file (const char  *from,
           const char  *to,
           GError     **error)
{
  if (g_rename (from, to) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not move the database “%s” to “%s”: %s"), from, to, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/**
 * mp_paths_move_database:
 * @from: a database file (with its -journal, -wal and -shm, when there are)
 * @to: where it goes (its folder is created, mode 0700)
 * @error: G_IO_ERROR
 *
 * Moves a database that nothing has open to @to, companions first and the main file last, so
 * that a move cut short is finished by the next call and a committed change waiting in the
 * -wal or a journal to roll back never parts from its file. Does nothing when @to already
 * exists (it wins: @from stays) or @from does not. Refuses (%G_IO_ERROR_BUSY) while another
 * process has @from open through SQLite.
 *
 * Returns: %TRUE when there is nothing (more) to move
 */
gboolean
mp_paths_move_database (const char  *from,
                        const char  *to,
                        GError     **error)
{
  g_autofree char *folder = NULL;
  GStatBuf st;

  g_return_val_if_fail (from != NULL, FALSE);
  g_return_val_if_fail (to != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_lstat (to, &st) == 0 || g_lstat (from, &st) != 0)
    return TRUE;

  if (is_locked (from))
    goto busy;
  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *companion = g_strconcat (from, companions[i], NULL);

      if (is_locked (companion))
        goto busy;
    }

  folder = g_path_get_dirname (to);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), folder, g_strerror (saved_errno));
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    {
      g_autofree char *companion = g_strconcat (from, companions[i], NULL);
      g_autofree char *target = g_strconcat (to, companions[i], NULL);

      if (g_lstat (companion, &st) == 0 && !move_file (companion, target, error))
        return FALSE;
    }

  if (!move_file (from, to, error))
    return FALSE;

  g_debug ("Moved the database %s to %s", from, to);

  return TRUE;

busy:
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY,
               _("The database “%s” is open in another program: close it, then start Mentoring again "
                 "so that the database can move to “%s”."), from, to);
  return FALSE;
}

/**
 * mp_paths_is_same_file:
 *
 * Returns: whether @a and @b name one file: the same name once canonical, or (both there)
 *   the same file by another name (a link, a bind mount)
 */
gboolean
mp_paths_is_same_file (const char *a,
                       const char *b)
{
  g_autofree char *canonical_a = g_canonicalize_filename (a, NULL);
  g_autofree char *canonical_b = g_canonicalize_filename (b, NULL);
  GStatBuf st_a, st_b;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (g_strcmp0 (canonical_a, canonical_b) == 0)
    return TRUE;

  return g_stat (a, &st_a) == 0 && g_stat (b, &st_b) == 0 &&
         st_a.st_dev == st_b.st_dev && st_a.st_ino == st_b.st_ino;
}

/**
 * mp_paths_get_output_target:
 * @direct: (out): whether to write into the target as it is (a device such as /dev/null, a
 *   pipe) rather than replace it with a file written beside it
 *
 * Where writing @path should go: a symbolic link's target (the link stays a link), and for
 * what is no regular file, the thing itself: replacing /dev/null by a file, as root, would be
 * worse than any error.
 *
 * Returns: (transfer full): the path to write
 */
char *
mp_paths_get_output_target (const char *path,
                            gboolean   *direct)
{
  char *target = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (direct != NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      char *resolved = realpath (path, NULL);

      if (resolved != NULL)
        {
          target = g_strdup (resolved);
          free (resolved);
        }
      else
        {
          /* A link to a file not there yet: the file is made where it points */
          g_autofree char *link = g_file_read_link (path, NULL);
          g_autofree char *folder = g_path_get_dirname (path);

          if (link != NULL)
            target = g_path_is_absolute (link) ? g_strdup (link) : g_build_filename (folder, link, NULL);
        }
    }
  if (target == NULL)
    target = g_strdup (path);

  *direct = g_file_test (target, G_FILE_TEST_EXISTS) && !g_file_test (target, G_FILE_TEST_IS_REGULAR);

  return target;
}

/**
 * mp_paths_read_start:
 * @path: a regular file, maybe a database this process has open
 * @buffer: (out caller-allocates) (array length=size): its first bytes
 * @size: how many to read at most
 * @length: (out): how many were read
 *
 * Reads the start of a file through SQLite's own file layer, not open () and close ():
 * closing any descriptor of a file drops every POSIX lock the process holds on it, and
 * SQLite locks a database with them. Had the app looked at its own database so (the header
 * of a file it opens twice, a file chosen to write over), another process closing that
 * database would find it unlocked and delete the -wal under the app's connection: what the
 * app saved after would reach nobody. SQLite keeps such a descriptor open until its
 * connections let go of the file.
 *
 * Returns: %FALSE with errno set when the file cannot be read
 */
gboolean
mp_paths_read_start (const char *path,
                     guint8     *buffer,
                     gsize       size,
                     gsize      *length)
{
  sqlite3_vfs *vfs = NULL;
  g_autofree sqlite3_file *file = NULL;
  g_autofree char *full_path = NULL;
  sqlite3_int64 file_size = 0;
  int flags = 0;
  int rc;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (buffer != NULL && size <= G_MAXINT, FALSE);
  g_return_val_if_fail (length != NULL, FALSE);

  *length = 0;
  mp_sqlite_init ();
  vfs = sqlite3_vfs_find (NULL);
  /* (errno as open () would set it: SQLite says only that it could not) */
  if (vfs == NULL || g_access (path, R_OK) != 0)
    return FALSE;

  full_path = g_malloc0 ((gsize) vfs->mxPathname + 1);
  if (vfs->xFullPathname (vfs, path, vfs->mxPathname + 1, full_path) != SQLITE_OK)
    {
      errno = ENAMETOOLONG;
      return FALSE;
    }

  file = g_malloc0 ((gsize) vfs->szOsFile);
  rc = vfs->xOpen (vfs, full_path, file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &flags);
  if (rc != SQLITE_OK)
    {
      if (file->pMethods != NULL)
        file->pMethods->xClose (file);
      errno = EIO;
      return FALSE;
    }

  memset (buffer, 0, size);
  rc = file->pMethods->xFileSize (file, &file_size);
  if (rc == SQLITE_OK && file_size > 0)
    rc = file->pMethods->xRead (file, buffer, (int) MIN ((sqlite3_int64) size, file_size), 0);
  file->pMethods->xClose (file);
  if (rc != SQLITE_OK)
    {
      errno = EIO;
      return FALSE;
    }

  *length = (gsize) MIN ((sqlite3_int64) size, file_size);

  return TRUE;
}

static gboolean
starts_as_sqlite (const char *path)
{
  static const char header[16] = "SQLite format 3";  /* and its NUL */
  guint8 start[sizeof header];
  gsize length = 0;

  return g_file_test (path, G_FILE_TEST_IS_REGULAR) &&
         mp_paths_read_start (path, start, sizeof start, &length) &&
         length == sizeof start && memcmp (start, header, sizeof header) == 0;
}

/**
 * mp_paths_is_database_file:
 * @path: a file
 *
 * Returns: whether @path is a regular file that starts as every SQLite database does (a
 *   database of Mentoring's: the one open, your private notes, a demo's, a copy kept; or
 *   anyone's), or one of the files SQLite keeps beside such a database while it is open
 *   (NAME-journal, NAME-wal, NAME-shm): writing over one of those loses what it holds
 */
gboolean
mp_paths_is_database_file (const char *path)
{
  static const char * const companions[] = { "-journal", "-wal", "-shm" };

  g_return_val_if_fail (path != NULL, FALSE);

  if (starts_as_sqlite (path))
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (companions); i++)
    if (g_str_has_suffix (path, companions[i]))
      {
        g_autofree char *database = g_strndup (path, strlen (path) - strlen (companions[i]));

        if (starts_as_sqlite (database))
          return TRUE;
      }

  return FALSE;
}

/**
 * mp_paths_check_output:
 * @path: a file to write, as the person gave it
 *
 * Whether @path can be written, as far as can be told before writing anything: not a
 * folder, not a database (an export, a print or a calendar written over the shared
 * database or your private notes would destroy them), in a folder that exists and that one
 * may write in (a pipe or a device is written as it is). The command line asks before any
 * of its commands runs, so that an import is not committed for an export that then fails.
 *
 * Returns: %TRUE when it can; else %FALSE with @error saying why in the person's words
 */
gboolean
mp_paths_check_output (const char  *path,
                       GError     **error)
{
  g_autofree char *target = NULL;
  g_autofree char *folder = NULL;
  gboolean direct;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, _("“%s” is a folder: choose a file name in it"), path);
      return FALSE;
    }

  target = mp_paths_get_output_target (path, &direct);
  if (direct)
    return TRUE;

  if (mp_paths_is_database_file (target))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
                   /* Translators: %s is a file */
                   _("“%s” is a database: write to another file"), path);
      return FALSE;
    }

  folder = g_path_get_dirname (target);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, _("The folder “%s” does not exist"), folder);
      return FALSE;
    }
  if (g_access (folder, W_OK) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ACCES, _("You cannot write in the folder “%s”"), folder);
      return FALSE;
    }

  return TRUE;
}

/**
 * mp_paths_write_private_file:
 * @path: the file the person chose
 * @length: of @data, or -1 when it ends with a NUL
 *
 * Writes @data to @path whole or not at all, readable by its owner only (an export, a
 * calendar: who meets whom, when). GLib's messages name its temporary file or its calls
 * ("g_rename() failed"): the errors say what the person chose instead.
 */
gboolean
mp_paths_write_private_file (const char  *path,
                             const char  *data,
                             gssize       length,
                             GError     **error)
{
  g_autoptr(GError) write_error = NULL;
  g_autofree char *target = NULL;
  gboolean direct;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (!mp_paths_check_output (path, error))
    return FALSE;

  target = mp_paths_get_output_target (path, &direct);
  if (direct)
    {
      int fd = g_open (target, O_WRONLY | O_CLOEXEC, 0);
      gsize size = length < 0 ? strlen (data) : (gsize) length;
      gsize done = 0;
      int saved_errno = 0;

      while (fd >= 0 && done < size)
        {
          gssize n = write (fd, data + done, size - done);

          if (n < 0 && errno == EINTR)
            continue;
          if (n <= 0)
            {
              saved_errno = n < 0 ? errno : EIO;
              break;
            }
          done += (gsize) n;
        }
      if (fd < 0)
        saved_errno = errno;
      else if (close (fd) != 0 && saved_errno == 0)
        saved_errno = errno;
      if (saved_errno == 0)
        return TRUE;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   /* Translators: %s is a file name, then why it could not be written */
                   _("Could not write “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  if (g_file_set_contents_full (target, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &write_error))
    return TRUE;

  /* (the folder gone or made read-only meanwhile: said as before writing) */
  if (mp_paths_check_output (path, error))
    g_propagate_error (error, g_steal_pointer (&write_error));

  return FALSE;
}
