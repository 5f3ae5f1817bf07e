/* mp-window.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mp-store.h"

G_BEGIN_DECLS

#define MP_TYPE_WINDOW (mp_window_get_type ())

G_DECLARE_DERIVABLE_TYPE (MpWindow, mp_window, MP, WINDOW, GtkApplicationWindow)

struct _MpWindowClass
{
  GtkApplicationWindowClass parent_class;

  /* The GSettings child ("mentor-window", …) that remembers this window's size. */
  const char *state_key;

  /* Once, when the window has painted its first frame: work that need not delay it
   * (chain up: the menus are made then). */
  void (*first_frame) (MpWindow *self);
};

MpStore    *mp_window_get_store             (MpWindow      *self);
void        mp_window_setup_primary_menu    (MpWindow      *self,
                                             GtkMenuButton *button);
void        mp_window_set_menu_later        (MpWindow      *self,
                                             GtkMenuButton *button,
                                             GMenuModel    *menu);

G_END_DECLS
