// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"

#include "controlcharacters.h"
#include "exportwriter.h"

#include "../document.h"
#include "../knowledge/knowledgebase.h"

#include <QFileInfo>

namespace Readout
{

namespace
{

const QString ListSeparator = QStringLiteral("; ");

QString quoted(const QString &cell)
{
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r'))) {
        QString q = cell;
        q.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return cell;
}

QStringList splitList(const QString &cell)
{
    return cell.isEmpty() ? QStringList() : cell.split(ListSeparator);
}

} // namespace

CsvExporter::CsvExporter(const KnowledgeBase &knowledge)
    : m_knowledge(knowledge)
{
}

QStringList CsvExporter::columns() const
{
    return m_knowledge.csvColumns();
}

QString CsvExporter::neutralise(const QString &cell)
{
    if (cell.isEmpty()) {
        return cell;
    }
    const QChar c = cell.at(0);
    // A leading line end too: some spreadsheets drop it and run what follows as a formula.
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
        return QLatin1Char('\'') + cell;
    }
    return cell;
}

QString CsvExporter::unneutralise(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'') && neutralise(cell.mid(1)) != cell.mid(1)) {
        return cell.mid(1);
    }
    return cell;
}

QByteArray CsvExporter::toCsv(const Document &document, const QVector<Event> &events, bool header) const
{
    const QStringList cols = columns();
    QString out;
    if (header) {
        out += cols.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    const QString published = document.metadata().published.toString(Qt::ISODate);
    for (const Event &ev : events) {
        QHash<QString, QString> row;
        row.insert(QStringLiteral("event_id"), ev.id);
        row.insert(QStringLiteral("document"), QFileInfo(document.path()).fileName());
        row.insert(QStringLiteral("published"), published);
        row.insert(QStringLiteral("event_type"), ev.type);
        row.insert(QStringLiteral("cameo_code"), m_knowledge.cameoCode(ev.type, ev.status));
        row.insert(QStringLiteral("participants"), ev.participants.join(ListSeparator));
        for (int i = 0; i < 2; ++i) {
            const QString actor = ev.participants.value(i);
            QString code = ev.participantCodes.value(i);
            if (code.isEmpty()) {
                code = m_knowledge.actorCode(actor);
            }
            row.insert(QStringLiteral("actor%1").arg(i + 1), actor);
            row.insert(QStringLiteral("actor%1_code").arg(i + 1), code);
        }
        row.insert(QStringLiteral("date"), ev.date);
        row.insert(QStringLiteral("date_text"), ev.dateText);
        row.insert(QStringLiteral("date_precision"), ev.datePrecision());
        row.insert(QStringLiteral("location"), ev.location);
        row.insert(QStringLiteral("status"), ev.status);
        row.insert(QStringLiteral("topics"), ev.topics.join(ListSeparator));
        row.insert(QStringLiteral("source"), ev.source);
        row.insert(QStringLiteral("evidence"), ev.evidenceText);
        row.insert(QStringLiteral("evidence_start"), QString::number(document.toCodePoint(ev.evidenceStart)));
        row.insert(QStringLiteral("evidence_end"), QString::number(document.toCodePoint(ev.evidenceEnd)));
        row.insert(QStringLiteral("origin"), ev.origin);
        row.insert(QStringLiteral("corrected_fields"), ev.correctedFields.join(ListSeparator));
        row.insert(QStringLiteral("reviewed"), ev.reviewed ? QStringLiteral("true") : QStringLiteral("false"));
        row.insert(QStringLiteral("confidence"), QString::number(ev.confidence, 'f', 2));
        QStringList cells;
        for (const QString &col : cols) {
            cells.append(row.value(col));
        }
        out += csvRow(cells);
    }
    return out.toUtf8();
}

QString CsvExporter::csvRow(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells) {
        out.append(quoted(neutralise(withoutControlCharacters(cell))));
    }
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

Result<bool> CsvExporter::writeFile(const QString &path, const Document &document, const QVector<Event> &events) const
{
    return ExportWriter::writeBytes(path, toCsv(document, events), document.path());
}

Result<QVector<QStringList>> CsvExporter::parseRows(const QByteArray &bytes, const QString &name)
{
    const QString text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
    QVector<QStringList> rows;
    QStringList row;
    QString cell;
    bool inQuotes = false;
    bool cellQuoted = false;
    int line = 1;
    int rowLine = 1;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!cell.isEmpty()) {
                return Error{Error::Code::Malformed,
                             QStringLiteral("%1 line %2: quote inside an unquoted field").arg(name).arg(line)};
            }
            inQuotes = true;
            cellQuoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(cell);
            cell.clear();
            cellQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            cellQuoted = false;
            rowLine = ++line;
        } else {
            cell += c;
        }
    }
    if (inQuotes) {
        return Error{Error::Code::Malformed,
                     QStringLiteral("%1 line %2: quoted field never closed (truncated file?)").arg(name).arg(rowLine)};
    }
    if (!cell.isEmpty() || cellQuoted || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

Result<QVector<Event>> CsvExporter::readCsv(const QByteArray &bytes, const QString &name, const Document *document)
{
    auto parsed = parseRows(bytes, name);
    if (!parsed) {
        return parsed.error();
    }
    const QVector<QStringList> &rows = parsed.value();
    if (rows.isEmpty()) {
        return Error{Error::Code::Malformed, QStringLiteral("%1: empty file, no header row").arg(name)};
    }
    const QStringList header = rows.first();
    for (const char *required : {"event_id", "event_type", "participants", "date", "status", "evidence"}) {
        if (!header.contains(QLatin1String(required))) {
            return Error{Error::Code::Malformed,
                         QStringLiteral("%1 line 1: header lacks column \"%2\"").arg(name, QLatin1String(required))};
        }
    }
    QVector<Event> events;
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r);
        if (cells.size() == 1 && cells.first().isEmpty()) {
            continue;
        }
        if (cells.size() != header.size()) {
            return Error{Error::Code::Malformed,
                         QStringLiteral("%1 row %2: %3 fields, expected %4")
                             .arg(name)
                             .arg(r + 1)
                             .arg(cells.size())
                             .arg(header.size())};
        }
        auto get = [&](const char *col) {
            return unneutralise(cells.value(header.indexOf(QLatin1String(col))));
        };
        Event ev;
        ev.id = get("event_id");
        ev.type = get("event_type");
        ev.participants = splitList(get("participants"));
        ev.date = get("date");
        ev.dateText = get("date_text");
        ev.location = get("location");
        ev.status = get("status");
        ev.topics = splitList(get("topics"));
        ev.source = get("source");
        ev.evidenceText = get("evidence");
        const int start = get("evidence_start").toInt();
        const int end = get("evidence_end").toInt();
        ev.evidenceStart = document ? document->fromCodePoint(start) : start;
        ev.evidenceEnd = document ? document->fromCodePoint(end) : end;
        ev.origin = get("origin").isEmpty() ? QStringLiteral("extracted") : get("origin");
        ev.correctedFields = splitList(get("corrected_fields"));
        ev.reviewed = get("reviewed") == QLatin1String("true");
        ev.confidence = get("confidence").toDouble();
        const QString c1 = get("actor1_code");
        const QString c2 = get("actor2_code");
        for (int i = 0; i < ev.participants.size(); ++i) {
            ev.participantCodes.append(i == 0 ? c1 : (i == 1 ? c2 : QString()));
        }
        events.append(ev);
    }
    return events;
}

} // namespace Readout
