// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlefileswatcher.h"

#include <QFileInfo>
#include <QFileSystemWatcher>

namespace Readout
{

ArticleFilesWatcher::ArticleFilesWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ArticleFilesWatcher::changed);
}

void ArticleFilesWatcher::watch(const QString &path)
{
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        m_watcher->addPath(path);
    }
}

void ArticleFilesWatcher::unwatch(const QString &path)
{
    if (!path.isEmpty()) {
        m_watcher->removePath(path);
    }
}

void ArticleFilesWatcher::changed(const QString &path)
{
    if (QFileInfo::exists(path)) {
        // Still there (written, or replaced by a rename): keep watching the new file.
        if (!m_watcher->files().contains(path)) {
            m_watcher->addPath(path);
        }
        return;
    }
    m_watcher->removePath(path);
    Q_EMIT fileVanished(path);
}

} // namespace Readout
