// SPDX-License-Identifier: GPL-3.0-or-later
// Peak memory for the benchmarks, from Linux's /proc/self: VmHWM (peak resident set) and VmRSS, and
// resetting the peak before a measured run (clear_refs "5").
#pragma once

#include <QByteArray>
#include <QFile>

namespace ReadoutBench
{

/// A "kB" field of /proc/self/status ("VmHWM:", "VmRSS:"), or -1 where there is none.
inline qint64 statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(int(qstrlen(key))).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

/// Resets VmHWM to the current resident set, so the next reading is the peak of what follows.
inline void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly)) {
        f.write("5");
    }
}

} // namespace ReadoutBench
