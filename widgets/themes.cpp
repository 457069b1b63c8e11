// SPDX-License-Identifier: GPL-3.0-or-later
#include "themes.h"

#include "highlightingengine.h"

#include <QApplication>
#include <QPointer>
#include <QSettings>

namespace Readout
{

namespace
{

const auto ThemeKey = QLatin1String("view/theme");

} // namespace

Themes *Themes::instance()
{
    static QPointer<Themes> themes;
    if (!themes) {
        Q_ASSERT_X(QCoreApplication::instance(), "Themes::instance", "needs a QCoreApplication");
        themes = new Themes(QCoreApplication::instance());
    }
    return themes;
}

Themes::Themes(QObject *parent)
    : QObject(parent)
    , m_engine(createHighlightingEngine())
{
    const QString remembered = QSettings().value(ThemeKey).toString();
    if (!remembered.isEmpty() && m_engine->palette(remembered)) {
        m_selected = remembered;
    }
    m_palette = m_selected.isEmpty() ? m_engine->systemPalette() : m_engine->palette(m_selected);
    applyWindowPalette();
}

Themes::~Themes() = default;

const HighlightingEngine &Themes::engine() const
{
    return *m_engine;
}

QString Themes::selectedTheme() const
{
    return m_selected;
}

bool Themes::setSelectedTheme(const QString &theme)
{
    return select(theme, true);
}

bool Themes::overrideTheme(const QString &theme)
{
    return select(theme, false);
}

bool Themes::select(const QString &theme, bool remember)
{
    std::shared_ptr<const AnnotationPalette> next =
        theme.isEmpty() ? m_engine->systemPalette() : m_engine->palette(theme);
    if (!next) {
        return false;
    }
    if (remember) {
        QSettings settings;
        if (theme.isEmpty()) {
            settings.remove(ThemeKey);
        } else {
            settings.setValue(ThemeKey, theme);
        }
    }
    if (theme == m_selected) {
        return true;
    }
    m_selected = theme;
    m_palette = std::move(next);
    applyWindowPalette();
    Q_EMIT themeChanged();
    return true;
}

void Themes::applyWindowPalette()
{
    // Only a GUI application has a palette (readout --list-themes runs without one).
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        return;
    }
    if (m_selected.isEmpty()) {
        // Following the system again: its own palette comes back.
        if (m_systemPalette) {
            QApplication::setPalette(*m_systemPalette);
            m_systemPalette.reset();
        }
        return;
    }
    if (!m_systemPalette) {
        m_systemPalette = QApplication::palette();
    }
    const ColorScheme scheme = m_engine->themeScheme(m_selected);
    QApplication::setPalette(themedWindowPalette(*m_palette, scheme, *m_systemPalette));
}

QString Themes::activeTheme() const
{
    return m_selected.isEmpty() ? m_engine->defaultThemeName(AnnotationPalette::systemScheme()) : m_selected;
}

ColorScheme Themes::activeScheme() const
{
    return m_selected.isEmpty() ? AnnotationPalette::systemScheme() : m_engine->themeScheme(m_selected);
}

std::shared_ptr<const AnnotationPalette> Themes::palette() const
{
    return m_palette;
}

} // namespace Readout
