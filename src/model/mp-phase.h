/* mp-phase.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-activity.h"
#include "mp-enums.h"

G_BEGIN_DECLS

/* A phase of a program: when it starts (in months after the start date; -1 is the month
 * before arrival), how many months it lasts, how often the pair meets during it, and its
 * activities. Immutable once loaded. "id" is the phase's slug ("months-1-2").
 */

#define MP_TYPE_PHASE (mp_phase_get_type ())

G_DECLARE_FINAL_TYPE (MpPhase, mp_phase, MP, PHASE, GObject)

MpPhase       *mp_phase_new               (const char    *id,
                                           const char    *title,
                                           const char    *summary,
                                           int            start_month,
                                           int            months,
                                           MpCadenceUnit  cadence_unit,
                                           int            cadence_every,
                                           GListModel    *activities);
MpPhase       *mp_phase_copy              (MpPhase       *self);
const char    *mp_phase_get_uuid          (MpPhase       *self);
const char    *mp_phase_get_id            (MpPhase       *self);
const char    *mp_phase_get_title         (MpPhase       *self);
const char    *mp_phase_get_summary       (MpPhase       *self);
int            mp_phase_get_start_month   (MpPhase       *self);
int            mp_phase_get_months        (MpPhase       *self);
MpCadenceUnit  mp_phase_get_cadence_unit  (MpPhase       *self);
int            mp_phase_get_cadence_every (MpPhase       *self);
GListModel    *mp_phase_get_activities    (MpPhase       *self);
int            mp_phase_get_end_month     (MpPhase       *self);

G_END_DECLS
