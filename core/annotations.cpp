// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations.h"

#include "edit/entitycommand.h"
#include "edit/entityedits.h"
#include "edit/entitysteps.h"
#include "edit/eventcommand.h"
#include "edit/eventsteps.h"
#include "knowledge/dictionaryteacher.h"
#include "knowledge/knowledgebase.h"

#include <QPointer>
#include <QUndoStack>

#include <algorithm>

namespace Readout
{

namespace
{

int idNumber(const QString &id)
{
    return EntityEdits::idNumber(id);
}

} // namespace

class AnnotationsPrivate
{
public:
    Document document;
    QVector<Entity> entities; // sorted by EntityEdits::before
    QVector<Event> events;
    int maxEntityLength = 0;
    QUndoStack *stack = nullptr;
    std::shared_ptr<const KnowledgeBase> knowledge;
    QPointer<DictionaryTeacher> teacher;
    CorrectionLog baseLog;
    int entityCounter = 0;
    int eventCounter = 0;

    void recount()
    {
        maxEntityLength = 0;
        entityCounter = 0;
        eventCounter = 0;
        for (const Entity &e : std::as_const(entities)) {
            maxEntityLength = std::max(maxEntityLength, e.end - e.start);
            entityCounter = std::max(entityCounter, idNumber(e.id));
        }
        for (const Event &e : std::as_const(events)) {
            eventCounter = std::max(eventCounter, idNumber(e.id));
        }
    }
    int entityIndex(const QString &id) const
    {
        for (int i = 0; i < entities.size(); ++i) {
            if (entities.at(i).id == id) {
                return i;
            }
        }
        return -1;
    }
};

Annotations::Annotations(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<AnnotationsPrivate>())
{
    d->stack = new QUndoStack(this);
}

Annotations::~Annotations() = default;

void Annotations::reset(const Document &document, QVector<Entity> entities, QVector<Event> events)
{
    restore(document, std::move(entities), std::move(events), {});
}

void Annotations::restore(const Document &document, QVector<Entity> entities, QVector<Event> events, CorrectionLog log)
{
    // The pipeline's entities come sorted: checking is linear, a stable sort of a big article's
    // hundreds of thousands of spans on the GUI thread is not.
    if (!std::is_sorted(entities.cbegin(), entities.cend(), EntityEdits::before)) {
        std::stable_sort(entities.begin(), entities.end(), EntityEdits::before);
    }
    d->stack->clear();
    d->document = document;
    d->entities = std::move(entities);
    d->events = std::move(events);
    d->baseLog = std::move(log);
    d->recount();
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
    const int i = d->entityIndex(id);
    return i >= 0 ? &d->entities.at(i) : nullptr;
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

const Event *Annotations::event(const QString &id) const
{
    const int i = eventIndex(id);
    return i >= 0 ? &d->events.at(i) : nullptr;
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

QUndoStack *Annotations::undoStack() const
{
    return d->stack;
}

void Annotations::setKnowledge(std::shared_ptr<const KnowledgeBase> knowledge)
{
    d->knowledge = std::move(knowledge);
}

const KnowledgeBase *Annotations::knowledge() const
{
    return d->knowledge.get();
}

QString Annotations::nextEntityId() const
{
    return QStringLiteral("T%1").arg(d->entityCounter + 1);
}

QString Annotations::nextEventId() const
{
    return QStringLiteral("E%1").arg(d->eventCounter + 1);
}

// Entity edits ------------------------------------------------------------------------------------

QString
Annotations::addEntity(EntityType type, int start, int end, const QString &canonical, const QString &value, Teach teach)
{
    std::optional<Entity> e = EntityEdits::added(d->document, type, start, end, canonical, value, knowledge());
    if (!e) {
        return {};
    }
    for (const Entity *other : entitiesIn(e->start, e->end)) {
        if (other->start == e->start && other->end == e->end && other->type == type) {
            return {}; // already there
        }
    }
    e->id = nextEntityId();
    pushTaught(new EntityCommand(this,
                                 EntityCommand::Kind::Add,
                                 std::nullopt,
                                 e,
                                 tr("Add %1 %2").arg(entityTypeName(type), EntityEdits::label(*e))),
               teach == Teach::Yes ? lesson(UserDictionary::entryFor(*e)) : nullptr);
    return e->id;
}

bool Annotations::pushEntity(const Entity &before, const Entity &after, const QString &text, int kind, Teach teach)
{
    if (before == after) {
        return false;
    }
    pushTaught(new EntityCommand(this, EntityCommand::Kind(kind), before, after, text),
               teach == Teach::Yes ? lesson(UserDictionary::entryFor(after)) : nullptr);
    return true;
}

QUndoCommand *Annotations::lesson(const std::optional<UserEntry> &entry) const
{
    if (!d->teacher || !entry) {
        return nullptr;
    }
    const KnowledgeBase *kb = knowledge();
    return d->teacher->lesson(*entry, kb ? *kb : *KnowledgeBase::builtIn());
}

void Annotations::pushTaught(QUndoCommand *command, QUndoCommand *lesson)
{
    if (!lesson) {
        d->stack->push(command);
        return;
    }
    d->stack->beginMacro(command->text());
    d->stack->push(command);
    d->stack->push(lesson);
    d->stack->endMacro();
}

void Annotations::setTeacher(DictionaryTeacher *teacher)
{
    d->teacher = teacher;
}

bool Annotations::setEntityType(const QString &id, EntityType type, Teach teach)
{
    const Entity *current = entity(id);
    if (!current || current->type == type) {
        return false;
    }
    return pushEntity(*current,
                      EntityEdits::withType(*current, type),
                      tr("Change %1 to %2").arg(EntityEdits::label(*current), entityTypeName(type)),
                      int(EntityCommand::Kind::Type),
                      teach);
}

bool Annotations::setEntityDetails(const QString &id, EntityType type, const QString &meaning, Teach teach)
{
    const Entity *current = entity(id);
    if (!current) {
        return false;
    }
    QVector<QUndoCommand *> steps;
    Entity step = *current;
    if (step.type != type) {
        const Entity retyped = EntityEdits::withType(step, type);
        steps.append(new EntityCommand(this, EntityCommand::Kind::Type, step, retyped, QString()));
        step = retyped;
    }
    const bool isDate = type == EntityType::Date;
    if (isDate ? step.value != meaning.trimmed() : step.canonical != meaning.simplified()) {
        const Entity meant =
            isDate ? EntityEdits::withValue(step, meaning) : EntityEdits::withCanonical(step, meaning, knowledge());
        const auto kind = isDate ? EntityCommand::Kind::Value : EntityCommand::Kind::Canonical;
        steps.append(new EntityCommand(this, kind, step, meant, QString()));
        step = meant;
    }
    if (steps.isEmpty()) {
        return false;
    }
    d->stack->beginMacro(tr("Edit %1").arg(EntityEdits::label(*current)));
    for (QUndoCommand *c : std::as_const(steps)) {
        d->stack->push(c);
    }
    if (QUndoCommand *taught = teach == Teach::Yes ? lesson(UserDictionary::entryFor(step)) : nullptr) {
        d->stack->push(taught);
    }
    d->stack->endMacro();
    return true;
}

bool Annotations::setEntitySpan(const QString &id, int start, int end)
{
    const Entity *current = entity(id);
    const std::optional<Entity> after =
        current ? EntityEdits::withSpan(*current, d->document, start, end) : std::nullopt;
    return after
        && pushEntity(*current,
                      *after,
                      tr("Resize %1").arg(EntityEdits::label(*current)),
                      int(EntityCommand::Kind::Span),
                      Teach::No);
}

bool Annotations::setEntityCanonical(const QString &id, const QString &canonical)
{
    const Entity *current = entity(id);
    if (!current || current->canonical == canonical.simplified()) {
        return false;
    }
    const Entity after = EntityEdits::withCanonical(*current, canonical, knowledge());
    return pushEntity(*current,
                      after,
                      tr("Set %1 to stand for %2").arg(EntityEdits::label(*current), after.canonical),
                      int(EntityCommand::Kind::Canonical),
                      Teach::No);
}

bool Annotations::setEntityValue(const QString &id, const QString &value)
{
    const Entity *current = entity(id);
    if (!current || current->value == value.trimmed()) {
        return false;
    }
    const Entity after = EntityEdits::withValue(*current, value);
    return pushEntity(*current,
                      after,
                      tr("Resolve %1 to %2").arg(EntityEdits::label(*current), after.value),
                      int(EntityCommand::Kind::Value),
                      Teach::No);
}

bool Annotations::removeEntities(const QStringList &ids, Teach teach)
{
    QVector<Entity> doomed;
    for (const QString &id : ids) {
        if (const Entity *e = entity(id)) {
            doomed.append(*e);
        }
    }
    if (doomed.isEmpty()) {
        return false;
    }
    QVector<QUndoCommand *> lessons;
    for (const Entity &e : std::as_const(doomed)) {
        QUndoCommand *never =
            teach == Teach::Yes && e.type != EntityType::Date ? lesson(UserDictionary::stopEntryFor(e.text)) : nullptr;
        if (never) {
            lessons.append(never);
        }
    }
    const bool macro = doomed.size() + lessons.size() > 1;
    if (macro) {
        d->stack->beginMacro(doomed.size() == 1 ? tr("Delete %1").arg(EntityEdits::label(doomed.first()))
                                                : tr("Delete %n entities", nullptr, int(doomed.size())));
    }
    for (const Entity &e : std::as_const(doomed)) {
        d->stack->push(new EntityCommand(this,
                                         EntityCommand::Kind::Remove,
                                         e,
                                         std::nullopt,
                                         tr("Delete %1").arg(EntityEdits::label(e))));
    }
    for (QUndoCommand *never : std::as_const(lessons)) {
        d->stack->push(never);
    }
    if (macro) {
        d->stack->endMacro();
    }
    return true;
}

int Annotations::annotateOccurrences(EntityType type, int start, int end, Teach teach)
{
    QUndoCommand *steps = EntitySteps::annotateAll(this, type, start, end);
    if (!steps) {
        return 0;
    }
    const int count = steps->childCount();
    // The name is learnt once, from the selection, in the same undo step.
    QUndoCommand *taught = nullptr;
    if (teach == Teach::Yes) {
        const std::optional<Entity> e = EntityEdits::added(d->document, type, start, end, {}, {}, knowledge());
        taught = e ? lesson(UserDictionary::entryFor(*e)) : nullptr;
    }
    pushTaught(steps, taught);
    return count;
}

int Annotations::removeOccurrences(const QString &id)
{
    QUndoCommand *steps = EntitySteps::removeAll(this, id);
    if (!steps) {
        return 0;
    }
    const int count = steps->childCount();
    d->stack->push(steps);
    return count;
}

// Event edits -------------------------------------------------------------------------------------

bool Annotations::setEventField(const QString &id, EventField field, const QVariant &value)
{
    const Event *current = event(id);
    if (!current) {
        return false;
    }
    bool ok = false;
    const Event after = EventEdits::withField(*current, field, value, d->knowledge.get(), &ok);
    if (!ok || after == *current) {
        return false;
    }
    const QString text = field != EventField::Reviewed
        ? tr("Set %1 of %2").arg(EventEdits::fieldName(field), id)
        : (after.reviewed ? tr("Mark %1 reviewed").arg(id) : tr("Mark %1 unreviewed").arg(id));
    d->stack->push(new EventCommand(this, *current, after, QString(), text, field));
    return true;
}

bool Annotations::setEventDate(const QString &id, const QString &date)
{
    return setEventField(id, EventField::Date, date);
}

bool Annotations::setEventReviewed(const QString &id, bool reviewed)
{
    return setEventField(id, EventField::Reviewed, reviewed);
}

bool Annotations::setEventsReviewed(const QStringList &ids, bool reviewed)
{
    return pushSteps(EventSteps::reviewed(this, ids, reviewed));
}

QString Annotations::addEvent(Event event)
{
    if (event.type.isEmpty()) {
        return {};
    }
    event.id = nextEventId();
    event.origin = QStringLiteral("added");
    event.correctedFields = EventEdits::givenFields(event);
    QString previous;
    for (const Event &e : std::as_const(d->events)) {
        if (e.evidenceStart <= event.evidenceStart) {
            previous = e.id;
        }
    }
    d->stack->push(new EventCommand(this, std::nullopt, event, previous, tr("Add event %1").arg(event.id)));
    return event.id;
}

bool Annotations::removeEvents(const QStringList &ids)
{
    return pushSteps(EventSteps::removal(this, ids));
}

bool Annotations::mergeEvents(const QString &into, const QString &from)
{
    return pushSteps(EventSteps::merge(this, into, from));
}

QString Annotations::splitEvent(const QString &id, const QStringList &movedParticipants)
{
    const QString newId = nextEventId();
    return pushSteps(EventSteps::split(this, id, movedParticipants, newId)) ? newId : QString();
}

bool Annotations::reanchorDates(const QDate &published,
                                const QHash<QString, QString> &entityValues,
                                const QHash<QString, QString> &eventDates)
{
    return pushSteps(EventSteps::reanchor(this, published, entityValues, eventDates));
}

bool Annotations::pushSteps(QUndoCommand *steps)
{
    if (!steps) {
        return false;
    }
    // A single step needs no parent: its own name goes to the Undo menu.
    if (steps->childCount() == 1) {
        auto *only = const_cast<QUndoCommand *>(steps->child(0));
        steps->setText(only->text());
    }
    d->stack->push(steps);
    return true;
}

CorrectionLog Annotations::correctionLog() const
{
    return d->baseLog + EditCommand::log(*d->stack);
}

// Appliers: the only code that changes the data after a reset ------------------------------------

void Annotations::applyEntity(const QString &id, const std::optional<Entity> &value)
{
    int from = value ? value->start : -1;
    int to = value ? value->end : -1;
    const int index = d->entityIndex(id);
    bool recount = false;
    if (index >= 0) {
        const Entity &old = d->entities.at(index);
        from = from < 0 ? old.start : std::min(from, old.start);
        to = std::max(to, old.end);
        recount = old.end - old.start >= d->maxEntityLength;
        d->entities.removeAt(index);
    }
    if (value) {
        const auto at = std::upper_bound(d->entities.begin(), d->entities.end(), *value, EntityEdits::before);
        d->entities.insert(at, *value);
        d->maxEntityLength = std::max(d->maxEntityLength, value->end - value->start);
        d->entityCounter = std::max(d->entityCounter, idNumber(value->id));
    }
    if (recount) {
        const int counter = d->entityCounter;
        const int events = d->eventCounter;
        d->recount();
        d->entityCounter = std::max(counter, d->entityCounter);
        d->eventCounter = std::max(events, d->eventCounter);
    }
    if (from >= 0) {
        Q_EMIT entitiesChanged(from, to);
    }
    Q_EMIT edited();
}

void Annotations::applyEvent(const QString &id, const std::optional<Event> &value, const QString &previousId)
{
    const int index = eventIndex(id);
    if (!value) {
        if (index >= 0) {
            Q_EMIT eventAboutToBeRemoved(index);
            d->events.removeAt(index);
            Q_EMIT eventRemoved(index);
        }
    } else if (index >= 0) {
        d->events[index] = *value;
        Q_EMIT eventChanged(index);
    } else {
        int row = 0;
        if (!previousId.isEmpty()) {
            const int previous = eventIndex(previousId);
            row = previous >= 0 ? previous + 1 : int(d->events.size());
        }
        Q_EMIT eventAboutToBeInserted(row);
        d->events.insert(row, *value);
        d->eventCounter = std::max(d->eventCounter, idNumber(value->id));
        Q_EMIT eventInserted(row);
    }
    Q_EMIT edited();
}

void Annotations::applyPublished(const QDate &published)
{
    d->document.setPublished(published);
    Q_EMIT documentChanged();
    Q_EMIT edited();
}

} // namespace Readout
