// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Readout
{

/// What names the extractor an index was made with: a hash of the built-in data and rules, of the
/// files of a data folder over them, of the user dictionary and of how sidecars are used. An index
/// or a cache made with another fingerprint is out of date as a whole.
[[nodiscard]] QString extractorFingerprint(const QString &dataDir, const QString &dictionaryPath, bool sidecars);

} // namespace Readout
