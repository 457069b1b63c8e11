// SPDX-License-Identifier: GPL-3.0-or-later
#include "kshhighlightingengine.h"

#include "kshpalette.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>

#include <algorithm>

namespace Readout
{

namespace
{

using KSyntaxHighlighting::Definition;
using KSyntaxHighlighting::Repository;
using KSyntaxHighlighting::Theme;

/// Files KSyntaxHighlighting has no definition for, by suffix: brat standoff is tab-separated.
QString fallbackSyntax(const QString &suffix)
{
    if (suffix == QLatin1String("ann")) {
        return QStringLiteral("TSV");
    }
    return {};
}

} // namespace

KshHighlightingEngine::KshHighlightingEngine() = default;

KshHighlightingEngine::~KshHighlightingEngine() = default;

QString KshHighlightingEngine::description() const
{
    return QCoreApplication::translate("Readout::KshHighlightingEngine",
                                       "KSyntaxHighlighting %1 (KF6): %2 themes, %3 syntax definitions")
        .arg(QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING))
        .arg(m_repository.themes().size())
        .arg(m_repository.definitions().size());
}

bool KshHighlightingEngine::isKSyntaxHighlighting() const
{
    return true;
}

QStringList KshHighlightingEngine::themeNames() const
{
    QStringList names;
    const QList<Theme> themes = m_repository.themes();
    for (const Theme &theme : themes) {
        names.append(theme.name());
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return names;
}

QString KshHighlightingEngine::displayName(const QString &theme) const
{
    const Theme found = m_repository.theme(theme);
    return found.isValid() ? found.translatedName() : theme;
}

ColorScheme KshHighlightingEngine::themeScheme(const QString &theme) const
{
    return AnnotationPalette::schemeOf(QColor::fromRgb(themeFor(theme).editorColor(Theme::BackgroundColor)));
}

QString KshHighlightingEngine::defaultThemeName(ColorScheme scheme) const
{
    return m_repository.defaultTheme(scheme == ColorScheme::Dark ? Repository::DarkTheme : Repository::LightTheme)
        .name();
}

std::shared_ptr<const AnnotationPalette> KshHighlightingEngine::palette(const QString &theme) const
{
    auto cached = m_palettes.constFind(theme);
    if (cached != m_palettes.constEnd()) {
        return cached.value();
    }
    const Theme found = m_repository.theme(theme);
    // Repository::theme() falls back to the default theme for unknown names: ask by name.
    if (!found.isValid() || found.name() != theme) {
        return nullptr;
    }
    auto palette = std::make_shared<const KshPalette>(found);
    m_palettes.insert(theme, palette);
    return palette;
}

std::shared_ptr<const AnnotationPalette> KshHighlightingEngine::systemPalette() const
{
    if (!m_systemPalette) {
        m_systemPalette = std::make_shared<const KshPalette>(m_repository.defaultTheme(Repository::LightTheme),
                                                             m_repository.defaultTheme(Repository::DarkTheme));
    }
    return m_systemPalette;
}

Theme KshHighlightingEngine::themeFor(const QString &name) const
{
    const Theme theme = m_repository.theme(name);
    return theme.isValid() ? theme : m_repository.defaultTheme(Repository::LightTheme);
}

Definition KshHighlightingEngine::definitionFor(const QString &fileName) const
{
    // By name first ("*.html", "CMakeLists.txt"), then by the MIME type the name implies, then our
    // own few additions.
    Definition definition = m_repository.definitionForFileName(fileName);
    if (!definition.isValid()) {
        const QMimeType mime = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
        if (mime.isValid() && !mime.isDefault()) {
            definition = m_repository.definitionForMimeType(mime.name());
        }
    }
    if (!definition.isValid()) {
        const QString fallback = fallbackSyntax(QFileInfo(fileName).suffix().toLower());
        if (!fallback.isEmpty()) {
            definition = m_repository.definitionForName(fallback);
        }
    }
    return definition;
}

QString KshHighlightingEngine::syntaxName(const QString &fileName) const
{
    const Definition definition = definitionFor(fileName);
    return definition.isValid() ? definition.name() : QString();
}

QSyntaxHighlighter *KshHighlightingEngine::createSourceHighlighter(QTextDocument *document,
                                                                   const QString &fileName,
                                                                   const QString &theme) const
{
    const Definition definition = definitionFor(fileName);
    if (!definition.isValid() || !document) {
        return nullptr;
    }
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setTheme(themeFor(theme));
    highlighter->setDefinition(definition);
    return highlighter;
}

void KshHighlightingEngine::setSourceTheme(QSyntaxHighlighter *highlighter, const QString &theme) const
{
    auto *syntax = qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter);
    if (!syntax) {
        return;
    }
    const Theme next = themeFor(theme);
    if (syntax->theme().name() == next.name()) {
        return;
    }
    syntax->setTheme(next);
    syntax->rehighlight();
}

} // namespace Readout
