// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "event.h"

#include <QVector>

#include <atomic>
#include <memory>

namespace Readout
{

class DateTagger;
class Document;
class KnowledgeBase;

/// What the pipeline found in one document.
struct Extraction {
    QVector<Entity> entities; ///< sorted by start, ids T1..Tn
    QVector<Event> events; ///< in text order, ids E1..En
    bool cancelled = false;
};

/// Runs every stage on one document: segmentation, gazetteer, name patterns, dates, events,
/// event coreference. Stateless apart from the shared, read-only KnowledgeBase, so one Pipeline
/// may run on many threads at once.
class Pipeline
{
public:
    explicit Pipeline(std::shared_ptr<const KnowledgeBase> knowledge);

    [[nodiscard]] Extraction run(const Document &document, const std::atomic<bool> *cancelled = nullptr) const;
    [[nodiscard]] const KnowledgeBase &knowledge() const;

private:
    std::shared_ptr<const KnowledgeBase> m_knowledge;
    // Built once per pipeline, not per document: its word tables cost more than tagging a short article.
    std::shared_ptr<const DateTagger> m_tagger;
};

} // namespace Readout
