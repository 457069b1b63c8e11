// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Readout
{

/// readout-cli eval --gold DIR [--task entities|dates|events] [--errors] [--groups 00-20,40-97]:
/// scores the pipeline against gold files. Returns the exit status.
int evaluateCommand(const QStringList &args);

} // namespace Readout
