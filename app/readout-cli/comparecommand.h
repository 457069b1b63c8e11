// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Readout
{

/// readout-cli compare A B [--format json|csv] [-o OUT]: the paragraph alignment and event pairs
/// of two reports of the same events. Returns the exit status.
int compareCommand(const QStringList &args);

/// Whether an eval command line asks for --task compare (handled by compareEvaluationCommand()).
[[nodiscard]] bool isCompareEvaluation(const QStringList &args);
/// readout-cli eval --gold DIR --task compare: precision and recall of matched event pairs against
/// the gold files' xref, for the matcher on gold events and end to end on extracted events.
int compareEvaluationCommand(const QStringList &args);

} // namespace Readout
