// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfilesmenu.h"

#include "models/plaintooltip.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace Readout
{

namespace
{
const auto SettingsKey = QLatin1String("recentFiles");
} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent")));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

RecentFilesMenu::~RecentFilesMenu() = default;

QStringList RecentFilesMenu::files() const
{
    return QSettings().value(SettingsKey).toStringList();
}

void RecentFilesMenu::add(const QString &path)
{
    QStringList list = files();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > MaximumCount) {
        list.removeLast();
    }
    QSettings().setValue(SettingsKey, list);
}

void RecentFilesMenu::clearFiles()
{
    QSettings().remove(SettingsKey);
}

void RecentFilesMenu::rebuild()
{
    clear();
    QStringList list = files();
    const QStringList stored = list;
    list.erase(std::remove_if(list.begin(),
                              list.end(),
                              [](const QString &path) {
                                  return !QFileInfo::exists(path);
                              }),
               list.end());
    if (list != stored) {
        QSettings().setValue(SettingsKey, list);
    }
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list.at(i);
        const QString name = QFileInfo(path).fileName();
        QAction *action = addAction(i < 9 ? tr("&%1 %2").arg(i + 1).arg(name) : name, this, [this, path] {
            Q_EMIT fileRequested(path);
        });
        action->setToolTip(plainToolTip(path));
        action->setStatusTip(path);
    }
    if (list.isEmpty()) {
        addAction(tr("No Recent Files"))->setEnabled(false);
    }
    addSeparator();
    addAction(tr("&Clear List"), this, &RecentFilesMenu::clearFiles)->setEnabled(!list.isEmpty());
}

} // namespace Readout
