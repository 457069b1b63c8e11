// SPDX-License-Identifier: GPL-3.0-or-later
// KnowledgeLoader's steps for the gazetteers and tables (gazetteers/*.tsv, rules/*.tsv).
#include "knowledgebase_p.h"

#include "../extract/textsegmenter.h"
#include "datafiles.h"

#include <initializer_list>

namespace Readout
{

namespace
{

using Row = DataFiles::TsvRow;
using DataFiles::readTsv;
using DataFiles::splitList;

bool isShortAcronym(const QString &s)
{
    if (s.size() > 3) {
        return false;
    }
    for (QChar c : s) {
        if (!c.isUpper()) {
            return false;
        }
    }
    return true;
}

/// An English noun's plural: "ministers", "secretaries", "bosses".
QString pluralOf(const QString &word)
{
    if (word.endsWith(QLatin1Char('y')) && word.size() > 1
        && !QStringView(u"aeiou").contains(word.at(word.size() - 2))) {
        return word.chopped(1) + QStringLiteral("ies");
    }
    if (word.endsWith(QLatin1Char('s')) || word.endsWith(QLatin1Char('x')) || word.endsWith(QLatin1String("ch"))
        || word.endsWith(QLatin1String("sh"))) {
        return word + QStringLiteral("es");
    }
    return word + QLatin1Char('s');
}

} // namespace

KnowledgeLoader::KnowledgeLoader(KnowledgeBase::Data &d, const QString &overrideDir)
    : d(d)
    , m_overrideDir(overrideDir)
{
}

std::optional<Error> KnowledgeLoader::load(const UserDictionary &userDictionary)
{
    using Step = std::optional<Error> (KnowledgeLoader::*)();
    for (Step step : {&KnowledgeLoader::readCountries,
                      &KnowledgeLoader::readOrganizations,
                      &KnowledgeLoader::readCities,
                      &KnowledgeLoader::readWorldRegions,
                      &KnowledgeLoader::readPeople,
                      &KnowledgeLoader::readOfficeHolders,
                      &KnowledgeLoader::readWordLists,
                      &KnowledgeLoader::readTitles,
                      &KnowledgeLoader::readHolidays,
                      &KnowledgeLoader::readEventTables,
                      &KnowledgeLoader::readRules,
                      &KnowledgeLoader::bindEventRules}) {
        if (auto error = (this->*step)()) {
            return error;
        }
    }
    addUserDictionary(userDictionary);
    sortNames();
    return std::nullopt;
}

void KnowledgeLoader::addName(const QString &surface, GazetteerEntry entry)
{
    entry.surface = surface;
    entry.allCapsOnly = isShortAcronym(surface);
    const QStringList keys = TextSegmenter::keys(surface);
    if (keys.isEmpty()) {
        return;
    }
    d.gazetteer.insert(keys, int(d.entries.size()));
    d.entries.append(entry);
}

std::optional<Error> KnowledgeLoader::readCountries()
{
    // Countries: names, aliases, demonyms, capitals.
    auto countries = readTsv(m_overrideDir,
                             QStringLiteral("gazetteers/countries.tsv"),
                             {QStringLiteral("alpha3"),
                              QStringLiteral("name"),
                              QStringLiteral("aliases"),
                              QStringLiteral("demonyms"),
                              QStringLiteral("capital")},
                             &d.sources);
    if (!countries) {
        return countries.error();
    }
    QHash<QString, QString> countryByCode;
    for (const Row &row : countries.value()) {
        const QString name = row.value(QStringLiteral("name"));
        const QString code = row.value(QStringLiteral("alpha3"));
        countryByCode.insert(code, name);
        d.actorCodes.insert(name, code);
        d.states.insert(name);
        d.actorNames.append(name);
        GazetteerEntry
            state{EntityType::Location, name, code, ActorKind::State, name, false, {}, QStringLiteral("country")};
        addName(name, state);
        for (const QString &alias : splitList(row.value(QStringLiteral("aliases")))) {
            addName(alias, state);
        }
        GazetteerEntry
            demonym{EntityType::Misc, name, code, ActorKind::State, name, false, {}, QStringLiteral("demonym")};
        for (const QString &dem : splitList(row.value(QStringLiteral("demonyms")))) {
            addName(dem, demonym);
            if (!d.demonyms.contains(name)) {
                d.demonyms.insert(name, dem);
            }
        }
        for (const QString &capital : splitList(row.value(QStringLiteral("capital")))) {
            if (capital == name) {
                d.cityStates.insert(name); // the name stays the country's; it names the city too
                continue;
            }
            GazetteerEntry
                cap{EntityType::Location, capital, code, ActorKind::State, name, false, {}, QStringLiteral("capital")};
            addName(capital, cap);
            d.placeNames.append(capital);
        }
    }
    return std::nullopt;
}

std::optional<Error> KnowledgeLoader::readOrganizations()
{
    auto orgs = readTsv(m_overrideDir,
                        QStringLiteral("gazetteers/organizations.tsv"),
                        {QStringLiteral("name"),
                         QStringLiteral("code"),
                         QStringLiteral("aliases"),
                         QStringLiteral("kind"),
                         QStringLiteral("stands_for")},
                        &d.sources);
    if (!orgs) {
        return orgs.error();
    }
    // A body may stand for a state ("Kremlin" -> Russia) or for another organization
    // ("European Council" -> European Union); the latter must be listed too.
    QSet<QString> orgNames;
    for (const Row &row : orgs.value()) {
        orgNames.insert(row.value(QStringLiteral("name")));
    }
    for (const Row &row : orgs.value()) {
        const QString name = row.value(QStringLiteral("name"));
        const QString standsFor = row.value(QStringLiteral("stands_for"));
        QString code = row.value(QStringLiteral("code"));
        const bool isState = d.states.contains(standsFor);
        if (!standsFor.isEmpty() && !isState && !orgNames.contains(standsFor)) {
            return Error{Error::Code::Malformed,
                         QStringLiteral("gazetteers/organizations.tsv: %1 stands for \"%2\", which is neither a "
                                        "country nor a listed organization")
                             .arg(name, standsFor)};
        }
        GazetteerEntry org{EntityType::Organization,
                           name,
                           isState ? d.actorCodes.value(standsFor) : code,
                           isState ? ActorKind::State : ActorKind::Organization,
                           standsFor.isEmpty() ? name : standsFor,
                           false,
                           {},
                           row.value(QStringLiteral("kind"))};
        if (!isState) {
            d.actorCodes.insert(name, code);
            d.actorNames.append(name);
        }
        // Media and news agencies are sources, never participants.
        if (org.placeKind == QLatin1String("media") || org.placeKind == QLatin1String("agency")) {
            org.actorKind = ActorKind::None;
            org.actor.clear();
        }
        addName(name, org);
        for (const QString &alias : splitList(row.value(QStringLiteral("aliases")))) {
            addName(alias, org);
        }
    }
    return std::nullopt;
}

std::optional<Error> KnowledgeLoader::readCities()
{
    auto cities = readTsv(m_overrideDir,
                          QStringLiteral("gazetteers/cities.tsv"),
                          {QStringLiteral("name"), QStringLiteral("country"), QStringLiteral("kind")},
                          &d.sources);
    if (!cities) {
        return cities.error();
    }
    for (const Row &row : cities.value()) {
        const QString name = row.value(QStringLiteral("name"));
        const QString kind = row.value(QStringLiteral("kind"));
        if (kind == QLatin1String("capital")) {
            continue; // already added with the countries
        }
        GazetteerEntry place{EntityType::Location,
                             name,
                             row.value(QStringLiteral("country")),
                             ActorKind::None,
                             {},
                             false,
                             {},
                             kind};
        addName(name, place);
        d.placeNames.append(name);
    }
    return std::nullopt;
}

std::optional<Error> KnowledgeLoader::readWorldRegions()
{
    // Continents, seas and regions of several states: places that stand for no state.
    auto regions = readTsv(m_overrideDir,
                           QStringLiteral("gazetteers/world_regions.tsv"),
                           {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("aliases")},
                           &d.sources);
    if (!regions) {
        return regions.error();
    }
    for (const Row &row : regions.value()) {
        const QString name = row.value(QStringLiteral("name"));
        const GazetteerEntry
            place{EntityType::Location, name, {}, ActorKind::None, {}, false, {}, row.value(QStringLiteral("kind"))};
        addName(name, place);
        for (const QString &alias : splitList(row.value(QStringLiteral("aliases")))) {
            addName(alias, place);
        }
        d.placeNames.append(name);
    }
    return std::nullopt;
}

std::optional<Error> KnowledgeLoader::readPeople()
{
    // People (WordNet instance nouns): full names only; a person stands for the country of the gloss.
    auto people = readTsv(m_overrideDir,
                          QStringLiteral("gazetteers/people.tsv"),
                          {QStringLiteral("name"), QStringLiteral("canonical"), QStringLiteral("country")},
                          &d.sources);
    if (!people) {
        return people.error();
    }
    for (const Row &row : people.value()) {
        const QString country = row.value(QStringLiteral("country"));
        const bool known = d.states.contains(country);
        GazetteerEntry person{EntityType::Person,
                              row.value(QStringLiteral("canonical")),
                              known ? d.actorCodes.value(country) : QString(),
                              known ? ActorKind::State : ActorKind::None,
                              known ? country : QString(),
                              false,
                              {},
                              QStringLiteral("person")};
        addName(row.value(QStringLiteral("name")), person);
    }
    return std::nullopt;
}

std::optional<Error> KnowledgeLoader::readOfficeHolders()
{
    // Office-holders (Wikidata): who stood for which state or organisation when.
    auto officeHolders = OfficeHolders::read(m_overrideDir, &d.sources);
    if (!officeHolders) {
        return officeHolders.error();
    }
    d.officeHolders = std::move(officeHolders).value();
    return std::nullopt;
}

std::optional<Error> KnowledgeLoader::readWordLists()
{
    // One-column word lists, matched without regard to case.
    const struct {
        const char *file;
        const char *column;
        WordSet *set;
    } wordLists[] = {
        {"gazetteers/first_names.tsv", "name", &d.firstNames},
        {"gazetteers/org_words.tsv", "word", &d.orgWords},
        {"gazetteers/abbreviations.tsv", "abbreviation", &d.abbreviations},
        {"gazetteers/stop_names.tsv", "word", &d.stopNames},
        {"gazetteers/function_words.tsv", "word", &d.functionWords},
    };
    for (const auto &list : wordLists) {
        const QString column = QString::fromLatin1(list.column);
        auto rows = readTsv(m_overrideDir, QString::fromLatin1(list.file), {column}, &d.sources);
        if (!rows) {
            return rows.error();
        }
        QSet<QString> words;
        QSet<QString> suffixes;
        for (const Row &row : rows.value()) {
            words.insert(row.value(column).toLower());
            if (list.set != &d.orgWords) {
                continue;
            }
            // org_words.tsv: a legal form ("Inc") also marks where a company's name ends.
            const QString position = row.value(QStringLiteral("position"));
            if (position != QLatin1String("head") && position != QLatin1String("suffix")) {
                return Error{Error::Code::Malformed,
                             QStringLiteral("%1:%2: position \"%3\" is neither head nor suffix")
                                 .arg(QString::fromLatin1(list.file))
                                 .arg(row.line)
                                 .arg(position)};
            }
            if (position == QLatin1String("suffix")) {
                suffixes.insert(row.value(column).toLower());
            }
        }
        *list.set = WordSet(std::move(words));
        if (list.set == &d.orgWords) {
            d.orgSuffixes = WordSet(std::move(suffixes));
        }
    }
    return std::nullopt;
}

std::optional<Error> KnowledgeLoader::readTitles()
{
    auto titles = readTsv(m_overrideDir,
                          QStringLiteral("gazetteers/titles.tsv"),
                          {QStringLiteral("title"), QStringLiteral("kind")},
                          &d.sources);
    if (!titles) {
        return titles.error();
    }
    for (const Row &row : titles.value()) {
        const QString kind = row.value(QStringLiteral("kind"));
        if (kind != QLatin1String("honorific") && kind != QLatin1String("office") && kind != QLatin1String("role")) {
            return Error{Error::Code::Malformed,
                         QStringLiteral("gazetteers/titles.tsv: unknown kind \"%1\"").arg(kind)};
        }
        const QStringList keys = TextSegmenter::keys(row.value(QStringLiteral("title")));
        d.titles.insert(keys, int(d.titleKinds.size()));
        d.titleKinds.append(kind);
        // "Prime Ministers Ana Ruiz and Rui Tavares": an office titles two people in the plural.
        if (kind == QLatin1String("office") && !keys.isEmpty() && keys.last().size() > 2) {
            QStringList plural = keys;
            plural.last() = pluralOf(keys.last());
            d.titles.insert(plural, int(d.titleKinds.size()));
            d.titleKinds.append(kind);
        }
    }
    return std::nullopt;
}

std::optional<Error> KnowledgeLoader::readHolidays()
{
    auto holidays = readTsv(m_overrideDir,
                            QStringLiteral("gazetteers/holidays.tsv"),
                            {QStringLiteral("name"), QStringLiteral("date")},
                            &d.sources);
    if (!holidays) {
        return holidays.error();
    }
    for (const Row &row : holidays.value()) {
        const QStringList keys = TextSegmenter::keys(row.value(QStringLiteral("name")));
        d.holidays.insert(keys, int(d.holidayRules.size()));
        if (!keys.isEmpty()) {
            d.holidayFirstKeys.insert(keys.first());
        }
        d.holidayRules.append(row.value(QStringLiteral("date")));
    }
    return std::nullopt;
}

void KnowledgeLoader::addUserDictionary(const UserDictionary &userDictionary)
{
    // The analyst's organizations become actors too (participants, completion).
    d.userDictionary = userDictionary;
    for (const UserEntry &e : userDictionary.entries()) {
        const QString name = e.canonical.isEmpty() ? e.surface : e.canonical;
        if (!e.stop && e.type == EntityType::Organization && !d.actorCodes.contains(name)) {
            d.actorNames.append(name);
        }
    }
}

void KnowledgeLoader::sortNames()
{
    d.actorNames.sort(Qt::CaseInsensitive);
    d.actorNames.removeDuplicates();
    d.placeNames.sort(Qt::CaseInsensitive);
    d.placeNames.removeDuplicates();
}

} // namespace Readout
