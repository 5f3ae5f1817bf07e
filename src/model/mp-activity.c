/* mp-activity.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-activity"

#include "config.h"

#include "mp-activity.h"

#include "mp-model-private.h"

struct _MpActivity
{
  GObject   parent_instance;

  gint64    row_id;  /* SQLite row id, see mp-model-private.h */

  /* Owned */
  char     *uuid;
  char     *id;
  char     *title;
  char     *description;

  gboolean  optional;
  gboolean  hr_follow_up;
};

G_DEFINE_FINAL_TYPE (MpActivity, mp_activity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_OPTIONAL,
  PROP_HR_FOLLOW_UP,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
mp_activity_constructed (GObject *object)
{
  MpActivity *self = (MpActivity *)object;

  G_OBJECT_CLASS (mp_activity_parent_class)->constructed (object);

  /* A new record gets a fresh identity; one read back from storage keeps its own. */
  if (self->uuid == NULL || self->uuid[0] == '\0')
    {
      g_free (self->uuid);
      self->uuid = g_uuid_string_random ();
    }
}

static void
mp_activity_finalize (GObject *object)
{
  MpActivity *self = (MpActivity *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (mp_activity_parent_class)->finalize (object);
}

static void
mp_activity_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  MpActivity *self = MP_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_OPTIONAL:
      g_value_set_boolean (value, self->optional);
      break;

    case PROP_HR_FOLLOW_UP:
      g_value_set_boolean (value, self->hr_follow_up);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_activity_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  MpActivity *self = MP_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_free (self->uuid);
      self->uuid = g_value_dup_string (value);
      break;

    case PROP_ID:
      g_free (self->id);
      self->id = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      g_free (self->title);
      self->title = g_value_dup_string (value);
      break;

    case PROP_DESCRIPTION:
      g_free (self->description);
      self->description = g_value_dup_string (value);
      break;

    case PROP_OPTIONAL:
      self->optional = g_value_get_boolean (value);
      break;

    case PROP_HR_FOLLOW_UP:
      self->hr_follow_up = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_activity_class_init (MpActivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mp_activity_constructed;
  object_class->finalize = mp_activity_finalize;
  object_class->get_property = mp_activity_get_property;
  object_class->set_property = mp_activity_set_property;

  properties [PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_OPTIONAL] =
    g_param_spec_boolean ("optional", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_HR_FOLLOW_UP] =
    g_param_spec_boolean ("hr-follow-up", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_activity_init (MpActivity *self)
{
}

MpActivity *
mp_activity_new (const char *id,
                 const char *title,
                 const char *description,
                 gboolean    optional,
                 gboolean    hr_follow_up)
{
  return g_object_new (MP_TYPE_ACTIVITY,
                       "id", id,
                       "title", title,
                       "description", description,
                       "optional", optional,
                       "hr-follow-up", hr_follow_up,
                       NULL);
}

/* A detached copy with the same uuid and row id: the editable draft given to MpStore. */
MpActivity *
mp_activity_copy (MpActivity *self)
{
  MpActivity *copy;

  g_return_val_if_fail (MP_IS_ACTIVITY (self), NULL);

  copy = g_object_new (MP_TYPE_ACTIVITY, "uuid", self->uuid, NULL);
  copy->row_id = self->row_id;
  _mp_activity_assign (copy, self);

  return copy;
}

const char *
mp_activity_get_uuid (MpActivity *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY (self), NULL);

  return self->uuid;
}

const char *
mp_activity_get_id (MpActivity *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY (self), NULL);

  return self->id;
}

const char *
mp_activity_get_title (MpActivity *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY (self), NULL);

  return self->title;
}

const char *
mp_activity_get_description (MpActivity *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY (self), NULL);

  return self->description;
}

gboolean
mp_activity_get_optional (MpActivity *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY (self), FALSE);

  return self->optional;
}

gboolean
mp_activity_get_hr_follow_up (MpActivity *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY (self), FALSE);

  return self->hr_follow_up;
}

gint64
_mp_activity_get_id (MpActivity *self)
{
  g_return_val_if_fail (MP_IS_ACTIVITY (self), 0);

  return self->row_id;
}

void
_mp_activity_set_id (MpActivity *self,
                     gint64      id)
{
  g_return_if_fail (MP_IS_ACTIVITY (self));
  g_return_if_fail (id >= 0);

  self->row_id = id;
}

/* Copies every value but the identity (uuid, row id) from @from, notifying only the
 * properties that change. MpStore calls it on the canonical object after a write. */
void
_mp_activity_assign (MpActivity *self,
                     MpActivity *from)
{
  g_return_if_fail (MP_IS_ACTIVITY (self));
  g_return_if_fail (MP_IS_ACTIVITY (from));
  g_return_if_fail (g_strcmp0 (self->uuid, from->uuid) == 0);

  if (self == from)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  if (_mp_set_string (&self->id, from->id))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
  if (_mp_set_string (&self->title, from->title))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
  if (_mp_set_string (&self->description, from->description))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DESCRIPTION]);
  if (self->optional != from->optional)
    {
      self->optional = from->optional;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OPTIONAL]);
    }
  if (self->hr_follow_up != from->hr_follow_up)
    {
      self->hr_follow_up = from->hr_follow_up;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HR_FOLLOW_UP]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}
