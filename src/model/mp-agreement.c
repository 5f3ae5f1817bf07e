/* mp-agreement.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-agreement"

#include "config.h"

#include "mp-agreement.h"

#include "mp-model-private.h"

struct _MpAgreement
{
  GObject       parent_instance;

  gint64        row_id;  /* SQLite row id, see mp-model-private.h */

  /* Owned */
  char         *uuid;
  MpMentorship *mentorship;
  char         *best_days;
  char         *channels;
  char         *expectations;
  GDate        *agreed_on;
};

G_DEFINE_FINAL_TYPE (MpAgreement, mp_agreement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_MENTORSHIP,
  PROP_BEST_DAYS,
  PROP_CHANNELS,
  PROP_EXPECTATIONS,
  PROP_AGREED_ON,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
mp_agreement_constructed (GObject *object)
{
  MpAgreement *self = (MpAgreement *)object;

  G_OBJECT_CLASS (mp_agreement_parent_class)->constructed (object);

  /* A new record gets a fresh identity; one read back from storage keeps its own. */
  if (self->uuid == NULL || self->uuid[0] == '\0')
    {
      g_free (self->uuid);
      self->uuid = g_uuid_string_random ();
    }
}

static void
mp_agreement_dispose (GObject *object)
{
  MpAgreement *self = (MpAgreement *)object;

  g_clear_object (&self->mentorship);

  G_OBJECT_CLASS (mp_agreement_parent_class)->dispose (object);
}

static void
mp_agreement_finalize (GObject *object)
{
  MpAgreement *self = (MpAgreement *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->best_days, g_free);
  g_clear_pointer (&self->channels, g_free);
  g_clear_pointer (&self->expectations, g_free);
  g_clear_pointer (&self->agreed_on, g_date_free);

  G_OBJECT_CLASS (mp_agreement_parent_class)->finalize (object);
}

static void
mp_agreement_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MpAgreement *self = MP_AGREEMENT (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_MENTORSHIP:
      g_value_set_object (value, self->mentorship);
      break;

    case PROP_BEST_DAYS:
      g_value_set_string (value, self->best_days);
      break;

    case PROP_CHANNELS:
      g_value_set_string (value, self->channels);
      break;

    case PROP_EXPECTATIONS:
      g_value_set_string (value, self->expectations);
      break;

    case PROP_AGREED_ON:
      g_value_set_boxed (value, self->agreed_on);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_agreement_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MpAgreement *self = MP_AGREEMENT (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_free (self->uuid);
      self->uuid = g_value_dup_string (value);
      break;

    case PROP_MENTORSHIP:
      mp_agreement_set_mentorship (self, g_value_get_object (value));
      break;

    case PROP_BEST_DAYS:
      mp_agreement_set_best_days (self, g_value_get_string (value));
      break;

    case PROP_CHANNELS:
      mp_agreement_set_channels (self, g_value_get_string (value));
      break;

    case PROP_EXPECTATIONS:
      mp_agreement_set_expectations (self, g_value_get_string (value));
      break;

    case PROP_AGREED_ON:
      mp_agreement_set_agreed_on (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_agreement_class_init (MpAgreementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mp_agreement_constructed;
  object_class->dispose = mp_agreement_dispose;
  object_class->finalize = mp_agreement_finalize;
  object_class->get_property = mp_agreement_get_property;
  object_class->set_property = mp_agreement_set_property;

  properties [PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MENTORSHIP] =
    g_param_spec_object ("mentorship", NULL, NULL,
                         MP_TYPE_MENTORSHIP,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_BEST_DAYS] =
    g_param_spec_string ("best-days", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CHANNELS] =
    g_param_spec_string ("channels", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_EXPECTATIONS] =
    g_param_spec_string ("expectations", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_AGREED_ON] =
    g_param_spec_boxed ("agreed-on", NULL, NULL,
                        G_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_agreement_init (MpAgreement *self)
{
}

MpAgreement *
mp_agreement_new (MpMentorship *mentorship)
{
  g_return_val_if_fail (mentorship == NULL || MP_IS_MENTORSHIP (mentorship), NULL);

  return g_object_new (MP_TYPE_AGREEMENT,
                       "mentorship", mentorship,
                       NULL);
}

/* A detached copy with the same uuid and row id: the editable draft given to MpStore. */
MpAgreement *
mp_agreement_copy (MpAgreement *self)
{
  MpAgreement *copy;

  g_return_val_if_fail (MP_IS_AGREEMENT (self), NULL);

  copy = g_object_new (MP_TYPE_AGREEMENT, "uuid", self->uuid, NULL);
  copy->row_id = self->row_id;
  _mp_agreement_assign (copy, self);

  return copy;
}

const char *
mp_agreement_get_uuid (MpAgreement *self)
{
  g_return_val_if_fail (MP_IS_AGREEMENT (self), NULL);

  return self->uuid;
}

MpMentorship *
mp_agreement_get_mentorship (MpAgreement *self)
{
  g_return_val_if_fail (MP_IS_AGREEMENT (self), NULL);

  return self->mentorship;
}

void
mp_agreement_set_mentorship (MpAgreement  *self,
                             MpMentorship *mentorship)
{
  g_return_if_fail (MP_IS_AGREEMENT (self));
  g_return_if_fail (mentorship == NULL || MP_IS_MENTORSHIP (mentorship));

  if (g_set_object (&self->mentorship, mentorship))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MENTORSHIP]);
}

const char *
mp_agreement_get_best_days (MpAgreement *self)
{
  g_return_val_if_fail (MP_IS_AGREEMENT (self), NULL);

  return self->best_days;
}

void
mp_agreement_set_best_days (MpAgreement *self,
                            const char  *best_days)
{
  g_return_if_fail (MP_IS_AGREEMENT (self));

  if (_mp_set_string (&self->best_days, best_days))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BEST_DAYS]);
}

const char *
mp_agreement_get_channels (MpAgreement *self)
{
  g_return_val_if_fail (MP_IS_AGREEMENT (self), NULL);

  return self->channels;
}

void
mp_agreement_set_channels (MpAgreement *self,
                           const char  *channels)
{
  g_return_if_fail (MP_IS_AGREEMENT (self));

  if (_mp_set_string (&self->channels, channels))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CHANNELS]);
}

const char *
mp_agreement_get_expectations (MpAgreement *self)
{
  g_return_val_if_fail (MP_IS_AGREEMENT (self), NULL);

  return self->expectations;
}

void
mp_agreement_set_expectations (MpAgreement *self,
                               const char  *expectations)
{
  g_return_if_fail (MP_IS_AGREEMENT (self));

  if (_mp_set_string (&self->expectations, expectations))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EXPECTATIONS]);
}

const GDate *
mp_agreement_get_agreed_on (MpAgreement *self)
{
  g_return_val_if_fail (MP_IS_AGREEMENT (self), NULL);

  return self->agreed_on;
}

void
mp_agreement_set_agreed_on (MpAgreement *self,
                            const GDate *agreed_on)
{
  g_return_if_fail (MP_IS_AGREEMENT (self));

  if (_mp_set_date (&self->agreed_on, agreed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AGREED_ON]);
}

gint64
_mp_agreement_get_id (MpAgreement *self)
{
  g_return_val_if_fail (MP_IS_AGREEMENT (self), 0);

  return self->row_id;
}

void
_mp_agreement_set_id (MpAgreement *self,
                      gint64       id)
{
  g_return_if_fail (MP_IS_AGREEMENT (self));
  g_return_if_fail (id >= 0);

  self->row_id = id;
}

/* Copies every value but the identity (uuid, row id) from @from, notifying only the
 * properties that change. MpStore calls it on the canonical object after a write. */
void
_mp_agreement_assign (MpAgreement *self,
                      MpAgreement *from)
{
  g_return_if_fail (MP_IS_AGREEMENT (self));
  g_return_if_fail (MP_IS_AGREEMENT (from));
  g_return_if_fail (g_strcmp0 (self->uuid, from->uuid) == 0);

  if (self == from)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  mp_agreement_set_mentorship (self, from->mentorship);
  mp_agreement_set_best_days (self, from->best_days);
  mp_agreement_set_channels (self, from->channels);
  mp_agreement_set_expectations (self, from->expectations);
  mp_agreement_set_agreed_on (self, from->agreed_on);

  g_object_thaw_notify (G_OBJECT (self));
}
