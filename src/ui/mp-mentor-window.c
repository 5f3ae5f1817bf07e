/* mp-mentor-window.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-mentor-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mp-mentor-window.h"
#include "mp-status-page.h"
#include "mp-ui-private.h"

struct _MpMentorWindow
{
  MpWindow       parent_instance;

  /* Template widgets */
  GtkMenuButton *primary_menu_button;
  MpStatusPage  *status_page;
};

G_DEFINE_FINAL_TYPE (MpMentorWindow, mp_mentor_window, MP_TYPE_WINDOW)

static void
mp_mentor_window_constructed (GObject *object)
{
  MpMentorWindow *self = (MpMentorWindow *)object;

  G_OBJECT_CLASS (mp_mentor_window_parent_class)->constructed (object);

  mp_window_setup_primary_menu (MP_WINDOW (self), self->primary_menu_button);
}

static void
mp_mentor_window_class_init (MpMentorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mp_mentor_window_constructed;

  MP_WINDOW_CLASS (klass)->state_key = "mentor-window";

  g_type_ensure (MP_TYPE_STATUS_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, MP_UI_PATH "mp-mentor-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, MpMentorWindow, status_page);
}

static void
mp_mentor_window_init (MpMentorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

MpMentorWindow *
mp_mentor_window_new (GtkApplication *application,
                      MpStore        *store)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  return g_object_new (MP_TYPE_MENTOR_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}
