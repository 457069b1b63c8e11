// SPDX-License-Identifier: GPL-3.0-or-later
#include "analystwork.h"

#include "cliio.h"

#include "corpus/articlework.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/userdictionary.h"
#include "pipeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace Readout::Cli
{

AnalystWork::AnalystWork()
    : m_clean(
        QStringLiteral("clean"),
        QCoreApplication::translate("readout-cli",
                                    "Pure extraction: no sidecar corrections, no user dictionary (as --no-sidecar "
                                    "--no-dictionary)."))
    , m_noSidecar(
          QStringLiteral("no-sidecar"),
          QCoreApplication::translate("readout-cli",
                                      "Ignore each article's saved corrections (NAME.readout.json). Without it, a "
                                      "sidecar saved before the article changed is refused (exit 1). A .readout.json "
                                      "or .ann given itself still brings its annotations."))
    , m_noDictionary(QStringLiteral("no-dictionary"),
                     QCoreApplication::translate("readout-cli", "Do not use the user dictionary."))
    , m_dictionary(QStringLiteral("dictionary"),
                   QCoreApplication::translate("readout-cli", "Use this user dictionary instead of the window's (%1).")
                       .arg(UserDictionary::defaultPath()),
                   QStringLiteral("FILE"))
{
}

void AnalystWork::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_clean, m_noSidecar, m_noDictionary, m_dictionary});
}

std::optional<int> AnalystWork::parse(QCommandLineParser &parser, const QStringList &args, const char *usage)
{
    addOptions(parser);
    if (!parser.parse(args)) {
        err() << parser.errorText() << "\n" << (usage ? usage : "");
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (!setOptions(parser)) {
        return ExitUsage;
    }
    return std::nullopt;
}

bool AnalystWork::setOptions(const QCommandLineParser &parser)
{
    const bool clean = parser.isSet(m_clean);
    m_sidecars = !clean && !parser.isSet(m_noSidecar);
    m_userDictionary = !clean && !parser.isSet(m_noDictionary);
    m_dictionaryPath = parser.value(m_dictionary);
    if (parser.isSet(m_dictionary) && !m_userDictionary) {
        say(QCoreApplication::translate("readout-cli", "--dictionary contradicts %1")
                .arg(clean ? QStringLiteral("--clean") : QStringLiteral("--no-dictionary")));
        return false;
    }
    return true;
}

std::shared_ptr<const KnowledgeBase> AnalystWork::knowledgeOrSay(const QString &dataDir) const
{
    const QString folder = Cli::dataFolderOrSay(dataDir);
    const bool analystsFolder = dataDir.isEmpty();
    if (!m_userDictionary) {
        return Cli::knowledgeFromOrSay(folder, analystsFolder);
    }
    const bool given = !m_dictionaryPath.isEmpty();
    const QString path = given ? m_dictionaryPath : UserDictionary::defaultPath();
    if (!QFileInfo::exists(path)) {
        if (given) {
            say(QCoreApplication::translate("readout-cli", "--dictionary %1: no such file").arg(path));
            return {};
        }
        say(QCoreApplication::translate("readout-cli", "no user dictionary (%1 does not exist)").arg(path));
        return Cli::knowledgeFromOrSay(folder, analystsFolder);
    }
    const auto dictionary = UserDictionary::read(path);
    if (!dictionary) {
        err() << "readout-cli: " << dictionary.error().message << "\n";
        if (given) {
            return {};
        }
        // The window skips a broken dictionary too: the same events, and the analyst is told.
        say(QCoreApplication::translate("readout-cli", "user dictionary not used; fix the line in %1 or in Readout")
                .arg(path));
        return Cli::knowledgeFromOrSay(folder, analystsFolder);
    }
    const qsizetype n = dictionary.value().entries().size();
    say(n == 1 ? QCoreApplication::translate("readout-cli", "using user dictionary %1 (1 entry)").arg(path)
               : QCoreApplication::translate("readout-cli", "using user dictionary %1 (%2 entries)").arg(path).arg(n));
    return Cli::knowledgeFromOrSay(folder, analystsFolder, dictionary.value());
}

QString AnalystWork::dictionaryInUse() const
{
    if (!m_userDictionary) {
        return {};
    }
    return m_dictionaryPath.isEmpty() ? UserDictionary::defaultPath() : m_dictionaryPath;
}

bool AnalystWork::read(const QString &file, const QDate &published, const Pipeline &pipeline, ArticleWork *out) const
{
    Readout::ArticleWork work = Readout::ArticleWork::read(file, published, pipeline, m_sidecars);
    for (const QString &note : std::as_const(work.readerNotes)) {
        say(QCoreApplication::translate("readout-cli", "note: %1").arg(note));
    }
    for (const QString &note : std::as_const(work.notes)) {
        err() << "readout-cli: " << note << "\n";
    }
    if (work.origin == Readout::ArticleWork::Origin::Failed) {
        err() << "readout-cli: " << work.error << "\n";
        return false;
    }
    out->document = std::move(work.document);
    out->entities = std::move(work.entities);
    out->events = std::move(work.events);
    return true;
}

} // namespace Readout::Cli
