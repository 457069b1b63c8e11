// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Readout
{

enum class EntityType {
    Person,
    Organization,
    Location,
    Date,
    Misc, ///< nationality adjectives ("Russian") and other named things; links to an actor
};

/// Stable upper-case label used in files ("PERSON", "ORGANIZATION", ...).
[[nodiscard]] QString entityTypeName(EntityType type);
/// Parses a label (also accepts ORG, LOC, PER, TIMEX3); returns false when unknown.
[[nodiscard]] bool entityTypeFromName(const QString &name, EntityType *type);

struct Entity;
/// The label exports write for an entity: its type's name, or for a date its TIMEX3 type (DATE,
/// TIME, DURATION, SET; DATE when unknown). entityTypeFromName() reads each back as a date.
[[nodiscard]] QString entityLabel(const Entity &entity);

/// One highlighted mention in a document. Offsets are UTF-16 units into Document::text(), [start, end).
/// A copyable value: owned by whoever holds the list (Annotations, a pipeline result).
struct Entity {
    QString id; ///< "T1", unique within a document
    EntityType type = EntityType::Misc;
    int start = 0;
    int end = 0;
    QString text; ///< the mention as written
    QString canonical; ///< actor it stands for: "United States" for "U.S."; empty when unknown
    QString code; ///< ISO 3166-1 alpha-3 for states, acronym for organizations
    QString value; ///< TIMEX3 value for dates ("2022-01-10", "P2.5Y", "PAST_REF")
    QString timexType; ///< DATE, TIME, DURATION or SET for dates
    QString timexMod; ///< TIMEX3 mod for dates whose span keeps a modifier: "early 1990" START, "nearly two years"
                      ///< LESS_THAN
    /// A person's state or organisation and where Readout took it: "Turkey: President of Turkey
    /// (office-holder data, Wikidata)", "Russia: named so in the article". Derived; not saved.
    QString affiliation;
    /// Which rule found the mention ("month-day-year" in dates.json, "title-then-name" in
    /// names.json, "gazetteer"), for --explain and the window. Derived; not saved.
    QString rule;
    QString origin = QStringLiteral("extracted"); ///< extracted, corrected, added
    QStringList correctedFields; ///< what the analyst changed: "type", "span", "canonical", "value"

    [[nodiscard]] bool isValid() const
    {
        return end > start && start >= 0;
    }
    [[nodiscard]] bool contains(int pos) const
    {
        return pos >= start && pos < end;
    }
    friend bool operator==(const Entity &a, const Entity &b);
};

} // namespace Readout

// Only QStrings and ints: QList may move entities with memcpy when it grows.
Q_DECLARE_TYPEINFO(Readout::Entity, Q_RELOCATABLE_TYPE);
