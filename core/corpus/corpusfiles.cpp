// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusfiles.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace Readout
{

bool CorpusFiles::isArticleName(const QString &fileName)
{
    static const QStringList suffixes = {QStringLiteral("txt"),
                                         QStringLiteral("html"),
                                         QStringLiteral("htm"),
                                         QStringLiteral("xhtml"),
                                         QStringLiteral("md"),
                                         QStringLiteral("markdown"),
                                         QStringLiteral("pdf")};
    if (fileName.startsWith(QLatin1Char('.'))) {
        return false;
    }
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

QStringList CorpusFiles::list(const QString &folder)
{
    QStringList files;
    // Without QDir::System the iterator yields no device, FIFO or socket; NoSymLinks keeps the walk
    // inside the folder and out of loops; hidden folders (.readout, .git) are not entered.
    QStringList folders{folder};
    while (!folders.isEmpty()) {
        QDirIterator entries(folders.takeFirst(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        while (entries.hasNext()) {
            entries.next();
            const QFileInfo info = entries.fileInfo();
            if (info.isDir()) {
                folders.append(info.filePath());
            } else if (info.isFile() && isArticleName(info.fileName())) {
                files.append(info.filePath());
            }
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace Readout
