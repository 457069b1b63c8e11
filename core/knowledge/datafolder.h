// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Readout::DataFolder
{

/// The analyst's data folder (~/.local/share/Readout/readout/data on Linux): a file there under
/// the built-in name (rules/event_types.tsv, gazetteers/countries.tsv) replaces the built-in one,
/// in the window and in readout-cli alike, so that a user can add an event type, a title or a
/// trigger without building Readout. readout-cli --data-dir names another folder instead.
[[nodiscard]] QString userPath();

/// The folder the knowledge comes from: @p given (a --data-dir) when set, else userPath() when it
/// holds a file, else "" (the built-in data alone).
[[nodiscard]] QString inUse(const QString &given = {});

/// The files of @p folder, relative to it ("rules/event_types.tsv"), sorted.
[[nodiscard]] QStringList files(const QString &folder);

/// Changes whenever a file of @p folder is added, removed or rewritten (names, sizes, times).
[[nodiscard]] QByteArray fingerprint(const QString &folder);

/// The built-in data files ("rules/events.json", ...), the names a copy in the folder takes.
[[nodiscard]] QStringList builtInFiles();

/// Copies the built-in @p relative file into userPath() (making its folders) unless a copy is
/// there already; returns the copy's path, or "" with @p error set.
[[nodiscard]] QString customize(const QString &relative, QString *error);

} // namespace Readout::DataFolder
