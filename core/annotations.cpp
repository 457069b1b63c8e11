// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations.h"

#include <algorithm>

namespace Readout
{

class AnnotationsPrivate
{
public:
    Document document;
    QVector<Entity> entities; // sorted by start, then longer first
    QVector<Event> events;
    int maxEntityLength = 0;
};

Annotations::Annotations(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<AnnotationsPrivate>())
{
}

Annotations::~Annotations() = default;

void Annotations::reset(const Document &document, QVector<Entity> entities, QVector<Event> events)
{
    std::stable_sort(entities.begin(), entities.end(), [](const Entity &a, const Entity &b) {
        return a.start < b.start || (a.start == b.start && a.end > b.end);
    });
    d->document = document;
    d->entities = std::move(entities);
    d->events = std::move(events);
    d->maxEntityLength = 0;
    for (const Entity &e : std::as_const(d->entities)) {
        d->maxEntityLength = std::max(d->maxEntityLength, e.end - e.start);
    }
    Q_EMIT resetDone();
}

const Document &Annotations::document() const
{
    return d->document;
}

const QVector<Entity> &Annotations::entities() const
{
    return d->entities;
}

const QVector<Event> &Annotations::events() const
{
    return d->events;
}

const Entity *Annotations::entity(const QString &id) const
{
    for (const Entity &e : d->entities) {
        if (e.id == id) {
            return &e;
        }
    }
    return nullptr;
}

int Annotations::eventIndex(const QString &id) const
{
    for (int i = 0; i < d->events.size(); ++i) {
        if (d->events.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

QVector<const Entity *> Annotations::entitiesIn(int start, int end) const
{
    QVector<const Entity *> result;
    // Entities are sorted by start; any entity overlapping [start, end) starts after start - maxLength.
    const int from = start - d->maxEntityLength;
    auto it = std::lower_bound(d->entities.cbegin(), d->entities.cend(), from, [](const Entity &e, int pos) {
        return e.start < pos;
    });
    for (; it != d->entities.cend() && it->start < end; ++it) {
        if (it->end > start) {
            result.append(&*it);
        }
    }
    return result;
}

const Entity *Annotations::entityAt(int position) const
{
    const Entity *best = nullptr;
    for (const Entity *e : entitiesIn(position, position + 1)) {
        if (!best || (e->end - e->start) < (best->end - best->start)) {
            best = e;
        }
    }
    return best;
}

QStringList Annotations::eventsUsing(const QString &entityId) const
{
    QStringList ids;
    const Entity *e = entity(entityId);
    for (const Event &ev : d->events) {
        const bool linked = ev.entityIds.contains(entityId);
        const bool inEvidence = e && e->start >= ev.evidenceStart && e->end <= ev.evidenceEnd;
        if (linked || inEvidence) {
            ids.append(ev.id);
        }
    }
    return ids;
}

} // namespace Readout
