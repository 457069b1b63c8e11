// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../entity.h"
#include "scorer.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>

namespace Readout
{

/// Names at document level, as the events_dev gold lists them: every PERSON, ORGANIZATION and
/// LOCATION a document names, once each. A gold name is found when an extracted entity of its
/// label has it as its text or its canonical name, or the two stand for one actor (sameActor:
/// the knowledge base's aliases, "UN" and "United Nations"); case does not count. Precision is
/// over the distinct names extracted per label (canonical, else text). Per label and micro over
/// the three; each miss and false alarm listed.
class DocumentEntityScorer
{
public:
    /// name -> the actor it stands for, or itself.
    using ActorOf = std::function<QString(const QString &)>;

    static const QStringList &labels();

    void add(const QString &document,
             const QHash<QString, QStringList> &gold,
             const QVector<Entity> &predicted,
             const ActorOf &actorOf);

    [[nodiscard]] Counts label(const QString &label) const;
    [[nodiscard]] Counts micro() const;
    [[nodiscard]] const QVector<ScoreError> &errors() const;

private:
    QHash<QString, Counts> m_counts;
    QVector<ScoreError> m_errors;
};

} // namespace Readout
