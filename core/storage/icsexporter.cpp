// SPDX-License-Identifier: GPL-3.0-or-later
#include "icsexporter.h"

#include "../document.h"
#include "../knowledge/knowledgebase.h"
#include "controlcharacters.h"
#include "sidecar.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFileInfo>

namespace Readout
{

namespace
{

/// [first day, day after the last) of a YYYY-MM-DD, YYYY-MM or YYYY value; invalid when none.
QPair<QDate, QDate> dayRange(const QString &value)
{
    const QDate day = QDate::fromString(value, Qt::ISODate);
    if (value.size() == 10 && day.isValid()) {
        return {day, day.addDays(1)};
    }
    const QDate month = QDate::fromString(value + QLatin1String("-01"), Qt::ISODate);
    if (value.size() == 7 && month.isValid()) {
        return {month, month.addMonths(1)};
    }
    const QDate year = QDate::fromString(value + QLatin1String("-01-01"), Qt::ISODate);
    if (value.size() == 4 && year.isValid()) {
        return {year, year.addYears(1)};
    }
    return {};
}

QString icsDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

} // namespace

IcsExporter::IcsExporter(const KnowledgeBase &knowledge)
    : m_knowledge(knowledge)
{
}

QString IcsExporter::uid(const Document &document, const Event &event)
{
    const QByteArray key = (Sidecar::hashOf(document.text()) + QLatin1Char('|') + event.id).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32))
        + QStringLiteral("@readout");
}

QString IcsExporter::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : withoutControlCharacters(text)) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else if (c != QLatin1Char('\r')) {
            out += c;
        }
    }
    return out;
}

QByteArray IcsExporter::folded(const QString &line)
{
    // Break before 75 octets, never inside a UTF-8 sequence; continuation lines start with a space.
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int lineOctets = 0;
    for (int i = 0; i < utf8.size();) {
        int length = 1;
        const auto lead = static_cast<unsigned char>(utf8.at(i));
        if (lead >= 0xF0) {
            length = 4;
        } else if (lead >= 0xE0) {
            length = 3;
        } else if (lead >= 0xC0) {
            length = 2;
        }
        if (lineOctets + length > 75) {
            out += "\r\n ";
            lineOctets = 1;
        }
        out += utf8.mid(i, length);
        lineOctets += length;
        i += length;
    }
    return out + "\r\n";
}

QByteArray IcsExporter::toIcs(const Document &document, const QVector<Event> &events, const QDateTime &stamp) const
{
    return toIcs(QVector<Article>{{&document, &events}}, stamp);
}

QByteArray IcsExporter::toIcs(const QVector<Article> &articles, const QDateTime &stamp) const
{
    const QString dtstamp = (stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc())
                                .toUTC()
                                .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QByteArray out;
    const auto line = [&out](const QString &text) {
        out += folded(text);
    };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Readout//Readout %1//EN").arg(QStringLiteral(READOUT_VERSION)));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    for (const Article &article : articles) {
        const Document &document = *article.document;
        const QString file = QFileInfo(document.path()).fileName();
        for (const Event &ev : *article.events) {
            const auto [first, after] = dayRange(ev.date);
            if (!first.isValid()) {
                continue;
            }
            QString type = ev.type;
            if (!type.isEmpty()) {
                type[0] = type.at(0).toUpper();
            }
            const QString summary = ev.participants.isEmpty()
                ? type
                : QStringLiteral("%1: %2").arg(type, ev.participants.join(QLatin1String(", ")));
            QStringList description{ev.evidenceText.simplified()};
            description
                << QStringLiteral("Status: %1 (date %2, %3 precision)").arg(ev.status, ev.date, ev.datePrecision());
            if (!ev.topics.isEmpty()) {
                description << QStringLiteral("Topics: ") + ev.topics.join(QLatin1String("; "));
            }
            if (!ev.source.isEmpty()) {
                description << QStringLiteral("Source: ") + ev.source;
            }
            description << QStringLiteral("Readout %1 in %2 (%3)").arg(ev.id, file, ev.origin);

            line(QStringLiteral("BEGIN:VEVENT"));
            line(QStringLiteral("UID:") + uid(document, ev));
            line(QStringLiteral("DTSTAMP:") + dtstamp);
            line(QStringLiteral("DTSTART;VALUE=DATE:") + icsDate(first));
            line(QStringLiteral("DTEND;VALUE=DATE:") + icsDate(after));
            line(QStringLiteral("SUMMARY:") + escaped(summary));
            line(QStringLiteral("DESCRIPTION:") + escaped(description.join(QLatin1Char('\n'))));
            if (!ev.location.isEmpty()) {
                line(QStringLiteral("LOCATION:") + escaped(ev.location));
            }
            const QString status = m_knowledge.icsStatus(ev.status);
            if (!status.isEmpty()) {
                line(QStringLiteral("STATUS:") + status);
            }
            line(QStringLiteral("CATEGORIES:") + escaped(ev.type));
            line(QStringLiteral("TRANSP:TRANSPARENT"));
            line(QStringLiteral("X-READOUT-STATUS:") + escaped(ev.status));
            line(QStringLiteral("END:VEVENT"));
        }
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace Readout
