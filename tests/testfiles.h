// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the files a test reads: one helper for every test, not a copy in each.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace ReadoutTest
{

/// Writes bytes to path (its folder made first); false when any of it fails.
inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace ReadoutTest
