/* test-filter-list.c: MpFilterList shows what GtkFilterListModel would, announcing less
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

  ours = mp_filter_list_new (g_object_ref (G_LIST_MODEL (store)), g_object_ref (filter));
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
      guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
      guint position = (guint) g_rand_int_range (rand, 0, (gint32) n + 1);
      guint removed = MIN ((guint) g_rand_int_range (rand, 0, 4), n - position);
      guint added = (guint) g_rand_int_range (rand, 0, 4);
      g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < added; i++)
        {
          g_autofree char *text = g_strdup_printf ("%s new %u", words[g_rand_int_range (rand, 0, 14)], round);

          g_ptr_array_add (fresh, gtk_string_object_new (text));
        }
      g_list_store_splice (store, position, removed, fresh->pdata, fresh->len);
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/filter-list/follows", test_filter_list_follows);

  return g_test_run ();
}
