// SPDX-License-Identifier: GPL-3.0-or-later
#include "event.h"

namespace Readout
{

QString Event::datePrecision() const
{
    switch (date.size()) {
    case 10:
        return QStringLiteral("day");
    case 7:
        return QStringLiteral("month");
    case 4:
        return QStringLiteral("year");
    default:
        return {};
    }
}

bool operator==(const Event &a, const Event &b)
{
    return a.id == b.id && a.type == b.type && a.participants == b.participants
        && a.participantCodes == b.participantCodes && a.date == b.date && a.dateText == b.dateText
        && a.location == b.location && a.status == b.status && a.topics == b.topics && a.source == b.source
        && a.evidenceStart == b.evidenceStart && a.evidenceEnd == b.evidenceEnd && a.evidenceText == b.evidenceText
        && a.entityIds == b.entityIds && qFuzzyCompare(1.0 + a.confidence, 1.0 + b.confidence) && a.origin == b.origin
        && a.correctedFields == b.correctedFields && a.reviewed == b.reviewed && a.extraEvidence == b.extraEvidence;
}

} // namespace Readout
