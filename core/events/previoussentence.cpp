// SPDX-License-Identifier: GPL-3.0-or-later
#include "previoussentence.h"

#include "../knowledge/knowledgebase.h"
#include "eventcoreference.h"
#include "eventlexicon.h"
#include "sentenceview.h"
#include "triggerfinder.h"

#include <algorithm>

namespace Readout
{

/// Where the clause names its sides by pointing back: its subject ("the two leaders met", "On Friday,
/// they met") or after a participant preposition of a noun trigger ("discussions between the two
/// sides"). The phrase's index in anaphoric_subjects (and its first token in *at), or -1.
int pointingBack(const SentenceView &view, const Clause &c, const FoundTrigger &found, int *at)
{
    const EventLexicon &lex = view.lex;
    const int subject = view.subjectStart(c.first, c.last);
    int p = view.phraseAt(*lex.anaphoricSubjects, subject, c.last);
    *at = subject;
    // "Negotiators for both sides met", "envoys of the two countries": people of the sides.
    if (p < 0 && subject + 2 < c.last && lex.participantNouns->contains(view.key(subject))
        && lex.memberPrepositions->contains(view.key(subject + 1))) {
        p = view.phraseAt(*lex.anaphoricSubjects, subject + 2, c.last);
        *at = p >= 0 ? subject + 2 : subject;
    }
    const int trig = found.anchor.token;
    if (p < 0 && !found.trigger.isVerb && !found.subjectAnaphor && trig + 2 < c.last
        && lex.participantPreps->contains(view.key(trig + 1))) {
        *at = trig + 2;
        p = view.phraseAt(*lex.anaphoricSubjects, *at, c.last);
    }
    // "suggested hosting the two foes in Kampala": the object of a verb that takes its side as one.
    if (p < 0 && found.trigger.isVerb && found.trigger.needsObject && trig + 1 < c.last) {
        *at = trig + 1;
        p = view.phraseAt(*lex.anaphoricSubjects, *at, c.last);
    }
    return p;
}

/// "Ghana and Togo signed a protocol on Monday. The two presidents will meet again on March 4": a
/// subject that points back ("the two presidents", "they") takes the states and bodies of the
/// previous sentence when that sentence told no event of its own (else coreference ties the two)
/// and the clause names fewer than two sides; "the two ..." and "both ..." only when it named two.
bool sidesFromPrevious(const SentenceView &view,
                       const Clause &c,
                       const FoundTrigger &found,
                       const PreviousSentence &previous,
                       Event *ev)
{
    int subject = -1;
    const int p = pointingBack(view, c, found, &subject);
    // "A and B will meet on May 20, the envoy said after talks with the two ministers": a clause
    // split from one that named the sides points back to that one, not to the sentence before.
    if (p < 0 || ev->participants.size() >= 2 || previous.actors.size() < 2 || c.inheritSubject >= 0) {
        return false;
    }
    const QStringList &keys = view.lex.anaphoricSubjects->at(p).keys;
    const bool two = keys.contains(QLatin1String("two")) || keys.constFirst() == QLatin1String("both");
    if (two && previous.actors.size() != 2) {
        return false;
    }
    // "President X offered Prime Minister Y to host the talks. The two ministers last met in June":
    // an office named in the plural does not point back to a sentence that named holders of
    // offices, but not two of this one.
    if (view.lex.officeAnaphors->contains(keys.constLast()) && !previous.offices.isEmpty()
        && previous.offices.value(keys.constLast()) < 2) {
        return false;
    }
    ev->participants.clear();
    ev->participantCodes.clear();
    for (const QString &actor : previous.actors) {
        ev->participants.append(actor);
        ev->participantCodes.append(view.kb.actorCode(actor));
    }
    ev->reasons.append({QStringLiteral("participants"),
                        QStringLiteral("sides-of-previous-sentence"),
                        view.phrase(subject, subject + int(keys.size())) + QStringLiteral(": ")
                            + previous.actors.join(QLatin1String(", "))});
    return true;
}

/// "On Tuesday, A and B agreed to raise tariffs. They also spoke about energy": an event held, of the
/// previous sentence's sides and with no date of its own, took place on that sentence's date.
void dateOfPrevious(const PreviousSentence &previous, const QDate &published, Event *ev)
{
    if (!ev->date.isEmpty() || previous.date.isEmpty() || ev->status != statusName(EventStatus::Held)
        || (published.isValid() && previous.date > published.toString(Qt::ISODate))) {
        return;
    }
    ev->date = previous.date;
    ev->dateText = previous.dateText;
    ev->reasons.append({QStringLiteral("date"), QStringLiteral("date-of-previous-sentence"), previous.dateText});
}

/// "A meeting took place in Lima on Monday. Attending the meeting were envoys of A and B": the event
/// the previous sentence told with no sides, named again with its sides, keeps that sentence's date
/// and place.
void occasionOfPrevious(const PreviousSentence &previous, const EventCandidate &cand, Event *ev)
{
    const Event &before = previous.sideless;
    if (!cand.definite || cand.anaphoric || before.type.isEmpty() || ev->participants.size() < 2
        || EventCoreference::ownKind(before.type) != EventCoreference::ownKind(ev->type)) {
        return;
    }
    if (ev->date.isEmpty() && !before.date.isEmpty() && ev->status == before.status) {
        ev->date = before.date;
        ev->dateText = before.dateText;
        ev->reasons.append({QStringLiteral("date"), QStringLiteral("occasion-of-previous-sentence"), before.dateText});
    }
    if (ev->location.isEmpty() && !before.location.isEmpty()) {
        ev->location = before.location;
        ev->reasons.append(
            {QStringLiteral("location"), QStringLiteral("occasion-of-previous-sentence"), before.location});
    }
}

/// "A spoke by phone with B on Monday and agreed to meet in Lima next week": a second conjunct that
/// shares the first one's subject and names no other side is an event of the first one's sides.
void sidesOfFirstConjunct(const Clause &c,
                          const FoundTrigger &found,
                          const QVector<EventCandidate> &result,
                          int sentence,
                          Event *ev)
{
    if (c.inheritSubject < 0 || !found.trigger.isVerb || ev->participants.size() >= 2 || result.isEmpty()
        || result.constLast().sentence != sentence) {
        return;
    }
    const Event &first = result.constLast().event;
    const bool among = std::all_of(ev->participants.cbegin(), ev->participants.cend(), [&first](const QString &p) {
        return first.participants.contains(p);
    });
    if (first.participants.size() < 2 || !among) {
        return;
    }
    ev->participants = first.participants;
    ev->participantCodes = first.participantCodes;
    ev->reasons.append({QStringLiteral("participants"),
                        QStringLiteral("sides-of-first-conjunct"),
                        first.participants.join(QLatin1String(", "))});
}

/// The states and bodies a sentence names outside its reporting clause and dateline (those of its
/// subject alone when it opens with two or more: "The leaders of A and B agreed to cut tariffs on
/// goods from C": A and B), and its one calendar date.
PreviousSentence previousOf(const SentenceView &view, const Sentence &s)
{
    PreviousSentence previous;
    int dates = 0;
    for (int k = s.firstToken; k < s.lastToken; ++k) {
        const int m = view.mentionAt.at(k);
        if (m >= 0 && !view.excluded.at(k) && view.mentions.at(m).eventDateCandidate
            && k == view.mentions.at(m).firstToken && ++dates == 1) {
            previous.date = view.mentions.at(m).value.left(10);
            previous.dateText = view.mentions.at(m).canonical;
        }
    }
    if (dates != 1) {
        previous.date.clear();
        previous.dateText.clear();
    }
    QStringList &actors = previous.actors;
    QStringList subject;
    bool inSubject = true;
    for (int k = view.subjectStart(s.firstToken, s.lastToken); k < s.lastToken; ++k) {
        const int m = view.mentionAt.at(k);
        const bool side =
            m >= 0 && !view.excluded.at(k) && !view.dateline.at(k) && !view.noSide.at(k) && view.isActor(m);
        const QString &key = view.key(k);
        inSubject = inSubject
            && (m >= 0 || view.participantWord(k, s.firstToken) || view.lex.determiners->contains(key)
                || key == QLatin1String("of") || view.excluded.at(k));
        if (side && !actors.contains(view.mentions.at(m).actor)) {
            actors.append(view.mentions.at(m).actor);
        }
        if (side && inSubject && !subject.contains(view.mentions.at(m).actor)) {
            subject.append(view.mentions.at(m).actor);
        }
    }
    if (subject.size() >= 2) {
        actors = subject;
    }
    // "President X and Prime Minister Y": one minister, one president ("ministers" counts two).
    for (int k = s.firstToken; k < s.lastToken; ++k) {
        const QString &key = view.key(k);
        if (view.lex.officeAnaphors->contains(key)) {
            previous.offices[key] += 2;
        } else if (view.lex.participantNouns->contains(key)) { // a cheap test before building the plural
            const QString plural = key + QLatin1Char('s');
            if (view.lex.officeAnaphors->contains(plural)) {
                previous.offices[plural] += 1;
            }
        }
    }
    return previous;
}

} // namespace Readout
