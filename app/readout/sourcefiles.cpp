// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcefiles.h"

#include "knowledge/userdictionary.h"
#include "storage/sidecar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Readout
{

QVector<SourceFile> articleSourceFiles(const QString &articlePath)
{
    const QFileInfo article(articlePath);
    QVector<SourceFile> files{{articlePath, article.fileName(), false}};
    const QString sidecar = Sidecar::existingPath(articlePath);
    if (!sidecar.isEmpty()) {
        files.append({sidecar, QCoreApplication::translate("Readout::SourceFiles", "Sidecar (JSON)"), false});
    }
    const QDir dir = article.dir();
    const QString base = article.completeBaseName();
    const struct {
        QString suffix;
        const char *label;
    } related[] = {
        {QStringLiteral(".ann"), QT_TRANSLATE_NOOP("Readout::SourceFiles", "brat annotations")},
        {QStringLiteral(".events.csv"), QT_TRANSLATE_NOOP("Readout::SourceFiles", "Events export (CSV)")},
    };
    for (const auto &file : related) {
        const QString path = dir.filePath(base + file.suffix);
        if (path != articlePath && QFileInfo::exists(path)) {
            files.append({path, QCoreApplication::translate("Readout::SourceFiles", file.label), false});
        }
    }
    return files;
}

QVector<SourceFile> knowledgeFiles()
{
    QVector<SourceFile> files;
    for (const QString &folder : {QStringLiteral(":/readout/rules"), QStringLiteral(":/readout/gazetteers")}) {
        const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &entry : entries) {
            files.append({entry.filePath(), QFileInfo(folder).fileName() + QLatin1Char('/') + entry.fileName(), false});
        }
    }
    files.append(
        {UserDictionary::defaultPath(), QCoreApplication::translate("Readout::SourceFiles", "User dictionary"), true});
    return files;
}

} // namespace Readout
