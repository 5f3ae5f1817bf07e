/* mp-seal.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sealing: a text only its recipients can read, for what an employee and a mentor write each
 * other (a concern and its answer) and which must travel through the shared file without
 * being readable there (DESIGN.md, "Confidentiality by construction").
 *
 * Each person has a key pair per private database (X25519): the secret stays in it, the
 * public half is published in the shared file. A sealed text is encrypted once with a random
 * key (ChaCha20-Poly1305), and that key is wrapped for each recipient's public key (X25519
 * with a fresh ephemeral key each, HKDF-SHA256, ChaCha20-Poly1305); any recipient can open
 * it and wrap its key for another recipient later. The envelope is a GVariant
 * "(ya(ayayay)ayay)": version, recipients (public key, ephemeral public key, wrapped key),
 * nonce, ciphertext. @context (a concern's uuid and the part) is authenticated with the
 * text, so an envelope copied to another place does not open there. Nettle does the
 * cryptography; the random bytes come from the kernel (getrandom ()). */

#define MP_SEAL_KEY_SIZE 32

typedef struct
{
  guint8 secret[MP_SEAL_KEY_SIZE];
  guint8 public[MP_SEAL_KEY_SIZE];
} MpSealKey;

#define MP_SEAL_ERROR (mp_seal_error_quark ())

typedef enum
{
  MP_SEAL_ERROR_NOT_FOR_YOU,  /* none of the keys given is a recipient */
  MP_SEAL_ERROR_DAMAGED,      /* not an envelope, or changed since it was sealed */
  MP_SEAL_ERROR_NO_RECIPIENT, /* sealing for nobody */
  MP_SEAL_ERROR_RANDOM,       /* no random bytes from the system */
} MpSealError;

GQuark      mp_seal_error_quark       (void);

gboolean    mp_seal_key_generate      (MpSealKey     *key,
                                       GError       **error);
gboolean    mp_seal_key_is_valid      (const MpSealKey *key);
gboolean    mp_seal_public_key_is_usable (GBytes      *public_key);

GBytes     *mp_seal                   (const char    *plaintext,
                                       const char    *context,
                                       GPtrArray     *recipients,
                                       GError       **error);
char       *mp_seal_open              (GBytes        *envelope,
                                       const char    *context,
                                       GPtrArray     *keys,
                                       GError       **error);
GBytes     *mp_seal_add_recipients    (GBytes        *envelope,
                                       const char    *context,
                                       GPtrArray     *keys,
                                       GPtrArray     *recipients,
                                       GError       **error);
gboolean    mp_seal_lacks_recipient   (GBytes        *envelope,
                                       GPtrArray     *recipients);

G_END_DECLS
