// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinhighlightingengine.h"

#include "builtinpalette.h"

#include <QCoreApplication>

namespace Readout
{

namespace
{

const auto LightName = QLatin1String("Readout Light");
const auto DarkName = QLatin1String("Readout Dark");

} // namespace

BuiltinHighlightingEngine::BuiltinHighlightingEngine()
    : m_light(std::make_shared<BuiltinPalette>(BuiltinPalette::Variant::Light))
    , m_dark(std::make_shared<BuiltinPalette>(BuiltinPalette::Variant::Dark))
    , m_system(std::make_shared<BuiltinPalette>(BuiltinPalette::Variant::FollowScheme))
{
}

QString BuiltinHighlightingEngine::description() const
{
    return QCoreApplication::translate("Readout::BuiltinHighlightingEngine",
                                       "built-in themes (Readout Light and Dark; built without KF6 "
                                       "KSyntaxHighlighting, so source views are not highlighted)");
}

bool BuiltinHighlightingEngine::isKSyntaxHighlighting() const
{
    return false;
}

QStringList BuiltinHighlightingEngine::themeNames() const
{
    return {LightName, DarkName};
}

QString BuiltinHighlightingEngine::displayName(const QString &theme) const
{
    if (theme == LightName) {
        return QCoreApplication::translate("Readout::BuiltinHighlightingEngine", "Readout Light");
    }
    if (theme == DarkName) {
        return QCoreApplication::translate("Readout::BuiltinHighlightingEngine", "Readout Dark");
    }
    return theme;
}

ColorScheme BuiltinHighlightingEngine::themeScheme(const QString &theme) const
{
    return theme == DarkName ? ColorScheme::Dark : ColorScheme::Light;
}

QString BuiltinHighlightingEngine::defaultThemeName(ColorScheme scheme) const
{
    return scheme == ColorScheme::Dark ? DarkName : LightName;
}

std::shared_ptr<const AnnotationPalette> BuiltinHighlightingEngine::palette(const QString &theme) const
{
    if (theme == LightName) {
        return m_light;
    }
    if (theme == DarkName) {
        return m_dark;
    }
    return nullptr;
}

std::shared_ptr<const AnnotationPalette> BuiltinHighlightingEngine::systemPalette() const
{
    // Follows the scheme and keeps the system's own base and text colours, as before themes existed.
    return m_system;
}

QString BuiltinHighlightingEngine::syntaxName(const QString &fileName) const
{
    Q_UNUSED(fileName)
    return {};
}

QSyntaxHighlighter *BuiltinHighlightingEngine::createSourceHighlighter(QTextDocument *document,
                                                                       const QString &fileName,
                                                                       const QString &theme) const
{
    Q_UNUSED(document)
    Q_UNUSED(fileName)
    Q_UNUSED(theme)
    return nullptr;
}

void BuiltinHighlightingEngine::setSourceTheme(QSyntaxHighlighter *highlighter, const QString &theme) const
{
    Q_UNUSED(highlighter)
    Q_UNUSED(theme)
}

} // namespace Readout
