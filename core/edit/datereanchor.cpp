// SPDX-License-Identifier: GPL-3.0-or-later
#include "datereanchor.h"

#include "../document.h"
#include "../knowledge/knowledgebase.h"
#include "../pipeline.h"

namespace Readout
{

DateReanchoring DateReanchor::compute(const Document &document,
                                      const QDate &published,
                                      const QVector<Entity> &entities,
                                      const QVector<Event> &events,
                                      const KnowledgeBase &knowledge)
{
    Document anchored = document;
    anchored.setPublished(published);
    // The pipeline's date stages need the whole text (tense, earlier dates); shared_ptr without
    // ownership, since the caller's knowledge outlives this call.
    const Pipeline pipeline(std::shared_ptr<const KnowledgeBase>(&knowledge, [](const KnowledgeBase *) {}));
    const Extraction fresh = pipeline.run(anchored);
    QHash<QPair<int, int>, QString> valueAt;
    for (const Entity &e : fresh.entities) {
        if (e.type == EntityType::Date) {
            valueAt.insert({e.start, e.end}, e.value);
        }
    }
    DateReanchoring out;
    QHash<QString, QString> oldValue;
    for (const Entity &e : entities) {
        if (e.type != EntityType::Date || e.correctedFields.contains(QLatin1String("value"))) {
            continue;
        }
        const auto it = valueAt.constFind({e.start, e.end});
        if (it != valueAt.cend() && it.value() != e.value) {
            out.entityValues.insert(e.id, it.value());
            oldValue.insert(e.id, e.value);
        }
    }
    for (const Event &ev : events) {
        if (ev.correctedFields.contains(QLatin1String("date")) || ev.date.isEmpty()) {
            continue;
        }
        for (const QString &id : ev.entityIds) {
            if (oldValue.contains(id) && oldValue.value(id) == ev.date) {
                out.eventDates.insert(ev.id, out.entityValues.value(id));
                break;
            }
        }
    }
    return out;
}

} // namespace Readout
