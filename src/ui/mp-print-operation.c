/* mp-print-operation.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-print-operation"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <glib/gi18n.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mp-paths.h"
#include "mp-print-operation.h"

#define SETTINGS_GROUP "Print Settings"
#define PAGE_SETUP_GROUP "Page Setup"

struct _MpPrintOperation
{
  GtkPrintOperation  parent_instance;

  /* Owned */
  MpReport          *report;
  GError            *refusal;
  char              *output_path;  /* the file "Print to File" writes, once checked */
  gboolean           previewing;   /* Preview pressed: nothing is written */
  gboolean           sending;      /* the job is being written (a reference held meanwhile) */
  gboolean           made_output;  /* output_path was made (empty) here, not there before */
  int                output_mode;  /* else the permissions it had, -1 when left as they were */
};

G_DEFINE_FINAL_TYPE (MpPrintOperation, mp_print_operation, GTK_TYPE_PRINT_OPERATION)

enum {
  PROP_0,
  PROP_REPORT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
load_settings (MpPrintOperation *self)
{
  g_autofree char *path = mp_print_operation_get_settings_path ();
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error))
    {
      if (!g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        g_debug ("Could not read the print settings “%s”: %s", path, error->message);
      return;
    }

  if (g_key_file_has_group (key_file, SETTINGS_GROUP))
    {
      g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new_from_key_file (key_file, SETTINGS_GROUP, &error);

      if (settings != NULL)
        gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), settings);
      else
        g_debug ("Ignoring the saved print settings: %s", error->message);
      g_clear_error (&error);
    }

  if (g_key_file_has_group (key_file, PAGE_SETUP_GROUP))
    {
      g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new_from_key_file (key_file, PAGE_SETUP_GROUP, &error);

      if (page_setup != NULL)
        gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), page_setup);
      else
        g_debug ("Ignoring the saved page setup: %s", error->message);
    }
}

static void
save_settings (MpPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  GtkPageSetup *page_setup = gtk_print_operation_get_default_page_setup (operation);
  g_autofree char *path = mp_print_operation_get_settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  if (settings != NULL)
    gtk_print_settings_to_key_file (settings, key_file, SETTINGS_GROUP);
  if (page_setup != NULL)
    gtk_page_setup_to_key_file (page_setup, key_file, PAGE_SETUP_GROUP);

  if (g_mkdir_with_parents (dir, 0700) != 0 || !g_key_file_save_to_file (key_file, path, &error))
    /* Not worth troubling the user with: the next print starts from defaults. */
    g_debug ("Could not save the print settings to “%s”: %s", path,
             error != NULL ? error->message : g_strerror (errno));
}

/* The file the print dialog's "Print to File" writes (GTK's file backend puts it in the
 * settings it hands over), checked as the app's own exports are: GTK would replace a database
 * by the printout. TRUE when there is none or it may be written; else FALSE, @error saying why. */
static gboolean
check_output_file (MpPrintOperation  *self,
                   char             **output_path,
                   GError           **error)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (self));
  const char *uri = settings != NULL ? gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI) : NULL;
  g_autofree char *export_path = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  /* An export writes its own file, checked by whoever chose it (the URI may be left from an
   * earlier print to a file, in the saved settings) */
  g_object_get (self, "export-filename", &export_path, NULL);
  if (uri == NULL || export_path != NULL)
    return TRUE;

  /* (a folder shared over the network has a path too, when GIO mounts it as a file system;
   * an address with none is no file SQLite could have open) */
  file = g_file_new_for_uri (uri);
  path = g_file_get_path (file);
  if (path == NULL)
    return TRUE;
  if (!mp_paths_check_output (path, error))
    return FALSE;

  *output_path = g_steal_pointer (&path);

  return TRUE;
}

/* Makes the file "Print to File" will write readable by its owner only before GTK writes a
 * byte of it: GLib's g_file_replace () (GTK's file backend) keeps the mode of the file it
 * replaces, so one made empty here, or one there already made private, stays private from
 * its first byte. A pipe or a device is left as it is.
 *
 * A file of someone else's there (already, or made meanwhile) is refused, FALSE and @error:
 * GLib cannot give its replacement another user's name, so it writes into such a file in
 * place, and its owner (or whoever its mode lets in) could read the printout. */
static gboolean
prepare_output_file (MpPrintOperation  *self,
                     GError           **error)
{
  g_autofree char *target = NULL;
  gboolean direct;
  GStatBuf st;
  int fd;

  self->made_output = FALSE;
  self->output_mode = -1;
  target = mp_paths_get_output_target (self->output_path, &direct);
  if (direct)
    return TRUE;

  fd = g_open (target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0)
    {
      self->made_output = TRUE;
      g_close (fd, NULL);
      return TRUE;
    }

  if (errno != EEXIST || g_stat (target, &st) != 0)
    /* GTK says what is wrong when it writes */
    return TRUE;

  if (st.st_uid != geteuid ())
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_PERM,
                   /* Translators: %s is a file */
                   _("“%s” belongs to someone else, who could read the printout: print to a file of your own"),
                   self->output_path);
      return FALSE;
    }

  if ((st.st_mode & 0077) != 0)
    {
      if (g_chmod (target, 0600) == 0)
        self->output_mode = (int) (st.st_mode & 07777);
      else
        /* the mode is set again once GTK has written it */
        g_debug ("Could not make “%s” readable by its owner only: %s", target, g_strerror (errno));
    }

  return TRUE;
}

/* Nothing was printed after all (cancelled before the job was sent, or GTK could not send
 * it): the empty file made for it goes, and a file there already gets its permissions back
 * (when nothing was sent), so nothing is left changed by a print that did not happen. */
static void
undo_prepare_output_file (MpPrintOperation *self,
                          gboolean          sent)
{
  g_autofree char *target = NULL;
  gboolean direct;
  GStatBuf st;

  if (self->output_path == NULL || (!self->made_output && self->output_mode < 0))
    return;

  target = mp_paths_get_output_target (self->output_path, &direct);
  if (!direct && g_lstat (target, &st) == 0 && S_ISREG (st.st_mode))
    {
      if (self->made_output && st.st_size == 0)
        g_unlink (target);
      else if (self->output_mode >= 0 && !sent)
        g_chmod (target, self->output_mode);
    }
  self->made_output = FALSE;
  self->output_mode = -1;
}

static void
mp_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  MpPrintOperation *self = MP_PRINT_OPERATION (operation);
  PangoContext *pango_context;
  guint n_pages;

  g_clear_error (&self->refusal);
  g_clear_pointer (&self->output_path, g_free);
  self->made_output = FALSE;
  self->output_mode = -1;
  /* (a preview is written to a temporary file of GTK's, whatever the dialog's file) */
  if (!self->previewing && (!check_output_file (self, &self->output_path, &self->refusal) ||
                             (self->output_path != NULL && !prepare_output_file (self, &self->refusal))))
    {
      g_clear_pointer (&self->output_path, g_free);
      gtk_print_operation_cancel (operation);
      return;
    }

  pango_context = gtk_print_context_create_pango_context (context);

  /* Laid out and measured once here; each draw-page then draws only its page. */
  n_pages = mp_report_paginate (self->report, pango_context,
                                gtk_print_context_get_width (context),
                                gtk_print_context_get_height (context));
  g_object_unref (pango_context);
  gtk_print_operation_set_n_pages (operation, (int) n_pages);
}

static void
mp_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  MpPrintOperation *self = MP_PRINT_OPERATION (operation);

  g_return_if_fail (page_nr >= 0);

  mp_report_draw_page (self->report, gtk_print_context_get_cairo_context (context), (guint) page_nr);
}

/* A file printed to is readable by its owner only, as the app's own exports (names, states,
 * HR's notes): made so before it is written (prepare_output_file ()), and again once written,
 * should GLib have had to make a new file of it. GTK's file backend writes it while the job is
 * sent, which goes on after "done" (when the window lets the operation go): the operation
 * keeps itself until the job has finished. A pipe or a device is left as it is. */
static void
mp_print_operation_status_changed (GtkPrintOperation *operation)
{
  MpPrintOperation *self = MP_PRINT_OPERATION (operation);
  GtkPrintStatus status = gtk_print_operation_get_status (operation);
  g_autofree char *target = NULL;
  gboolean direct;

  if (status == GTK_PRINT_STATUS_SENDING_DATA && self->output_path != NULL && !self->sending)
    {
      self->sending = TRUE;
      g_object_ref (self);
      return;
    }

  if (!self->sending || (status != GTK_PRINT_STATUS_FINISHED && status != GTK_PRINT_STATUS_FINISHED_ABORTED))
    return;

  self->sending = FALSE;
  if (status == GTK_PRINT_STATUS_FINISHED_ABORTED)
    undo_prepare_output_file (self, TRUE);
  target = mp_paths_get_output_target (self->output_path, &direct);
  if (status == GTK_PRINT_STATUS_FINISHED && !direct && g_file_test (target, G_FILE_TEST_IS_REGULAR) &&
      g_chmod (target, 0600) != 0)
    g_debug ("Could not make “%s” readable by its owner only: %s", target, g_strerror (errno));
  /* Let go once GTK is done with the status change (its caller still holds the operation) */
  g_idle_add_once (g_object_unref, self);
}

static gboolean
on_preview_cb (GtkPrintOperation        *operation,
               GtkPrintOperationPreview *preview,
               GtkPrintContext          *context,
               GtkWindow                *parent,
               gpointer                  user_data)
{
  MP_PRINT_OPERATION (operation)->previewing = TRUE;

  return FALSE;
}

static void
mp_print_operation_done (GtkPrintOperation       *operation,
                         GtkPrintOperationResult  result)
{
  MpPrintOperation *self = MP_PRINT_OPERATION (operation);

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    save_settings (self);
  else
    undo_prepare_output_file (self, FALSE);
}

static void
mp_print_operation_constructed (GObject *object)
{
  MpPrintOperation *self = (MpPrintOperation *)object;
  g_autofree char *job_name = NULL;

  G_OBJECT_CLASS (mp_print_operation_parent_class)->constructed (object);

  g_return_if_fail (self->report != NULL);

  /* Translators: the print job's name: the application, then what is printed */
  job_name = g_strdup_printf (_("Mentoring — %s"), mp_report_get_title (self->report));
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job_name);
}

static void
mp_print_operation_finalize (GObject *object)
{
  MpPrintOperation *self = (MpPrintOperation *)object;

  g_clear_object (&self->report);
  g_clear_error (&self->refusal);
  g_clear_pointer (&self->output_path, g_free);

  G_OBJECT_CLASS (mp_print_operation_parent_class)->finalize (object);
}

static void
mp_print_operation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MpPrintOperation *self = MP_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_print_operation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  MpPrintOperation *self = MP_PRINT_OPERATION (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      self->report = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_print_operation_class_init (MpPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->constructed = mp_print_operation_constructed;
  object_class->finalize = mp_print_operation_finalize;
  object_class->get_property = mp_print_operation_get_property;
  object_class->set_property = mp_print_operation_set_property;

  operation_class->begin_print = mp_print_operation_begin_print;
  operation_class->draw_page = mp_print_operation_draw_page;
  operation_class->done = mp_print_operation_done;
  operation_class->status_changed = mp_print_operation_status_changed;

  properties [PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL, MP_TYPE_REPORT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_print_operation_init (MpPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);

  self->output_mode = -1;

  /* Points, so a font's size is a cairo unit, as MpReport lays out. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_show_progress (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, FALSE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_track_print_status (operation, FALSE);
  /* Before anyone else's handler (one that shows the preview itself stops the emission) */
  g_signal_connect (self, "preview", G_CALLBACK (on_preview_cb), NULL);

  load_settings (self);
}

/**
 * mp_print_operation_new:
 * @report: what to print
 *
 * Returns: (transfer full): a print operation for @report, with the settings of the
 *   last successful print restored
 */
MpPrintOperation *
mp_print_operation_new (MpReport *report)
{
  g_return_val_if_fail (MP_IS_REPORT (report), NULL);

  return g_object_new (MP_TYPE_PRINT_OPERATION, "report", report, NULL);
}

/**
 * mp_print_operation_suggest_file_name:
 * @name: a file name without its extension, as "progress-summaries-2026-12-01"
 *
 * The file "Print to File" offers when no print went to a file before (GTK would offer
 * "output.pdf" in the folder the app started in): @name, in the user's Documents folder (or
 * home). The last file printed to, which the saved settings remember, is offered instead
 * when there is one.
 */
void
mp_print_operation_suggest_file_name (MpPrintOperation *self,
                                      const char       *name)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  GtkPrintSettings *settings;
  g_autoptr(GtkPrintSettings) fresh = NULL;

  g_return_if_fail (MP_IS_PRINT_OPERATION (self));
  g_return_if_fail (name != NULL);

  settings = gtk_print_operation_get_print_settings (operation);
  if (settings == NULL)
    settings = fresh = gtk_print_settings_new ();

  /* (the last file printed to, which GTK offers again: the settings remember it, and a
   * print over it asks first) */
  if (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI) != NULL)
    return;

  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, name);
  /* (a folder name, not a URI, for GTK 4.8's file printer; it would take the folder the app
   * was started in when there is no Documents folder) */
  if (gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_DIR) == NULL)
    {
      const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

      gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_DIR,
                              documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR) ? documents
                                                                                              : g_get_home_dir ());
    }
  if (fresh != NULL)
    gtk_print_operation_set_print_settings (operation, fresh);
}

/**
 * mp_print_operation_get_report:
 *
 * Returns: (transfer none): the report being printed
 */
MpReport *
mp_print_operation_get_report (MpPrintOperation *self)
{
  g_return_val_if_fail (MP_IS_PRINT_OPERATION (self), NULL);

  return self->report;
}

/**
 * mp_print_operation_get_refusal:
 * @error: set to why the operation refused to print, if it did
 *
 * The print dialog's "Print to File" may name any file; the operation refuses one that
 * cannot be written or must not be (a database: GTK would replace it by the printout), and
 * ends cancelled, nothing written.
 *
 * Returns: %TRUE when the operation refused its file (checked as it begins to print; a
 *   preview writes none)
 */
gboolean
mp_print_operation_get_refusal (MpPrintOperation  *self,
                                GError           **error)
{
  g_return_val_if_fail (MP_IS_PRINT_OPERATION (self), FALSE);

  if (self->refusal == NULL)
    return FALSE;

  if (error != NULL)
    *error = g_error_copy (self->refusal);

  return TRUE;
}

/**
 * mp_print_operation_get_previewed:
 *
 * Returns: whether the print dialog's Preview was pressed (nothing was printed)
 */
gboolean
mp_print_operation_get_previewed (MpPrintOperation *self)
{
  g_return_val_if_fail (MP_IS_PRINT_OPERATION (self), FALSE);

  return self->previewing;
}

/**
 * mp_print_operation_dup_output_path:
 *
 * Returns: (transfer full) (nullable): the file the operation writes: the print dialog's
 *   "Print to File" one once checked as it began, or the export file; %NULL for a printer
 */
char *
mp_print_operation_dup_output_path (MpPrintOperation *self)
{
  char *export_path = NULL;

  g_return_val_if_fail (MP_IS_PRINT_OPERATION (self), NULL);

  if (self->output_path != NULL)
    return g_strdup (self->output_path);

  g_object_get (self, "export-filename", &export_path, NULL);

  return export_path;
}

/**
 * mp_print_operation_get_settings_path:
 *
 * Returns: (transfer full): where the print settings are kept:
 *   g_get_user_data_dir ()/APP_ID/print-settings.ini
 */
char *
mp_print_operation_get_settings_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "print-settings.ini", NULL);
}
