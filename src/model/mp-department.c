/* mp-department.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-department"

#include "config.h"

#include "mp-department.h"

#include "mp-model-private.h"

struct _MpDepartment
{
  GObject  parent_instance;

  gint64   row_id;  /* SQLite row id, see mp-model-private.h */

  /* Owned */
  char    *uuid;
  char    *name;
  char    *description;
  char    *ask_for;
};

G_DEFINE_FINAL_TYPE (MpDepartment, mp_department, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_ASK_FOR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
mp_department_constructed (GObject *object)
{
  MpDepartment *self = (MpDepartment *)object;

  G_OBJECT_CLASS (mp_department_parent_class)->constructed (object);

  /* A new record gets a fresh identity; one read back from storage keeps its own. */
  if (self->uuid == NULL || self->uuid[0] == '\0')
    {
      g_free (self->uuid);
      self->uuid = g_uuid_string_random ();
    }
}

static void
mp_department_finalize (GObject *object)
{
  MpDepartment *self = (MpDepartment *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->ask_for, g_free);

  G_OBJECT_CLASS (mp_department_parent_class)->finalize (object);
}

static void
mp_department_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  MpDepartment *self = MP_DEPARTMENT (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_ASK_FOR:
      g_value_set_string (value, self->ask_for);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_department_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  MpDepartment *self = MP_DEPARTMENT (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_free (self->uuid);
      self->uuid = g_value_dup_string (value);
      break;

    case PROP_NAME:
      mp_department_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      mp_department_set_description (self, g_value_get_string (value));
      break;

    case PROP_ASK_FOR:
      mp_department_set_ask_for (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_department_class_init (MpDepartmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mp_department_constructed;
  object_class->finalize = mp_department_finalize;
  object_class->get_property = mp_department_get_property;
  object_class->set_property = mp_department_set_property;

  properties [PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ASK_FOR] =
    g_param_spec_string ("ask-for", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_department_init (MpDepartment *self)
{
}

MpDepartment *
mp_department_new (const char *name)
{
  return g_object_new (MP_TYPE_DEPARTMENT,
                       "name", name,
                       NULL);
}

/* A detached copy with the same uuid and row id: the editable draft given to MpStore. */
MpDepartment *
mp_department_copy (MpDepartment *self)
{
  MpDepartment *copy;

  g_return_val_if_fail (MP_IS_DEPARTMENT (self), NULL);

  copy = g_object_new (MP_TYPE_DEPARTMENT, "uuid", self->uuid, NULL);
  copy->row_id = self->row_id;
  _mp_department_assign (copy, self);

  return copy;
}

const char *
mp_department_get_uuid (MpDepartment *self)
{
  g_return_val_if_fail (MP_IS_DEPARTMENT (self), NULL);

  return self->uuid;
}

const char *
mp_department_get_name (MpDepartment *self)
{
  g_return_val_if_fail (MP_IS_DEPARTMENT (self), NULL);

  return self->name;
}

void
mp_department_set_name (MpDepartment *self,
                        const char   *name)
{
  g_return_if_fail (MP_IS_DEPARTMENT (self));

  if (_mp_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

const char *
mp_department_get_description (MpDepartment *self)
{
  g_return_val_if_fail (MP_IS_DEPARTMENT (self), NULL);

  return self->description;
}

void
mp_department_set_description (MpDepartment *self,
                               const char   *description)
{
  g_return_if_fail (MP_IS_DEPARTMENT (self));

  if (_mp_set_string (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DESCRIPTION]);
}

const char *
mp_department_get_ask_for (MpDepartment *self)
{
  g_return_val_if_fail (MP_IS_DEPARTMENT (self), NULL);

  return self->ask_for;
}

void
mp_department_set_ask_for (MpDepartment *self,
                           const char   *ask_for)
{
  g_return_if_fail (MP_IS_DEPARTMENT (self));

  if (_mp_set_string (&self->ask_for, ask_for))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ASK_FOR]);
}

gint64
_mp_department_get_id (MpDepartment *self)
{
  g_return_val_if_fail (MP_IS_DEPARTMENT (self), 0);

  return self->row_id;
}

void
_mp_department_set_id (MpDepartment *self,
                       gint64        id)
{
  g_return_if_fail (MP_IS_DEPARTMENT (self));
  g_return_if_fail (id >= 0);

  self->row_id = id;
}

/* Copies every value but the identity (uuid, row id) from @from, notifying only the
 * properties that change. MpStore calls it on the canonical object after a write. */
void
_mp_department_assign (MpDepartment *self,
                       MpDepartment *from)
{
  g_return_if_fail (MP_IS_DEPARTMENT (self));
  g_return_if_fail (MP_IS_DEPARTMENT (from));
  g_return_if_fail (g_strcmp0 (self->uuid, from->uuid) == 0);

  if (self == from)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  mp_department_set_name (self, from->name);
  mp_department_set_description (self, from->description);
  mp_department_set_ask_for (self, from->ask_for);

  g_object_thaw_notify (G_OBJECT (self));
}
