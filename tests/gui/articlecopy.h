// SPDX-License-Identifier: GPL-3.0-or-later
// A GUI test's private copy of a fixture article, with no sidecar beside it (one left by an
// earlier test function would be restored instead of extracting).
#pragma once

#include "storage/sidecar.h"

#include <QDir>
#include <QFile>

namespace ReadoutTest
{

/// Copies source into folder as name, writable by its owner; empty on failure.
inline QString copyArticle(const QDir &folder, const QString &source, const QString &name)
{
    const QString target = folder.filePath(name);
    QFile::remove(target);
    QFile::remove(Readout::Sidecar::besidePath(target));
    if (!QFile::copy(source, target)) {
        return {};
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

} // namespace ReadoutTest
