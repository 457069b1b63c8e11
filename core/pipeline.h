// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dates/dateresolver.h"
#include "entity.h"
#include "event.h"
#include "events/eventextractor.h"
#include "extract/personaffiliations.h"

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
///
/// An article longer than blockSize() UTF-16 units (a book, a dump of many reports) is extracted a
/// block of paragraphs at a time, each block ending at a blank line: its tokens and mentions are
/// freed before the next block, so memory holds the text, the entities and the event candidates,
/// not the working lists of the whole article. Dates count on from the block before ("two days
/// later"), entity ids and sentences are numbered through, "the spokesperson" finds the source
/// named in the block before, and event coreference sees every block; what the name recogniser
/// learns in one block ("Stoltenberg" is a person) is not carried into the next. Every article
/// of news size is one block.
class Pipeline
{
public:
    explicit Pipeline(std::shared_ptr<const KnowledgeBase> knowledge);

    [[nodiscard]] Extraction run(const Document &document, const std::atomic<bool> *cancelled = nullptr) const;
    [[nodiscard]] const KnowledgeBase &knowledge() const;

    static constexpr int DefaultBlockSize = 1 << 20; ///< 1,048,576 UTF-16 units, about 150,000 words
    [[nodiscard]] int blockSize() const
    {
        return m_blockSize;
    }
    /// The least length of a block in UTF-16 units (at least 1); tests make it small.
    void setBlockSize(int units);

    /// What naming and dating carry from one block of an article to the next.
    struct MentionMemory {
        DateResolver::References references; ///< what "two days later" and "a year ago" count from
        PersonAffiliations persons; ///< whom "Mwangi" and "he" stand for
    };
    /// The names and dates of a segmented text (or block), sorted by mentionBefore; dates resolved
    /// against published and the tense of their sentence, counting on from memory.
    [[nodiscard]] QVector<Mention> mentions(const QString &text,
                                            const Segmentation &segmentation,
                                            const QDate &published,
                                            MentionMemory &memory) const;

private:
    struct BlockState {
        MentionMemory memory; ///< dates and persons named before
        int sentences = 0; ///< sentences in the blocks before
        ExtractionContext events; ///< the latest sources and speaker, an open quotation
    };
    /// Runs the stages up to event extraction on text[from, to); false when cancelled.
    bool extractBlock(const Document &document,
                      int from,
                      int to,
                      BlockState &state,
                      QVector<Entity> &entities,
                      QVector<EventCandidate> &candidates) const;

    std::shared_ptr<const KnowledgeBase> m_knowledge;
    // Built once per pipeline, not per document: its word tables cost more than tagging a short article.
    std::shared_ptr<const DateTagger> m_tagger;
    int m_blockSize = DefaultBlockSize;
};

} // namespace Readout
