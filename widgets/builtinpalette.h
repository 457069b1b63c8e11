// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationpalette.h"

namespace Readout
{

/// The palette used when no theme engine is available: for each role a background tint that keeps
/// the text colour readable plus a saturated underline, in a light and a dark variant.
/// Hues are spread (rose, blue, green, orange, violet) so neighbouring spans stay distinct.
/// FollowScheme picks the variant from the scheme argument and keeps the system's view colours;
/// Light and Dark are the two themes a user can pick, with their own base and text colours.
class BuiltinPalette : public AnnotationPalette
{
public:
    enum class Variant {
        FollowScheme,
        Light,
        Dark,
    };

    explicit BuiltinPalette(Variant variant = Variant::FollowScheme);

    [[nodiscard]] Variant variant() const;

    [[nodiscard]] QString themeSource() const override;
    [[nodiscard]] QTextCharFormat format(AnnotationRole role, ColorScheme scheme) const override;
    [[nodiscard]] QColor color(AnnotationRole role, ColorScheme scheme) const override;
    [[nodiscard]] QPalette viewPalette(const QPalette &base, ColorScheme scheme) const override;

    /// The background tint of a role (invalid for Header, which dims the text instead).
    [[nodiscard]] QColor background(AnnotationRole role, ColorScheme scheme) const;

private:
    [[nodiscard]] ColorScheme effectiveScheme(ColorScheme scheme) const;

    Variant m_variant;
};

} // namespace Readout
