// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliio.h"

#include "knowledge/knowledgebase.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace Readout::Cli
{

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo x(a);
    const QFileInfo y(b);
    return x.absoluteFilePath() == y.absoluteFilePath()
        || (x.exists() && y.exists() && x.canonicalFilePath() == y.canonicalFilePath());
}

QString writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        return QStringLiteral("%1: cannot write (%2)").arg(path, f.errorString());
    }
    return {};
}

bool writeOutput(const QString &path, const QByteArray &bytes, const QString &protectedArticle)
{
    if (path.isEmpty()) {
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        fflush(stdout);
        return true;
    }
    if (!protectedArticle.isEmpty() && sameFile(path, protectedArticle)) {
        err() << "readout-cli: " << path << ": refusing to overwrite the article " << protectedArticle
              << "; choose another output file\n";
        return false;
    }
    if (const QString error = writeAtomically(path, bytes); !error.isEmpty()) {
        err() << "readout-cli: " << error << "\n";
        return false;
    }
    return true;
}

QCommandLineOption outputOption(const QString &description)
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, description, QStringLiteral("FILE"));
}

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(QStringLiteral("data-dir"),
                              QStringLiteral("Directory whose data files override the built-in ones."),
                              QStringLiteral("dir"));
}

std::shared_ptr<const KnowledgeBase> knowledgeOrSay(const QString &dataDir)
{
    auto kb = KnowledgeBase::load(dataDir);
    if (!kb) {
        err() << "readout-cli: " << kb.error().message << "\n";
        return {};
    }
    return kb.value();
}

} // namespace Readout::Cli
