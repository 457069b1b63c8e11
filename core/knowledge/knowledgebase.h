// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../entity.h"
#include "../result.h"
#include "wordset.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace Readout
{

class TokenTrie;
struct EventGrammar;
class OfficeHolders;
struct EventLexicon;
class UserDictionary;
class KnowledgeLoader;

/// What a gazetteer name stands for.
enum class ActorKind {
    None, ///< a place or thing that is not an actor
    State, ///< a country: participates in events as itself
    Organization, ///< an international or national organization
};

/// One gazetteer entry: the entity type a name gets and the actor it stands for.
struct GazetteerEntry {
    EntityType type = EntityType::Misc;
    QString canonical; ///< canonical actor or place name
    QString code; ///< alpha-3 for states, organization code
    ActorKind actorKind = ActorKind::None;
    QString actor; ///< the actor a mention of this name stands for (a capital stands for its state)
    bool allCapsOnly = false; ///< acronyms such as "US" must be written in capitals
    QString surface; ///< the name as listed; its capitalisation is required of a match
    QString placeKind; ///< country, capital, city or region for places; organization kind otherwise
};

/// A multi-word cue from the rules ("likely to" -> likely), as normalised token keys.
struct Phrase {
    QStringList keys;
    QString value;
};

/// A named list of phrases, indexed by first key so matching at a token costs one hash look-up.
struct PhraseList {
    QVector<Phrase> items; ///< longest first
    QHash<QString, QVector<int>> byFirst;
    WordSet firstKeys; ///< the keys of byFirst: most tokens start no phrase

    [[nodiscard]] const Phrase &at(int i) const
    {
        return items.at(i);
    }
    [[nodiscard]] int size() const
    {
        return int(items.size());
    }
    [[nodiscard]] QVector<Phrase>::const_iterator begin() const
    {
        return items.cbegin();
    }
    [[nodiscard]] QVector<Phrase>::const_iterator end() const
    {
        return items.cend();
    }
    /// Index of the longest phrase whose keys match keyAt(k), keyAt(k+1), ... before `end`, or -1.
    template<typename KeyAt>
    [[nodiscard]] int matchAt(int k, int end, KeyAt keyAt) const
    {
        if (!firstKeys.contains(keyAt(k))) { // the flat table's cheap hash, before the QHash's
            return -1;
        }
        const auto it = byFirst.constFind(keyAt(k));
        if (it == byFirst.cend()) {
            return -1;
        }
        for (int p : it.value()) {
            const QStringList &keys = items.at(p).keys;
            if (k + keys.size() > end) {
                continue;
            }
            bool ok = true;
            for (int i = 1; i < keys.size() && ok; ++i) {
                ok = keyAt(k + i) == keys.at(i);
            }
            if (ok) {
                return p;
            }
        }
        return -1;
    }
};

/// An event trigger word: its surface forms, the event type and whether it is a noun or a verb.
struct Trigger {
    QString type;
    bool isVerb = false;
    bool needsObject = false; ///< "meet X", "visit X": the object is a participant
    bool weak = false; ///< "discussed": yields to a later trigger of the clause and to "the two leaders"
    bool alsoNoun = false; ///< a verb form that is a noun trigger too ("visit"): a noun after a determiner
};

/// One event type of rules/event_types.tsv: the name events and exports carry ("talks"), a label
/// for people ("Talks") and what it covers.
struct EventTypeInfo {
    QString type;
    QString label;
    QString description;
};

/// All knowledge Readout uses, loaded once from resources/ (compiled in under :/readout/, overridable
/// by a data directory) and shared read-only between threads. Nothing here is changed after load().
class KnowledgeBase
{
public:
    ~KnowledgeBase();

    /// Loads every data file; a same-named file in overrideDir replaces the built-in one.
    /// Errors name file:line.
    [[nodiscard]] static Result<std::shared_ptr<const KnowledgeBase>> load(const QString &overrideDir = {});
    /// As load(overrideDir), with the analyst's user dictionary merged after the built-in gazetteer
    /// (its organizations join actorNames(); the pipeline applies it through userDictionary()).
    [[nodiscard]] static Result<std::shared_ptr<const KnowledgeBase>> load(const QString &overrideDir,
                                                                           const UserDictionary &userDictionary);
    /// The built-in knowledge, loaded on first use (thread-safe); aborts with a message if the
    /// compiled-in data is broken, which the data test prevents.
    [[nodiscard]] static std::shared_ptr<const KnowledgeBase> builtIn();

    // Gazetteer
    [[nodiscard]] const TokenTrie &gazetteer() const;
    [[nodiscard]] const GazetteerEntry &entry(int id) const;
    [[nodiscard]] QString actorCode(const QString &canonical) const;
    [[nodiscard]] bool isState(const QString &canonical) const;
    /// "Singapore", "Monaco": a state whose capital is written like it (countries.tsv), so that
    /// "in Singapore" names a venue.
    [[nodiscard]] bool isCityState(const QString &canonical) const;
    /// A state's first demonym in countries.tsv ("Venezuela" -> "Venezuelan"); "" for none.
    [[nodiscard]] QString demonym(const QString &state) const;
    [[nodiscard]] QStringList actorNames() const; ///< sorted canonical names of states and organizations
    [[nodiscard]] QStringList placeNames() const;

    // Names
    [[nodiscard]] bool isFirstName(const QString &word) const;
    [[nodiscard]] const TokenTrie &titles() const; ///< value: title kind index (see titleKind)
    [[nodiscard]] QString titleKind(int id) const; ///< "honorific", "office" or "role"
    [[nodiscard]] bool isOrganizationWord(const QString &word) const; ///< Council, Ministry, Ltd, ...
    [[nodiscard]] bool isOrganizationSuffix(const QString &word) const; ///< a legal form: Inc, Ltd, AG, ...
    [[nodiscard]] bool isAbbreviation(const QString &wordWithDot) const;
    [[nodiscard]] bool isStopName(const QString &word) const; ///< capitalised words that start no name
    /// A lone article, pronoun, preposition, conjunction or auxiliary ("as", "the"), any case.
    [[nodiscard]] bool isFunctionWord(const QString &word) const;

    // Rules (resources/rules/*.json), already validated
    [[nodiscard]] const QJsonObject &dateRules() const;
    [[nodiscard]] const QJsonObject &eventRules() const;
    /// Who held which office when (gazetteers/officeholders.tsv, from Wikidata).
    [[nodiscard]] const OfficeHolders &officeHolders() const;
    /// The participant and place patterns (resources/rules/participants.rules), checked at load.
    [[nodiscard]] const EventGrammar &eventGrammar() const;
    /// The lists of rules/events.json the event passes use, bound by name once at load.
    [[nodiscard]] const EventLexicon &eventLexicon() const;
    [[nodiscard]] const QHash<QString, Trigger> &triggers() const; ///< lower-case surface form -> trigger
    [[nodiscard]] const WordSet &triggerWords() const; ///< the keys of triggers(), quick to test
    [[nodiscard]] const TokenTrie &holidays() const; ///< value: index for holidayRule()
    [[nodiscard]] QString holidayRule(int id) const; ///< "MM-DD", "easter", "orthodox-easter", "nth-weekday:MM:N:W"
    /// Lower-case words of a named list in resources/rules/events.json or dates.json ("reporting_verbs").
    [[nodiscard]] const WordSet &wordSet(const QString &name) const;
    /// Multi-word cues of a named list, longest first ("status_cues", "topic_cues").
    [[nodiscard]] const PhraseList &phrases(const QString &name) const;
    /// A named number map of dates.json ("months", "weekdays", "numbers", "ordinals").
    [[nodiscard]] int number(const QString &map, const QString &lowerWord, int fallback = -1) const;
    [[nodiscard]] QSet<QString> numberKeys(const QString &map) const; ///< the words of a number map
    [[nodiscard]] QSet<QString> holidayFirstKeys() const; ///< first words of holiday names
    [[nodiscard]] QString unit(const QString &lowerWord) const; ///< "years" -> "Y", "hours" -> "TH", "" when none
    [[nodiscard]] QString cameoCode(const QString &type, const QString &status) const;
    [[nodiscard]] QStringList csvColumns() const;
    /// Event types of rules/event_types.tsv, in its order (the editor's choices); every trigger's
    /// type is one of them and each has a CAMEO code with every status (checked at load).
    [[nodiscard]] QStringList eventTypes() const;
    [[nodiscard]] const QVector<EventTypeInfo> &eventTypeInfos() const;
    /// Event statuses of rules/statuses.tsv, in its order (the editor's choices).
    [[nodiscard]] QStringList eventStatuses() const;
    /// The iCalendar STATUS for one of ours (rules/statuses.tsv); "" when unknown.
    [[nodiscard]] QString icsStatus(const QString &status) const;
    /// The analyst's user dictionary given to load(); empty otherwise.
    [[nodiscard]] const UserDictionary &userDictionary() const;

    /// Files read, for the About box and diagnostics.
    [[nodiscard]] QStringList sources() const;

private:
    friend class KnowledgeLoader; // fills Data in load()

    KnowledgeBase();
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace Readout
