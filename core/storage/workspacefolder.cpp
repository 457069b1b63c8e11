// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacefolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Readout
{

QString WorkspaceFolder::pathIn(const QString &folder, const QString &name)
{
    return QDir(folder).filePath(QStringLiteral(".readout/") + name);
}

Result<QString> WorkspaceFolder::prepare(const QString &folder, const QString &name)
{
    const QString dir = QDir(folder).filePath(QStringLiteral(".readout"));
    const QFileInfo dirInfo(dir);
    if (dirInfo.isSymLink() || (dirInfo.exists() && !dirInfo.isDir())) {
        return Error{
            Error::Code::Unsupported,
            QCoreApplication::translate("Readout::WorkspaceFolder",
                                        "%1: not a folder of Readout's (a link or a file); nothing is kept there")
                .arg(dir)};
    }
    if (!QDir().mkpath(dir)) {
        return Error{Error::Code::Unreadable,
                     QCoreApplication::translate("Readout::WorkspaceFolder", "%1: cannot create the folder").arg(dir)};
    }
    const QString file = pathIn(folder, name);
    const QFileInfo fileInfo(file);
    if (fileInfo.isSymLink() || (fileInfo.exists() && !fileInfo.isFile())) {
        return Error{Error::Code::Unsupported,
                     QCoreApplication::translate("Readout::WorkspaceFolder", "%1: not a regular file; it is left alone")
                         .arg(file)};
    }
    return file;
}

} // namespace Readout
