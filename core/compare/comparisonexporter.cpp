// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonexporter.h"

#include "../storage/csvexporter.h"
#include "../storage/jsonexporter.h"
#include "../storage/outputfile.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

namespace Readout
{

namespace
{

const QString ListSeparator = QStringLiteral("; ");

QJsonValue paragraphIndex(int i)
{
    return i >= 0 ? QJsonValue(i) : QJsonValue(QJsonValue::Null);
}

void eventCells(QHash<QString, QString> *row, const QString &prefix, const Event *event)
{
    if (!event) {
        return;
    }
    row->insert(prefix + QStringLiteral("event_id"), event->id);
    row->insert(prefix + QStringLiteral("type"), event->type);
    row->insert(prefix + QStringLiteral("participants"), event->participants.join(ListSeparator));
    row->insert(prefix + QStringLiteral("date"), event->date);
    row->insert(prefix + QStringLiteral("date_text"), event->dateText);
    row->insert(prefix + QStringLiteral("location"), event->location);
    row->insert(prefix + QStringLiteral("status"), event->status);
    row->insert(prefix + QStringLiteral("evidence"), event->evidenceText);
}

} // namespace

QJsonObject ComparisonExporter::toJson(const CompareSide &a,
                                       const CompareSide &b,
                                       const Comparison &comparison,
                                       const CompareRules &rules)
{
    QJsonArray alignment;
    for (const AlignedParagraphs &row : comparison.alignment) {
        alignment.append(QJsonArray{paragraphIndex(row.a), paragraphIndex(row.b)});
    }
    QJsonArray pairs;
    for (const EventPair &pair : comparison.pairs) {
        QJsonObject o;
        o.insert(QStringLiteral("a"),
                 pair.a >= 0 ? QJsonValue(JsonExporter::eventToJson(a.document, a.events.at(pair.a)))
                             : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("b"),
                 pair.b >= 0 ? QJsonValue(JsonExporter::eventToJson(b.document, b.events.at(pair.b)))
                             : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("flags"), QJsonArray::fromStringList(pair.flags));
        o.insert(QStringLiteral("score"), pair.score);
        o.insert(QStringLiteral("explanation"), pair.explanation);
        pairs.append(o);
    }
    QJsonObject summary;
    summary.insert(QStringLiteral("events"), int(comparison.pairs.size()));
    for (const CompareFlagInfo &flag : rules.flags) {
        summary.insert(flag.id, comparison.count(flag.id));
    }
    int aligned = 0;
    for (const AlignedParagraphs &row : comparison.alignment) {
        aligned += row.isMatch() ? 1 : 0;
    }
    summary.insert(QStringLiteral("paragraphs_a"), int(comparison.paragraphsA.size()));
    summary.insert(QStringLiteral("paragraphs_b"), int(comparison.paragraphsB.size()));
    summary.insert(QStringLiteral("paragraphs_aligned"), aligned);
    summary.insert(QStringLiteral("text"), comparison.summaryText(rules));

    QJsonObject root;
    root.insert(QStringLiteral("a"), JsonExporter::toJson(a.document, a.entities, a.events));
    root.insert(QStringLiteral("b"), JsonExporter::toJson(b.document, b.entities, b.events));
    root.insert(QStringLiteral("paragraph_alignment"), alignment);
    root.insert(QStringLiteral("pairs"), pairs);
    root.insert(QStringLiteral("summary"), summary);
    return root;
}

QByteArray ComparisonExporter::toCsv(const CompareSide &a,
                                     const CompareSide &b,
                                     const Comparison &comparison,
                                     const CompareRules &rules)
{
    QString out = rules.csvColumns.join(QLatin1Char(',')) + QLatin1String("\r\n");
    const QString nameA = QFileInfo(a.document.path()).fileName();
    const QString nameB = QFileInfo(b.document.path()).fileName();
    int number = 0;
    for (const EventPair &pair : comparison.pairs) {
        QHash<QString, QString> row;
        row.insert(QStringLiteral("pair"), QString::number(++number));
        row.insert(QStringLiteral("flags"), pair.flags.join(ListSeparator));
        row.insert(QStringLiteral("score"), QString::number(pair.score, 'f', 3));
        row.insert(QStringLiteral("explanation"), pair.explanation);
        eventCells(&row, QStringLiteral("a_"), pair.a >= 0 ? &a.events.at(pair.a) : nullptr);
        eventCells(&row, QStringLiteral("b_"), pair.b >= 0 ? &b.events.at(pair.b) : nullptr);
        row.insert(QStringLiteral("a_document"), nameA);
        row.insert(QStringLiteral("b_document"), nameB);
        QStringList cells;
        for (const QString &column : rules.csvColumns) {
            cells.append(row.value(column));
        }
        out += CsvExporter::csvRow(cells);
    }
    return out.toUtf8();
}

Result<bool>
ComparisonExporter::writeFile(const QString &path, const QByteArray &bytes, const CompareSide &a, const CompareSide &b)
{
    return OutputFile::write(path, bytes, {a.document.path(), b.document.path()});
}

} // namespace Readout
