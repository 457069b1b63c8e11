// SPDX-License-Identifier: GPL-3.0-or-later
#include "triggerfinder.h"

#include "eventlexicon.h"

namespace Readout
{

namespace
{

/// Is this "call" word a call between people here (not "a call for restraint")?
bool isCall(const SentenceView &view, const Clause &c, int k, const Trigger &trigger)
{
    const QString &key = view.key(k);
    const QString next = k + 1 < c.last ? view.key(k + 1) : QString();
    const QString prev = k > c.first ? view.key(k - 1) : QString();
    if (key == QLatin1String("phone") || key == QLatin1String("telephone")) {
        return !view.kb.triggerWords().contains(next); // "phone call": the noun carries it
    }
    if (!trigger.isVerb) {
        return view.lex.callNounsAlone->contains(key) || view.lex.callRequires->contains(prev)
            || view.lex.callRequires->contains(next);
    }
    if (key == QLatin1String("phoned") || key == QLatin1String("telephoned")) {
        return true;
    }
    // "spoke by phone"; "During a videoconference, they spoke", not "At a news conference, he spoke"
    constexpr int Reach = 8;
    for (int j = std::max(c.first, k - Reach); j < std::min(c.last, k + Reach); ++j) {
        if (j != k && view.lex.callContext->contains(view.key(j)) && !view.modifiedAway(j, c.first)) {
            return true;
        }
    }
    return false;
}

unsigned anchorKind(const Trigger &trigger)
{
    if (!trigger.isVerb) {
        return AnchorNoun;
    }
    return trigger.needsObject ? AnchorObjectVerb : AnchorVerb;
}

/// A frame word (events.json frame_prepositions: "during", "sidelines", "ahead"...; and
/// frame_nouns_before_of: "the eve of", "the last day of") within `reach`
/// words before token k, with no trigger between and, unless `overNames`, only lower-case words.
bool frameWordBefore(const SentenceView &view, const Clause &c, int k, int reach, bool overNames)
{
    for (int j = k - 1; j >= c.first && j >= k - reach; --j) {
        const QString &key = view.key(j);
        if (view.lex.framePrepositions->contains(key)
            || (view.lex.frameNounsBeforeOf->contains(key) && view.key(j + 1) == QLatin1String("of"))) {
            return true; // "on the sidelines of", "on the last day of the conference"
        }
        if (view.kb.triggerWords().contains(key) || (!overNames && !view.lowerWord(j))) {
            return false;
        }
    }
    return false;
}

/// "on the sidelines of the AU summit", "during the summit": the noun is the frame of the clause's
/// event, not its type (a frame word within six words before it, names included).
bool inFrame(const SentenceView &view, const Clause &c, int k)
{
    return frameWordBefore(view, c, k, 6, true);
}

/// "talks at a summit": a later noun trigger of higher rank (type_priority) names the clause's type.
/// "at the ASEAN summit", "at an OAS meeting": the noun at k after "at", an article and a name.
bool atNamedEvent(const SentenceView &view, int k)
{
    const Mention &name = view.mentions.at(view.mentionAt.at(k - 1));
    int j = name.firstToken - 1;
    if (j >= 0 && view.lex.determiners->contains(view.key(j))) {
        --j;
    }
    return j >= 0 && view.key(j) == QLatin1String("at");
}

void promoteType(const SentenceView &view, const Clause &c, FoundTrigger *found)
{
    const auto &triggers = view.kb.triggers();
    const auto rank = [&view](const QString &type) {
        return view.lex.typeRank.value(type, int(view.lex.typeRank.size()));
    };
    for (int k = found->anchor.token + 1; k < c.last; ++k) {
        if (!view.kb.triggerWords().mayContain(view.key(k))) {
            continue;
        }
        const auto it = triggers.constFind(view.key(k));
        // "Chad's Transitional Council": a capitalised "Council" is part of a name, not a session.
        const bool namePart = view.key(k) == QLatin1String("council") && view.tokens.at(k).is(Token::Upper);
        // "A and B met at the ASEAN summit": a named body's event frames theirs, and is its own.
        const bool named = k - 1 > found->anchor.token && view.mentionAt.at(k - 1) >= 0 && atNamedEvent(view, k);
        if (!view.excluded.at(k) && it != triggers.cend() && view.mentionAt.at(k) < 0 && !it->isVerb && !namePart
            && !named && it->type != QLatin1String("call") && rank(it->type) < rank(found->type)
            && !inFrame(view, c, k)) {
            found->type = it->type;
            found->typeWord = view.phrase(k, k + 1);
        }
    }
}

/// "a visit", "his two-day state visit": a verb-and-noun form after a determiner, over at most two
/// other lower-case words and any date words ("two-day"), is the noun; "to visit", "will visit" not.
bool readsAsNoun(const SentenceView &view, const Clause &c, int k)
{
    int words = 0;
    for (int j = k - 1; j >= c.first && j >= k - 6; --j) {
        if (view.lex.determiners->contains(view.key(j))) {
            return true;
        }
        const int m = view.mentionAt.at(j);
        if (m >= 0 && view.mentions.at(m).type == EntityType::Date) {
            continue;
        }
        if (view.key(j) == QLatin1String("-")) {
            continue;
        }
        if (!view.lowerWord(j) || view.lex.infinitiveMarkers->contains(view.key(j)) || ++words > 2) {
            return false;
        }
    }
    return false;
}

/// "During the visit, he will hold talks": a noun trigger in a phrase that frames the clause in time
/// (events.json frame_prepositions) yields to a later trigger.
bool framing(const SentenceView &view, const Clause &c, int k, const Trigger &trigger)
{
    return !(trigger.isVerb && !trigger.alsoNoun) && frameWordBefore(view, c, k, 4, true);
}

/// "Hours before the summit", "shortly after the talks": a frame that puts the clause on the day of
/// the framing event (events.json same_day_leads before a sequence preposition).
bool sameDayFrame(const SentenceView &view, const Clause &c, int k)
{
    for (int j = k - 1; j > c.first && j >= k - 4; --j) {
        if (view.lex.sequencePreps->contains(view.key(j))) {
            return view.lex.sameDayLeads->contains(view.key(j - 1));
        }
    }
    return false;
}

/// "The previous round was held on May 2": a round word is a trigger after an ordinal, not before
/// "of" (the noun after it is: "round of talks", and "round of sanctions" is none).
bool bareRound(const SentenceView &view, const Clause &c, int k)
{
    return (k + 1 >= c.last || view.key(k + 1) != QLatin1String("of")) && k > c.first
        && view.lex.isRoundOrdinal(view.key(k - 1));
}

/// "Two other summits, a Gulf-Japanese summit and an Arab-Japanese summit, will be held": a noun
/// in the plural followed by a comma and an event of its type in the singular names the events it
/// lists, not one of its own.
bool umbrella(const SentenceView &view, const Clause &c, int k, const Trigger &trigger)
{
    constexpr int Reach = 6; // "a Gulf-Japanese summit": the determiner, a modifier or two, the noun
    if (trigger.isVerb || k + 2 >= c.last || view.key(k + 1) != QLatin1String(",")
        || !view.lex.determiners->contains(view.key(k + 2))) {
        return false;
    }
    const auto &triggers = view.kb.triggers();
    for (int j = k + 3; j < c.last && j <= k + 2 + Reach && view.key(j) != QLatin1String(","); ++j) {
        const auto it = triggers.constFind(view.key(j));
        if (it != triggers.cend()) {
            // A plural head and a singular item ("summits, a ... summit"); "the 52nd summit, an A-B
            // Summit and other meetings" is a list of its own.
            return !it->isVerb && it->type == trigger.type && view.key(j) != view.key(k)
                && view.key(k).endsWith(QLatin1Char('s'));
        }
    }
    return false;
}

/// "a virtual meeting", "a video conference", "a virtual trade summit": a meeting held at a distance is a call
/// (events.json remote_modifiers).
void remoteMeeting(const SentenceView &view, const Clause &c, int k, FoundTrigger *slot)
{
    if (slot->trigger.isVerb || slot->type == QLatin1String("visit") || slot->type == QLatin1String("call")) {
        return; // "a phone call" is a call as it stands
    }
    constexpr int Modifiers = 3; // "a virtual trade summit", "phone talks"
    for (int j = k - 1;
         j >= c.first && j >= k - Modifiers && view.lowerWord(j) && !view.lex.determiners->contains(view.key(j));
         --j) {
        if (view.lex.remoteModifiers->contains(view.key(j))) {
            slot->type = QStringLiteral("call"); // the anchor keeps the trigger's type for the grammar
            slot->typeWord = view.phrase(j, k + 1);
            return;
        }
    }
}

/// "received the offer", "welcomed the agreement between A and B": a weak verb that takes its side as
/// object (receive, welcome) names no event when its object is a thing. After the verb and its
/// determiners, a name, a participant noun (events.json participant_nouns) or a pronoun of persons
/// (person_objects: "him", "them") is someone; a lower-case word followed by a function word or a
/// comma is a thing.
bool thingObject(const SentenceView &view, const Clause &c, int k)
{
    constexpr int Reach = 5;
    bool content = false; // a lower-case word that names no one came first
    for (int j = k + 1; j < c.last && j <= k + Reach; ++j) {
        const QString &key = view.key(j);
        if (view.mentionAt.at(j) >= 0 || view.tokens.at(j).is(Token::Upper) || view.lex.participantNouns->contains(key)
            || view.lex.personObjects->contains(key)) {
            return false;
        }
        const bool ends = !view.lowerWord(j) || view.kb.isFunctionWord(key);
        if (view.lex.determiners->contains(key) && !content) {
            continue;
        }
        if (ends) {
            return content; // "on Monday with ...": no object right after the verb
        }
        content = true;
    }
    return content;
}

} // namespace

FoundTrigger findTrigger(const SentenceView &view, const Clause &c)
{
    FoundTrigger found;
    FoundTrigger weak; // "discussed": taken only when nothing stronger comes
    const auto &triggers = view.kb.triggers();
    for (int k = c.first; k < c.last; ++k) {
        const QString &key = view.key(k);
        if (view.excluded.at(k) || !view.kb.triggerWords().mayContain(key)) {
            continue;
        }
        const auto it = triggers.constFind(key);
        if (it == triggers.cend() || view.nameAt(k) >= 0) {
            continue; // "Council" inside "NATO-Russia Council"
        }
        if (view.lex.roundWords->contains(key) && !bareRound(view, c, k)) {
            continue;
        }
        if (it->isVerb && it->needsObject && it->weak && thingObject(view, c, k)) {
            continue;
        }
        if (it->type == QLatin1String("call") && !isCall(view, c, k, it.value())) {
            continue;
        }
        if (key == QLatin1String("council") && view.tokens.at(k).is(Token::Upper)) {
            continue;
        }
        if (umbrella(view, c, k, it.value())) {
            continue;
        }
        if (view.modifiedAway(k, c.first)) {
            continue; // "a press conference", "a news conference": no diplomatic event
        }
        const bool frame = framing(view, c, k, it.value());
        if (frame && found.sameDayAs.isEmpty() && sameDayFrame(view, c, k)) {
            found.sameDayAs = it->type;
        }
        FoundTrigger &slot = it->weak || frame ? weak : found;
        if (slot.anchor.token >= 0) {
            continue;
        }
        slot.anchor = {k, anchorKind(it.value()), it->type};
        slot.trigger = it.value();
        if (slot.trigger.alsoNoun && readsAsNoun(view, c, k)) {
            slot.trigger.isVerb = false;
            slot.trigger.needsObject = false;
            slot.anchor.kind = AnchorNoun;
        }
        slot.type = it->type;
        slot.typeWord = view.phrase(k, k + 1); // a copy: the key may point into a freed buffer
        remoteMeeting(view, c, k, &slot);
        if (&slot == &found) {
            break;
        }
    }
    if (found.anchor.token >= 0) {
        promoteType(view, c, &found);
        return found;
    }
    const int subject = view.subjectStart(c.first, c.last);
    const int p = view.phraseAt(*view.lex.anaphoricSubjects, subject, c.last);
    if (p >= 0) {
        found.anchor = {subject + int(view.lex.anaphoricSubjects->at(p).keys.size()) - 1, AnchorAnaphor, {}};
        found.subjectAnaphor = true;
        found.typeWord = view.phrase(subject, found.anchor.token + 1);
        promoteType(view, c, &found);
        return found;
    }
    if (weak.anchor.token >= 0) {
        promoteType(view, c, &weak);
    }
    return weak;
}

bool negatedOrGeneric(const SentenceView &view, const Clause &c, int trig)
{
    for (int k = c.first; k < c.last; ++k) {
        if (view.phraseAt(*view.lex.negated, k, c.last) >= 0) {
            return true;
        }
    }
    for (int k = std::max(c.first, trig - 4); k < trig; ++k) {
        if (view.lex.negations->contains(view.key(k)) || view.phraseAt(*view.lex.generic, k, trig) >= 0) {
            return true;
        }
    }
    return false;
}

} // namespace Readout
