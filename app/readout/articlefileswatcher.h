// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QFileSystemWatcher;

namespace Readout
{

/// Notices when an open article's file is deleted or moved away (QFileSystemWatcher) and emits
/// fileVanished() once for it. The tab keeps its text and corrections: only the window tells.
/// A file replaced by an editor's atomic save is watched again, not reported.
class ArticleFilesWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ArticleFilesWatcher(QObject *parent = nullptr);

    void watch(const QString &path);
    void unwatch(const QString &path);

Q_SIGNALS:
    void fileVanished(const QString &path);

private:
    void changed(const QString &path);

    QFileSystemWatcher *m_watcher;
};

} // namespace Readout
