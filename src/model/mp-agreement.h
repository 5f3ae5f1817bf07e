/* mp-agreement.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mp-mentorship.h"

G_BEGIN_DECLS

/* What a pair agreed at its first meeting: the best days and channels to reach each other
 * and what each expects. One per mentorship.
 */

#define MP_TYPE_AGREEMENT (mp_agreement_get_type ())

G_DECLARE_FINAL_TYPE (MpAgreement, mp_agreement, MP, AGREEMENT, GObject)

MpAgreement  *mp_agreement_new              (MpMentorship *mentorship);
MpAgreement  *mp_agreement_copy             (MpAgreement  *self);
const char   *mp_agreement_get_uuid         (MpAgreement  *self);
MpMentorship *mp_agreement_get_mentorship   (MpAgreement  *self);
void          mp_agreement_set_mentorship   (MpAgreement  *self,
                                             MpMentorship *mentorship);
const char   *mp_agreement_get_best_days    (MpAgreement  *self);
void          mp_agreement_set_best_days    (MpAgreement  *self,
                                             const char   *best_days);
const char   *mp_agreement_get_channels     (MpAgreement  *self);
void          mp_agreement_set_channels     (MpAgreement  *self,
                                             const char   *channels);
const char   *mp_agreement_get_expectations (MpAgreement  *self);
void          mp_agreement_set_expectations (MpAgreement  *self,
                                             const char   *expectations);
const GDate  *mp_agreement_get_agreed_on    (MpAgreement  *self);
void          mp_agreement_set_agreed_on    (MpAgreement  *self,
                                             const GDate  *agreed_on);

G_END_DECLS
