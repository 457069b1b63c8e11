// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../result.h"
#include "documententities.h"
#include "eventscorer.h"
#include "scorer.h"

#include <QString>

namespace Readout
{

class KnowledgeBase;
class Pipeline;

/// Runs the pipeline over a folder of gold documents and scores it: brat standoff (.txt + .ann +
/// .meta.json) for entities and dates, events_dev's .txt + .gold.json for events.
class Evaluation
{
public:
    enum class Task { Entities, Dates, Events };
    enum class PublishedFrom { Meta, Header };

    explicit Evaluation(const Pipeline &pipeline);

    /// The task a folder's gold files are for: .gold.json means events; TIMEX labels mean dates.
    [[nodiscard]] static Result<Task> detectTask(const QString &goldDir);
    [[nodiscard]] Result<int> run(const QString &goldDir, Task task, PublishedFrom publishedFrom = PublishedFrom::Meta);

    [[nodiscard]] const EntityScorer &entities() const;
    [[nodiscard]] const TimexScorer &dates() const;
    [[nodiscard]] const EventScorer &events() const;
    /// With the events: the names each events_dev document lists, at document level.
    [[nodiscard]] const DocumentEntityScorer &documentEntities() const;
    /// The canonical actor of a participant name by the knowledge base's aliases, else the name.
    [[nodiscard]] static QString actorName(const KnowledgeBase &kb, const QString &name);
    /// Event scores per file group too ("00-20", "40-97"), before run().
    void setEventGroups(const QVector<FileGroup> &groups);

private:
    const Pipeline &m_pipeline;
    EntityScorer m_entities;
    TimexScorer m_dates;
    EventScorer m_events;
    DocumentEntityScorer m_documentEntities;
};

} // namespace Readout
