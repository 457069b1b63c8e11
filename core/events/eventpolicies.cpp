// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventpolicies.h"

#include "../eventstatus.h"
#include "eventgrammar.h"
#include "eventlexicon.h"

namespace Readout
{

namespace
{

/// The day of a "YYYY-MM-DD" value, cheaply; invalid for anything else.
QDate dayOf(const QString &value)
{
    if (value.size() != 10 || value.at(4) != QLatin1Char('-') || value.at(7) != QLatin1Char('-')) {
        return {};
    }
    const auto digits = [&value](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            if (!value.at(i).isDigit()) {
                return -1;
            }
            n = n * 10 + value.at(i).digitValue();
        }
        return n;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

void because(Event *ev, const QString &field, const QString &rule, const QString &words)
{
    ev->reasons.append({field, rule, words});
}

} // namespace

EventPolicies::EventPolicies(const SentenceView &view, const Clause &clause, const FoundTrigger &found)
    : m_view(view)
    , m_clause(clause)
    , m_found(found)
    , m_trig(found.anchor.token)
{
    findCueAroundDate();
}

void EventPolicies::findCueAroundDate()
{
    const EventLexicon &lex = m_view.lex;
    for (int j = m_clause.first; j + 3 < m_trig; ++j) {
        int k = j + 1;
        if (!m_view.lowerWord(j) || m_view.excluded.at(j)) {
            continue;
        }
        if (lex.dateLeadWords->contains(m_view.key(k)) && m_view.mentionAt.at(k) < 0) {
            ++k; // "on"
        }
        const int m = m_view.mentionAt.at(k);
        if (m < 0 || m_view.mentions.at(m).type != EntityType::Date || m_view.mentions.at(m).firstToken != k) {
            continue;
        }
        const int after = m_view.mentions.at(m).lastToken;
        if (after >= m_trig || !lex.infinitiveMarkers->contains(m_view.key(after))) {
            continue;
        }
        // The cue's words with the date left out: j, then after, after + 1, ... within the clause.
        const int end = j + 1 + (m_clause.last - after);
        const int p = lex.statusCues->matchAt(j, end, [this, j, after](int i) -> const QString & {
            return m_view.key(i == j ? j : after + (i - j - 1));
        });
        const EventStatus status = p >= 0 ? lex.cueStatus.at(p) : EventStatus::None;
        if (status == EventStatus::Planned || status == EventStatus::Proposed) {
            m_cueAroundDate = {j, p, m, after + int(lex.statusCues->at(p).keys.size()) - 1};
            return;
        }
    }
}

int EventPolicies::journeyPurpose() const
{
    int purposeFrom = -1;
    for (int j = m_trig - 1; j >= m_clause.first && j >= m_trig - 3; --j) {
        if (m_view.lex.infinitiveMarkers->contains(m_view.key(j))) {
            // An infinitive ("to resume talks"), not a destination ("came to the talks").
            purposeFrom = j + 1 < m_trig && !m_view.lex.determiners->contains(m_view.key(j + 1)) ? j : -1;
            break;
        }
        if (m_view.mentionAt.at(j) >= 0 || !m_view.lowerWord(j)) {
            break;
        }
    }
    for (int j = m_clause.first; purposeFrom >= 0 && j < purposeFrom; ++j) {
        if (m_view.lex.journeyVerbs->contains(m_view.key(j)) && !m_view.excluded.at(j)) {
            return purposeFrom;
        }
    }
    return -1;
}

int EventPolicies::forPurpose() const
{
    // "will travel to Accra for talks", "will travel to Accra on Friday to meet X": the journey's
    // destination is where the talks are (its date and status stay the clause's: only an infinitive
    // purpose of a noun, "to resume talks", sets those apart).
    if (m_found.trigger.isVerb && m_trig - 1 >= m_clause.first
        && m_view.lex.infinitiveMarkers->contains(m_view.key(m_trig - 1))) {
        return m_trig - 1;
    }
    for (int j = m_trig - 1; j >= m_clause.first && j >= m_trig - 4; --j) {
        if (m_view.key(j) == QLatin1String("for")) {
            return j;
        }
        if (m_view.mentionAt.at(j) >= 0 || !m_view.lowerWord(j)) {
            break;
        }
    }
    return -1;
}

Journey EventPolicies::place(const EventGrammar &grammar, Event *ev) const
{
    Journey journey{journeyPurpose()};
    const int purpose = journey.purposeFrom >= 0 ? journey.purposeFrom : forPurpose();
    int verb = -1;
    for (int j = m_clause.first; purpose >= 0 && j < purpose && verb < 0; ++j) {
        verb = m_view.lex.journeyVerbs->contains(m_view.key(j)) && !m_view.excluded.at(j) ? j : -1;
    }
    for (int j = verb + 1; verb >= 0 && j + 1 < purpose && ev->location.isEmpty(); ++j) {
        const int m = m_view.mentionAt.at(j + 1);
        if (m_view.lex.destinationPreps->contains(m_view.key(j)) && m >= 0 && m_view.isVenue(m)) {
            ev->location = m_view.mentions.at(m).canonical;
            because(ev, QStringLiteral("location"), QStringLiteral("journey-destination"), m_view.phrase(verb, j + 2));
        }
    }
    if (!ev->location.isEmpty()) {
        return journey;
    }
    const PatternMatcher matcher(m_view, m_clause, m_found.anchor);
    for (const PatternRule &rule : grammar.rules) {
        if (!rule.placeOnly || !matcher.applies(rule)) {
            continue;
        }
        for (const PatternMatch &match : matcher.matches(rule)) {
            for (const PatternCapture &cap : match.captures) {
                if (inSidePair(cap.mention)) {
                    continue; // "Moscow-Kiev talks": two sides named by their capitals, no venue
                }
                if (inFrontedClause(cap.mention)) {
                    continue; // "After the truce failed in Lima, X met Y": where the truce failed
                }
                if (placeOfAnother(cap.mention)) {
                    continue; // "to let leaders attend the conference in Dubai", "after an attack in X"
                }
                ev->location = m_view.mentions.at(cap.mention).canonical;
                const QString id = m_view.entityIds.at(cap.mention);
                if (!id.isEmpty() && !ev->entityIds.contains(id)) {
                    ev->entityIds.append(id);
                }
                because(ev, QStringLiteral("location"), rule.id, m_view.phrase(match.first, match.last));
                return journey;
            }
        }
    }
    return journey;
}

bool EventPolicies::inFrontedClause(int m) const
{
    // A fronted clause with "after" or "before" ("More than a year after the truce failed in Lima,")
    // that ends in a comma before the trigger tells another event; its place is not this one's
    // venue ("In Lima, X met Y" is no such clause).
    const Mention &me = m_view.mentions.at(m);
    bool led = false;
    for (int k = m_clause.first; k < me.firstToken && me.lastToken <= m_trig; ++k) {
        led = led || m_view.lex.subordinators->contains(m_view.key(k));
    }
    if (!led) {
        return false;
    }
    for (int k = me.lastToken; k < m_trig; ++k) {
        if (m_view.key(k) == QLatin1String(",")) {
            return true;
        }
    }
    return false;
}

bool EventPolicies::placeOfAnother(int m) const
{
    // "The summit was pushed back to let leaders attend the climate conference in Dubai": a place
    // after an attendance verb (events.json attendance_verbs) that follows the event is where
    // what they attend takes place; "The talks broke down after a car bomb attack in Bogota": a
    // place in a phrase led by a sequence preposition (sequence_prepositions) that names no event
    // is where that happened.
    const int place = m_view.mentions.at(m).firstToken;
    bool sequence = false;
    for (int k = m_trig + 1; k < place; ++k) {
        const QString &key = m_view.key(k);
        if (m_view.lex.attendanceVerbs->contains(key)) {
            return true;
        }
        if (m_view.lex.sequencePreps->contains(key)) {
            sequence = true;
        } else if (sequence && (m_view.kb.triggerWords().contains(key) || key == QLatin1String(","))) {
            sequence = false;
        }
    }
    return sequence;
}

bool EventPolicies::inSidePair(int m) const
{
    const Mention &me = m_view.mentions.at(m);
    const auto actorAt = [this](int k) {
        const int other = k >= 0 && k < m_view.tokens.size() ? m_view.mentionAt.at(k) : -1;
        return other >= 0 && m_view.isActor(other);
    };
    const auto joiner = [this](int k) {
        return k >= 0 && k < m_view.tokens.size() && m_view.key(k) == QLatin1String("-");
    };
    return (joiner(me.firstToken - 1) && actorAt(me.firstToken - 2))
        || (joiner(me.lastToken) && actorAt(me.lastToken + 1));
}

bool EventPolicies::newDate(int j) const
{
    // "has been moved to July 2", "was postponed until next month", "pushed back to May": the day
    // it moved to; a postponed event keeps the day it was due (or none).
    int k = j - 1;
    if (k > m_clause.first && m_view.lex.dateLeadWords->contains(m_view.key(k)) && m_view.mentionAt.at(k) < 0
        && !m_view.lex.newDateLeads->contains(m_view.key(k))) {
        --k; // "to the end of June", "to early May"
    }
    if (k > m_clause.first && m_view.lex.newDateLeads->contains(m_view.key(k))
        && m_view.lex.newDateVerbs->contains(m_view.key(k - 1))) {
        return true;
    }
    // "was postponed indefinitely on Thursday", "called off on Monday": the day it was called off.
    k = j - 1;
    if (k > m_clause.first && m_view.key(k) == QLatin1String("on")) {
        --k;
    }
    for (int adverbs = 0;
         adverbs < 2 && k > m_clause.first && m_view.lowerWord(k) && m_view.key(k).endsWith(QLatin1String("ly"));
         ++adverbs) {
        --k;
    }
    return k > m_clause.first && k < j - 1
        && (m_view.lex.newDateVerbs->contains(m_view.key(k)) || m_view.lex.cancelVerbs->contains(m_view.key(k)));
}

bool EventPolicies::bound(int j, int floor) const
{
    // A bound governs the date phrase it leads ("after January 7", "by the end of March"), not a
    // date after a word outside that phrase ("spoke by phone with Norway on Tuesday").
    for (int q = j - 1; q >= std::max(floor, j - 6); --q) {
        const int m = m_view.mentionAt.at(q);
        const int self = m_view.mentionAt.at(j);
        if (m >= 0 && m != self && m_view.mentions.at(m).type == EntityType::Date
            && m_view.mentions.at(m).value.left(10) != m_view.mentions.at(self).value.left(10)) {
            return false; // the bound governs that other date ("since October on April 20")
        }
        if (m_view.lex.boundPreps->contains(m_view.key(q))) {
            // "a delegation led by X in Doha on Friday": that "by" names someone, it bounds no date;
            // "soon after noon on Friday", "shortly before 10 a.m. on May 2" (events.json
            // same_day_leads): the event is on that day.
            const bool agent = m_view.key(q) == QLatin1String("by") && q > floor
                && m_view.lex.agentParticiples->contains(m_view.key(q - 1));
            const bool sameDay = q > floor && m_view.lex.sameDayLeads->contains(m_view.key(q - 1))
                && m_view.lex.sequencePreps->contains(m_view.key(q));
            return !agent && !sameDay;
        }
        // Names and lead words belong to the phrase: "after the Orthodox Christmas on January 7".
        if (!m_view.lex.dateLeadWords->contains(m_view.key(q)) && m_view.mentionAt.at(q) < 0
            && !m_view.tokens.at(q).is(Token::Upper)) {
            return false;
        }
    }
    return false;
}

int EventPolicies::sequencePhraseStart() const
{
    if (m_found.trigger.isVerb) {
        return -1;
    }
    for (int q = m_trig - 1; q >= m_clause.first && q >= m_trig - 5; --q) {
        const QString &key = m_view.key(q);
        if (m_view.lex.sequencePreps->contains(key)) {
            // "hours after the call" dates the clause's event by the call's day: no phrase of its own.
            const bool sameDay = q > m_clause.first && m_view.lex.sameDayLeads->contains(m_view.key(q - 1));
            return sameDay ? -1 : q;
        }
        const int m = m_view.mentionAt.at(q);
        const bool name = m >= 0 && m_view.mentions.at(m).type != EntityType::Date;
        // "after a phone call", "after Putin's call", "following their first meeting", "after a new
        // round of talks"; another trigger word only as the first half of a compound ("phone call").
        if (!(name || m_view.lowerWord(q) || key == QLatin1String("'s") || key == QLatin1String("-"))
            || (m_view.kb.triggerWords().contains(key) && q != m_trig - 1 && !m_view.lex.roundWords->contains(key))) {
            return -1;
        }
    }
    return -1;
}

void EventPolicies::date(const Journey &journey, Event *ev, int ruleDate, const QString &rule) const
{
    if (ruleDate < 0) {
        const int sequence = sequencePhraseStart();
        ruleDate = sequence >= m_clause.first ? m_view.reportedDayBefore(sequence) : -1;
        if (ruleDate >= 0) {
            date(journey, ev, ruleDate, QStringLiteral("said-on-the-day-after"));
            return;
        }
    }
    if (ruleDate >= 0) {
        const Mention &me = m_view.mentions.at(ruleDate);
        ev->date = me.value.left(10);
        ev->dateText = me.canonical;
        because(ev, QStringLiteral("date"), rule, me.canonical);
        rangeStart(me, ev);
        return;
    }
    const int from = std::max({journey.purposeFrom, m_clause.first, sequencePhraseStart()});
    int best = -1;
    int bestDistance = 1 << 30;
    int datelineDate = -1; // "OSLO, June 4 -": the report's day, taken only when the clause has no other
    for (int j = from; j < m_clause.last; ++j) {
        const int m = m_view.mentionAt.at(j);
        if (m_view.excluded.at(j) || m < 0 || m_view.mentions.at(m).firstToken != j
            || !m_view.mentions.at(m).eventDateCandidate || bound(j, from) || m == m_cueAroundDate.date || newDate(j)) {
            continue;
        }
        if (m_view.dateline.at(j)) {
            datelineDate = datelineDate < 0 ? m : datelineDate;
            continue;
        }
        if (std::abs(j - m_trig) < bestDistance) {
            bestDistance = std::abs(j - m_trig);
            best = m;
        }
    }
    const bool fromDateline = best < 0;
    best = best < 0 ? datelineDate : best;
    if (best < 0) {
        return;
    }
    // The event's date is the day; a time of day ("10 a.m. Monday") stays on the mention.
    const Mention &me = m_view.mentions.at(best);
    ev->date = me.value.left(10);
    ev->dateText = me.canonical;
    if (!m_view.entityIds.at(best).isEmpty()) {
        ev->entityIds.append(m_view.entityIds.at(best));
    }
    because(ev,
            QStringLiteral("date"),
            fromDateline                   ? QStringLiteral("dateline-date")
                : journey.purposeFrom >= 0 ? QStringLiteral("nearest-date-after-journey")
                                           : QStringLiteral("nearest-date"),
            me.canonical);
    rangeStart(me, ev);
}

void EventPolicies::presentDate(const QDate &published, Event *ev) const
{
    if (!ev->date.isEmpty() || !published.isValid() || ev->status != statusName(EventStatus::Held)) {
        return;
    }
    for (int j = m_clause.first; j < m_clause.last; ++j) {
        // "now" may be tagged as a date of its own (PRESENT_REF): it is still the word of the present.
        const int m = m_view.mentionAt.at(j);
        const bool plain = m < 0 || m_view.mentions.at(m).type == EntityType::Date;
        if (!m_view.excluded.at(j) && plain && m_view.lex.presentMarkers->contains(m_view.key(j))) {
            ev->date = published.toString(Qt::ISODate);
            ev->dateText = m_view.phrase(j, j + 1);
            because(ev, QStringLiteral("date"), QStringLiteral("present-marker"), ev->dateText);
            return;
        }
    }
}

void EventPolicies::rangeStart(const Mention &me, Event *ev) const
{
    // "from 10 to 12 June", "10-12 June": an event of several days is dated by its first.
    const int joiner = me.firstToken - 1;
    const int day = joiner - 1;
    if (day < m_clause.first || ev->date.size() != 10 || !m_view.lex.rangeJoiners->contains(m_view.key(joiner))
        || !m_view.tokens.at(day).is(Token::Number) || m_view.mentionAt.at(day) >= 0) {
        return;
    }
    bool ok = false;
    const int first = m_view.key(day).toInt(&ok);
    if (!ok || first < 1 || first >= QStringView(ev->date).mid(8, 2).toInt()) {
        return;
    }
    ev->date = ev->date.left(8) + QStringLiteral("%1").arg(first, 2, 10, QLatin1Char('0'));
    because(ev, QStringLiteral("date"), QStringLiteral("range-start"), m_view.phrase(day, me.lastToken));
}

bool EventPolicies::governsOtherVerb(int cue, int length) const
{
    // "The meeting could start a thaw": after the event noun, a cue word whose verb takes an object
    // of its own tells what the event may bring, not whether it takes place ("The talks will be
    // held", "could take place on Monday" and "will hold a meeting" still count).
    const int verb = cue + length;
    if (verb >= m_clause.last || !m_view.lowerWord(verb)) {
        return false;
    }
    const QString &key = m_view.key(verb);
    // "will be held with leaders of the Gulf states expected to attend", "will host talks, with
    // delegations expected to attend": who is expected to come, not whether the event takes place.
    if (cue > m_trig && m_view.lex.attendanceVerbs->contains(key)) {
        return true;
    }
    if (m_found.trigger.isVerb) {
        return false;
    }
    if (cue <= m_trig) {
        return objectBeforeEvent(verb);
    }
    if (verb + 1 >= m_clause.last) {
        return false;
    }
    return m_view.lex.determiners->contains(m_view.key(verb + 1)) && !m_view.kb.triggerWords().contains(key)
        && !m_view.lex.supportVerbs->contains(key) && !m_view.lex.auxiliaries->contains(key);
}

bool EventPolicies::objectBeforeEvent(int verb) const
{
    // "The ministers are expected to issue a joint communique at the end of the meeting": before the
    // event noun, a verb whose object is another thing, with the event in a phrase after it, tells
    // what may come of the event ("are expected to hold a meeting" still counts).
    const QString &key = m_view.key(verb);
    if (verb + 2 >= m_trig || !m_view.lex.determiners->contains(m_view.key(verb + 1))
        || m_view.kb.triggerWords().contains(key) || m_view.lex.supportVerbs->contains(key)
        || m_view.lex.auxiliaries->contains(key) || m_view.lex.attendanceVerbs->contains(key)) {
        return false;
    }
    for (int k = verb + 2; k < m_trig; ++k) {
        if (m_view.lex.placePreps->contains(m_view.key(k)) || m_view.key(k) == QLatin1String("of")) {
            return !m_view.kb.triggerWords().contains(m_view.key(k - 1));
        }
    }
    return false;
}

void EventPolicies::status(const Journey &journey, const QDate &published, Event *ev) const
{
    // After a journey ("returned to Vienna to resume talks") only the purpose clause's own cues
    // count, and without any the talks are what the journey is for: still to come.
    const EventLexicon &lex = m_view.lex;
    EventStatus status = EventStatus::None;
    int bestPriority = 0;
    QString cueWords;
    for (int j = journey.purposeFrom >= 0 ? journey.purposeFrom : m_clause.first; j < m_clause.last; ++j) {
        // "at the invitation of": words that hold a cue word and state no status.
        const int quiet = m_view.phraseAt(*lex.notStatusCues, j, m_clause.last);
        if (quiet >= 0) {
            j += int(lex.notStatusCues->at(quiet).keys.size()) - 1;
            continue;
        }
        if (j == m_cueAroundDate.at) {
            const EventStatus cued = lex.cueStatus.at(m_cueAroundDate.phrase);
            if (lex.priority(cued) > bestPriority) {
                status = cued;
                bestPriority = lex.priority(cued);
                cueWords = m_view.phrase(j, m_cueAroundDate.end);
            }
            continue;
        }
        const int p = m_view.excluded.at(j) || m_view.mentionAt.at(j) >= 0
            ? -1
            : m_view.phraseAt(*lex.statusCues, j, m_clause.last);
        if (p >= 0 && governsOtherVerb(j, int(lex.statusCues->at(p).keys.size()))) {
            continue;
        }
        if (p >= 0 && lex.priority(lex.cueStatus.at(p)) > bestPriority) {
            status = lex.cueStatus.at(p);
            bestPriority = lex.priority(status);
            cueWords = m_view.phrase(j, j + int(lex.statusCues->at(p).keys.size()));
        }
    }
    // "has been moved to July 2": moved to a new day is put off (not "moved to Geneva").
    for (int j = m_clause.first; j < m_clause.last && status != EventStatus::Cancelled; ++j) {
        const int m = m_view.mentionAt.at(j);
        if (m >= 0 && m_view.mentions.at(m).firstToken == j && m_view.mentions.at(m).type == EntityType::Date
            && !m_view.excluded.at(j) && newDate(j)) {
            status = EventStatus::Cancelled;
            bestPriority = lex.priority(status);
            cueWords = m_view.phrase(j - 2, m_view.mentions.at(m).lastToken);
        }
    }
    // "would follow an earlier round of talks": an event named as past took place, whatever the
    // clause says of the one it is compared with; so did the occasion before ("The two leaders had
    // last met in Ohrid, when they agreed on a plan").
    int named = m_view.modifierBefore(*lex.pastModifiers, m_trig, m_clause.first);
    named = named >= 0 ? named : m_view.lastOccasionBefore(m_trig, m_found.trigger.isVerb, m_clause.first);
    if (named >= 0 && status != EventStatus::Cancelled) {
        ev->status = statusName(EventStatus::Held);
        because(ev, QStringLiteral("status"), QStringLiteral("past-modifier"), m_view.phrase(named, m_trig + 1));
        return;
    }
    const QDate day = dayOf(ev->date);
    const bool future = day.isValid() && published.isValid() && day > published;
    QString rule = QStringLiteral("status-cue");
    QString words = cueWords;
    // "the meetings, agreed after a call last month, would inject momentum": a "would" or "will" of
    // the clause does not put a day the report has already passed still to come.
    const QDate lastDay = day.isValid() ? day : dayOf(ev->date + QStringLiteral("-01")).addMonths(1).addDays(-1);
    const bool past = lastDay.isValid() && published.isValid() && lastDay < published;
    if (status == EventStatus::Held && future) {
        status = EventStatus::Scheduled;
        because(ev, QStringLiteral("status"), rule, words);
        rule = QStringLiteral("date-after-publication");
        words = ev->dateText;
    } else if (status == EventStatus::Scheduled && past) {
        status = EventStatus::Held;
        because(ev, QStringLiteral("status"), rule, words);
        rule = QStringLiteral("date-before-publication");
        words = ev->dateText;
    } else if (status == EventStatus::None && journey.purposeFrom >= 0 && !day.isValid()) {
        status = EventStatus::Scheduled;
        rule = QStringLiteral("journey-purpose");
        words = m_view.phrase(journey.purposeFrom, m_trig + 1);
    } else if (status == EventStatus::None) {
        status = future ? EventStatus::Scheduled : EventStatus::Held;
        rule = future ? QStringLiteral("date-after-publication") : QStringLiteral("no-cue-past");
        words = ev->dateText;
    }
    ev->status = statusName(status);
    because(ev, QStringLiteral("status"), rule, words);
    // "OSLO, June 4 - A will propose further talks": the dateline's day is the report's, not that of
    // an event still to come.
    const auto datelineReason = std::find_if(ev->reasons.begin(), ev->reasons.end(), [](const auto &r) {
        return r.field == QLatin1String("date") && r.rule == QLatin1String("dateline-date");
    });
    if (status != EventStatus::Held && datelineReason != ev->reasons.end()) {
        ev->reasons.erase(datelineReason);
        ev->date.clear();
        ev->dateText.clear();
    }
}

void EventPolicies::topics(Event *ev) const
{
    const EventLexicon &lex = m_view.lex;
    int firstModifier = m_trig;
    for (int j = m_trig - 1; j >= m_clause.first && m_view.lowerWord(j) && !lex.notTopics->contains(m_view.key(j))
         && !lex.determiners->contains(m_view.key(j)) && !lex.participantNouns->contains(m_view.key(j))
         && m_view.mentionAt.at(j) < 0 && m_view.phraseAt(*lex.statusCues, j, m_trig) < 0
         && !lex.reporting->contains(m_view.key(j)) && !lex.supportVerbs->contains(m_view.key(j))
         && !lex.infinitiveMarkers->contains(m_view.key(j)) && !lex.placePreps->contains(m_view.key(j))
         && !lex.participantPreps->contains(m_view.key(j)) && !lex.topicStops->contains(m_view.key(j))
         && !lex.remoteModifiers->contains(m_view.key(j)) // "an online summit": how, not what about
         && m_view.key(j) != QLatin1String("'s"); // "Abe's frosty meeting": the possessive ends the modifiers
         --j) {
        firstModifier = j;
    }
    // "confidence-building talks": a hyphen joins the modifier to the word before it.
    while (firstModifier < m_trig && firstModifier - 2 >= m_clause.first
           && m_view.key(firstModifier - 1) == QLatin1String("-") && m_view.lowerWord(firstModifier - 2)
           && m_view.mentionAt.at(firstModifier - 2) < 0 && !lex.determiners->contains(m_view.key(firstModifier - 2))) {
        firstModifier -= 2;
    }
    // "to continue negotiations": a verb, not a topic.
    const bool infinitive =
        firstModifier > m_clause.first && lex.infinitiveMarkers->contains(m_view.key(firstModifier - 1));
    // Words before a verb ("have not met", "formally met") are no topic.
    if (firstModifier < m_trig && m_trig - firstModifier <= 3 && !infinitive && !m_found.subjectAnaphor
        && !m_found.trigger.isVerb) {
        ev->topics.append(m_view.phrase(firstModifier, m_trig));
        because(ev,
                QStringLiteral("topics"),
                QStringLiteral("trigger-modifier"),
                m_view.phrase(firstModifier, m_trig + 1));
    }
    for (int j = m_clause.first; j < m_clause.last; ++j) {
        if (m_view.excluded.at(j)) {
            continue;
        }
        const int p = m_view.phraseAt(*lex.topicCues, j, m_clause.last);
        if (p >= 0) {
            topicAfterCue(j, int(lex.topicCues->at(p).keys.size()), ev, &j);
        }
    }
    ev->topics.removeDuplicates();
}

void EventPolicies::topicAfterCue(int j, int len, Event *ev, int *resume) const
{
    const EventLexicon &lex = m_view.lex;
    // "on", "about", "over" name a topic only after the trigger and before a common noun ("talks on
    // trade"; not "talks on Monday", "tensions over Ukraine").
    const bool weak = len == 1 && lex.weakTopicPreps->contains(m_view.key(j));
    if (weak
        && (j <= m_trig || j + 1 >= m_clause.last || m_view.mentionAt.at(j + 1) >= 0
            || m_view.tokens.at(j + 1).is(Token::Upper))) {
        return;
    }
    // "met in May, when a row over fishing stalled it": past a comma "over" belongs to another verb.
    for (int k = m_trig + 1; weak && k < j; ++k) {
        if (m_view.key(k) == QLatin1String(",")) {
            return;
        }
    }
    int from = j + len;
    while (from < m_clause.last && lex.determiners->contains(m_view.key(from))) {
        ++from;
    }
    int to = from;
    while (to < m_clause.last && !m_view.excluded.at(to)) {
        const QString &key = m_view.key(to);
        const int m = m_view.mentionAt.at(to);
        if (key == QLatin1String(",") || key == QLatin1String(".") || lex.topicStops->contains(key)
            || (m >= 0 && m_view.mentions.at(m).type == EntityType::Date)) {
            break;
        }
        ++to;
    }
    *resume = to;
    if (to <= from || to - from > 25) {
        return;
    }
    because(ev, QStringLiteral("topics"), QStringLiteral("topic-cue"), m_view.phrase(j, to));
    // "nuclear arms control and Ukraine": short conjuncts are separate topics.
    QVector<Clause> parts;
    int ps = from;
    for (int q = from; q <= to; ++q) {
        if (q == to || m_view.key(q) == QLatin1String("and")) {
            parts.append({ps, q});
            ps = q + 1;
        }
    }
    bool allShort = parts.size() > 1;
    for (const Clause &part : parts) {
        allShort = allShort && part.last - part.first <= 3 && part.last > part.first;
    }
    if (!allShort) {
        ev->topics.append(m_view.phrase(from, to));
        return;
    }
    for (const Clause &part : parts) {
        ev->topics.append(m_view.phrase(part.first, part.last));
    }
}

} // namespace Readout
