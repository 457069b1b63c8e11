// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QPair>
#include <QStringList>
#include <QVector>

namespace Readout::DataFiles
{

/// One data row of a tab-separated table: cells by column name (trimmed), and the 1-based line it
/// came from, for messages that point at it.
struct TsvRow {
    QHash<QString, QString> cells;
    int line = 0;

    [[nodiscard]] QString value(const QString &column) const
    {
        return cells.value(column);
    }
};

/// Parses a table with a header row, '#' comment lines and blank lines (CRLF accepted). Every row
/// must have the header's column count; the header must name every required column. name is what
/// messages call the table ("rules/events.tsv", a user file's path). With firstColumnRequired, a
/// row whose first column is empty is an error too.
Result<QVector<TsvRow>>
parseTsv(const QByteArray &bytes, const QString &name, const QStringList &required, bool firstColumnRequired = false);

/// Reads a data file of the knowledge base: from overrideDir when it holds the file, else the
/// compiled-in copy under :/readout/. Appends the path read to sources.
Result<QByteArray> read(const QString &overrideDir, const QString &relative, QStringList *sources);

/// read() then parseTsv() with a header required and the first column required in every row.
Result<QVector<TsvRow>>
readTsv(const QString &overrideDir, const QString &relative, const QStringList &required, QStringList *sources);

/// As readTsv(), for tables whose columns are fixed: a header column that is neither required nor
/// optional is an error naming file:line ("unknown column").
Result<QVector<TsvRow>> readStrictTsv(const QString &overrideDir,
                                      const QString &relative,
                                      const QStringList &required,
                                      const QStringList &optional,
                                      QStringList *sources);

/// The JSON object of bytes (read from relative, which messages name), with "schema": 1.
Result<QJsonObject> parseJson(const QByteArray &bytes, const QString &relative);

/// read() then parseJson().
Result<QJsonObject> readJson(const QString &overrideDir, const QString &relative, QStringList *sources);

/// The keys a rules file may have at its top level, each with the JSON type its value must have.
using JsonKeys = QVector<QPair<QString, QJsonValue::Type>>;

/// As readJson(), for files whose top-level keys are fixed: a key not in keys, or a value of
/// another type, is an error naming file:line.
Result<QJsonObject>
readStrictJson(const QString &overrideDir, const QString &relative, const JsonKeys &keys, QStringList *sources);

/// The 1-based line of a JSON text where "key" is first written (0 when it is not), for messages.
int lineOfJsonKey(const QByteArray &bytes, const QString &key);

/// A multi-valued cell: "a; b;c" -> {"a", "b", "c"}, empty parts dropped.
QStringList splitList(const QString &cell);

} // namespace Readout::DataFiles
