// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventextractor.h"
#include "cancellation.h"

#include "../knowledge/knowledgebase.h"
#include "clausesplitter.h"
#include "eventcoreference.h"
#include "eventlexicon.h"
#include "eventpolicies.h"
#include "eventsides.h"
#include "furtherevents.h"
#include "previoussentence.h"
#include "reportingclause.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace Readout
{

namespace
{

/// Does the sentence hold anything an event could hang on: a trigger word, an anaphoric subject at
/// its start, or a body with members ("the NATO-Russia Council")? Most sentences do not.
bool mayTellEvent(const SentenceView &view, const Sentence &s)
{
    for (int k = s.firstToken; k < s.lastToken; ++k) {
        const int m = view.mentionAt.at(k);
        if (view.kb.triggerWords().contains(view.key(k)) || (m >= 0 && view.mentions.at(m).hidden && view.isActor(m))) {
            return true;
        }
    }
    return view.phraseAt(*view.lex.anaphoricSubjects, view.subjectStart(s.firstToken, s.lastToken), s.lastToken) >= 0;
}

/// A headline or a summary line: a line of its own that ends without a full stop, a question or an
/// exclamation mark ("Kenya, Zambia open border talks", "* Talks to resume on Monday").
bool headlineLike(const SentenceView &view, const Sentence &s)
{
    const auto &tokens = view.tokens;
    if (s.lastToken <= s.firstToken || s.lastToken > tokens.size()) {
        return false;
    }
    const bool ownLine = (s.firstToken == 0 || tokens.at(s.firstToken).is(Token::NewlineBefore))
        && (s.lastToken == tokens.size() || tokens.at(s.lastToken).is(Token::NewlineBefore));
    int last = s.lastToken - 1;
    static const QStringList closers = {QStringLiteral("\""),
                                        QStringLiteral("\u201d"),
                                        QStringLiteral("'"),
                                        QStringLiteral("\u2019")};
    while (last > s.firstToken && closers.contains(tokens.at(last).key)) {
        --last; // "... talks," he said." ends at the full stop inside the quotation
    }
    static const QStringList enders = {QStringLiteral("."),
                                       QStringLiteral("!"),
                                       QStringLiteral("?"),
                                       QStringLiteral(":"),
                                       QStringLiteral("\u2026")};
    return ownLine && !enders.contains(tokens.at(last).key);
}

/// "further talks", "another round of talks", "further week-long talks": a next-event modifier
/// (events.json next_event_modifiers) of the trigger noun itself, not of a noun before it ("no further
/// details of the talks").
bool nextModifierBefore(const SentenceView &view, const Clause &c, int trig)
{
    int j = trig - 1;
    if (j - 1 > c.first && view.key(j) == QLatin1String("of") && view.lex.roundWords->contains(view.key(j - 1))) {
        j -= 2; // "another round of talks"
    }
    for (int words = 0; j >= c.first && words < 4; --j, ++words) { // "further week-long talks"
        const QString &key = view.key(j);
        if (view.lex.nextModifiers->contains(key)) {
            return true;
        }
        if (!(view.lowerWord(j) || key == QLatin1String("-")) || view.lex.determiners->contains(key)
            || key == QLatin1String("of")) {
            return false;
        }
    }
    return false;
}

/// "The plenary session of the talks", "a second session of the summit": a session word
/// (events.json session_words) of an event noun, a part of the process told before.
bool sessionOf(const SentenceView &view, const Clause &c, int trig)
{
    if (!view.lex.sessionWords->contains(view.key(trig)) || trig + 2 >= c.last
        || view.key(trig + 1) != QLatin1String("of")) {
        return false;
    }
    int k = trig + 2;
    k += view.lex.determiners->contains(view.key(k)) && k + 1 < c.last ? 1 : 0;
    const auto it = view.kb.triggers().constFind(view.key(k));
    return it != view.kb.triggers().cend() && !it->isVerb && view.mentionAt.at(k) < 0;
}

/// "the talks", "those talks", "the eighth round of talks", "the two leaders": an event the text
/// reported before, unless the clause names its sides itself.
void markAnaphora(const SentenceView &view, const Clause &c, const FoundTrigger &found, EventCandidate *cand)
{
    const EventLexicon &lex = view.lex;
    const int trig = found.anchor.token;
    const int sides = int(cand->event.participants.size());
    int d = trig - 1;
    while (d >= c.first && (lex.notTopics->contains(view.key(d)) || view.key(d) == QLatin1String("-"))) {
        --d;
    }
    if (d >= c.first && lex.anaphorDeterminers->contains(view.key(d))) {
        cand->definite = true;
        cand->anaphoric = sides < 2;
        cand->plural = view.key(d) == QLatin1String("those") || view.key(d) == QLatin1String("these")
            || view.key(d) == QLatin1String("both");
    }
    // "The eighth round of (Vienna) talks", "the 14th round of talks": a session of the process the
    // document reports.
    for (int j = trig - 1; j > c.first && j >= trig - 4 && !found.trigger.isVerb; --j) {
        if (view.key(j) == QLatin1String("of")) {
            cand->round =
                lex.roundWords->contains(view.key(j - 1)) && j - 2 >= c.first && lex.isRoundOrdinal(view.key(j - 2));
            break;
        }
        if (!(view.mentionAt.at(j) >= 0 || view.lowerWord(j))) {
            break;
        }
    }
    // "The previous round was held on January 12": the round word is the trigger itself; "the
    // plenary session of the talks": a session word of another trigger noun.
    cand->round = cand->round || lex.roundWords->contains(view.key(trig)) || sessionOf(view, c, trig);
    if ((cand->round && sides < 2) || found.subjectAnaphor) {
        cand->anaphoric = true;
        cand->plural = false;
    }
    // "X would also meet Y", "X also held talks with Y": one more event of theirs, not a repeat.
    cand->additional = view.modifierBefore(*lex.additionalMarkers, trig, c.first) >= 0;
    cand->earlier = view.modifierBefore(*lex.pastModifiers, trig, c.first) >= 0;
    // "A and B last met in 2019", "the two sides last held talks in Hanoi", "since the last talks in
    // August": the occasion before.
    cand->lastOccasion = view.lastOccasionBefore(trig, found.trigger.isVerb, c.first) >= 0;
    // "the failure of previous negotiations": without sides of its own, an occasion of the sides
    // reported before.
    if ((cand->earlier || cand->lastOccasion) && sides < 2) {
        cand->anaphoric = true;
        cand->plural = false;
    }
    // "Sudan will propose further talks": the sides of the event before, on an occasion of its own.
    cand->next = !found.trigger.isVerb && nextModifierBefore(view, c, trig);
    if (cand->next && sides < 2) {
        cand->anaphoric = true;
        cand->plural = false;
    }
    // "They met on March 2", "the two leaders will meet again in May": the sides reported before.
    // "Discussions between the two sides broke up": likewise.
    int at = -1;
    const bool back = sides < 2 && pointingBack(view, c, found, &at) >= 0;
    // "The two sides (last) held talks", "the two leaders held a phone call": the noun the subject
    // holds, as a verb would be.
    int verb = trig - 1;
    while (verb > at + 1 && verb >= trig - 3 && view.lowerWord(verb) && !lex.supportVerbs->contains(view.key(verb))) {
        --verb; // over "a", "a phone"
    }
    const bool held = verb > at && lex.supportVerbs->contains(view.key(verb));
    if (back && (found.trigger.isVerb || at > trig || held)) {
        cand->anaphoric = true;
        cand->plural = false;
        cand->again = true;
    }
}

/// The reason an event's status came from a cue of its clause ("will", "postponed"), if it did.
std::optional<EventReason> statusCueOf(const Event &ev)
{
    const auto it = std::find_if(ev.reasons.cbegin(), ev.reasons.cend(), [](const EventReason &r) {
        return r.field == QLatin1String("status") && r.rule == QLatin1String("status-cue");
    });
    return it != ev.reasons.cend() ? std::optional(*it) : std::nullopt;
}

/// "Vietnam will host a meeting of ASEAN ministers": an event read after the clause's first trigger
/// and without a cue of its own has the status the cue before it gave ("will").
void keepClauseStatus(const QString &status, const std::optional<EventReason> &cue, Event *ev)
{
    if (!cue || statusCueOf(*ev) || ev->status == status) {
        return;
    }
    ev->status = status;
    ev->reasons.erase(std::remove_if(ev->reasons.begin(),
                                     ev->reasons.end(),
                                     [](const EventReason &r) {
                                         return r.field == QLatin1String("status");
                                     }),
                      ev->reasons.end());
    ev->reasons.append(*cue);
}

/// "have not met since July 2016", "no talks since 2019": the date after "since" right after a negated
/// trigger is when the sides last met (the mention index), else -1.
int negatedSince(const SentenceView &view, const Clause &c, int trig)
{
    bool negated = false;
    for (int k = std::max(c.first, trig - 3); k < trig && !negated; ++k) {
        negated = view.lex.negations->contains(view.key(k));
    }
    for (int k = trig + 1; negated && k + 1 < c.last && k <= trig + 2; ++k) {
        const int m = view.mentionAt.at(k + 1);
        if (view.lex.previousBounds->contains(view.key(k)) && m >= 0 && view.mentions.at(m).eventDateCandidate) {
            return m;
        }
    }
    return -1;
}

/// "the summit of the African Union": the noun trigger is followed by the body it belongs to.
bool ofBody(const SentenceView &view, const Clause &c, const FoundTrigger &found)
{
    const int k = found.anchor.token + 1;
    if (found.trigger.isVerb || k + 1 >= c.last || !view.lex.postPreps->contains(view.key(k))) {
        return false;
    }
    int j = k + 1;
    while (j < c.last && view.lex.determiners->contains(view.key(j))) {
        ++j;
    }
    return j < c.last && view.mentionAt.at(j) >= 0
        && view.mentions.at(view.mentionAt.at(j)).type == EntityType::Organization;
}

/// "The leaders of the BRICS nations will gather for their annual summit": a possessive before the
/// trigger (events.json possessive_determiners) of a body the clause names is that body's own event,
/// unless a bound preposition refers to it ("after their summit").
bool ownedByClause(const SentenceView &view, const Clause &c, const FoundTrigger &found)
{
    int d = found.anchor.token - 1;
    while (d >= c.first && (view.lex.notTopics->contains(view.key(d)) || view.lowerWord(d))
           && !view.lex.determiners->contains(view.key(d))) {
        --d;
    }
    // "attend a press conference following their meeting": an event told before, not the body's own.
    const bool referred = d > c.first && view.lex.boundPreps->contains(view.key(d - 1));
    return d >= c.first && view.lex.possessives->contains(view.key(d)) && !referred;
}

/// "Mexico will host talks between A and B": a state that hosts talks is their venue, not a side,
/// when the talks name two sides of their own (its name goes to hostState, the venue where the
/// clause names no place); an envoy or a leader who hosts them takes part.
void dropHost(const SentenceView &view,
              const Clause &c,
              const FoundTrigger &found,
              const QStringList &subject,
              Event *ev,
              QString *hostState)
{
    const qsizetype others = ev->participants.size() - subject.size();
    if (subject.isEmpty() || others < 1) {
        return;
    }
    int host = found.anchor.token;
    if (found.trigger.isVerb) {
        if (!view.lex.hostVerbs->contains(view.key(host))) {
            return;
        }
        // "Laos will host the ASEAN summit": the body that names the event before its noun holds it;
        // the host state is the venue (one other side is enough then).
        bool ownBody = false;
        int next = host + 1;
        for (; next < c.last && next <= host + 5 && !view.kb.triggerWords().contains(view.key(next)); ++next) {
            const int m = view.nameAt(next);
            const bool body = m >= 0 && view.mentions.at(m).type == EntityType::Organization && view.isActor(m);
            ownBody = ownBody || body;
            if (!(view.lex.determiners->contains(view.key(next)) || view.lowerWord(next) || body)) {
                break;
            }
        }
        const auto noun = view.kb.triggers().constFind(next < c.last ? view.key(next) : QString());
        if (noun == view.kb.triggers().cend() || noun->isVerb || view.mentionAt.at(next) >= 0
            || (others < 2 && !ownBody)) {
            return;
        }
    } else if (others < 2) {
        return;
    } else {
        // "Mexico offered to be the site of talks between A and B": a host noun before the trigger.
        int k = host - 1;
        while (k > c.first && k >= host - 3 && view.lowerWord(k) && !view.lex.postPreps->contains(view.key(k))
               && view.key(k) != QLatin1String("for")) {
            --k;
        }
        const bool of = view.lex.postPreps->contains(view.key(k)) || view.key(k) == QLatin1String("for");
        if (!of || k - 1 < c.first || !view.lex.hostNouns->contains(view.key(k - 1))) {
            return;
        }
        host = k - 1;
    }
    for (int k = c.first; k < host; ++k) {
        const int m = view.mentionAt.at(k);
        // "Mediators from Qatar and Egypt hosted talks between A and B": mediators take part.
        if ((m >= 0 && view.mentions.at(m).type == EntityType::Person)
            || view.lex.mediatorNouns->contains(view.key(k))) {
            return;
        }
    }
    for (const QString &side : subject) {
        const qsizetype i = ev->participants.indexOf(side);
        if (i >= 0) {
            ev->participants.removeAt(i);
            if (i < ev->participantCodes.size()) {
                ev->participantCodes.removeAt(i);
            }
        }
    }
    ev->reasons.append(
        {QStringLiteral("participants"), QStringLiteral("host-is-no-side"), subject.join(QLatin1String(", "))});
    if (subject.size() == 1 && view.kb.isState(subject.first())) {
        *hostState = subject.first(); // where the talks are, unless the clause names a place
    }
}

} // namespace

EventExtractor::EventExtractor(const KnowledgeBase &knowledge)
    : m_knowledge(knowledge)
{
}

QVector<EventCandidate> EventExtractor::extract(const QString &text,
                                                const Segmentation &seg,
                                                const QVector<Mention> &mentions,
                                                const QStringList &entityIds,
                                                const QDate &published,
                                                ExtractionContext *context) const
{
    SentenceView view(text, seg, mentions, entityIds, m_knowledge, m_knowledge.eventLexicon());
    ExtractionContext wholeText;
    ExtractionContext &ctx = context ? *context : wholeText;
    markQuotations(view, ctx);
    QVector<EventCandidate> result;
    for (int si = 0; si < seg.sentences.size(); ++si) {
        if (CancellationScope::requested()) {
            break; // Pipeline::run() drops what was found
        }
        const Sentence &s = seg.sentences.at(si);
        const bool candidate = mayTellEvent(view, s);
        const ReportedPart part = readReportingClause(view, s, ctx);
        if (!candidate) {
            ctx.previous = previousOf(view, s);
            continue;
        }
        const QVector<Clause> relatives = markAsides(view, part.first, part.last);
        markAims(view, part.first, part.last);
        markTimeZones(view, part.first, part.last);
        markParts(view, part.first, part.last);
        const qsizetype before = result.size();
        const PreviousSentence previous = std::exchange(ctx.previous, {});
        const QString evidence = view.text.mid(s.start, s.end - s.start);
        const SentenceInfo info{si, &s, &part.source, &ctx.speaker, &previous, headlineLike(view, s), &evidence};
        for (const Clause &c : relatives) {
            extractRelative(view, c, info, published, &result);
        }
        for (const Clause &c : splitClauses(view, part.first, part.last)) {
            extractClause(view, c, info, published, &result);
        }
        const bool told = std::any_of(result.cbegin() + before, result.cend(), [](const EventCandidate &cand) {
            return cand.event.participants.size() >= 2;
        });
        if (!told) {
            ctx.previous = previousOf(view, s);
            const auto sideless = std::find_if(result.cbegin() + before, result.cend(), [](const EventCandidate &cand) {
                return cand.event.participants.size() < 2 && !cand.standalone;
            });
            if (sideless != result.cend()) {
                ctx.previous.sideless = sideless->event;
            }
        }
    }
    return result;
}

void EventExtractor::addFrameEvent(const SentenceView &view,
                                   const Clause &c,
                                   int trig,
                                   const SentenceInfo &sentence,
                                   const QDate &published,
                                   const Event &met,
                                   QVector<EventCandidate> *result) const
{
    // "The leaders met on Monday at the APEC summit in Beijing", "... on the sidelines of the ASEAN
    // summit": the body's own event, under way that day, there.
    int at = -1;
    for (int j = trig + 1; j < c.last && at < 0; ++j) {
        const bool lead = view.key(j) == QLatin1String("at") || view.lex.framePrepositions->contains(view.key(j));
        at = lead && !view.excluded.at(j) ? j : -1;
    }
    // Only where an event noun follows: reading the rest of the clause again is not cheap.
    bool noun = false;
    for (int j = at + 1; at >= 0 && j < c.last && j <= at + 8 && !noun; ++j) {
        const auto it = view.kb.triggerWords().mayContain(view.key(j)) ? view.kb.triggers().constFind(view.key(j))
                                                                       : view.kb.triggers().cend();
        noun = it != view.kb.triggers().cend() && !it->isVerb;
    }
    if (!noun) {
        return;
    }
    Clause rest = c;
    rest.first = at + 1;
    QVector<EventCandidate> framing;
    extractClause(view, rest, sentence, published, &framing, false);
    for (EventCandidate &e : framing) {
        if (e.anaphoric || !e.standalone || e.event.participants.size() != 1) {
            continue;
        }
        Event &ev = e.event;
        if (ev.date.isEmpty() && !met.date.isEmpty()) {
            ev.date = met.date;
            ev.dateText = met.dateText;
            ev.reasons.append({QStringLiteral("date"), QStringLiteral("frame-of-event"), met.dateText});
        }
        if (ev.location.isEmpty() && !met.location.isEmpty()) {
            ev.location = met.location;
            ev.reasons.append({QStringLiteral("location"), QStringLiteral("frame-of-event"), met.location});
        }
        ev.status = met.status;
        result->append(std::move(e));
    }
}

void EventExtractor::extractRelative(SentenceView &view,
                                     const Clause &c,
                                     const SentenceInfo &sentence,
                                     const QDate &published,
                                     QVector<EventCandidate> *result) const
{
    // "Kenya's president, who will travel to Kampala on Friday for talks with Ugandan officials,
    // praised the deal": the clause set aside for the event around it tells an event of its own,
    // whose subject is the person it follows.
    if (c.inheritSubject < 0) {
        return;
    }
    std::fill(view.excluded.begin() + c.first, view.excluded.begin() + c.last, false);
    QVector<EventCandidate> own;
    extractClause(view, c, sentence, published, &own);
    std::fill(view.excluded.begin() + c.first, view.excluded.begin() + c.last, true);
    for (EventCandidate &cand : own) {
        if (!cand.anaphoric) {
            result->append(std::move(cand));
        }
    }
}

void EventExtractor::extractClause(const SentenceView &view,
                                   const Clause &c,
                                   const SentenceInfo &sentence,
                                   const QDate &published,
                                   QVector<EventCandidate> *result,
                                   bool laterTrigger) const
{
    const FoundTrigger found = findTrigger(view, c);
    if (found.anchor.token < 0) {
        return;
    }
    // "They have not met since July 2016": no event now, one then.
    const int since = negatedSince(view, c, found.anchor.token);
    if (since < 0 && negatedOrGeneric(view, c, found.anchor.token)) {
        return;
    }
    const EventGrammar &grammar = m_knowledge.eventGrammar();
    EventCandidate cand;
    cand.sentence = sentence.index;
    cand.headline = sentence.headline;
    cand.sameDayAs = found.sameDayAs;
    Event &ev = cand.event;
    ev.type = found.type;
    ev.reasons.append({QStringLiteral("type"),
                       found.subjectAnaphor ? QStringLiteral("anaphoric-subject") : QStringLiteral("trigger"),
                       found.typeWord});
    ev.evidenceStart = sentence.sentence->start;
    ev.evidenceEnd = sentence.sentence->end;
    ev.evidenceText = *sentence.evidence; // one copy per sentence, however many events it tells
    ev.source = *sentence.source;
    if (!ev.source.isEmpty()) {
        ev.reasons.append({QStringLiteral("source"), QStringLiteral("reporting-clause"), ev.source});
    }
    EventSides sides(view, c, found, *sentence.speaker);
    sides.collect(grammar, &ev);
    QString hostState;
    dropHost(view, c, found, sides.subjectSides(), &ev, &hostState);
    const bool fromPrevious = sidesFromPrevious(view, c, found, *sentence.previous, &ev);
    sidesOfFirstConjunct(c, found, *result, sentence.index, &ev);
    markAnaphora(view, c, found, &cand);
    cand.standalone = sides.standalone(ev);
    if (cand.standalone && !cand.round && (ofBody(view, c, found) || ownedByClause(view, c, found))) {
        cand.anaphoric = false; // "the summit of the African Union", "their annual summit" name its body
    }
    if (sides.councilName() && (ev.type == QLatin1String("meeting") || ev.type == QLatin1String("talks"))) {
        ev.type = QStringLiteral("council");
        ev.reasons.append(
            {QStringLiteral("type"), QStringLiteral("council-session"), ev.participants.join(QLatin1String(", "))});
    }
    const EventPolicies policies(view, c, found);
    const Journey journey = policies.place(grammar, &ev);
    if (ev.location.isEmpty() && !hostState.isEmpty()) {
        ev.location = hostState; // "Egypt will host talks between A and B": in Egypt
        ev.reasons.append({QStringLiteral("location"), QStringLiteral("host-state"), hostState});
    }
    if (since >= 0) {
        policies.date(journey, &ev, since, QStringLiteral("not-since"));
        ev.status = statusName(EventStatus::Held);
        ev.reasons.append({QStringLiteral("status"), QStringLiteral("not-since"), ev.dateText});
        cand.round = cand.anaphoric; // "they": the sides met before, then; a session of their own
    } else {
        policies.date(journey, &ev, sides.ruleDate().mention, sides.ruleDate().rule);
        policies.status(journey, published, &ev);
        policies.presentDate(published, &ev);
        if (fromPrevious && cand.additional) { // "they also spoke": on the same occasion
            dateOfPrevious(*sentence.previous, published, &ev);
        }
        occasionOfPrevious(*sentence.previous, cand, &ev);
    }
    policies.topics(&ev);
    // Confidence: how much of the event the text states.
    ev.confidence = 0.4 + 0.15 * std::min<qsizetype>(2, ev.participants.size()) + (ev.date.isEmpty() ? 0.0 : 0.2)
        - (cand.anaphoric ? 0.2 : 0.0);
    ev.confidence = std::clamp(ev.confidence, 0.05, 0.95);
    QVector<EventCandidate> coordinated;
    addCoordinatedEvents(view, c, found, cand, *sentence.speaker, &coordinated);
    // "Talks are expected to start today with the meeting of A and B", "Leaders met at the ASEAN
    // summit": a trigger that names no side of its own leaves the rest of the clause to a later
    // trigger that may.
    // "Vietnam will host a meeting of ASEAN ministers": the host alone is no event; the meeting is.
    const bool sideless = ev.participants.isEmpty()
        || (found.trigger.isVerb && ev.participants.size() == 1
            && view.lex.hostVerbs->contains(view.key(found.anchor.token)));
    const QString host = sideless && ev.participants.size() == 1 && m_knowledge.isState(ev.participants.first())
        ? ev.participants.first()
        : QString();
    const std::optional<EventReason> clauseCue = statusCueOf(ev);
    const QString clauseStatus = ev.status;
    if (!sideless && laterTrigger) {
        // Listed first: "the two leaders" in the next sentence are this event's, not the frame's.
        addFrameEvent(view, c, found.anchor.token, sentence, published, ev, result);
    }
    if (!splitSeparate(view, c, found, sides.subjectSides(), cand, result)) {
        result->append(std::move(cand));
    }
    addPreviousMeeting(view, c, published, result);
    result->append(coordinated);
    if (sideless && laterTrigger && found.anchor.token + 1 < c.last) {
        Clause rest = c;
        rest.first = found.anchor.token + 1;
        QVector<EventCandidate> later;
        extractClause(view, rest, sentence, published, &later, false); // once: "talks talks talks ..."
        for (EventCandidate &e : later) {
            // Not "the talks" of the event before; "leaders met at the ASEAN summit": a body's own;
            // "the talks came after previous negotiations failed": an occasion before, of the sides
            // reported before.
            const bool occasionBefore = e.anaphoric && (e.lastOccasion || e.earlier);
            if ((!e.anaphoric && (e.event.participants.size() >= 2 || e.standalone)) || occasionBefore) {
                keepClauseStatus(clauseStatus, clauseCue, &e.event);
                if (!host.isEmpty() && e.event.location.isEmpty() && !e.event.participants.contains(host)) {
                    e.event.location = host; // the host state is where it takes place
                    e.event.reasons.append({QStringLiteral("location"), QStringLiteral("host-state"), host});
                }
                result->append(std::move(e));
            }
        }
    }
}

} // namespace Readout
