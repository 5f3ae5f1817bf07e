/* mp-filter-list.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-filter-list"

#include "config.h"

#include "mp-filter-list.h"
#include "mp-pairing.h"

/* MpFilterList: the items of a model that a GtkFilter matches, optionally sorted by a
 * GtkSorter, as a GtkFilterListModel over a GtkSortListModel would show them, for the HR
 * overview's 10,000 pairings.
 *
 * GTK 4.8's filter model finds its n-th item by counting through a bitset, and a list
 * view answers a change of its model by asking for every item of the changed range: one
 * keystroke in the search entry asked for up to 10,000 items, each costing a count through
 * the bitset (a third of the keystroke). Its sort model asked the sorter for a key per item
 * and sorted those through two more layers of calls, a third of the HR window's own work
 * before its first frame. Here every item of the model has an entry (its place in the
 * model, whether the filter matches it) in an array kept in the sorter's order, and the
 * matches are an array too; a change is announced as the one range between the unchanged
 * first and last items, so the view keeps the rows it can.
 *
 * Order: the sorter's, ties in the model's order. Items the model adds are merged in;
 * those already there keep their order until the sorter says it changed (as GTK's sort
 * model does: an item whose key changed in place does not move by itself).
 *
 * Filtering is synchronous, in two parts: the filter, and the words searched
 * (mp_filter_list_search ()), an item shown when the filter matches it and its text holds
 * every word. Each entry remembers what each part said, and a change asks again only what
 * it may have changed: when a part became stricter, only about the items it matched;
 * looser, only those it did not; and either only where the other part matches. A filter
 * that matches everything (GTK_FILTER_MATCH_ALL) and a search for no word ask nothing. A
 * keystroke thus looks at the items the state and department choices show, and deleting
 * the last letter at none.
 *
 * The texts searched are copied into one block, in the entries' order: at 10,000
 * pairings, reading each pairing's own text (the object, then its string, wherever each
 * was allocated) was three reads from memory that no cache holds per item, most of a
 * keystroke's time; one block read in order is read ahead.
 *
 * A sorter is asked about two items per comparison, through type checks at each call: the
 * owner that knows its sorter can give an integer key per item instead (a
 * MpFilterListKeyFunc), asked once per item and sort. */

/* What a filter said of an entry's item; NOT_ASKED until it is needed. */
enum
{
  NOT_ASKED,
  SAYS_NO,
  SAYS_YES,
};

/* The two parts, by their index in the entries' answers */
enum
{
  FILTER,
  SEARCH,
  N_PARTS
};

typedef struct
{
  GObject    *item;              /* a reference */
  const char *text;              /* the text searched, in the list's block (or NULL) */
  gint64      key;               /* from the key function, when there is one */
  guint       position;          /* in the model */
  gboolean    matches;           /* by both parts */
  guint8      answers[N_PARTS];  /* SAYS_YES, SAYS_NO, NOT_ASKED */
} Entry;

struct _MpFilterList
{
  GObject              parent_instance;

  GListModel          *model;
  GtkFilter           *filter;
  GtkSorter           *sorter;
  MpFilterListTextFunc text_func;
  gpointer             text_data;
  char               **words;       /* searched for (NULL: none) */
  GStringChunk        *texts;       /* the entries' texts */
  guint                texts_copied;  /* into the block: the entries' and those gone */
  gboolean             texts_pending; /* none copied yet: from the items when first needed */
  MpFilterListKeyFunc  key_func;
  gpointer             key_data;
  MpSortKeyKind        key_kind;  /* of the entries' keys */
  gboolean             sorting;   /* sorts (), while sorting or merging */
  GArray              *all;       /* Entry: every item of the model, in order */
  GPtrArray           *items;     /* the matching items, in order (the entries' references) */
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

static void
clear_entry (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->item);
}

static gboolean
sorts (MpFilterList *self)
{
  return self->sorter != NULL && gtk_sorter_get_order (self->sorter) != GTK_SORTER_ORDER_NONE;
}

static GtkFilterMatch
strictness (GtkFilter *filter)
{
  return filter == NULL ? GTK_FILTER_MATCH_ALL : gtk_filter_get_strictness (filter);
}

/* What the part @part says of the entry (the filter's strictness is @match). */
static guint8
ask (MpFilterList   *self,
     guint           part,
     GtkFilterMatch  match,
     Entry          *entry)
{
  if (part == SEARCH)
    return mp_pairing_text_has_words (entry->text, (const char * const *) self->words) ? SAYS_YES : SAYS_NO;

  switch (match)
    {
    case GTK_FILTER_MATCH_ALL:
      return SAYS_YES;
    case GTK_FILTER_MATCH_NONE:
      return SAYS_NO;
    case GTK_FILTER_MATCH_SOME:
    default:
      return gtk_filter_match (self->filter, entry->item) ? SAYS_YES : SAYS_NO;
    }
}

/* Whether both parts match the entry's item (the filter's strictness is @match), asking
 * each only when its answer is not known and the other's does not settle it. */
static gboolean
entry_matches (MpFilterList   *self,
               Entry          *entry,
               GtkFilterMatch  match)
{
  for (guint part = 0; part < N_PARTS; part++)
    {
      if (entry->answers[part] == NOT_ASKED)
        entry->answers[part] = ask (self, part, match, entry);
      if (entry->answers[part] == SAYS_NO)
        return FALSE;
    }

  return TRUE;
}

/* Copies the entries' texts into the block, in their order: into a new one (@anew), and
 * from their items (@from_items) or from their copies (the texts stay those the answers
 * were given about; only a refresh or new items take the items' texts). */
static void
copy_texts (MpFilterList *self,
            Entry        *entries,
            guint         n,
            gboolean      anew,
            gboolean      from_items)
{
  g_autoptr(GStringChunk) old = NULL;

  if (self->text_func == NULL || self->texts_pending)
    return;

  if (anew)
    {
      old = g_steal_pointer (&self->texts);
      self->texts_copied = 0;
    }
  if (self->texts == NULL)
    self->texts = g_string_chunk_new (64 * 1024);
  for (guint i = 0; i < n; i++)
    {
      const char *text = from_items ? self->text_func (entries[i].item, self->text_data) : entries[i].text;

      entries[i].text = text != NULL ? g_string_chunk_insert (self->texts, text) : NULL;
    }
  self->texts_copied += n;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const Entry *ea = a, *eb = b;
  MpFilterList *self = user_data;
  int result = 0;

  if (self->key_kind != MP_SORT_KEY_NONE && ea->key != eb->key)
    return ea->key < eb->key ? -1 : 1;
  if (self->key_kind != MP_SORT_KEY_ALL && self->sorting)
    result = gtk_sorter_compare (self->sorter, ea->item, eb->item);
  if (result != 0)
    return result;

  return ea->position < eb->position ? -1 : ea->position > eb->position;
}

/* Sorts @n entries by their keys alone, stably (equal keys keep their order): a radix sort,
 * a byte at a time from the lowest, skipping the bytes that every key shares. For 10,000
 * pairings, a tenth of a comparison sort's work, which calls a function per comparison. */
static void
radix_sort_entries (Entry *entries,
                    guint  n)
{
  g_autofree Entry *buffer = NULL;
  Entry *from = entries, *to;
  guint64 any = 0, every = G_MAXUINT64;

  /* Unsigned, in the same order: the sign bit flipped. */
#define RADIX_KEY(entry) ((guint64) (entry)->key ^ G_GUINT64_CONSTANT (0x8000000000000000))

  for (guint i = 0; i < n; i++)
    {
      any |= RADIX_KEY (&entries[i]);
      every &= RADIX_KEY (&entries[i]);
    }
  if (any == every)
    return;

  buffer = g_new (Entry, n);
  to = buffer;
  for (guint shift = 0; shift < 64; shift += 8)
    {
      guint starts[256] = { 0 };
      guint offset = 0;
      Entry *swap;

      if ((((any ^ every) >> shift) & 0xff) == 0)
        continue;

      for (guint i = 0; i < n; i++)
        starts[(RADIX_KEY (&from[i]) >> shift) & 0xff]++;
      for (guint b = 0; b < 256; b++)
        {
          guint count = starts[b];

          starts[b] = offset;
          offset += count;
        }
      for (guint i = 0; i < n; i++)
        to[starts[(RADIX_KEY (&from[i]) >> shift) & 0xff]++] = from[i];

      swap = from;
      from = to;
      to = swap;
    }
#undef RADIX_KEY

  if (from != entries)
    memcpy (entries, from, n * sizeof (Entry));
}

/* Sorts @entries, which are in the model's order (@in_place_order) or not: by the keys alone
 * when they give the whole order (ties by place then follow from the stable sort). */
static void
sort_entries (MpFilterList *self,
              GArray       *entries,
              gboolean      in_place_order)
{
  if (entries->len < 2)
    return;

  if (self->key_kind == MP_SORT_KEY_ALL)
    {
      Entry *data = (Entry *) (gpointer) entries->data;

      /* Every item of the model has its entry: put each at its place (unless the model's
       * signals said otherwise: then the comparisons, which never trust the places). */
      if (!in_place_order)
        {
          g_autofree Entry *by_place = g_new0 (Entry, entries->len);

          for (guint i = 0; i < entries->len; i++)
            {
              guint position = data[i].position;

              if (position >= entries->len || by_place[position].item != NULL)
                {
                  g_critical ("%s: the model's items-changed signals do not add up", G_STRFUNC);
                  g_array_sort_with_data (entries, compare_entries, self);
                  return;
                }
              by_place[position] = data[i];
            }
          memcpy (data, by_place, entries->len * sizeof (Entry));
        }
      radix_sort_entries (data, entries->len);
    }
  else
    g_array_sort_with_data (entries, compare_entries, self);
}

/* Keys for @n entries from @entries; returns what they are worth (the least any item said). */
static MpSortKeyKind
compute_keys (MpFilterList *self,
              Entry        *entries,
              guint         n)
{
  MpSortKeyKind kind = MP_SORT_KEY_ALL;

  if (self->key_func == NULL || !sorts (self))
    return MP_SORT_KEY_NONE;

  for (guint i = 0; i < n; i++)
    kind = MIN (kind, self->key_func (entries[i].item, &entries[i].key, self->key_data));

  return n > 0 ? kind : self->key_kind;
}

/* Takes the matching entries of the array as the new items and announces the one range
 * that changed. The items are the entries' (the items of the old array that are no longer
 * entries are released only after this returns: compared, never used). */
static void
update_items (MpFilterList *self)
{
  g_autoptr(GPtrArray) old = self->items;
  GPtrArray *items = g_ptr_array_sized_new (old->len);
  guint prefix = 0, suffix = 0;

  for (guint i = 0; i < self->all->len; i++)
    {
      Entry *entry = &g_array_index (self->all, Entry, i);

      if (entry->matches)
        g_ptr_array_add (items, entry->item);
    }

  while (prefix < old->len && prefix < items->len &&
         g_ptr_array_index (old, prefix) == g_ptr_array_index (items, prefix))
    prefix++;
  while (suffix < old->len - prefix && suffix < items->len - prefix &&
         g_ptr_array_index (old, old->len - 1 - suffix) == g_ptr_array_index (items, items->len - 1 - suffix))
    suffix++;

  self->items = items;

  if (old->len != items->len || prefix != old->len)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old->len - prefix - suffix,
                                items->len - prefix - suffix);
}

/* Forgets what the part @part said where @change may have changed it. */
static void
forget_answers (MpFilterList    *self,
                guint            part,
                GtkFilterChange  change)
{
  guint8 kept = change == GTK_FILTER_CHANGE_MORE_STRICT ? SAYS_NO :
                change == GTK_FILTER_CHANGE_LESS_STRICT ? SAYS_YES : NOT_ASKED;
  Entry *entries = (Entry *) (gpointer) self->all->data;

  for (guint i = 0; i < self->all->len; i++)
    if (entries[i].answers[part] != kept)
      entries[i].answers[part] = NOT_ASKED;
}

/* Whether each item matches, asking the parts what is not known. */
static void
test_all (MpFilterList *self)
{
  GtkFilterMatch match = strictness (self->filter);
  Entry *entries = (Entry *) (gpointer) self->all->data;

  for (guint i = 0; i < self->all->len; i++)
    entries[i].matches = entry_matches (self, &entries[i], match);
}

/* The texts, if none was copied yet: before the first search for words. */
static void
ensure_texts (MpFilterList *self)
{
  if (!self->texts_pending)
    return;

  self->texts_pending = FALSE;
  copy_texts (self, (Entry *) (gpointer) self->all->data, self->all->len, TRUE, TRUE);
}

/* Sorted anew; the texts too, copied again in the new order (from the items when
 * @fresh_texts, as they are now). */
static void
sort_all (MpFilterList *self,
          gboolean      fresh_texts)
{
  self->key_kind = compute_keys (self, (Entry *) (gpointer) self->all->data, self->all->len);
  self->sorting = sorts (self);
  /* With no order left, by place: the model's */
  sort_entries (self, self->all, FALSE);
  copy_texts (self, (Entry *) (gpointer) self->all->data, self->all->len, TRUE, fresh_texts);
}

static void
refilter (MpFilterList    *self,
          guint            part,
          GtkFilterChange  change)
{
  forget_answers (self, part, change);
  test_all (self);
  update_items (self);
}

static void
resort (MpFilterList *self)
{
  sort_all (self, FALSE);
  update_items (self);
}

static void
on_filter_changed_cb (GtkFilter       *filter,
                      GtkFilterChange  change,
                      MpFilterList    *self)
{
  refilter (self, FILTER, change);
}

static void
on_sorter_changed_cb (GtkSorter       *sorter,
                      GtkSorterChange  change,
                      MpFilterList    *self)
{
  resort (self);
}

/* The model's items from @position on moved by @added - @removed; the removed go, the
 * added come in at their places in the order (among equals, by their places in the
 * model). */
static void
on_model_items_changed_cb (GListModel   *model,
                           guint         position,
                           guint         removed,
                           guint         added,
                           MpFilterList *self)
{
  GArray *old = self->all;
  g_autoptr(GArray) fresh = g_array_sized_new (FALSE, TRUE, sizeof (Entry), added);
  /* The removed items, released once the items no longer hold them */
  g_autoptr(GPtrArray) gone = g_ptr_array_new_full (removed, g_object_unref);
  GtkFilterMatch match = strictness (self->filter);
  Entry *entries;
  MpSortKeyKind kind;
  guint kept = 0, i = 0, j = 0;

  g_array_set_clear_func (fresh, clear_entry);
  g_array_set_size (fresh, added);
  entries = (Entry *) (gpointer) fresh->data;
  for (guint k = 0; k < added; k++)
    {
      entries[k].item = g_list_model_get_item (model, position + k);
      entries[k].position = position + k;
    }
  /* Keys for the new entries; the least any entry's is worth holds for all (keys agree
   * with the sorter: the entries there stay in order whatever their kind). */
  self->sorting = sorts (self);
  kind = compute_keys (self, entries, added);
  self->key_kind = old->len == 0 ? kind : MIN (self->key_kind, kind);
  if (self->sorting)
    sort_entries (self, fresh, TRUE);
  /* Their texts, after the others' in the block; a block that holds more texts than the
   * entries is copied anew (below). */
  copy_texts (self, entries, added, FALSE, TRUE);
  for (guint k = 0; k < added; k++)
    entries[k].matches = entry_matches (self, &entries[k], match);

  /* The entries that stay, in their order, with their new places (the array no longer
   * clears what it drops: the references are released here or move on). */
  g_array_set_clear_func (old, NULL);
  for (guint k = 0; k < old->len; k++)
    {
      Entry *entry = &g_array_index (old, Entry, k);

      if (entry->position >= position && entry->position < position + removed)
        {
          g_ptr_array_add (gone, g_steal_pointer (&entry->item));
          continue;
        }
      if (entry->position >= position + removed)
        entry->position = entry->position - removed + added;
      g_array_index (old, Entry, kept++) = *entry;
    }

  /* Merged with the fresh ones: by the sorter, or by place when nothing sorts. */
  self->all = g_array_sized_new (FALSE, FALSE, sizeof (Entry), kept + added);
  g_array_set_clear_func (self->all, clear_entry);
  g_array_set_size (self->all, kept + added);
  for (guint k = 0; k < kept + added; k++)
    {
      Entry *a = i < kept ? &g_array_index (old, Entry, i) : NULL;
      Entry *b = j < added ? &g_array_index (fresh, Entry, j) : NULL;

      if (b == NULL || (a != NULL && compare_entries (a, b, self) <= 0))
        {
          g_array_index (self->all, Entry, k) = *a;
          i++;
        }
      else
        {
          g_array_index (self->all, Entry, k) = *b;
          j++;
        }
    }

  /* The references moved to the new array. */
  g_array_unref (old);
  g_array_set_clear_func (fresh, NULL);

  if (self->text_func != NULL && self->texts_copied > 2 * self->all->len + 64)
    copy_texts (self, (Entry *) (gpointer) self->all->data, self->all->len, TRUE, FALSE);

  update_items (self);
}

static void
mp_filter_list_dispose (GObject *object)
{
  MpFilterList *self = MP_FILTER_LIST (object);

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, on_filter_changed_cb, self);
  if (self->sorter != NULL)
    g_signal_handlers_disconnect_by_func (self->sorter, on_sorter_changed_cb, self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->model);
  if (self->items != NULL)
    g_ptr_array_set_size (self->items, 0);
  if (self->all != NULL)
    g_array_set_size (self->all, 0);

  G_OBJECT_CLASS (mp_filter_list_parent_class)->dispose (object);
}

static void
mp_filter_list_finalize (GObject *object)
{
  MpFilterList *self = MP_FILTER_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->all, g_array_unref);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->texts, g_string_chunk_free);

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
  self->items = g_ptr_array_new ();
  self->all = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->all, clear_entry);
}

/**
 * mp_filter_list_new:
 * @model: (transfer full): the items
 * @filter: (transfer full) (nullable): what to show; %NULL shows every item
 * @sorter: (transfer full) (nullable): the order; %NULL keeps the model's
 * @key_func: (nullable): integer keys for @sorter's order, asked once per item when the
 *   list sorts (and for each item the model adds), answering for the sorter's order then
 * @key_data: for @key_func
 *
 * Returns: (transfer full): the items of @model that @filter matches, in @sorter's order,
 *   kept up to date
 */
MpFilterList *
mp_filter_list_new (GListModel          *model,
                    GtkFilter           *filter,
                    GtkSorter           *sorter,
                    MpFilterListKeyFunc  key_func,
                    gpointer             key_data)
{
  MpFilterList *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (filter == NULL || GTK_IS_FILTER (filter), NULL);
  g_return_val_if_fail (sorter == NULL || GTK_IS_SORTER (sorter), NULL);

  self = g_object_new (MP_TYPE_FILTER_LIST, NULL);
  self->model = model;
  self->filter = filter;
  self->sorter = sorter;
  self->key_func = key_func;
  self->key_data = key_data;
  g_signal_connect (model, "items-changed", G_CALLBACK (on_model_items_changed_cb), self);
  if (filter != NULL)
    g_signal_connect (filter, "changed", G_CALLBACK (on_filter_changed_cb), self);
  if (sorter != NULL)
    g_signal_connect (sorter, "changed", G_CALLBACK (on_sorter_changed_cb), self);
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

/* Whether every word of @words occurs in one of @within (each a substring of one): an item
 * whose text holds each of @within then holds each of @words. */
static gboolean
words_within (const char * const *words,
              const char * const *within)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; within[j] != NULL && !found; j++)
        found = strstr (within[j], words[i]) != NULL;
      if (!found)
        return FALSE;
    }

  return TRUE;
}

/**
 * mp_filter_list_set_text_func:
 * @text_func: (nullable): the text of an item that the search looks in, prepared as the
 *   words searched for are (folded)
 * @text_data: for @text_func
 *
 * The texts are copied before the first search for words (or by
 * mp_filter_list_prepare_search ()), then when items are added and when the list is
 * refreshed: an item whose text changed is searched by its new text after
 * mp_filter_list_refresh ().
 */
void
mp_filter_list_set_text_func (MpFilterList         *self,
                              MpFilterListTextFunc  text_func,
                              gpointer              text_data)
{
  g_return_if_fail (MP_IS_FILTER_LIST (self));

  self->text_func = text_func;
  self->text_data = text_data;
  for (guint i = 0; i < self->all->len; i++)
    g_array_index (self->all, Entry, i).text = NULL;
  g_clear_pointer (&self->texts, g_string_chunk_free);
  self->texts_copied = 0;
  /* Copied when first needed: not while the window that sets them is being made. */
  self->texts_pending = text_func != NULL;

  /* With no word searched for, every text matches, whatever it is. */
  if (self->words != NULL)
    {
      ensure_texts (self);
      refilter (self, SEARCH, GTK_FILTER_CHANGE_DIFFERENT);
    }
}

/**
 * mp_filter_list_prepare_search:
 *
 * Copies the texts the search looks in now, if no search has yet (the first would).
 */
void
mp_filter_list_prepare_search (MpFilterList *self)
{
  g_return_if_fail (MP_IS_FILTER_LIST (self));

  ensure_texts (self);
}

/**
 * mp_filter_list_search:
 * @words: (array zero-terminated=1) (nullable): the words an item's text must each hold,
 *   prepared as the texts are; %NULL or none for every item
 *
 * Shows the items the filter matches whose text (from the text function; none without
 * one) holds every word. Words that only add to the last ones (or take from them) ask
 * only about the items shown (or hidden) by the last search.
 */
void
mp_filter_list_search (MpFilterList       *self,
                       const char * const *words)
{
  static const char * const none[] = { NULL };
  const char * const *old;
  GtkFilterChange change;

  g_return_if_fail (MP_IS_FILTER_LIST (self));

  if (words == NULL)
    words = none;
  old = self->words != NULL ? (const char * const *) self->words : none;
  if (g_strv_equal ((const char * const *) old, words))
    return;

  if (words_within (old, words))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (words_within (words, old))
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;

  {
    /* Copied before the last words go: @words may point into them. */
    char **copy = words[0] != NULL ? g_strdupv ((char **) words) : NULL;

    g_strfreev (self->words);
    self->words = copy;
  }
  if (self->words != NULL)
    ensure_texts (self);
  refilter (self, SEARCH, change);
}

/**
 * mp_filter_list_get_search:
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the words searched for,
 *   %NULL for none
 */
const char * const *
mp_filter_list_get_search (MpFilterList *self)
{
  g_return_val_if_fail (MP_IS_FILTER_LIST (self), NULL);

  return (const char * const *) self->words;
}

/**
 * mp_filter_list_get_sorter:
 *
 * Returns: (transfer none) (nullable): the sorter
 */
GtkSorter *
mp_filter_list_get_sorter (MpFilterList *self)
{
  g_return_val_if_fail (MP_IS_FILTER_LIST (self), NULL);

  return self->sorter;
}

/**
 * mp_filter_list_refresh:
 *
 * Sorts and filters every item again, for items that changed in place (an item whose key
 * changed keeps its place otherwise), and announces the one range that changed.
 */
void
mp_filter_list_refresh (MpFilterList *self)
{
  g_return_if_fail (MP_IS_FILTER_LIST (self));

  sort_all (self, TRUE);
  for (guint part = 0; part < N_PARTS; part++)
    forget_answers (self, part, GTK_FILTER_CHANGE_DIFFERENT);
  test_all (self);
  update_items (self);
}
