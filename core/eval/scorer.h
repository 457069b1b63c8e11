// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Readout
{

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
    QString kind; ///< "FP", "FN", "TYPE", "VALUE", "STATUS", ...
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

/// An event as the events_dev gold describes it.
struct ScoredEvent {
    QString type;
    QStringList participants;
    QString date;
    QStringList alternativeDates;
    QString location;
    QString status;
    QString evidence;
};

/// Scores events: a predicted event matches a gold one when its participant set and date are
/// equal (each gold event matches at most once). Reports strict P/R/F1, participant-only recall and
/// status, type and location accuracy over the matches.
class EventScorer
{
public:
    void add(const QString &document, const QVector<ScoredEvent> &gold, const QVector<ScoredEvent> &predicted);
    [[nodiscard]] Counts strict() const;
    [[nodiscard]] double participantRecall() const;
    [[nodiscard]] double statusAccuracy() const;
    [[nodiscard]] double typeAccuracy() const;
    [[nodiscard]] double locationAccuracy() const;
    [[nodiscard]] const QVector<ScoreError> &errors() const;

private:
    Counts m_strict;
    int m_gold = 0;
    int m_participantsFound = 0;
    int m_statusOk = 0;
    int m_typeOk = 0;
    int m_locationOk = 0;
    QVector<ScoreError> m_errors;
};

} // namespace Readout
