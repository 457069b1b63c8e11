// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationpalette.h"

#include <QStringList>

#include <memory>

class QSyntaxHighlighter;
class QTextDocument;

namespace Readout
{

/// The seam between Readout and a highlighting engine: the colour themes of the annotation views
/// and the syntax highlighting of source views. createHighlightingEngine() picks the implementation
/// at build time: KshHighlightingEngine (KF6 KSyntaxHighlighting) where CMake found it,
/// BuiltinHighlightingEngine otherwise. Nothing else in Readout knows which one is built.
/// Themes are named by their untranslated name, which is also what QSettings stores.
class HighlightingEngine
{
public:
    virtual ~HighlightingEngine();

    /// Which engine, for Help ▸ About and logs: "KSyntaxHighlighting 6.13.0 (KF6): 30 themes, …"
    /// or "built-in themes".
    [[nodiscard]] virtual QString description() const = 0;
    /// True when the themes and source highlighting come from KF6 KSyntaxHighlighting.
    [[nodiscard]] virtual bool isKSyntaxHighlighting() const = 0;

    /// The themes a user can pick, in menu order.
    [[nodiscard]] virtual QStringList themeNames() const = 0;
    /// The name shown for a theme (translated where the engine has translations).
    [[nodiscard]] virtual QString displayName(const QString &theme) const = 0;
    /// Whether a theme has a dark background.
    [[nodiscard]] virtual ColorScheme themeScheme(const QString &theme) const = 0;
    /// The theme that stands in for the system palette in this scheme.
    [[nodiscard]] virtual QString defaultThemeName(ColorScheme scheme) const = 0;
    /// The palette of one theme, used whatever the system scheme; nullptr for an unknown name.
    [[nodiscard]] virtual std::shared_ptr<const AnnotationPalette> palette(const QString &theme) const = 0;
    /// The palette that follows the system: the default light or dark theme by the scheme argument.
    [[nodiscard]] virtual std::shared_ptr<const AnnotationPalette> systemPalette() const = 0;

    /// The syntax a file is highlighted as ("HTML", "JSON"), or empty when it is shown as plain text.
    [[nodiscard]] virtual QString syntaxName(const QString &fileName) const = 0;
    /// A highlighter for document holding the text of a file of this name, coloured in a theme;
    /// nullptr when the file is shown as plain text. The document owns the highlighter.
    [[nodiscard]] virtual QSyntaxHighlighter *
    createSourceHighlighter(QTextDocument *document, const QString &fileName, const QString &theme) const = 0;
    /// Recolours a highlighter made by createSourceHighlighter() and rehighlights its document.
    virtual void setSourceTheme(QSyntaxHighlighter *highlighter, const QString &theme) const = 0;
};

/// The engine this build uses: the one place that knows whether KF6 was found.
[[nodiscard]] std::unique_ptr<HighlightingEngine> createHighlightingEngine();

} // namespace Readout
