// SPDX-License-Identifier: GPL-3.0-or-later
// KnowledgeLoader's steps for the event tables: types, statuses, CAMEO codes and CSV columns
// (rules/*.tsv). Each is checked against the others at load, so a user's added type or status
// cannot reach an export without a CAMEO code or an iCalendar STATUS.
#include "knowledgebase_p.h"

#include "datafiles.h"

#include <QRegularExpression>

namespace Readout
{

namespace
{

using Row = DataFiles::TsvRow;

const QString TypesFile = QStringLiteral("rules/event_types.tsv");
const QString StatusesFile = QStringLiteral("rules/statuses.tsv");
const QString CameoFile = QStringLiteral("rules/cameo.tsv");

Error malformed(const QString &file, int line, const QString &what)
{
    return Error{Error::Code::Malformed, QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(what)};
}

/// A name the editor can give back as written: the table editor lower-cases types and statuses.
std::optional<Error> checkName(const QString &file, const Row &row, const QString &column, QHash<QString, int> *seen)
{
    const QString name = row.value(column);
    if (name != name.simplified().toLower()) {
        return malformed(file,
                         row.line,
                         QStringLiteral("%1 \"%2\" must be lower case, single-spaced").arg(column, name));
    }
    if (seen->contains(name)) {
        return malformed(
            file,
            row.line,
            QStringLiteral("%1 \"%2\" listed twice (first on line %3)").arg(column, name).arg(seen->value(name)));
    }
    seen->insert(name, row.line);
    return std::nullopt;
}

} // namespace

std::optional<Error> KnowledgeLoader::readEventTables()
{
    for (auto step : {&KnowledgeLoader::readEventTypes, &KnowledgeLoader::readStatuses, &KnowledgeLoader::readCameo}) {
        if (auto bad = (this->*step)()) {
            return bad;
        }
    }
    auto csvColumns = DataFiles::readTsv(m_overrideDir,
                                         QStringLiteral("rules/csv_columns.tsv"),
                                         {QStringLiteral("column")},
                                         &d.sources);
    if (!csvColumns) {
        return csvColumns.error();
    }
    for (const Row &row : csvColumns.value()) {
        d.csvColumns.append(row.value(QStringLiteral("column")));
    }
    return std::nullopt;
}

std::optional<Error> KnowledgeLoader::readEventTypes()
{
    auto types = DataFiles::readStrictTsv(m_overrideDir,
                                          TypesFile,
                                          {QStringLiteral("type"), QStringLiteral("label")},
                                          {QStringLiteral("description")},
                                          &d.sources);
    if (!types) {
        return types.error();
    }
    QHash<QString, int> seen;
    for (const Row &row : types.value()) {
        if (auto bad = checkName(TypesFile, row, QStringLiteral("type"), &seen)) {
            return bad;
        }
        EventTypeInfo info;
        info.type = row.value(QStringLiteral("type"));
        info.label = row.value(QStringLiteral("label"));
        info.description = row.value(QStringLiteral("description"));
        if (info.label.isEmpty()) {
            return malformed(TypesFile, row.line, QStringLiteral("type \"%1\" has no label").arg(info.type));
        }
        d.eventTypes.append(info.type);
        d.eventTypeInfos.append(info);
    }
    if (d.eventTypes.isEmpty()) {
        return Error{Error::Code::Malformed, QStringLiteral("%1: no event type").arg(TypesFile)};
    }
    return std::nullopt;
}

std::optional<Error> KnowledgeLoader::readStatuses()
{
    auto statuses = DataFiles::readStrictTsv(m_overrideDir,
                                             StatusesFile,
                                             {QStringLiteral("status"), QStringLiteral("ics_status")},
                                             {QStringLiteral("meaning")},
                                             &d.sources);
    if (!statuses) {
        return statuses.error();
    }
    // RFC 5545 section 3.8.1.11: the statuses a VEVENT can have.
    static const QStringList icsStatuses = {QStringLiteral("CONFIRMED"),
                                            QStringLiteral("TENTATIVE"),
                                            QStringLiteral("CANCELLED")};
    QHash<QString, int> seen;
    for (const Row &row : statuses.value()) {
        if (auto bad = checkName(StatusesFile, row, QStringLiteral("status"), &seen)) {
            return bad;
        }
        const QString ics = row.value(QStringLiteral("ics_status"));
        if (!icsStatuses.contains(ics)) {
            return malformed(
                StatusesFile,
                row.line,
                QStringLiteral("ics_status \"%1\" is none of %2").arg(ics, icsStatuses.join(QLatin1String(", "))));
        }
        d.statuses.append(row.value(QStringLiteral("status")));
        d.icsStatuses.insert(row.value(QStringLiteral("status")), ics);
    }
    return std::nullopt;
}

std::optional<Error> KnowledgeLoader::readCameo()
{
    auto cameo = DataFiles::readStrictTsv(m_overrideDir,
                                          CameoFile,
                                          {QStringLiteral("type"), QStringLiteral("status"), QStringLiteral("code")},
                                          {},
                                          &d.sources);
    if (!cameo) {
        return cameo.error();
    }
    static const QRegularExpression code(QStringLiteral("^[0-9]{2,4}$"));
    const QString any = QStringLiteral("*");
    for (const Row &row : cameo.value()) {
        const QString type = row.value(QStringLiteral("type"));
        const QString status = row.value(QStringLiteral("status"));
        if (type != any && !d.eventTypes.contains(type)) {
            return malformed(CameoFile, row.line, QStringLiteral("type \"%1\" is not in %2").arg(type, TypesFile));
        }
        if (status != any && !d.statuses.contains(status)) {
            return malformed(CameoFile,
                             row.line,
                             QStringLiteral("status \"%1\" is not in %2").arg(status, StatusesFile));
        }
        if (!code.match(row.value(QStringLiteral("code"))).hasMatch()) {
            return malformed(CameoFile,
                             row.line,
                             QStringLiteral("code \"%1\" is no CAMEO code (two to four digits)")
                                 .arg(row.value(QStringLiteral("code"))));
        }
        d.cameo.insert(type + QLatin1Char('|') + status, row.value(QStringLiteral("code")));
    }
    // Every type with every status exports a code: an exact row, "type *" or "* status".
    for (const QString &type : std::as_const(d.eventTypes)) {
        for (const QString &status : std::as_const(d.statuses)) {
            if (!d.cameo.contains(type + QLatin1Char('|') + status) && !d.cameo.contains(type + QLatin1String("|*"))
                && !d.cameo.contains(QLatin1String("*|") + status)) {
                return Error{Error::Code::Malformed,
                             QStringLiteral("%1: no CAMEO code for type \"%2\" with status \"%3\": add a row "
                                            "\"%2\\t%3\\tCODE\" (or \"%2\\t*\\tCODE\")")
                                 .arg(CameoFile, type, status)};
            }
        }
    }
    return std::nullopt;
}

} // namespace Readout
