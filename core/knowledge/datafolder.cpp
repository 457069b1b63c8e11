// SPDX-License-Identifier: GPL-3.0-or-later
#include "datafolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Readout::DataFolder
{

namespace
{

const QString BuiltIn = QStringLiteral(":/readout");

/// The folders of the built-in data a copy may replace files of.
QStringList dataFolders()
{
    return {QStringLiteral("rules"), QStringLiteral("gazetteers")};
}

} // namespace

QString userPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/data");
}

QString inUse(const QString &given)
{
    if (!given.isEmpty()) {
        return given;
    }
    const QString folder = userPath();
    return files(folder).isEmpty() ? QString() : folder;
}

QStringList files(const QString &folder)
{
    QStringList out;
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        return out;
    }
    const QDir root(folder);
    // Regular files only: a link, device or FIFO in the folder is not read as data.
    QDirIterator it(folder, QDir::Files | QDir::NoSymLinks | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        out.append(root.relativeFilePath(it.next()));
    }
    out.sort();
    return out;
}

QByteArray fingerprint(const QString &folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(folder.toUtf8());
    for (const QString &relative : files(folder)) {
        const QFileInfo info(folder + QLatin1Char('/') + relative);
        hash.addData(relative.toUtf8());
        hash.addData(QByteArray::number(info.size()));
        hash.addData(QByteArray::number(info.lastModified().toMSecsSinceEpoch()));
    }
    return hash.result();
}

QStringList builtInFiles()
{
    QStringList out;
    for (const QString &folder : dataFolders()) {
        const QStringList names = QDir(BuiltIn + QLatin1Char('/') + folder).entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            out.append(folder + QLatin1Char('/') + name);
        }
    }
    return out;
}

QString customize(const QString &relative, QString *error)
{
    if (!builtInFiles().contains(relative)) {
        *error =
            QCoreApplication::translate("Readout::DataFolder", "%1 is not one of Readout's data files").arg(relative);
        return {};
    }
    const QString target = userPath() + QLatin1Char('/') + relative;
    const QFileInfo existing(target);
    if (existing.exists() || existing.isSymLink()) {
        if (!existing.isFile() || existing.isSymLink()) {
            *error =
                QCoreApplication::translate("Readout::DataFolder", "%1 is there but is not a regular file").arg(target);
            return {};
        }
        return target;
    }
    if (!QDir().mkpath(existing.absolutePath())) {
        *error = QCoreApplication::translate("Readout::DataFolder", "cannot create the folder %1")
                     .arg(existing.absolutePath());
        return {};
    }
    QFile source(BuiltIn + QLatin1Char('/') + relative);
    if (!source.copy(target)) {
        *error = QCoreApplication::translate("Readout::DataFolder", "cannot copy %1 to %2: %3")
                     .arg(relative, target, source.errorString());
        return {};
    }
    // A resource copy is read-only: the analyst's copy is theirs to edit.
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return target;
}

} // namespace Readout::DataFolder
