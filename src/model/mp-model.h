/* mp-model.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Everything public in the model: include this one header.
 *
 * Conventions of the model objects (MpPerson, MpMentorship, ...):
 * - Every object has a construct-only "uuid", its identity in JSON and in the store;
 *   g_object_new () without one (or mp_x_new ()) makes a fresh random one.
 * - Getters return borrowed values (transfer none); text is NULL when unset. Day dates are
 *   boxed GDate properties ("start-date"), instants boxed GDateTime ("starts-at"): setters
 *   take `const GDate *` / `GDateTime *` (copied / referenced; NULL or an invalid GDate
 *   unsets), getters return the stored pointer or NULL.
 * - Setters notify (G_PARAM_EXPLICIT_NOTIFY) only when the value really changes; two
 *   GDateTimes at the same instant are the same value.
 * - mp_x_copy () gives a detached draft (same uuid, same row id, same referenced objects)
 *   to edit and hand to MpStore, which assigns it into the canonical object on success.
 * - MpActivity and MpPhase are immutable (construct-only properties); so is MpProgram,
 *   built from its JSON template, except the questions and departments it holds.
 */

#include "mp-enums.h"
#include "mp-enum-types.h"

#include "mp-activity.h"
#include "mp-activity-progress.h"
#include "mp-agreement.h"
#include "mp-concern.h"
#include "mp-department.h"
#include "mp-feedback.h"
#include "mp-introduction.h"
#include "mp-meeting.h"
#include "mp-mentorship.h"
#include "mp-person.h"
#include "mp-phase.h"
#include "mp-phase-work.h"
#include "mp-program.h"
#include "mp-question.h"

#include "mp-progress.h"
#include "mp-schedule.h"
#include "mp-store.h"
#include "mp-text.h"
