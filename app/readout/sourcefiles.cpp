// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcefiles.h"

#include "knowledge/datafolder.h"
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
    const QString folder = DataFolder::userPath();
    for (const QString &relative : DataFolder::builtInFiles()) {
        // The analyst's copy, when there is one, is what Readout reads: show it, editable.
        const QString copy = folder + QLatin1Char('/') + relative;
        if (QFileInfo(copy).isFile()) {
            files.append(
                {copy, QCoreApplication::translate("Readout::SourceFiles", "%1 (your copy)").arg(relative), true});
        } else {
            files.append({QStringLiteral(":/readout/") + relative, relative, false});
        }
    }
    files.append(
        {UserDictionary::defaultPath(), QCoreApplication::translate("Readout::SourceFiles", "User dictionary"), true});
    return files;
}

} // namespace Readout
