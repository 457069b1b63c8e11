// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Readout
{

/// readout-cli batch DIR|FILE... [-o OUT.csv|OUT.jsonl] [-j N]: every article of the folders and
/// files on all cores, as the window would show it (sidecars, user dictionary), one JSON line per
/// article or one CSV of all events; progress on stderr. batch --jsonl: JSON lines in on standard
/// input (a path, or a text with its publication date), one JSON result per line out.
int batchCommand(const QStringList &args);

/// readout-cli search DIR QUERY...: brings DIR's index up to date (as batch does, writing nothing
/// else) and prints the sentences that match: words of the text (SQLite FTS5) and fields of the
/// event told in the sentence (actor:, person:, type:, status:, from:, to:).
int searchCommand(const QStringList &args);

} // namespace Readout
