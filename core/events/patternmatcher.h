// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventgrammar.h"
#include "sentenceview.h"

namespace Readout
{

/// One name (or "our") a rule took, and in which role.
struct PatternCapture {
    PatternRole role = PatternRole::None;
    int mention = -1; ///< the mention taken, or -1 for a first-person word
    int token = -1; ///< the first-person word ("our"), or a topic's first token, when mention is -1
    int last = -1; ///< a topic's end token (exclusive)
    bool subject = false; ///< taken by SUBJECT (a council named as subject makes a council session)
};

/// One match of a rule in a clause: what it took and the words it spans.
struct PatternMatch {
    const PatternRule *rule = nullptr;
    QVector<PatternCapture> captures;
    int first = 0; ///< tokens [first, last) the match spans
    int last = 0;
};

/// Which trigger a clause has, for the rules' anchor and types.
struct Anchor {
    int token = -1; ///< the trigger token (the last word of an anaphoric subject)
    unsigned kind = AnchorNoun; ///< one AnchorFlag
    QString type; ///< the trigger's event type ("" for an anaphoric subject)
};

/// Matches the rules of the event grammar in one clause. Elements before TRIGGER are matched
/// leftwards from it, the others rightwards; repetition is greedy and backtracks; the first match
/// found is the one taken. No element crosses a token a pass set aside (SentenceView::excluded).
class PatternMatcher
{
public:
    PatternMatcher(const SentenceView &view, const Clause &clause, const Anchor &anchor);

    /// Does the rule apply to this clause's trigger (its anchor kinds and event types)?
    [[nodiscard]] bool applies(const PatternRule &rule) const;
    /// The matches of a rule: at most one for an anchored rule, one per start for a scanning rule.
    [[nodiscard]] QVector<PatternMatch> matches(const PatternRule &rule) const;

private:
    /// What to try after an element, borrowed for the call that gets it: the continuations are
    /// lambdas on the stack, and wrapping each in a std::function cost a heap allocation per step.
    class Next
    {
    public:
        template<typename F>
        Next(const F &f)
            : m_callable(&f)
            , m_call([](const void *callable, int pos) {
                return (*static_cast<const F *>(callable))(pos);
            })
        {
        }
        bool operator()(int pos) const
        {
            return m_call(m_callable, pos);
        }

    private:
        const void *m_callable;
        bool (*m_call)(const void *, int);
    };
    static constexpr int NoMatch = -2;

    bool
    sequence(const QVector<PatternElement> &seq, int i, int pos, int dir, PatternRole role, const Next &next) const;
    bool repeat(const PatternElement &e, int count, int pos, int dir, PatternRole role, const Next &next) const;
    bool one(const PatternElement &e, int pos, int dir, PatternRole role, const Next &next) const;
    /// one() with the element's role already settled (`own`), and a topic's words already taken.
    bool atom(const PatternElement &e, int pos, int dir, PatternRole own, const Next &next) const;
    [[nodiscard]] int step(const PatternElement &e, int pos, int dir, PatternRole role) const;
    [[nodiscard]] int stepMention(const PatternElement &e, int pos, int dir, PatternRole role) const;
    /// "Nigeria's offer": a participant rightwards that owns a thing, not a person.
    [[nodiscard]] bool ownsAThing(int mention, int dir, PatternRole role) const;
    [[nodiscard]] int stepPhrase(const PatternElement &e, int pos, int dir) const;
    [[nodiscard]] int stepTitle(int pos, int dir) const;
    [[nodiscard]] int stepAside(int pos, int dir) const;
    [[nodiscard]] int stepSubject(int pos, PatternRole role) const;
    /// "Putin's call with Erdogan": the first token of the name that owns a noun trigger, else -1.
    [[nodiscard]] int possessorBefore(int pos) const;
    [[nodiscard]] bool speakerPronoun(int token) const;
    void captureSubject(int from, int to, PatternRole role) const;
    [[nodiscard]] bool inside(int pos) const
    {
        return pos >= m_clause.first && pos < m_clause.last && !m_view.excluded.at(pos);
    }

    const SentenceView &m_view;
    Clause m_clause;
    Anchor m_anchor;
    mutable QVector<PatternCapture> m_captures; ///< of the match being tried
};

} // namespace Readout
