/* mp-seal.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mp-seal"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include <glib/gi18n-lib.h>
#include <nettle/chacha-poly1305.h>
#include <nettle/curve25519.h>
#include <nettle/hkdf.h>
#include <nettle/hmac.h>
#include <nettle/memops.h>

#include "mp-seal.h"

/* See mp-seal.h for the scheme. */

#define ENVELOPE_VERSION 1
#define ENVELOPE_TYPE    "(ya(ayayay)ayay)"
#define NONCE_SIZE       CHACHA_POLY1305_NONCE_SIZE
#define TAG_SIZE         CHACHA_POLY1305_DIGEST_SIZE
#define WRAPPED_SIZE     (MP_SEAL_KEY_SIZE + TAG_SIZE)
#define KEY_INFO         "mentoring seal 1: wrapped key"

G_DEFINE_QUARK (mp-seal-error-quark, mp_seal_error)

G_STATIC_ASSERT (CURVE25519_SIZE == MP_SEAL_KEY_SIZE);
G_STATIC_ASSERT (CHACHA_POLY1305_KEY_SIZE == MP_SEAL_KEY_SIZE);

static gboolean
random_bytes (guint8  *buffer,
              gsize    length,
              GError **error)
{
  gsize done = 0;

  while (done < length)
    {
      ssize_t n = getrandom (buffer + done, length - done, 0);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          int saved = errno;

          g_set_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_RANDOM,
                       _("The system gave no random numbers to protect the text with: %s"), g_strerror (saved));
          return FALSE;
        }
      done += (gsize) n;
    }

  return TRUE;
}

/**
 * mp_seal_key_generate:
 * @key: (out): a new key pair
 *
 * Returns: whether the system gave the random bytes it needs
 */
gboolean
mp_seal_key_generate (MpSealKey  *key,
                      GError    **error)
{
  g_return_val_if_fail (key != NULL, FALSE);

  if (!random_bytes (key->secret, sizeof key->secret, error))
    return FALSE;
  curve25519_mul_g (key->public, key->secret);

  return TRUE;
}

/**
 * mp_seal_key_is_valid:
 *
 * Returns: whether @key's public half is its secret's (a key read back from a file)
 */
gboolean
mp_seal_key_is_valid (const MpSealKey *key)
{
  guint8 public[MP_SEAL_KEY_SIZE];
  gboolean valid;

  g_return_val_if_fail (key != NULL, FALSE);

  curve25519_mul_g (public, key->secret);
  valid = memeql_sec (public, key->public, sizeof public);
  memset (public, 0, sizeof public);

  return valid;
}

static gboolean
is_all_zero (const guint8 *data,
             gsize         length)
{
  guint8 bits = 0;

  for (gsize i = 0; i < length; i++)
    bits |= data[i];

  return bits == 0;
}

/* The key that wraps the text's key for @recipient: HKDF-SHA256 of the X25519 secret shared
 * between @secret and @peer, salted with both public keys. FALSE for a peer key of small
 * order (a shared secret of zeros). */
static gboolean
derive_wrapping_key (const guint8 *secret,
                     const guint8 *peer,
                     const guint8 *ephemeral_public,
                     const guint8 *recipient_public,
                     guint8        out[MP_SEAL_KEY_SIZE])
{
  struct hmac_sha256_ctx mac;
  guint8 shared[CURVE25519_SIZE];
  guint8 salt[2 * MP_SEAL_KEY_SIZE];
  guint8 prk[SHA256_DIGEST_SIZE];

  curve25519_mul (shared, secret, peer);
  if (is_all_zero (shared, sizeof shared))
    return FALSE;

  memcpy (salt, ephemeral_public, MP_SEAL_KEY_SIZE);
  memcpy (salt + MP_SEAL_KEY_SIZE, recipient_public, MP_SEAL_KEY_SIZE);
  hmac_sha256_set_key (&mac, sizeof salt, salt);
  hkdf_extract (&mac, (nettle_hash_update_func *) hmac_sha256_update, (nettle_hash_digest_func *) hmac_sha256_digest,
                SHA256_DIGEST_SIZE, sizeof shared, shared, prk);
  hmac_sha256_set_key (&mac, sizeof prk, prk);
  hkdf_expand (&mac, (nettle_hash_update_func *) hmac_sha256_update, (nettle_hash_digest_func *) hmac_sha256_digest,
               SHA256_DIGEST_SIZE, strlen (KEY_INFO), (const guint8 *) KEY_INFO, MP_SEAL_KEY_SIZE, out);

  memset (shared, 0, sizeof shared);
  memset (prk, 0, sizeof prk);
  memset (&mac, 0, sizeof mac);

  return TRUE;
}

/* A ChaCha20-Poly1305 context with @context authenticated */
static void
start_cipher (struct chacha_poly1305_ctx *ctx,
              const guint8               *key,
              const guint8               *nonce,
              const char                 *context)
{
  chacha_poly1305_set_key (ctx, key);
  chacha_poly1305_set_nonce (ctx, nonce);
  if (context != NULL)
    chacha_poly1305_update (ctx, strlen (context), (const guint8 *) context);
}

/* ChaCha20-Poly1305 of @length bytes of @src into @dst, @length + TAG_SIZE bytes */
static void
encrypt (const guint8 *key,
         const guint8 *nonce,
         const char   *context,
         const guint8 *src,
         gsize         length,
         guint8       *dst)
{
  struct chacha_poly1305_ctx ctx;

  start_cipher (&ctx, key, nonce, context);
  chacha_poly1305_encrypt (&ctx, length, dst, src);
  chacha_poly1305_digest (&ctx, TAG_SIZE, dst + length);
  memset (&ctx, 0, sizeof ctx);
}

/* The reverse: @length bytes (with the tag) of @src, @length - TAG_SIZE bytes into @dst;
 * FALSE (and @dst wiped) when the tag does not match */
static gboolean
decrypt (const guint8 *key,
         const guint8 *nonce,
         const char   *context,
         const guint8 *src,
         gsize         length,
         guint8       *dst)
{
  struct chacha_poly1305_ctx ctx;
  guint8 tag[TAG_SIZE];
  gsize plain_length;
  gboolean ok;

  if (length < TAG_SIZE)
    return FALSE;
  plain_length = length - TAG_SIZE;

  start_cipher (&ctx, key, nonce, context);
  chacha_poly1305_decrypt (&ctx, plain_length, dst, src);
  chacha_poly1305_digest (&ctx, TAG_SIZE, tag);
  memset (&ctx, 0, sizeof ctx);

  ok = memeql_sec (tag, src + plain_length, TAG_SIZE);
  if (!ok)
    memset (dst, 0, plain_length);

  return ok;
}

static GVariant *
bytes_variant (const guint8 *data,
               gsize         length)
{
  return g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, data, length, 1);
}

static const guint8 *
variant_bytes (GVariant *variant,
               gsize     expected,
               gsize    *length)
{
  gsize n = 0;
  const guint8 *data = g_variant_get_fixed_array (variant, &n, 1);

  if (length != NULL)
    *length = n;
  if (expected > 0 && n != expected)
    return NULL;

  return data;
}

/* A recipient entry wrapping @content_key for @recipient_public */
static gboolean
wrap_for (const guint8     *content_key,
          const guint8     *recipient_public,
          GVariantBuilder  *entries,
          guint            *n_added,
          GError          **error)
{
  MpSealKey ephemeral;
  guint8 wrapping[MP_SEAL_KEY_SIZE];
  guint8 wrapped[WRAPPED_SIZE];
  static const guint8 zero_nonce[NONCE_SIZE] = { 0 };

  if (!mp_seal_key_generate (&ephemeral, error))
    return FALSE;

  /* A fresh ephemeral key per entry: each wrapping key is used once, so a fixed nonce is safe */
  if (!derive_wrapping_key (ephemeral.secret, recipient_public, ephemeral.public, recipient_public, wrapping))
    {
      memset (&ephemeral, 0, sizeof ephemeral);
      /* A key of small order: nobody could open it; leave it out */
      return TRUE;
    }
  encrypt (wrapping, zero_nonce, NULL, content_key, MP_SEAL_KEY_SIZE, wrapped);
  g_variant_builder_add (entries, "(@ay@ay@ay)", bytes_variant (recipient_public, MP_SEAL_KEY_SIZE),
                         bytes_variant (ephemeral.public, MP_SEAL_KEY_SIZE), bytes_variant (wrapped, sizeof wrapped));
  (*n_added)++;

  memset (&ephemeral, 0, sizeof ephemeral);
  memset (wrapping, 0, sizeof wrapping);

  return TRUE;
}

static gboolean
has_key_size (GBytes *recipient)
{
  return recipient != NULL && g_bytes_get_size (recipient) == MP_SEAL_KEY_SIZE;
}

/* A public key something can be sealed for: 32 bytes, not a point of small order (one
 * whose every shared secret is zero, as a key of zeros: a text sealed for it is sealed for
 * nobody) */
static gboolean
public_key_is_usable (GBytes *recipient)
{
  static const guint8 probe[MP_SEAL_KEY_SIZE] = {
    0x5d, 0x1a, 0x93, 0x2c, 0x77, 0x04, 0xe8, 0x3b, 0x91, 0x6f, 0x22, 0xc5, 0x0e, 0xaa, 0x48, 0x13,
    0x7c, 0xd9, 0x65, 0x30, 0xbf, 0x81, 0x1e, 0x57, 0xf2, 0x09, 0x6b, 0xc4, 0x38, 0x9d, 0xe0, 0x46,
  };
  guint8 shared[CURVE25519_SIZE];
  gboolean usable;

  if (!has_key_size (recipient))
    return FALSE;

  /* The scalar is made a multiple of the cofactor: only a small-order point gives zero */
  curve25519_mul (shared, probe, g_bytes_get_data (recipient, NULL));
  usable = !is_all_zero (shared, sizeof shared);
  memset (shared, 0, sizeof shared);

  return usable;
}

/**
 * mp_seal_public_key_is_usable:
 * @public_key: a public key read from somewhere (GBytes)
 *
 * Returns: whether something can be sealed for @public_key (see public_key_is_usable ())
 */
gboolean
mp_seal_public_key_is_usable (GBytes *public_key)
{
  return public_key_is_usable (public_key);
}

/**
 * mp_seal:
 * @plaintext: the text (UTF-8)
 * @context: (nullable): where it belongs (authenticated, not stored)
 * @recipients: (element-type GBytes): the public keys that may open it
 *
 * Returns: (transfer full): the envelope, or %NULL with %MP_SEAL_ERROR_NO_RECIPIENT when no
 *   recipient key is usable
 */
GBytes *
mp_seal (const char  *plaintext,
         const char  *context,
         GPtrArray   *recipients,
         GError     **error)
{
  g_auto(GVariantBuilder) entries = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(ayayay)"));
  g_autoptr(GVariant) envelope = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_bytes_hash, g_bytes_equal);
  g_autoptr(GPtrArray) targets = g_ptr_array_new ();
  guint8 content_key[MP_SEAL_KEY_SIZE];
  guint8 nonce[NONCE_SIZE];
  g_autofree guint8 *cipher = NULL;
  gsize length;
  guint n_added = 0;

  g_return_val_if_fail (plaintext != NULL, NULL);
  g_return_val_if_fail (recipients != NULL, NULL);

  /* Each key once; one of small order is left out by wrap_for () (no second X25519 here) */
  for (guint i = 0; i < recipients->len; i++)
    if (has_key_size (recipients->pdata[i]) && g_hash_table_add (seen, recipients->pdata[i]))
      g_ptr_array_add (targets, recipients->pdata[i]);
  if (targets->len == 0)
    {
      g_set_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_NO_RECIPIENT, _("Nobody could read it: no key to seal it for."));
      return NULL;
    }

  if (!random_bytes (content_key, sizeof content_key, error) || !random_bytes (nonce, sizeof nonce, error))
    return NULL;

  length = strlen (plaintext);
  cipher = g_malloc (length + TAG_SIZE);
  encrypt (content_key, nonce, context, (const guint8 *) plaintext, length, cipher);

  for (guint i = 0; i < targets->len; i++)
    {
      GBytes *recipient = targets->pdata[i];

      if (!wrap_for (content_key, g_bytes_get_data (recipient, NULL), &entries, &n_added, error))
        {
          memset (content_key, 0, sizeof content_key);
          return NULL;
        }
    }
  memset (content_key, 0, sizeof content_key);

  /* (never an envelope nobody can open) */
  if (n_added == 0)
    {
      g_set_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_NO_RECIPIENT, _("Nobody could read it: no key to seal it for."));
      return NULL;
    }

  envelope = g_variant_ref_sink (g_variant_new ("(y@a(ayayay)@ay@ay)", ENVELOPE_VERSION,
                                                g_variant_builder_end (&entries),
                                                bytes_variant (nonce, sizeof nonce),
                                                bytes_variant (cipher, length + TAG_SIZE)));

  return g_variant_get_data_as_bytes (envelope);
}

/* The envelope as a GVariant in normal form, or NULL (and an error) */
static GVariant *
parse_envelope (GBytes  *envelope,
                GError **error)
{
  g_autoptr(GVariant) variant = NULL;
  guint8 version = 0;

  if (envelope != NULL)
    variant = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (ENVELOPE_TYPE), envelope, FALSE));
  if (variant == NULL || !g_variant_is_normal_form (variant))
    {
      g_set_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_DAMAGED, _("The sealed text is damaged."));
      return NULL;
    }

  g_variant_get_child (variant, 0, "y", &version);
  if (version != ENVELOPE_VERSION)
    {
      g_set_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_DAMAGED,
                   _("The text was sealed by a newer version of Mentoring: update it to read it."));
      return NULL;
    }

  return g_steal_pointer (&variant);
}

/* The text's key, unwrapped with one of @keys; FALSE with an error otherwise */
static gboolean
unwrap_content_key (GVariant   *envelope,
                    GPtrArray  *keys,
                    guint8      content_key[MP_SEAL_KEY_SIZE],
                    GError    **error)
{
  g_autoptr(GVariant) entries = g_variant_get_child_value (envelope, 1);
  static const guint8 zero_nonce[NONCE_SIZE] = { 0 };
  gboolean damaged = FALSE;

  for (gsize i = 0; i < g_variant_n_children (entries); i++)
    {
      g_autoptr(GVariant) entry = g_variant_get_child_value (entries, i);
      g_autoptr(GVariant) recipient_v = g_variant_get_child_value (entry, 0);
      g_autoptr(GVariant) ephemeral_v = g_variant_get_child_value (entry, 1);
      g_autoptr(GVariant) wrapped_v = g_variant_get_child_value (entry, 2);
      const guint8 *recipient = variant_bytes (recipient_v, MP_SEAL_KEY_SIZE, NULL);
      const guint8 *ephemeral = variant_bytes (ephemeral_v, MP_SEAL_KEY_SIZE, NULL);
      const guint8 *wrapped = variant_bytes (wrapped_v, WRAPPED_SIZE, NULL);

      if (recipient == NULL || ephemeral == NULL || wrapped == NULL)
        {
          damaged = TRUE;
          continue;
        }

      for (guint k = 0; keys != NULL && k < keys->len; k++)
        {
          const MpSealKey *key = keys->pdata[k];
          guint8 wrapping[MP_SEAL_KEY_SIZE];
          gboolean ok;

          if (memcmp (key->public, recipient, MP_SEAL_KEY_SIZE) != 0)
            continue;
          if (!derive_wrapping_key (key->secret, ephemeral, ephemeral, recipient, wrapping))
            {
              damaged = TRUE;
              continue;
            }
          ok = decrypt (wrapping, zero_nonce, NULL, wrapped, WRAPPED_SIZE, content_key);
          memset (wrapping, 0, sizeof wrapping);
          if (ok)
            return TRUE;
          damaged = TRUE;
        }
    }

  if (damaged)
    g_set_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_DAMAGED, _("The sealed text is damaged."));
  else
    g_set_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_NOT_FOR_YOU, _("The text was not sealed for this computer’s key."));

  return FALSE;
}

/**
 * mp_seal_open:
 * @envelope: what mp_seal () made
 * @context: (nullable): the same context it was sealed with
 * @keys: (element-type MpSealKey): the reader's key pairs
 *
 * Returns: (transfer full) (nullable): the text, or %NULL with %MP_SEAL_ERROR_NOT_FOR_YOU
 *   (no key of @keys is a recipient) or %MP_SEAL_ERROR_DAMAGED
 */
char *
mp_seal_open (GBytes      *envelope,
              const char  *context,
              GPtrArray   *keys,
              GError     **error)
{
  g_autoptr(GVariant) variant = parse_envelope (envelope, error);
  g_autoptr(GVariant) nonce_v = NULL;
  g_autoptr(GVariant) cipher_v = NULL;
  guint8 content_key[MP_SEAL_KEY_SIZE];
  const guint8 *nonce, *cipher;
  gsize length = 0;
  char *text;
  gboolean ok;

  if (variant == NULL || !unwrap_content_key (variant, keys, content_key, error))
    return NULL;

  nonce_v = g_variant_get_child_value (variant, 2);
  cipher_v = g_variant_get_child_value (variant, 3);
  nonce = variant_bytes (nonce_v, NONCE_SIZE, NULL);
  cipher = variant_bytes (cipher_v, 0, &length);
  if (nonce == NULL || cipher == NULL || length < TAG_SIZE)
    {
      memset (content_key, 0, sizeof content_key);
      g_set_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_DAMAGED, _("The sealed text is damaged."));
      return NULL;
    }

  text = g_malloc (length - TAG_SIZE + 1);
  ok = decrypt (content_key, nonce, context, cipher, length, (guint8 *) text);
  memset (content_key, 0, sizeof content_key);
  text[length - TAG_SIZE] = '\0';
  if (!ok || strlen (text) != length - TAG_SIZE || !g_utf8_validate (text, -1, NULL))
    {
      memset (text, 0, length - TAG_SIZE);
      g_free (text);
      g_set_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_DAMAGED, _("The sealed text is damaged."));
      return NULL;
    }

  return text;
}

static gboolean
has_recipient (GVariant     *envelope,
               const guint8 *public)
{
  g_autoptr(GVariant) entries = g_variant_get_child_value (envelope, 1);

  for (gsize i = 0; i < g_variant_n_children (entries); i++)
    {
      g_autoptr(GVariant) entry = g_variant_get_child_value (entries, i);
      g_autoptr(GVariant) recipient_v = g_variant_get_child_value (entry, 0);
      const guint8 *recipient = variant_bytes (recipient_v, MP_SEAL_KEY_SIZE, NULL);

      if (recipient != NULL && memcmp (recipient, public, MP_SEAL_KEY_SIZE) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * mp_seal_lacks_recipient:
 * @recipients: (element-type GBytes): public keys
 *
 * Returns: whether a usable key of @recipients (mp_seal_public_key_is_usable ()) is not among
 *   @envelope's recipients (%FALSE for an envelope that cannot be read at all)
 */
gboolean
mp_seal_lacks_recipient (GBytes    *envelope,
                         GPtrArray *recipients)
{
  g_autoptr(GVariant) variant = parse_envelope (envelope, NULL);

  g_return_val_if_fail (recipients != NULL, FALSE);

  if (variant == NULL)
    return FALSE;

  for (guint i = 0; i < recipients->len; i++)
    if (public_key_is_usable (recipients->pdata[i]) &&
        !has_recipient (variant, g_bytes_get_data (recipients->pdata[i], NULL)))
      return TRUE;

  return FALSE;
}

/**
 * mp_seal_add_recipients:
 * @context: (nullable): the context it was sealed with
 * @keys: (element-type MpSealKey): key pairs of a recipient, to open it with
 * @recipients: (element-type GBytes): public keys that should be able to open it too
 *
 * Returns: (transfer full): @envelope with its key wrapped for each of @recipients it lacked
 *   (the same text, the same ciphertext), or %NULL with an error when @keys cannot open it
 */
GBytes *
mp_seal_add_recipients (GBytes      *envelope,
                        const char  *context,
                        GPtrArray   *keys,
                        GPtrArray   *recipients,
                        GError     **error)
{
  g_auto(GVariantBuilder) entries = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(ayayay)"));
  g_autoptr(GVariant) variant = parse_envelope (envelope, error);
  g_autoptr(GVariant) old_entries = NULL;
  g_autoptr(GVariant) result = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_bytes_hash, g_bytes_equal);
  guint8 content_key[MP_SEAL_KEY_SIZE];
  g_autofree char *text = NULL;
  guint n_added = 0;

  g_return_val_if_fail (recipients != NULL, NULL);

  if (variant == NULL)
    return NULL;

  /* Open it all, not just its key: a damaged text is not passed on as sound */
  text = mp_seal_open (envelope, context, keys, error);
  if (text == NULL || !unwrap_content_key (variant, keys, content_key, error))
    return NULL;
  memset (text, 0, strlen (text));

  old_entries = g_variant_get_child_value (variant, 1);
  for (gsize i = 0; i < g_variant_n_children (old_entries); i++)
    {
      g_autoptr(GVariant) entry = g_variant_get_child_value (old_entries, i);

      g_variant_builder_add_value (&entries, entry);
    }

  for (guint i = 0; i < recipients->len; i++)
    {
      GBytes *recipient = recipients->pdata[i];

      if (!has_key_size (recipient) || !g_hash_table_add (seen, recipient) ||
          has_recipient (variant, g_bytes_get_data (recipient, NULL)))
        continue;
      if (!wrap_for (content_key, g_bytes_get_data (recipient, NULL), &entries, &n_added, error))
        {
          memset (content_key, 0, sizeof content_key);
          return NULL;
        }
    }
  memset (content_key, 0, sizeof content_key);

  {
    g_autoptr(GVariant) nonce_v = g_variant_get_child_value (variant, 2);
    g_autoptr(GVariant) cipher_v = g_variant_get_child_value (variant, 3);

    result = g_variant_ref_sink (g_variant_new ("(y@a(ayayay)@ay@ay)", ENVELOPE_VERSION,
                                                g_variant_builder_end (&entries), nonce_v, cipher_v));
  }

  return g_variant_get_data_as_bytes (result);
}
