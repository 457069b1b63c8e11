// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace Readout
{

/// View ▸ Theme: "Automatic" (the system's light or dark default) and every theme of the
/// HighlightingEngine, light ones first, as exclusive choices. Picking one calls
/// Themes::setSelectedTheme(), which remembers it; the checks follow Themes::themeChanged().
class ThemeMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ThemeMenu(QWidget *parent = nullptr);

    /// The action that picks a theme (empty name: Automatic), or nullptr.
    [[nodiscard]] QAction *actionFor(const QString &theme) const;

private:
    void updateChecks();

    QActionGroup *m_group;
};

} // namespace Readout
