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

} // namespace Readout
