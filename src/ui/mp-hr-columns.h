/* mp-hr-columns.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-pairing.h"
#include "mp-store.h"

G_BEGIN_DECLS

/* The HR overview's tables: columns, cells and the formatting they share.
 *
 * Cells are GtkSignalListItemFactory cells: a label made once per visible row (the
 * view recycles them), filled in bind from the item and refreshed on its notify::, and
 * the whole row marked with a CSS class (mp-pairing-overdue, mp-pairing-no-contact)
 * on each of its cell widgets so it stands out in theme colours. */

/* A mentor is offered as having room up to this many active mentees. */
#define MP_HR_MENTOR_CAPACITY 3

/* The pairings table's columns, in the order shown. */
typedef enum
{
  MP_HR_PAIRING_EMPLOYEE,
  MP_HR_PAIRING_DEPARTMENT,
  MP_HR_PAIRING_MENTOR,
  MP_HR_PAIRING_START,
  MP_HR_PAIRING_PHASE,
  MP_HR_PAIRING_MEETINGS,
  MP_HR_PAIRING_ACTIVITIES,
  MP_HR_PAIRING_FOLLOW_UPS,
  MP_HR_PAIRING_LAST_CONTACT,
  MP_HR_PAIRING_NEXT_MEETING,
  MP_HR_PAIRING_STATE,
  MP_HR_N_PAIRING_COLUMNS
} MpHrPairingColumn;

typedef struct
{
  const char *id;
  const char *title;      /* untranslated: _() it */
  gboolean    expand;
  float       xalign;
  int         min_chars;
  int         nat_chars;
} MpHrPairingColumnInfo;

const MpHrPairingColumnInfo *mp_hr_pairing_column_get_info (MpHrPairingColumn  column);
char                        *mp_hr_pairing_column_text     (MpPairing         *pairing,
                                                            MpHrPairingColumn  column);
char                        *mp_hr_pairing_column_tooltip  (MpPairing         *pairing,
                                                            MpHrPairingColumn  column);
int                          mp_hr_pairing_column_compare  (MpPairing         *a,
                                                            MpPairing         *b,
                                                            MpHrPairingColumn  column);
gboolean                     mp_hr_pairing_column_get_key  (MpPairing         *pairing,
                                                            MpHrPairingColumn  column,
                                                            gint64            *key);
void  mp_hr_columns_setup_people     (GtkColumnView *view,
                                      MpStore       *store);
GtkColumnViewColumn *mp_hr_columns_setup_follow_ups (GtkColumnView *view,
                                                     MpStore       *store);
void  mp_hr_columns_refresh          (GtkColumnView *view);

const char *mp_hr_translate_once     (const char    *msgid) G_GNUC_FORMAT (1);
char *mp_hr_format_day               (const GDate   *date);
char *mp_hr_format_julian            (guint          julian);
char *mp_hr_format_instant           (GDateTime     *instant);
char *mp_hr_pairing_state_text       (MpPairing     *pairing);
char *mp_hr_pairing_contact_text     (MpPairing     *pairing);
guint mp_hr_count_active_mentees     (MpStore       *store,
                                      MpPerson      *mentor);

G_END_DECLS
