// SPDX-License-Identifier: GPL-3.0-or-later
#include "patternmatcher.h"

#include "../knowledge/knowledgebase.h"
#include "../knowledge/tokentrie.h"
#include "eventlexicon.h"

namespace Readout
{

namespace
{

/// The longest phrase of the grammar's lists, in tokens: how far a phrase is looked for leftwards.
constexpr int LongestPhrase = 8;

} // namespace

PatternMatcher::PatternMatcher(const SentenceView &view, const Clause &clause, const Anchor &anchor)
    : m_view(view)
    , m_clause(clause)
    , m_anchor(anchor)
{
    m_captures.reserve(16); // room for what most rules take: one allocation, not one per growth
}

bool PatternMatcher::applies(const PatternRule &rule) const
{
    return (rule.anchors & m_anchor.kind) != 0 && (rule.types.isEmpty() || rule.types.contains(m_anchor.type));
}

QVector<PatternMatch> PatternMatcher::matches(const PatternRule &rule) const
{
    QVector<PatternMatch> out;
    auto accept = [&](int first, int last) {
        // A copy of its own: sharing m_captures would make the next capture reallocate it.
        out.append({&rule, QVector<PatternCapture>(m_captures.cbegin(), m_captures.cend()), first, last});
        return true;
    };
    m_captures.clear();
    if (rule.scan == ScanMode::Anchored) {
        const int trig = m_anchor.token;
        sequence(rule.before, 0, trig - 1, -1, PatternRole::None, [&](int left) {
            return sequence(rule.after, 0, trig + 1, 1, PatternRole::None, [&](int right) {
                return accept(left + 1, right);
            });
        });
        return out;
    }
    const int from = rule.scan == ScanMode::AfterTrigger ? m_anchor.token + 1 : m_clause.first;
    for (int start = from; start < m_clause.last; ++start) {
        m_captures.clear();
        if (inside(start)) {
            sequence(rule.after, 0, start, 1, PatternRole::None, [&](int right) {
                return accept(start, right);
            });
        }
    }
    return out;
}

bool PatternMatcher::sequence(const QVector<PatternElement> &seq,
                              int i,
                              int pos,
                              int dir,
                              PatternRole role,
                              const Next &next) const
{
    if (i == seq.size()) {
        return next(pos);
    }
    return repeat(seq.at(i), 0, pos, dir, role, [&](int p) {
        return sequence(seq, i + 1, p, dir, role, next);
    });
}

bool PatternMatcher::repeat(const PatternElement &e, int count, int pos, int dir, PatternRole role, const Next &next)
    const
{
    if (count < e.max) {
        const qsizetype mark = m_captures.size();
        // Greedy: one more first. A match that takes no token counts only towards the minimum.
        const bool more = one(e, pos, dir, role, [&](int p) {
            return (p != pos || count < e.min) && repeat(e, count + 1, p, dir, role, next);
        });
        if (more) {
            return true;
        }
        m_captures.resize(mark);
    }
    return count >= e.min && next(pos);
}

bool PatternMatcher::one(const PatternElement &e, int pos, int dir, PatternRole role, const Next &next) const
{
    if (e.role == PatternRole::Topic) {
        // A topic is the words the element matched, not the names in it.
        return atom(e, pos, dir, PatternRole::None, [&](int p) {
            const int first = dir > 0 ? pos : p + 1;
            const int last = dir > 0 ? p : pos + 1;
            const qsizetype mark = m_captures.size();
            m_captures.append({PatternRole::Topic, -1, first, last});
            if (next(p)) {
                return true;
            }
            m_captures.resize(mark);
            return false;
        });
    }
    return atom(e, pos, dir, e.role != PatternRole::None ? e.role : role, next);
}

bool PatternMatcher::atom(const PatternElement &e, int pos, int dir, PatternRole own, const Next &next) const
{
    if (e.kind == AtomKind::Group) {
        for (const auto &alt : e.alternatives) {
            const qsizetype mark = m_captures.size();
            if (sequence(alt, 0, pos, dir, own, next)) {
                return true;
            }
            m_captures.resize(mark);
        }
        return false;
    }
    const qsizetype mark = m_captures.size();
    const int p = step(e, pos, dir, own);
    if (p != NoMatch && next(p)) {
        return true;
    }
    m_captures.resize(mark);
    return false;
}

int PatternMatcher::step(const PatternElement &e, int pos, int dir, PatternRole role) const
{
    if (e.kind == AtomKind::Subject) {
        return dir < 0 ? stepSubject(pos, role) : NoMatch;
    }
    if (!inside(pos)) {
        return NoMatch;
    }
    const Token &t = m_view.tokens.at(pos);
    const bool free = m_view.nameAt(pos) < 0; // a word of no name
    switch (e.kind) {
    case AtomKind::Literal:
        return free && t.key == e.literal ? pos + dir : NoMatch;
    case AtomKind::InSet:
        for (const WordSet *set : e.sets) {
            if (free && set->contains(t.key)) {
                return pos + dir;
            }
        }
        return NoMatch;
    case AtomKind::WordNotInSet:
        for (const WordSet *set : e.sets) {
            if (set->contains(t.key)) {
                return NoMatch;
            }
        }
        return free && m_view.lowerWord(pos) ? pos + dir : NoMatch;
    case AtomKind::Word:
        return free && m_view.lowerWord(pos) ? pos + dir : NoMatch;
    case AtomKind::Name:
        return m_view.mentionAt.at(pos) < 0 && t.is(Token::Word) && t.is(Token::Upper) ? pos + dir : NoMatch;
    case AtomKind::Any:
        return pos + dir;
    case AtomKind::Title:
        return stepTitle(pos, dir);
    case AtomKind::Other:
        return m_view.mentionAt.at(pos) < 0 && !m_view.lowerWord(pos) ? pos + dir : NoMatch;
    case AtomKind::We:
        if (m_view.quoted.at(pos) && m_view.lex.firstPersonPlural->contains(t.key)) {
            if (role != PatternRole::None) {
                m_captures.append({role, -1, pos});
            }
            return pos + dir;
        }
        return NoMatch;
    case AtomKind::Phrase:
        return stepPhrase(e, pos, dir);
    case AtomKind::Aside:
        return stepAside(pos, dir);
    case AtomKind::Actor:
    case AtomKind::Place:
    case AtomKind::Date:
        return stepMention(e, pos, dir, role);
    default:
        return NoMatch;
    }
}

int PatternMatcher::stepMention(const PatternElement &e, int pos, int dir, PatternRole role) const
{
    const int m = m_view.mentionAt.at(pos);
    if (m < 0 || m_view.dateline.at(pos) || (m_view.noSide.at(pos) && e.kind != AtomKind::Date)) {
        return NoMatch;
    }
    const Mention &me = m_view.mentions.at(m);
    bool ok = false;
    if (e.kind == AtomKind::Date) {
        ok = me.type == EntityType::Date && me.eventDateCandidate;
    } else if (e.kind == AtomKind::Place) {
        ok = m_view.isVenue(m);
    } else {
        ok = me.type != EntityType::Date;
    }
    if (!ok || (!e.kinds.isEmpty() && !e.kinds.contains(me.kind)) || ownsAThing(m, dir, role)) {
        return NoMatch;
    }
    if (role != PatternRole::None) {
        m_captures.append({role, m, -1});
    }
    return dir > 0 ? std::max(pos + 1, me.lastToken) : std::min(pos - 1, me.firstToken - 1);
}

bool PatternMatcher::ownsAThing(int m, int dir, PatternRole role) const
{
    // "Ghana received Nigeria's offer to mediate": a side owns a person ("Nigeria's foreign
    // minister", "Nigeria's Tinubu"), not a thing. Rightwards, a participant followed by "'s" needs a
    // name or a participant noun (events.json participant_nouns) within the next few words.
    constexpr int Reach = 4;
    const int after = m_view.mentions.at(m).lastToken;
    if (dir < 0 || role != PatternRole::Participant || after + 1 >= m_clause.last
        || m_view.key(after) != QLatin1String("'s")) {
        return false;
    }
    for (int k = after + 1; k < m_clause.last && k <= after + Reach; ++k) {
        if (!m_view.lowerWord(k)) {
            return !m_view.tokens.at(k).is(Token::Upper);
        }
        if (m_view.lex.participantNouns->contains(m_view.key(k))) {
            return false;
        }
    }
    return true;
}

int PatternMatcher::stepPhrase(const PatternElement &e, int pos, int dir) const
{
    const PhraseList &list = *e.phrases;
    if (dir > 0) {
        const int p = m_view.phraseAt(list, pos, m_clause.last);
        return p >= 0 ? pos + int(list.at(p).keys.size()) : NoMatch;
    }
    for (int len = std::min(LongestPhrase, pos - m_clause.first + 1); len >= 1; --len) {
        const int p = m_view.phraseAt(list, pos - len + 1, pos + 1);
        if (p >= 0 && list.at(p).keys.size() == len) {
            return pos - len;
        }
    }
    return NoMatch;
}

int PatternMatcher::stepTitle(int pos, int dir) const
{
    // A capitalised title of no name: rightwards from pos, or leftwards ending at pos.
    const auto key = [this](int i) -> const QString & {
        return m_view.tokens.at(i).key;
    };
    const auto title = [&](int first, int limit) {
        const QVector<int> *values = nullptr;
        const bool plain = m_view.nameAt(first) < 0 && m_view.tokens.at(first).is(Token::Upper);
        return plain ? m_view.kb.titles().longestMatch(first, limit, key, &values) : 0;
    };
    if (dir > 0) {
        const int len = title(pos, m_clause.last);
        return len > 0 ? pos + len : NoMatch;
    }
    for (int first = pos; first >= m_clause.first && first > pos - 4; --first) {
        if (title(first, pos + 1) == pos - first + 1) {
            return first - 1;
        }
    }
    return NoMatch;
}

int PatternMatcher::stepAside(int pos, int dir) const
{
    const QString open = dir > 0 ? QStringLiteral("(") : QStringLiteral(")");
    const QString close = dir > 0 ? QStringLiteral(")") : QStringLiteral("(");
    if (m_view.key(pos) != open) {
        return NoMatch;
    }
    for (int k = pos + dir; inside(k); k += dir) {
        if (m_view.key(k) == close) {
            return k + dir;
        }
    }
    return NoMatch;
}

bool PatternMatcher::speakerPronoun(int k) const
{
    // "Serbia's president said (that) he would meet ...": right after the reporting clause, outside
    // a quotation; a pronoun the article tied to a person is a mention and never comes here.
    return k > 0 && !m_view.excluded.at(k) && m_view.excluded.at(k - 1) && !m_view.quoted.at(k)
        && m_view.lex.speakerPronouns->contains(m_view.key(k));
}

int PatternMatcher::possessorBefore(int pos) const
{
    if (m_anchor.kind != AnchorNoun) {
        return -1;
    }
    // "Putin's phone call", "Chile's border talks": at most three modifiers between.
    for (int q = pos; q > m_clause.first && q >= pos - 3; --q) {
        if (m_view.key(q) == QLatin1String("'s")) {
            const int m = m_view.nameAt(q - 1);
            return m >= 0 && !m_view.excluded.at(q - 1) ? m_view.mentions.at(m).firstToken : -1;
        }
        if (!m_view.lowerWord(q) || m_view.lex.determiners->contains(m_view.key(q))
            || m_view.lex.participantPreps->contains(m_view.key(q))) {
            return -1;
        }
    }
    return -1;
}

int PatternMatcher::stepSubject(int pos, PatternRole role) const
{
    // A noun trigger with a possessor, in a phrase that frames the clause, names its own subject:
    // "The deal came after Putin's call with Erdogan" (not "Chile will attend Bolivia's talks").
    if (const int owner = possessorBefore(pos); owner >= m_clause.first) {
        const QString gov = m_view.governedBy(owner, m_clause.first);
        if (m_view.lex.boundPreps->contains(gov) || m_view.lex.framePrepositions->contains(gov)) {
            captureSubject(owner, pos + 1, role);
            return m_clause.first - 1;
        }
    }
    if (m_clause.inheritSubject >= 0) {
        // The subject of the first conjunct, up to its own trigger.
        int end = m_clause.inheritSubject;
        while (end < m_clause.first
               && !(m_view.kb.triggerWords().contains(m_view.key(end)) && m_view.mentionAt.at(end) < 0)) {
            ++end;
        }
        captureSubject(m_clause.inheritSubject, end, role);
    }
    captureSubject(m_clause.first, pos + 1, role);
    return m_clause.first - 1;
}

void PatternMatcher::captureSubject(int from, int to, PatternRole role) const
{
    // "Palestinian groups including Hamas and Fatah met": the members named are the sides, not the
    // state whose demonym qualifies the group.
    int introducer = -1;
    for (int k = from; k + 1 < to && introducer < 0; ++k) {
        if (m_view.lex.memberIntroducers->contains(m_view.key(k)) && m_view.nameAt(k) < 0 && !m_view.excluded.at(k)) {
            introducer = k;
        }
    }
    for (int k = from; k < to; ++k) {
        const int m = m_view.mentionAt.at(k);
        if (m < 0 && role != PatternRole::None && speakerPronoun(k)) {
            m_captures.append({role, -1, k, -1, true}); // the state of the speaker
            continue;
        }
        if (m_view.excluded.at(k) || m < 0 || m_view.dateline.at(k) || m_view.noSide.at(k)
            || (k > from && m_view.mentionAt.at(k - 1) == m)) {
            continue;
        }
        const Mention &me = m_view.mentions.at(m);
        if (me.lastToken == m_anchor.token && m_anchor.kind == AnchorNoun
            && (me.kind == QLatin1String("capital") || me.kind == QLatin1String("city"))) {
            continue; // "the Vienna meeting": a venue, not a side
        }
        if (k < introducer && me.kind == QLatin1String("demonym")) {
            continue;
        }
        const QString gov = m_view.governedBy(m_view.mentions.at(m).firstToken, from);
        if (role != PatternRole::None
            && (gov.isEmpty() || m_view.lex.participantPreps->contains(gov) || gov == QLatin1String(",")
                || m_view.lex.memberIntroducers->contains(gov) || m_view.whole.at(k))) {
            m_captures.append({role, m, -1, -1, true});
        }
    }
}

} // namespace Readout
