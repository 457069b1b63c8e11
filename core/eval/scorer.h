// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Readout
{

/// a / b, or 0 when b is 0: the ratio every score here is.
[[nodiscard]] inline double ratio(int a, int b)
{
    return b == 0 ? 0.0 : double(a) / double(b);
}

/// True/false positives and false negatives, with the usual ratios (0 when undefined).
struct Counts {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    [[nodiscard]] double precision() const;
    [[nodiscard]] double recall() const;
    [[nodiscard]] double f1() const;
    Counts &operator+=(const Counts &o);
};

/// A labelled span of one document, in code points; value is a TIMEX3 value for dates.
struct ScoredSpan {
    int start = 0;
    int end = 0;
    QString label;
    QString value;
    QString text;
};

/// One listed error: what was wrong and the sentence it is in.
struct ScoreError {
    QString document;
    QString kind; ///< "FP", "FN", "TYPE", "VALUE", "SPAN" (right value, other extent), "STATUS", ...
    QString what;
    QString context;
};

/// Scores entity spans per label, exact (same offsets and label) and overlap (overlapping offsets,
/// same label, one-to-one), as CoNLL-style evaluations do.
class EntityScorer
{
public:
    void add(const QString &document,
             const QString &text,
             const QVector<ScoredSpan> &gold,
             const QVector<ScoredSpan> &predicted);
    [[nodiscard]] QStringList labels() const;
    [[nodiscard]] Counts exact(const QString &label) const;
    [[nodiscard]] Counts overlap(const QString &label) const;
    /// Micro-average over the given labels.
    [[nodiscard]] Counts microExact(const QStringList &labels) const;
    [[nodiscard]] Counts microOverlap(const QStringList &labels) const;
    [[nodiscard]] const QVector<ScoreError> &errors() const;

private:
    QHash<QString, Counts> m_exact;
    QHash<QString, Counts> m_overlap;
    QVector<ScoreError> m_errors;
};

/// Scores temporal expressions TempEval-3 style: relaxed span match (any overlap, any timex type),
/// value accuracy over the matched pairs, value F1 = span F1 x value accuracy.
class TimexScorer
{
public:
    void add(const QString &document,
             const QString &text,
             const QVector<ScoredSpan> &gold,
             const QVector<ScoredSpan> &predicted);
    [[nodiscard]] Counts spans() const;
    [[nodiscard]] Counts strictSpans() const;
    [[nodiscard]] int valueCorrect() const;
    [[nodiscard]] double valueAccuracy() const;
    [[nodiscard]] double valueF1() const;
    [[nodiscard]] const QVector<ScoreError> &errors() const;

private:
    Counts m_relaxed;
    Counts m_strict;
    int m_valueCorrect = 0;
    QVector<ScoreError> m_errors;
};

} // namespace Readout
