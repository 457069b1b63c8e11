// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../event.h"
#include "triggerfinder.h"

namespace Readout
{

struct EventGrammar;

/// Pass 5: the sides of one clause's event, from the participant rules of the grammar (in file
/// order, every rule that matches adds what it took) and the members of a body named in the clause
/// ("the NATO-Russia Council met": NATO and Russia). Each rule that added a side is a reason.
class EventSides
{
public:
    EventSides(const SentenceView &view, const Clause &clause, const FoundTrigger &found, const QString &speaker);

    void collect(const EventGrammar &grammar, Event *ev);

    /// A date a rule took (date:DATE), with the rule; mention -1 when none did.
    struct RuleDate {
        int mention = -1;
        QString rule;
    };
    [[nodiscard]] const RuleDate &ruleDate() const
    {
        return m_date;
    }
    /// The sides the clause's subject named ("X held separate meetings with A and B": X).
    [[nodiscard]] const QStringList &subjectSides() const
    {
        return m_subjectSides;
    }
    [[nodiscard]] bool councilName() const
    {
        return m_councilName;
    }
    /// One organisation alone that is a body of members meets as itself ("the OSCE Permanent Council met").
    [[nodiscard]] bool standalone(const Event &ev) const
    {
        // "the UN-sponsored talks": a mediator alone is no body meeting as itself.
        return ev.participants.size() == 1 && m_organizationOnly && m_standaloneKind
            && !m_mediators.contains(ev.participants.constFirst());
    }

private:
    void take(const PatternCapture &capture, const PatternRule &rule, Event *ev);
    void addMention(int m, Event *ev);
    void addState(const QString &actor, Event *ev);
    void addBodyMembers(Event *ev);

    const SentenceView &m_view;
    Clause m_clause;
    const FoundTrigger &m_found;
    QString m_speaker;
    bool m_councilName = false;
    bool m_organizationOnly = true;
    bool m_standaloneKind = false;
    RuleDate m_date;
    QStringList m_subjectSides;
    QStringList m_mediators; ///< the sides taken as mediators
};

} // namespace Readout
