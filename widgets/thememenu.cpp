// SPDX-License-Identifier: GPL-3.0-or-later
#include "thememenu.h"

#include "highlightingengine.h"
#include "themes.h"

#include <QActionGroup>

namespace Readout
{

ThemeMenu::ThemeMenu(QWidget *parent)
    : QMenu(tr("&Theme"), parent)
    , m_group(new QActionGroup(this))
{
    Themes *themes = Themes::instance();
    const HighlightingEngine &engine = themes->engine();
    const auto addTheme = [this](const QString &theme, const QString &text) {
        QAction *action = addAction(text);
        action->setCheckable(true);
        action->setData(theme);
        m_group->addAction(action);
    };
    addTheme(QString(),
             tr("&Automatic (%1 or %2, following the system)")
                 .arg(engine.displayName(engine.defaultThemeName(ColorScheme::Light)),
                      engine.displayName(engine.defaultThemeName(ColorScheme::Dark))));
    const QStringList names = engine.themeNames();
    for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
        addSection(scheme == ColorScheme::Light ? tr("Light") : tr("Dark"));
        for (const QString &theme : names) {
            if (engine.themeScheme(theme) == scheme) {
                addTheme(theme, engine.displayName(theme));
            }
        }
    }
    connect(m_group, &QActionGroup::triggered, this, [](QAction *action) {
        Themes::instance()->setSelectedTheme(action->data().toString());
    });
    connect(themes, &Themes::themeChanged, this, &ThemeMenu::updateChecks);
    updateChecks();
}

QAction *ThemeMenu::actionFor(const QString &theme) const
{
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == theme) {
            return action;
        }
    }
    return nullptr;
}

void ThemeMenu::updateChecks()
{
    if (QAction *action = actionFor(Themes::instance()->selectedTheme())) {
        action->setChecked(true);
    }
}

} // namespace Readout
