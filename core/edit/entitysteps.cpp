// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitysteps.h"

#include "../annotations.h"
#include "entitycommand.h"
#include "entityedits.h"
#include "occurrences.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Readout
{

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("Readout::Annotations", text);
}

} // namespace

QUndoCommand *EntitySteps::annotateAll(Annotations *annotations, EntityType type, int start, int end)
{
    const Document &document = annotations->document();
    const KnowledgeBase *knowledge = annotations->knowledge();
    const std::optional<Entity> selected = EntityEdits::added(document, type, start, end, {}, {}, knowledge);
    if (!selected) {
        return nullptr;
    }
    int number = EntityEdits::idNumber(annotations->nextEntityId());
    QVector<Entity> added;
    for (const auto &[from, to] : Occurrences::find(document.text(), selected->text, document.bodyStart())) {
        if (!annotations->entitiesIn(from, to).isEmpty()) {
            continue; // covered already: the analyst's or the extractor's entity stays
        }
        std::optional<Entity> e = EntityEdits::added(document, type, from, to, {}, {}, knowledge);
        if (e) {
            e->id = QStringLiteral("T%1").arg(number++);
            added.append(*e);
        }
    }
    if (added.isEmpty()) {
        return nullptr;
    }
    const QString label = EntityEdits::label(*selected);
    auto *parent =
        new QUndoCommand(added.size() == 1 ? tr("Annotate 1 occurrence of %1").arg(label)
                                           : tr("Annotate %1 occurrences of %2").arg(added.size()).arg(label));
    for (const Entity &e : std::as_const(added)) {
        new EntityCommand(annotations,
                          EntityCommand::Kind::Add,
                          std::nullopt,
                          e,
                          tr("Add %1 %2").arg(entityTypeName(type), EntityEdits::label(e)),
                          parent);
    }
    return parent;
}

QUndoCommand *EntitySteps::removeAll(Annotations *annotations, const QString &id)
{
    const Entity *chosen = annotations->entity(id);
    if (!chosen) {
        return nullptr;
    }
    const QString text = chosen->text.simplified();
    QVector<Entity> doomed;
    for (const Entity &e : annotations->entities()) {
        if (e.type == chosen->type && e.text.simplified() == text) {
            doomed.append(e);
        }
    }
    const QString label = EntityEdits::label(*chosen);
    auto *parent =
        new QUndoCommand(doomed.size() == 1 ? tr("Delete 1 occurrence of %1").arg(label)
                                            : tr("Delete %1 occurrences of %2").arg(doomed.size()).arg(label));
    for (const Entity &e : std::as_const(doomed)) {
        new EntityCommand(annotations,
                          EntityCommand::Kind::Remove,
                          e,
                          std::nullopt,
                          tr("Delete %1").arg(EntityEdits::label(e)),
                          parent);
    }
    return parent;
}

} // namespace Readout
