// SPDX-License-Identifier: GPL-3.0-or-later
// Runs readout-cli (READOUT_CLI, defined by the test's CMake) and collects what it said.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace ReadoutTest
{

struct CliRun {
    int code = -1; ///< exit status; -1 when it did not finish
    QByteArray out;
    QByteArray err;
};

/// The environment for a readout-cli whose home is home: HOME and XDG_DATA_HOME point there, so
/// the child reads the user dictionary and fallback sidecars a test put there, never those of the
/// person running the tests.
inline QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    return env;
}

/// An empty home shared by the runs of one test process that need no particular one.
inline QProcessEnvironment isolatedEnvironment()
{
    static const QTemporaryDir home;
    return isolatedEnvironment(home.path());
}

inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(READOUT_CLI), args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit) {
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

inline CliRun runCli(const QStringList &args, int timeoutMs = 60000)
{
    return runCli(args, isolatedEnvironment(), timeoutMs);
}

} // namespace ReadoutTest
