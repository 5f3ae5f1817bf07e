/* mp-evaluation.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-enums.h"
#include "mp-store.h"

G_BEGIN_DECLS

/* The pilot evaluation: how the pairings went, as counts and means that HR may see.
 *
 * Computed from each pairing's progress summary (mp-progress: never recomputed here),
 * its activity progress (HR follow-up turnaround) and its end-of-program feedback.
 * Feedback is aggregated per question, and a question's numbers are kept only when at
 * least MP_EVALUATION_MIN_ANSWERS people answered it; feedback comments are never read.
 * The rules are at the top of mp-evaluation.c. */

/* A question's answers are shown only when at least this many people gave one. */
#define MP_EVALUATION_MIN_ANSWERS 3

/* A pairing "kept the cadence" when at least this share of its judged meetings was kept. */
#define MP_EVALUATION_CADENCE_ON_TRACK 0.75

/* The 1–5 questions of the end-of-program feedback (MpFeedback). */
typedef enum
{
  MP_EVALUATION_QUESTION_PROGRAM,     /* "program-rating" */
  MP_EVALUATION_QUESTION_MEETINGS,    /* "meetings-rating" */
  MP_EVALUATION_QUESTION_USEFULNESS,  /* "usefulness-rating" */
  MP_EVALUATION_N_QUESTIONS
} MpEvaluationQuestion;

/* One pairing, as plain values (input of mp_evaluation_compute_plain ()). */
typedef struct
{
  MpMentorshipStatus status;
  MpScheduleState    state;                  /* from its progress summary */
  guint              slots_judged;           /* MpProgressSummary.slots_judged */
  double             cadence_adherence;      /* MpProgressSummary.cadence_adherence */
  guint              activities_done;
  guint              activities_applicable;
  guint              activities_late;        /* applicable, not done, of a phase that is over */
  guint              hr_follow_ups_pending;  /* MpProgressSummary.hr_follow_ups_pending */
  gboolean           called_off;             /* ended early on its start date: it never ran */
} MpEvaluationPairing;

/* One piece of feedback, as plain values: ratings 1..5, 0 = unanswered. */
typedef struct
{
  MpFeedbackRole role;
  int            ratings[MP_EVALUATION_N_QUESTIONS];
} MpEvaluationFeedback;

/* One question's answers. When fewer than MP_EVALUATION_MIN_ANSWERS people answered,
 * only "answers" is kept: "shown" is FALSE, "mean" 0 and "distribution" all zero. */
typedef struct
{
  guint    answers;          /* people who answered (rating 1..5) */
  gboolean shown;            /* answers >= MP_EVALUATION_MIN_ANSWERS */
  double   mean;             /* 1..5 when shown, else 0 */
  guint    distribution[5];  /* answers per rating: [0] = rating 1 ... [4] = rating 5 */
} MpEvaluationRating;

/* The evaluation. Reference counted; all fields are read-only. */
typedef struct
{
  GDate              as_of;               /* the day it was computed for */
  char              *program_name;        /* the pairings' program; NULL when there is none */

  /* Pairings */
  guint              pairings;            /* all pairings evaluated */
  guint              before_arrival;      /* not started yet */
  guint              started;             /* start date reached (active, completed or ended) */
  guint              active;              /* started and still running */
  guint              completed;           /* status completed, or archived after completion */
  guint              ended_early;         /* status ended early, or archived after ending early */
  guint              called_off;          /* ended early on their start date (called off): not
                                           * started, nor counted as ended early */

  /* Cadence: started pairings with at least one judged meeting */
  guint              cadence_pairings;
  double             cadence_mean;        /* mean adherence, 0..1 (0 when cadence_pairings is 0) */
  guint              cadence_on_track;    /* adherence >= MP_EVALUATION_CADENCE_ON_TRACK */

  /* Activities: started pairings with at least one applicable activity */
  guint              activity_pairings;
  double             activity_mean;       /* mean of done / applicable, 0..1 */
  guint              activity_on_track;   /* no applicable activity of a finished phase left undone */
  guint              activities_done;     /* totals over those pairings */
  guint              activities_applicable;

  /* HR follow-ups */
  guint              follow_ups_done;     /* with both a done date and a follow-up date */
  guint              follow_ups_pending;  /* sum of the summaries' pending follow-ups */
  double             follow_up_median_days;  /* median days from activity done to follow-up; -1 when none */
  int                follow_up_max_days;     /* the longest; -1 when none */

  /* Feedback */
  guint              feedback_employees;  /* pieces of feedback from employees */
  guint              feedback_mentors;    /* ...and from mentors */
  MpEvaluationRating ratings[MP_EVALUATION_N_QUESTIONS];

  /*< private >*/
  gatomicrefcount    ref_count;
} MpEvaluation;

#define MP_TYPE_EVALUATION (mp_evaluation_get_type ())

GType         mp_evaluation_get_type           (void) G_GNUC_CONST;
MpEvaluation *mp_evaluation_ref                (MpEvaluation               *evaluation);
void          mp_evaluation_unref              (MpEvaluation               *evaluation);

const char   *mp_evaluation_question_get_label (MpEvaluationQuestion        question);

double        mp_evaluation_median             (int                        *values,
                                                guint                       n_values);
char         *mp_evaluation_format_days        (double                      days);

MpEvaluation *mp_evaluation_compute_plain      (const MpEvaluationPairing  *pairings,
                                                guint                       n_pairings,
                                                const int                  *follow_up_days,
                                                guint                       n_follow_ups,
                                                const MpEvaluationFeedback *feedback,
                                                guint                       n_feedback,
                                                const GDate                *as_of,
                                                const char                 *program_name);

MpEvaluation *mp_evaluation_compute            (MpStore                    *store,
                                                GListModel                 *pairings,
                                                const GDate                *today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MpEvaluation, mp_evaluation_unref)

G_END_DECLS
