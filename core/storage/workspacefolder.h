// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QString>

namespace Readout
{

/// FOLDER/.readout: where Readout keeps what belongs to a folder of articles rather than to one
/// article (the corpus index, the links between events of different articles).
class WorkspaceFolder
{
public:
    /// FOLDER/.readout/name
    [[nodiscard]] static QString pathIn(const QString &folder, const QString &name);
    /// The path of FOLDER/.readout/name to write, the folder made when needed. Unsupported when
    /// .readout is a link or a file, or name exists and is not a regular file (a link, a device):
    /// such a thing is not ours to write over.
    [[nodiscard]] static Result<QString> prepare(const QString &folder, const QString &name);
};

} // namespace Readout
