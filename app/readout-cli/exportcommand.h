// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Readout
{

/// readout-cli export FILE.readout.json --format csv|json|brat|ics [-o OUT]: the corrected state of
/// an article, as its sidecar holds it, in an exchange format. Returns the exit status.
int exportCommand(const QStringList &args);

} // namespace Readout
