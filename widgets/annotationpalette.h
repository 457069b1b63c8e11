// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"

#include <QColor>
#include <QPalette>
#include <QString>
#include <QTextCharFormat>

#include <memory>

namespace Readout
{

/// What a stretch of text is marked as; one colour each. Every view asks an AnnotationPalette
/// for these, so a theme recolours all of them at once.
enum class AnnotationRole {
    Person,
    Organization,
    Location,
    Date,
    Misc, ///< nationality adjectives ("Russian"); shown as NATIONALITY
    Evidence, ///< the sentence an event was read from
    Header, ///< the metadata header before Document::bodyStart()
    Corrected, ///< a span or cell the analyst changed
    CompareSame, ///< compare: the other report has the same event
    CompareConflict, ///< compare: matched, but date, place or participants differ
    CompareUnmatched, ///< compare: only this report has the event
    CompareDifference, ///< compare: the words two reports of one event word differently
};

/// Light or dark: which variant of a palette suits the current system colours.
enum class ColorScheme {
    Light,
    Dark,
};

/// The colours of one theme as the views use them: a character format and an accent per role,
/// and the view's own base, text and selection colours. Views never hard-code colours.
/// Implementations: BuiltinPalette and, in a KF6 build, KshPalette (from a KSyntaxHighlighting
/// theme); Themes picks one (see createAnnotationPalette()). A palette that follows the system
/// has a light and a dark variant and uses the scheme argument; a palette for one picked theme
/// ignores it. Immutable, so one instance may be shared by every view.
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
    /// The palette of a view showing annotated text, derived from the widget's default palette:
    /// base and text colours where the theme has its own, and a selection tint that keeps the
    /// annotation colours legible. The default keeps base's colours and only softens the selection.
    [[nodiscard]] virtual QPalette viewPalette(const QPalette &base, ColorScheme scheme) const;

    /// Dark when the application palette's window colour is dark (lightness < 128).
    [[nodiscard]] static ColorScheme systemScheme();
    /// Dark when a background colour is dark (lightness < 128).
    [[nodiscard]] static ColorScheme schemeOf(const QColor &background);
};

/// The role an entity of this type is drawn with.
[[nodiscard]] AnnotationRole annotationRole(EntityType type);
/// The label a legend or tooltip shows for a role ("PERSON", ..., "NATIONALITY").
[[nodiscard]] QString annotationRoleName(AnnotationRole role);

/// The application palette for a picked theme: base, text and selection from the theme's view
/// palette, the window, buttons, menus, headers and tooltips in shades of them; system gives
/// the accent. Themes applies it to the whole application, so that no part stays light in a dark theme.
[[nodiscard]] QPalette
themedWindowPalette(const AnnotationPalette &palette, ColorScheme scheme, const QPalette &system);

/// The palette of the active theme (View ▸ Theme, or the system's light or dark default), from
/// Themes::instance(). Views that keep it should follow Themes::themeChanged().
[[nodiscard]] std::shared_ptr<const AnnotationPalette> createAnnotationPalette();

} // namespace Readout
