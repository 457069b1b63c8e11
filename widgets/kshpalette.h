// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationpalette.h"

#include <KSyntaxHighlighting/Theme>

#include <array>

namespace Readout
{

/// An AnnotationPalette made from KSyntaxHighlighting themes: the one place that maps Readout's
/// roles onto a theme's text styles and editor colours (see kshpalette.cpp). Entity roles take the
/// colour of a text style (PERSON prefers Function, ORGANIZATION DataType, LOCATION Others,
/// DATE DecVal, NATIONALITY Annotation) unless it is grey or too close to a colour already taken,
/// so the five stay distinct in every theme; the text keeps the theme's normal colour on a tint
/// of that colour, which is reduced until the text stays readable. Evidence uses the search
/// highlight, the header the comment style, corrections and compare flags the editor's
/// modified/saved line and warning/error mark colours. Built without KF6, this class is absent.
class KshPalette : public AnnotationPalette
{
public:
    /// Always the colours of theme, whatever the system scheme.
    explicit KshPalette(const KSyntaxHighlighting::Theme &theme);
    /// Follows the system: light for ColorScheme::Light, dark for ColorScheme::Dark.
    KshPalette(const KSyntaxHighlighting::Theme &light, const KSyntaxHighlighting::Theme &dark);

    [[nodiscard]] QString themeSource() const override;
    [[nodiscard]] QTextCharFormat format(AnnotationRole role, ColorScheme scheme) const override;
    [[nodiscard]] QColor color(AnnotationRole role, ColorScheme scheme) const override;
    [[nodiscard]] QPalette viewPalette(const QPalette &base, ColorScheme scheme) const override;

    /// The theme used for a scheme.
    [[nodiscard]] QString themeName(ColorScheme scheme) const;
    /// Which text style or editor colour of the theme a role took ("Function", "SearchHighlight").
    [[nodiscard]] QString roleSource(AnnotationRole role, ColorScheme scheme) const;

private:
    static constexpr int RoleCount = int(AnnotationRole::CompareDifference) + 1;

    /// The colours of one theme, computed once.
    struct Colors {
        QString themeName;
        QColor base;
        QColor text;
        QColor selection;
        QColor comment;
        std::array<QTextCharFormat, RoleCount> formats;
        std::array<QColor, RoleCount> accents;
        std::array<QString, RoleCount> sources;
    };

    [[nodiscard]] static Colors colorsOf(const KSyntaxHighlighting::Theme &theme);
    [[nodiscard]] const Colors &colors(ColorScheme scheme) const;

    Colors m_light;
    Colors m_dark;
    bool m_followsScheme;
};

} // namespace Readout
