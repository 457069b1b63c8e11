// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightingengine.h"
#include "themes.h"

#include <QtTest>

// Tests of one highlighting path skip in a build of the other path, naming the test that covers
// that build. The chroot CI job (.ci/kf6-chroot) sets READOUT_EXPECT_KF6=1: there a KF6 test that
// would skip fails instead, so it can never pass without having run.

/// Runs the rest of the test only in a build with KF6 KSyntaxHighlighting.
#define READOUT_REQUIRE_KSH(equivalent)                                                                                \
    do {                                                                                                               \
        if (!Readout::Themes::instance()->engine().isKSyntaxHighlighting()) {                                          \
            if (qEnvironmentVariableIntValue("READOUT_EXPECT_KF6") == 1) {                                             \
                QFAIL("READOUT_EXPECT_KF6=1 but this build uses the built-in palette: KF6 was not linked");            \
            }                                                                                                          \
            QSKIP("Built without KF6 KSyntaxHighlighting (built-in palette path); " equivalent                         \
                  " is this build's equivalent");                                                                      \
        }                                                                                                              \
    } while (false)

/// Runs the rest of the test only in a build with the built-in palette (no KF6).
#define READOUT_REQUIRE_BUILTIN(equivalent)                                                                            \
    do {                                                                                                               \
        if (Readout::Themes::instance()->engine().isKSyntaxHighlighting()) {                                           \
            QSKIP("Built with KF6 KSyntaxHighlighting, so the built-in engine is not in use; " equivalent              \
                  " is this build's equivalent");                                                                      \
        }                                                                                                              \
    } while (false)
