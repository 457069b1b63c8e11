// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctionlog.h"

namespace Readout
{

QJsonObject CorrectionLogEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("action"), action);
    o.insert(QStringLiteral("target"), target);
    if (!field.isEmpty()) {
        o.insert(QStringLiteral("field"), field);
    }
    o.insert(QStringLiteral("before"), before);
    o.insert(QStringLiteral("after"), after);
    return o;
}

CorrectionLogEntry CorrectionLogEntry::fromJson(const QJsonObject &o)
{
    CorrectionLogEntry e;
    e.time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    e.action = o.value(QLatin1String("action")).toString();
    e.target = o.value(QLatin1String("target")).toString();
    e.field = o.value(QLatin1String("field")).toString();
    e.before = o.value(QLatin1String("before")).toString();
    e.after = o.value(QLatin1String("after")).toString();
    return e;
}

bool operator==(const CorrectionLogEntry &a, const CorrectionLogEntry &b)
{
    return a.time == b.time && a.action == b.action && a.target == b.target && a.field == b.field
        && a.before == b.before && a.after == b.after;
}

} // namespace Readout
