/* mp-ui-util.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mp-mentor-util.h"
#include "mp-a11y.h"
#include "mp-ui-util.h"

/**
 * mp_text_view_dup_text:
 *
 * Returns: (transfer full): everything @view's buffer holds
 */
char *
mp_text_view_dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * mp_rating_box_fill:
 * @box: a horizontal box, empty
 * @caption: the question, which describes each button
 * @buttons: (out caller-allocates): the buttons made, 1 to %MP_RATING_MAX
 *
 * Fills @box with a 1–5 rating: at most one button active; none is "not answered".
 */
void
mp_rating_box_fill (GtkBox          *box,
                    GtkWidget       *caption,
                    GtkToggleButton *buttons[MP_RATING_MAX])
{
  const char *words[MP_RATING_MAX] = { _("Not at all"), _("A little"), _("Somewhat"), _("Much"), _("Very much") };
  g_autofree char *question = NULL;
  GtkWidget *hint;

  g_return_if_fail (GTK_IS_BOX (box));
  g_return_if_fail (GTK_IS_WIDGET (caption));

  gtk_widget_set_halign (GTK_WIDGET (box), GTK_ALIGN_START);
  /* GTK 4.8 reads a button's description rather than what it points to: three questions'
   * buttons all read "1 of 5: Not at all". Each is named with its question. */
  question = GTK_IS_LABEL (caption) ? mp_a11y_strip_mnemonic (gtk_label_get_label (GTK_LABEL (caption))) : NULL;
  if (question != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, question, -1);
  for (guint i = 0; i < MP_RATING_MAX; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      /* Translators: a rating button: 1: the number, 2: the maximum, 3: what it means */
      g_autofree char *rating = g_strdup_printf (_("%u of %d: %s"), i + 1, MP_RATING_MAX, words[i]);
      /* Translators: a rating button: the question, then as "3 of 5: Somewhat" */
      g_autofree char *name = question != NULL ? g_strdup_printf (_("%1$s — %2$s"), question, rating)
                                               : g_strdup (rating);
      GtkWidget *button = gtk_toggle_button_new_with_label (number);

      mp_widget_set_tooltip (button, words[i]);
      gtk_widget_add_css_class (button, "mp-rating");
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, caption, NULL,
                                      -1);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), buttons[0]);
      buttons[i] = GTK_TOGGLE_BUTTON (button);
      gtk_box_append (box, button);
    }

  /* Translators: what the ends of the 1–5 scale mean */
  hint = gtk_label_new (_("1: not at all · 5: very much"));
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_set_margin_start (hint, 6);
  gtk_widget_set_valign (hint, GTK_ALIGN_CENTER);
  gtk_box_append (box, hint);
}

/**
 * mp_rating_get:
 *
 * Returns: the rating chosen, 1 to %MP_RATING_MAX, or 0 for none
 */
int
mp_rating_get (GtkToggleButton *buttons[MP_RATING_MAX])
{
  for (guint i = 0; i < MP_RATING_MAX; i++)
    if (gtk_toggle_button_get_active (buttons[i]))
      return (int) i + 1;

  return 0;
}

/**
 * mp_rating_set:
 * @value: 1 to %MP_RATING_MAX, or 0 (or anything else) for none
 */
void
mp_rating_set (GtkToggleButton *buttons[MP_RATING_MAX],
               int              value)
{
  for (guint i = 0; i < MP_RATING_MAX; i++)
    gtk_toggle_button_set_active (buttons[i], (int) i + 1 == value);
}

/**
 * mp_feedback_ratings_fill:
 * @boxes: one empty horizontal box per question
 * @captions: the questions, which describe their buttons
 * @on_toggled: called (swapped: @data first) when an answer changes
 *
 * Makes the rating buttons of each question (mp_rating_box_fill ()).
 */
void
mp_feedback_ratings_fill (MpFeedbackRatings  ratings,
                          GtkBox            *boxes[MP_EVALUATION_N_QUESTIONS],
                          GtkWidget         *captions[MP_EVALUATION_N_QUESTIONS],
                          GCallback          on_toggled,
                          gpointer           data)
{
  for (guint q = 0; q < MP_EVALUATION_N_QUESTIONS; q++)
    {
      mp_rating_box_fill (boxes[q], captions[q], ratings[q]);
      for (guint i = 0; i < MP_RATING_MAX; i++)
        g_signal_connect_object (ratings[q][i], "toggled", on_toggled, data, G_CONNECT_SWAPPED);
    }
}

/**
 * mp_feedback_ratings_load:
 * @feedback: (nullable): the feedback given before; %NULL: none, the form emptied
 *
 * Shows @feedback's answers and comment in the form.
 */
void
mp_feedback_ratings_load (MpFeedbackRatings  ratings,
                          GtkTextView       *comment_view,
                          MpFeedback        *feedback)
{
  const char *comment = feedback != NULL ? mp_feedback_get_comment (feedback) : NULL;

  mp_rating_set (ratings[MP_EVALUATION_QUESTION_PROGRAM],
                 feedback != NULL ? mp_feedback_get_program_rating (feedback) : 0);
  mp_rating_set (ratings[MP_EVALUATION_QUESTION_MEETINGS],
                 feedback != NULL ? mp_feedback_get_meetings_rating (feedback) : 0);
  mp_rating_set (ratings[MP_EVALUATION_QUESTION_USEFULNESS],
                 feedback != NULL ? mp_feedback_get_usefulness_rating (feedback) : 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (comment_view), comment != NULL ? comment : "", -1);
}

/**
 * mp_feedback_ratings_get:
 * @values: (out caller-allocates): each question's answer, 1 to %MP_RATING_MAX or 0
 */
void
mp_feedback_ratings_get (MpFeedbackRatings ratings,
                         int               values[MP_EVALUATION_N_QUESTIONS])
{
  for (guint q = 0; q < MP_EVALUATION_N_QUESTIONS; q++)
    values[q] = mp_rating_get (ratings[q]);
}

/**
 * mp_feedback_answered:
 *
 * Returns: whether the form can be sent: a question answered, or a comment written
 */
gboolean
mp_feedback_answered (MpFeedbackRatings  ratings,
                      GtkTextView       *comment_view)
{
  g_autofree char *comment = NULL;

  for (guint q = 0; q < MP_EVALUATION_N_QUESTIONS; q++)
    if (mp_rating_get (ratings[q]) > 0)
      return TRUE;

  /* Stripped as mp_feedback_send () strips it */
  comment = g_strstrip (mp_text_view_dup_text (comment_view));

  return *comment != '\0';
}

/**
 * mp_feedback_ratings_differ:
 * @feedback: (nullable): the feedback sent, if any
 *
 * Returns: whether the form says something @feedback does not (with no feedback sent: an
 *   answer or a comment): what closing the form would lose
 */
gboolean
mp_feedback_ratings_differ (MpFeedbackRatings  ratings,
                            GtkTextView       *comment_view,
                            MpFeedback        *feedback)
{
  g_autofree char *comment = NULL;
  const char *sent;

  if (feedback == NULL)
    return mp_feedback_answered (ratings, comment_view);

  if (mp_rating_get (ratings[MP_EVALUATION_QUESTION_PROGRAM]) != mp_feedback_get_program_rating (feedback) ||
      mp_rating_get (ratings[MP_EVALUATION_QUESTION_MEETINGS]) != mp_feedback_get_meetings_rating (feedback) ||
      mp_rating_get (ratings[MP_EVALUATION_QUESTION_USEFULNESS]) != mp_feedback_get_usefulness_rating (feedback))
    return TRUE;

  /* Stripped as mp_feedback_send () strips it */
  comment = g_strstrip (mp_text_view_dup_text (comment_view));
  sent = mp_feedback_get_comment (feedback);

  return g_strcmp0 (comment, sent != NULL ? sent : "") != 0;
}

static void
on_discard_response_cb (GtkDialog *dialog,
                        int        response,
                        GtkWindow *window)
{
  GtkWindow *parent;

  /* Not transient for a window gone when it is finalized (after this signal) */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response != GTK_RESPONSE_ACCEPT)
    return;

  /* Closed as it would have been, now that the answer is known (mp_discard_confirmed ()) */
  g_object_set_data (G_OBJECT (window), "mp-discard-confirmed", GINT_TO_POINTER (TRUE));
  parent = gtk_window_get_transient_for (window);
  g_object_ref (window);
  if (parent != NULL)
    g_object_ref (parent);
  gtk_window_close (window);

  /* The question gone, a window manager gives the focus back to @window, which closes at
   * once: nothing has it then (a plain Escape does not meet this). The window @window was
   * opened from is presented again, its focus where it was: on what opened @window. */
  if (parent != NULL && !gtk_widget_get_visible (GTK_WIDGET (window)) && gtk_widget_get_visible (GTK_WIDGET (parent)))
    gtk_window_present (parent);
  g_clear_object (&parent);
  g_object_unref (window);
}

/**
 * mp_discard_confirmed:
 *
 * Returns: %TRUE when the person chose Discard in mp_ask_discard () for @window: its
 *   close-request handler then lets it close.
 */
gboolean
mp_discard_confirmed (GtkWindow *window)
{
  return g_object_get_data (G_OBJECT (window), "mp-discard-confirmed") != NULL;
}

/* What the person can change in @widget and below, as text: the entries' and text views'
 * texts, the check buttons', drop-downs' and calendars' choices (not inside a popover: a
 * drop-down's list is its choice) */
static void
append_form_state (GtkWidget *widget,
                   GString   *state)
{
  if (GTK_IS_POPOVER (widget))
    return;

  if (GTK_IS_TEXT (widget))
    g_string_append_printf (state, "t%s\n", gtk_editable_get_text (GTK_EDITABLE (widget)));
  else if (GTK_IS_TEXT_VIEW (widget))
    {
      g_autofree char *text = mp_text_view_dup_text (GTK_TEXT_VIEW (widget));

      g_string_append_printf (state, "v%s\n", text);
    }
  else if (GTK_IS_CHECK_BUTTON (widget))
    g_string_append_printf (state, "c%d\n", gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));
  else if (GTK_IS_TOGGLE_BUTTON (widget) && gtk_widget_get_parent (widget) != NULL &&
           !GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)) && !GTK_IS_DROP_DOWN (gtk_widget_get_parent (widget)))
    /* (a rating; not the button that opens a menu or a drop-down's list) */
    g_string_append_printf (state, "g%d\n", gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (widget)));
  else if (GTK_IS_DROP_DOWN (widget))
    g_string_append_printf (state, "d%u\n", gtk_drop_down_get_selected (GTK_DROP_DOWN (widget)));
  else if (GTK_IS_CALENDAR (widget))
    {
      g_autoptr(GDateTime) date = gtk_calendar_get_date (GTK_CALENDAR (widget));
      g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");

      g_string_append_printf (state, "k%s\n", day);
    }
  else if (GTK_IS_LIST_VIEW (widget))
    {
      /* The items chosen in a list (a new pairing's mentor); not its rows, made and remade
       * as it scrolls */
      GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (widget));
      g_autoptr(GtkBitset) chosen = model != NULL ? gtk_selection_model_get_selection (model) : gtk_bitset_new_empty ();
      GtkBitsetIter iter;
      guint position;

      g_string_append_c (state, 'l');
      for (gboolean more = gtk_bitset_iter_init_first (&iter, chosen, &position); more;
           more = gtk_bitset_iter_next (&iter, &position))
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (model), position);

          g_string_append_printf (state, " %p", (gpointer) item);
        }
      g_string_append_c (state, '\n');
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    append_form_state (child, state);
}

static char *
form_state (GtkWindow *window)
{
  GString *state = g_string_new (NULL);

  append_form_state (GTK_WIDGET (window), state);

  return g_string_free (state, FALSE);
}

static gboolean
on_form_close_request_cb (GtkWindow  *window,
                          const char *question)
{
  g_autofree char *now = NULL;

  if (mp_discard_confirmed (window))
    return FALSE;
  now = form_state (window);
  if (g_strcmp0 (now, g_object_get_data (G_OBJECT (window), "mp-form-state")) == 0)
    return FALSE;

  mp_ask_discard (window, question);

  return TRUE;
}

/**
 * mp_form_ask_before_discard:
 * @window: a dialog, its fields as it opens
 * @question: what would be lost, as a question ("Discard the changes to this person?")
 *
 * From now on, closing @window (Escape, Cancel, its parent closing) with anything typed or
 * chosen in it since asks first (mp_ask_discard ()), as the meeting dialogs do; Save, which
 * destroys it, does not. What it compares: every entry's and text view's text, every check
 * or toggle button (a rating), drop-down and calendar, and the items chosen in a list view.
 */
void
mp_form_ask_before_discard (GtkWindow  *window,
                            const char *question)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (question != NULL);

  g_object_set_data_full (G_OBJECT (window), "mp-form-state", form_state (window), g_free);
  g_signal_connect_data (window, "close-request", G_CALLBACK (on_form_close_request_cb), g_strdup (question),
                         (GClosureNotify) (void (*) (void)) g_free, 0);
}

/**
 * mp_message_dialog_new:
 * @parent: the window it is about
 * @type: a question, a warning…
 * @format: the question or message, printf ()-style
 *
 * A modal GtkMessageDialog with no buttons yet (add them), destroyed with @parent. Its texts
 * wrap between words and, for a word longer than a line (a name typed as one long run),
 * inside it: a name of a thousand letters makes it taller, never wider than the screen with
 * its buttons out of reach.
 *
 * Returns: (transfer none): the dialog
 */
GtkWidget *
mp_message_dialog_new (GtkWindow      *parent,
                       GtkMessageType  type,
                       const char     *format,
                       ...)
{
  g_autofree char *text = NULL;
  GtkWidget *dialog, *area;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   type, GTK_BUTTONS_NONE, "%s", text);
  /* The message and the secondary text (hidden until given) */
  area = gtk_message_dialog_get_message_area (GTK_MESSAGE_DIALOG (dialog));
  for (GtkWidget *child = gtk_widget_get_first_child (area); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
    }

  return dialog;
}

/**
 * mp_confirm_dialog_new:
 * @parent: the window it is about
 * @type: a question, a warning…
 * @question: what would happen, as a question ("Remove the introduction to Ana Ruiz?")
 * @details: what it means (the secondary text)
 * @keep_label: the button that leaves everything as it is ("_Cancel", "_Keep It")
 * @act_label: the button that goes ahead ("_Remove")
 * @act_class: (nullable): the style class of @act_label's button ("destructive-action")
 *
 * A modal dialog asking before something that cannot be taken back. @keep_label's button
 * is the default (Enter, as Escape, changes nothing); @act_label's answers
 * %GTK_RESPONSE_ACCEPT. Connect to its response, then present it.
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
GtkWidget *
mp_confirm_dialog_new (GtkWindow      *parent,
                       GtkMessageType  type,
                       const char     *question,
                       const char     *details,
                       const char     *keep_label,
                       const char     *act_label,
                       const char     *act_class)
{
  GtkWidget *dialog, *button;

  dialog = mp_message_dialog_new (parent, type, "%s", question);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", details);
  gtk_dialog_add_button (GTK_DIALOG (dialog), keep_label, GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), act_label, GTK_RESPONSE_ACCEPT);
  if (act_class != NULL)
    gtk_widget_add_css_class (button, act_class);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);

  return dialog;
}

/**
 * mp_confirm_cancel_meeting_new:
 * @parent: the dashboard or the schedule dialog
 * @name: whom the meeting is with
 * @meeting: the meeting
 *
 * Asks before a meeting is cancelled (the mentor dashboard's Cancel Meeting and the
 * schedule dialog's ask the same).
 *
 * Returns: (transfer none): the dialog, not yet shown, as mp_confirm_dialog_new ()
 */
GtkWidget *
mp_confirm_cancel_meeting_new (GtkWindow  *parent,
                               const char *name,
                               MpMeeting  *meeting)
{
  g_autofree char *when = mp_format_meeting_when (mp_meeting_get_starts_at (meeting));
  g_autofree char *question = NULL;

  /* Translators: %1$s is a person's name, %2$s a day and time */
  question = g_strdup_printf (_("Cancel the meeting with %1$s on %2$s?"), name, when);

  return mp_confirm_dialog_new (parent, GTK_MESSAGE_QUESTION, question,
                                _("It stays in the meeting history, marked as cancelled, "
                                  "with its agenda and your private notes."),
                                _("_Keep It"), _("_Cancel Meeting"), "destructive-action");
}

/**
 * mp_ask_discard:
 * @window: a dialog about to close with what was typed in it
 * @question: what would be lost, as a question ("Discard this meeting's notes?")
 *
 * Asks before @window closes and loses what was typed: Keep Editing (the default, and
 * Escape) leaves it open; Discard closes it again, mp_discard_confirmed () then %TRUE. For a
 * close-request handler, which then returns %TRUE.
 */
void
mp_ask_discard (GtkWindow  *window,
                const char *question)
{
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WINDOW (window));

  dialog = mp_confirm_dialog_new (window, GTK_MESSAGE_QUESTION, question,
                                  _("What you typed here is not saved anywhere else."),
                                  _("_Keep Editing"), _("_Discard"), "destructive-action");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
save_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  GtkWidget *save_button = user_data;

  /* As a click would: not while Save says why it cannot */
  if (!gtk_widget_is_sensitive (save_button))
    return FALSE;
  g_signal_emit_by_name (save_button, "clicked");

  return TRUE;
}

/**
 * mp_add_save_shortcuts:
 * @window: a dialog
 * @save_button: (transfer none): its Save button, which must live as long as @window
 *
 * Ctrl+Return (Ctrl+Enter) and Ctrl+S in @window save, as its Save button does, even from a
 * text view (where Return starts a new line: the shortcuts are taken before it sees them).
 */
void
mp_add_save_shortcuts (GtkWindow *window,
                       GtkWidget *save_button)
{
  static const guint keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_s };
  GtkEventController *controller;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (GTK_IS_WIDGET (save_button));

  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], GDK_CONTROL_MASK),
                                                            gtk_callback_action_new (save_shortcut_cb, save_button,
                                                                                     NULL)));
  gtk_widget_add_controller (GTK_WIDGET (window), controller);
}

/* (after the spin button read what was typed: its own handler was connected first) */
static void
on_spin_text_activate_cb (GtkText       *text,
                          GtkSpinButton *spin)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (spin));
  GtkWidget *default_widget = GTK_IS_WINDOW (root) ? gtk_window_get_default_widget (GTK_WINDOW (root)) : NULL;

  /* As a click would: not while it says why it cannot */
  if (default_widget != NULL && gtk_widget_is_sensitive (default_widget))
    gtk_widget_activate (default_widget);
}

/**
 * mp_spin_button_activates_default:
 * @spin: a spin button in a dialog with a default widget (its Save button)
 *
 * Enter in @spin activates its window's default widget, as in an entry with
 * #GtkEntry:activates-default (which GtkSpinButton does not have in GTK 4.8): what was
 * typed is read first, and an insensitive default (Save saying why it cannot) stays so.
 */
void
mp_spin_button_activates_default (GtkSpinButton *spin)
{
  GtkEditable *text;

  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));

  text = gtk_editable_get_delegate (GTK_EDITABLE (spin));
  g_return_if_fail (GTK_IS_TEXT (text));
  g_signal_connect_object (text, "activate", G_CALLBACK (on_spin_text_activate_cb), spin, G_CONNECT_AFTER);
}

/* A number, and nothing else but spaces around it */
static gboolean
parse_number (const char *text,
              double     *value)
{
  char *end = NULL;
  double parsed;

  while (g_ascii_isspace (*text))
    text++;
  parsed = g_strtod (text, &end);
  while (end != NULL && g_ascii_isspace (*end))
    end++;
  if (end == text || end == NULL || *end != '\0')
    return FALSE;

  *value = parsed;

  return TRUE;
}

static int
on_spin_input_cb (GtkSpinButton *spin,
                  double        *value,
                  gpointer       user_data)
{
  return parse_number (gtk_editable_get_text (GTK_EDITABLE (spin)), value) ? TRUE : GTK_INPUT_ERROR;
}

/* The range @spin allows (its adjustment's when mp_spin_button_keep_on_nonsense () was
 * called), which its adjustment no longer is */
static void
get_allowed_range (GtkSpinButton *spin,
                   double        *lowest,
                   double        *highest)
{
  gtk_spin_button_get_range (spin, lowest, highest);
  if (g_object_get_data (G_OBJECT (spin), "mp-allowed") != NULL)
    {
      *lowest = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "mp-allowed-lowest"));
      *highest = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "mp-allowed-highest"));
    }
}

/**
 * mp_spin_button_get_typed:
 * @spin: a spin button that keeps its value on nonsense (mp_spin_button_keep_on_nonsense ())
 * @value: (out): the whole number its text says, when it says one
 *
 * What @spin's text says now, read or not yet (a number typed and not yet entered is not
 * its value): a number out of its range, or text that is no number, is no value, where GTK
 * would keep the value before it without a word.
 *
 * Returns: %TRUE when the text is a whole number within @spin's range
 */
gboolean
mp_spin_button_get_typed (GtkSpinButton *spin,
                          int           *value)
{
  double typed, lowest, highest;

  g_return_val_if_fail (GTK_IS_SPIN_BUTTON (spin), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  get_allowed_range (spin, &lowest, &highest);
  if (!parse_number (gtk_editable_get_text (GTK_EDITABLE (spin)), &typed) ||
      !(typed >= lowest && typed <= highest) || typed != (double) (int) typed)
    return FALSE;

  *value = (int) typed;

  return TRUE;
}

/* What a field of minutes takes as typed: nine digits (a number too long is not typed at all) */
#define MP_SPIN_TYPED_DIGITS 9
#define MP_SPIN_TYPED_MAX    999999999

/**
 * mp_spin_button_keep_on_nonsense:
 *
 * Text that is not a number ("abc") typed in @spin leaves its value as it was, where GTK
 * reads it as 0 and clamps it to the lowest value. A number out of its adjustment's range
 * (a whole number, the range's at the call) stays as typed, neither clamped nor put back
 * as GTK would do once it reads it (on Tab, Enter or Save): mp_spin_button_get_typed ()
 * says it is none, and mp_spin_button_range_problem () what to type instead.
 */
void
mp_spin_button_keep_on_nonsense (GtkSpinButton *spin)
{
  double lowest, highest;

  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));

  /* (GTK_UPDATE_ALWAYS clamps whatever was read, an error too) */
  gtk_spin_button_set_update_policy (spin, GTK_UPDATE_IF_VALID);
  g_signal_connect (spin, "input", G_CALLBACK (on_spin_input_cb), NULL);

  /* GTK_UPDATE_IF_VALID puts back the value before when it reads a number out of the
   * adjustment's range: the adjustment takes any number of the nine digits the field takes
   * (99999 was put back when it took four), and the range allowed is kept to be said in words */
  gtk_spin_button_get_range (spin, &lowest, &highest);
  g_object_set_data (G_OBJECT (spin), "mp-allowed", GINT_TO_POINTER (TRUE));
  g_object_set_data (G_OBJECT (spin), "mp-allowed-lowest", GINT_TO_POINTER ((int) lowest));
  g_object_set_data (G_OBJECT (spin), "mp-allowed-highest", GINT_TO_POINTER ((int) highest));
  gtk_spin_button_set_range (spin, MIN (lowest, 0), MAX (highest, MP_SPIN_TYPED_MAX));
  if (GTK_IS_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (spin))))
    gtk_text_set_max_length (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (spin))), MP_SPIN_TYPED_DIGITS);
}

/**
 * mp_spin_button_range_problem:
 *
 * Returns: (transfer full): what to type in @spin, a field of minutes, when what it holds
 *   is no number within its range (mp_spin_button_get_typed ())
 */
char *
mp_spin_button_range_problem (GtkSpinButton *spin)
{
  double lowest, highest;

  g_return_val_if_fail (GTK_IS_SPIN_BUTTON (spin), NULL);

  get_allowed_range (spin, &lowest, &highest);

  /* Translators: a field's error; %1$d and %2$d are numbers of minutes (the plural is
   * chosen by the second) */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Type how long it lasts in minutes, from %1$d to %2$d.",
                                       "Type how long it lasts in minutes, from %1$d to %2$d.", (gulong) highest),
                          (int) lowest, (int) highest);
}

/**
 * mp_close_would_lose:
 * @window: a window whose close-request handler this is
 * @has_unsaved: whether closing @window would lose something typed in it
 * @question: what would be lost, as a question, for mp_ask_discard ()
 *
 * For a window's close-request handler: closes its dialogs (mp_close_dialogs_of ()), then
 * asks before losing what @has_unsaved says was typed, unless the person chose Discard
 * already.
 *
 * Returns: %TRUE when @window stays open for now (a dialog of its asks first, or the
 *   question is asked): the handler then returns %TRUE
 */
gboolean
mp_close_would_lose (GtkWindow       *window,
                     MpHasUnsavedFunc has_unsaved,
                     const char      *question)
{
  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  if (mp_discard_confirmed (window))
    return FALSE;
  /* A meeting being logged or scheduled asks first, in its own dialog */
  if (!mp_close_dialogs_of (window))
    return TRUE;
  if (!has_unsaved (window))
    return FALSE;

  mp_ask_discard (window, question);

  return TRUE;
}

/**
 * mp_close_dialogs_of:
 *
 * Closes what @parent opened (its dialogs, theirs, a progress window, which cancels its job
 * when closed), as a person closing them would: they act for its user.
 *
 * Returns: %TRUE when they all closed; %FALSE when one stays open, asking first whether to
 *   lose what was typed in it (mp_ask_discard ())
 */
gboolean
mp_close_dialogs_of (GtkWindow *parent)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());
  g_autoptr(GPtrArray) dialogs = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean all_closed = TRUE;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), TRUE);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      for (GtkWindow *up = gtk_window_get_transient_for (window); up != NULL; up = gtk_window_get_transient_for (up))
        {
          if (up == parent)
            {
              g_ptr_array_add (dialogs, g_object_ref (window));
              break;
            }
        }
    }

  for (guint i = 0; i < dialogs->len; i++)
    {
      GtkWindow *dialog = g_ptr_array_index (dialogs, i);

      if (!gtk_widget_get_visible (GTK_WIDGET (dialog)))
        continue;
      gtk_window_close (dialog);
      /* Still shown: it asks (a question of its own is transient for it, not for @parent) */
      if (gtk_widget_get_visible (GTK_WIDGET (dialog)))
        all_closed = FALSE;
    }

  return all_closed;
}

/**
 * mp_calendar_select_date:
 *
 * Selects @date in @calendar (at local noon, safe from any daylight-saving change).
 */
void
mp_calendar_select_date (GtkCalendar *calendar,
                         const GDate *date)
{
  g_autoptr(GDateTime) noon = NULL;

  g_return_if_fail (GTK_IS_CALENDAR (calendar));

  noon = mp_local_date_time (date, 12 * 60);
  gtk_calendar_select_day (calendar, noon);
}

/**
 * mp_calendar_get_gdate:
 * @date: (out caller-allocates): the day selected in @calendar
 */
void
mp_calendar_get_gdate (GtkCalendar *calendar,
                       GDate       *date)
{
  g_autoptr(GDateTime) selected = NULL;

  g_return_if_fail (GTK_IS_CALENDAR (calendar));
  g_return_if_fail (date != NULL);

  selected = gtk_calendar_get_date (calendar);
  g_date_clear (date, 1);
  if (selected != NULL)
    g_date_set_dmy (date, g_date_time_get_day_of_month (selected), g_date_time_get_month (selected),
                    g_date_time_get_year (selected));
}

/**
 * mp_calendar_pass_wheel:
 *
 * Keeps the mouse wheel from changing @calendar's month, and with it the day chosen: GTK
 * 4.8's calendar turns each notch over it into the previous or next month, and keeps the
 * scroll from the page around it. Its scroll controller is turned off, so the wheel (a
 * mouse's notches or a touchpad's smooth scroll alike) scrolls the scrolled window the
 * calendar is in as it does beside the calendar, and does nothing outside one. Clicks,
 * the arrows and the keys work as before. Called for every calendar, once it is shown,
 * by mp_a11y_fix_widget (); again, it does nothing.
 */
void
mp_calendar_pass_wheel (GtkCalendar *calendar)
{
  g_autoptr(GListModel) controllers = NULL;

  g_return_if_fail (GTK_IS_CALENDAR (calendar));

  if (g_object_get_data (G_OBJECT (calendar), "mp-calendar-wheel-passed") != NULL)
    return;
  g_object_set_data (G_OBJECT (calendar), "mp-calendar-wheel-passed", GINT_TO_POINTER (TRUE));

  /* (the list is kept up to date only while held: let go of it at once) */
  controllers = gtk_widget_observe_controllers (GTK_WIDGET (calendar));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_NONE);
    }
}

/**
 * mp_style_load:
 *
 * Adds the app's style sheet (resources/style.css) to @display, above the theme. GtkApplication
 * (unlike libadwaita's) loads none of its own: MpApplication calls this at start-up, and so do
 * the benchmark and the screenshots, to show the windows as the app does.
 */
void
mp_style_load (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) css = NULL;

  g_return_if_fail (GDK_IS_DISPLAY (display));

  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/com/alliancelibrarysystem/Mentoring/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

#define TOOLTIP_KEY "mp-tooltip"
#define TOOLTIP_HANDLER_KEY "mp-tooltip-handler"

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/**
 * mp_widget_set_tooltip:
 * @widget: a widget
 * @text: (nullable): the tooltip; %NULL or empty for none
 *
 * What gtk_widget_set_tooltip_text () does (the accessible description included), without
 * asking the display where the pointer is whenever the pointer is elsewhere. GTK 4.8's asks
 * on every call for a visible widget, three round trips to an X server; the windows set
 * hundreds as their rows change (more than half of the mentor dashboard's traffic with the
 * X server). The text is given when GTK asks for it ("query-tooltip").
 *
 * A "tooltip-text" from a .ui file gives way, so that the widget has one tooltip. Not for a
 * GtkLinkButton: it shows its address unless that property is set.
 */
void
mp_widget_set_tooltip (GtkWidget  *widget,
                       const char *text)
{
  GObject *object = G_OBJECT (widget);

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text != NULL && *text == '\0')
    text = NULL;  /* as GTK's: an empty tooltip is none */
  if (gtk_widget_get_tooltip_text (widget) != NULL)
    gtk_widget_set_tooltip_text (widget, NULL);

  if (g_object_get_data (object, TOOLTIP_HANDLER_KEY) == NULL)
    {
      if (text == NULL)
        return;
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
      g_object_set_data (object, TOOLTIP_HANDLER_KEY, GINT_TO_POINTER (TRUE));
    }
  else if (g_strcmp0 (g_object_get_data (object, TOOLTIP_KEY), text) == 0)
    return;

  g_object_set_data_full (object, TOOLTIP_KEY, g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);

  /* Under the pointer, a tooltip shown says the new text (or goes) at once, as with GTK's */
  if ((gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_PRELIGHT) != 0)
    gtk_widget_trigger_tooltip_query (widget);
}

/* mp_widget_set_tooltip () on @object, translated. */
static void
set_translated_tooltip (GObject         *object,
                        const MpTooltip *tooltip)
{
  if (!GTK_IS_WIDGET (object))
    {
      g_critical ("%s: no widget with id \"%s\"", G_STRFUNC, tooltip->id);
      return;
    }

  mp_widget_set_tooltip (GTK_WIDGET (object), g_dgettext (GETTEXT_PACKAGE, tooltip->tooltip));
}

/**
 * mp_widget_set_template_tooltips:
 * @widget: a widget built from the template of @template_type
 * @template_type: the class whose template has the widgets
 * @tooltips: (array length=n_tooltips): widgets of the template, each bound
 *   (gtk_widget_class_bind_template_child_full (), at offset 0 when the code needs no field),
 *   and their tooltips
 *
 * The tooltips of a template's widgets, given when asked (mp_widget_set_tooltip ()): as
 * "tooltip-text" in the .ui file, GTK 4.8 would ask the display where the pointer is for each,
 * while the window is made.
 */
void
mp_widget_set_template_tooltips (GtkWidget       *widget,
                                 GType            template_type,
                                 const MpTooltip *tooltips,
                                 gsize            n_tooltips)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (gsize i = 0; i < n_tooltips; i++)
    set_translated_tooltip (gtk_widget_get_template_child (widget, template_type, tooltips[i].id), &tooltips[i]);
}

/**
 * mp_builder_set_tooltips:
 * @builder: a builder that built the widgets of @tooltips
 * @tooltips: (array length=n_tooltips): widgets of @builder and their tooltips
 *
 * As mp_widget_set_template_tooltips (), for a .ui file built with a #GtkBuilder.
 */
void
mp_builder_set_tooltips (GtkBuilder      *builder,
                         const MpTooltip *tooltips,
                         gsize            n_tooltips)
{
  g_return_if_fail (GTK_IS_BUILDER (builder));

  for (gsize i = 0; i < n_tooltips; i++)
    set_translated_tooltip (gtk_builder_get_object (builder, tooltips[i].id), &tooltips[i]);
}

/**
 * mp_widget_get_tooltip:
 * @widget: a widget
 *
 * Returns: (nullable): @widget's tooltip, set by mp_widget_set_tooltip () or as a property
 */
const char *
mp_widget_get_tooltip (GtkWidget *widget)
{
  const char *text;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  text = g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY);

  return text != NULL ? text : gtk_widget_get_tooltip_text (widget);
}

#define FOCUS_LATER_TRIES 40     /* looked at every FOCUS_LATER_INTERVAL ms: two seconds */
#define FOCUS_LATER_INTERVAL 50
#define FOCUS_LATER_KEEP_MS 300 /* then kept there that long */

typedef struct
{
  GtkWidget          *target;      /* owned */
  GtkWidget          *origin;      /* owned, nullable: what had the focus when asked */
  GtkWidget          *root;        /* weak: where the user's keys and clicks are heard */
  GtkEventController *keys;        /* on @root while looking */
  GtkEventController *clicks;
  gboolean            user_acted;  /* a key pressed or a click: the user has the focus now */
  guint               tries;
  gint64              kept_until;  /* monotonic time; 0 while the focus is not given yet */
} FocusLater;

static gboolean
on_focus_later_key_cb (FocusLater *later)
{
  later->user_acted = TRUE;

  return GDK_EVENT_PROPAGATE;
}

static void
on_focus_later_click_cb (GtkGesture *gesture,
                         int         n_press,
                         double      x,
                         double      y,
                         FocusLater *later)
{
  later->user_acted = TRUE;
  /* (only heard: the click goes on to what was clicked) */
  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_DENIED);
}

static void
focus_later_free (gpointer data)
{
  FocusLater *later = data;

  if (later->root != NULL)
    {
      gtk_widget_remove_controller (later->root, later->keys);
      gtk_widget_remove_controller (later->root, later->clicks);
      g_object_remove_weak_pointer (G_OBJECT (later->root), (gpointer *) &later->root);
    }
  g_clear_object (&later->origin);
  g_object_unref (later->target);
  g_free (later);
}

static gboolean
widget_is_gone (GtkWidget *widget)
{
  return widget == NULL || !gtk_widget_get_mapped (widget) || !gtk_widget_is_sensitive (widget);
}

static void
give_focus (GtkWidget *target)
{
  if (!gtk_widget_get_focusable (target) || !gtk_widget_grab_focus (target))
    gtk_widget_child_focus (target, GTK_DIR_TAB_FORWARD);
}

static gboolean
focus_later_cb (gpointer user_data)
{
  FocusLater *later = user_data;
  GtkWidget *target = later->target;
  GtkRoot *root = gtk_widget_get_root (target);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean on_target = focus != NULL && (focus == target || gtk_widget_is_ancestor (focus, target));

  /* The user pressed a key or clicked: where the focus is now is theirs */
  if (root == NULL || later->user_acted || !gtk_widget_get_visible (target))
    return G_SOURCE_REMOVE;

  /* Given already: kept there a little longer, as a menu closing late may put the focus
   * back on the button it came from, gone since, and GTK move it on to the next one */
  if (later->kept_until > 0)
    {
      if (g_get_monotonic_time () > later->kept_until)
        return G_SOURCE_REMOVE;
      if (!on_target)
        give_focus (target);
      return G_SOURCE_CONTINUE;
    }
  if (++later->tries > FOCUS_LATER_TRIES)
    return G_SOURCE_REMOVE;

  /* Only once the window has caught up (@target shown) and the control that had the focus
   * is gone (hidden, made insensitive, removed), wherever GTK moved the focus then; or when
   * the focus is lost (nowhere, or passed up to a pane holding @target) */
  if (!gtk_widget_get_mapped (target))
    return G_SOURCE_CONTINUE;
  if (!widget_is_gone (later->origin) && !on_target &&
      focus != NULL && gtk_widget_get_mapped (focus) && !gtk_widget_is_ancestor (target, focus))
    return G_SOURCE_CONTINUE;
  if (!widget_is_gone (later->origin) && focus == later->origin)
    return G_SOURCE_CONTINUE;

  give_focus (target);
  later->kept_until = g_get_monotonic_time () + FOCUS_LATER_KEEP_MS * 1000;

  return G_SOURCE_CONTINUE;
}

/**
 * mp_focus_later:
 * @target: the widget to focus (or, when it takes no focus itself, the first it holds that does)
 *
 * After an action that hides or disables the control that had the focus (a button that
 * goes once its work is done), gives the focus to @target when the window has caught up
 * and that control is gone, wherever GTK moved the focus meanwhile, unless the user pressed
 * a key or clicked since: from the keyboard, the next Tab goes on from there rather than
 * from the top of the window.
 */
void
mp_focus_later (GtkWidget *target)
{
  FocusLater *later;
  GtkRoot *root;

  g_return_if_fail (GTK_IS_WIDGET (target));

  later = g_new0 (FocusLater, 1);
  later->target = g_object_ref (target);
  root = gtk_widget_get_root (target);
  if (root != NULL)
    {
      GtkWidget *focus = gtk_root_get_focus (root);

      later->origin = focus != NULL ? g_object_ref (focus) : NULL;
      later->root = GTK_WIDGET (root);
      g_object_add_weak_pointer (G_OBJECT (root), (gpointer *) &later->root);
      later->keys = gtk_event_controller_key_new ();
      gtk_event_controller_set_propagation_phase (later->keys, GTK_PHASE_CAPTURE);
      g_signal_connect_swapped (later->keys, "key-pressed", G_CALLBACK (on_focus_later_key_cb), later);
      gtk_widget_add_controller (later->root, later->keys);
      later->clicks = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
      gtk_event_controller_set_propagation_phase (later->clicks, GTK_PHASE_CAPTURE);
      gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (later->clicks), 0);
      g_signal_connect (later->clicks, "pressed", G_CALLBACK (on_focus_later_click_cb), later);
      gtk_widget_add_controller (later->root, later->clicks);
    }
  g_timeout_add_full (G_PRIORITY_LOW, FOCUS_LATER_INTERVAL, focus_later_cb, later, focus_later_free);
}
