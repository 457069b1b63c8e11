// SPDX-License-Identifier: GPL-3.0-or-later
#include "analystwork.h"

#include "cliio.h"

#include "formats/documentreader.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/userdictionary.h"
#include "pipeline.h"
#include "storage/sidecar.h"

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

bool AnalystWork::read(const QString &file, const QDate &published, const Pipeline &pipeline, ArticleWork *out) const
{
    // An .ann or .readout.json given itself brings its annotations; anything else is extracted.
    ReadOptions options;
    options.importAnnotations = false;
    auto loaded = readArticle(file, options);
    if (!loaded) {
        err() << "readout-cli: " << loaded.error().message << "\n";
        return false;
    }
    for (const QString &note : std::as_const(loaded.value().notes)) {
        err() << "readout-cli: note: " << note << "\n";
    }
    out->document = loaded.value().document;
    if (published.isValid()) {
        out->document.setPublished(published);
    }
    switch (m_sidecars ? useSidecar(file, published, out) : SidecarUse::NotFound) {
    case SidecarUse::Used:
        return true;
    case SidecarUse::Refused:
        return false;
    case SidecarUse::NotFound:
        break;
    }
    if (loaded.value().hasAnnotations()) {
        out->entities = loaded.value().entities;
        out->events = loaded.value().events;
    } else {
        Extraction x = pipeline.run(out->document);
        out->entities = std::move(x.entities);
        out->events = std::move(x.events);
    }
    return true;
}

AnalystWork::SidecarUse AnalystWork::useSidecar(const QString &file, const QDate &published, ArticleWork *out) const
{
    // As DocumentTab::open(), but read only: a damaged sidecar stays where the window will find it.
    SidecarOpening opening = Sidecar::open(out->document);
    switch (opening.kind) {
    case SidecarOpening::Kind::None:
        return SidecarUse::NotFound;
    case SidecarOpening::Kind::Changed:
        err() << "readout-cli: " << file << " has changed since its corrections were saved in " << opening.path
              << "; they are not used: open the article in Readout to re-anchor them, or pass --no-sidecar (or "
                 "--clean) to extract without them\n";
        return SidecarUse::Refused;
    case SidecarOpening::Kind::Newer:
    case SidecarOpening::Kind::Damaged:
        err() << "readout-cli: " << file << ": not using " << opening.path << ": " << opening.message
              << "; extracting without it\n";
        return SidecarUse::NotFound;
    case SidecarOpening::Kind::Restored:
        break;
    }
    err() << "readout-cli: " << file << ": using corrections from " << opening.path << "\n";
    const QDate saved = opening.data.published;
    if (saved.isValid()) {
        if (published.isValid() && published != saved) {
            err() << "readout-cli: " << file << ": publication date " << published.toString(Qt::ISODate)
                  << " not used: the corrections are dated against " << saved.toString(Qt::ISODate)
                  << " (pass --no-sidecar to extract with it)\n";
        }
        out->document.setPublished(saved);
    }
    out->entities = std::move(opening.data.entities);
    out->events = std::move(opening.data.events);
    return SidecarUse::Used;
}

} // namespace Readout::Cli
