/* mp-text.c
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mp-text.h"

/**
 * mp_text_is_blank:
 * @text: (nullable): UTF-8 text
 *
 * Returns: %TRUE when @text is %NULL, empty, or shows nothing: only white space and invisible
 *   format characters (zero-width spaces U+200B, U+FEFF...)
 */
gboolean
mp_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text != '\0'; text = g_utf8_next_char (text))
    {
      gunichar c = g_utf8_get_char (text);

      if (!g_unichar_isspace (c) && g_unichar_type (c) != G_UNICODE_FORMAT)
        return FALSE;
    }

  return TRUE;
}
