/* test-filter-list.c: MpFilterList shows what GtkFilterListModel (over a GtkSortListModel)
 * would, announcing less
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "mp-filter-list.h"

typedef struct
{
  GPtrArray *shadow;  /* what the list showed, kept up to date from items-changed alone */
  guint      emissions;
  guint      last_position;
  guint      last_removed;
  guint      last_added;
} Watch;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Watch      *watch)
{
  g_ptr_array_remove_range (watch->shadow, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (watch->shadow, (int) (position + i), g_list_model_get_item (model, position + i));
  watch->emissions++;
  watch->last_position = position;
  watch->last_removed = removed;
  watch->last_added = added;
}

/* Removes up to three items somewhere and adds up to three made of @words. */
static void
random_splice (GListStore         *store,
               GRand              *rand,
               const char * const *words,
               guint               n_words,
               guint               round)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint position = (guint) g_rand_int_range (rand, 0, (gint32) n + 1);
  guint wanted = (guint) g_rand_int_range (rand, 0, 4);  /* not inside MIN (): it would draw twice */
  guint removed = MIN (wanted, n - position);
  guint added = (guint) g_rand_int_range (rand, 0, 4);
  g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < added; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s new %u", words[g_rand_int_range (rand, 0, (gint32) n_words)], round);

      g_ptr_array_add (fresh, gtk_string_object_new (text));
    }
  g_list_store_splice (store, position, removed, fresh->pdata, fresh->len);
}

static char *needle = NULL;

static gboolean
contains_needle (gpointer item,
                 gpointer user_data)
{
  return needle == NULL || strstr (gtk_string_object_get_string (item), needle) != NULL;
}

/* The same items, in the same order, as GTK's own filter model, and as what a view that
 * followed the signals holds. */
static void
assert_same (GListModel *ours,
             GListModel *gtk,
             Watch      *watch)
{
  guint n = g_list_model_get_n_items (gtk);

  g_assert_cmpuint (g_list_model_get_n_items (ours), ==, n);
  g_assert_cmpuint (watch->shadow->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (ours, i);
      g_autoptr(GObject) b = g_list_model_get_item (gtk, i);

      g_assert_true (a == b);
      g_assert_true (g_ptr_array_index (watch->shadow, i) == a);
    }
  g_assert_null (g_list_model_get_item (ours, n));
}

static void
set_needle (GtkFilter       *filter,
            const char      *text,
            GtkFilterChange  change)
{
  g_free (needle);
  needle = g_strdup (text);
  gtk_filter_changed (filter, change);
}

static void
test_filter_list_follows (void)
{
  g_autoptr(GListStore) store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GtkFilter) filter = GTK_FILTER (gtk_custom_filter_new (contains_needle, NULL, NULL));
  g_autoptr(MpFilterList) ours = NULL;
  g_autoptr(GtkFilterListModel) gtk = NULL;
  Watch watch = { g_ptr_array_new_with_free_func (g_object_unref), 0, };
  const char *words[] = { "alder", "birch", "cedar", "elder", "fir", "hazel", "larch", "maple", "oak", "pine",
                          "rowan", "spruce", "willow", "yew" };
  GRand *rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s %u", words[i % G_N_ELEMENTS (words)], i);
      g_autoptr(GtkStringObject) item = gtk_string_object_new (text);

      g_list_store_append (store, item);
    }

  ours = mp_filter_list_new (g_object_ref (G_LIST_MODEL (store)), g_object_ref (filter), NULL, NULL, NULL);
  gtk = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (store)), g_object_ref (filter));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (ours)) == GTK_TYPE_STRING_OBJECT);
  g_assert_true (mp_filter_list_get_model (ours) == G_LIST_MODEL (store));
  g_assert_true (mp_filter_list_get_filter (ours) == filter);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (ours)); i++)
    g_ptr_array_add (watch.shadow, g_list_model_get_item (G_LIST_MODEL (ours), i));
  g_signal_connect (ours, "items-changed", G_CALLBACK (on_items_changed_cb), &watch);
  assert_same (G_LIST_MODEL (ours), G_LIST_MODEL (gtk), &watch);

  /* Typing, a letter at a time, then deleting. */
  set_needle (filter, "e", GTK_FILTER_CHANGE_MORE_STRICT);
  assert_same (G_LIST_MODEL (ours), G_LIST_MODEL (gtk), &watch);
  set_needle (filter, "er", GTK_FILTER_CHANGE_MORE_STRICT);
  assert_same (G_LIST_MODEL (ours), G_LIST_MODEL (gtk), &watch);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), >, 0);
  set_needle (filter, "e", GTK_FILTER_CHANGE_LESS_STRICT);
  assert_same (G_LIST_MODEL (ours), G_LIST_MODEL (gtk), &watch);
  set_needle (filter, "nothing", GTK_FILTER_CHANGE_DIFFERENT);
  assert_same (G_LIST_MODEL (ours), G_LIST_MODEL (gtk), &watch);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), ==, 0);
  set_needle (filter, NULL, GTK_FILTER_CHANGE_LESS_STRICT);
  assert_same (G_LIST_MODEL (ours), G_LIST_MODEL (gtk), &watch);

  /* A filter that changes nothing announces nothing. */
  watch.emissions = 0;
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  g_assert_cmpuint (watch.emissions, ==, 0);

  /* Only the last item stops matching: one change, at its place. */
  set_needle (filter, "", GTK_FILTER_CHANGE_DIFFERENT);
  watch.emissions = 0;
  set_needle (filter, " ", GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpuint (watch.emissions, ==, 0);
  {
    g_autoptr(GtkStringObject) odd = gtk_string_object_new ("zzz");

    g_list_store_append (store, odd);
    assert_same (G_LIST_MODEL (ours), G_LIST_MODEL (gtk), &watch);
    g_assert_cmpuint (watch.emissions, ==, 0);  /* "zzz" has no space: not shown */
    set_needle (filter, NULL, GTK_FILTER_CHANGE_LESS_STRICT);
    g_assert_cmpuint (watch.emissions, ==, 1);
    g_assert_cmpuint (watch.last_position, ==, 200);
    g_assert_cmpuint (watch.last_removed, ==, 0);
    g_assert_cmpuint (watch.last_added, ==, 1);
  }

  /* The model changes under a filter: random splices, random needles. */
  for (guint round = 0; round < 300; round++)
    {
      random_splice (store, rand, words, G_N_ELEMENTS (words), round);
      assert_same (G_LIST_MODEL (ours), G_LIST_MODEL (gtk), &watch);

      if (round % 7 == 0)
        {
          const char *next[] = { NULL, "a", "ar", "e", "new", "o", "1" };

          set_needle (filter, next[g_rand_int_range (rand, 0, G_N_ELEMENTS (next))], GTK_FILTER_CHANGE_DIFFERENT);
          assert_same (G_LIST_MODEL (ours), G_LIST_MODEL (gtk), &watch);
        }
    }

  g_signal_handlers_disconnect_by_data (ours, &watch);
  g_ptr_array_unref (watch.shadow);
  g_rand_free (rand);
  g_clear_pointer (&needle, g_free);
}

/* The words' order, backwards when @inverted; the numbers after them never count, so many
 * items tie. */
static gboolean inverted = FALSE;

static int
compare_first_words (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const char *sa = gtk_string_object_get_string ((GtkStringObject *) a);
  const char *sb = gtk_string_object_get_string ((GtkStringObject *) b);
  gsize la = strcspn (sa, " "), lb = strcspn (sb, " ");
  int result = strncmp (sa, sb, MIN (la, lb));

  if (result == 0)
    result = la < lb ? -1 : la > lb;

  return inverted ? -result : result;
}

static int
compare_pointed (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return compare_first_words (*(gpointer *) a, *(gpointer *) b, NULL);
}

/* What a GtkSortListModel would show, ties in the model's order: the model's items sorted
 * stably. GTK's own sort model is no reference for ties (it keeps the order it had). */
static GPtrArray *
sorted_copy (GListModel *model)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  /* g_ptr_array_sort_with_data () is g_qsort_with_data (), stable since GLib 2.32 */
  g_qsort_with_data (items->pdata, (gint) items->len, sizeof (gpointer), compare_pointed, NULL);

  return items;
}

static void
assert_sorted_and_filtered (GListModel *ours,
                            GListModel *model,
                            Watch      *watch)
{
  g_autoptr(GPtrArray) expected = sorted_copy (model);
  guint n = 0;

  for (guint i = 0; i < expected->len; i++)
    {
      gpointer item = g_ptr_array_index (expected, i);
      g_autoptr(GObject) shown = NULL;

      if (!contains_needle (item, NULL))
        continue;
      shown = g_list_model_get_item (ours, n);
      g_assert_true (shown == item);
      g_assert_true (g_ptr_array_index (watch->shadow, n) == item);
      n++;
    }
  g_assert_cmpuint (g_list_model_get_n_items (ours), ==, n);
  g_assert_cmpuint (watch->shadow->len, ==, n);
}

/* In order; some share a first letter. */
static const char *tree_words[] = { "alder", "aspen", "beech", "birch", "cedar", "elder", "elm", "fir", "hazel", "larch",
                                    "maple", "oak", "pine" };

/* Keys that only order the first letters: the sorter breaks ties. */
static MpSortKeyKind
first_letter_key (gpointer  item,
                  gint64   *key,
                  gpointer  user_data)
{
  *key = (guchar) gtk_string_object_get_string (item)[0];
  if (inverted)
    *key = -*key;

  return MP_SORT_KEY_FIRST;
}

/* Keys worth nothing while set: a key function that changes its mind. */
static gboolean keys_dropped = FALSE;

/* Keys that order as the sorter does: the word's place in the (sorted) list. */
static MpSortKeyKind
word_key (gpointer  item,
          gint64   *key,
          gpointer  user_data)
{
  const char *text = gtk_string_object_get_string (item);

  *key = G_N_ELEMENTS (tree_words);
  for (guint i = 0; i < G_N_ELEMENTS (tree_words); i++)
    if (g_str_has_prefix (text, tree_words[i]) && text[strlen (tree_words[i])] == ' ')
      *key = i;
  if (inverted)
    *key = -*key;

  return keys_dropped ? MP_SORT_KEY_NONE : MP_SORT_KEY_ALL;
}

/* The same order with keys that differ in several bytes, of both signs: the list sorts whole
 * keys by their bytes. */
static MpSortKeyKind
wide_word_key (gpointer  item,
               gint64   *key,
               gpointer  user_data)
{
  MpSortKeyKind kind = word_key (item, key, user_data);

  *key = *key * G_GINT64_CONSTANT (0x0101010101) - G_GINT64_CONSTANT (0x0606060606);

  return kind;
}

static void
assert_same_items (GListModel *a,
                   GListModel *b)
{
  g_assert_cmpuint (g_list_model_get_n_items (a), ==, g_list_model_get_n_items (b));
  for (guint i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(GObject) x = g_list_model_get_item (a, i);
      g_autoptr(GObject) y = g_list_model_get_item (b, i);

      g_assert_true (x == y);
    }
}

/* @ours as a stable sort and a filter would show the model, and the lists with keys the same. */
static MpFilterList *by_wide_word;

static void
check_sorts (MpFilterList *ours,
             MpFilterList *by_letter,
             MpFilterList *by_word,
             GListStore   *store,
             Watch        *watch)
{
  assert_sorted_and_filtered (G_LIST_MODEL (ours), G_LIST_MODEL (store), watch);
  assert_same_items (G_LIST_MODEL (by_letter), G_LIST_MODEL (ours));
  assert_same_items (G_LIST_MODEL (by_word), G_LIST_MODEL (ours));
  assert_same_items (G_LIST_MODEL (by_wide_word), G_LIST_MODEL (ours));
}

/* Sorted: the sorter's order with ties in the model's, under filter changes, sorter
 * changes and random splices (each new item merged in at its place). */
static void
test_filter_list_sorts (void)
{
  g_autoptr(GListStore) store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GtkFilter) filter = GTK_FILTER (gtk_custom_filter_new (contains_needle, NULL, NULL));
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_first_words, NULL, NULL));
  g_autoptr(GtkFilter) every = GTK_FILTER (gtk_every_filter_new ());
  g_autoptr(MpFilterList) ours = NULL;
  g_autoptr(MpFilterList) unfiltered = NULL;
  Watch watch = { g_ptr_array_new_with_free_func (g_object_unref), 0, };
  const char * const *words = tree_words;
  g_autoptr(MpFilterList) by_letter = NULL;
  g_autoptr(MpFilterList) by_word = NULL;
  GRand *rand = g_rand_new_with_seed (11);

  for (guint i = 0; i < 150; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s %u", words[g_rand_int_range (rand, 0, G_N_ELEMENTS (tree_words))], i);
      g_autoptr(GtkStringObject) item = gtk_string_object_new (text);

      g_list_store_append (store, item);
    }

  ours = mp_filter_list_new (g_object_ref (G_LIST_MODEL (store)), g_object_ref (filter), g_object_ref (sorter), NULL, NULL);
  g_assert_true (mp_filter_list_get_sorter (ours) == sorter);
  /* The same with keys: for the first criterion only, and for the whole order. */
  by_letter = mp_filter_list_new (g_object_ref (G_LIST_MODEL (store)), g_object_ref (filter), g_object_ref (sorter),
                                  first_letter_key, NULL);
  by_word = mp_filter_list_new (g_object_ref (G_LIST_MODEL (store)), g_object_ref (filter), g_object_ref (sorter),
                                word_key, NULL);
  by_wide_word = mp_filter_list_new (g_object_ref (G_LIST_MODEL (store)), g_object_ref (filter),
                                     g_object_ref (sorter), wide_word_key, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (ours)); i++)
    g_ptr_array_add (watch.shadow, g_list_model_get_item (G_LIST_MODEL (ours), i));
  g_signal_connect (ours, "items-changed", G_CALLBACK (on_items_changed_cb), &watch);
  check_sorts (ours, by_letter, by_word, store, &watch);

  set_needle (filter, "a", GTK_FILTER_CHANGE_MORE_STRICT);
  check_sorts (ours, by_letter, by_word, store, &watch);

  /* The sorter changes: resorted; a click that changes nothing announces nothing. */
  inverted = TRUE;
  gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_INVERTED);
  check_sorts (ours, by_letter, by_word, store, &watch);
  watch.emissions = 0;
  gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
  g_assert_cmpuint (watch.emissions, ==, 0);

  /* One item added at the end, sorting first: one change at the top. */
  {
    g_autoptr(GtkStringObject) top = gtk_string_object_new ("zzz a");

    g_list_store_append (store, top);
    check_sorts (ours, by_letter, by_word, store, &watch);
    g_assert_cmpuint (watch.emissions, ==, 1);
    g_assert_cmpuint (watch.last_position, ==, 0);
    g_assert_cmpuint (watch.last_removed, ==, 0);
    g_assert_cmpuint (watch.last_added, ==, 1);
  }

  for (guint round = 0; round < 300; round++)
    {
      keys_dropped = round % 13 == 0;  /* by_word's new keys are worth less: the sorter compares */
      random_splice (store, rand, words, G_N_ELEMENTS (tree_words), round);
      keys_dropped = FALSE;
      check_sorts (ours, by_letter, by_word, store, &watch);

      if (round % 7 == 0)
        {
          const char *next[] = { NULL, "a", "ar", "e", "new", "o", "1" };

          set_needle (filter, next[g_rand_int_range (rand, 0, G_N_ELEMENTS (next))], GTK_FILTER_CHANGE_DIFFERENT);
          check_sorts (ours, by_letter, by_word, store, &watch);
        }
      if (round % 11 == 0)
        {
          inverted = !inverted;
          gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_INVERTED);
          check_sorts (ours, by_letter, by_word, store, &watch);
        }
    }

  /* No order left (the sorter has no function): the model's order. */
  set_needle (filter, NULL, GTK_FILTER_CHANGE_LESS_STRICT);
  gtk_custom_sorter_set_sort_func (GTK_CUSTOM_SORTER (sorter), NULL, NULL, NULL);
  g_assert_cmpint (gtk_sorter_get_order (sorter), ==, GTK_SORTER_ORDER_NONE);
  assert_same_items (G_LIST_MODEL (ours), G_LIST_MODEL (store));
  assert_same_items (G_LIST_MODEL (by_word), G_LIST_MODEL (store));
  gtk_custom_sorter_set_sort_func (GTK_CUSTOM_SORTER (sorter), compare_first_words, NULL, NULL);
  check_sorts (ours, by_letter, by_word, store, &watch);

  /* A filter that matches everything (an every-filter of none) shows every item, sorted,
   * and one that matches nothing none. */
  unfiltered = mp_filter_list_new (g_object_ref (G_LIST_MODEL (store)), g_object_ref (every), g_object_ref (sorter), NULL, NULL);
  g_assert_cmpint (gtk_filter_get_strictness (every), ==, GTK_FILTER_MATCH_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (unfiltered)), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (store)));
  {
    g_autoptr(GPtrArray) expected = sorted_copy (G_LIST_MODEL (store));

    for (guint i = 0; i < expected->len; i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (unfiltered), i);

        g_assert_true (item == g_ptr_array_index (expected, i));
      }
  }
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), GTK_FILTER (gtk_custom_filter_new (NULL, NULL, NULL)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (every), GTK_FILTER (gtk_bool_filter_new (NULL)));
  g_assert_cmpint (gtk_filter_get_strictness (every), ==, GTK_FILTER_MATCH_NONE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (unfiltered)), ==, 0);

  g_signal_handlers_disconnect_by_data (ours, &watch);
  g_ptr_array_unref (watch.shadow);
  g_rand_free (rand);
  g_clear_object (&by_wide_word);
  g_clear_pointer (&needle, g_free);
  inverted = FALSE;
}

/* Another criterion: by the number after the word, modulo 5 (many ties). */
static gboolean by_number = FALSE;

static gint64
number_or_word (GtkStringObject *item)
{
  const char *text = gtk_string_object_get_string (item);

  if (by_number)
    return g_ascii_strtoll (strchr (text, ' ') + 1, NULL, 10) % 5;

  return text[0];
}

static int
compare_by_criterion (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  gint64 ka = number_or_word ((GtkStringObject *) a), kb = number_or_word ((GtkStringObject *) b);

  return ka < kb ? -1 : ka > kb;
}

static int
compare_pointed_by_criterion (gconstpointer a,
                              gconstpointer b,
                              gpointer      user_data)
{
  return compare_by_criterion (*(gpointer *) a, *(gpointer *) b, NULL);
}

static MpSortKeyKind
criterion_key (gpointer  item,
               gint64   *key,
               gpointer  user_data)
{
  *key = number_or_word (item);

  return MP_SORT_KEY_ALL;
}

/* A new criterion whose keys give the whole order: ties in the model's order, not in the
 * order the list had (sorted by the criterion before). */
static void
test_filter_list_resort_ties (void)
{
  g_autoptr(GListStore) store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_by_criterion, NULL, NULL));
  g_autoptr(MpFilterList) keyed = NULL;
  GRand *rand = g_rand_new_with_seed (5);

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s %d", tree_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (tree_words))],
                                               g_rand_int_range (rand, 0, 1000));
      g_autoptr(GtkStringObject) item = gtk_string_object_new (text);

      g_list_store_append (store, item);
    }
  keyed = mp_filter_list_new (g_object_ref (G_LIST_MODEL (store)), NULL, g_object_ref (sorter), criterion_key, NULL);

  for (guint round = 0; round < 4; round++)
    {
      g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_object_unref);

      by_number = round % 2 == 1;
      gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
        g_ptr_array_add (expected, g_list_model_get_item (G_LIST_MODEL (store), i));
      g_qsort_with_data (expected->pdata, (gint) expected->len, sizeof (gpointer), compare_pointed_by_criterion, NULL);

      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (keyed)), ==, expected->len);
      for (guint i = 0; i < expected->len; i++)
        {
          g_autoptr(GObject) shown = g_list_model_get_item (G_LIST_MODEL (keyed), i);

          g_assert_true (shown == g_ptr_array_index (expected, i));
        }
    }

  by_number = FALSE;
  g_rand_free (rand);
}

/* Items whose keys and matches changed in place (as a pairing whose state changed) move and
 * go only when the owner refreshes the list: then in one change, to where a fresh list puts
 * them. */
static void
test_filter_list_refresh (void)
{
  g_autoptr(GListStore) store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_by_criterion, NULL, NULL));
  g_autoptr(GtkFilter) filter = GTK_FILTER (gtk_custom_filter_new (contains_needle, NULL, NULL));
  g_autoptr(MpFilterList) list = NULL;
  g_autoptr(MpFilterList) fresh = NULL;
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  Watch watch = { g_ptr_array_new_with_free_func (g_object_unref), 0 };
  GRand *rand = g_rand_new_with_seed (7);
  guint n;

  g_clear_pointer (&needle, g_free);
  by_number = FALSE;
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s %d", tree_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (tree_words))],
                                               g_rand_int_range (rand, 0, 1000));
      g_autoptr(GtkStringObject) item = gtk_string_object_new (text);

      g_list_store_append (store, item);
    }
  list = mp_filter_list_new (g_object_ref (G_LIST_MODEL (store)), g_object_ref (filter), g_object_ref (sorter),
                             criterion_key, NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (watch.shadow, g_list_model_get_item (G_LIST_MODEL (list), i));
  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed_cb), &watch);

  /* Every key and match changes, and nobody says so: nothing moves */
  by_number = TRUE;
  needle = g_strdup ("e");
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (before, g_list_model_get_item (G_LIST_MODEL (list), i));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_true (item == g_ptr_array_index (before, i));
    }

  /* Refreshed: as a list made now, in one change */
  mp_filter_list_refresh (list);
  fresh = mp_filter_list_new (g_object_ref (G_LIST_MODEL (store)), g_object_ref (filter), g_object_ref (sorter),
                              criterion_key, NULL);
  g_assert_cmpuint (watch.emissions, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <, n);
  assert_same (G_LIST_MODEL (list), G_LIST_MODEL (fresh), &watch);

  by_number = FALSE;
  g_clear_pointer (&needle, g_free);
  g_ptr_array_unref (watch.shadow);
  g_rand_free (rand);
}

/* A model whose items-changed signals do not add up: it announces an item past its end. */
#define TEST_TYPE_LYING_MODEL (test_lying_model_get_type ())
G_DECLARE_FINAL_TYPE (TestLyingModel, test_lying_model, TEST, LYING_MODEL, GObject)

struct _TestLyingModel
{
  GObject    parent_instance;
  GPtrArray *items;
};

static GType
test_lying_model_get_item_type (GListModel *list)
{
  return GTK_TYPE_STRING_OBJECT;
}

static guint
test_lying_model_get_n_items (GListModel *list)
{
  return TEST_LYING_MODEL (list)->items->len;
}

static gpointer
test_lying_model_get_item (GListModel *list,
                           guint       position)
{
  TestLyingModel *self = TEST_LYING_MODEL (list);

  return position < self->items->len ? g_object_ref (g_ptr_array_index (self->items, position)) : NULL;
}

static void
test_lying_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = test_lying_model_get_item_type;
  iface->get_n_items = test_lying_model_get_n_items;
  iface->get_item = test_lying_model_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (TestLyingModel, test_lying_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, test_lying_model_iface_init))

static void
test_lying_model_finalize (GObject *object)
{
  g_ptr_array_unref (TEST_LYING_MODEL (object)->items);

  G_OBJECT_CLASS (test_lying_model_parent_class)->finalize (object);
}

static void
test_lying_model_class_init (TestLyingModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = test_lying_model_finalize;
}

static void
test_lying_model_init (TestLyingModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Sorting by keys relies on the entries' places in the model: when a model's signals leave
 * them inconsistent, the list says so and sorts by comparisons, never writing past its
 * arrays. */
static void
test_filter_list_inconsistent_model (void)
{
  g_autoptr(TestLyingModel) model = g_object_new (TEST_TYPE_LYING_MODEL, NULL);
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_by_criterion, NULL, NULL));
  g_autoptr(MpFilterList) keyed = NULL;
  const char *texts[] = { "pine 4", "alder 2", "oak 9", "birch 1", "elm 7" };

  for (guint i = 0; i < 4; i++)
    g_ptr_array_add (model->items, gtk_string_object_new (texts[i]));
  keyed = mp_filter_list_new (g_object_ref (G_LIST_MODEL (model)), NULL, g_object_ref (sorter), criterion_key, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (keyed)), ==, 4);

  /* Two items more, but only the last announced: the places have a hole. */
  g_ptr_array_add (model->items, gtk_string_object_new ("fir 3"));
  g_ptr_array_add (model->items, gtk_string_object_new (texts[4]));
  g_list_model_items_changed (G_LIST_MODEL (model), 5, 0, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (keyed)), ==, 5);

  g_test_expect_message ("mp-filter-list", G_LOG_LEVEL_CRITICAL, "*do not add up*");
  by_number = TRUE;
  gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
  g_test_assert_expected_messages ();
  by_number = FALSE;

  /* Still every announced item, by the number modulo 5, ties by place. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (keyed)), ==, 5);
  {
    const char *expected[] = { "birch 1", "alder 2", "elm 7", "pine 4", "oak 9" };

    by_number = TRUE;
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
      {
        g_autoptr(GtkStringObject) item = g_list_model_get_item (G_LIST_MODEL (keyed), i);

        g_assert_cmpstr (gtk_string_object_get_string (item), ==, expected[i]);
      }
    by_number = FALSE;
  }
}

/* The choice the filter makes beside the search: the items whose first letter is among
 * these (all when NULL); how often it was asked, and how often the search looked at a text. */
static char *letters = NULL;
static guint letters_asked = 0;
static guint texts_asked = 0;
static char **searched = NULL;  /* the words searched for */
static GObject *renamed = NULL;  /* an item whose text is now "zebra" */

static const char *
text_of (gpointer item)
{
  return item == renamed ? "zebra" : gtk_string_object_get_string (item);
}

static gboolean
has_first_letter (gpointer item,
                  gpointer user_data)
{
  letters_asked++;

  return letters == NULL || strchr (letters, gtk_string_object_get_string (item)[0]) != NULL;
}

/* The item's text, as the list copies it; the copies are what the search reads. */
static const char *
item_text (gpointer item,
           gpointer user_data)
{
  texts_asked++;

  return text_of (item);
}

static gboolean
holds_words (gpointer item)
{
  const char *text = text_of (item);

  for (guint i = 0; searched != NULL && searched[i] != NULL; i++)
    if (strstr (text, searched[i]) == NULL)
      return FALSE;

  return TRUE;
}

/* The texts' order, ties by address: an order without ties. */
static int
compare_whole (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int result = strcmp (gtk_string_object_get_string ((GtkStringObject *) a),
                       gtk_string_object_get_string ((GtkStringObject *) b));

  if (result == 0)
    result = a < b ? -1 : a > b;

  return result;
}

static int
compare_pointed_whole (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  return compare_whole (*(gpointer *) a, *(gpointer *) b, NULL);
}

/* What @ours shows: the model's items that the filter matches and that hold every word, in
 * the texts' order, as a view that followed its signals holds them too. Returns how many
 * the filter matches. */
static guint
assert_both (GListModel *ours,
             GListModel *model,
             Watch      *watch)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_object_unref);
  guint asked = letters_asked, n_letters = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (!has_first_letter (item, NULL))
        continue;
      n_letters++;
      if (holds_words (item))
        g_ptr_array_add (expected, g_steal_pointer (&item));
    }
  letters_asked = asked;
  g_qsort_with_data (expected->pdata, (gint) expected->len, sizeof (gpointer), compare_pointed_whole, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (ours), ==, expected->len);
  g_assert_cmpuint (watch->shadow->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(GObject) shown = g_list_model_get_item (ours, i);

      g_assert_true (shown == g_ptr_array_index (expected, i));
      g_assert_true (g_ptr_array_index (watch->shadow, i) == shown);
    }

  return n_letters;
}

/* Searches for @text's words (split at spaces). */
static void
search_words (MpFilterList *list,
              const char   *text)
{
  g_strfreev (searched);
  searched = text != NULL ? g_strsplit (text, " ", -1) : NULL;
  mp_filter_list_search (list, (const char * const *) searched);
}

/* The items whose text holds each word searched for, that the filter matches: the list
 * sees whether the words add to the last ones or take from them, and looks only at the
 * items that may change (never asking the filter again); a search for no word looks at
 * none; the texts are copies, taken anew on a refresh. */
static void
test_filter_list_search (void)
{
  g_autoptr(GListStore) store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GtkFilter) filter = GTK_FILTER (gtk_custom_filter_new (has_first_letter, NULL, NULL));
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_whole, NULL, NULL));
  g_autoptr(MpFilterList) ours = NULL;
  Watch watch = { g_ptr_array_new_with_free_func (g_object_unref), 0, };
  GRand *rand = g_rand_new_with_seed (13);
  guint shown, n_letters, n;

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s %u", tree_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (tree_words))], i);
      g_autoptr(GtkStringObject) item = gtk_string_object_new (text);

      g_list_store_append (store, item);
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  letters = g_strdup ("abep");

  ours = mp_filter_list_new (g_object_ref (G_LIST_MODEL (store)), g_object_ref (filter), g_object_ref (sorter), NULL, NULL);
  g_assert_null (mp_filter_list_get_search (ours));
  /* The texts are copied when first needed (the HR window's are after its first frame),
   * once. */
  mp_filter_list_set_text_func (ours, item_text, NULL);
  g_assert_cmpuint (texts_asked, ==, 0);
  mp_filter_list_prepare_search (ours);
  g_assert_cmpuint (texts_asked, ==, n);
  mp_filter_list_prepare_search (ours);
  g_assert_cmpuint (texts_asked, ==, n);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (ours)); i++)
    g_ptr_array_add (watch.shadow, g_list_model_get_item (G_LIST_MODEL (ours), i));
  g_signal_connect (ours, "items-changed", G_CALLBACK (on_items_changed_cb), &watch);
  n_letters = assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);
  g_assert_cmpuint (n_letters, <, n);

  /* Typing: the filter is not asked again, nor the texts (the list has its copies). */
  letters_asked = texts_asked = 0;
  search_words (ours, "r");
  g_assert_cmpstrv (mp_filter_list_get_search (ours), ((const char *[]) { "r", NULL }));
  assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);
  shown = g_list_model_get_n_items (G_LIST_MODEL (ours));
  search_words (ours, "rc");
  assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), <, shown);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), >, 0);
  search_words (ours, "rc 1");
  assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);
  search_words (ours, "r 1");
  assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);
  search_words (ours, "r");
  assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), ==, shown);
  search_words (ours, "e");
  assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);
  search_words (ours, NULL);
  g_assert_null (mp_filter_list_get_search (ours));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), ==, n_letters);
  assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);
  g_assert_cmpuint (letters_asked, ==, 0);
  g_assert_cmpuint (texts_asked, ==, 0);

  /* A search for the same words again announces nothing. */
  search_words (ours, "ar");
  watch.emissions = 0;
  search_words (ours, "ar");
  g_assert_cmpuint (watch.emissions, ==, 0);

  /* The filter looser under a search: asked only about the items it did not match. */
  g_free (letters);
  letters = g_strdup ("abcdefghp");
  letters_asked = 0;
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpuint (letters_asked, ==, n - n_letters);
  n_letters = assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);

  /* A text changed in place (a pairing's names): searched by its new text once the list is
   * refreshed, never before (the list keeps a copy, not the item's string). */
  g_free (letters);
  letters = NULL;
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_LESS_STRICT);
  search_words (ours, "zebra");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), ==, 0);
  renamed = g_list_model_get_item (G_LIST_MODEL (store), 7);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), ==, 0);
  /* Sorted again, and searched looser then stricter: still the texts the answers were
   * about (the list packs its copies in the new order, it does not take new ones). */
  gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
  search_words (ours, "zebr");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), ==, 0);
  search_words (ours, "zebra");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), ==, 0);
  mp_filter_list_refresh (ours);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), ==, 1);
  assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);
  g_clear_object (&renamed);
  mp_filter_list_refresh (ours);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), ==, 0);

  /* Random splices, random words and letters, refreshes. */
  for (guint round = 0; round < 300; round++)
    {
      random_splice (store, rand, tree_words, G_N_ELEMENTS (tree_words), round);
      assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);

      if (round % 3 == 0)
        {
          const char *next[] = { NULL, "a", "ar", "e", "e r", "new", "new 1", "o", "1", "" };

          search_words (ours, next[g_rand_int_range (rand, 0, G_N_ELEMENTS (next))]);
          assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);
        }
      if (round % 7 == 0)
        {
          const char *choices[] = { NULL, "a", "abc", "ehlmop", "z" };

          g_free (letters);
          letters = g_strdup (choices[g_rand_int_range (rand, 0, G_N_ELEMENTS (choices))]);
          gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
          assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);
        }
      if (round % 11 == 0)
        {
          mp_filter_list_refresh (ours);
          assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);
        }
    }

  /* Without texts, no item holds a word. */
  search_words (ours, "a");
  mp_filter_list_set_text_func (ours, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), ==, 0);
  search_words (ours, NULL);
  assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);

  /* Texts given again: copied at the first search, without being prepared. */
  g_clear_pointer (&letters, g_free);
  gtk_filter_changed (filter, GTK_FILTER_CHANGE_LESS_STRICT);
  texts_asked = 0;
  mp_filter_list_set_text_func (ours, item_text, NULL);
  random_splice (store, rand, tree_words, G_N_ELEMENTS (tree_words), 1000);
  mp_filter_list_refresh (ours);
  g_assert_cmpuint (texts_asked, ==, 0);
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  search_words (ours, "e");
  g_assert_cmpuint (texts_asked, ==, n);
  assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ours)), >, 0);
  /* And given while words are searched: copied at once. */
  texts_asked = 0;
  mp_filter_list_set_text_func (ours, item_text, NULL);
  g_assert_cmpuint (texts_asked, ==, n);
  assert_both (G_LIST_MODEL (ours), G_LIST_MODEL (store), &watch);
  search_words (ours, NULL);

  g_signal_handlers_disconnect_by_data (ours, &watch);
  g_ptr_array_unref (watch.shadow);
  g_rand_free (rand);
  g_clear_pointer (&searched, g_strfreev);
  g_clear_pointer (&letters, g_free);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/filter-list/follows", test_filter_list_follows);
  g_test_add_func ("/filter-list/sorts", test_filter_list_sorts);
  g_test_add_func ("/filter-list/resort-ties", test_filter_list_resort_ties);
  g_test_add_func ("/filter-list/refresh", test_filter_list_refresh);
  g_test_add_func ("/filter-list/search", test_filter_list_search);
  g_test_add_func ("/filter-list/inconsistent-model", test_filter_list_inconsistent_model);

  return g_test_run ();
}
