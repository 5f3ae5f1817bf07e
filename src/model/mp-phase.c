/* mp-phase.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-phase"

#include "config.h"

#include "mp-phase.h"

#include "mp-enum-types.h"
#include "mp-model-private.h"

struct _MpPhase
{
  GObject        parent_instance;

  gint64         row_id;  /* SQLite row id, see mp-model-private.h */

  /* Owned */
  char          *uuid;
  char          *id;
  char          *title;
  char          *summary;
  GListStore    *activities;

  int            start_month;
  int            months;
  MpCadenceUnit  cadence_unit;
  int            cadence_every;
};

G_DEFINE_FINAL_TYPE (MpPhase, mp_phase, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_START_MONTH,
  PROP_MONTHS,
  PROP_CADENCE_UNIT,
  PROP_CADENCE_EVERY,
  PROP_ACTIVITIES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
mp_phase_constructed (GObject *object)
{
  MpPhase *self = (MpPhase *)object;

  G_OBJECT_CLASS (mp_phase_parent_class)->constructed (object);

  /* A new record gets a fresh identity; one read back from storage keeps its own. */
  if (self->uuid == NULL || self->uuid[0] == '\0')
    {
      g_free (self->uuid);
      self->uuid = g_uuid_string_random ();
    }
}

static void
mp_phase_finalize (GObject *object)
{
  MpPhase *self = (MpPhase *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_object (&self->activities);

  G_OBJECT_CLASS (mp_phase_parent_class)->finalize (object);
}

static void
mp_phase_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  MpPhase *self = MP_PHASE (object);

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

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_START_MONTH:
      g_value_set_int (value, self->start_month);
      break;

    case PROP_MONTHS:
      g_value_set_int (value, self->months);
      break;

    case PROP_CADENCE_UNIT:
      g_value_set_enum (value, self->cadence_unit);
      break;

    case PROP_CADENCE_EVERY:
      g_value_set_int (value, self->cadence_every);
      break;

    case PROP_ACTIVITIES:
      g_value_set_object (value, self->activities);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_phase_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  MpPhase *self = MP_PHASE (object);

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

    case PROP_SUMMARY:
      g_free (self->summary);
      self->summary = g_value_dup_string (value);
      break;

    case PROP_START_MONTH:
      self->start_month = g_value_get_int (value);
      break;

    case PROP_MONTHS:
      self->months = g_value_get_int (value);
      break;

    case PROP_CADENCE_UNIT:
      self->cadence_unit = g_value_get_enum (value);
      break;

    case PROP_CADENCE_EVERY:
      self->cadence_every = g_value_get_int (value);
      break;

    case PROP_ACTIVITIES:
      _mp_list_store_replace (self->activities, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mp_phase_class_init (MpPhaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mp_phase_constructed;
  object_class->finalize = mp_phase_finalize;
  object_class->get_property = mp_phase_get_property;
  object_class->set_property = mp_phase_set_property;

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

  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_START_MONTH] =
    g_param_spec_int ("start-month", NULL, NULL,
                      -12, 120, 0,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_MONTHS] =
    g_param_spec_int ("months", NULL, NULL,
                      1, 120, 1,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CADENCE_UNIT] =
    g_param_spec_enum ("cadence-unit", NULL, NULL,
                       MP_TYPE_CADENCE_UNIT,
                       MP_CADENCE_UNIT_ONCE,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CADENCE_EVERY] =
    g_param_spec_int ("cadence-every", NULL, NULL,
                      1, 52, 1,
                      (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ACTIVITIES] =
    g_param_spec_object ("activities", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mp_phase_init (MpPhase *self)
{
  self->months = 1;
  self->cadence_unit = MP_CADENCE_UNIT_ONCE;
  self->cadence_every = 1;
  self->activities = g_list_store_new (MP_TYPE_ACTIVITY);
}

MpPhase *
mp_phase_new (const char    *id,
              const char    *title,
              const char    *summary,
              int            start_month,
              int            months,
              MpCadenceUnit  cadence_unit,
              int            cadence_every,
              GListModel    *activities)
{
  g_return_val_if_fail (activities == NULL || G_IS_LIST_MODEL (activities), NULL);

  return g_object_new (MP_TYPE_PHASE,
                       "id", id,
                       "title", title,
                       "summary", summary,
                       "start-month", start_month,
                       "months", months,
                       "cadence-unit", cadence_unit,
                       "cadence-every", cadence_every,
                       "activities", activities,
                       NULL);
}

/* A detached copy with the same uuid and row id: the editable draft given to MpStore. */
MpPhase *
mp_phase_copy (MpPhase *self)
{
  MpPhase *copy;

  g_return_val_if_fail (MP_IS_PHASE (self), NULL);

  copy = g_object_new (MP_TYPE_PHASE, "uuid", self->uuid, NULL);
  copy->row_id = self->row_id;
  _mp_phase_assign (copy, self);

  return copy;
}

const char *
mp_phase_get_uuid (MpPhase *self)
{
  g_return_val_if_fail (MP_IS_PHASE (self), NULL);

  return self->uuid;
}

const char *
mp_phase_get_id (MpPhase *self)
{
  g_return_val_if_fail (MP_IS_PHASE (self), NULL);

  return self->id;
}

const char *
mp_phase_get_title (MpPhase *self)
{
  g_return_val_if_fail (MP_IS_PHASE (self), NULL);

  return self->title;
}

const char *
mp_phase_get_summary (MpPhase *self)
{
  g_return_val_if_fail (MP_IS_PHASE (self), NULL);

  return self->summary;
}

int
mp_phase_get_start_month (MpPhase *self)
{
  g_return_val_if_fail (MP_IS_PHASE (self), 0);

  return self->start_month;
}

int
mp_phase_get_months (MpPhase *self)
{
  g_return_val_if_fail (MP_IS_PHASE (self), 0);

  return self->months;
}

MpCadenceUnit
mp_phase_get_cadence_unit (MpPhase *self)
{
  g_return_val_if_fail (MP_IS_PHASE (self), MP_CADENCE_UNIT_ONCE);

  return self->cadence_unit;
}

int
mp_phase_get_cadence_every (MpPhase *self)
{
  g_return_val_if_fail (MP_IS_PHASE (self), 0);

  return self->cadence_every;
}

GListModel *
mp_phase_get_activities (MpPhase *self)
{
  g_return_val_if_fail (MP_IS_PHASE (self), NULL);

  return G_LIST_MODEL (self->activities);
}

int
mp_phase_get_end_month (MpPhase *self)
{
  g_return_val_if_fail (MP_IS_PHASE (self), 0);

  return self->start_month + self->months;
}

gint64
_mp_phase_get_id (MpPhase *self)
{
  g_return_val_if_fail (MP_IS_PHASE (self), 0);

  return self->row_id;
}

void
_mp_phase_set_id (MpPhase *self,
                  gint64   id)
{
  g_return_if_fail (MP_IS_PHASE (self));
  g_return_if_fail (id >= 0);

  self->row_id = id;
}

/* Copies every value but the identity (uuid, row id) from @from, notifying only the
 * properties that change. MpStore calls it on the canonical object after a write. */
void
_mp_phase_assign (MpPhase *self,
                  MpPhase *from)
{
  g_return_if_fail (MP_IS_PHASE (self));
  g_return_if_fail (MP_IS_PHASE (from));
  g_return_if_fail (g_strcmp0 (self->uuid, from->uuid) == 0);

  if (self == from)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  if (_mp_set_string (&self->id, from->id))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
  if (_mp_set_string (&self->title, from->title))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
  if (_mp_set_string (&self->summary, from->summary))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUMMARY]);
  if (self->start_month != from->start_month)
    {
      self->start_month = from->start_month;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_START_MONTH]);
    }
  if (self->months != from->months)
    {
      self->months = from->months;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MONTHS]);
    }
  if (self->cadence_unit != from->cadence_unit)
    {
      self->cadence_unit = from->cadence_unit;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CADENCE_UNIT]);
    }
  if (self->cadence_every != from->cadence_every)
    {
      self->cadence_every = from->cadence_every;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CADENCE_EVERY]);
    }
  _mp_list_store_replace (self->activities, G_LIST_MODEL (from->activities));

  g_object_thaw_notify (G_OBJECT (self));
}
