// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../knowledge/wordset.h"
#include "../result.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

namespace Readout
{

struct PhraseList;

/// What a matched name contributes to the event.
enum class PatternRole : quint8 {
    None,
    Participant, ///< a side of the event
    Mediator, ///< takes part as a mediator (counted among the sides)
    Place, ///< where the event is: a place name other than a country
    Destination, ///< a side, and where the event is when it names a city ("a visit to Paris")
    Date, ///< the event's date (on DATE): before the nearest-date policy
    Topic, ///< a topic: the words the element (or group) matched
};

/// One kind of pattern element. Upper-case names in the rules file; see resources/rules/participants.rules.
enum class AtomKind : quint8 {
    Trigger, ///< TRIGGER: the trigger word itself (the anchor)
    Literal, ///< a lower-case word or punctuation, matched as one token
    InSet, ///< [set] or [set|set]: one token of any of the word sets
    WordNotInSet, ///< WORD-[set|set]: one lower-case word in none of the word sets
    Word, ///< WORD: any lower-case word
    Name, ///< NAME: a capitalised word that is part of no name Readout knows
    Title, ///< TITLE: a capitalised title of gazetteers/titles.tsv ("Secretary-General", "Foreign Minister")
    Any, ///< ANY: any token
    Other, ///< OTHER: a token that is no lower-case word and part of no name ("P5+1")
    Phrase, ///< <list>: one phrase of a phrase list
    Actor, ///< ACTOR or ACTOR=kind,kind: a name (not a date), optionally of given kinds ("igo")
    Place, ///< PLACE or PLACE=kind,kind: a place name other than a country
    We, ///< WE: "our", "we" inside a quotation: the state of the latest speaker
    Date, ///< DATE: a calendar date
    Subject, ///< SUBJECT: the stretch from the clause start; takes the names no preposition governs
    Aside, ///< ASIDE: a bracketed aside "( ... )"
    Group, ///< ( a | b ): alternatives, each a sequence
};

struct PatternElement {
    AtomKind kind = AtomKind::Any;
    PatternRole role = PatternRole::None;
    int min = 1;
    int max = 1;
    QString literal; ///< Literal: the token key
    QStringList kinds; ///< Actor, Place: the mention kinds allowed; empty: any
    QVector<const WordSet *> sets; ///< InSet, WordNotInSet
    const PhraseList *phrases = nullptr;
    QVector<QVector<PatternElement>> alternatives; ///< Group
};

/// Where a rule is tried.
enum class ScanMode : quint8 {
    Anchored, ///< once, with TRIGGER on the clause's trigger
    AfterTrigger, ///< at every token after the trigger (the pattern has no TRIGGER)
    Clause, ///< at every token of the clause (the pattern has no TRIGGER)
};

/// Which triggers a rule applies to (bit flags).
enum AnchorFlag : unsigned {
    AnchorNoun = 1u << 0,
    AnchorVerb = 1u << 1, ///< a verb trigger whose object is not a side ("negotiate")
    AnchorObjectVerb = 1u << 2, ///< a verb trigger whose object is a side ("meet X", "visit X")
    AnchorAnaphor = 1u << 3, ///< no trigger: a subject such as "the two leaders"
};

/// A sentence we wrote and what the rule must make of it.
struct PatternExample {
    int line = 0;
    QString sentence;
    QStringList sides; ///< expected sides, sorted; empty when place is given
    QString place; ///< expected place, for a place rule
    QString date; ///< expected date value, for a date rule
    QString topic; ///< a topic the event must have, for a topic rule
};

/// One construction that names the sides (or mediators, or the place) of an event.
struct PatternRule {
    QString id;
    QString file;
    int line = 0;
    unsigned anchors = AnchorNoun | AnchorVerb | AnchorObjectVerb;
    QStringList types; ///< the event types it applies to; empty: all
    ScanMode scan = ScanMode::Anchored;
    QVector<PatternElement> before; ///< elements before TRIGGER, nearest first (matched leftwards)
    QVector<PatternElement> after; ///< elements after TRIGGER (or the whole pattern when not anchored)
    QString text; ///< the pattern as written
    bool placeOnly = false; ///< captures only a place: applied by the place policy
    QVector<PatternExample> examples;
};

/// The participant and place patterns of resources/rules/participants.rules, parsed and checked once.
struct EventGrammar {
    QVector<PatternRule> rules; ///< in file order: the order they are tried in
    QSet<QString> usedLists; ///< word sets and phrase lists the patterns refer to

    /// Parses the rules file. Every error names file:line: an unknown key, word set or phrase list,
    /// a malformed pattern, a rule without an example, a duplicate id.
    [[nodiscard]] static Result<EventGrammar> parse(const QByteArray &bytes,
                                                    const QString &file,
                                                    const QHash<QString, WordSet> &wordSets,
                                                    const QHash<QString, PhraseList> &phraseLists);
};

} // namespace Readout
