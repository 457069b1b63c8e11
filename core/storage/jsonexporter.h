// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../entity.h"
#include "../event.h"

#include <QJsonObject>
#include <QVector>

namespace Readout
{

class Document;

/// The JSON of product.md §5: document, entities, events, with code-point offsets.
class JsonExporter
{
public:
    [[nodiscard]] static QJsonObject
    toJson(const Document &document, const QVector<Entity> &entities, const QVector<Event> &events);
    /// One event as toJson() lists it (also used by the comparison's pairs).
    [[nodiscard]] static QJsonObject eventToJson(const Document &document, const Event &event);
};

} // namespace Readout
