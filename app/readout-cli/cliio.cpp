// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliio.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include "knowledge/datafolder.h"
#include "knowledge/knowledgebase.h"
#include "storage/outputfile.h"

#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Readout::Cli
{

namespace
{

/// Why a write to standard output failed (errno), kept for standardOutputWritten()'s message.
int stdoutError = 0;

} // namespace

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

void say(const QString &message)
{
    err() << "readout-cli: " << message << "\n";
}

bool sameFile(const QString &a, const QString &b)
{
    return OutputFile::sameFile(a, b);
}

bool writeOutput(const QString &path, const QByteArray &bytes, const QStringList &articles)
{
    if (path.isEmpty()) {
        // A short write sets the stream's error flag, which standardOutputWritten() reports.
        errno = 0;
        if (fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) != size_t(bytes.size())) {
            stdoutError = errno;
        }
        return standardOutputWritten();
    }
    if (const auto written = OutputFile::write(path, bytes, articles); !written) {
        err() << "readout-cli: " << written.error().message << "\n";
        return false;
    }
    return true;
}

bool dateOption(const QCommandLineParser &parser, const QCommandLineOption &option, QDate *date)
{
    *date = QDate();
    if (!parser.isSet(option)) {
        return true;
    }
    *date = QDate::fromString(parser.value(option), QStringLiteral("yyyy-MM-dd"));
    if (!date->isValid()) {
        err() << QCoreApplication::translate("readout-cli", "--%1: \"%2\" is not a date YYYY-MM-DD")
                     .arg(option.names().constLast(), parser.value(option))
              << "\n";
        return false;
    }
    return true;
}

bool standardOutputWritten()
{
    errno = 0;
    if (fflush(stdout) == 0 && !ferror(stdout)) {
        return true;
    }
    const int error = errno != 0 ? errno : stdoutError;
    static bool said = false; // once: the end of main() asks again
    if (!said) {
        said = true;
        say(error != 0 ? QCoreApplication::translate("readout-cli", "cannot write to standard output (%1)")
                             .arg(QString::fromLocal8Bit(std::strerror(error)))
                       : QCoreApplication::translate("readout-cli", "cannot write to standard output"));
        err().flush();
    }
    return false;
}

QCommandLineOption outputOption(const QString &description)
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              description.isEmpty() ? QCoreApplication::translate("readout-cli", "Write to FILE.")
                                                    : description,
                              QStringLiteral("FILE"));
}

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("readout-cli",
                                    "Directory whose data files override the built-in ones (default: your data "
                                    "folder %1, when it holds a file, as in the window).")
            .arg(DataFolder::userPath()),
        QStringLiteral("dir"));
}

QString dataFolderOrSay(const QString &dataDir)
{
    const QString folder = DataFolder::inUse(dataDir);
    if (dataDir.isEmpty() && !folder.isEmpty()) {
        say(QCoreApplication::translate("readout-cli", "using your data folder %1 (as the window does)").arg(folder));
    }
    return folder;
}

std::shared_ptr<const KnowledgeBase> knowledgeOrSay(const QString &dataDir)
{
    return knowledgeFromOrSay(dataFolderOrSay(dataDir), dataDir.isEmpty());
}

std::shared_ptr<const KnowledgeBase>
knowledgeFromOrSay(const QString &folder, bool analystsFolder, const UserDictionary &dictionary)
{
    auto kb = KnowledgeBase::load(folder, dictionary);
    if (!kb && analystsFolder && !folder.isEmpty()) {
        // As the window: a broken file in the analyst's own folder is named, and the built-in
        // data used; a --data-dir given for this run is an error.
        say(QCoreApplication::translate("readout-cli", "not using your data folder: %1; using the built-in data")
                .arg(kb.error().message));
        kb = KnowledgeBase::load(QString(), dictionary);
    }
    if (!kb) {
        err() << "readout-cli: " << kb.error().message << "\n";
        return {};
    }
    return kb.value();
}

Result<CompareRules> compareRules(const QString &dataDir)
{
    if (dataDir.isEmpty()) {
        QString problem;
        CompareRules rules = CompareRules::forAnalyst(&problem);
        if (!problem.isEmpty()) {
            say(QCoreApplication::translate("readout-cli", "not using your data folder: %1; using the built-in data")
                    .arg(problem));
        }
        return rules;
    }
    return CompareRules::load(dataDir);
}

} // namespace Readout::Cli
