// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationpalette.h"

#include <QIcon>
#include <QString>

namespace Readout
{

/// The palette role of a compare flag's role name in rules/compare.json: "same" is CompareSame,
/// "conflict" CompareConflict, anything else ("unmatched") CompareUnmatched.
[[nodiscard]] AnnotationRole compareRole(const QString &roleName);

/// A small square icon for a compare flag: the role's accent colour with the flag's glyph on it,
/// so a flag is told apart by colour and by shape.
[[nodiscard]] QIcon compareFlagIcon(const AnnotationPalette &palette,
                                    ColorScheme scheme,
                                    AnnotationRole role,
                                    const QString &glyph,
                                    int size = 16);

} // namespace Readout
