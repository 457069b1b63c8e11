// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../entity.h"

#include <optional>

namespace Readout
{

class Document;
class KnowledgeBase;

/// Pure functions computing an edited entity from an entity, with the correction marks (origin,
/// correctedFields) set, and the order Annotations keeps entities in. Annotations pushes their
/// results as commands; nothing here changes state.
class EntityEdits
{
public:
    /// Text order: start, longer first, then by id number ("T2" before "T10").
    [[nodiscard]] static bool before(const Entity &a, const Entity &b);
    /// Whether text[start, end) holds a letter or a digit (a span without one is never an entity).
    [[nodiscard]] static bool hasLetterOrDigit(const QString &text, int start, int end);
    /// The number of an id ("T12" -> 12).
    [[nodiscard]] static int idNumber(const QString &id);
    /// “text” for the names of undo steps, shortened.
    [[nodiscard]] static QString label(const Entity &entity);
    /// Marks a field corrected: origin extracted becomes corrected; added entities stay added.
    static void markCorrected(Entity &entity, const QString &field);

    /// A new entity (origin "added", no id yet) over [start, end) trimmed of spaces; none when
    /// that is empty or in the header.
    [[nodiscard]] static std::optional<Entity> added(const Document &document,
                                                     EntityType type,
                                                     int start,
                                                     int end,
                                                     const QString &canonical,
                                                     const QString &value,
                                                     const KnowledgeBase *knowledge);
    [[nodiscard]] static Entity withType(Entity entity, EntityType type);
    /// None when [start, end) is empty, outside the text or in the header.
    [[nodiscard]] static std::optional<Entity> withSpan(Entity entity, const Document &document, int start, int end);
    [[nodiscard]] static Entity withCanonical(Entity entity, const QString &canonical, const KnowledgeBase *knowledge);
    [[nodiscard]] static Entity withValue(Entity entity, const QString &value);
};

} // namespace Readout
