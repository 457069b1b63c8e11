// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsteps.h"

#include "../annotations.h"
#include "documentcommand.h"
#include "entitycommand.h"
#include "entityedits.h"
#include "eventcommand.h"

#include <QCoreApplication>

namespace Readout
{

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("Readout::EventSteps", text);
}

/// Ids of the events in order, to know each one's predecessor as earlier steps remove events.
QStringList eventIds(const Annotations *annotations)
{
    QStringList ids;
    for (const Event &e : annotations->events()) {
        ids.append(e.id);
    }
    return ids;
}

} // namespace

QUndoCommand *EventSteps::removal(Annotations *annotations, const QStringList &ids)
{
    QStringList order = eventIds(annotations);
    QStringList doomed;
    for (const QString &id : ids) {
        if (order.contains(id) && !doomed.contains(id)) {
            doomed.append(id);
        }
    }
    if (doomed.isEmpty()) {
        return nullptr;
    }
    auto *parent = new QUndoCommand(doomed.size() == 1 ? tr("Delete event %1").arg(doomed.first())
                                                       : tr("Delete events %1").arg(doomed.join(QLatin1String(", "))));
    for (const QString &id : std::as_const(doomed)) {
        // The predecessor at the moment this child runs: earlier children have removed theirs.
        const int index = int(order.indexOf(id));
        const QString previous = index > 0 ? order.at(index - 1) : QString();
        order.removeAt(index);
        new EventCommand(annotations,
                         *annotations->event(id),
                         std::nullopt,
                         previous,
                         tr("Delete event %1").arg(id),
                         std::nullopt,
                         parent);
    }
    return parent;
}

QUndoCommand *EventSteps::merge(Annotations *annotations, const QString &into, const QString &from)
{
    const Event *target = annotations->event(into);
    const Event *source = annotations->event(from);
    if (!target || !source || into == from) {
        return nullptr;
    }
    auto *parent = new QUndoCommand(tr("Merge %1 into %2").arg(from, into));
    new EventCommand(annotations,
                     *target,
                     EventEdits::merged(*target, *source),
                     QString(),
                     tr("Combine %1 with %2").arg(into, from),
                     std::nullopt,
                     parent);
    const int fromIndex = annotations->eventIndex(from);
    const QString previous = fromIndex > 0 ? annotations->events().at(fromIndex - 1).id : QString();
    new EventCommand(annotations,
                     *source,
                     std::nullopt,
                     previous,
                     tr("Delete event %1").arg(from),
                     std::nullopt,
                     parent);
    return parent;
}

QUndoCommand *EventSteps::split(Annotations *annotations,
                                const QString &id,
                                const QStringList &movedParticipants,
                                const QString &newId)
{
    const Event *current = annotations->event(id);
    if (!current) {
        return nullptr;
    }
    const auto [kept, part] = EventEdits::split(*current, movedParticipants, newId);
    auto *parent = new QUndoCommand(tr("Split %1").arg(id));
    if (!(kept == *current)) {
        new EventCommand(annotations, *current, kept, QString(), tr("Keep part of %1").arg(id), std::nullopt, parent);
    }
    new EventCommand(annotations, std::nullopt, part, id, tr("Add event %1").arg(newId), std::nullopt, parent);
    return parent;
}

QUndoCommand *EventSteps::reviewed(Annotations *annotations, const QStringList &ids, bool reviewed)
{
    QStringList changing;
    for (const QString &id : ids) {
        const Event *e = annotations->event(id);
        if (e && e->reviewed != reviewed && !changing.contains(id)) {
            changing.append(id);
        }
    }
    if (changing.isEmpty()) {
        return nullptr;
    }
    const QString list = changing.join(QLatin1String(", "));
    auto *parent = new QUndoCommand(reviewed ? tr("Mark %1 reviewed").arg(list) : tr("Mark %1 unreviewed").arg(list));
    for (const QString &id : std::as_const(changing)) {
        const Event &before = *annotations->event(id);
        const Event after = EventEdits::withField(before, EventField::Reviewed, reviewed, nullptr);
        new EventCommand(annotations, before, after, QString(), parent->text(), EventField::Reviewed, parent);
    }
    return parent;
}

QUndoCommand *EventSteps::reanchor(Annotations *annotations,
                                   const QDate &published,
                                   const QHash<QString, QString> &entityValues,
                                   const QHash<QString, QString> &eventDates)
{
    const QDate before = annotations->document().metadata().published;
    if (before == published && entityValues.isEmpty() && eventDates.isEmpty()) {
        return nullptr;
    }
    auto *parent = new QUndoCommand(tr("Re-anchor dates on %1").arg(published.toString(Qt::ISODate)));
    new DocumentCommand(annotations, before, published, tr("Set publication date"), parent);
    for (const Entity &e : annotations->entities()) {
        const auto it = entityValues.constFind(e.id);
        if (it != entityValues.cend() && it.value() != e.value) {
            Entity after = e;
            after.value = it.value();
            new EntityCommand(annotations,
                              EntityCommand::Kind::Value,
                              e,
                              after,
                              tr("Resolve %1 to %2").arg(EntityEdits::label(e), after.value),
                              parent);
        }
    }
    for (const Event &e : annotations->events()) {
        const auto it = eventDates.constFind(e.id);
        if (it != eventDates.cend() && it.value() != e.date && EventEdits::isDateValue(it.value())) {
            Event after = e;
            after.date = it.value();
            new EventCommand(annotations,
                             e,
                             after,
                             QString(),
                             tr("Set date of %1").arg(e.id),
                             EventField::Date,
                             parent);
        }
    }
    return parent;
}

} // namespace Readout
