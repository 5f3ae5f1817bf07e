/* mp-filter-list.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * MpSortKeyKind:
 * @MP_SORT_KEY_NONE: no integer orders the items: the sorter compares them
 * @MP_SORT_KEY_FIRST: the key orders the items as the sorter's first criterion does;
 *   the sorter breaks ties
 * @MP_SORT_KEY_ALL: the key orders the items as the whole sorter does
 *
 * What a #MpFilterListKeyFunc's key says about the sorter's order.
 */
typedef enum
{
  MP_SORT_KEY_NONE,
  MP_SORT_KEY_FIRST,
  MP_SORT_KEY_ALL,
} MpSortKeyKind;

/* Sets *@key for @item, in the sorter's current order (smaller first; never G_MININT64,
 * so that an owner may negate keys for a descending order). Every item gets the same kind
 * of key until the sorter changes. */
typedef MpSortKeyKind (*MpFilterListKeyFunc) (gpointer  item,
                                              gint64   *key,
                                              gpointer  user_data);

/* The text of @item that a search looks in (transfer none: the list copies it). */
typedef const char *(*MpFilterListTextFunc) (gpointer item,
                                             gpointer user_data);

#define MP_TYPE_FILTER_LIST (mp_filter_list_get_type ())

G_DECLARE_FINAL_TYPE (MpFilterList, mp_filter_list, MP, FILTER_LIST, GObject)

MpFilterList *mp_filter_list_new        (GListModel          *model,
                                         GtkFilter           *filter,
                                         GtkSorter           *sorter,
                                         MpFilterListKeyFunc  key_func,
                                         gpointer             key_data);
GListModel   *mp_filter_list_get_model  (MpFilterList *self);
GtkFilter    *mp_filter_list_get_filter (MpFilterList *self);
void          mp_filter_list_set_text_func (MpFilterList         *self,
                                            MpFilterListTextFunc  text_func,
                                            gpointer              text_data);
void          mp_filter_list_search        (MpFilterList         *self,
                                            const char * const   *words);
void          mp_filter_list_prepare_search (MpFilterList        *self);
const char * const *
              mp_filter_list_get_search    (MpFilterList         *self);
GtkSorter    *mp_filter_list_get_sorter (MpFilterList *self);
void          mp_filter_list_refresh    (MpFilterList *self);

G_END_DECLS
