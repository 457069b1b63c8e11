// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentenceview.h"

#include "../knowledge/knowledgebase.h"
#include "eventlexicon.h"

namespace Readout
{

SentenceView::SentenceView(const QString &text_,
                           const Segmentation &segmentation,
                           const QVector<Mention> &mentions_,
                           const QStringList &entityIds_,
                           const KnowledgeBase &knowledge,
                           const EventLexicon &lexicon)
    : text(text_)
    , tokens(segmentation.tokens)
    , mentions(mentions_)
    , entityIds(entityIds_)
    , kb(knowledge)
    , lex(lexicon)
{
    const int n = int(tokens.size());
    mentionAt.fill(-1, n);
    excluded.fill(false, n);
    quoted.fill(false, n);
    dateline.fill(false, n);
    noSide.fill(false, n);
    whole.fill(false, n);
    // Token -> mention: the innermost visible one, else any hidden actor.
    for (int m = 0; m < mentions.size(); ++m) {
        const Mention &me = mentions.at(m);
        for (int k = me.firstToken; k < me.lastToken && k < n; ++k) {
            if (mentionAt.at(k) < 0 || !me.hidden) {
                mentionAt[k] = m;
            }
        }
    }
    // Hidden actors ("NATO" inside "NATO-Russia Council") and the visible name holding them. Mentions
    // are sorted by start, longer first, so a container comes right before what it holds.
    container.fill(-1, mentions.size());
    int open = -1;
    for (int m = 0; m < mentions.size(); ++m) {
        const Mention &me = mentions.at(m);
        if (!me.hidden) {
            open = m;
        } else if (open >= 0 && mentions.at(open).end >= me.end) {
            container[m] = open;
            members[open].append(m);
        }
    }
}

QString SentenceView::visibleId(int m) const
{
    if (!entityIds.at(m).isEmpty()) {
        return entityIds.at(m);
    }
    return container.at(m) >= 0 ? entityIds.at(container.at(m)) : QString();
}

bool SentenceView::participantWord(int k, int floor) const
{
    // "Heads of state of the EAC": an office's complement after a participant noun and "of" is part
    // of the people named (events.json office_complements).
    const QString &key = tokens.at(k).key;
    return lex.participantNouns->contains(key)
        || (lex.officeComplements->contains(key) && k - 2 >= floor && tokens.at(k - 1).key == QLatin1String("of")
            && lex.participantNouns->contains(tokens.at(k - 2).key));
}

QString SentenceView::governedBy(int firstToken, int floor) const
{
    // A person is never one of a list of places: "After the truce failed in Juba, rebel leader X
    // will meet" ends the fronted phrase at the comma even though a name comes before it.
    const int self = firstToken < int(mentionAt.size()) ? mentionAt.at(firstToken) : -1;
    const bool person = self >= 0 && mentions.at(self).type == EntityType::Person;
    bool crossedComma = false;
    for (int k = firstToken - 1; k >= floor; --k) {
        const QString &key = tokens.at(k).key;
        if (key == QLatin1String(",") && (k == floor || nameAt(k - 1) < 0 || frontedBefore(k, floor))) {
            return {}; // "Later, Chile will meet ...", "In Lima, he will meet": a fronted phrase ends at its comma
        }
        crossedComma = crossedComma || key == QLatin1String(",");
        const bool inPhrase = lex.determiners->contains(key) || participantWord(k, floor) || key == QLatin1String("'s")
            || key == QLatin1String("-") || nameAt(k) >= 0;
        const bool ofParticipant =
            (key == QLatin1String("of") || key == QLatin1String("from")) && k > floor && participantWord(k - 1, floor);
        if (!inPhrase && !ofParticipant) {
            // Only a lower-case word (a preposition, a verb) governs; a dateline colon, a bracket or
            // a date before the phrase ("On March 29, X and Y met") does not.
            const bool word = tokens.at(k).is(Token::Word)
                && (!tokens.at(k).is(Token::Upper) || kb.isStopName(key)); // "Returns To Vienna"
            if (person && crossedComma && lex.placePreps->contains(key)) {
                return {};
            }
            return word ? key : QString();
        }
    }
    return {};
}

bool SentenceView::frontedBefore(int comma, int floor) const
{
    // The phrase before the comma opens the clause with a preposition ("In Lima,"): a list of names
    // ("with Chile, Peru") is governed from further left.
    int k = comma - 1;
    while (k >= floor && (nameAt(k) >= 0 || lex.determiners->contains(tokens.at(k).key))) {
        --k;
    }
    return k == floor && tokens.at(k).is(Token::Word) && nameAt(k) < 0;
}

int SentenceView::lastOccasionBefore(int trig, bool verb, int floor) const
{
    // "A and B last met in 2019", "the two sides last held talks in Hanoi", "since the last talks in
    // August", "the previous talks" (events.json last_occasion_words).
    const WordSet &last = *lex.lastOccasionWords;
    if (verb) {
        return trig - 1 >= floor && last.contains(key(trig - 1)) ? trig - 1 : -1;
    }
    if (trig - 2 >= floor && last.contains(key(trig - 2)) && lowerWord(trig - 1)) {
        return trig - 2;
    }
    return trig - 2 >= floor && last.contains(key(trig - 1)) && lex.anaphorDeterminers->contains(key(trig - 2))
        ? trig - 1
        : -1;
}

int SentenceView::modifierBefore(const WordSet &set, int k, int floor) const
{
    // The clause's first word may be capitalised ("Earlier talks in May").
    for (int j = k - 1; j >= floor && j >= k - 4 && (lowerWord(j) || j == floor) && mentionAt.at(j) < 0; --j) {
        if (set.contains(key(j)) && key(j + 1) != QLatin1String("to")) { // "prior to the meeting"
            return j;
        }
    }
    return -1;
}

bool SentenceView::modifiedAway(int k, int floor) const
{
    return (k > floor && lex.notEventModifiers->contains(tokens.at(k - 1).key))
        || (k + 1 < tokens.size() && lex.notEventHeads->contains(tokens.at(k + 1).key)) || bodyOfMembers(k, floor);
}

bool SentenceView::bodyOfMembers(int k, int floor) const
{
    // "both members of the security council", "a seat on the council": the body, not a session.
    constexpr int Modifiers = 2;
    int j = k - 1;
    while (j > floor && j >= k - 1 - Modifiers && lowerWord(j) && !lex.determiners->contains(tokens.at(j).key)
           && tokens.at(j).key != QLatin1String("of") && tokens.at(j).key != QLatin1String("on")) {
        --j;
    }
    if (j > floor && lex.determiners->contains(tokens.at(j).key)) {
        --j;
    }
    const bool linked =
        j > floor && (tokens.at(j).key == QLatin1String("of") || tokens.at(j).key == QLatin1String("on"));
    return linked && lex.memberNouns->contains(tokens.at(j - 1).key);
}

int SentenceView::subjectStart(int first, int last) const
{
    constexpr int LongestOpening = 8; // "During a two-hour video call on Monday,"
    // "Two days later, the two sides met": a date leads the clause as an opening word does.
    const bool dateFirst =
        first < last && mentionAt.at(first) >= 0 && mentions.at(mentionAt.at(first)).type == EntityType::Date;
    if (first >= last || (!lex.openingWords->contains(tokens.at(first).key) && !dateFirst)) {
        return first;
    }
    for (int k = first + 1; k + 1 < last && k <= first + LongestOpening; ++k) {
        if (tokens.at(k).key == QLatin1String(",")) {
            return k + 1;
        }
    }
    // "On Thursday the two leaders spoke", "Last week Kenya and Uganda met": without its comma, an
    // opening date ends where the date does.
    const int date = dateFirst ? first : first + 1;
    const int m = date < last ? mentionAt.at(date) : -1;
    if (m >= 0 && mentions.at(m).type == EntityType::Date && mentions.at(m).lastToken < last) {
        return mentions.at(m).lastToken;
    }
    return first;
}

QString SentenceView::phrase(int first, int last) const
{
    if (first >= last) {
        return {};
    }
    return text.mid(tokens.at(first).start, tokens.at(last - 1).end - tokens.at(first).start).simplified();
}

int SentenceView::reportedDayBefore(int k) const
{
    if (k < 1 || !lex.reportDaySequences->contains(key(k))) {
        return -1;
    }
    const int m = mentionAt.at(k - 1);
    if (m < 0 || mentions.at(m).type != EntityType::Date || mentions.at(m).lastToken != k
        || !mentions.at(m).eventDateCandidate) {
        return -1;
    }
    int verb = mentions.at(m).firstToken - 1;
    if (verb >= 0 && key(verb) == QLatin1String("on")) {
        --verb;
    }
    const auto reporting = [this](int at) {
        return at >= 0 && lex.reporting->contains(key(at));
    };
    return reporting(verb) || (verb >= 0 && lowerWord(verb) && reporting(verb - 1)) ? m : -1;
}

int SentenceView::phraseAt(const PhraseList &list, int k, int end) const
{
    if (k >= end) {
        return -1;
    }
    return list.matchAt(k, end, [this](int i) -> const QString & {
        return tokens.at(i).key;
    });
}

} // namespace Readout
