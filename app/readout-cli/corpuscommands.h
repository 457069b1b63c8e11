// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <memory>

namespace Readout
{

class CorpusIndex;
namespace Cli
{
class AnalystWork;
}

/// readout-cli batch DIR|FILE... [-o OUT.csv|OUT.jsonl] [-j N]: every article of the folders and
/// files on all cores, as the window would show it (sidecars, user dictionary), one JSON line per
/// article or one CSV of all events; progress on stderr. batch --jsonl: JSON lines in on standard
/// input (a path, or a text with its publication date), one JSON result per line out.
int batchCommand(const QStringList &args);

/// readout-cli search DIR QUERY...: brings DIR's index up to date (as batch does, writing nothing
/// else) and prints the sentences that match: words of the text (SQLite FTS5) and fields of the
/// event told in the sentence (actor:, person:, type:, status:, from:, to:).
int searchCommand(const QStringList &args);

/// Opens DIR's index and brings it up to date (reading what changed on jobCount cores), saying
/// on stderr what it did as "readout-cli: COMMAND: ..."; nothing (the reason said) on failure.
[[nodiscard]] std::unique_ptr<CorpusIndex> updatedIndex(Cli::AnalystWork &work,
                                                        const QString &folder,
                                                        const QString &dataDir,
                                                        int jobCount,
                                                        const QString &command);

/// readout-cli stories DIR: the stories of a folder's articles (reports of one event grouped,
/// the analyst's links applied), what the reports disagree on and how the status moved.
int storiesCommand(const QStringList &args);

} // namespace Readout
