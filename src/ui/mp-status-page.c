/* mp-status-page.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-status-page"

#include "config.h"

#include "mp-status-page.h"
#include "mp-ui-private.h"

/* An empty state: an icon, a title and a sentence saying what to do next
 * (libadwaita's AdwStatusPage, which we do not depend on). */

struct _MpStatusPage
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkWidget *box;
  GtkImage  *image;
  GtkLabel  *title_label;
  GtkLabel  *description_label;
};

G_DEFINE_FINAL_TYPE (MpStatusPage, mp_status_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_ICON_NAME,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
mp_status_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), MP_TYPE_STATUS_PAGE);

  G_OBJECT_CLASS (mp_status_page_parent_class)->dispose (object);
}

static void
mp_status_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MpStatusPage *self = MP_STATUS_PAGE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, mp_status_page_get_title (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, mp_status_page_get_description (self));
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, gtk_image_get_icon_name (self->image));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_status_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MpStatusPage *self = MP_STATUS_PAGE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      mp_status_page_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      mp_status_page_set_description (self, g_value_get_string (value));
      break;

    case PROP_ICON_NAME:
      mp_status_page_set_icon_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_status_page_class_init (MpStatusPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mp_status_page_dispose;
  object_class->get_property = mp_status_page_get_property;
  object_class->set_property = mp_status_page_set_property;

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, MP_UI_PATH "mp-status-page.ui");
  gtk_widget_class_bind_template_child (widget_class, MpStatusPage, box);
  gtk_widget_class_bind_template_child (widget_class, MpStatusPage, image);
  gtk_widget_class_bind_template_child (widget_class, MpStatusPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, MpStatusPage, description_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "statuspage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mp_status_page_init (MpStatusPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

const char *
mp_status_page_get_title (MpStatusPage *self)
{
  g_return_val_if_fail (MP_IS_STATUS_PAGE (self), NULL);

  return gtk_label_get_label (self->title_label);
}

void
mp_status_page_set_title (MpStatusPage *self,
                          const char   *title)
{
  g_return_if_fail (MP_IS_STATUS_PAGE (self));

  if (g_strcmp0 (title, gtk_label_get_label (self->title_label)) == 0)
    return;

  gtk_label_set_label (self->title_label, title ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), title != NULL && *title != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title ? title : "", -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

const char *
mp_status_page_get_description (MpStatusPage *self)
{
  g_return_val_if_fail (MP_IS_STATUS_PAGE (self), NULL);

  return gtk_label_get_label (self->description_label);
}

void
mp_status_page_set_description (MpStatusPage *self,
                                const char   *description)
{
  g_return_if_fail (MP_IS_STATUS_PAGE (self));

  if (g_strcmp0 (description, gtk_label_get_label (self->description_label)) == 0)
    return;

  gtk_label_set_label (self->description_label, description ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL && *description != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description ? description : "", -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DESCRIPTION]);
}

void
mp_status_page_set_icon_name (MpStatusPage *self,
                              const char   *icon_name)
{
  g_return_if_fail (MP_IS_STATUS_PAGE (self));

  if (g_strcmp0 (icon_name, gtk_image_get_icon_name (self->image)) == 0)
    return;

  gtk_image_set_from_icon_name (self->image, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->image), icon_name != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ICON_NAME]);
}
