/* mp-report-summary.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-report"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "mp-activity.h"
#include "mp-activity-progress.h"
#include "mp-department.h"
#include "mp-meeting.h"
#include "mp-pairing.h"
#include "mp-person.h"
#include "mp-paths.h"
#include "mp-phase.h"
#include "mp-program.h"
#include "mp-report-page.h"
#include "mp-report-summary.h"
#include "mp-schedule.h"

/*
 * How a report is made
 *
 *   Content   mp_report_new_* () reads the store once and turns each progress summary
 *             (or the evaluation) into an "item": rows of plain, translated text. Only
 *             what HR may see is ever read: names, dates, counts, states, HR's own
 *             follow-up notes.
 *   Layout    mp_report_paginate () measures every item once and keeps where the pages
 *             break. A row is one or more columns; in table rows each line holds one
 *             short text per column, kept to one line (ellipsized), so a line's height
 *             follows from the fonts' metrics alone; only wrapped rows (notes) are laid
 *             out to be measured. An item goes on the current page when it fits there,
 *             else on the next; only an item longer than a page is split, between lines,
 *             and it then starts on a page of its own. A heading never ends a page.
 *   Drawing   mp_report_draw_page () draws the lines of one page. Each short text is
 *             shaped once into a PangoLayout kept in a cache (dates, states, labels and
 *             titles repeat from summary to summary), and the glyphs of the whole page
 *             are drawn with one cairo_show_glyphs () per font and colour: a PDF of a
 *             thousand summaries takes about a second.
 */

#define MAX_COLUMNS 5
#define TITLE_LINE_CHARS 30    /* see add_summary () */
#define FIT_BODY_WIDTH 511.0   /* the narrowest body: A4's width less the PDF's margins */

#define ITEM_GAP 22.0          /* between two items on a page */
#define CONTINUED_HEIGHT 16.0  /* the "continued" line at the top of a continuation page */
#define PDF_MARGIN_X 42.0      /* PDF page margins, in points */
#define PDF_MARGIN_TOP 36.0
#define PDF_MARGIN_BOTTOM 30.0
#define CACHE_GENERATION 4000  /* shaped texts kept: two generations of this many */

typedef enum
{
  FONT_BODY,
  FONT_BODY_BOLD,
  FONT_LABEL,
  FONT_TITLE,
  FONT_TITLE_AUX,
  FONT_HEADING,
  FONT_HEADING_AUX,
  FONT_NOTE,
  N_FONTS
} FontId;

static const char * const font_names[N_FONTS] = {
  [FONT_BODY] = "Sans 8.5",
  [FONT_BODY_BOLD] = "Sans Bold 8.5",
  [FONT_LABEL] = "Sans 8",
  [FONT_TITLE] = "Sans Bold 13",
  [FONT_TITLE_AUX] = "Sans Bold 9",
  [FONT_HEADING] = "Sans Bold 9.5",
  [FONT_HEADING_AUX] = "Sans 8",
  [FONT_NOTE] = "Sans Italic 8",
};

typedef enum
{
  INK_TEXT,
  INK_MUTED,
  INK_ACCENT,
  N_INKS
} Ink;

typedef enum
{
  STYLE_TITLE,            /* name | state, on a band */
  STYLE_TITLE_WRAPPED,    /* a name too long for one line beside the state, on a band */
  STYLE_FACTS,            /* label | value | label | value */
  STYLE_NOTE,             /* wrapped, muted italic */
  STYLE_HEADING,          /* section | aside, rule below */
  STYLE_SUBHEADING,       /* phase | its dates */
  STYLE_MEETINGS_HEAD,    /* column titles of the meetings table */
  STYLE_MEETINGS,         /* expected | status | date | time | how */
  STYLE_ACTIVITIES,       /* mark | activity | state | date */
  STYLE_FOLLOW_UPS_HEAD,  /* column titles of the follow-ups table */
  STYLE_FOLLOW_UPS,       /* activity | done | followed up */
  STYLE_INDENTED_NOTE,    /* wrapped, muted italic, indented */
  STYLE_FIGURES,          /* label | value */
  STYLE_RATINGS_HEAD,     /* column titles of the ratings table */
  STYLE_RATINGS,          /* question | answers | mean | distribution */
  STYLE_TEXT,             /* wrapped body text */
  N_STYLES
} RowStyle;

typedef struct
{
  double         x;         /* fraction of the body width, plus ... */
  double         x_pt;      /* ... points */
  double         width;     /* fraction of the body width, plus ... */
  double         width_pt;
  PangoAlignment align;
  FontId         font;
  Ink            ink;
} Column;

typedef struct
{
  guint    n_columns;
  Column   columns[MAX_COLUMNS];
  gboolean wrap;            /* one column of text that wraps; else one line per text */
  gboolean atomic;          /* never split between its lines */
  gboolean keep_with_next;  /* never the last thing on a page */
  double   space_before;
  double   line_padding;    /* above and below each line */
  gboolean band;            /* a shaded band behind the row */
  gboolean rule_below;
} StyleSpec;

#define COL(xf, xp, wf, wp, al, f, i) { xf, xp, wf, wp, PANGO_ALIGN_##al, FONT_##f, INK_##i }
#define MEETING_COLUMNS(f, i, how) \
  COL (0, 0, 0.20, -4, LEFT, f, i), COL (0.20, 0, 0.20, -4, LEFT, f, i), \
  COL (0.40, 0, 0.20, -4, LEFT, f, i), COL (0.60, 0, 0.10, -4, LEFT, f, i), \
  COL (0.70, 0, 0.30, 0, LEFT, f, how)
#define FOLLOW_UP_COLUMNS(f, i) \
  COL (0, 0, 0.52, -6, LEFT, f, i), COL (0.52, 0, 0.24, -6, LEFT, f, i), COL (0.76, 0, 0.24, 0, LEFT, f, i)
#define RATING_COLUMNS(f, mean, i, dist) \
  COL (0, 0, 0.40, -6, LEFT, f, i), COL (0.40, 0, 0.12, -6, RIGHT, f, i), \
  COL (0.52, 0, 0.12, -6, RIGHT, mean, i), COL (0.66, 0, 0.34, 0, LEFT, f, dist)

static const StyleSpec styles[N_STYLES] = {
  [STYLE_TITLE] = {
    2, { COL (0, 8, 0.66, -8, LEFT, TITLE, TEXT), COL (0.66, 0, 0.34, -8, RIGHT, TITLE_AUX, TEXT) },
    FALSE, TRUE, FALSE, 0, 5, TRUE, FALSE },
  [STYLE_TITLE_WRAPPED] = {
    1, { COL (0, 8, 1, -16, LEFT, TITLE, TEXT) },
    TRUE, TRUE, TRUE, 0, 5, TRUE, FALSE },
  [STYLE_FACTS] = {
    /* Labels get room for the longer languages ("Seguimientos de RR. HH."). */
    4, { COL (0, 0, 0, 92, LEFT, LABEL, MUTED), COL (0, 96, 0.5, -102, LEFT, BODY, TEXT),
         COL (0.5, 4, 0, 92, LEFT, LABEL, MUTED), COL (0.5, 100, 0.5, -100, LEFT, BODY, TEXT) },
    FALSE, TRUE, FALSE, 8, 1.2, FALSE, FALSE },
  [STYLE_NOTE] = {
    1, { COL (0, 0, 1, 0, LEFT, NOTE, MUTED) },
    TRUE, FALSE, FALSE, 4, 0.5, FALSE, FALSE },
  [STYLE_HEADING] = {
    2, { COL (0, 0, 0.5, 0, LEFT, HEADING, TEXT), COL (0.5, 0, 0.5, 0, RIGHT, HEADING_AUX, MUTED) },
    FALSE, TRUE, TRUE, 12, 1, FALSE, TRUE },
  [STYLE_SUBHEADING] = {
    2, { COL (0, 0, 0.6, 0, LEFT, BODY_BOLD, TEXT), COL (0.6, 0, 0.4, 0, RIGHT, LABEL, MUTED) },
    FALSE, TRUE, TRUE, 6, 1, FALSE, FALSE },
  [STYLE_MEETINGS_HEAD] = {
    5, { MEETING_COLUMNS (LABEL, MUTED, MUTED) },
    FALSE, TRUE, TRUE, 5, 1, FALSE, FALSE },
  [STYLE_MEETINGS] = {
    5, { MEETING_COLUMNS (BODY, TEXT, MUTED) },
    FALSE, FALSE, FALSE, 1, 1.2, FALSE, FALSE },
  [STYLE_ACTIVITIES] = {
    4, { COL (0, 0, 0, 12, LEFT, BODY_BOLD, ACCENT), COL (0, 14, 0.64, -20, LEFT, BODY, TEXT),
         COL (0.64, 0, 0.16, -4, LEFT, BODY, MUTED), COL (0.80, 0, 0.20, 0, LEFT, BODY, MUTED) },
    FALSE, FALSE, FALSE, 2, 1.2, FALSE, FALSE },
  [STYLE_FOLLOW_UPS_HEAD] = {
    3, { FOLLOW_UP_COLUMNS (LABEL, MUTED) },
    FALSE, TRUE, TRUE, 5, 1, FALSE, FALSE },
  [STYLE_FOLLOW_UPS] = {
    3, { FOLLOW_UP_COLUMNS (BODY, TEXT) },
    FALSE, FALSE, FALSE, 2, 1.2, FALSE, FALSE },
  [STYLE_INDENTED_NOTE] = {
    1, { COL (0, 14, 1, -14, LEFT, NOTE, MUTED) },
    TRUE, FALSE, FALSE, 0, 0.5, FALSE, FALSE },
  [STYLE_FIGURES] = {
    2, { COL (0, 0, 0.55, -6, LEFT, BODY, TEXT), COL (0.55, 0, 0.45, 0, LEFT, BODY_BOLD, TEXT) },
    FALSE, FALSE, FALSE, 2, 1.4, FALSE, FALSE },
  [STYLE_RATINGS_HEAD] = {
    4, { RATING_COLUMNS (LABEL, LABEL, MUTED, MUTED) },
    FALSE, TRUE, TRUE, 5, 1, FALSE, FALSE },
  [STYLE_RATINGS] = {
    4, { RATING_COLUMNS (BODY, BODY_BOLD, TEXT, MUTED) },
    FALSE, FALSE, FALSE, 1, 1.4, FALSE, FALSE },
  [STYLE_TEXT] = {
    1, { COL (0, 0, 1, 0, LEFT, BODY, TEXT) },
    TRUE, FALSE, FALSE, 8, 1, FALSE, FALSE },
};

#undef RATING_COLUMNS
#undef FOLLOW_UP_COLUMNS
#undef MEETING_COLUMNS
#undef COL

/* Content: an item is rows; a row is lines of texts, one per column. */
typedef struct
{
  RowStyle   style;
  guint      n_lines;
  char     **texts;   /* n_lines * n_columns, line by line; NULL = empty */
} Row;

/* Where a row's lines go, from the row's top (its space before included). */
typedef struct
{
  double top;
  double baseline;
} LineBox;

typedef struct
{
  double   height;
  guint    n_lines;
  LineBox *lines;
} RowGeometry;

/* What pagination moves around: a run of lines of one row */
typedef struct
{
  guint    row;
  guint    line0;
  guint    line1;
  double   height;
  gboolean keep_with_next;
} Unit;

typedef struct
{
  char        *title;         /* the employee (or the report's name): outline, "continued" */
  char        *program_name;  /* for the page header */
  GArray      *rows;          /* Row */

  /* From the last pagination */
  RowGeometry *geometry;      /* one per row */
  GArray      *units;         /* Unit */
  double       height;
  guint        first_page;
  guint        last_page;
} Item;

/* A run of units of one item, placed on one page */
typedef struct
{
  guint  item;
  guint  unit0;
  guint  unit1;
  double y;      /* from the top of the body */
} Segment;

/* A text shaped once, drawn many times */
typedef struct
{
  PangoLayout *layout;
  double       line_x;  /* x of the (first) line inside the layout: alignment */
} Shaped;

/* The glyphs of a page in one font and colour, drawn at once */
typedef struct
{
  cairo_scaled_font_t *font;  /* owned reference */
  Ink                  ink;
  GArray              *glyphs;  /* cairo_glyph_t */
} GlyphBatch;

struct _MpReport
{
  GObject       parent_instance;

  /* Owned */
  char         *title;
  GDateTime    *printed_on;
  GArray       *items;          /* Item */
  PangoContext *context;        /* of the last pagination */
  PangoFontDescription *fonts[N_FONTS];
  PangoAttrList *attributes;    /* of every layout */
  GArray       *segments;       /* Segment, page by page */
  GArray       *page_starts;    /* guint: first segment of each page */
  GHashTable   *shaped;         /* "key" -> Shaped: this generation */
  GHashTable   *shaped_old;     /* the generation before */
  GArray       *batches;        /* GlyphBatch */
  GHashTable   *day_texts;      /* (julian << 2 | format) -> formatted date, while building */
  GHashTable   *fitted;         /* "style column text" -> GStrv of its lines, while building */
  PangoContext *fit_context;    /* to measure them, made when first needed */
  PangoLayout  *fit_layouts[N_FONTS];   /* one per font, for its characters' widths */
  GHashTable   *char_widths[N_FONTS];   /* gunichar -> its width + 1, in Pango units */
  GTimeZone    *local_tz;       /* looked up once: with TZ unset, GLib 2.74 reads /etc/localtime
                                 * again for every g_date_time_to_local () */

  double        page_width;
  double        page_height;
  double        body_height;
  double        line_height[N_STYLES];
  double        line_ascent[N_STYLES];
  guint         n_pages;
};

G_DEFINE_FINAL_TYPE (MpReport, mp_report, G_TYPE_OBJECT)

static void
row_clear (gpointer data)
{
  Row *row = data;
  guint n = row->n_lines * styles[row->style].n_columns;

  for (guint i = 0; i < n; i++)
    g_free (row->texts[i]);
  g_clear_pointer (&row->texts, g_free);
}

static void
item_clear_geometry (Item *item)
{
  if (item->geometry != NULL)
    {
      for (guint r = 0; r < item->rows->len; r++)
        g_free (item->geometry[r].lines);
      g_clear_pointer (&item->geometry, g_free);
    }
  g_clear_pointer (&item->units, g_array_unref);
}

static void
item_clear (gpointer data)
{
  Item *item = data;

  item_clear_geometry (item);
  g_clear_pointer (&item->title, g_free);
  g_clear_pointer (&item->program_name, g_free);
  g_clear_pointer (&item->rows, g_array_unref);
}

static void
shaped_free (gpointer data)
{
  Shaped *shaped = data;

  g_object_unref (shaped->layout);
  g_free (shaped);
}

static void
glyph_batch_clear (gpointer data)
{
  GlyphBatch *batch = data;

  g_clear_pointer (&batch->font, cairo_scaled_font_destroy);
  g_clear_pointer (&batch->glyphs, g_array_unref);
}

static void
drop_shaped (MpReport *self)
{
  g_hash_table_remove_all (self->shaped);
  g_hash_table_remove_all (self->shaped_old);
}

/* Building the content */

/* One line of a table: no line breaks inside a text. */
static char *
one_line (const char *text)
{
  GString *out;

  if (text == NULL || *text == '\0')
    return NULL;

  if (strpbrk (text, "\n\r\t") == NULL && strstr (text, "\xe2\x80\xa8") == NULL &&
      strstr (text, "\xe2\x80\xa9") == NULL)
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\r' || c == '\t' || c == 0x2028 || c == 0x2029)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static Item *
report_add_item (MpReport   *self,
                 const char *title,
                 const char *program_name)
{
  Item item = { 0, };

  item.title = g_strdup (title ? title : "");
  item.program_name = g_strdup (program_name);
  item.rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (item.rows, row_clear);
  g_array_append_val (self->items, item);

  return &g_array_index (self->items, Item, self->items->len - 1);
}

/* A table: lines added one by one with table_add (), then written by table_finish (). */
typedef struct
{
  RowStyle   style;
  GPtrArray *texts;
} Table;

static void
table_init (Table    *table,
            RowStyle  style)
{
  table->style = style;
  table->texts = g_ptr_array_new ();
}

static void
table_addv (Table              *table,
            const char * const *texts)
{
  const StyleSpec *spec = &styles[table->style];

  for (guint i = 0; i < spec->n_columns; i++)
    g_ptr_array_add (table->texts, spec->wrap ? g_strdup (texts[i]) : one_line (texts[i]));
}

static void
table_add (Table      *table,
           const char *t0,
           const char *t1,
           const char *t2,
           const char *t3,
           const char *t4)
{
  const char *texts[MAX_COLUMNS] = { t0, t1, t2, t3, t4 };

  table_addv (table, texts);
}

static PangoLayout *
fit_layout (MpReport *self,
            FontId    font)
{
  if (self->fit_context == NULL)
    self->fit_context = mp_report_create_pango_context ();
  if (self->fit_layouts[font] == NULL)
    {
      self->fit_layouts[font] = pango_layout_new (self->fit_context);
      pango_layout_set_font_description (self->fit_layouts[font], self->fonts[font]);
      pango_layout_set_attributes (self->fit_layouts[font], self->attributes);
      pango_layout_set_auto_dir (self->fit_layouts[font], FALSE);
      self->char_widths[font] = g_hash_table_new (NULL, NULL);
    }

  return self->fit_layouts[font];
}

/* Whether @text surely fits on one line @width points wide in @font: the sum of its
 * characters' own widths (each measured once per report; kerning only narrows a line, and
 * the report turns ligatures off) against the width, with room to spare. Scripts whose
 * letters change shape with their neighbours (Arabic, the Indic scripts...) are laid out
 * instead. */
static gboolean
text_fits (MpReport   *self,
           FontId      font,
           const char *text,
           double      width)
{
  PangoLayout *layout = fit_layout (self, font);
  double limit = 0.97 * width * PANGO_SCALE;
  gint64 sum = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gpointer known;
      int w;

      if (c >= 0x0600 && c < 0x2000)
        return FALSE;
      known = g_hash_table_lookup (self->char_widths[font], GUINT_TO_POINTER (c));
      if (known != NULL)
        w = GPOINTER_TO_INT (known) - 1;
      else
        {
          char utf8[8] = { 0 };

          g_unichar_to_utf8 (c, utf8);
          pango_layout_set_text (layout, utf8, -1);
          pango_layout_get_size (layout, &w, NULL);
          g_hash_table_insert (self->char_widths[font], GUINT_TO_POINTER (c), GINT_TO_POINTER (w + 1));
        }
      sum += w;
      if (sum > limit)
        return FALSE;
    }

  return TRUE;
}

/* @text (one line) as the lines it takes in @column of @style on the narrowest body, each
 * of them short enough for one line there: NULL when it takes one. Measured once per
 * report for each text and column (names, departments and titles repeat). */
static const char * const *
fit_lines (MpReport   *self,
           RowStyle    style,
           guint       column,
           const char *text)
{
  const Column *spec = &styles[style].columns[column];
  double width = MAX (1.0, spec->width * FIT_BODY_WIDTH + spec->width_pt - 2.0);
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *key = NULL;
  GPtrArray *lines;
  gpointer found;

  if (text == NULL || text_fits (self, spec->font, text, width))
    return NULL;

  key = g_strdup_printf ("%d %u %s", style, column, text);
  if (g_hash_table_lookup_extended (self->fitted, key, NULL, &found))
    return found;

  layout = pango_layout_new (self->fit_context);
  pango_layout_set_font_description (layout, self->fonts[spec->font]);
  pango_layout_set_attributes (layout, self->attributes);
  /* (with the same room to spare as text_fits (): a printer measures a little otherwise) */
  pango_layout_set_width (layout, (int) (0.97 * width * PANGO_SCALE));
  pango_layout_set_auto_dir (layout, FALSE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);

  lines = NULL;
  if (pango_layout_get_line_count (layout) > 1)
    {
      lines = g_ptr_array_new ();
      for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
        {
          PangoLayoutLine *line = l->data;

          g_ptr_array_add (lines, g_strchomp (g_strndup (text + line->start_index, line->length)));
        }
      g_ptr_array_add (lines, NULL);
    }

  found = lines != NULL ? g_ptr_array_free (lines, FALSE) : NULL;
  g_hash_table_insert (self->fitted, g_steal_pointer (&key), found);

  return found;
}

/* A line of @table whose texts too long for their columns go on as many lines as they
 * need (the others' columns empty there) rather than being cut short. */
static void
table_add_fitted (MpReport   *self,
                  Table      *table,
                  const char *t0,
                  const char *t1,
                  const char *t2,
                  const char *t3,
                  const char *t4)
{
  const StyleSpec *spec = &styles[table->style];
  const char *texts[MAX_COLUMNS] = { t0, t1, t2, t3, t4 };
  const char * const *lines[MAX_COLUMNS] = { NULL };
  char *flat[MAX_COLUMNS] = { NULL };
  guint n_lines = 1;

  for (guint i = 0; i < spec->n_columns; i++)
    {
      flat[i] = one_line (texts[i]);
      lines[i] = fit_lines (self, table->style, i, flat[i]);
      if (lines[i] != NULL)
        n_lines = MAX (n_lines, g_strv_length ((char **) lines[i]));
    }

  for (guint line = 0; line < n_lines; line++)
    {
      const char *row[MAX_COLUMNS] = { NULL };

      for (guint i = 0; i < spec->n_columns; i++)
        {
          if (lines[i] != NULL)
            row[i] = line < g_strv_length ((char **) lines[i]) ? lines[i][line] : NULL;
          else
            row[i] = line == 0 ? flat[i] : NULL;
        }
      table_addv (table, row);
    }

  for (guint i = 0; i < spec->n_columns; i++)
    g_free (flat[i]);
}

static void
table_finish (Table *table,
              Item  *item)
{
  guint n_columns = styles[table->style].n_columns;
  Row row = { table->style, table->texts->len / n_columns, NULL };

  if (row.n_lines > 0)
    {
      row.texts = (char **) g_ptr_array_free (g_steal_pointer (&table->texts), FALSE);
      g_array_append_val (item->rows, row);
    }
  else
    {
      g_ptr_array_free (g_steal_pointer (&table->texts), TRUE);
    }
}

static void
item_add_row (Item       *item,
              RowStyle    style,
              const char *t0,
              const char *t1,
              const char *t2,
              const char *t3,
              const char *t4)
{
  Table table;

  table_init (&table, style);
  table_add (&table, t0, t1, t2, t3, t4);
  table_finish (&table, item);
}

static void
item_add_row_fitted (MpReport   *self,
                     Item       *item,
                     RowStyle    style,
                     const char *t0,
                     const char *t1,
                     const char *t2,
                     const char *t3,
                     const char *t4)
{
  Table table;

  table_init (&table, style);
  table_add_fitted (self, &table, t0, t1, t2, t3, t4);
  table_finish (&table, item);
}

typedef enum
{
  DAY_LONG,     /* "3 March 2026" */
  DAY_SHORT,    /* "Tue 3 Mar 2026" */
} DayFormat;

/* Dates repeat from summary to summary: each is formatted once per report. */
static const char *
format_day (MpReport    *self,
            const GDate *date,
            DayFormat    format)
{
  gpointer key;
  char *text;

  if (date == NULL || !g_date_valid (date))
    return NULL;

  key = GSIZE_TO_POINTER (((gsize) g_date_get_julian (date) << 2) | format);
  text = g_hash_table_lookup (self->day_texts, key);
  if (text != NULL)
    return text;

  if (format == DAY_SHORT)
    /* Translators: a short date with its weekday in a printed table, see g_date_time_format() */
    text = mp_schedule_format_date (date, _("%a %-d %b %Y"));
  else
    /* Translators: a date in a printed summary, see g_date_time_format() */
    text = mp_schedule_format_date (date, _("%-d %B %Y"));
  g_hash_table_insert (self->day_texts, key, text);

  return text;
}

static GDate
local_day (GDateTime *instant)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (instant), g_date_time_get_month (instant),
                  g_date_time_get_year (instant));

  return date;
}

/* "10:30", in local time */
static char *
format_time (GDateTime *local)
{
  /* Translators: a meeting's time in a printed table, see g_date_time_format() */
  return g_date_time_format (local, _("%H:%M"));
}

static char *
format_percent (double fraction)
{
  /* Translators: a percentage in a printed report */
  return g_strdup_printf (_("%d%%"), (int) (fraction * 100.0 + 0.5));
}

typedef struct
{
  MpMeeting *meeting;  /* borrowed */
  GDateTime *local;    /* owned */
  GDate      date;     /* local date */
  gboolean   used;
} MeetingRef;

static void
meeting_ref_clear (gpointer data)
{
  MeetingRef *ref = data;

  g_clear_pointer (&ref->local, g_date_time_unref);
}

static int
compare_meeting_refs (gconstpointer a,
                      gconstpointer b)
{
  const MeetingRef *x = a;
  const MeetingRef *y = b;

  return g_date_time_compare (x->local, y->local);
}

static gboolean
in_window (const GDate          *date,
           const MpScheduleSlot *slot)
{
  return (!g_date_valid (&slot->window_start) || g_date_compare (date, &slot->window_start) >= 0) &&
         g_date_compare (date, &slot->window_end) < 0;
}

static void
add_meeting_line (MpReport   *self,
                  Table      *table,
                  const char *expected,
                  const char *status,
                  MeetingRef *ref)
{
  g_autofree char *time = ref ? format_time (ref->local) : NULL;

  table_add (table, expected, status, ref ? format_day (self, &ref->date, DAY_SHORT) : NULL, time,
             ref ? mp_meeting_mode_get_label (mp_meeting_get_mode (ref->meeting)) : NULL);
}

/* The expected meetings with the one held (or scheduled) in each one's window, then
 * every other meeting and contact. Dates, times and modes only: never an agenda or a
 * summary. */
static void
add_meetings (MpReport                *self,
              Item                    *item,
              MpStore                 *store,
              MpPairing               *pairing,
              const GDate             *today)
{
  MpMentorship *mentorship = mp_pairing_get_mentorship (pairing);
  const MpProgressSummary *summary = mp_pairing_get_summary (pairing);
  MpProgram *program = mp_mentorship_get_program (mentorship);
  const GDate *start = mp_mentorship_get_start_date (mentorship);
  const GDate *ended_on = mp_mentorship_get_ended_on (mentorship);
  gboolean finished = mp_mentorship_get_status (mentorship) != MP_MENTORSHIP_STATUS_ACTIVE;
  gboolean called_off = mp_mentorship_is_called_off (mentorship);
  gboolean late_contact = mp_pairing_get_first_contact_late (pairing);
  gboolean overdue = summary->schedule.state == MP_SCHEDULE_STATE_OVERDUE;
  GListModel *meetings = mp_store_get_meetings (store, mentorship);
  g_autoptr(GArray) refs = g_array_new (FALSE, TRUE, sizeof (MeetingRef));
  g_autoptr(GArray) closed = mp_schedule_closed_dates (mp_store_get_closed_days (store));
  g_autoptr(GArray) slots = NULL;
  g_autofree MpSchedulePhase *phases = NULL;
  g_autofree char *aside = NULL;
  guint n_phases = 0;
  guint n_others = 0;
  Table table;

  g_array_set_clear_func (refs, meeting_ref_clear);
  for (guint i = 0; meetings != NULL && i < g_list_model_get_n_items (meetings); i++)
    {
      g_autoptr(MpMeeting) meeting = g_list_model_get_item (meetings, i);
      MeetingRef ref = { meeting, NULL, { 0, }, FALSE };

      if (mp_meeting_get_starts_at (meeting) == NULL)
        continue;
      ref.local = g_date_time_to_timezone (mp_meeting_get_starts_at (meeting), self->local_tz);
      ref.date = local_day (ref.local);
      g_array_append_val (refs, ref);
    }
  g_array_sort (refs, compare_meeting_refs);

  /* Translators: meetings of a pairing: held, expected by today, in the whole program */
  aside = g_strdup_printf (_("%u held of %u expected so far · %u in the program"),
                           summary->meetings_held, summary->meetings_expected, summary->meetings_total);
  item_add_row_fitted (self, item, STYLE_HEADING, _("Meetings"), aside, NULL, NULL, NULL);

  if (program != NULL && start != NULL && g_date_valid (start))
    {
      g_autoptr(GArray) held = mp_schedule_held_dates (meetings, start, self->local_tz);

      phases = mp_schedule_phases_from_program (program, &n_phases);
      slots = mp_schedule_slots (phases, n_phases, start, mp_mentorship_get_paired_on (mentorship),
                                 (const GDate *) (gpointer) closed->data, closed->len,
                                 (const GDate *) (gpointer) held->data, held->len);
    }

  item_add_row (item, STYLE_MEETINGS_HEAD, _("Expected"), _("Meeting"), _("Date"), _("Time"), _("How"));
  table_init (&table, STYLE_MEETINGS);

  for (guint i = 0; slots != NULL && i < slots->len; i++)
    {
      const MpScheduleSlot *slot = &g_array_index (slots, MpScheduleSlot, i);
      /* The day it is due by, as the pairing's state counts it: a slot on a weekend is due
       * by the Monday after, one on a closed first day by the next open one, but for the
       * contact before arrival (a call or a message will do), due on its own day */
      gboolean before_arrival = !g_date_valid (&slot->window_start);
      GDate due_by = mp_schedule_slot_due_by (slot, mp_mentorship_get_paired_on (mentorship),
                                              (const GDate *) (gpointer) closed->data, closed->len);
      const char *expected = before_arrival ? _("Before arrival") : format_day (self, &due_by, DAY_SHORT);
      MeetingRef *found = NULL;

      /* A held meeting that counts, in the slot's window... */
      for (guint j = 0; j < refs->len && found == NULL; j++)
        {
          MeetingRef *ref = &g_array_index (refs, MeetingRef, j);

          if (!ref->used && in_window (&ref->date, slot) &&
              mp_schedule_meeting_counts (mp_meeting_get_status (ref->meeting),
                                          mp_meeting_get_informal (ref->meeting), &ref->date, start))
            found = ref;
        }
      /* ...or else one scheduled in it. */
      for (guint j = 0; j < refs->len && found == NULL && !finished; j++)
        {
          MeetingRef *ref = &g_array_index (refs, MeetingRef, j);

          if (!ref->used && in_window (&ref->date, slot) &&
              mp_meeting_get_status (ref->meeting) == MP_MEETING_STATUS_SCHEDULED)
            found = ref;
        }

      if (found != NULL)
        {
          const char *status;

          found->used = TRUE;
          if (mp_meeting_get_status (found->meeting) == MP_MEETING_STATUS_HELD)
            status = _("Held");
          /* (its day passed and nobody said how it went, as the facts above say) */
          else if (g_date_compare (&found->date, today) < 0)
            status = _("Not logged");
          else
            status = _("Scheduled");
          add_meeting_line (self, &table, expected, status, found);
        }
      /* A contact before the start of a pairing called off: its end is its start, and the
       * day it was called off, before or after the contact's, is not kept. The same words
       * whatever the day it is printed, never "Not held". */
      else if (called_off && g_date_compare (&slot->date, ended_on) < 0)
        add_meeting_line (self, &table, expected, _("Called off"), NULL);
      /* A pairing over before the slot's day (ended then) will never see it. */
      else if (finished && ((ended_on != NULL && g_date_valid (ended_on) && g_date_compare (&due_by, ended_on) >= 0)
                            || g_date_compare (&due_by, today) > 0))
        add_meeting_line (self, &table, expected, _("After the end"), NULL);
      else if (g_date_compare (&due_by, today) > 0)
        add_meeting_line (self, &table, expected, _("Upcoming"), NULL);
      else if (g_date_compare (today, &slot->window_end) >= 0 || finished)
        add_meeting_line (self, &table, expected, _("Not held"), NULL);
      /* Its day passed, its window still open, and the state above says so (“First
       * contact late”, “Overdue by 2 days”: it counts from the last meeting held, which
       * may have moved the day due later than the slot's) */
      else if (g_date_compare (&due_by, today) < 0 && before_arrival && late_contact)
        add_meeting_line (self, &table, expected, C_("the contact before arrival", "Late"), NULL);
      else if (g_date_compare (&due_by, today) < 0 && !before_arrival && overdue)
        add_meeting_line (self, &table, expected, _("Overdue"), NULL);
      else
        add_meeting_line (self, &table, expected, _("Due"), NULL);
    }

  for (guint j = 0; j < refs->len; j++)
    n_others += g_array_index (refs, MeetingRef, j).used ? 0 : 1;

  if (n_others > 0)
    {
      table_finish (&table, item);
      item_add_row_fitted (self, item, STYLE_SUBHEADING, _("Other meetings and contacts"), NULL, NULL, NULL,
                           NULL);
      table_init (&table, STYLE_MEETINGS);
      for (guint j = 0; j < refs->len; j++)
        {
          MeetingRef *ref = &g_array_index (refs, MeetingRef, j);
          const char *what;

          if (ref->used)
            continue;

          switch (mp_meeting_get_status (ref->meeting))
            {
            case MP_MEETING_STATUS_CANCELLED:
              what = _("Cancelled");
              break;
            case MP_MEETING_STATUS_SCHEDULED:
              what = _("Scheduled");
              break;
            case MP_MEETING_STATUS_HELD:
            default:
              what = mp_meeting_get_informal (ref->meeting) ? _("Informal contact") : _("Held");
              break;
            }
          add_meeting_line (self, &table, NULL, what, ref);
        }
    }
  else if (slots == NULL || slots->len == 0)
    {
      add_meeting_line (self, &table, NULL, _("No meetings yet"), NULL);
    }
  table_finish (&table, item);
}

static void
add_activities (MpReport                *self,
                Item                    *item,
                MpStore                 *store,
                MpMentorship            *mentorship,
                const MpProgressSummary *summary,
                const GDate             *today)
{
  MpProgram *program = mp_mentorship_get_program (mentorship);
  const GDate *start = mp_mentorship_get_start_date (mentorship);
  gboolean finished = mp_mentorship_get_status (mentorship) != MP_MENTORSHIP_STATUS_ACTIVE;
  const char *not_done = finished ? _("Not done") : _("Not done yet");
  /* Translators: an activity not done in its phase, now over */
  const char *not_done_late = _("Not done, late");
  GListModel *progress = mp_store_get_activity_progress (store, mentorship);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) follow_ups = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) late = g_hash_table_new (NULL, NULL);  /* MpActivity not done, phase over */
  g_autofree char *aside = NULL;
  GListModel *phases;
  guint n_phases;
  Table table;

  if (program == NULL)
    return;

  for (guint i = 0; progress != NULL && i < g_list_model_get_n_items (progress); i++)
    {
      g_autoptr(MpActivityProgress) p = g_list_model_get_item (progress, i);

      if (mp_activity_progress_get_activity_id (p) != NULL)
        g_hash_table_insert (by_id, (gpointer) mp_activity_progress_get_activity_id (p), p);
    }

  /* Translators: activities of a pairing, as in "4 of 7 done" */
  aside = g_strdup_printf (_("%u of %u done"), summary->activities_done, summary->activities_applicable);
  item_add_row_fitted (self, item, STYLE_HEADING, _("Activities"), aside, NULL, NULL, NULL);

  phases = mp_program_get_phases (program);
  n_phases = phases != NULL ? g_list_model_get_n_items (phases) : 0;
  for (guint i = 0; i < n_phases; i++)
    {
      g_autoptr(MpPhase) phase = g_list_model_get_item (phases, i);
      GListModel *activities = mp_phase_get_activities (phase);
      guint n = activities != NULL ? g_list_model_get_n_items (activities) : 0;
      g_autofree char *dates = NULL;
      gboolean phase_over = FALSE;  /* its last day has passed: what is not done is late */

      if (n == 0)
        continue;

      if (start != NULL && g_date_valid (start))
        {
          MpSchedulePhase plain = mp_schedule_phase_from (phase);
          GDate first_day, end_day;

          g_date_clear (&first_day, 1);
          g_date_clear (&end_day, 1);
          mp_schedule_phase_dates (&plain, start, &first_day, &end_day);
          phase_over = g_date_valid (&end_day) && g_date_compare (today, &end_day) >= 0;
          g_date_subtract_days (&end_day, 1);
          /* Translators: the first and last day of a phase */
          dates = g_strdup_printf (_("%s – %s"), format_day (self, &first_day, DAY_LONG),
                                   format_day (self, &end_day, DAY_LONG));
        }

      item_add_row_fitted (self, item, STYLE_SUBHEADING, mp_phase_get_title (phase), dates, NULL, NULL, NULL);
      table_init (&table, STYLE_ACTIVITIES);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(MpActivity) activity = g_list_model_get_item (activities, j);
          MpActivityProgress *p = g_hash_table_lookup (by_id, mp_activity_get_id (activity));
          MpActivityState state = p ? mp_activity_progress_get_state (p) : MP_ACTIVITY_STATE_PENDING;
          g_autofree char *title = NULL;

          if (mp_activity_get_optional (activity))
            /* Translators: an activity the pair may skip */
            title = g_strdup_printf (_("%s (optional)"), mp_activity_get_title (activity));
          else
            title = g_strdup (mp_activity_get_title (activity));

          switch (state)
            {
            case MP_ACTIVITY_STATE_DONE:
              table_add_fitted (self, &table, "✓", title, _("Done"),
                         format_day (self, p ? mp_activity_progress_get_done_on (p) : NULL, DAY_SHORT), NULL);
              break;
            case MP_ACTIVITY_STATE_NOT_APPLICABLE:
              table_add_fitted (self, &table, "–", title, _("Not applicable"), NULL, NULL);
              break;
            case MP_ACTIVITY_STATE_PENDING:
            default:
              /* (one the pair may skip is never late) */
              if (!finished && phase_over && !mp_activity_get_optional (activity))
                g_hash_table_add (late, activity);  /* (kept alive by the program) */
              table_add_fitted (self, &table, "○", title,
                                g_hash_table_contains (late, activity) ? not_done_late : not_done,
                                NULL, NULL);
              break;
            }

          if (mp_activity_get_hr_follow_up (activity))
            g_ptr_array_add (follow_ups, g_object_ref (activity));
        }
      table_finish (&table, item);
    }

  if (follow_ups->len == 0)
    return;

  g_clear_pointer (&aside, g_free);
  if (summary->hr_follow_ups_pending > 0)
    aside = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pending", "%u pending", summary->hr_follow_ups_pending),
                             summary->hr_follow_ups_pending);
  else
    aside = g_strdup (_("none pending"));
  item_add_row_fitted (self, item, STYLE_HEADING, _("HR follow-ups"), aside, NULL, NULL, NULL);
  item_add_row (item, STYLE_FOLLOW_UPS_HEAD, _("Activity"), _("Activity done"), _("HR followed up"), NULL, NULL);

  for (guint i = 0; i < follow_ups->len; i++)
    {
      MpActivity *activity = g_ptr_array_index (follow_ups, i);
      MpActivityProgress *p = g_hash_table_lookup (by_id, mp_activity_get_id (activity));
      MpActivityState state = p ? mp_activity_progress_get_state (p) : MP_ACTIVITY_STATE_PENDING;
      const GDate *done_on = p ? mp_activity_progress_get_done_on (p) : NULL;
      const GDate *followed = p ? mp_activity_progress_get_hr_followed_up_on (p) : NULL;
      const char *note = p ? mp_activity_progress_get_hr_note (p) : NULL;
      const char *done_text;
      const char *followed_text;

      if (state == MP_ACTIVITY_STATE_NOT_APPLICABLE)
        done_text = _("Not applicable");
      else if (state == MP_ACTIVITY_STATE_DONE)
        done_text = done_on && g_date_valid (done_on) ? format_day (self, done_on, DAY_LONG) : _("Done");
      else
        done_text = g_hash_table_contains (late, activity) ? not_done_late : not_done;

      if (followed != NULL && g_date_valid (followed))
        followed_text = format_day (self, followed, DAY_LONG);
      else if (state == MP_ACTIVITY_STATE_DONE)
        followed_text = _("Pending");
      else
        followed_text = "—";

      item_add_row_fitted (self, item, STYLE_FOLLOW_UPS, mp_activity_get_title (activity), done_text, followed_text,
                           NULL, NULL);
      if (note != NULL && *note != '\0')
        {
          /* HR's own note: written by HR for HR, so it belongs in HR's summary. */
          g_autofree char *text = g_strdup_printf (_("HR note: %s"), note);

          item_add_row (item, STYLE_INDENTED_NOTE, text, NULL, NULL, NULL, NULL);
        }
    }
}

static void
add_summary (MpReport    *self,
             MpStore     *store,
             MpPairing   *pairing,
             const GDate *today)
{
  MpMentorship *mentorship = mp_pairing_get_mentorship (pairing);
  const MpProgressSummary *summary = mp_pairing_get_summary (pairing);
  MpProgram *program = mp_mentorship_get_program (mentorship);
  MpPerson *employee = mp_mentorship_get_employee (mentorship);
  MpPerson *mentor = mp_mentorship_get_mentor (mentorship);
  MpMentorshipStatus status = mp_mentorship_get_status (mentorship);
  const char *program_name = program ? mp_program_get_name (program) : NULL;
  const char *department = mp_pairing_get_department_name (pairing);
  const char *employee_title = employee ? mp_person_get_title (employee) : NULL;
  const char *mentor_title = mentor ? mp_person_get_title (mentor) : NULL;
  const char *start = format_day (self, mp_mentorship_get_start_date (mentorship), DAY_LONG);
  const char *last_contact = format_day (self, &summary->last_contact, DAY_LONG);
  g_autofree char *state_label = NULL;
  g_autofree char *meetings = NULL;
  g_autofree char *activities = NULL;
  g_autofree char *follow_ups = NULL;
  g_autofree char *next_meeting = NULL;
  g_autofree char *cadence = NULL;
  Item *item;
  Table facts;

  g_object_get (pairing, "state-label", &state_label, NULL);

  item = report_add_item (self, mp_pairing_get_employee_name (pairing), program_name);
  /* A title line holds about this many characters of a name beside the state (at 16 points, in
   * two thirds of A4's or Letter's width); a longer name gets lines of its own above it, so it
   * is never cut ("Bartholomew Maximilian Featherstonehaugh-C…"). */
  if (g_utf8_strlen (mp_pairing_get_employee_name (pairing), -1) > TITLE_LINE_CHARS)
    {
      item_add_row (item, STYLE_TITLE_WRAPPED, mp_pairing_get_employee_name (pairing), NULL, NULL, NULL, NULL);
      item_add_row (item, STYLE_TITLE, "", state_label, NULL, NULL, NULL);
    }
  else
    item_add_row (item, STYLE_TITLE, mp_pairing_get_employee_name (pairing), state_label, NULL, NULL, NULL);

  /* Translators: meetings of a pairing: held, expected by today, in the whole program */
  meetings = g_strdup_printf (_("%u held · %u expected · %u in all"),
                              summary->meetings_held, summary->meetings_expected, summary->meetings_total);
  /* Translators: activities of a pairing, as in "4 of 7 done" */
  activities = g_strdup_printf (_("%u of %u done"), summary->activities_done, summary->activities_applicable);
  if (summary->hr_follow_ups_pending > 0)
    follow_ups = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pending", "%u pending",
                                               summary->hr_follow_ups_pending),
                                  summary->hr_follow_ups_pending);
  else
    follow_ups = g_strdup (_("None pending"));
  if (summary->next_meeting != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_timezone (summary->next_meeting, self->local_tz);
      GDate day = local_day (local);
      g_autofree char *time = format_time (local);

      /* Translators: the next meeting's day, then its time */
      next_meeting = g_strdup_printf (_("%s, %s"), format_day (self, &day, DAY_SHORT), time);
    }
  /* (while the pairing runs, as in the HR table and the mentor's dashboard) */
  else if (mp_pairing_get_unlogged_meeting_unix (pairing) != MP_PROGRESS_NO_TIME)
    {
      g_autoptr(GDateTime) planned = g_date_time_new_from_unix_utc (mp_pairing_get_unlogged_meeting_unix (pairing));
      g_autoptr(GDateTime) local = g_date_time_to_timezone (planned, self->local_tz);
      GDate day = local_day (local);
      g_autofree char *time = format_time (local);

      /* Translators: 1: a meeting's day, 2: its time; the mentor has not logged how it went */
      next_meeting = g_strdup_printf (_("None scheduled; the one planned for %s, %s is not logged yet"),
                                      format_day (self, &day, DAY_SHORT), time);
    }
  else if (g_date_valid (&summary->schedule.due))
    /* No meeting is scheduled: the note below the facts says when the next one is due. */
    next_meeting = g_strdup (_("None scheduled"));
  else
    next_meeting = g_strdup (_("None"));
  if (summary->slots_judged > 0)
    {
      g_autofree char *percent = format_percent (summary->cadence_adherence);

      /* Translators: meetings on time of those that count so far, then a percentage */
      cadence = g_strdup_printf (_("%u of %u on time (%s)"), summary->slots_kept, summary->slots_judged, percent);
    }
  else
    cadence = g_strdup (_("Not judged yet"));

  table_init (&facts, STYLE_FACTS);
  /* The mentor's job title goes on a line of its own, below the name (a name and a title
   * together are often longer than the column); a fact too long for its column goes on. */
  table_add_fitted (self, &facts, _("Employee"), employee_title && *employee_title ? employee_title : _("New employee"),
             _("Mentor"), mp_pairing_get_mentor_name (pairing), NULL);
  if (mentor_title != NULL && *mentor_title != '\0')
    table_add_fitted (self, &facts, "", "", "", mentor_title, NULL);
  table_add_fitted (self, &facts, _("Department"), department && *department ? department : _("None"),
             _("Program"), program_name ? program_name : _("None"), NULL);
  table_add_fitted (self, &facts, _("Start date"), start ? start : _("Not set"),
             _("Phase"), summary->phase_title ? summary->phase_title : _("Unknown"), NULL);
  table_add_fitted (self, &facts, _("Meetings"), meetings, _("Cadence"), cadence, NULL);
  table_add_fitted (self, &facts, _("Activities"), activities, _("HR follow-ups"), follow_ups, NULL);
  table_add_fitted (self, &facts, _("Last contact"), last_contact ? last_contact : _("None yet"),
             _("Next meeting"), next_meeting, NULL);
  table_finish (&facts, item);

  if (status == MP_MENTORSHIP_STATUS_ENDED_EARLY ||
      (status == MP_MENTORSHIP_STATUS_ARCHIVED && mp_mentorship_get_end_reason (mentorship) != NULL))
    {
      const char *day = format_day (self, mp_mentorship_get_ended_on (mentorship), DAY_LONG);
      const char *reason = mp_mentorship_get_end_reason (mentorship);
      g_autofree char *text = NULL;

      if (mp_mentorship_is_called_off (mentorship) && reason != NULL && *reason != '\0')
        /* Translators: a pairing called off before it started (on the day it was to start), and why */
        text = g_strdup_printf (_("Called off, ending on its start day, %s: %s"), day ? day : _("an unknown day"),
                                reason);
      else if (reason != NULL && *reason != '\0')
        /* Translators: when a pairing ended early, and why (as HR recorded it) */
        text = g_strdup_printf (_("Ended early on %s: %s"), day ? day : _("an unknown day"), reason);
      else
        text = g_strdup_printf (_("Ended early on %s."), day ? day : _("an unknown day"));
      item_add_row (item, STYLE_NOTE, text, NULL, NULL, NULL, NULL);
    }
  else if (status == MP_MENTORSHIP_STATUS_COMPLETED || status == MP_MENTORSHIP_STATUS_ARCHIVED)
    {
      const char *day = format_day (self, mp_mentorship_get_ended_on (mentorship), DAY_LONG);
      g_autofree char *text = day ? g_strdup_printf (_("Completed on %s."), day) : g_strdup (_("Completed."));

      item_add_row (item, STYLE_NOTE, text, NULL, NULL, NULL, NULL);
    }
  else if (summary->schedule.reason != NULL && *summary->schedule.reason != '\0')
    {
      item_add_row (item, STYLE_NOTE, summary->schedule.reason, NULL, NULL, NULL, NULL);
    }

  add_meetings (self, item, store, pairing, today);
  add_activities (self, item, store, mentorship, summary, today);
}

/* Shaping, with a cache */

static double
column_x (const Column *column,
          double        width)
{
  return column->x * width + column->x_pt;
}

static double
column_width (const Column *column,
              double        width)
{
  return MAX (1.0, column->width * width + column->width_pt);
}

/* The text laid out in @column: one line (ellipsized) or, for wrapped styles, wrapped.
 * Kept in a cache of two generations: a hit in the older one moves the entry into the
 * current one; when the current one is full, the older one is dropped. */
static Shaped *
shape (MpReport     *self,
       const Column *column,
       gboolean      wrap,
       const char   *text)
{
  int width = (int) (column_width (column, self->page_width) * PANGO_SCALE);
  g_autofree char *key = g_strdup_printf ("%d:%d:%d:%d:%s", (int) column->font, wrap ? 1 : 0, width,
                                          (int) column->align, text);
  Shaped *shaped;
  char *old_key;

  shaped = g_hash_table_lookup (self->shaped, key);
  if (shaped != NULL)
    return shaped;

  if (g_hash_table_steal_extended (self->shaped_old, key, (gpointer *) &old_key, (gpointer *) &shaped))
    {
      g_hash_table_insert (self->shaped, old_key, shaped);
      return shaped;
    }

  if (g_hash_table_size (self->shaped) >= CACHE_GENERATION)
    {
      GHashTable *old = self->shaped_old;

      self->shaped_old = self->shaped;
      self->shaped = old;
      g_hash_table_remove_all (self->shaped);
    }

  shaped = g_new0 (Shaped, 1);
  shaped->layout = pango_layout_new (self->context);
  pango_layout_set_font_description (shaped->layout, self->fonts[column->font]);
  pango_layout_set_attributes (shaped->layout, self->attributes);
  pango_layout_set_width (shaped->layout, width);
  /* The page is laid out left to right: a name in a right-to-left script keeps its
   * column's side (its letters still run right to left). */
  pango_layout_set_auto_dir (shaped->layout, FALSE);
  pango_layout_set_alignment (shaped->layout, column->align);
  if (wrap)
    {
      pango_layout_set_wrap (shaped->layout, PANGO_WRAP_WORD_CHAR);
    }
  else
    {
      pango_layout_set_ellipsize (shaped->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (shaped->layout, -1);
      pango_layout_set_single_paragraph_mode (shaped->layout, TRUE);
    }
  pango_layout_set_text (shaped->layout, text, -1);

  {
    PangoLayoutIter *iter = pango_layout_get_iter (shaped->layout);
    PangoRectangle logical;

    pango_layout_iter_get_line_extents (iter, NULL, &logical);
    shaped->line_x = (double) logical.x / PANGO_SCALE;
    pango_layout_iter_free (iter);
  }

  g_hash_table_insert (self->shaped, g_steal_pointer (&key), shaped);

  return shaped;
}

/* Glyphs are gathered for the whole page and drawn with one call per font and colour:
 * cairo's cost is mostly per call, not per glyph. */
static GArray *
glyph_batch (MpReport            *self,
             cairo_scaled_font_t *font,
             Ink                  ink)
{
  GlyphBatch batch;

  for (guint i = 0; i < self->batches->len; i++)
    {
      GlyphBatch *b = &g_array_index (self->batches, GlyphBatch, i);

      if (b->font == font && b->ink == ink)
        return b->glyphs;
    }

  batch.font = cairo_scaled_font_reference (font);
  batch.ink = ink;
  batch.glyphs = g_array_sized_new (FALSE, FALSE, sizeof (cairo_glyph_t), 1024);
  g_array_append_val (self->batches, batch);

  return batch.glyphs;
}

static void
add_line_glyphs (MpReport        *self,
                 PangoLayoutLine *line,
                 double           x,
                 double           baseline,
                 Ink              ink)
{
  int x_pos = 0;

  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;
      PangoFont *font = run->item->analysis.font;
      cairo_scaled_font_t *scaled_font;
      GArray *glyphs = NULL;
      double y = baseline - (double) run->y_offset / PANGO_SCALE;

      x_pos += run->start_x_offset;
      scaled_font = PANGO_IS_CAIRO_FONT (font) ? pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (font)) : NULL;
      if (scaled_font != NULL && cairo_scaled_font_status (scaled_font) == CAIRO_STATUS_SUCCESS)
        glyphs = glyph_batch (self, scaled_font, ink);

      for (int g = 0; g < run->glyphs->num_glyphs; g++)
        {
          const PangoGlyphInfo *info = &run->glyphs->glyphs[g];

          if (glyphs != NULL && info->glyph != PANGO_GLYPH_EMPTY && (info->glyph & PANGO_GLYPH_UNKNOWN_FLAG) == 0)
            {
              cairo_glyph_t glyph = {
                info->glyph,
                x + (double) (x_pos + info->geometry.x_offset) / PANGO_SCALE,
                y + (double) info->geometry.y_offset / PANGO_SCALE,
              };

              g_array_append_val (glyphs, glyph);
            }
          x_pos += info->geometry.width;
        }
      x_pos += run->end_x_offset;
    }
}

static void
set_ink (cairo_t *cr,
         Ink      ink)
{
  switch (ink)
    {
    case INK_MUTED:
      cairo_set_source_rgb (cr, 0.36, 0.36, 0.38);
      break;
    case INK_ACCENT:
      cairo_set_source_rgb (cr, 0.11, 0.42, 0.30);
      break;
    case INK_TEXT:
    case N_INKS:
    default:
      cairo_set_source_rgb (cr, 0.07, 0.07, 0.09);
      break;
    }
}

static void
flush_glyphs (MpReport *self,
              cairo_t  *cr)
{
  for (guint i = 0; i < self->batches->len; i++)
    {
      GlyphBatch *batch = &g_array_index (self->batches, GlyphBatch, i);

      if (batch->glyphs->len == 0)
        continue;
      cairo_set_scaled_font (cr, batch->font);
      set_ink (cr, batch->ink);
      cairo_show_glyphs (cr, (cairo_glyph_t *) (gpointer) batch->glyphs->data, (int) batch->glyphs->len);
    }
  g_array_set_size (self->batches, 0);
}

/* Measuring */

static void
measure_styles (MpReport *self)
{
  double ascent[N_FONTS], descent[N_FONTS];

  for (guint f = 0; f < N_FONTS; f++)
    {
      PangoFontMetrics *metrics = pango_context_get_metrics (self->context, self->fonts[f], NULL);

      ascent[f] = (double) pango_font_metrics_get_ascent (metrics) / PANGO_SCALE;
      descent[f] = (double) pango_font_metrics_get_descent (metrics) / PANGO_SCALE;
      pango_font_metrics_unref (metrics);
    }

  for (guint s = 0; s < N_STYLES; s++)
    {
      const StyleSpec *spec = &styles[s];
      double a = 0, d = 0;

      for (guint c = 0; c < spec->n_columns; c++)
        {
          a = MAX (a, ascent[spec->columns[c].font]);
          d = MAX (d, descent[spec->columns[c].font]);
        }
      self->line_ascent[s] = a;
      self->line_height[s] = a + d + 2 * spec->line_padding;
    }
}

/* Where each line of a row goes: from the fonts' metrics for one-line texts, from the
 * laid-out text for wrapped ones. */
static void
measure_row (MpReport    *self,
             const Row   *row,
             RowGeometry *out)
{
  const StyleSpec *spec = &styles[row->style];

  if (!spec->wrap)
    {
      out->n_lines = row->n_lines;
      out->lines = NULL;
      out->height = spec->space_before + row->n_lines * self->line_height[row->style];
      return;
    }
  else
    {
      const char *text = row->texts[0] ? row->texts[0] : "";
      Shaped *shaped = shape (self, &spec->columns[0], TRUE, text);
      PangoLayoutIter *iter = pango_layout_get_iter (shaped->layout);
      PangoRectangle logical;
      int height;
      guint i = 0;

      out->n_lines = (guint) pango_layout_get_line_count (shaped->layout);
      out->lines = g_new0 (LineBox, MAX (out->n_lines, 1));
      do
        {
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          out->lines[i].top = i == 0 ? 0 : spec->space_before + spec->line_padding + (double) logical.y / PANGO_SCALE;
          out->lines[i].baseline = spec->space_before + spec->line_padding +
                                   (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
          i++;
        }
      while (i < out->n_lines && pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);

      pango_layout_get_extents (shaped->layout, NULL, &logical);
      height = logical.height;
      out->height = spec->space_before + 2 * spec->line_padding + (double) height / PANGO_SCALE;
    }
}

static double
line_top (MpReport          *self,
          const Row         *row,
          const RowGeometry *geometry,
          guint              line)
{
  const StyleSpec *spec = &styles[row->style];

  if (line == 0)
    return 0;
  if (line >= geometry->n_lines)
    return geometry->height;
  if (geometry->lines != NULL)
    return geometry->lines[line].top;

  return spec->space_before + line * self->line_height[row->style];
}

static void
measure_item (MpReport *self,
              Item     *item)
{
  item_clear_geometry (item);
  item->geometry = g_new0 (RowGeometry, MAX (item->rows->len, 1));
  item->units = g_array_new (FALSE, FALSE, sizeof (Unit));
  item->height = 0;

  for (guint r = 0; r < item->rows->len; r++)
    {
      const Row *row = &g_array_index (item->rows, Row, r);
      const StyleSpec *spec = &styles[row->style];
      RowGeometry *geometry = &item->geometry[r];

      measure_row (self, row, geometry);

      if (spec->atomic || geometry->n_lines <= 1)
        {
          Unit unit = { r, 0, geometry->n_lines, geometry->height, spec->keep_with_next };

          g_array_append_val (item->units, unit);
        }
      else
        {
          for (guint i = 0; i < geometry->n_lines; i++)
            {
              Unit unit = { r, i, i + 1, 0, FALSE };

              unit.height = line_top (self, row, geometry, i + 1) - line_top (self, row, geometry, i);
              g_array_append_val (item->units, unit);
            }
        }
      item->height += geometry->height;
    }
}

/* Drawing */

static void
draw_unit (MpReport   *self,
           cairo_t    *cr,
           const Item *item,
           const Unit *unit,
           double      y)
{
  const Row *row = &g_array_index (item->rows, Row, unit->row);
  const RowGeometry *geometry = &item->geometry[unit->row];
  const StyleSpec *spec = &styles[row->style];
  double origin = y - line_top (self, row, geometry, unit->line0);
  double width = self->page_width;

  if (unit->line0 == 0 && spec->band)
    {
      cairo_set_source_rgb (cr, 0.92, 0.93, 0.94);
      cairo_rectangle (cr, 0, origin + spec->space_before, width, geometry->height - spec->space_before);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.11, 0.42, 0.30);
      cairo_rectangle (cr, 0, origin + spec->space_before, 3, geometry->height - spec->space_before);
      cairo_fill (cr);
    }

  if (spec->wrap)
    {
      const Column *column = &spec->columns[0];
      Shaped *shaped = shape (self, column, TRUE, row->texts[0] ? row->texts[0] : "");
      PangoLayoutIter *iter = pango_layout_get_iter (shaped->layout);
      guint i = 0;

      do
        {
          if (i >= unit->line0 && i < unit->line1 && i < geometry->n_lines)
            {
              PangoRectangle logical;

              pango_layout_iter_get_line_extents (iter, NULL, &logical);
              add_line_glyphs (self, pango_layout_iter_get_line_readonly (iter),
                               column_x (column, width) + (double) logical.x / PANGO_SCALE,
                               origin + geometry->lines[i].baseline, column->ink);
            }
          i++;
        }
      while (i < unit->line1 && pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }
  else
    {
      for (guint i = unit->line0; i < unit->line1 && i < row->n_lines; i++)
        {
          double baseline = origin + line_top (self, row, geometry, i) + (i == 0 ? spec->space_before : 0) +
                            spec->line_padding + self->line_ascent[row->style];

          for (guint c = 0; c < spec->n_columns; c++)
            {
              const char *text = row->texts[i * spec->n_columns + c];
              const Column *column = &spec->columns[c];
              Shaped *shaped;

              if (text == NULL || *text == '\0')
                continue;

              shaped = shape (self, column, FALSE, text);
              add_line_glyphs (self, pango_layout_get_line_readonly (shaped->layout, 0),
                               column_x (column, width) + shaped->line_x, baseline, column->ink);
            }
        }
    }

  if (unit->line1 >= geometry->n_lines && spec->rule_below)
    {
      cairo_set_source_rgb (cr, 0.55, 0.56, 0.58);
      cairo_set_line_width (cr, 0.6);
      cairo_move_to (cr, 0, origin + geometry->height - 0.3);
      cairo_line_to (cr, width, origin + geometry->height - 0.3);
      cairo_stroke (cr);
    }
}

static void
draw_continued (MpReport   *self,
                const Item *item)
{
  static const Column column = { 0, 0, 1, 0, PANGO_ALIGN_LEFT, FONT_NOTE, INK_MUTED };
  /* Translators: at the top of a page, a summary carried over from the page before */
  g_autofree char *text = g_strdup_printf (_("%s (continued)"), item->title);
  Shaped *shaped = shape (self, &column, FALSE, text);

  add_line_glyphs (self, pango_layout_get_line_readonly (shaped->layout, 0), shaped->line_x,
                   (double) pango_layout_get_baseline (shaped->layout) / PANGO_SCALE, column.ink);
}

/* GObject */

static void
mp_report_finalize (GObject *object)
{
  MpReport *self = (MpReport *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->printed_on, g_date_time_unref);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->shaped, g_hash_table_unref);
  g_clear_pointer (&self->shaped_old, g_hash_table_unref);
  g_clear_pointer (&self->batches, g_array_unref);
  g_clear_pointer (&self->day_texts, g_hash_table_unref);
  g_clear_pointer (&self->fitted, g_hash_table_unref);
  for (guint i = 0; i < N_FONTS; i++)
    {
      g_clear_object (&self->fit_layouts[i]);
      g_clear_pointer (&self->char_widths[i], g_hash_table_unref);
    }
  g_clear_object (&self->fit_context);
  g_clear_pointer (&self->local_tz, g_time_zone_unref);
  g_clear_object (&self->context);
  for (guint i = 0; i < N_FONTS; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_pointer (&self->attributes, pango_attr_list_unref);
  g_clear_pointer (&self->segments, g_array_unref);
  g_clear_pointer (&self->page_starts, g_array_unref);

  G_OBJECT_CLASS (mp_report_parent_class)->finalize (object);
}

static void
mp_report_class_init (MpReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mp_report_finalize;
}

static void
mp_report_init (MpReport *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);
  self->segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->shaped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, shaped_free);
  self->shaped_old = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, shaped_free);
  self->batches = g_array_new (FALSE, TRUE, sizeof (GlyphBatch));
  g_array_set_clear_func (self->batches, glyph_batch_clear);
  self->day_texts = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->fitted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  self->local_tz = g_time_zone_new_local ();
  for (guint i = 0; i < N_FONTS; i++)
    self->fonts[i] = pango_font_description_from_string (font_names[i]);

  /* Glyphs are drawn without their text (see flush_glyphs ()), so a PDF reader finds
   * the text through each glyph's own character: no ligatures, or "ﬁ" would not
   * match a search for "fi". */
  self->attributes = pango_attr_list_new ();
  pango_attr_list_insert (self->attributes, pango_attr_font_features_new ("liga 0, clig 0, dlig 0, hlig 0"));
}

static MpReport *
report_new (const char *title,
            GDateTime  *printed_on)
{
  MpReport *self = g_object_new (MP_TYPE_REPORT, NULL);

  self->title = g_strdup (title);
  self->printed_on = printed_on ? g_date_time_ref (printed_on) : g_date_time_new_now_local ();

  return self;
}

/* Public API */

/**
 * mp_report_new_summaries:
 * @store: the store holding the pairings
 * @pairings: (element-type MpPairing): the pairings to print, in order (from
 *   mp_pairing_list_get_for_store (), whose "today" the summaries are as of)
 * @printed_on: (nullable): the date in the page header; %NULL for now
 * @error: where to say why the histories could not be read
 *
 * Reads what the summaries show from @store now; later changes do not show. A history that
 * cannot be read (a damaged database) fails the whole report: a summary printed without
 * some of its meetings would be wrong, not short.
 *
 * Returns: (transfer full) (nullable): a report with one progress summary per pairing, or
 *   %NULL with @error set
 */
MpReport *
mp_report_new_summaries (MpStore    *store,
                         GPtrArray  *pairings,
                         GDateTime  *printed_on,
                         GError    **error)
{
  g_autoptr(GPtrArray) mentorships = NULL;
  MpReport *self;
  GDate today;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);
  g_return_val_if_fail (pairings != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The pairings' meetings and activities: one query per kind for all of them. */
  mentorships = g_ptr_array_new ();
  for (guint i = 0; i < pairings->len; i++)
    if (MP_IS_PAIRING (g_ptr_array_index (pairings, i)))
      g_ptr_array_add (mentorships, mp_pairing_get_mentorship (g_ptr_array_index (pairings, i)));
  if (!mp_store_preload_mentorships (store, (MpMentorship * const *) mentorships->pdata, mentorships->len, error))
    return NULL;

  self = report_new (_("Progress summaries"), printed_on);
  g_date_clear (&today, 1);
  mp_pairing_list_get_today (mp_pairing_list_get_for_store (store), &today);

  for (guint i = 0; i < pairings->len; i++)
    {
      MpPairing *pairing = g_ptr_array_index (pairings, i);

      if (!MP_IS_PAIRING (pairing))
        {
          g_critical ("%s: item %u is not an MpPairing", G_STRFUNC, i);
          continue;
        }
      add_summary (self, store, pairing, &today);
    }

  if (self->items->len == 0)
    {
      Item *item = report_add_item (self, self->title, NULL);

      item_add_row (item, STYLE_TITLE, self->title, NULL, NULL, NULL, NULL);
      item_add_row (item, STYLE_TEXT, _("There are no pairings to print."), NULL, NULL, NULL, NULL);
    }

  g_hash_table_remove_all (self->day_texts);
  g_hash_table_remove_all (self->fitted);

  return self;
}

static void
add_figure (Table      *table,
            const char *label,
            const char *value)
{
  table_add (table, label, value, NULL, NULL, NULL);
}

/**
 * mp_report_new_evaluation:
 * @evaluation: the pilot evaluation
 * @printed_on: (nullable): the date in the page header; %NULL for now
 *
 * Returns: (transfer full): a report of the pilot evaluation. A question's answers
 *   are printed only when at least %MP_EVALUATION_MIN_ANSWERS people gave one.
 */
MpReport *
mp_report_new_evaluation (MpEvaluation *evaluation,
                          GDateTime    *printed_on)
{
  const MpEvaluation *e = evaluation;
  MpReport *self;
  const char *as_of;
  g_autofree char *aside = NULL;
  g_autofree char *text = NULL;
  Item *item;
  Table table;

  g_return_val_if_fail (evaluation != NULL, NULL);

  self = report_new (_("Pilot evaluation"), printed_on);
  item = report_add_item (self, self->title, e->program_name);

  as_of = format_day (self, &e->as_of, DAY_LONG);
  if (as_of != NULL)
    /* Translators: %s is the day the evaluation is for */
    aside = g_strdup_printf (_("As of %s"), as_of);
  item_add_row (item, STYLE_TITLE, self->title, aside, NULL, NULL, NULL);

#define FIGURE(label, fmt, ...) \
  G_STMT_START { g_autofree char *v_ = g_strdup_printf (fmt, __VA_ARGS__); add_figure (&table, label, v_); } G_STMT_END

  /* Pairings */
  g_clear_pointer (&aside, g_free);
  aside = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pairing in all", "%u pairings in all", e->pairings),
                           e->pairings);
  item_add_row (item, STYLE_HEADING, _("Pairings"), aside, NULL, NULL, NULL);
  table_init (&table, STYLE_FIGURES);
  FIGURE (_("Started"), "%u", e->started);
  FIGURE (_("Still running"), "%u", e->active);
  FIGURE (_("Completed"), "%u", e->completed);
  FIGURE (_("Ended early"), "%u", e->ended_early);
  FIGURE (_("Not started yet (before arrival)"), "%u", e->before_arrival);
  if (e->called_off > 0)
    FIGURE (_("Called off before their start"), "%u", e->called_off);
  table_finish (&table, item);

  /* Cadence */
  item_add_row (item, STYLE_HEADING, _("Meeting cadence"), NULL, NULL, NULL, NULL);
  if (e->cadence_pairings > 0)
    {
      g_autofree char *mean = format_percent (e->cadence_mean);
      g_autofree char *threshold = format_percent (MP_EVALUATION_CADENCE_ON_TRACK);
      g_autofree char *label = NULL;

      table_init (&table, STYLE_FIGURES);
      add_figure (&table, _("Mean share of expected meetings held on time"), mean);
      /* Translators: %s is a percentage */
      label = g_strdup_printf (_("Pairings keeping the cadence (at least %s on time)"), threshold);
      /* Translators: a count of pairings out of those judged */
      FIGURE (label, _("%u of %u"), e->cadence_on_track, e->cadence_pairings);
      table_finish (&table, item);
    }
  else
    item_add_row (item, STYLE_NOTE, _("No pairing has reached a meeting that counts yet."), NULL, NULL, NULL, NULL);

  /* Activities */
  item_add_row (item, STYLE_HEADING, _("Activities"), NULL, NULL, NULL, NULL);
  if (e->activity_pairings > 0)
    {
      g_autofree char *mean = format_percent (e->activity_mean);

      table_init (&table, STYLE_FIGURES);
      add_figure (&table, _("Mean share of applicable activities done"), mean);
      FIGURE (_("Activities done, all pairings together"), _("%u of %u"), e->activities_done,
              e->activities_applicable);
      FIGURE (_("Pairings with no activity left undone from a past phase"), _("%u of %u"), e->activity_on_track,
              e->activity_pairings);
      table_finish (&table, item);
    }
  else
    item_add_row (item, STYLE_NOTE, _("No pairing has started yet."), NULL, NULL, NULL, NULL);

  /* HR follow-ups */
  item_add_row (item, STYLE_HEADING, _("HR follow-ups"), NULL, NULL, NULL, NULL);
  table_init (&table, STYLE_FIGURES);
  FIGURE (_("Follow-ups recorded"), "%u", e->follow_ups_done);
  FIGURE (_("Follow-ups pending"), "%u", e->follow_ups_pending);
  if (e->follow_ups_done > 0)
    {
      g_autofree char *median = mp_evaluation_format_days (e->follow_up_median_days);
      g_autofree char *longest = mp_evaluation_format_days (e->follow_up_max_days);

      add_figure (&table, _("Median time from activity done to HR follow-up"), median);
      add_figure (&table, _("Longest"), longest);
    }
  table_finish (&table, item);

  /* Feedback */
  g_clear_pointer (&aside, g_free);
  /* Translators: pieces of end-of-program feedback received */
  aside = g_strdup_printf (_("%u from employees · %u from mentors"), e->feedback_employees, e->feedback_mentors);
  item_add_row (item, STYLE_HEADING, _("End-of-program feedback"), aside, NULL, NULL, NULL);
  item_add_row (item, STYLE_RATINGS_HEAD, _("Question"), _("Answers"), _("Mean"),
                _("Answers per rating (1 → 5)"), NULL);
  table_init (&table, STYLE_RATINGS);
  for (guint q = 0; q < MP_EVALUATION_N_QUESTIONS; q++)
    {
      const MpEvaluationRating *r = &e->ratings[q];
      g_autofree char *answers = g_strdup_printf ("%u", r->answers);
      g_autofree char *mean = NULL;
      g_autofree char *distribution = NULL;

      if (r->shown)
        {
          mean = g_strdup_printf ("%.1f", r->mean);
          distribution = g_strdup_printf ("%u · %u · %u · %u · %u", r->distribution[0], r->distribution[1],
                                          r->distribution[2], r->distribution[3], r->distribution[4]);
        }
      else
        {
          mean = g_strdup ("—");
          distribution = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "Not shown: fewer than %d answers",
                                                       "Not shown: fewer than %d answers",
                                                       MP_EVALUATION_MIN_ANSWERS),
                                          MP_EVALUATION_MIN_ANSWERS);
        }
      table_add (&table, mp_evaluation_question_get_label (q), answers, mean, distribution, NULL);
    }
  table_finish (&table, item);

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "A question’s answers are shown only when at least %d person answered "
                                       "it, and only added up. Comments are never included.",
                                       "A question’s answers are shown only when at least %d people answered "
                                       "it, and only added up. Comments are never included.",
                                       MP_EVALUATION_MIN_ANSWERS),
                          MP_EVALUATION_MIN_ANSWERS);
  item_add_row (item, STYLE_NOTE, text, NULL, NULL, NULL, NULL);

#undef FIGURE

  g_hash_table_remove_all (self->day_texts);
  g_hash_table_remove_all (self->fitted);

  return self;
}

/**
 * mp_report_get_title:
 *
 * Returns: what the report is ("Progress summaries", "Pilot evaluation"), translated
 */
const char *
mp_report_get_title (MpReport *self)
{
  g_return_val_if_fail (MP_IS_REPORT (self), NULL);

  return self->title;
}

/**
 * mp_report_get_n_items:
 *
 * Returns: how many summaries (items) the report holds
 */
guint
mp_report_get_n_items (MpReport *self)
{
  g_return_val_if_fail (MP_IS_REPORT (self), 0);

  return self->items->len;
}

/**
 * mp_report_get_item_text:
 * @item: an item (a pairing's summary), below mp_report_get_n_items ()
 *
 * Returns: (transfer full): the item's text as it prints, line by line, a line's columns
 *   joined by " · ": for a screen reader, or to copy
 */
char *
mp_report_get_item_text (MpReport *self,
                         guint     item)
{
  GString *text;
  const Item *it;

  g_return_val_if_fail (MP_IS_REPORT (self), NULL);
  g_return_val_if_fail (item < self->items->len, NULL);

  it = &g_array_index (self->items, Item, item);
  text = g_string_new (NULL);
  for (guint r = 0; r < it->rows->len; r++)
    {
      const Row *row = &g_array_index (it->rows, Row, r);

      for (guint l = 0; l < row->n_lines; l++)
        {
          gboolean any = FALSE;

          for (guint c = 0; c < styles[row->style].n_columns; c++)
            {
              const char *cell = row->texts[l * styles[row->style].n_columns + c];

              if (cell == NULL || *cell == '\0')
                continue;
              if (any)
                g_string_append (text, " · ");
              g_string_append (text, cell);
              any = TRUE;
            }
          if (any)
            g_string_append_c (text, '\n');
        }
    }

  return g_string_free (text, FALSE);
}

/* cairo compresses every page with zlib, whose state (about 300 KiB) is allocated and
 * freed page after page. glibc hands that memory back to the kernel each time (brk and a
 * TLB flush), which costs more than drawing the page; keeping up to 16 MiB of free heap
 * instead makes printing a thousand pages several times faster. */
static void
tune_allocator (void)
{
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD)
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      mallopt (M_TRIM_THRESHOLD, 16 * 1024 * 1024);
      g_once_init_leave (&once, 1);
    }
#endif
}

static void
start_page (MpReport *self)
{
  guint first = self->segments->len;

  g_array_append_val (self->page_starts, first);
}

static void
add_segment (MpReport *self,
             guint     item,
             guint     unit0,
             guint     unit1,
             double    y)
{
  Segment segment = { item, unit0, unit1, y };

  g_array_append_val (self->segments, segment);
}

/**
 * mp_report_paginate:
 * @context: the Pango context to lay out on, at 72 dots per inch so a font's points
 *   are cairo units (gtk_print_context_create_pango_context () with %GTK_UNIT_POINTS,
 *   or mp_report_create_pango_context ())
 * @page_width: the printable width, in points
 * @page_height: the printable height, in points (header and footer included)
 *
 * Measures the whole report once and keeps the page breaks. Call it again when the
 * page size changes.
 *
 * Returns: the number of pages (at least 1)
 */
guint
mp_report_paginate (MpReport     *self,
                    PangoContext *context,
                    double        page_width,
                    double        page_height)
{
  guint page = 0;
  double y = 0;
  gboolean page_has_content = FALSE;

  g_return_val_if_fail (MP_IS_REPORT (self), 0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0);
  g_return_val_if_fail (page_width > 0 && page_height > 0, 0);

  tune_allocator ();
  if (self->context != context || self->page_width != page_width)
    drop_shaped (self);
  g_set_object (&self->context, context);
  self->page_width = page_width;
  self->page_height = page_height;
  self->body_height = MAX (page_height - MP_REPORT_HEADER_HEIGHT - MP_REPORT_FOOTER_HEIGHT, 2 * CONTINUED_HEIGHT);
  measure_styles (self);

  g_array_set_size (self->segments, 0);
  g_array_set_size (self->page_starts, 0);
  start_page (self);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      double gap = page_has_content ? ITEM_GAP : 0;
      double body = self->body_height;

      measure_item (self, item);

      /* Whole on this page, else whole on the next: an item is split only when it is
       * longer than a page, and then it starts on a page of its own. */
      if (page_has_content && y + gap + item->height > body)
        {
          page++;
          start_page (self);
          y = 0;
          gap = 0;
          page_has_content = FALSE;
        }

      item->first_page = page;

      if (y + gap + item->height <= body)
        {
          add_segment (self, i, 0, item->units->len, y + gap);
          y += gap + item->height;
        }
      else
        {
          guint u = 0;

          while (u < item->units->len)
            {
              guint first = u;
              double top = u > 0 ? CONTINUED_HEIGHT : 0;

              y = top;
              while (u < item->units->len)
                {
                  const Unit *unit = &g_array_index (item->units, Unit, u);
                  double need = unit->height;

                  /* A heading goes with the line after it. */
                  if (unit->keep_with_next && u + 1 < item->units->len)
                    need += g_array_index (item->units, Unit, u + 1).height;

                  if (u > first && y + need > body)
                    break;
                  y += unit->height;
                  u++;
                }

              add_segment (self, i, first, u, top);
              if (u < item->units->len)
                {
                  page++;
                  start_page (self);
                }
            }
        }

      item->last_page = page;
      page_has_content = TRUE;
    }

  self->n_pages = page + 1;

  return self->n_pages;
}

/**
 * mp_report_get_n_pages:
 *
 * Returns: the number of pages of the last pagination; 0 before
 */
guint
mp_report_get_n_pages (MpReport *self)
{
  g_return_val_if_fail (MP_IS_REPORT (self), 0);

  return self->n_pages;
}

/**
 * mp_report_draw_page:
 * @cr: where to draw, in points, with the origin at the printable area's top left
 * @page: the page, counted from 0
 *
 * Draws one page of the last pagination: header, footer and the lines of the
 * summaries on that page, nothing else.
 */
void
mp_report_draw_page (MpReport *self,
                     cairo_t  *cr,
                     guint     page)
{
  guint first, last;
  const char *program_name = NULL;

  g_return_if_fail (MP_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (self->n_pages > 0);
  g_return_if_fail (page < self->n_pages);

  first = g_array_index (self->page_starts, guint, page);
  last = page + 1 < self->n_pages ? g_array_index (self->page_starts, guint, page + 1) : self->segments->len;

  if (first < last)
    program_name = g_array_index (self->items, Item, g_array_index (self->segments, Segment, first).item).program_name;

  cairo_save (cr);
  mp_report_page_draw_frame (cr, self->page_width, self->page_height,
                             program_name ? program_name : self->title,
                             self->printed_on, page + 1, self->n_pages);

  cairo_translate (cr, 0, MP_REPORT_HEADER_HEIGHT);
  for (guint s = first; s < last; s++)
    {
      const Segment *segment = &g_array_index (self->segments, Segment, s);
      const Item *item = &g_array_index (self->items, Item, segment->item);
      double y = segment->y;

      if (segment->unit0 > 0)
        draw_continued (self, item);

      for (guint u = segment->unit0; u < segment->unit1 && u < item->units->len; u++)
        {
          const Unit *unit = &g_array_index (item->units, Unit, u);

          draw_unit (self, cr, item, unit, y);
          y += unit->height;
        }
    }
  flush_glyphs (self, cr);
  cairo_restore (cr);
}

/**
 * mp_report_get_body_height:
 *
 * Returns: the height left for summaries on a page (between header and footer) at
 *   the last pagination
 */
double
mp_report_get_body_height (MpReport *self)
{
  g_return_val_if_fail (MP_IS_REPORT (self), 0);

  return self->body_height;
}

/**
 * mp_report_get_item_height:
 *
 * Returns: the height of item @item, in points, at the last pagination
 */
double
mp_report_get_item_height (MpReport *self,
                           guint     item)
{
  g_return_val_if_fail (MP_IS_REPORT (self), 0);
  g_return_val_if_fail (item < self->items->len, 0);
  g_return_val_if_fail (self->n_pages > 0, 0);

  return g_array_index (self->items, Item, item).height;
}

/**
 * mp_report_get_item_pages:
 * @first_page: (out) (optional): the page the item starts on, from 0
 * @last_page: (out) (optional): the page it ends on
 */
void
mp_report_get_item_pages (MpReport *self,
                          guint     item,
                          guint    *first_page,
                          guint    *last_page)
{
  g_return_if_fail (MP_IS_REPORT (self));
  g_return_if_fail (item < self->items->len);
  g_return_if_fail (self->n_pages > 0);

  if (first_page != NULL)
    *first_page = g_array_index (self->items, Item, item).first_page;
  if (last_page != NULL)
    *last_page = g_array_index (self->items, Item, item).last_page;
}

/**
 * mp_report_create_pango_context:
 *
 * Returns: (transfer full): a context for laying out a report on a PDF surface:
 *   72 dots per inch (a point is a cairo unit), metrics not hinted, as a print
 *   context has
 */
PangoContext *
mp_report_create_pango_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);

  return context;
}

/**
 * mp_report_get_default_paper_size:
 * @width: (out): in points
 * @height: (out): in points
 *
 * The paper of the user's locale (LC_PAPER): US Letter where that is the custom,
 * otherwise the locale's size, A4 when the locale says nothing.
 */
void
mp_report_get_default_paper_size (double *width,
                                  double *height)
{
  double w_mm = 210, h_mm = 297;

  g_return_if_fail (width != NULL && height != NULL);

#if defined(_NL_PAPER_WIDTH) && defined(_NL_PAPER_HEIGHT)
  {
    int w = (int) (intptr_t) nl_langinfo (_NL_PAPER_WIDTH);
    int h = (int) (intptr_t) nl_langinfo (_NL_PAPER_HEIGHT);

    if (w == 216 && h == 279)
      {
        *width = 612.0;   /* US Letter, exactly */
        *height = 792.0;
        return;
      }
    if (w >= 50 && w <= 2000 && h >= 50 && h <= 2000)
      {
        w_mm = w;
        h_mm = h;
      }
  }
#endif

  *width = w_mm / 25.4 * 72.0;
  *height = h_mm / 25.4 * 72.0;
}

/* cairo writes in small pieces: gather them, and write a block at a time. */
#define PDF_BUFFER_SIZE (256 * 1024)

typedef struct
{
  int     fd;
  int     error;  /* errno of the first failed write */
  guint8 *buffer;
  gsize   used;
} PdfStream;

static gboolean
pdf_stream_flush (PdfStream *stream)
{
  const guint8 *data = stream->buffer;
  gsize length = stream->used;

  while (length > 0 && stream->error == 0)
    {
      ssize_t written = write (stream->fd, data, length);

      if (written < 0)
        {
          if (errno != EINTR)
            stream->error = errno;
          continue;
        }
      data += written;
      length -= (gsize) written;
    }
  stream->used = 0;

  return stream->error == 0;
}

static cairo_status_t
pdf_write_cb (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  PdfStream *stream = closure;

  while (length > 0)
    {
      gsize n = MIN (length, PDF_BUFFER_SIZE - stream->used);

      memcpy (stream->buffer + stream->used, data, n);
      stream->used += n;
      data += n;
      length -= (unsigned int) n;
      if (stream->used == PDF_BUFFER_SIZE && !pdf_stream_flush (stream))
        return CAIRO_STATUS_WRITE_ERROR;
    }

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
set_write_error (GError     **error,
                 int          errsv,
                 const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
               /* Translators: %s is a file name, then why it could not be written */
               _("Could not write “%s”: %s"), display, g_strerror (errsv));

  return FALSE;
}

/**
 * mp_report_write_pdf:
 * @path: the PDF file to write (replaced when it exists)
 * @cancellable: (nullable): cancels between pages
 * @progress: (nullable) (scope call): called after each page
 *
 * Writes the report as a PDF on the locale's paper (A4 or Letter), through a
 * temporary file in the same folder that replaces @path only once complete, so a
 * failed or cancelled write leaves nothing behind.
 *
 * Returns: %TRUE on success; else %FALSE with @error set (in %G_IO_ERROR, one line)
 */
gboolean
mp_report_write_pdf (MpReport              *self,
                     const char            *path,
                     GCancellable          *cancellable,
                     MpReportProgressFunc   progress,
                     gpointer               user_data,
                     GError               **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  g_autofree char *tmp_name = NULL;
  g_autofree char *target = NULL;
  gboolean direct;
  PangoContext *context;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  PdfStream stream = { -1, 0, NULL, 0 };
  double paper_width, paper_height;
  guint n_pages;
  guint next_item = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (MP_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return set_write_error (error, EISDIR, path);
  if (g_file_test (path, G_FILE_TEST_EXISTS) && g_access (path, W_OK) != 0)
    return set_write_error (error, errno, path);

  /* A link's target, written beside it; /dev/null or a pipe, written into */
  target = mp_paths_get_output_target (path, &direct);
  /* Never over a database (the shared one, your private notes): a print would destroy it */
  if (!direct && mp_paths_is_database_file (target))
    return mp_paths_check_output (path, error);
  if (direct)
    stream.fd = g_open (target, O_WRONLY | O_CLOEXEC, 0);
  else
    {
      dir = g_path_get_dirname (target);
      base = g_path_get_basename (target);
      tmp_name = g_strdup_printf (".%s.XXXXXX", base);
      tmp_path = g_build_filename (dir, tmp_name, NULL);
      /* Readable by its owner only, as the JSON export: names, states and HR's notes */
      stream.fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0600);
    }
  if (stream.fd < 0)
    return set_write_error (error, errno, path);
  stream.buffer = g_malloc (PDF_BUFFER_SIZE);

  mp_report_get_default_paper_size (&paper_width, &paper_height);
  context = mp_report_create_pango_context ();
  n_pages = mp_report_paginate (self, context, paper_width - 2 * PDF_MARGIN_X,
                                paper_height - PDF_MARGIN_TOP - PDF_MARGIN_BOTTOM);
  g_object_unref (context);

  surface = cairo_pdf_surface_create_for_stream (pdf_write_cb, &stream, paper_width, paper_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Mentoring " PACKAGE_VERSION);
  cr = cairo_create (surface);

  for (guint page = 0; page < n_pages; page++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;

      /* A bookmark for each summary, on the page it starts on. */
      for (; self->items->len > 1 && next_item < self->items->len; next_item++)
        {
          const Item *item = &g_array_index (self->items, Item, next_item);
          g_autofree char *link = NULL;

          if (item->first_page != page)
            break;
          link = g_strdup_printf ("page=%u", page + 1);
          cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, item->title, link, 0);
        }

      cairo_save (cr);
      cairo_translate (cr, PDF_MARGIN_X, PDF_MARGIN_TOP);
      mp_report_draw_page (self, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);

      if (stream.error != 0)
        break;
      if (progress != NULL)
        progress (page + 1, n_pages, user_data);
    }

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  if (stream.error == 0)
    pdf_stream_flush (&stream);
  if (stream.error != 0)
    {
      set_write_error (error, stream.error, path);
      goto out;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"), display,
                   cairo_status_to_string (status));
      goto out;
    }
  if (close (stream.fd) != 0)
    {
      stream.fd = -1;
      set_write_error (error, errno, path);
      goto out;
    }
  stream.fd = -1;
  if (tmp_path != NULL && g_rename (tmp_path, target) != 0)
    {
      set_write_error (error, errno, path);
      goto out;
    }
  ok = TRUE;

out:
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  drop_shaped (self);
  if (stream.fd >= 0)
    close (stream.fd);
  g_free (stream.buffer);
  if (!ok && tmp_path != NULL)
    g_unlink (tmp_path);

  return ok;
}

typedef struct
{
  MpPairing *pairing;
  char      *key;
} SortEntry;

static int
compare_sort_entries (gconstpointer a,
                      gconstpointer b)
{
  const SortEntry *x = a;
  const SortEntry *y = b;

  return strcmp (x->key, y->key);
}

/**
 * mp_report_list_pairings:
 *
 * Returns: (transfer full) (element-type MpPairing): every pairing HR sees (all but
 *   the archived ones) from mp_pairing_list_get_for_store (), by employee name
 */
GPtrArray *
mp_report_list_pairings (MpStore *store)
{
  GListModel *list;
  g_autoptr(GArray) entries = NULL;
  GPtrArray *pairings;
  guint n;

  g_return_val_if_fail (MP_IS_STORE (store), NULL);

  list = G_LIST_MODEL (mp_pairing_list_get_for_store (store));
  n = g_list_model_get_n_items (list);
  entries = g_array_sized_new (FALSE, FALSE, sizeof (SortEntry), n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MpPairing) pairing = g_list_model_get_item (list, i);
      SortEntry entry;

      if (mp_mentorship_get_status (mp_pairing_get_mentorship (pairing)) == MP_MENTORSHIP_STATUS_ARCHIVED)
        continue;

      entry.pairing = pairing;
      entry.key = g_utf8_collate_key (mp_pairing_get_employee_name (pairing), -1);
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_sort_entries);

  pairings = g_ptr_array_new_full (entries->len, g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    {
      SortEntry *entry = &g_array_index (entries, SortEntry, i);

      g_ptr_array_add (pairings, g_object_ref (entry->pairing));
      g_free (entry->key);
    }

  return pairings;
}

/**
 * mp_report_write_summaries_pdf:
 * @path: the PDF file to write
 *
 * Writes the progress summaries of every pairing HR sees (mp_report_list_pairings ())
 * to @path, as `mentoring --summary-pdf` does. Needs no display.
 *
 * Returns: %TRUE on success; else %FALSE with a one-line @error
 */
gboolean
mp_report_write_summaries_pdf (MpStore     *store,
                               const char  *path,
                               GError     **error)
{
  g_autoptr(GPtrArray) pairings = NULL;
  g_autoptr(MpReport) report = NULL;

  g_return_val_if_fail (MP_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pairings = mp_report_list_pairings (store);
  report = mp_report_new_summaries (store, pairings, NULL, error);

  return report != NULL && mp_report_write_pdf (report, path, NULL, NULL, NULL, error);
}
