// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../event.h"
#include "../extract/mention.h"
#include "../extract/textsegmenter.h"

#include <QDate>
#include <QHash>
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
    bool headline = false; ///< told in a headline or a summary line: the body's event, if it tells one
    bool again = false; ///< "they met", "the two leaders will meet": the sides reported before, on a day of its own
    bool additional = false; ///< "X would also meet Y": another event, even with the sides of one before
    bool earlier = false; ///< "an earlier round of talks": not the event still to come that was reported before
    bool lastOccasion = false; ///< "the two sides last met in 2019": an occasion before any reported
    bool next = false; ///< "further talks", "another meeting": an event after the one reported before
    bool definite = false; ///< "the meeting", "those talks": a determiner that points back leads the trigger
    QString sameDayAs; ///< "hours before the summit": on the day of the latest such event reported
};

} // namespace Readout

// An Event and plain fields: QList may move candidates with memcpy when it grows.
Q_DECLARE_TYPEINFO(Readout::EventCandidate, Q_RELOCATABLE_TYPE);

namespace Readout
{

/// What event extraction carries from one sentence to the later ones. Pipeline hands it from block
/// to block when it extracts a long article a block at a time.
/// What the previous sentence named, for "the two leaders", "they" in the next one.
struct PreviousSentence {
    QStringList actors; ///< its states and bodies (its subject's, when that names two or more)
    QString date; ///< its one calendar date ("" for none or several) and that date as written
    QString dateText;
    Event sideless; ///< the event it told with no sides ("A meeting took place in Lima on Monday"), if any
    QHash<QString, int>
        offices; ///< how many holders of each office_anaphors noun it names ("Prime Minister X": minister 1)
};

struct ExtractionContext {
    bool quoted = false; ///< the text so far ends inside a quotation
    QString speaker; ///< the state of the latest speaker named as a source ("our" in a quotation)
    QStringList sources; ///< the latest sources named, for a later bare "the spokesperson"
    PreviousSentence previous; ///< what the previous sentence named, when it told no event
};

class SentenceView;
struct Clause;

/// Stage 5: events from trigger words (resources/rules/events.json) in each clause, in passes:
/// the reporting clause gives the source (reportingclause.h), the rest splits into clauses
/// (clausesplitter.h), each clause's trigger gives the type (triggerfinder.h), the participant
/// rules of resources/rules/participants.rules give the sides (eventsides.h), and the policies
/// give place, date, status and topics (eventpolicies.h). Every field keeps the reason it has.
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
    /// Where a clause sits: its sentence and what the sentence's reporting clause said.
    struct SentenceInfo {
        int index = 0;
        const Sentence *sentence = nullptr;
        const QString *source = nullptr;
        const QString *speaker = nullptr;
        const PreviousSentence *previous = nullptr;
        bool headline = false;
        const QString *evidence = nullptr; ///< the sentence's text, shared by every event it tells
    };
    /// The events of one clause. `laterTrigger`: whether a first trigger that names no side may
    /// leave the rest of the clause to a later one (once per clause, never again inside it).
    void extractClause(const SentenceView &view,
                       const Clause &clause,
                       const SentenceInfo &sentence,
                       const QDate &published,
                       QVector<EventCandidate> *result,
                       bool laterTrigger = true) const;
    /// "A and B met at the APEC summit": after the trigger at `trig`, a body's own event that frames
    /// the one `met` (at, during, on the sidelines of), with its day and place where it has none.
    void addFrameEvent(const SentenceView &view,
                       const Clause &clause,
                       int trig,
                       const SentenceInfo &sentence,
                       const QDate &published,
                       const Event &met,
                       QVector<EventCandidate> *result) const;
    /// The event a person's relative clause tells (markAsides set it aside): clause.inheritSubject
    /// is the start of the phrase naming the person.
    void extractRelative(SentenceView &view,
                         const Clause &clause,
                         const SentenceInfo &sentence,
                         const QDate &published,
                         QVector<EventCandidate> *result) const;

    const KnowledgeBase &m_knowledge;
};

} // namespace Readout
