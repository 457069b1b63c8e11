// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../knowledge/wordset.h"
#include "datetagger.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Readout
{

class KnowledgeBase;

/// Stage 4b: turns what an expression states into a TIMEX3 value, anchored on the publication date
/// (DCT) and the tense of its clause, as HeidelTime does: "January 10" under "will hold" looks forward,
/// "on Monday" under "said" looks back; without tense the nearest candidate wins.
class DateResolver
{
public:
    enum class Tense { None, Past, Future };

    /// What earlier expressions of a text give later ones to count from; note() each value in turn.
    struct References {
        QDate lastDay; ///< the last calendar day given ("two days later")
        QDate lastMonth; ///< the first day of the month of the last day or month given ("the following month")
        QString lastQuarter; ///< the last reference quarter ("a year ago" in a report of results)
        int lastYear = 0; ///< the year of the last date given ("in June 2019 ... later that year")
        /// Records a resolved value: a day or month replaces the quarter as reference; a value
        /// counted back ("a year ago") names a comparison period, not a new reference.
        void note(const TimexSpec &spec, const QString &value);
    };

    explicit DateResolver(const KnowledgeBase &knowledge);

    /// anchor: the last calendar day the text gave before this expression (for "two days later");
    /// the publication date stands in when there is none. lastQuarter: the last quarter value
    /// ("1989-Q3") the text gave, which "a year ago" in a report of results is counted from.
    /// anchorYear: the year of the last date the text gave, any precision ("later that year").
    [[nodiscard]] QString resolve(const TimexSpec &spec,
                                  const QDate &dct,
                                  Tense tense,
                                  const QDate &anchor = {},
                                  const QString &lastQuarter = {},
                                  int anchorYear = 0) const;
    /// resolve() counting from what the text gave before: a count of months ("the following month",
    /// "a month later") from the last month or day given, other counts from the last day.
    [[nodiscard]] QString
    resolve(const TimexSpec &spec, const QDate &dct, Tense tense, const References &references) const;
    /// Tense governing token k of a sentence: the nearest tense marker, those before k weighing more.
    /// A deadline ("by March 3") is not dated by its clause's past tense: it reads as no tense.
    [[nodiscard]] Tense tenseAt(const Segmentation &seg, const Sentence &sentence, int k) const;
    /// An infinitive ("to hold") between tokens from and to.
    [[nodiscard]] bool infinitiveBetween(const Segmentation &seg, int from, int to) const;

    /// Convenience for one sentence: the value of `expression` inside `sentence` ("" when not tagged).
    [[nodiscard]] QString resolveInSentence(const QString &sentence, const QString &expression, const QDate &dct) const;

private:
    /// "predicted", "issued": a lower-case word with a regular past ending (dates.json
    /// regular_past_suffixes, not not_regular_past) that no determiner makes an adjective.
    [[nodiscard]] bool regularPast(const Segmentation &seg, const Sentence &sentence, int i) const;
    /// "originally planned", "had previously been scheduled": a plan adverb before the marker at i,
    /// over auxiliaries (plan_auxiliaries).
    /// "three days later", "a year earlier": a marker after a unit of time counts from another
    /// date of the text, and says nothing of the tense (count_anchor_words after a unit).
    [[nodiscard]] bool countAnchorAt(const Segmentation &seg, const Sentence &sentence, int i) const;
    /// "said it is calling for a vote on Dec. 7": the reporting verb at `at` dates the report, and the
    /// present tense of the clause it introduces says no tense for the date at k (present_auxiliaries).
    /// A tense_clause_breaks word at j that is no "and" inside a name.
    [[nodiscard]] bool clauseBreakAt(const Segmentation &seg, int j) const;
    [[nodiscard]] bool presentClauseAfter(const Segmentation &seg, int at, int k) const;
    [[nodiscard]] bool originalPlanBefore(const Segmentation &seg, const Sentence &sentence, int i) const;
    [[nodiscard]] QString resolveDay(const TimexSpec &spec,
                                     const QDate &dct,
                                     Tense tense,
                                     const QDate &anchor,
                                     const QString &lastQuarter) const;

    const KnowledgeBase &m_knowledge;
    // The word sets tenseAt() reads for every date, looked up once.
    const WordSet &m_future;
    const WordSet &m_past;
    const WordSet &m_reporting;
    const WordSet &m_auxiliaries;
    const WordSet &m_notTense;
    const WordSet &m_clauseBreaks;
    const WordSet &m_futurePhrases;
    const WordSet &m_deadlines;
    const WordSet &m_markerNouns;
    const WordSet &m_nounDeterminers;
    const WordSet &m_partOfMonth;
    const WordSet &m_infinitiveLeads;
    const WordSet &m_originalPlan;
    const WordSet &m_planAuxiliaries;
    const WordSet &m_regularPastSuffixes;
    const WordSet &m_notRegularPast;
    const WordSet &m_countAnchors;
    const WordSet &m_presentAuxiliaries;
    const WordSet &m_forwardVerbs; ///< "postponed until Tuesday": the deadline lies ahead
    const WordSet &m_forwardDeadlines; ///< "until", "by": a deadline without tense lies ahead
    int m_monthsAhead; ///< how far ahead a month without year or tense may lie
    int m_regularPastReach; ///< how many tokens from the date a regular past ("issued") is its tense
    QStringList m_regularPastSuffixList; ///< m_regularPastSuffixes as a list: a QSet walks empty buckets
};

} // namespace Readout
