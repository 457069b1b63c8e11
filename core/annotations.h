// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "entity.h"
#include "event.h"

#include <QObject>
#include <QVector>

#include <memory>

namespace Readout
{

class AnnotationsPrivate;

/// One article's document, entity spans and events: the model every view of that article reads.
/// Owns its data; views hold a pointer and listen to the signals. Entities are kept sorted by start.
class Annotations : public QObject
{
    Q_OBJECT
public:
    explicit Annotations(QObject *parent = nullptr);
    ~Annotations() override;
    Q_DISABLE_COPY(Annotations)

    /// Replaces everything at once (after loading or extracting); emits reset().
    void reset(const Document &document, QVector<Entity> entities, QVector<Event> events);

    [[nodiscard]] const Document &document() const;
    [[nodiscard]] const QVector<Entity> &entities() const;
    [[nodiscard]] const QVector<Event> &events() const;

    [[nodiscard]] const Entity *entity(const QString &id) const;
    [[nodiscard]] int eventIndex(const QString &id) const;
    /// Entities overlapping [start, end), in text order. O(log n + k).
    [[nodiscard]] QVector<const Entity *> entitiesIn(int start, int end) const;
    /// The innermost entity at a UTF-16 position, or nullptr.
    [[nodiscard]] const Entity *entityAt(int position) const;
    /// Ids of events built from this entity or whose evidence holds it.
    [[nodiscard]] QStringList eventsUsing(const QString &entityId) const;

Q_SIGNALS:
    void resetDone();

private:
    std::unique_ptr<AnnotationsPrivate> d;
};

} // namespace Readout
