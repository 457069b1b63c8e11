// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycommand.h"

#include "../annotations.h"

namespace Readout
{

namespace
{

QString describe(const std::optional<Entity> &e, EntityCommand::Kind kind)
{
    if (!e) {
        return {};
    }
    switch (kind) {
    case EntityCommand::Kind::Type:
        return entityTypeName(e->type);
    case EntityCommand::Kind::Span:
        return QStringLiteral("%1-%2 %3").arg(e->start).arg(e->end).arg(e->text);
    case EntityCommand::Kind::Canonical:
        return e->canonical;
    case EntityCommand::Kind::Value:
        return e->value;
    case EntityCommand::Kind::Add:
    case EntityCommand::Kind::Remove:
        break;
    }
    return QStringLiteral("%1 %2-%3 %4").arg(entityTypeName(e->type)).arg(e->start).arg(e->end).arg(e->text);
}

} // namespace

EntityCommand::EntityCommand(Annotations *annotations,
                             Kind kind,
                             std::optional<Entity> before,
                             std::optional<Entity> after,
                             const QString &text,
                             QUndoCommand *parent)
    : EditCommand(annotations, text, parent)
    , m_kind(kind)
    , m_id(before ? before->id : (after ? after->id : QString()))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EntityCommand::redo()
{
    annotations()->applyEntity(m_id, m_after);
}

void EntityCommand::undo()
{
    annotations()->applyEntity(m_id, m_before);
}

int EntityCommand::id() const
{
    // Distinct ids per kind: a drag merges with a drag, typing a value with typing a value.
    switch (m_kind) {
    case Kind::Span:
        return 0x454e01;
    case Kind::Canonical:
        return 0x454e02;
    case Kind::Value:
        return 0x454e03;
    default:
        return -1;
    }
}

bool EntityCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EntityCommand *>(other);
    if (!next || next->m_kind != m_kind || next->m_id != m_id || !withinMergeWindow(next)) {
        return false;
    }
    // The step keeps its first name ("Resize “Recep Tayyip Erdogan”"): what the analyst grabbed.
    m_after = next->m_after;
    // Dragged back to where it was: nothing changed, correction marks aside.
    if (m_before && m_after) {
        Entity unmarked = *m_after;
        unmarked.origin = m_before->origin;
        unmarked.correctedFields = m_before->correctedFields;
        if (unmarked == *m_before) {
            // The stack drops an obsolete step without undoing it: put the unmarked value back.
            m_after = m_before;
            annotations()->applyEntity(m_id, m_before);
            setObsolete(true);
        }
    }
    return true;
}

CorrectionLog EntityCommand::logEntries() const
{
    CorrectionLogEntry entry;
    entry.time = time();
    entry.action = text();
    entry.target = m_id;
    if (m_kind != Kind::Add && m_kind != Kind::Remove) {
        entry.field = kindName(m_kind);
    }
    entry.before = describe(m_before, m_kind);
    entry.after = describe(m_after, m_kind);
    return {entry};
}

QString EntityCommand::entityId() const
{
    return m_id;
}

QString EntityCommand::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Add:
        return QStringLiteral("add");
    case Kind::Remove:
        return QStringLiteral("remove");
    case Kind::Type:
        return QStringLiteral("type");
    case Kind::Span:
        return QStringLiteral("span");
    case Kind::Canonical:
        return QStringLiteral("canonical");
    case Kind::Value:
        return QStringLiteral("value");
    }
    return {};
}

} // namespace Readout
