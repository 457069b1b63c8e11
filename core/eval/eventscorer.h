// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scorer.h"

namespace Readout
{

/// An event as the events_dev gold describes it (or as extracted, for scoring).
struct ScoredEvent {
    QString type;
    QStringList participants;
    QString date;
    QStringList alternativeDates;
    QString location;
    QString status;
    QString evidence;
};

/// The event measures of one set of documents.
struct EventScores {
    int documents = 0;
    int gold = 0;
    int predicted = 0;
    Counts strict; ///< same sides and date (each gold event matched once)
    Counts detection; ///< at least one side in common and the same date (or both none)
    Counts sides; ///< sides of events paired by evidence sentence: common, extra, missing
    int participantsFound = 0; ///< gold events whose side set some extracted event has
    int statusOk = 0;
    int typeOk = 0;
    int locationOk = 0;

    [[nodiscard]] double participantRecall() const;
    [[nodiscard]] double statusAccuracy() const;
    [[nodiscard]] double typeAccuracy() const;
    [[nodiscard]] double locationAccuracy() const;
    EventScores &operator+=(const EventScores &o);
};

/// A group of documents by the number their file name starts with ("00-20": 00_seed.txt …).
struct FileGroup {
    QString name;
    int from = 0;
    int to = 0;
    /// Does the file (its name) belong here? A name without a leading number belongs nowhere.
    [[nodiscard]] bool contains(const QString &file) const;
    /// "00-20,40-97" -> two groups; nothing for a malformed list.
    [[nodiscard]] static std::optional<QVector<FileGroup>> parseList(const QString &list);
};

/// Scores events against gold: strict (sides and date equal, the events_dev README's measure),
/// detection (a side in common and the same date), and the sides of events paired by their evidence
/// sentence; status, type and place over the strict matches. Each miss and false alarm is listed with
/// its sentence and what was wrong. Scores are kept for all documents and for each file group.
class EventScorer
{
public:
    void setGroups(const QVector<FileGroup> &groups);
    void add(const QString &document, const QVector<ScoredEvent> &gold, const QVector<ScoredEvent> &predicted);

    [[nodiscard]] const EventScores &all() const;
    /// Per group, in the order given: its name and scores.
    [[nodiscard]] QVector<QPair<QString, EventScores>> groups() const;
    [[nodiscard]] const QVector<ScoreError> &errors() const;

    // The measures over all documents.
    [[nodiscard]] Counts strict() const;
    [[nodiscard]] double participantRecall() const;
    [[nodiscard]] double statusAccuracy() const;
    [[nodiscard]] double typeAccuracy() const;
    [[nodiscard]] double locationAccuracy() const;

private:
    EventScores score(const QString &document, const QVector<ScoredEvent> &gold, const QVector<ScoredEvent> &predicted);
    void strictMatch(const QString &document,
                     const QVector<ScoredEvent> &gold,
                     const QVector<ScoredEvent> &predicted,
                     EventScores *s);
    void detectionMatch(const QVector<ScoredEvent> &gold, const QVector<ScoredEvent> &predicted, EventScores *s) const;
    void sidesByEvidence(const QVector<ScoredEvent> &gold, const QVector<ScoredEvent> &predicted, EventScores *s) const;

    EventScores m_all;
    QVector<FileGroup> m_groupDefs;
    QVector<EventScores> m_groups;
    QVector<ScoreError> m_errors;
};

} // namespace Readout
