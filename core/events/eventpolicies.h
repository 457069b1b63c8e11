// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../event.h"
#include "triggerfinder.h"

#include <QDate>

namespace Readout
{

struct EventGrammar;

/// Where a clause's own event starts when it follows a journey ("returned to Vienna on Monday to
/// resume talks": the talks are the purpose); -1 when it does not.
struct Journey {
    int purposeFrom = -1;
};

/// Pass 6, the policies that fill one field each from the clause, after the sides are known. Each
/// adds an EventReason naming the rule or step that decided.
class EventPolicies
{
public:
    EventPolicies(const SentenceView &view, const Clause &clause, const FoundTrigger &found);

    /// "returned to Vienna to resume talks": the journey's destination is the place and its date not
    /// the event's. Then the place rules of the grammar (placeOnly), the first that names one wins.
    Journey place(const EventGrammar &grammar, Event *ev) const;
    /// The calendar date nearest the trigger that no bound governs ("after January 7" is a bound).
    /// A rule's date (ruleDate >= 0) comes first.
    void date(const Journey &journey, Event *ev, int ruleDate = -1, const QString &rule = {}) const;
    /// "The conference has now started": an event held without a date of its own, in a clause with a
    /// word of the present (events.json present_markers), is on the day of publication.
    void presentDate(const QDate &published, Event *ev) const;
    /// The strongest modality cue of the clause; else held or scheduled by the date.
    void status(const Journey &journey, const QDate &published, Event *ev) const;
    /// Modifiers before the trigger ("security talks"), "to discuss ...", "talks on trade".
    void topics(Event *ev) const;

private:
    [[nodiscard]] int journeyPurpose() const;
    [[nodiscard]] bool bound(int dateToken, int floor) const;
    [[nodiscard]] bool newDate(int dateToken) const;
    /// "Moscow-Kiev talks": the mention is one of two sides joined by a hyphen.
    [[nodiscard]] bool inSidePair(int mention) const;
    /// Before the event noun, does the verb at `verb` take another object, the event in a phrase
    /// after it ("expected to issue a communique at the end of the meeting")?
    [[nodiscard]] bool objectBeforeEvent(int verb) const;
    /// Is the mention, after the trigger, the place of something else: what an attendance verb
    /// names, or a phrase after a sequence preposition that names no event?
    [[nodiscard]] bool placeOfAnother(int mention) const;
    [[nodiscard]] bool inFrontedClause(int mention) const;
    void rangeStart(const Mention &date, Event *ev) const;
    [[nodiscard]] bool governsOtherVerb(int cue, int length) const;
    [[nodiscard]] int forPurpose() const;
    /// "signed a deal on Tuesday after a phone call ...": the sequence preposition (events.json
    /// sequence_prepositions) that leads a noun trigger's own phrase, or -1. The clause's words
    /// before it date the other event.
    [[nodiscard]] int sequencePhraseStart() const;
    void topicAfterCue(int cue, int length, Event *ev, int *resume) const;
    void findCueAroundDate();

    const SentenceView &m_view;
    Clause m_clause;
    const FoundTrigger &m_found;
    int m_trig;
    /// "agreed on Thursday to resume talks": a plan's cue whose words a date interrupts; the date is
    /// the plan's, not the event's.
    struct CueAroundDate {
        int at = -1; ///< the cue's first word
        int phrase = -1; ///< in events.json status_cues
        int date = -1; ///< the mention
        int end = -1; ///< the token after the cue
    } m_cueAroundDate;
};

} // namespace Readout
