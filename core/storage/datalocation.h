// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Readout
{

/// Names the running program as Readout: organization "Readout", application "readout".
///
/// Qt derives QStandardPaths::AppDataLocation from these names, and that folder holds the
/// analyst's work that does not sit beside an article: the user dictionary, the sidecars of
/// articles in folders that cannot be written, pasted articles (~/.local/share/Readout/readout/
/// on Linux, honouring XDG_DATA_HOME). The window and readout-cli both call this first, so the
/// command line reads the very files the window wrote. Tests that isolate themselves set their
/// own application name afterwards.
void setReadoutApplicationNames();

} // namespace Readout
