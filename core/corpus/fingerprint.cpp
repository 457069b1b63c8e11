// SPDX-License-Identifier: GPL-3.0-or-later
#include "fingerprint.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

#include <algorithm>

namespace Readout
{

namespace
{

/// Every file under folder, by path, with its bytes.
void addFolder(QCryptographicHash &hash, const QString &folder)
{
    if (folder.isEmpty()) {
        return;
    }
    QStringList files;
    for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        files.append(it.next());
    }
    std::sort(files.begin(), files.end());
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            hash.addData(path.mid(folder.size()).toUtf8());
            hash.addData(f.readAll());
        }
    }
}

} // namespace

QString extractorFingerprint(const QString &dataDir, const QString &dictionaryPath, bool sidecars)
{
    // The built-in data is the same for the life of the process: hashed once.
    static const QByteArray builtIn = [] {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QByteArrayLiteral(READOUT_VERSION));
        addFolder(hash, QStringLiteral(":/readout"));
        return hash.result();
    }();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(builtIn);
    addFolder(hash, dataDir);
    QFile dictionary(dictionaryPath);
    if (!dictionaryPath.isEmpty() && dictionary.open(QIODevice::ReadOnly)) {
        hash.addData(dictionary.readAll());
    }
    hash.addData(sidecars ? QByteArrayLiteral("sidecars") : QByteArrayLiteral("no sidecars"));
    return QString::fromLatin1(hash.result().toHex().left(32));
}

} // namespace Readout
