// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "entity.h"
#include "event.h"

#include <QCommandLineOption>
#include <QDate>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace Readout
{
class KnowledgeBase;
class Pipeline;
} // namespace Readout

namespace Readout::Cli
{

/// One article as a command hands it on: its document and the annotations to use.
struct ArticleWork {
    Document document;
    QVector<Entity> entities;
    QVector<Event> events;
};

/// The analyst's work that extract and compare use by default, exactly as the window does: the
/// sidecar of each article (its saved corrections) and the user dictionary (the names taught).
/// --clean, --no-sidecar and --no-dictionary turn them off; --dictionary FILE reads another
/// dictionary. What is used, or cannot be, is said on stderr; nothing is written.
class AnalystWork
{
public:
    AnalystWork();

    /// Adds --clean, --no-sidecar, --no-dictionary and --dictionary FILE.
    void addOptions(QCommandLineParser &parser) const;
    /// Adds the options, parses args and takes them: nothing when the command goes on, else the
    /// exit status to return (--help printed: ExitOk; a parse error or contradicting options said,
    /// with usage after it when given: ExitUsage).
    [[nodiscard]] std::optional<int>
    parse(QCommandLineParser &parser, const QStringList &args, const char *usage = nullptr);
    /// Takes the parsed options; says why and returns false when they contradict each other.
    [[nodiscard]] bool setOptions(const QCommandLineParser &parser);

    /// The knowledge with dataDir's files over the built-in ones and, unless turned off, the user
    /// dictionary merged in as the window merges it. Says which dictionary; null after saying why.
    [[nodiscard]] std::shared_ptr<const KnowledgeBase> knowledgeOrSay(const QString &dataDir) const;

    /// Reads file and gives what the window would show: the corrections of its sidecar when they
    /// fit the article, else the annotations of an .ann or .readout.json given itself, else the
    /// extraction. published, when valid, overrides the document's date (a sidecar's own date
    /// wins, as in the window). Says why and returns false when the file cannot be read or its
    /// sidecar was written for an earlier text of the article (the analyst's corrections would be
    /// silently lost).
    /// Whether the articles' sidecars are used (not --clean, not --no-sidecar).
    [[nodiscard]] bool sidecars() const
    {
        return m_sidecars;
    }

    /// The user dictionary file in use: --dictionary's, else the window's; empty when none is.
    [[nodiscard]] QString dictionaryInUse() const;

    [[nodiscard]] bool
    read(const QString &file, const QDate &published, const Pipeline &pipeline, ArticleWork *out) const;

private:
    QCommandLineOption m_clean;
    QCommandLineOption m_noSidecar;
    QCommandLineOption m_noDictionary;
    QCommandLineOption m_dictionary;
    bool m_sidecars = true;
    bool m_userDictionary = true;
    QString m_dictionaryPath; ///< empty: the window's
};

} // namespace Readout::Cli
