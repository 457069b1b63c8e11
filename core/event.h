// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Readout
{

/// Why one field of an event reads as it does: the rule that filled it and the words it matched.
/// Derived by the extractor; not saved (a reloaded or corrected event explains what it can).
struct EventReason {
    QString
        field; ///< as EventEdits::fieldName(): "type", "participants", "date", "status", "location", "topics", "source"
    QString rule; ///< a rule id of resources/rules ("talks-between") or a built-in step ("nearest-date")
    QString words; ///< the words it matched, as written

    friend bool operator==(const EventReason &a, const EventReason &b)
    {
        return a.field == b.field && a.rule == b.rule && a.words == b.words;
    }
};

/// One reported event (talks, meeting, summit, call, visit, negotiations, council).
/// Participants are canonical actor names ("United States", "NATO"); codes run parallel to them.
/// Evidence offsets are UTF-16 units into Document::text().
struct Event {
    QString id; ///< "E1", unique within a document
    QString type; ///< talks, negotiations, meeting, summit, council, call, visit
    QStringList participants;
    QStringList participantCodes; ///< ISO 3166-1 alpha-3 or organization code, same order as participants
    QString date; ///< TIMEX3 value: YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown
    QString dateText; ///< the date expression as written
    QString location;
    QString status; ///< held, scheduled, likely, planned, proposed, cancelled
    QStringList topics;
    QString source; ///< who said so
    int evidenceStart = 0;
    int evidenceEnd = 0;
    QString evidenceText;
    QStringList entityIds; ///< ids of the entities this event was built from
    double confidence = 0.0;
    QString origin = QStringLiteral("extracted"); ///< extracted, corrected, added
    QStringList correctedFields; ///< what the analyst changed: "type", "participants", "date", ...
    bool reviewed = false; ///< the analyst has checked this event
    /// Further evidence sentences, UTF-16 [start, end), kept when events are merged.
    QVector<QPair<int, int>> extraEvidence;
    /// Which rule filled each field (readout-cli extract --explain, the window's event details).
    QVector<EventReason> reasons;

    [[nodiscard]] bool isValid() const
    {
        return !type.isEmpty();
    }
    /// "day", "month", "year" or "" from the shape of date.
    [[nodiscard]] QString datePrecision() const;
    friend bool operator==(const Event &a, const Event &b);
};

} // namespace Readout

// Only Qt containers, ints, a double and bools: QList may move events with memcpy when it grows.
Q_DECLARE_TYPEINFO(Readout::Event, Q_RELOCATABLE_TYPE);
