// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdraft.h"

#include "../annotations.h"
#include "../knowledge/knowledgebase.h"
#include "../pipeline.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace Readout
{

QPair<int, int> EventDraft::sentenceAround(const QString &text, int bodyStart, int start, int end)
{
    start = std::clamp(start, bodyStart, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    finder.setPosition(start);
    int from = finder.isAtBoundary() ? start : int(finder.toPreviousBoundary());
    finder.setPosition(std::max(end, from + 1));
    int to = finder.isAtBoundary() ? std::max(end, from + 1) : int(finder.toNextBoundary());
    if (to < 0) {
        to = int(text.size());
    }
    from = std::max(from, bodyStart);
    // The finder's sentences include the spaces after them: the evidence does not.
    while (to > from && text.at(to - 1).isSpace()) {
        --to;
    }
    while (from < to && text.at(from).isSpace()) {
        ++from;
    }
    return {from, to};
}

Event EventDraft::fromSelection(const Annotations &annotations, int start, int end, const KnowledgeBase &knowledge)
{
    const Document &document = annotations.document();
    const auto [from, to] = sentenceAround(document.text(), document.bodyStart(), start, end);
    Event draft;
    draft.evidenceStart = from;
    draft.evidenceEnd = to;
    draft.evidenceText = document.text().mid(from, to - from);
    for (const Entity *e : annotations.entitiesIn(from, to)) {
        draft.entityIds.append(e->id);
    }

    // What the extractor makes of the sentence on its own.
    Document sentence(document.path(), draft.evidenceText, document.metadata());
    const Pipeline pipeline(std::shared_ptr<const KnowledgeBase>(&knowledge, [](const KnowledgeBase *) {}));
    const Extraction found = pipeline.run(sentence);
    if (!found.events.isEmpty()) {
        const Event &e = found.events.first();
        draft.type = e.type;
        draft.participants = e.participants;
        draft.participantCodes = e.participantCodes;
        draft.date = e.date;
        draft.dateText = e.dateText;
        draft.location = e.location;
        draft.status = e.status;
        draft.topics = e.topics;
        draft.source = e.source;
        draft.confidence = e.confidence;
        return draft;
    }
    // Nothing recognised as an event: offer the actors and the first date the analyst sees marked.
    const QStringList types = knowledge.eventTypes();
    draft.type = types.contains(QLatin1String("meeting")) ? QStringLiteral("meeting") : types.value(0);
    const QStringList statuses = knowledge.eventStatuses();
    draft.status = statuses.value(0);
    for (const Entity *e : annotations.entitiesIn(from, to)) {
        if (e->type == EntityType::Date) {
            if (draft.date.isEmpty() && (e->value.size() == 10 || e->value.size() == 7 || e->value.size() == 4)) {
                draft.date = e->value;
                draft.dateText = e->text;
            }
        } else if (!e->code.isEmpty() && !e->canonical.isEmpty() && !draft.participants.contains(e->canonical)
                   && e->type != EntityType::Person) {
            draft.participants.append(e->canonical);
            draft.participantCodes.append(e->code);
        }
    }
    return draft;
}

} // namespace Readout
