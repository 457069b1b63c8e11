// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgebase.h"

#include "../events/eventgrammar.h"
#include "../events/eventlexicon.h"
#include "../extract/textsegmenter.h"
#include "datafiles.h"
#include "officeholders.h"
#include "tokentrie.h"
#include "userdictionary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>

#include <optional>

Q_LOGGING_CATEGORY(readoutData, "readout.data")

namespace Readout
{

struct KnowledgeBase::Data {
    QString overrideDir;
    QStringList sources;

    QVector<GazetteerEntry> entries;
    TokenTrie gazetteer;
    QHash<QString, QString> actorCodes;
    QHash<QString, QString> demonyms; ///< state -> its first demonym ("Venezuela" -> "Venezuelan")
    QSet<QString> states;
    QStringList actorNames;
    QStringList placeNames;

    WordSet firstNames;
    WordSet orgWords;
    WordSet abbreviations;
    WordSet stopNames;
    WordSet functionWords;
    TokenTrie titles;
    QStringList titleKinds;

    QJsonObject dateRules;
    QJsonObject eventRules;
    QHash<QString, Trigger> triggers;
    WordSet triggerWords; ///< the keys of triggers, for the cheap "is this a trigger" test
    TokenTrie holidays;
    QStringList holidayRules;
    QSet<QString> holidayFirstKeys;
    QHash<QString, QString> cameo;
    QStringList csvColumns;
    QStringList eventTypes;
    QStringList statuses;
    QHash<QString, QString> icsStatuses;
    UserDictionary userDictionary;
    QHash<QString, WordSet> wordSets;
    QHash<QString, PhraseList> phraseLists;
    QHash<QString, QHash<QString, int>> numberMaps;
    QHash<QString, QString> units;
    KeyFilter unitKeys; ///< most words asked about are no unit
    EventGrammar eventGrammar;
    EventLexicon eventLexicon;
    OfficeHolders officeHolders;
};

namespace
{

using Row = DataFiles::TsvRow;
using DataFiles::readJson;
using DataFiles::readTsv;
using DataFiles::splitList;

/// The 1-based line of a JSON file where "key" is defined, for messages that point at it.
int lineOfKey(const QByteArray &bytes, const QString &key)
{
    const qsizetype at = bytes.indexOf(QStringLiteral("\"%1\"").arg(key).toUtf8());
    return at < 0 ? 0 : int(bytes.left(at).count('\n')) + 1;
}

/// The participant patterns, and the check that every list of rules/events.json is in use: by the
/// event passes (EventLexicon) or by a pattern. A list nobody reads is an error naming file:line.
Result<EventGrammar> loadEventGrammar(const QString &overrideDir,
                                      const QHash<QString, WordSet> &sets,
                                      const QHash<QString, PhraseList> &lists,
                                      QStringList *sources)
{
    const QString rulesFile = QStringLiteral("rules/participants.rules");
    auto bytes = DataFiles::read(overrideDir, rulesFile, sources);
    if (!bytes) {
        return bytes.error();
    }
    auto grammar = EventGrammar::parse(bytes.value(), rulesFile, sets, lists);
    if (!grammar) {
        return grammar;
    }
    const QString eventsFile = QStringLiteral("rules/events.json");
    QStringList ignored;
    auto events = DataFiles::read(overrideDir, eventsFile, &ignored);
    auto json = readJson(overrideDir, eventsFile, &ignored);
    if (!events || !json) {
        return events ? json.error() : events.error();
    }
    const QJsonObject &top = json.value();
    static const QStringList keys = {QStringLiteral("schema"),
                                     QStringLiteral("description"),
                                     QStringLiteral("triggers"),
                                     QStringLiteral("word_sets"),
                                     QStringLiteral("phrase_lists")};
    for (auto it = top.begin(); it != top.end(); ++it) {
        if (!keys.contains(it.key())) {
            return Error{Error::Code::Malformed,
                         QStringLiteral("%1:%2: unknown key \"%3\" (%4)")
                             .arg(eventsFile)
                             .arg(lineOfKey(events.value(), it.key()))
                             .arg(it.key(), keys.join(QLatin1String(", ")))};
        }
    }
    const QStringList needed = EventLexicon::names();
    for (const char *section : {"word_sets", "phrase_lists"}) {
        const QJsonObject obj = json.value().value(QLatin1String(section)).toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!needed.contains(it.key()) && !grammar.value().usedLists.contains(it.key())) {
                return Error{Error::Code::Malformed,
                             QStringLiteral("%1:%2: list \"%3\" is used by no rule and no pass: remove it or use it")
                                 .arg(eventsFile)
                                 .arg(lineOfKey(events.value(), it.key()))
                                 .arg(it.key())};
            }
        }
    }
    return grammar;
}

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

/// The triggers of rules/events.json by form; an unknown key or a trigger without a type is an error.
std::optional<Error> readTriggers(const QJsonObject &rules, QHash<QString, Trigger> *out)
{
    const QJsonArray triggers = rules.value(QLatin1String("triggers")).toArray();
    for (const QJsonValue &v : triggers) {
        const QJsonObject t = v.toObject();
        Trigger trigger;
        trigger.type = t.value(QLatin1String("type")).toString();
        trigger.isVerb = t.value(QLatin1String("pos")).toString() == QLatin1String("verb");
        trigger.needsObject = t.value(QLatin1String("object")).toBool();
        trigger.weak = t.value(QLatin1String("weak")).toBool();
        for (auto key = t.begin(); key != t.end(); ++key) {
            static const QStringList known = {QStringLiteral("type"),
                                              QStringLiteral("pos"),
                                              QStringLiteral("object"),
                                              QStringLiteral("weak"),
                                              QStringLiteral("forms")};
            if (!known.contains(key.key())) {
                return Error{Error::Code::Malformed,
                             QStringLiteral("rules/events.json: a trigger has the unknown key \"%1\" (%2)")
                                 .arg(key.key(), known.join(QLatin1String(", ")))};
            }
        }
        if (trigger.type.isEmpty()) {
            return Error{Error::Code::Malformed, QStringLiteral("rules/events.json: a trigger without \"type\"")};
        }
        const QJsonArray forms = t.value(QLatin1String("forms")).toArray();
        for (const QJsonValue &f : forms) {
            // A form listed as a noun and as a verb ("visit") keeps the verb entry and reads as a
            // noun after a determiner ("a visit", "his visit").
            const QString form = f.toString().toLower();
            const auto same = out->constFind(form);
            if (same != out->cend() && same->isVerb != trigger.isVerb) {
                Trigger both = trigger.isVerb ? trigger : same.value();
                both.alsoNoun = true;
                out->insert(form, both);
                continue;
            }
            out->insert(form, trigger);
        }
    }
    return std::nullopt;
}

} // namespace

KnowledgeBase::KnowledgeBase()
    : d(std::make_unique<Data>())
{
}

KnowledgeBase::~KnowledgeBase() = default;

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::load(const QString &overrideDir)
{
    return load(overrideDir, UserDictionary());
}

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::load(const QString &overrideDir,
                                                                 const UserDictionary &userDictionary)
{
    std::shared_ptr<KnowledgeBase> kb(new KnowledgeBase);
    Data &d = *kb->d;
    d.overrideDir = overrideDir;

    auto addName = [&d](const QString &surface, GazetteerEntry entry) {
        entry.surface = surface;
        entry.allCapsOnly = isShortAcronym(surface);
        const QStringList keys = TextSegmenter::keys(surface);
        if (keys.isEmpty()) {
            return;
        }
        d.gazetteer.insert(keys, int(d.entries.size()));
        d.entries.append(entry);
    };

    // Countries: names, aliases, demonyms, capitals.
    auto countries = readTsv(overrideDir,
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
            GazetteerEntry
                cap{EntityType::Location, capital, code, ActorKind::State, name, false, {}, QStringLiteral("capital")};
            addName(capital, cap);
            d.placeNames.append(capital);
        }
    }

    auto orgs = readTsv(overrideDir,
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

    auto cities = readTsv(overrideDir,
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

    // Continents, seas and regions of several states: places that stand for no state.
    auto regions = readTsv(overrideDir,
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

    // People (WordNet instance nouns): full names only; a person stands for the country of the gloss.
    auto people = readTsv(overrideDir,
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

    // Office-holders (Wikidata): who stood for which state or organisation when.
    auto officeHolders = OfficeHolders::read(overrideDir, &d.sources);
    if (!officeHolders) {
        return officeHolders.error();
    }
    d.officeHolders = std::move(officeHolders).value();

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
        auto rows = readTsv(overrideDir, QString::fromLatin1(list.file), {column}, &d.sources);
        if (!rows) {
            return rows.error();
        }
        QSet<QString> words;
        for (const Row &row : rows.value()) {
            words.insert(row.value(column).toLower());
        }
        *list.set = WordSet(std::move(words));
    }
    auto titles = readTsv(overrideDir,
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
        d.titles.insert(TextSegmenter::keys(row.value(QStringLiteral("title"))), int(d.titleKinds.size()));
        d.titleKinds.append(kind);
    }
    auto holidays = readTsv(overrideDir,
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

    auto cameo = readTsv(overrideDir,
                         QStringLiteral("rules/cameo.tsv"),
                         {QStringLiteral("type"), QStringLiteral("status"), QStringLiteral("code")},
                         &d.sources);
    if (!cameo) {
        return cameo.error();
    }
    for (const Row &row : cameo.value()) {
        d.cameo.insert(row.value(QStringLiteral("type")) + QLatin1Char('|') + row.value(QStringLiteral("status")),
                       row.value(QStringLiteral("code")));
    }
    auto csvColumns =
        readTsv(overrideDir, QStringLiteral("rules/csv_columns.tsv"), {QStringLiteral("column")}, &d.sources);
    if (!csvColumns) {
        return csvColumns.error();
    }
    for (const Row &row : csvColumns.value()) {
        d.csvColumns.append(row.value(QStringLiteral("column")));
    }
    auto statuses = readTsv(overrideDir,
                            QStringLiteral("rules/statuses.tsv"),
                            {QStringLiteral("status"), QStringLiteral("ics_status")},
                            &d.sources);
    if (!statuses) {
        return statuses.error();
    }
    for (const Row &row : statuses.value()) {
        d.statuses.append(row.value(QStringLiteral("status")));
        d.icsStatuses.insert(row.value(QStringLiteral("status")), row.value(QStringLiteral("ics_status")));
    }

    // Rules: word sets, phrase lists, number maps shared by the date and event stages.
    for (const QString &file : {QStringLiteral("rules/dates.json"),
                                QStringLiteral("rules/events.json"),
                                QStringLiteral("rules/names.json")}) {
        auto json = readJson(overrideDir, file, &d.sources);
        if (!json) {
            return json.error();
        }
        const QJsonObject obj = json.value();
        if (file.contains(QLatin1String("dates"))) {
            d.dateRules = obj;
        } else if (file.contains(QLatin1String("events"))) {
            d.eventRules = obj;
        }
        const QJsonObject sets = obj.value(QLatin1String("word_sets")).toObject();
        for (auto it = sets.begin(); it != sets.end(); ++it) {
            if (d.wordSets.contains(it.key())) {
                // One namespace for every rules file: a second definition would silently merge.
                return Error{
                    Error::Code::Malformed,
                    QStringLiteral("%1: word set \"%2\" is defined in another rules file too").arg(file, it.key())};
            }
            QSet<QString> set;
            const QJsonArray words = it.value().toArray();
            for (const QJsonValue &w : words) {
                set.insert(w.toString().toLower());
            }
            d.wordSets.insert(it.key(), WordSet(std::move(set)));
        }
        const QJsonObject lists = obj.value(QLatin1String("phrase_lists")).toObject();
        for (auto it = lists.begin(); it != lists.end(); ++it) {
            if (d.phraseLists.contains(it.key())) {
                return Error{
                    Error::Code::Malformed,
                    QStringLiteral("%1: phrase list \"%2\" is defined in another rules file too").arg(file, it.key())};
            }
            PhraseList &list = d.phraseLists[it.key()];
            QVector<Phrase> &phrases = list.items;
            const QJsonArray items = it.value().toArray();
            for (const QJsonValue &item : items) {
                Phrase p;
                if (item.isString()) {
                    p.keys = TextSegmenter::keys(item.toString());
                } else {
                    const QJsonArray pair = item.toArray();
                    if (pair.size() != 2) {
                        return Error{
                            Error::Code::Malformed,
                            QStringLiteral("%1: phrase_lists.%2: [phrase, value] expected").arg(file, it.key())};
                    }
                    p.keys = TextSegmenter::keys(pair.at(0).toString());
                    p.value = pair.at(1).toString();
                }
                phrases.append(p);
            }
            std::stable_sort(phrases.begin(), phrases.end(), [](const Phrase &a, const Phrase &b) {
                return a.keys.size() > b.keys.size();
            });
            for (int p = 0; p < phrases.size(); ++p) {
                if (!phrases.at(p).keys.isEmpty()) {
                    list.byFirst[phrases.at(p).keys.first()].append(p);
                }
            }
            const auto firstKeys = list.byFirst.keys();
            list.firstKeys = WordSet(QSet<QString>(firstKeys.cbegin(), firstKeys.cend()));
        }
        const QJsonObject maps = obj.value(QLatin1String("number_maps")).toObject();
        for (auto it = maps.begin(); it != maps.end(); ++it) {
            QHash<QString, int> &map = d.numberMaps[it.key()];
            const QJsonObject m = it.value().toObject();
            for (auto mi = m.begin(); mi != m.end(); ++mi) {
                map.insert(mi.key().toLower(), mi.value().toInt());
            }
        }
        const QJsonObject units = obj.value(QLatin1String("units")).toObject();
        for (auto it = units.begin(); it != units.end(); ++it) {
            d.units.insert(it.key().toLower(), it.value().toString());
            d.unitKeys.add(it.key().toLower());
        }
    }
    if (auto bad = readTriggers(d.eventRules, &d.triggers)) {
        return *bad;
    }

    {
        const auto keys = d.triggers.keys();
        d.triggerWords = WordSet(QSet<QString>(keys.cbegin(), keys.cend()));
    }
    for (const Trigger &trigger : std::as_const(d.triggers)) {
        d.eventTypes.append(trigger.type);
    }
    d.eventTypes.sort();
    d.eventTypes.removeDuplicates();
    auto lexicon = EventLexicon::bind(d.wordSets, d.phraseLists, QStringLiteral("rules/events.json"));
    if (!lexicon) {
        return lexicon.error();
    }
    d.eventLexicon = lexicon.value();
    auto grammar = loadEventGrammar(overrideDir, d.wordSets, d.phraseLists, &d.sources);
    if (!grammar) {
        return grammar.error();
    }
    d.eventGrammar = std::move(grammar).value();
    // The analyst's organizations become actors too (participants, completion).
    d.userDictionary = userDictionary;
    for (const UserEntry &e : userDictionary.entries()) {
        const QString name = e.canonical.isEmpty() ? e.surface : e.canonical;
        if (!e.stop && e.type == EntityType::Organization && !d.actorCodes.contains(name)) {
            d.actorNames.append(name);
        }
    }
    d.actorNames.sort(Qt::CaseInsensitive);
    d.actorNames.removeDuplicates();
    d.placeNames.sort(Qt::CaseInsensitive);
    d.placeNames.removeDuplicates();
    return std::shared_ptr<const KnowledgeBase>(std::move(kb));
}

std::shared_ptr<const KnowledgeBase> KnowledgeBase::builtIn()
{
    static QMutex mutex;
    static std::shared_ptr<const KnowledgeBase> instance;
    QMutexLocker lock(&mutex);
    if (!instance) {
        auto loaded = load();
        if (!loaded) {
            qFatal("Readout: built-in knowledge is broken: %s", qPrintable(loaded.error().message));
        }
        instance = loaded.value();
    }
    return instance;
}

const TokenTrie &KnowledgeBase::gazetteer() const
{
    return d->gazetteer;
}

const GazetteerEntry &KnowledgeBase::entry(int id) const
{
    return d->entries.at(id);
}

QString KnowledgeBase::actorCode(const QString &canonical) const
{
    return d->actorCodes.value(canonical);
}

QString KnowledgeBase::demonym(const QString &state) const
{
    return d->demonyms.value(state);
}

bool KnowledgeBase::isState(const QString &canonical) const
{
    return d->states.contains(canonical);
}

QStringList KnowledgeBase::actorNames() const
{
    return d->actorNames;
}

QStringList KnowledgeBase::placeNames() const
{
    return d->placeNames;
}

bool KnowledgeBase::isFirstName(const QString &word) const
{
    return d->firstNames.containsLower(word);
}

const TokenTrie &KnowledgeBase::titles() const
{
    return d->titles;
}

QString KnowledgeBase::titleKind(int id) const
{
    return d->titleKinds.value(id);
}

bool KnowledgeBase::isOrganizationWord(const QString &word) const
{
    return d->orgWords.containsLower(word);
}

bool KnowledgeBase::isAbbreviation(const QString &wordWithDot) const
{
    return d->abbreviations.containsLower(wordWithDot);
}

bool KnowledgeBase::isStopName(const QString &word) const
{
    return d->stopNames.containsLower(word);
}

bool KnowledgeBase::isFunctionWord(const QString &word) const
{
    return d->functionWords.containsLower(word);
}

const QJsonObject &KnowledgeBase::dateRules() const
{
    return d->dateRules;
}

const QJsonObject &KnowledgeBase::eventRules() const
{
    return d->eventRules;
}

const OfficeHolders &KnowledgeBase::officeHolders() const
{
    return d->officeHolders;
}

const EventGrammar &KnowledgeBase::eventGrammar() const
{
    return d->eventGrammar;
}

const EventLexicon &KnowledgeBase::eventLexicon() const
{
    return d->eventLexicon;
}

const QHash<QString, Trigger> &KnowledgeBase::triggers() const
{
    return d->triggers;
}

const WordSet &KnowledgeBase::triggerWords() const
{
    return d->triggerWords;
}

const TokenTrie &KnowledgeBase::holidays() const
{
    return d->holidays;
}

QString KnowledgeBase::holidayRule(int id) const
{
    return d->holidayRules.value(id);
}

const WordSet &KnowledgeBase::wordSet(const QString &name) const
{
    static const WordSet empty;
    const auto it = d->wordSets.constFind(name);
    if (it == d->wordSets.cend()) {
        qCWarning(readoutData) << "no word set" << name;
        return empty;
    }
    return it.value();
}

const PhraseList &KnowledgeBase::phrases(const QString &name) const
{
    static const PhraseList empty;
    const auto it = d->phraseLists.constFind(name);
    if (it == d->phraseLists.cend()) {
        qCWarning(readoutData) << "no phrase list" << name;
        return empty;
    }
    return it.value();
}

int KnowledgeBase::number(const QString &map, const QString &lowerWord, int fallback) const
{
    const auto it = d->numberMaps.constFind(map);
    if (it == d->numberMaps.cend()) {
        return fallback;
    }
    return it.value().value(lowerWord, fallback);
}

QSet<QString> KnowledgeBase::numberKeys(const QString &map) const
{
    const auto it = d->numberMaps.constFind(map);
    if (it == d->numberMaps.cend()) {
        return {};
    }
    QSet<QString> keys;
    for (auto k = it.value().cbegin(); k != it.value().cend(); ++k) {
        keys.insert(k.key());
    }
    return keys;
}

QSet<QString> KnowledgeBase::holidayFirstKeys() const
{
    return d->holidayFirstKeys;
}

QString KnowledgeBase::unit(const QString &lowerWord) const
{
    if (!d->unitKeys.mayContain(lowerWord)) {
        return {};
    }
    return d->units.value(lowerWord);
}

QString KnowledgeBase::cameoCode(const QString &type, const QString &status) const
{
    QString code = d->cameo.value(type + QLatin1Char('|') + status);
    if (code.isEmpty()) {
        code = d->cameo.value(type + QLatin1String("|*"));
    }
    if (code.isEmpty()) {
        code = d->cameo.value(QLatin1String("*|") + status);
    }
    return code;
}

QStringList KnowledgeBase::csvColumns() const
{
    return d->csvColumns;
}

QStringList KnowledgeBase::eventTypes() const
{
    return d->eventTypes;
}

QStringList KnowledgeBase::eventStatuses() const
{
    return d->statuses;
}

QString KnowledgeBase::icsStatus(const QString &status) const
{
    return d->icsStatuses.value(status);
}

const UserDictionary &KnowledgeBase::userDictionary() const
{
    return d->userDictionary;
}

QStringList KnowledgeBase::sources() const
{
    return d->sources;
}

} // namespace Readout
