// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../event.h"
#include "../extract/mention.h"
#include "../extract/textsegmenter.h"

#include <QDate>
#include <QVector>

namespace Readout
{

/// An event as found in one clause, before coreference decides whether it is new.
struct EventCandidate {
    Event event;
    int sentence = 0;
    bool anaphoric = false; ///< "the talks", "those talks": refers to an event already reported
    bool plural = false; ///< "those talks" may refer to several
    bool round = false; ///< "the eighth round of talks": one session of a longer process, dated on its own
    bool standalone = false; ///< one organization meeting as itself ("the OSCE Permanent Council met")
};

} // namespace Readout

// An Event and plain fields: QList may move candidates with memcpy when it grows.
Q_DECLARE_TYPEINFO(Readout::EventCandidate, Q_RELOCATABLE_TYPE);

namespace Readout
{

/// What event extraction carries from one sentence to the later ones. Pipeline hands it from block
/// to block when it extracts a long article a block at a time.
struct ExtractionContext {
    bool quoted = false; ///< the text so far ends inside a quotation
    QString speaker; ///< the state of the latest speaker named as a source ("our" in a quotation)
    QStringList sources; ///< the latest sources named, for a later bare "the spokesperson"
};

/// Stage 5: events from trigger words (resources/rules/events.json) in each clause. Participants come
/// from the clause's subject ("U.S. and Russian officials will hold talks"), participant phrases
/// ("talks between Washington and Moscow", "a call with Paris"), verb objects ("X met Y"), the trigger's
/// own modifiers ("the Russia-US talks"), bracketed member lists and "our" in a quotation; the date
/// from the clause's nearest calendar expression that is not a bound ("after January 7"); status from
/// modality cues; topics from "to discuss ...", "focus on ..."; the source from the reporting clause.
class EventExtractor
{
public:
    explicit EventExtractor(const KnowledgeBase &knowledge);

    /// mentions: all entity and date mentions sorted by start; entityIds parallel to them ("" for hidden).
    /// context: what the text before the segmentation left (updated); none for a whole article.
    [[nodiscard]] QVector<EventCandidate> extract(const QString &text,
                                                  const Segmentation &segmentation,
                                                  const QVector<Mention> &mentions,
                                                  const QStringList &entityIds,
                                                  const QDate &published,
                                                  ExtractionContext *context = nullptr) const;

private:
    const KnowledgeBase &m_knowledge;
};

} // namespace Readout
