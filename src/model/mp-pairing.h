/* mp-pairing.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "mp-enums.h"
#include "mp-mentorship.h"
#include "mp-progress.h"
#include "mp-store.h"

G_BEGIN_DECLS

/* A pairing is a mentorship as the windows and reports show it: the mentorship with
 * its progress summary (from mp-progress, computed once per change, never per draw)
 * flattened into plain properties that GtkExpressions can sort, filter and bind.
 * MpPairingList keeps one per mentorship of the store, in the store's order. */

#define MP_NO_CONTACT_ALERT_DAYS 21

#define MP_TYPE_PAIRING (mp_pairing_get_type ())

G_DECLARE_FINAL_TYPE (MpPairing, mp_pairing, MP, PAIRING, GObject)

MpMentorship      *mp_pairing_get_mentorship            (MpPairing *self);
MpStore           *mp_pairing_get_store                 (MpPairing *self);
MpProgressSummary *mp_pairing_get_summary               (MpPairing *self);
const char        *mp_pairing_get_employee_name         (MpPairing *self);
const char        *mp_pairing_get_mentor_name           (MpPairing *self);
const char        *mp_pairing_get_department_name       (MpPairing *self);
const char        *mp_pairing_get_search_text           (MpPairing *self);
MpScheduleState    mp_pairing_get_state                 (MpPairing *self);
guint              mp_pairing_get_start_day             (MpPairing *self);
gint64             mp_pairing_get_next_meeting_unix     (MpPairing *self);
guint              mp_pairing_get_last_contact_day      (MpPairing *self);
int                mp_pairing_get_urgency               (MpPairing *self);
gboolean           mp_pairing_get_no_contact_alert      (MpPairing *self);
gboolean           mp_pairing_get_first_contact_late    (MpPairing *self);
gint64             mp_pairing_get_unlogged_meeting_unix (MpPairing *self);
const char * const *mp_pairing_get_state_label_samples (void);
gboolean           mp_pairing_matches                   (MpPairing  *self,
                                                         const char *needle);
char              *mp_pairing_fold                      (const char *text);
char             **mp_pairing_search_words              (const char *needle);
gboolean           mp_pairing_matches_words             (MpPairing          *self,
                                                         const char * const *words);
gboolean           mp_pairing_text_has_words            (const char         *text,
                                                         const char * const *words);

#define MP_TYPE_PAIRING_LIST (mp_pairing_list_get_type ())

G_DECLARE_FINAL_TYPE (MpPairingList, mp_pairing_list, MP, PAIRING_LIST, GObject)

MpPairingList     *mp_pairing_list_get_for_store        (MpStore       *store);
MpPairingList     *mp_pairing_list_new                  (MpStore       *store,
                                                         const GDate   *today);
MpStore           *mp_pairing_list_get_store            (MpPairingList *self);
MpPairing         *mp_pairing_list_lookup               (MpPairingList *self,
                                                         MpMentorship  *mentorship);
MpPairing         *mp_pairing_list_peek_item            (MpPairingList *self,
                                                         guint          position);
void               mp_pairing_list_set_today            (MpPairingList *self,
                                                         const GDate   *today);
void               mp_pairing_list_get_today            (MpPairingList *self,
                                                         GDate         *today);
gboolean           mp_pairing_list_follows_clock        (MpPairingList *self);

G_END_DECLS
