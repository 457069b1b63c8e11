// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../extract/mention.h"
#include "../extract/textsegmenter.h"

#include <QHash>
#include <QVector>

namespace Readout
{

class KnowledgeBase;
struct EventLexicon;
class WordSet;

/// A stretch of tokens [first, last) of one sentence that tells one event.
struct Clause {
    int first = 0;
    int last = 0;
    int inheritSubject = -1; ///< "X will meet Y and hold talks with Z": the first conjunct's start
};

/// The tokens and mentions of a text as the event passes see them: which mention covers each token,
/// which organisations hold hidden members, and the tokens a pass set aside (reporting clauses,
/// relative clauses, the dateline). Built once per text; the per-sentence flags are reset per sentence.
class SentenceView
{
public:
    SentenceView(const QString &text,
                 const Segmentation &segmentation,
                 const QVector<Mention> &mentions,
                 const QStringList &entityIds,
                 const KnowledgeBase &knowledge,
                 const EventLexicon &lexicon);

    const QString &text;
    const QVector<Token> &tokens;
    const QVector<Mention> &mentions;
    const QStringList &entityIds;
    const KnowledgeBase &kb;
    const EventLexicon &lex;

    QVector<int> mentionAt; ///< token -> innermost visible mention (or a hidden one), -1
    QVector<int> container; ///< hidden mention -> the visible name holding it, -1
    QHash<int, QVector<int>> members; ///< visible name -> the hidden actors inside it
    QVector<bool> excluded; ///< reporting clause, relative clause, "according to": no event part
    QVector<bool> quoted; ///< inside a quotation
    QVector<bool> dateline; ///< the dateline at the start of the sentence ("MOSCOW (Agency) -")
    /// Names no side: an aim after the event ("hoping to secure a truce with X"), a part of a whole
    /// named before it ("the groups that make up the Alliance, A and B": A and B).
    QVector<bool> noSide;
    QVector<bool> whole; ///< a whole named with its parts: a side wherever it stands in the subject

    [[nodiscard]] const QString &key(int token) const
    {
        return tokens.at(token).key;
    }
    /// The mention at a token that is a name (not a date), or -1.
    [[nodiscard]] int nameAt(int token) const
    {
        const int m = mentionAt.at(token);
        return m >= 0 && mentions.at(m).type != EntityType::Date ? m : -1;
    }
    /// A mention that stands for a state or an organisation in events.
    [[nodiscard]] bool isActor(int m) const
    {
        const Mention &me = mentions.at(m);
        return me.type != EntityType::Date && !me.actor.isEmpty() && me.actorKind != ActorKind::None;
    }
    /// A place an event can be held in: a city, a capital, a region, or a city-state ("in
    /// Singapore"), not another country.
    [[nodiscard]] bool isVenue(int m) const
    {
        const Mention &me = mentions.at(m);
        return me.type == EntityType::Location && (me.kind != QLatin1String("country") || kb.isCityState(me.canonical));
    }
    /// The id of the entity shown for a mention (its container's for a hidden one).
    [[nodiscard]] QString visibleId(int m) const;
    /// The word that governs the noun phrase starting at firstToken ("in", "with"), or "" when none
    /// does (a clause start, a comma, a date). Looks no further left than floor.
    [[nodiscard]] QString governedBy(int firstToken, int floor) const;
    /// Does the phrase ending before this comma open the clause with a preposition ("In Lima,")?
    [[nodiscard]] bool frontedBefore(int comma, int floor) const;
    /// Text of tokens [first, last) as written, whitespace simplified.
    [[nodiscard]] QString phrase(int first, int last) const;
    /// The word of set among the (at most four) lower-case words right before token k, not before
    /// floor: "would also meet", "an earlier round of talks". Its index, or -1.
    [[nodiscard]] int modifierBefore(const WordSet &set, int k, int floor) const;
    /// Is the trigger word at k no diplomatic event by the word before it ("a press conference") or
    /// after it ("the negotiation team"), or by the members before it ("members of the security council")?
    [[nodiscard]] bool modifiedAway(int k, int floor) const;
    [[nodiscard]] bool bodyOfMembers(int k, int floor) const;
    /// Where the subject of the clause [first, last) starts: first, or after a leading phrase and
    /// its comma ("On Friday, they met"; events.json opening_words).
    [[nodiscard]] int subjectStart(int first, int last) const;
    /// Index of the phrase of list matching at token k (before end), or -1.
    [[nodiscard]] int phraseAt(const struct PhraseList &list, int k, int end) const;
    /// "the envoy said Saturday after talks with both ministers", "told reporters on Monday following a
    /// meeting": when token k is such a sequence preposition (events.json report_day_sequences) after
    /// a reporting verb and its day, the date mention of that day (the event's), else -1.
    [[nodiscard]] int reportedDayBefore(int k) const;
    /// The last-occasion word ("last met", "the previous talks") before the trigger at trig, or -1.
    [[nodiscard]] int lastOccasionBefore(int trig, bool verb, int floor) const;
    /// Is token k a word of people named ("envoys", "heads of state")? Not before floor.
    [[nodiscard]] bool participantWord(int k, int floor) const;
    /// Is token k a lower-case word?
    [[nodiscard]] bool lowerWord(int k) const
    {
        return tokens.at(k).is(Token::Word) && !tokens.at(k).is(Token::Upper);
    }
};

} // namespace Readout
