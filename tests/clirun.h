// SPDX-License-Identifier: GPL-3.0-or-later
// Runs readout-cli (READOUT_CLI, defined by the test's CMake) and collects what it said.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace ReadoutTest
{

struct CliRun {
    int code = -1; ///< exit status; -1 when it did not finish
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(QStringLiteral(READOUT_CLI), args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit) {
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace ReadoutTest
