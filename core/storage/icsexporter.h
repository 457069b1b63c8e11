// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../event.h"

#include <QByteArray>
#include <QDateTime>
#include <QVector>

namespace Readout
{

class Document;
class KnowledgeBase;

/// Writes iCalendar (RFC 5545): one all-day VEVENT per event with a date (a day, or the whole
/// month or year the date names), UID stable across exports (from the article text and the event
/// id), SUMMARY from type and participants, DESCRIPTION with the evidence, STATUS mapped from ours
/// by rules/statuses.tsv. Lines are folded at 75 octets and end in CRLF.
class IcsExporter
{
public:
    explicit IcsExporter(const KnowledgeBase &knowledge);

    /// stamp: the DTSTAMP (now when invalid).
    [[nodiscard]] QByteArray
    toIcs(const Document &document, const QVector<Event> &events, const QDateTime &stamp = {}) const;
    /// The events of many articles in one calendar (a corpus export).
    struct Article {
        const Document *document = nullptr;
        const QVector<Event> *events = nullptr;
    };
    [[nodiscard]] QByteArray toIcs(const QVector<Article> &articles, const QDateTime &stamp = {}) const;
    [[nodiscard]] static QString uid(const Document &document, const Event &event);
    /// TEXT value escaping: backslash, semicolon, comma, newline; carriage returns dropped, other
    /// control characters replaced (withoutControlCharacters()).
    [[nodiscard]] static QString escaped(const QString &text);
    /// Folds one content line (without its CRLF) into lines of at most 75 octets.
    [[nodiscard]] static QByteArray folded(const QString &line);

private:
    const KnowledgeBase &m_knowledge;
};

} // namespace Readout
