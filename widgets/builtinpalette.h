// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationpalette.h"

namespace Readout
{

/// The palette used when no theme engine is available: for each role a background tint that keeps
/// the text colour readable plus a saturated underline, in a light and a dark variant.
/// Hues are spread (rose, blue, green, orange, violet) so neighbouring spans stay distinct.
class BuiltinPalette : public AnnotationPalette
{
public:
    [[nodiscard]] QString themeSource() const override;
    [[nodiscard]] QTextCharFormat format(AnnotationRole role, ColorScheme scheme) const override;
    [[nodiscard]] QColor color(AnnotationRole role, ColorScheme scheme) const override;

    /// The background tint of a role (invalid for Header, which dims the text instead).
    [[nodiscard]] QColor background(AnnotationRole role, ColorScheme scheme) const;
};

} // namespace Readout
