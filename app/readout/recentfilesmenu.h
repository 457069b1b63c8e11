// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>
#include <QStringList>

namespace Readout
{

/// File ▸ Open Recent: the last ten files opened, kept in QSettings, most recent first. Files that
/// no longer exist are dropped each time the menu opens. Choosing one emits fileRequested().
class RecentFilesMenu : public QMenu
{
    Q_OBJECT
public:
    static constexpr int MaximumCount = 10;

    explicit RecentFilesMenu(QWidget *parent = nullptr);
    ~RecentFilesMenu() override;

    [[nodiscard]] QStringList files() const;
    /// Puts path first (moving it if already listed) and forgets the oldest beyond MaximumCount.
    void add(const QString &path);
    void clearFiles();

Q_SIGNALS:
    void fileRequested(const QString &path);

private:
    void rebuild();
};

} // namespace Readout
