// SPDX-License-Identifier: GPL-3.0-or-later
#include "entity.h"

namespace Readout
{

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QStringLiteral("PERSON");
    case EntityType::Organization:
        return QStringLiteral("ORGANIZATION");
    case EntityType::Location:
        return QStringLiteral("LOCATION");
    case EntityType::Date:
        return QStringLiteral("DATE");
    case EntityType::Misc:
        return QStringLiteral("MISC");
    }
    return {};
}

QString entityLabel(const Entity &entity)
{
    if (entity.type == EntityType::Date) {
        static const QStringList timex = {QStringLiteral("DATE"),
                                          QStringLiteral("TIME"),
                                          QStringLiteral("DURATION"),
                                          QStringLiteral("SET")};
        return timex.contains(entity.timexType) ? entity.timexType : QStringLiteral("DATE");
    }
    return entityTypeName(entity.type);
}

bool entityTypeFromName(const QString &name, EntityType *type)
{
    const QString n = name.toUpper();
    if (n == QLatin1String("PERSON") || n == QLatin1String("PER")) {
        *type = EntityType::Person;
    } else if (n == QLatin1String("ORGANIZATION") || n == QLatin1String("ORGANISATION") || n == QLatin1String("ORG")) {
        *type = EntityType::Organization;
    } else if (n == QLatin1String("LOCATION") || n == QLatin1String("LOC") || n == QLatin1String("GPE")) {
        *type = EntityType::Location;
    } else if (n == QLatin1String("DATE") || n == QLatin1String("TIME") || n == QLatin1String("DURATION")
               || n == QLatin1String("SET") || n == QLatin1String("TIMEX3")) {
        *type = EntityType::Date;
    } else if (n == QLatin1String("MISC") || n == QLatin1String("NORP")) {
        *type = EntityType::Misc;
    } else {
        return false;
    }
    return true;
}

bool operator==(const Entity &a, const Entity &b)
{
    return a.id == b.id && a.type == b.type && a.start == b.start && a.end == b.end && a.text == b.text
        && a.canonical == b.canonical && a.code == b.code && a.value == b.value && a.timexType == b.timexType
        && a.timexMod == b.timexMod && a.origin == b.origin && a.correctedFields == b.correctedFields;
}

} // namespace Readout
