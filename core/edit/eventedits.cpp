// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventedits.h"

#include "../knowledge/knowledgebase.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

namespace Readout
{

namespace
{

const QString ListSeparator = QStringLiteral("; ");
const EventField CorrectableFields[] = {EventField::Type,
                                        EventField::Participants,
                                        EventField::Date,
                                        EventField::Location,
                                        EventField::Status,
                                        EventField::Topics,
                                        EventField::Source};

QStringList unionOf(QStringList list, const QStringList &more)
{
    QSet<QString> seen;
    for (const QString &s : std::as_const(list)) {
        seen.insert(s.toLower());
    }
    for (const QString &s : more) {
        if (!seen.contains(s.toLower())) {
            seen.insert(s.toLower());
            list.append(s);
        }
    }
    return list;
}

QStringList codesFor(const QStringList &participants, const Event &old, const KnowledgeBase *knowledge)
{
    QStringList codes;
    for (const QString &p : participants) {
        QString code = knowledge ? knowledge->actorCode(p) : QString();
        const int was = int(old.participants.indexOf(p));
        if (code.isEmpty() && was >= 0) {
            code = old.participantCodes.value(was);
        }
        codes.append(code);
    }
    return codes;
}

} // namespace

QString EventEdits::fieldName(EventField field)
{
    switch (field) {
    case EventField::Type:
        return QStringLiteral("type");
    case EventField::Participants:
        return QStringLiteral("participants");
    case EventField::Date:
        return QStringLiteral("date");
    case EventField::Location:
        return QStringLiteral("location");
    case EventField::Status:
        return QStringLiteral("status");
    case EventField::Topics:
        return QStringLiteral("topics");
    case EventField::Source:
        return QStringLiteral("source");
    case EventField::Reviewed:
        return QStringLiteral("reviewed");
    }
    return {};
}

QString EventEdits::fieldValue(const Event &event, EventField field)
{
    switch (field) {
    case EventField::Type:
        return event.type;
    case EventField::Participants:
        return event.participants.join(ListSeparator);
    case EventField::Date:
        return event.date;
    case EventField::Location:
        return event.location;
    case EventField::Status:
        return event.status;
    case EventField::Topics:
        return event.topics.join(ListSeparator);
    case EventField::Source:
        return event.source;
    case EventField::Reviewed:
        return event.reviewed ? QStringLiteral("yes") : QStringLiteral("no");
    }
    return {};
}

bool EventEdits::isDateValue(const QString &value)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    if (value.isEmpty()) {
        return true;
    }
    const QRegularExpressionMatch m = shape.match(value);
    if (!m.hasMatch()) {
        return false;
    }
    const int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    return QDate(m.captured(1).toInt(), month, day).isValid();
}

QString EventEdits::dateProblem(const QString &value)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    if (isDateValue(value)) {
        return {};
    }
    const QRegularExpressionMatch m = shape.match(value);
    if (!m.hasMatch()) {
        return QObject::tr("“%1” is not complete: type a day (2024-03-12), a month (2024-03) or a year (2024)")
            .arg(value);
    }
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12) {
        return QObject::tr("“%1” is not a date: there is no month %2").arg(value, m.captured(2));
    }
    return QObject::tr("“%1” is not a date: %2 has %3 days")
        .arg(value, QDate(year, month, 1).toString(QStringLiteral("yyyy-MM")))
        .arg(QDate(year, month, 1).daysInMonth());
}

QStringList EventEdits::toList(const QVariant &value)
{
    const QStringList raw = value.userType() == QMetaType::QStringList
        ? value.toStringList()
        : value.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QStringList out;
    for (const QString &item : raw) {
        const QString t = item.simplified();
        if (!t.isEmpty() && !out.contains(t)) {
            out.append(t);
        }
    }
    return out;
}

QStringList EventEdits::givenFields(const Event &event)
{
    QStringList fields;
    for (const EventField field : CorrectableFields) {
        if (!fieldValue(event, field).isEmpty()) {
            fields.append(fieldName(field));
        }
    }
    return fields;
}

void EventEdits::markCorrected(Event &event, const QString &field)
{
    // An added event stays added; what the analyst changes later joins the fields they set.
    if (event.origin != QLatin1String("added")) {
        event.origin = QStringLiteral("corrected");
    }
    if (!event.correctedFields.contains(field)) {
        event.correctedFields.append(field);
    }
}

Event EventEdits::withField(const Event &event,
                            EventField field,
                            const QVariant &value,
                            const KnowledgeBase *knowledge,
                            bool *ok)
{
    Event out = event;
    bool valid = true;
    switch (field) {
    case EventField::Type:
        out.type = value.toString().simplified().toLower();
        valid = !out.type.isEmpty();
        break;
    case EventField::Participants:
        out.participants = toList(value);
        out.participantCodes = codesFor(out.participants, event, knowledge);
        break;
    case EventField::Date:
        out.date = value.toString().trimmed();
        valid = isDateValue(out.date);
        break;
    case EventField::Location:
        out.location = value.toString().simplified();
        break;
    case EventField::Status:
        out.status = value.toString().simplified().toLower();
        valid = !out.status.isEmpty();
        break;
    case EventField::Topics:
        out.topics = toList(value);
        break;
    case EventField::Source:
        out.source = value.toString().simplified();
        break;
    case EventField::Reviewed:
        out.reviewed = value.userType() == QMetaType::Int ? value.toInt() == Qt::Checked : value.toBool();
        break;
    }
    if (ok) {
        *ok = valid;
    }
    if (!valid) {
        return event;
    }
    if (field != EventField::Reviewed && fieldValue(out, field) != fieldValue(event, field)) {
        markCorrected(out, fieldName(field));
    }
    return out;
}

Event EventEdits::merged(const Event &into, const Event &from)
{
    Event out = into;
    for (int i = 0; i < from.participants.size(); ++i) {
        if (!out.participants.contains(from.participants.at(i))) {
            out.participants.append(from.participants.at(i));
            out.participantCodes.append(from.participantCodes.value(i));
        }
    }
    while (out.participantCodes.size() < out.participants.size()) {
        out.participantCodes.append(QString());
    }
    out.topics = unionOf(out.topics, from.topics);
    if (out.date.isEmpty()) {
        out.date = from.date;
        out.dateText = from.dateText;
    }
    if (out.location.isEmpty()) {
        out.location = from.location;
    }
    if (out.status.isEmpty()) {
        out.status = from.status;
    }
    if (out.source.isEmpty()) {
        out.source = from.source;
    }
    out.entityIds = unionOf(out.entityIds, from.entityIds);
    // Both events' evidence stays: from's sentences follow into's.
    const QPair<int, int> fromEvidence(from.evidenceStart, from.evidenceEnd);
    if (fromEvidence != qMakePair(out.evidenceStart, out.evidenceEnd) && !out.extraEvidence.contains(fromEvidence)) {
        out.extraEvidence.append(fromEvidence);
    }
    for (const auto &span : from.extraEvidence) {
        if (!out.extraEvidence.contains(span)) {
            out.extraEvidence.append(span);
        }
    }
    out.confidence = std::max(into.confidence, from.confidence);
    out.reviewed = into.reviewed && from.reviewed;
    for (const EventField field : CorrectableFields) {
        if (fieldValue(out, field) != fieldValue(into, field)) {
            markCorrected(out, fieldName(field));
        }
    }
    if (out.extraEvidence != into.extraEvidence) {
        markCorrected(out, QStringLiteral("evidence"));
    }
    return out;
}

std::pair<Event, Event>
EventEdits::split(const Event &event, const QStringList &movedParticipants, const QString &newId)
{
    Event kept = event;
    Event part = event;
    part.id = newId;
    part.origin = QStringLiteral("added");
    // The analyst chose who moved to the new event; the rest is copied.
    part.correctedFields = {fieldName(EventField::Participants)};
    part.reviewed = false;
    QStringList moved;
    for (const QString &p : movedParticipants) {
        if (event.participants.contains(p) && !moved.contains(p)) {
            moved.append(p);
        }
    }
    if (!moved.isEmpty() && moved.size() < event.participants.size()) {
        kept.participants.clear();
        kept.participantCodes.clear();
        part.participants.clear();
        part.participantCodes.clear();
        for (int i = 0; i < event.participants.size(); ++i) {
            Event &target = moved.contains(event.participants.at(i)) ? part : kept;
            target.participants.append(event.participants.at(i));
            target.participantCodes.append(event.participantCodes.value(i));
        }
        markCorrected(kept, fieldName(EventField::Participants));
    }
    return {kept, part};
}

} // namespace Readout
