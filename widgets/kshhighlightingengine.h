// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightingengine.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QHash>

namespace Readout
{

/// The engine of a KF6 build: the themes of a KSyntaxHighlighting::Repository as KshPalettes (the
/// repository's default light and dark theme follow the system) and KSyntaxHighlighting's
/// SyntaxHighlighter with the Definition for a file's name or MIME type in source views.
/// Owns the repository; built only when CMake found KF6SyntaxHighlighting.
class KshHighlightingEngine : public HighlightingEngine
{
public:
    KshHighlightingEngine();
    ~KshHighlightingEngine() override;

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
    [[nodiscard]] KSyntaxHighlighting::Definition definitionFor(const QString &fileName) const;
    [[nodiscard]] KSyntaxHighlighting::Theme themeFor(const QString &name) const;

    KSyntaxHighlighting::Repository m_repository;
    /// Palettes are immutable and cost a colour search each: made once per theme.
    mutable QHash<QString, std::shared_ptr<const AnnotationPalette>> m_palettes;
    mutable std::shared_ptr<const AnnotationPalette> m_systemPalette;
};

} // namespace Readout
