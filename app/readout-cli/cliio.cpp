// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliio.h"

#include "knowledge/knowledgebase.h"
#include "storage/outputfile.h"

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
    return OutputFile::sameFile(a, b);
}

bool writeOutput(const QString &path, const QByteArray &bytes, const QStringList &articles)
{
    if (path.isEmpty()) {
        fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        fflush(stdout);
        return true;
    }
    if (const auto written = OutputFile::write(path, bytes, articles); !written) {
        err() << "readout-cli: " << written.error().message << "\n";
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
