// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../event.h"
#include "../result.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace Readout
{

class Document;
class KnowledgeBase;

/// Writes events as CSV (RFC 4180, UTF-8, the columns of product.md §5), and reads that CSV back.
/// Cells that a spreadsheet would run as a formula are prefixed with an apostrophe; control
/// characters other than tab and line ends are replaced (withoutControlCharacters()).
class CsvExporter
{
public:
    explicit CsvExporter(const KnowledgeBase &knowledge);

    [[nodiscard]] QStringList columns() const;
    [[nodiscard]] QByteArray toCsv(const Document &document, const QVector<Event> &events, bool header = true) const;
    /// Atomic write (QSaveFile); refuses to overwrite the article itself.
    [[nodiscard]] Result<bool>
    writeFile(const QString &path, const Document &document, const QVector<Event> &events) const;

    /// Parses our own CSV back into events (evidence offsets are code points in the file, converted
    /// with document when given). Errors say the line and what is wrong.
    [[nodiscard]] static Result<QVector<Event>>
    readCsv(const QByteArray &bytes, const QString &name, const Document *document = nullptr);
    /// Splits RFC 4180 text into rows of fields.
    [[nodiscard]] static Result<QVector<QStringList>> parseRows(const QByteArray &bytes, const QString &name);

    /// One RFC 4180 line (CRLF-terminated) of cells, each neutralised and quoted as toCsv() does;
    /// for other tables written as CSV (the comparison).
    [[nodiscard]] static QString csvRow(const QStringList &cells);
    [[nodiscard]] static QString neutralise(const QString &cell);
    [[nodiscard]] static QString unneutralise(const QString &cell);

private:
    const KnowledgeBase &m_knowledge;
};

} // namespace Readout
