// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace Readout
{

/// One correction the analyst made: when, what (the Undo menu's name for it), on which entity or
/// event, which field, and the value before and after (as text). The sidecar keeps the log.
struct CorrectionLogEntry {
    QDateTime time; ///< UTC
    QString action; ///< "Change type of “Ankara”"
    QString target; ///< entity or event id
    QString field; ///< "type", "span", "date", ...; empty for additions and deletions
    QString before;
    QString after;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static CorrectionLogEntry fromJson(const QJsonObject &object);
    friend bool operator==(const CorrectionLogEntry &a, const CorrectionLogEntry &b);
};

using CorrectionLog = QVector<CorrectionLogEntry>;

} // namespace Readout
