/* test-seal.c: a text sealed for some keys opens with them only, and nowhere else
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-seal"
#define _GNU_SOURCE  /* memmem () */

#include "config.h"

#include <string.h>

#include "mp-seal.h"

static MpSealKey *
new_key (void)
{
  g_autoptr(GError) error = NULL;
  MpSealKey *key = g_new0 (MpSealKey, 1);

  g_assert_true (mp_seal_key_generate (key, &error));
  g_assert_no_error (error);
  g_assert_true (mp_seal_key_is_valid (key));

  return key;
}

static GBytes *
public_of (const MpSealKey *key)
{
  return g_bytes_new (key->public, sizeof key->public);
}

/* Key pairs and their public halves, as the store keeps them */
static GPtrArray *
keys_of (MpSealKey *first,
         ...)
{
  GPtrArray *keys = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (MpSealKey *key = first; key != NULL; key = va_arg (args, MpSealKey *))
    g_ptr_array_add (keys, key);
  va_end (args);

  return keys;
}

static GPtrArray *
publics_of (MpSealKey *first,
            ...)
{
  GPtrArray *publics = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  va_list args;

  va_start (args, first);
  for (MpSealKey *key = first; key != NULL; key = va_arg (args, MpSealKey *))
    g_ptr_array_add (publics, public_of (key));
  va_end (args);

  return publics;
}

static gboolean
bytes_contain (GBytes     *bytes,
               const char *text)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  return memmem (data, length, text, strlen (text)) != NULL;
}

static void
test_round_trip (void)
{
  g_autofree MpSealKey *employee = new_key ();
  g_autofree MpSealKey *mentor = new_key ();
  g_autofree MpSealKey *hr = new_key ();
  g_autoptr(GPtrArray) recipients = publics_of (employee, mentor, NULL);
  g_autoptr(GPtrArray) employee_keys = keys_of (employee, NULL);
  g_autoptr(GPtrArray) mentor_keys = keys_of (hr, mentor, NULL);
  g_autoptr(GPtrArray) hr_keys = keys_of (hr, NULL);
  g_autoptr(GBytes) envelope = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *secret = "Whom do I tell that the back door badge does not work? — Ünïcödé";

  envelope = mp_seal (secret, "concern-1/body", recipients, &error);
  g_assert_no_error (error);
  g_assert_nonnull (envelope);
  g_assert_false (bytes_contain (envelope, "back door"));

  /* Each recipient opens it, with its key among others */
  text = mp_seal_open (envelope, "concern-1/body", employee_keys, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, secret);
  g_clear_pointer (&text, g_free);
  text = mp_seal_open (envelope, "concern-1/body", mentor_keys, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, secret);
  g_clear_pointer (&text, g_free);

  /* Not someone else */
  text = mp_seal_open (envelope, "concern-1/body", hr_keys, &error);
  g_assert_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_NOT_FOR_YOU);
  g_assert_null (text);
  g_clear_error (&error);
  text = mp_seal_open (envelope, "concern-1/body", NULL, &error);
  g_assert_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_NOT_FOR_YOU);
  g_clear_error (&error);

  /* Not in another place: the context is part of what is sealed */
  text = mp_seal_open (envelope, "concern-2/body", employee_keys, &error);
  g_assert_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_DAMAGED);
  g_assert_null (text);
  g_clear_error (&error);

  /* The same text sealed twice differs (fresh keys and nonce each time) */
  again = mp_seal (secret, "concern-1/body", recipients, &error);
  g_assert_no_error (error);
  g_assert_false (g_bytes_equal (envelope, again));

  /* The empty text too */
  g_clear_pointer (&again, g_bytes_unref);
  again = mp_seal ("", NULL, recipients, &error);
  g_assert_no_error (error);
  text = mp_seal_open (again, NULL, employee_keys, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "");
}

static void
test_no_recipient (void)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) envelope = NULL;

  envelope = mp_seal ("text", NULL, none, &error);
  g_assert_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_NO_RECIPIENT);
  g_assert_null (envelope);
  g_clear_error (&error);

  /* A public key of the wrong size is no recipient */
  g_ptr_array_add (none, g_bytes_new_static ("short", 5));
  envelope = mp_seal ("text", NULL, none, &error);
  g_assert_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_NO_RECIPIENT);
  g_clear_error (&error);

  /* Nor one of small order (every secret shared with it is zero): a key of zeros, of one */
  {
    static const guint8 zeros[MP_SEAL_KEY_SIZE] = { 0 };
    static const guint8 one[MP_SEAL_KEY_SIZE] = { 1 };
    g_autofree MpSealKey *real = new_key ();
    g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
    g_autoptr(GPtrArray) good = publics_of (real, NULL);
    g_autoptr(GBytes) sealed = NULL;

    g_ptr_array_add (bad, g_bytes_new_static (zeros, sizeof zeros));
    g_ptr_array_add (bad, g_bytes_new_static (one, sizeof one));
    for (guint i = 0; i < bad->len; i++)
      g_assert_false (mp_seal_public_key_is_usable (bad->pdata[i]));
    g_assert_true (mp_seal_public_key_is_usable (good->pdata[0]));
    envelope = mp_seal ("text", NULL, bad, &error);
    g_assert_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_NO_RECIPIENT);
    g_assert_null (envelope);
    g_clear_error (&error);

    /* Beside a real one, sealed for the real one; never lacking the bad ones */
    sealed = mp_seal ("text", NULL, good, &error);
    g_assert_no_error (error);
    g_assert_false (mp_seal_lacks_recipient (sealed, bad));
  }
}

static void
test_damaged (void)
{
  g_autofree MpSealKey *employee = new_key ();
  g_autoptr(GPtrArray) recipients = publics_of (employee, NULL);
  g_autoptr(GPtrArray) keys = keys_of (employee, NULL);
  g_autoptr(GBytes) envelope = mp_seal ("Parking on the first day", "c", recipients, NULL);
  gsize length;
  const guint8 *data = g_bytes_get_data (envelope, &length);

  /* Any byte changed: refused, never a garbled text */
  for (gsize i = 0; i < length; i++)
    {
      g_autofree guint8 *copy = g_memdup2 (data, length);
      g_autoptr(GBytes) changed = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      copy[i] ^= 0x01;
      changed = g_bytes_new (copy, length);
      text = mp_seal_open (changed, "c", keys, &error);
      if (text != NULL)
        g_error ("byte %" G_GSIZE_FORMAT " of %" G_GSIZE_FORMAT " changed, and it opened: “%s”", i, length, text);
      g_assert_nonnull (error);
    }

  /* Cut short, empty, or not an envelope at all */
  for (gsize cut = 0; cut < length; cut += 7)
    {
      g_autoptr(GBytes) shorter = g_bytes_new (data, cut);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = mp_seal_open (shorter, "c", keys, &error);

      g_assert_null (text);
      g_assert_nonnull (error);
    }
  {
    g_autoptr(GBytes) words = g_bytes_new_static ("hello world, this is not sealed at all", 38);
    g_autoptr(GError) error = NULL;
    g_autofree char *text = mp_seal_open (words, "c", keys, &error);

    g_assert_null (text);
    g_assert_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_DAMAGED);
  }
}

/* A recipient wraps the text's key for a key published later: the mentor's new computer */
static void
test_add_recipients (void)
{
  g_autofree MpSealKey *employee = new_key ();
  g_autofree MpSealKey *mentor = new_key ();
  g_autofree MpSealKey *mentor_laptop = new_key ();
  g_autofree MpSealKey *stranger = new_key ();
  g_autoptr(GPtrArray) first = publics_of (employee, NULL);
  g_autoptr(GPtrArray) all = publics_of (employee, mentor, mentor_laptop, NULL);
  g_autoptr(GPtrArray) employee_keys = keys_of (employee, NULL);
  g_autoptr(GPtrArray) mentor_keys = keys_of (mentor, NULL);
  g_autoptr(GPtrArray) laptop_keys = keys_of (mentor_laptop, NULL);
  g_autoptr(GPtrArray) stranger_keys = keys_of (stranger, NULL);
  g_autoptr(GBytes) envelope = NULL;
  g_autoptr(GBytes) wider = NULL;
  g_autoptr(GBytes) same = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  envelope = mp_seal ("Mileage form", "c/body", first, &error);
  g_assert_no_error (error);
  g_assert_false (mp_seal_lacks_recipient (envelope, first));
  g_assert_true (mp_seal_lacks_recipient (envelope, all));
  text = mp_seal_open (envelope, "c/body", mentor_keys, &error);
  g_assert_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_NOT_FOR_YOU);
  g_clear_error (&error);

  /* Only a recipient can add one */
  wider = mp_seal_add_recipients (envelope, "c/body", stranger_keys, all, &error);
  g_assert_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_NOT_FOR_YOU);
  g_assert_null (wider);
  g_clear_error (&error);

  wider = mp_seal_add_recipients (envelope, "c/body", employee_keys, all, &error);
  g_assert_no_error (error);
  g_assert_false (mp_seal_lacks_recipient (wider, all));
  text = mp_seal_open (wider, "c/body", mentor_keys, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Mileage form");
  g_clear_pointer (&text, g_free);
  text = mp_seal_open (wider, "c/body", laptop_keys, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Mileage form");
  g_clear_pointer (&text, g_free);
  text = mp_seal_open (wider, "c/body", employee_keys, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Mileage form");
  g_clear_pointer (&text, g_free);
  text = mp_seal_open (wider, "c/body", stranger_keys, &error);
  g_assert_error (error, MP_SEAL_ERROR, MP_SEAL_ERROR_NOT_FOR_YOU);
  g_clear_error (&error);

  /* Adding those it has changes nothing it holds */
  same = mp_seal_add_recipients (wider, "c/body", mentor_keys, all, &error);
  g_assert_no_error (error);
  g_assert_false (mp_seal_lacks_recipient (same, all));
  text = mp_seal_open (same, "c/body", laptop_keys, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Mileage form");
}

static void
test_key_check (void)
{
  g_autofree MpSealKey *key = new_key ();
  g_autofree MpSealKey *other = new_key ();

  g_assert_true (memcmp (key->public, other->public, MP_SEAL_KEY_SIZE) != 0);
  g_assert_true (memcmp (key->secret, other->secret, MP_SEAL_KEY_SIZE) != 0);
  key->public[3] ^= 0x80;
  g_assert_false (mp_seal_key_is_valid (key));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/seal/round-trip", test_round_trip);
  g_test_add_func ("/seal/no-recipient", test_no_recipient);
  g_test_add_func ("/seal/damaged", test_damaged);
  g_test_add_func ("/seal/add-recipients", test_add_recipients);
  g_test_add_func ("/seal/key-check", test_key_check);

  return g_test_run ();
}
