// SPDX-License-Identifier: GPL-3.0-or-later
#include "analystknowledge.h"

#include "datafolder.h"
#include "knowledgebase.h"
#include "userdictionary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMutex>

namespace Readout
{

namespace
{

/// The dictionary at path, or an empty one with the reason it could not be used.
UserDictionary readDictionary(const QString &path, QByteArray *bytes, QStringList *problems)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    *bytes = file.readAll();
    auto dictionary = UserDictionary::parse(*bytes, path);
    if (!dictionary) {
        problems->append(QCoreApplication::translate("Readout::AnalystKnowledge", "user dictionary not used: %1")
                             .arg(dictionary.error().message));
        return {};
    }
    return dictionary.value();
}

} // namespace

AnalystKnowledge AnalystKnowledge::load(const QString &dictionaryPath, const QString &dataFolder)
{
    static QMutex mutex;
    static QByteArray cachedKey;
    static AnalystKnowledge cached;

    QByteArray bytes;
    QStringList problems;
    const UserDictionary dictionary = readDictionary(dictionaryPath, &bytes, &problems);
    if (dictionary.isEmpty() && dataFolder.isEmpty()) {
        return {KnowledgeBase::builtIn(), problems};
    }
    // Keyed by content: an edit within the same second (same size, same mtime) still counts.
    const QByteArray key = dictionaryPath.toUtf8() + '\0' + QCryptographicHash::hash(bytes, QCryptographicHash::Sha1)
        + '\0' + DataFolder::fingerprint(dataFolder);
    QMutexLocker lock(&mutex);
    if (cached.knowledge && cachedKey == key) {
        return cached;
    }
    auto loaded = KnowledgeBase::load(dataFolder, dictionary);
    if (!loaded && !dataFolder.isEmpty()) {
        problems.append(QCoreApplication::translate("Readout::AnalystKnowledge",
                                                    "not using the data folder %1: %2; using the built-in data")
                            .arg(dataFolder, loaded.error().message));
        loaded = KnowledgeBase::load(QString(), dictionary);
    }
    if (!loaded) {
        problems.append(QCoreApplication::translate("Readout::AnalystKnowledge", "user dictionary not used: %1")
                            .arg(loaded.error().message));
        return {KnowledgeBase::builtIn(), problems};
    }
    cached = {loaded.value(), problems};
    cachedKey = key;
    return cached;
}

} // namespace Readout
