// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightingengine.h"

namespace Readout
{

/// The engine of a build without KF6: two themes made of BuiltinPalette colours ("Readout Light",
/// "Readout Dark") and plain monospace source views (no syntax highlighting).
class BuiltinHighlightingEngine : public HighlightingEngine
{
public:
    BuiltinHighlightingEngine();

    [[nodiscard]] QString description() const override;
    [[nodiscard]] bool isKSyntaxHighlighting() const override;

    [[nodiscard]] QStringList themeNames() const override;
    [[nodiscard]] QString displayName(const QString &theme) const override;
    [[nodiscard]] ColorScheme themeScheme(const QString &theme) const override;
    [[nodiscard]] QString defaultThemeName(ColorScheme scheme) const override;
    [[nodiscard]] std::shared_ptr<const AnnotationPalette> palette(const QString &theme) const override;
    [[nodiscard]] std::shared_ptr<const AnnotationPalette> systemPalette() const override;

    [[nodiscard]] QString syntaxName(const QString &fileName) const override;
    [[nodiscard]] QSyntaxHighlighter *
    createSourceHighlighter(QTextDocument *document, const QString &fileName, const QString &theme) const override;
    void setSourceTheme(QSyntaxHighlighter *highlighter, const QString &theme) const override;

private:
    std::shared_ptr<const AnnotationPalette> m_light;
    std::shared_ptr<const AnnotationPalette> m_dark;
    std::shared_ptr<const AnnotationPalette> m_system;
};

} // namespace Readout
