// SPDX-License-Identifier: GPL-3.0-or-later
#include "analystwork.h"

#include "cliio.h"

#include "corpus/articlework.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/userdictionary.h"
#include "pipeline.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace Readout::Cli
{

AnalystWork::AnalystWork()
    : m_clean(QStringLiteral("clean"),
              QStringLiteral("Pure extraction: no sidecar corrections, no user dictionary (as --no-sidecar "
                             "--no-dictionary)."))
    , m_noSidecar(QStringLiteral("no-sidecar"),
                  QStringLiteral("Ignore each article's saved corrections (NAME.readout.json). Without it, a "
                                 "sidecar saved before the article changed is refused (exit 1). A .readout.json "
                                 "or .ann given itself still brings its annotations."))
    , m_noDictionary(QStringLiteral("no-dictionary"), QStringLiteral("Do not use the user dictionary."))
    , m_dictionary(
          QStringLiteral("dictionary"),
          QStringLiteral("Use this user dictionary instead of the window's (%1).").arg(UserDictionary::defaultPath()),
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
        err() << "readout-cli: --dictionary contradicts " << (clean ? "--clean" : "--no-dictionary") << "\n";
        return false;
    }
    return true;
}

std::shared_ptr<const KnowledgeBase> AnalystWork::knowledgeOrSay(const QString &dataDir) const
{
    if (!m_userDictionary) {
        return Cli::knowledgeOrSay(dataDir);
    }
    const bool given = !m_dictionaryPath.isEmpty();
    const QString path = given ? m_dictionaryPath : UserDictionary::defaultPath();
    if (!QFileInfo::exists(path)) {
        if (given) {
            err() << "readout-cli: --dictionary " << path << ": no such file\n";
            return {};
        }
        err() << "readout-cli: no user dictionary (" << path << " does not exist)\n";
        return Cli::knowledgeOrSay(dataDir);
    }
    const auto dictionary = UserDictionary::read(path);
    if (!dictionary) {
        err() << "readout-cli: " << dictionary.error().message << "\n";
        if (given) {
            return {};
        }
        // The window skips a broken dictionary too: the same events, and the analyst is told.
        err() << "readout-cli: user dictionary not used; fix the line in " << path << " or in Readout\n";
        return Cli::knowledgeOrSay(dataDir);
    }
    const qsizetype n = dictionary.value().entries().size();
    err() << "readout-cli: using user dictionary " << path << " (" << n << (n == 1 ? " entry" : " entries") << ")\n";
    auto kb = KnowledgeBase::load(dataDir, dictionary.value());
    if (!kb) {
        err() << "readout-cli: " << kb.error().message << "\n";
        return {};
    }
    return kb.value();
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
        err() << "readout-cli: note: " << note << "\n";
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
