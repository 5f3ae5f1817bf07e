/* mp-filter-list.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-filter-list"

#include "config.h"

#include "mp-filter-list.h"

/* MpFilterList: the items of a model that a GtkFilter matches, in the model's order, as
 * GtkFilterListModel does, for the HR overview's 10,000 pairings.
 *
 * GTK 4.8's filter model finds its n-th item by counting through a bitset, and a list
 * view answers a change of its model by asking for every item of the changed range: one
 * keystroke in the search entry asked for up to 10,000 items, each costing a count through
 * the bitset (a third of the keystroke). Here the matches are an array, and a change is
 * announced as the one range between the unchanged first and last items, so the view
 * keeps the rows it can. Filtering is synchronous: when a filter says it became stricter,
 * only the shown items are tested again. */

struct _MpFilterList
{
  GObject     parent_instance;

  GListModel *model;
  GtkFilter  *filter;
  GPtrArray  *all;    /* the model's items (references): testing them needs no lookup */
  GPtrArray  *items;  /* the matching items, in the model's order (references) */
};

static void mp_filter_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (MpFilterList, mp_filter_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, mp_filter_list_model_init))

static GType
mp_filter_list_get_item_type (GListModel *list)
{
  MpFilterList *self = MP_FILTER_LIST (list);

  return g_list_model_get_item_type (self->model);
}

static guint
mp_filter_list_get_n_items (GListModel *list)
{
  return MP_FILTER_LIST (list)->items->len;
}

static gpointer
mp_filter_list_get_item (GListModel *list,
                         guint       position)
{
  MpFilterList *self = MP_FILTER_LIST (list);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
mp_filter_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = mp_filter_list_get_item_type;
  iface->get_n_items = mp_filter_list_get_n_items;
  iface->get_item = mp_filter_list_get_item;
}

/* Takes @items as the new matches and announces the one range that changed. */
static void
replace_items (MpFilterList *self,
               GPtrArray    *items)
{
  g_autoptr(GPtrArray) old = self->items;
  guint prefix = 0, suffix = 0;

  while (prefix < old->len && prefix < items->len &&
         g_ptr_array_index (old, prefix) == g_ptr_array_index (items, prefix))
    prefix++;
  while (suffix < old->len - prefix && suffix < items->len - prefix &&
         g_ptr_array_index (old, old->len - 1 - suffix) == g_ptr_array_index (items, items->len - 1 - suffix))
    suffix++;

  self->items = g_ptr_array_ref (items);

  if (old->len != items->len || prefix != old->len)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old->len - prefix - suffix,
                                items->len - prefix - suffix);
}

/* Tests every item of the model. */
static void
refilter_all (MpFilterList *self)
{
  guint n = self->all->len;
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (MIN (n, self->items->len + 64), g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      gpointer item = g_ptr_array_index (self->all, i);

      if (self->filter == NULL || gtk_filter_match (self->filter, item))
        g_ptr_array_add (items, g_object_ref (item));
    }

  replace_items (self, items);
}

/* Stricter: only the shown items can stop matching. */
static void
refilter_shown (MpFilterList *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (self->items->len, g_object_unref);

  for (guint i = 0; i < self->items->len; i++)
    {
      gpointer item = g_ptr_array_index (self->items, i);

      if (gtk_filter_match (self->filter, item))
        g_ptr_array_add (items, g_object_ref (item));
    }

  replace_items (self, items);
}

static void
on_filter_changed_cb (GtkFilter       *filter,
                      GtkFilterChange  change,
                      MpFilterList    *self)
{
  if (change == GTK_FILTER_CHANGE_MORE_STRICT)
    refilter_shown (self);
  else
    refilter_all (self);
}

static void
on_model_items_changed_cb (GListModel   *model,
                           guint         position,
                           guint         removed,
                           guint         added,
                           MpFilterList *self)
{
  g_ptr_array_remove_range (self->all, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (self->all, (int) (position + i), g_list_model_get_item (model, position + i));

  refilter_all (self);
}

static void
mp_filter_list_dispose (GObject *object)
{
  MpFilterList *self = MP_FILTER_LIST (object);

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, on_filter_changed_cb, self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_clear_object (&self->filter);
  g_clear_object (&self->model);
  if (self->items != NULL)
    g_ptr_array_set_size (self->items, 0);
  if (self->all != NULL)
    g_ptr_array_set_size (self->all, 0);

  G_OBJECT_CLASS (mp_filter_list_parent_class)->dispose (object);
}

static void
mp_filter_list_finalize (GObject *object)
{
  MpFilterList *self = MP_FILTER_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->all, g_ptr_array_unref);

  G_OBJECT_CLASS (mp_filter_list_parent_class)->finalize (object);
}

static void
mp_filter_list_class_init (MpFilterListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mp_filter_list_dispose;
  object_class->finalize = mp_filter_list_finalize;
}

static void
mp_filter_list_init (MpFilterList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->all = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * mp_filter_list_new:
 * @model: (transfer full): the items
 * @filter: (transfer full) (nullable): what to show; %NULL shows every item
 *
 * Returns: (transfer full): the items of @model that @filter matches, kept up to date
 */
MpFilterList *
mp_filter_list_new (GListModel *model,
                    GtkFilter  *filter)
{
  MpFilterList *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (filter == NULL || GTK_IS_FILTER (filter), NULL);

  self = g_object_new (MP_TYPE_FILTER_LIST, NULL);
  self->model = model;
  self->filter = filter;
  g_signal_connect (model, "items-changed", G_CALLBACK (on_model_items_changed_cb), self);
  if (filter != NULL)
    g_signal_connect (filter, "changed", G_CALLBACK (on_filter_changed_cb), self);
  on_model_items_changed_cb (model, 0, 0, g_list_model_get_n_items (model), self);

  return self;
}

/**
 * mp_filter_list_get_model:
 *
 * Returns: (transfer none): the model filtered
 */
GListModel *
mp_filter_list_get_model (MpFilterList *self)
{
  g_return_val_if_fail (MP_IS_FILTER_LIST (self), NULL);

  return self->model;
}

/**
 * mp_filter_list_get_filter:
 *
 * Returns: (transfer none) (nullable): the filter
 */
GtkFilter *
mp_filter_list_get_filter (MpFilterList *self)
{
  g_return_val_if_fail (MP_IS_FILTER_LIST (self), NULL);

  return self->filter;
}
