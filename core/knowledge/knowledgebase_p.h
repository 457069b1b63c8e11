// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledgebase.h"

#include "../events/eventgrammar.h"
#include "../events/eventlexicon.h"
#include "officeholders.h"
#include "tokentrie.h"
#include "userdictionary.h"

#include <optional>

namespace Readout
{

/// Everything a KnowledgeBase holds; filled once by KnowledgeLoader, read-only afterwards.
struct KnowledgeBase::Data {
    QString overrideDir;
    QStringList sources;

    QVector<GazetteerEntry> entries;
    TokenTrie gazetteer;
    QHash<QString, QString> actorCodes;
    QHash<QString, QString> demonyms; ///< state -> its first demonym ("Venezuela" -> "Venezuelan")
    QSet<QString> states;
    QSet<QString> cityStates; ///< countries whose capital is written like them (countries.tsv)
    QStringList actorNames;
    QStringList placeNames;

    WordSet firstNames;
    WordSet orgWords;
    WordSet orgSuffixes; ///< org_words.tsv rows of position "suffix": Inc, Ltd, AG, ...
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
    QVector<EventTypeInfo> eventTypeInfos;
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

/// One KnowledgeBase::load(): each step reads one data file (or one kind of them) into the Data it
/// fills, and returns the error that stops the load. The order matters: organizations refer to
/// countries, the event grammar to the word sets of the rules files. Gazetteers and tables are read
/// in knowledgeloader.cpp, rules/*.json in knowledgerules.cpp.
class KnowledgeLoader
{
public:
    KnowledgeLoader(KnowledgeBase::Data &d, const QString &overrideDir);
    /// Runs every step, then merges the analyst's dictionary; the first error stops it.
    [[nodiscard]] std::optional<Error> load(const UserDictionary &userDictionary);

private:
    // knowledgeloader.cpp
    /// Adds one surface form of a gazetteer entry, as normalised keys.
    void addName(const QString &surface, GazetteerEntry entry);
    /// Countries: names, aliases, demonyms, capitals.
    [[nodiscard]] std::optional<Error> readCountries();
    /// Organizations, and the state or organization each stands for.
    [[nodiscard]] std::optional<Error> readOrganizations();
    /// Cities and regions within a state (capitals come with the countries).
    [[nodiscard]] std::optional<Error> readCities();
    /// Continents, seas and regions of several states.
    [[nodiscard]] std::optional<Error> readWorldRegions();
    /// Well-known people, by full name.
    [[nodiscard]] std::optional<Error> readPeople();
    /// Who held which office when.
    [[nodiscard]] std::optional<Error> readOfficeHolders();
    /// One-column word lists: first names, organization words, abbreviations, stop and function words.
    [[nodiscard]] std::optional<Error> readWordLists();
    /// Titles and their kind (honorific, office, role).
    [[nodiscard]] std::optional<Error> readTitles();
    /// Holidays and the rule that dates each.
    [[nodiscard]] std::optional<Error> readHolidays();
    // eventtables.cpp
    /// Event types, statuses, CAMEO codes (every type with every status) and CSV columns.
    [[nodiscard]] std::optional<Error> readEventTables();
    /// rules/event_types.tsv: a type once, lower case; unknown columns refused.
    [[nodiscard]] std::optional<Error> readEventTypes();
    /// rules/statuses.tsv: a status once, lower case, with an iCalendar STATUS.
    [[nodiscard]] std::optional<Error> readStatuses();
    /// rules/cameo.tsv: rows for listed types and statuses (or "*"), then every pair covered.
    [[nodiscard]] std::optional<Error> readCameo();
    /// The analyst's organizations become actors too (participants, completion).
    void addUserDictionary(const UserDictionary &userDictionary);
    /// Actor and place names sorted case-blind, each once (the completers' lists).
    void sortNames();

    // knowledgerules.cpp
    /// Word sets, phrase lists, number maps and units of every rules file.
    [[nodiscard]] std::optional<Error> readRules();
    /// One rules file's word sets; a name another file defined too is an error.
    [[nodiscard]] std::optional<Error> readWordSets(const QString &file, const QJsonObject &obj);
    /// One rules file's phrase lists, longest phrase first, indexed by first key.
    [[nodiscard]] std::optional<Error> readPhraseLists(const QString &file, const QJsonObject &obj);
    /// One rules file's number maps and units.
    void readNumberMaps(const QJsonObject &obj);
    /// Triggers, event types, the event passes' lists and the participant patterns.
    [[nodiscard]] std::optional<Error> bindEventRules();

    KnowledgeBase::Data &d;
    const QString &m_overrideDir;
};

} // namespace Readout
