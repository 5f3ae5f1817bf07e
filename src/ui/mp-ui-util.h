/* mp-ui-util.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-evaluation.h"
#include "mp-model.h"

G_BEGIN_DECLS

/* Small helpers the windows and dialogs share: text fields, calendars, the style sheet,
 * tooltips. */

char     *mp_text_view_dup_text   (GtkTextView *view);
void      mp_calendar_select_date (GtkCalendar *calendar,
                                   const GDate *date);
void      mp_calendar_get_gdate   (GtkCalendar *calendar,
                                   GDate       *date);
void      mp_calendar_pass_wheel  (GtkCalendar *calendar);

/* For mp_close_would_lose (): whether closing @window would lose something typed in it */
typedef gboolean (*MpHasUnsavedFunc) (GtkWindow *window);

GtkWidget *mp_message_dialog_new (GtkWindow        *parent,
                                  GtkMessageType    type,
                                  const char       *format,
                                  ...) G_GNUC_PRINTF (3, 4);
GtkWidget *mp_confirm_dialog_new (GtkWindow        *parent,
                                  GtkMessageType    type,
                                  const char       *question,
                                  const char       *details,
                                  const char       *keep_label,
                                  const char       *act_label,
                                  const char       *act_class);
GtkWidget *mp_confirm_cancel_meeting_new (GtkWindow  *parent,
                                          const char *name,
                                          MpMeeting  *meeting);
void      mp_form_ask_before_discard (GtkWindow     *window,
                                      const char    *question);
void      mp_ask_discard          (GtkWindow        *window,
                                   const char       *question);
gboolean  mp_discard_confirmed    (GtkWindow        *window);
gboolean  mp_close_dialogs_of     (GtkWindow        *parent);
gboolean  mp_close_would_lose     (GtkWindow        *window,
                                   MpHasUnsavedFunc  has_unsaved,
                                   const char       *question);
void      mp_add_save_shortcuts   (GtkWindow   *window,
                                   GtkWidget   *save_button);
void      mp_spin_button_keep_on_nonsense (GtkSpinButton *spin);
gboolean  mp_spin_button_get_typed        (GtkSpinButton *spin,
                                           int           *value);
char     *mp_spin_button_range_problem    (GtkSpinButton *spin);
void      mp_spin_button_activates_default (GtkSpinButton *spin);
void      mp_focus_later          (GtkWidget   *target);

void      mp_style_load           (GdkDisplay  *display);

/* A 1–5 rating: five toggle buttons in a group, each named for the screen reader ("3 of
 * 5: Somewhat") and described by the question's caption. */
#define MP_RATING_MAX 5

void      mp_rating_box_fill      (GtkBox          *box,
                                   GtkWidget       *caption,
                                   GtkToggleButton *buttons[MP_RATING_MAX]);
int       mp_rating_get           (GtkToggleButton *buttons[MP_RATING_MAX]);
void      mp_rating_set           (GtkToggleButton *buttons[MP_RATING_MAX],
                                   int              value);

/* The end-of-program feedback's questions (MP_EVALUATION_N_QUESTIONS), each a 1–5 rating,
 * as the employee's form and the mentor's dialog ask them. */
typedef GtkToggleButton *MpFeedbackRatings[MP_EVALUATION_N_QUESTIONS][MP_RATING_MAX];

void      mp_feedback_ratings_fill   (MpFeedbackRatings  ratings,
                                      GtkBox            *boxes[MP_EVALUATION_N_QUESTIONS],
                                      GtkWidget         *captions[MP_EVALUATION_N_QUESTIONS],
                                      GCallback          on_toggled,
                                      gpointer           data);
void      mp_feedback_ratings_load   (MpFeedbackRatings  ratings,
                                      GtkTextView       *comment_view,
                                      MpFeedback        *feedback);
void      mp_feedback_ratings_get    (MpFeedbackRatings  ratings,
                                      int                values[MP_EVALUATION_N_QUESTIONS]);
gboolean  mp_feedback_answered       (MpFeedbackRatings  ratings,
                                      GtkTextView       *comment_view);
gboolean  mp_feedback_ratings_differ (MpFeedbackRatings  ratings,
                                      GtkTextView       *comment_view,
                                      MpFeedback        *feedback);

void        mp_widget_set_tooltip (GtkWidget   *widget,
                                   const char  *text);
const char *mp_widget_get_tooltip (GtkWidget   *widget);

/* A widget's id in a .ui file and its tooltip, untranslated (marked with N_()). */
typedef struct
{
  const char *id;
  const char *tooltip;
} MpTooltip;

void        mp_widget_set_template_tooltips (GtkWidget       *widget,
                                             GType            template_type,
                                             const MpTooltip *tooltips,
                                             gsize            n_tooltips);
void        mp_builder_set_tooltips         (GtkBuilder      *builder,
                                             const MpTooltip *tooltips,
                                             gsize            n_tooltips);

G_END_DECLS
