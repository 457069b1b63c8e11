// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"

#include <QColor>
#include <QString>
#include <QTextCharFormat>

#include <memory>

namespace Readout
{

/// What a stretch of article text is marked as; one colour each.
enum class AnnotationRole {
    Person,
    Organization,
    Location,
    Date,
    Misc, ///< nationality adjectives ("Russian"); shown as NATIONALITY
    Evidence, ///< the sentence an event was read from
    Header, ///< the metadata header before Document::bodyStart()
};

/// Light or dark: which variant of a palette suits the current system colours.
enum class ColorScheme {
    Light,
    Dark,
};

/// The seam between the views and a colour theme. Views ask it for formats and swatch colours;
/// they never hard-code colours. The built-in palette implements it; a KF6 KSyntaxHighlighting
/// theme may later do the same (see createAnnotationPalette()). Implementations are immutable,
/// so one instance may be shared by every view.
class AnnotationPalette
{
public:
    virtual ~AnnotationPalette();

    /// Short user-visible description of where the colours come from ("built-in themes").
    [[nodiscard]] virtual QString themeSource() const = 0;
    /// The character format to merge over plain text for a role.
    [[nodiscard]] virtual QTextCharFormat format(AnnotationRole role, ColorScheme scheme) const = 0;
    /// A strong accent colour for a role (underline, legend swatch border).
    [[nodiscard]] virtual QColor color(AnnotationRole role, ColorScheme scheme) const = 0;

    /// Dark when the application palette's window colour is dark (lightness < 128).
    [[nodiscard]] static ColorScheme systemScheme();
};

/// The role an entity of this type is drawn with.
[[nodiscard]] AnnotationRole annotationRole(EntityType type);
/// The label a legend or tooltip shows for a role ("PERSON", ..., "NATIONALITY").
[[nodiscard]] QString annotationRoleName(AnnotationRole role);

/// Chooses the palette implementation: the one place that knows which themes exist.
[[nodiscard]] std::shared_ptr<const AnnotationPalette> createAnnotationPalette();

} // namespace Readout
