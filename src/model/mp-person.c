/* mp-person.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-person"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mp-person.h"

#include "mp-model-private.h"

struct _MpPerson
{
  GObject       parent_instance;

  gint64        row_id;  /* SQLite row id, see mp-model-private.h */

  /* Owned */
  char         *uuid;
  char         *name;
  char         *login;
  char         *email;
  char         *phone;
  char         *title;
  MpDepartment *department;

  gboolean      is_hr_admin;
  gboolean      may_mentor;
  gboolean      active;
};

G_DEFINE_FINAL_TYPE (MpPerson, mp_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_NAME,
  PROP_LOGIN,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_TITLE,
  PROP_DEPARTMENT,
  PROP_IS_HR_ADMIN,
  PROP_MAY_MENTOR,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
mp_person_constructed (GObject *object)
{
  MpPerson *self = (MpPerson *)object;

  G_OBJECT_CLASS (mp_person_parent_class)->constructed (object);

  /* A new record gets a fresh identity; one read back from storage keeps its own. */
  if (self->uuid == NULL || self->uuid[0] == '\0')
    {
      g_free (self->uuid);
      self->uuid = g_uuid_string_random ();
    }
}

static void
mp_person_dispose (GObject *object)
{
  MpPerson *self = (MpPerson *)object;

  g_clear_object (&self->department);

  G_OBJECT_CLASS (mp_person_parent_class)->dispose (object);
}

static void
mp_person_finalize (GObject *object)
{
  MpPerson *self = (MpPerson *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->login, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (mp_person_parent_class)->finalize (object);
}

static void
mp_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MpPerson *self = MP_PERSON (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_LOGIN:
      g_value_set_string (value, self->login);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DEPARTMENT:
      g_value_set_object (value, self->department);
      break;

    case PROP_IS_HR_ADMIN:
      g_value_set_boolean (value, self->is_hr_admin);
      break;

    case PROP_MAY_MENTOR:
      g_value_set_boolean (value, self->may_mentor);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_person_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MpPerson *self = MP_PERSON (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_free (self->uuid);
      self->uuid = g_value_dup_string (value);
      break;

    case PROP_NAME:
      mp_person_set_name (self, g_value_get_string (value));
      break;

    case PROP_LOGIN:
      mp_person_set_login (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      mp_person_set_email (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      mp_person_set_phone (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      mp_person_set_title (self, g_value_get_string (value));
      break;

    case PROP_DEPARTMENT:
      mp_person_set_department (self, g_value_get_object (value));
      break;

    case PROP_IS_HR_ADMIN:
      mp_person_set_is_hr_admin (self, g_value_get_boolean (value));
      break;

    case PROP_MAY_MENTOR:
      mp_person_set_may_mentor (self, g_value_get_boolean (value));
      break;

    case PROP_ACTIVE:
      mp_person_set_active (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_person_class_init (MpPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mp_person_constructed;
  object_class->dispose = mp_person_dispose;
  object_class->finalize = mp_person_finalize;
  object_class->get_property = mp_person_get_property;
  object_class->set_property = mp_person_set_property;

  properties [PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_LOGIN] =
    g_param_spec_string ("login", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DEPARTMENT] =
    g_param_spec_object ("department", NULL, NULL,
                         MP_TYPE_DEPARTMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_IS_HR_ADMIN] =
    g_param_spec_boolean ("is-hr-admin", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MAY_MENTOR] =
    g_param_spec_boolean ("may-mentor", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_person_init (MpPerson *self)
{
  self->active = TRUE;
}

MpPerson *
mp_person_new (const char *name)
{
  return g_object_new (MP_TYPE_PERSON,
                       "name", name,
                       NULL);
}

/* A detached copy with the same uuid and row id: the editable draft given to MpStore. */
MpPerson *
mp_person_copy (MpPerson *self)
{
  MpPerson *copy;

  g_return_val_if_fail (MP_IS_PERSON (self), NULL);

  copy = g_object_new (MP_TYPE_PERSON, "uuid", self->uuid, NULL);
  copy->row_id = self->row_id;
  _mp_person_assign (copy, self);

  return copy;
}

const char *
mp_person_get_uuid (MpPerson *self)
{
  g_return_val_if_fail (MP_IS_PERSON (self), NULL);

  return self->uuid;
}

const char *
mp_person_get_name (MpPerson *self)
{
  g_return_val_if_fail (MP_IS_PERSON (self), NULL);

  return self->name;
}

void
mp_person_set_name (MpPerson   *self,
                    const char *name)
{
  g_return_if_fail (MP_IS_PERSON (self));

  if (_mp_set_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
}

const char *
mp_person_get_login (MpPerson *self)
{
  g_return_val_if_fail (MP_IS_PERSON (self), NULL);

  return self->login;
}

void
mp_person_set_login (MpPerson   *self,
                     const char *login)
{
  g_return_if_fail (MP_IS_PERSON (self));

  if (_mp_set_string (&self->login, login))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOGIN]);
}

const char *
mp_person_get_email (MpPerson *self)
{
  g_return_val_if_fail (MP_IS_PERSON (self), NULL);

  return self->email;
}

void
mp_person_set_email (MpPerson   *self,
                     const char *email)
{
  g_return_if_fail (MP_IS_PERSON (self));

  if (_mp_set_string (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EMAIL]);
}

const char *
mp_person_get_phone (MpPerson *self)
{
  g_return_val_if_fail (MP_IS_PERSON (self), NULL);

  return self->phone;
}

void
mp_person_set_phone (MpPerson   *self,
                     const char *phone)
{
  g_return_if_fail (MP_IS_PERSON (self));

  if (_mp_set_string (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PHONE]);
}

const char *
mp_person_get_title (MpPerson *self)
{
  g_return_val_if_fail (MP_IS_PERSON (self), NULL);

  return self->title;
}

void
mp_person_set_title (MpPerson   *self,
                     const char *title)
{
  g_return_if_fail (MP_IS_PERSON (self));

  if (_mp_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

MpDepartment *
mp_person_get_department (MpPerson *self)
{
  g_return_val_if_fail (MP_IS_PERSON (self), NULL);

  return self->department;
}

void
mp_person_set_department (MpPerson     *self,
                          MpDepartment *department)
{
  g_return_if_fail (MP_IS_PERSON (self));
  g_return_if_fail (department == NULL || MP_IS_DEPARTMENT (department));

  if (g_set_object (&self->department, department))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DEPARTMENT]);
}

gboolean
mp_person_get_is_hr_admin (MpPerson *self)
{
  g_return_val_if_fail (MP_IS_PERSON (self), FALSE);

  return self->is_hr_admin;
}

void
mp_person_set_is_hr_admin (MpPerson *self,
                           gboolean  is_hr_admin)
{
  g_return_if_fail (MP_IS_PERSON (self));

  is_hr_admin = !!is_hr_admin;

  if (self->is_hr_admin == is_hr_admin)
    return;

  self->is_hr_admin = is_hr_admin;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_IS_HR_ADMIN]);
}

gboolean
mp_person_get_may_mentor (MpPerson *self)
{
  g_return_val_if_fail (MP_IS_PERSON (self), FALSE);

  return self->may_mentor;
}

void
mp_person_set_may_mentor (MpPerson *self,
                          gboolean  may_mentor)
{
  g_return_if_fail (MP_IS_PERSON (self));

  may_mentor = !!may_mentor;

  if (self->may_mentor == may_mentor)
    return;

  self->may_mentor = may_mentor;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MAY_MENTOR]);
}

gboolean
mp_person_get_active (MpPerson *self)
{
  g_return_val_if_fail (MP_IS_PERSON (self), FALSE);

  return self->active;
}

void
mp_person_set_active (MpPerson *self,
                      gboolean  active)
{
  g_return_if_fail (MP_IS_PERSON (self));

  active = !!active;

  if (self->active == active)
    return;

  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ACTIVE]);
}

gint64
_mp_person_get_id (MpPerson *self)
{
  g_return_val_if_fail (MP_IS_PERSON (self), 0);

  return self->row_id;
}

void
_mp_person_set_id (MpPerson *self,
                   gint64    id)
{
  g_return_if_fail (MP_IS_PERSON (self));
  g_return_if_fail (id >= 0);

  self->row_id = id;
}

/* Copies every value but the identity (uuid, row id) from @from, notifying only the
 * properties that change. MpStore calls it on the canonical object after a write. */
void
_mp_person_assign (MpPerson *self,
                   MpPerson *from)
{
  g_return_if_fail (MP_IS_PERSON (self));
  g_return_if_fail (MP_IS_PERSON (from));
  g_return_if_fail (g_strcmp0 (self->uuid, from->uuid) == 0);

  if (self == from)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  mp_person_set_name (self, from->name);
  mp_person_set_login (self, from->login);
  mp_person_set_email (self, from->email);
  mp_person_set_phone (self, from->phone);
  mp_person_set_title (self, from->title);
  mp_person_set_department (self, from->department);
  mp_person_set_is_hr_admin (self, from->is_hr_admin);
  mp_person_set_may_mentor (self, from->may_mentor);
  mp_person_set_active (self, from->active);

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * mp_person_login_problem:
 * @login: (nullable): a login as typed
 *
 * A login is the name of a computer account (g_get_user_name ()): no such name holds a
 * space, a line break or another control character, a "/" or a ":" (which separates the
 * fields of the system's account list). The staff dialog refuses such a login as it is
 * typed; the store refuses only what would not stay on one line
 * (mp_person_login_is_storable ()), so that an export made before this rule imports again.
 *
 * Returns: (nullable): why @login cannot be one, in words; %NULL when it can (or is empty:
 *   no login)
 */
const char *
mp_person_login_problem (const char *login)
{
  if (login == NULL || *login == '\0')
    return NULL;

  /* Stored (UTF-8, no control character), then no space, "/" or ":" to the end */
  if (mp_person_login_is_storable (login))
    {
      const char *p = login;

      while (*p != '\0' && *p != '/' && *p != ':' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        return NULL;
    }

  return _("A login is a computer account name: no spaces, line breaks, “/” or “:”.");
}

/**
 * mp_person_login_is_storable:
 * @login: (nullable): a login to save
 *
 * Returns: %FALSE for a login that is no UTF-8 or holds a control character (a line break,
 *   a tab): what the store refuses whatever its origin; %TRUE otherwise (a space too, which
 *   only the staff dialog refuses: mp_person_login_problem ())
 */
gboolean
mp_person_login_is_storable (const char *login)
{
  if (login == NULL)
    return TRUE;

  if (!g_utf8_validate (login, -1, NULL))
    return FALSE;

  for (const char *p = login; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}
