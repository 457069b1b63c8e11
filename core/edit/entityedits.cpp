// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityedits.h"

#include "../document.h"
#include "../knowledge/knowledgebase.h"

namespace Readout
{

bool EntityEdits::hasLetterOrDigit(const QString &text, int start, int end)
{
    for (int i = std::max(0, start); i < std::min(end, int(text.size())); ++i) {
        if (text.at(i).isLetterOrNumber() || text.at(i).isSurrogate()) {
            return true;
        }
    }
    return false;
}

bool EntityEdits::before(const Entity &a, const Entity &b)
{
    if (a.start != b.start) {
        return a.start < b.start;
    }
    if (a.end != b.end) {
        return a.end > b.end;
    }
    return idNumber(a.id) < idNumber(b.id);
}

int EntityEdits::idNumber(const QString &id)
{
    return id.mid(1).toInt();
}

QString EntityEdits::label(const Entity &entity)
{
    QString text = entity.text.simplified();
    if (text.size() > 30) {
        text = text.left(29) + QChar(0x2026);
    }
    return QStringLiteral("“%1”").arg(text);
}

void EntityEdits::markCorrected(Entity &entity, const QString &field)
{
    if (entity.origin == QLatin1String("added")) {
        return;
    }
    entity.origin = QStringLiteral("corrected");
    if (!entity.correctedFields.contains(field)) {
        entity.correctedFields.append(field);
    }
}

std::optional<Entity> EntityEdits::added(const Document &document,
                                         EntityType type,
                                         int start,
                                         int end,
                                         const QString &canonical,
                                         const QString &value,
                                         const KnowledgeBase *knowledge)
{
    const QString &text = document.text();
    start = std::max(start, document.bodyStart());
    end = std::min(end, int(text.size()));
    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    if (end <= start || !hasLetterOrDigit(text, start, end)) {
        return std::nullopt; // "," or "—" is never a name, a place or a date
    }
    Entity e;
    e.type = type;
    e.start = start;
    e.end = end;
    e.text = text.mid(start, end - start);
    e.canonical = canonical.simplified();
    e.code = knowledge && !e.canonical.isEmpty() ? knowledge->actorCode(e.canonical) : QString();
    if (type == EntityType::Date) {
        e.value = value.trimmed();
        e.timexType = QStringLiteral("DATE");
    }
    e.origin = QStringLiteral("added");
    return e;
}

Entity EntityEdits::withType(Entity entity, EntityType type)
{
    entity.type = type;
    if (type == EntityType::Date) {
        entity.canonical.clear();
        entity.code.clear();
        entity.timexType = QStringLiteral("DATE");
    } else {
        entity.value.clear();
        entity.timexType.clear();
    }
    markCorrected(entity, QStringLiteral("type"));
    return entity;
}

std::optional<Entity> EntityEdits::withSpan(Entity entity, const Document &document, int start, int end)
{
    const QString &text = document.text();
    if (start < document.bodyStart() || end > text.size() || end <= start) {
        return std::nullopt;
    }
    // A span never starts or ends in spaces (a drag often lands on one).
    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    if (end <= start || !hasLetterOrDigit(text, start, end)) {
        return std::nullopt;
    }
    entity.start = start;
    entity.end = end;
    entity.text = text.mid(start, end - start);
    markCorrected(entity, QStringLiteral("span"));
    return entity;
}

Entity EntityEdits::withCanonical(Entity entity, const QString &canonical, const KnowledgeBase *knowledge)
{
    entity.canonical = canonical.simplified();
    entity.code = knowledge ? knowledge->actorCode(entity.canonical) : QString();
    markCorrected(entity, QStringLiteral("canonical"));
    return entity;
}

Entity EntityEdits::withValue(Entity entity, const QString &value)
{
    entity.value = value.trimmed();
    markCorrected(entity, QStringLiteral("value"));
    return entity;
}

} // namespace Readout
