/* mp-fuzz.h
 *
 * Copyright 2026 The Mentoring authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

G_BEGIN_DECLS

/* A libFuzzer target (tests/fuzz/fuzz-*.c). Built with clang -fsanitize=fuzzer when
 * meson's -Dfuzzing=true; linked with fuzz-replay.c in every build, to replay the corpus and
 * every crash ever found as a test of the model suite. */
int  LLVMFuzzerTestOneInput  (const uint8_t  *data,
                              size_t          size);

/* What every target does first: criticals are crashes (a fuzzer finds them only then), and
 * a private temporary folder for its files, removed at exit. */
const char *mp_fuzz_init     (void);

G_END_DECLS
