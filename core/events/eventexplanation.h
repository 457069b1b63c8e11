// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../event.h"

#include <QJsonArray>

namespace Readout
{

/// Why an event reads as it does, from its reasons: one line per field in a fixed order (type, sides,
/// date, status, place, topics, source), "Sides from rule talks-between: “between Armenia and
/// Azerbaijan”". The same words in readout-cli extract --explain and in the window.
class EventExplanation
{
public:
    /// One line per reason, fields in order; a field no rule filled says so when the event has it.
    [[nodiscard]] static QStringList lines(const Event &event);
    /// The lines, joined, under a heading naming the event.
    [[nodiscard]] static QString text(const Event &event);
    /// The reasons as JSON objects {field, rule, words}.
    [[nodiscard]] static QJsonArray json(const Event &event);
    /// The lines about one field ("participants", "date", ...), as lines() gives them.
    [[nodiscard]] static QStringList lines(const Event &event, const QString &field);
    /// The fields in the order they are explained.
    [[nodiscard]] static QStringList fields();
};

} // namespace Readout
