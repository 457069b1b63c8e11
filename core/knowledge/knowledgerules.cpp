// SPDX-License-Identifier: GPL-3.0-or-later
// KnowledgeLoader's steps for the rules files (rules/*.json) and the event rules built on them.
#include "knowledgebase_p.h"

#include "../extract/textsegmenter.h"
#include "datafiles.h"

#include <QJsonArray>

#include <algorithm>

namespace Readout
{

namespace
{

using DataFiles::lineOfJsonKey;

/// The top-level keys of each rules file and the type of each one's value: the loader refuses any
/// other key (a misspelt section would otherwise be ignored without a word).
DataFiles::JsonKeys rulesFileKeys(const QString &file)
{
    const auto object = QJsonValue::Object;
    DataFiles::JsonKeys keys = {{QStringLiteral("schema"), QJsonValue::Double},
                                {QStringLiteral("description"), QJsonValue::String},
                                {QStringLiteral("word_sets"), object}};
    if (file.endsWith(QLatin1String("dates.json"))) {
        keys.append({{QStringLiteral("months_ahead_without_tense"), QJsonValue::Double},
                     {QStringLiteral("regular_past_reach"), QJsonValue::Double},
                     {QStringLiteral("number_maps"), object},
                     {QStringLiteral("season_codes"), object},
                     {QStringLiteral("units"), object},
                     {QStringLiteral("duration_unit_years"), object},
                     {QStringLiteral("set_adverb_values"), object},
                     {QStringLiteral("set_noun_values"), object},
                     {QStringLiteral("clock_words"), object},
                     {QStringLiteral("time_suffixes"), object},
                     {QStringLiteral("day_part_codes"), object},
                     {QStringLiteral("point_modifiers"), object},
                     {QStringLiteral("amount_modifiers"), object},
                     {QStringLiteral("duration_leads"), QJsonValue::Array}});
        return keys;
    }
    keys.append({QStringLiteral("phrase_lists"), object});
    if (file.endsWith(QLatin1String("events.json"))) {
        keys.append({QStringLiteral("triggers"), QJsonValue::Array});
    }
    return keys;
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
    if (!events) {
        return events.error();
    }
    auto json = DataFiles::parseJson(events.value(), eventsFile);
    if (!json) {
        return json.error();
    }
    const QStringList needed = EventLexicon::names();
    for (const char *section : {"word_sets", "phrase_lists"}) {
        const QJsonObject obj = json.value().value(QLatin1String(section)).toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (!needed.contains(it.key()) && !grammar.value().usedLists.contains(it.key())) {
                return Error{Error::Code::Malformed,
                             QStringLiteral("%1:%2: list \"%3\" is used by no rule and no pass: remove it or use it")
                                 .arg(eventsFile)
                                 .arg(lineOfJsonKey(events.value(), it.key()))
                                 .arg(it.key())};
            }
        }
    }
    return grammar;
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

std::optional<Error> KnowledgeLoader::readRules()
{
    // Rules: word sets, phrase lists, number maps shared by the date and event stages.
    for (const QString &file : {QStringLiteral("rules/dates.json"),
                                QStringLiteral("rules/events.json"),
                                QStringLiteral("rules/names.json")}) {
        auto json = DataFiles::readStrictJson(m_overrideDir, file, rulesFileKeys(file), &d.sources);
        if (!json) {
            return json.error();
        }
        const QJsonObject obj = json.value();
        if (file.contains(QLatin1String("dates"))) {
            d.dateRules = obj;
        } else if (file.contains(QLatin1String("events"))) {
            d.eventRules = obj;
        }
        if (auto error = readWordSets(file, obj)) {
            return error;
        }
        if (auto error = readPhraseLists(file, obj)) {
            return error;
        }
        readNumberMaps(obj);
    }
    return std::nullopt;
}

std::optional<Error> KnowledgeLoader::readWordSets(const QString &file, const QJsonObject &obj)
{
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
    return std::nullopt;
}

std::optional<Error> KnowledgeLoader::readPhraseLists(const QString &file, const QJsonObject &obj)
{
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
                    return Error{Error::Code::Malformed,
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
    return std::nullopt;
}

void KnowledgeLoader::readNumberMaps(const QJsonObject &obj)
{
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

std::optional<Error> KnowledgeLoader::bindEventRules()
{
    if (auto bad = readTriggers(d.eventRules, &d.triggers)) {
        return *bad;
    }

    {
        const auto keys = d.triggers.keys();
        d.triggerWords = WordSet(QSet<QString>(keys.cbegin(), keys.cend()));
    }
    // The types come from rules/event_types.tsv (read before): a trigger of another type would
    // give events no editor offers and no CAMEO code covers.
    for (const Trigger &trigger : std::as_const(d.triggers)) {
        if (!d.eventTypes.contains(trigger.type)) {
            return Error{Error::Code::Malformed,
                         QStringLiteral("rules/events.json: a trigger has the type \"%1\", which rules/event_types.tsv "
                                        "does not list (%2)")
                             .arg(trigger.type, d.eventTypes.join(QLatin1String(", ")))};
        }
    }
    auto lexicon = EventLexicon::bind(d.wordSets, d.phraseLists, QStringLiteral("rules/events.json"));
    if (!lexicon) {
        return lexicon.error();
    }
    d.eventLexicon = lexicon.value();
    auto grammar = loadEventGrammar(m_overrideDir, d.wordSets, d.phraseLists, &d.sources);
    if (!grammar) {
        return grammar.error();
    }
    d.eventGrammar = std::move(grammar).value();
    return std::nullopt;
}

} // namespace Readout
