/* mp-enums.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* How a meeting or informal contact took place. */
typedef enum
{
  MP_MEETING_MODE_IN_PERSON,
  MP_MEETING_MODE_PHONE,
  MP_MEETING_MODE_EMAIL,
  MP_MEETING_MODE_LUNCH,
  MP_MEETING_MODE_VIDEO,
} MpMeetingMode;

typedef enum
{
  MP_MEETING_STATUS_SCHEDULED,
  MP_MEETING_STATUS_HELD,
  MP_MEETING_STATUS_CANCELLED,
} MpMeetingStatus;

typedef enum
{
  MP_MENTORSHIP_STATUS_ACTIVE,
  MP_MENTORSHIP_STATUS_COMPLETED,
  MP_MENTORSHIP_STATUS_ENDED_EARLY,
  MP_MENTORSHIP_STATUS_ARCHIVED,
} MpMentorshipStatus;

/* Where a mentorship stands against its cadence, from mp-schedule. */
typedef enum
{
  MP_SCHEDULE_STATE_PRE_ARRIVAL,
  MP_SCHEDULE_STATE_ON_TRACK,
  MP_SCHEDULE_STATE_DUE_SOON,
  MP_SCHEDULE_STATE_OVERDUE,
  MP_SCHEDULE_STATE_COMPLETED,
  MP_SCHEDULE_STATE_ENDED,
  MP_SCHEDULE_STATE_UNFINISHED,  /* the program's time is over, some of its meetings were never held */
} MpScheduleState;

typedef enum
{
  MP_CONCERN_STATUS_OPEN,
  MP_CONCERN_STATUS_ANSWERED,
  MP_CONCERN_STATUS_CLOSED,
} MpConcernStatus;

/* How often a phase's meetings recur. ONCE is the contact before arrival. */
typedef enum
{
  MP_CADENCE_UNIT_ONCE,
  MP_CADENCE_UNIT_WEEKS,
  MP_CADENCE_UNIT_MONTHS,
} MpCadenceUnit;

typedef enum
{
  MP_ACTIVITY_STATE_PENDING,
  MP_ACTIVITY_STATE_DONE,
  MP_ACTIVITY_STATE_NOT_APPLICABLE,
} MpActivityState;

/* Who wrote a piece of end-of-program feedback. */
typedef enum
{
  MP_FEEDBACK_ROLE_EMPLOYEE,
  MP_FEEDBACK_ROLE_MENTOR,
} MpFeedbackRole;

G_END_DECLS
