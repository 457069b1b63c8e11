// SPDX-License-Identifier: GPL-3.0-or-later
#include "clausesplitter.h"

#include "../knowledge/knowledgebase.h"
#include "eventlexicon.h"

namespace Readout
{

namespace
{

bool freeTrigger(const SentenceView &view, int k)
{
    return !view.excluded.at(k) && view.kb.triggerWords().contains(view.key(k)) && view.mentionAt.at(k) < 0;
}

bool triggerIn(const SentenceView &view, int from, int to)
{
    for (int k = from; k < to; ++k) {
        if (freeTrigger(view, k)) {
            return true;
        }
    }
    return false;
}

QVector<Clause> atBreaks(const SentenceView &view, int a, int b)
{
    QVector<Clause> clauses;
    int start = a;
    bool trigger = false; // the clause so far has a trigger
    for (int k = a; k < b; ++k) {
        const QString &key = view.key(k);
        // "those talks would be followed by a meeting between A and B": each its own event ("a
        // summit may follow in June" names none after the verb).
        if (trigger && view.lex.sequenceVerbs->contains(key) && k > start && triggerIn(view, k + 1, b)) {
            // The second event keeps the tense and modality ("would be followed by": would).
            int verb = k;
            while (verb - 1 > start && view.lex.auxiliaries->contains(view.key(verb - 1))) {
                --verb;
            }
            clauses.append({start, verb});
            start = verb;
            trigger = false;
            continue;
        }
        // "carried forward their discussions from the previous round that was held on May 2": an
        // event named as past is one of its own.
        if (trigger && k > start + 1 && k + 1 < b && view.lex.pastModifiers->contains(key)
            && view.lex.determiners->contains(view.key(k - 1)) && freeTrigger(view, k + 1)
            && !view.kb.triggers().value(view.key(k + 1)).isVerb) {
            clauses.append({start, k - 1});
            start = k - 1;
            trigger = false;
            continue;
        }
        trigger = trigger || freeTrigger(view, k);
        const bool semicolon = key == QLatin1String(";");
        const bool breakWord = view.lex.clauseBreaks->contains(key) && k > a && view.key(k - 1) == QLatin1String(",");
        // ", during which a summit will be held": a relative clause led by a preposition has its own event.
        const bool relative = key == QLatin1String(",") && k + 2 < b && view.lowerWord(k + 1)
            && view.lex.relatives->contains(view.key(k + 2));
        // The same without its comma: "will run until June 9 during which a summit will be held".
        const bool bareRelative = k > start && k + 1 < b && view.key(k - 1) != QLatin1String(",")
            && (view.lex.framePrepositions->contains(key) || view.lex.placePreps->contains(key))
            && view.key(k + 1) == QLatin1String("which");
        if (semicolon || breakWord) {
            clauses.append({start, semicolon ? k : k - 1});
            start = k + 1;
            trigger = false;
        } else if (relative) {
            clauses.append({start, k});
            start = k + 1;
            trigger = false;
        } else if (bareRelative) {
            clauses.append({start, k});
            start = k;
            trigger = false;
        }
    }
    clauses.append({start, b});
    return clauses;
}

/// The "and" (or comma) that joins a second trigger's conjunct to the first, or -1.
int conjunctSplit(const SentenceView &view, const Clause &c)
{
    int firstTrig = -1;
    for (int k = c.first; k < c.last; ++k) {
        if (!freeTrigger(view, k)) {
            continue;
        }
        if (firstTrig < 0) {
            firstTrig = k;
            continue;
        }
        // Look back from this trigger for "and" after the first trigger, with no name between ("and
        // hold talks", "and a summit"; not "and Nepal at a summit"), across a time and a pronoun
        // ("and later in mid-June he received a phone call").
        for (int j = k - 1; j > firstTrig + 1 && j >= k - 10; --j) {
            // A pronoun standing for a person ("and later he received a call") is no name here.
            if (view.nameAt(j) >= 0 && !view.mentions.at(view.nameAt(j)).hidden) {
                break;
            }
            if (view.key(j) == QLatin1String("and") || view.key(j) == QLatin1String(",")) {
                return j;
            }
        }
    }
    return -1;
}

/// "met for talks after attending a G20 summit": where the subordinate event clause starts, or -1.
int subordinateSplit(const SentenceView &view, const Clause &c)
{
    const auto &triggers = view.kb.triggers();
    bool seenTrigger = false;
    for (int k = c.first; k + 2 < c.last; ++k) {
        if (!view.excluded.at(k) && triggers.contains(view.key(k)) && view.mentionAt.at(k) < 0) {
            seenTrigger = true;
            continue;
        }
        if (!seenTrigger || !view.lex.subordinators->contains(view.key(k))
            || !view.key(k + 1).endsWith(QLatin1String("ing"))) {
            continue;
        }
        for (int j = k + 2; j < c.last && j < k + 8; ++j) {
            const auto it = triggers.constFind(view.key(j));
            if (it != triggers.cend() && !it->isVerb && view.mentionAt.at(j) < 0) {
                return k;
            }
        }
    }
    return -1;
}

/// "A and B will meet on May 17, the envoy said Saturday after talks with both": the speaker took part
/// in the talks, so their clause starts after the comma before the reporting clause (else at the
/// sequence preposition).
int speakerStart(const SentenceView &view, int trigger, int sequence)
{
    for (int k = sequence - 1; k > trigger; --k) {
        if (view.key(k) == QLatin1String(",")) {
            for (int j = k + 1; j < sequence; ++j) {
                if (view.lex.reporting->contains(view.key(j))) {
                    return k + 1;
                }
            }
            break;
        }
    }
    return sequence;
}

/// "X and Y will meet on Tuesday, before talks with their teams on Wednesday": a sequence
/// preposition after the clause's trigger that leads a dated event noun starts that event's clause;
/// so does one after a reporting verb and its day ("..., the envoy said Saturday after talks with").
/// Returns where, or -1; *inherit says whether it takes the first clause's subject (it names none).
int sequenceSplit(const SentenceView &view, const Clause &c, bool *inherit)
{
    int trigger = -1;
    for (int k = c.first; k < c.last; ++k) {
        if (trigger < 0) {
            trigger = freeTrigger(view, k) ? k : -1;
            continue;
        }
        const bool reportedDay = view.reportedDayBefore(k) >= 0;
        if (!view.lex.sequencePreps->contains(view.key(k)) || view.excluded.at(k)
            || (view.key(k - 1) != QLatin1String(",") && !reportedDay)) {
            continue;
        }
        int j = k + 1;
        while (j < c.last && j <= k + 4 && !freeTrigger(view, j)
               && (view.key(j) == QLatin1String("of") || view.lowerWord(j)) && view.nameAt(j) < 0) {
            ++j;
        }
        const auto it = j < c.last ? view.kb.triggers().constFind(view.key(j)) : view.kb.triggers().cend();
        if (it == view.kb.triggers().cend() || it->isVerb || !freeTrigger(view, j)) {
            continue;
        }
        bool dated = false;
        bool named = false;
        for (int q = j + 1; q < c.last; ++q) {
            const int m = view.mentionAt.at(q);
            dated = dated || (m >= 0 && view.mentions.at(m).eventDateCandidate);
            named = named || (m >= 0 && view.isActor(m));
        }
        if (dated || reportedDay) {
            *inherit = !named;
            return reportedDay ? speakerStart(view, trigger, k) : k;
        }
    }
    return -1;
}

} // namespace

QVector<Clause> splitClauses(const SentenceView &view, int first, int last)
{
    QVector<Clause> clauses = atBreaks(view, first, last);
    for (int ci = 0; ci < clauses.size(); ++ci) {
        const Clause c = clauses.at(ci);
        const int split = conjunctSplit(view, c);
        if (split > 0) {
            clauses[ci].last = split;
            clauses.insert(ci + 1, {split + 1, c.last, c.first});
        }
    }
    for (int ci = 0; ci < clauses.size(); ++ci) {
        const Clause c = clauses.at(ci);
        bool inherit = false;
        const int split = sequenceSplit(view, c, &inherit);
        if (split > c.first) {
            clauses[ci].last = split - 1;
            clauses.insert(ci + 1, {split, c.last, inherit ? c.first : -1});
        }
    }
    for (int ci = 0; ci < clauses.size(); ++ci) {
        const Clause c = clauses.at(ci);
        const int split = subordinateSplit(view, c);
        if (split >= 0) {
            clauses[ci].last = split;
            clauses.insert(ci + 1, {split, c.last, -1});
        }
    }
    return clauses;
}

} // namespace Readout
