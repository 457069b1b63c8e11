// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "edit/correctionlog.h"
#include "edit/eventedits.h"
#include "entity.h"
#include "event.h"
#include "knowledge/userdictionary.h"

#include <QObject>
#include <QVector>

#include <memory>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace Readout
{

class AnnotationsPrivate;
class DictionaryTeacher;
class KnowledgeBase;

/// One article's document, entity spans and events: the model every view of that article reads.
/// Owns its data and the QUndoStack of its corrections; views hold a pointer and listen to the
/// signals. Entities are kept sorted by start (longer first, then by id).
///
/// Every public edit only pushes a command (core/edit/) onto undoStack(); the commands hold ids
/// and values, and their redo()/undo() call the private appliers, which change the data and emit
/// the signals. So everything the analyst does can be undone exactly.
class Annotations : public QObject
{
    Q_OBJECT
public:
    explicit Annotations(QObject *parent = nullptr);
    ~Annotations() override;
    Q_DISABLE_COPY(Annotations)

    /// Replaces everything at once (after loading or extracting); clears the undo stack and the
    /// correction log; emits resetDone().
    void reset(const Document &document, QVector<Entity> entities, QVector<Event> events);
    /// As reset(), keeping the correction log of earlier sessions (restored from a sidecar).
    void restore(const Document &document, QVector<Entity> entities, QVector<Event> events, CorrectionLog log);

    [[nodiscard]] const Document &document() const;
    [[nodiscard]] const QVector<Entity> &entities() const;
    [[nodiscard]] const QVector<Event> &events() const;

    [[nodiscard]] const Entity *entity(const QString &id) const;
    [[nodiscard]] int eventIndex(const QString &id) const;
    [[nodiscard]] const Event *event(const QString &id) const;
    /// Entities overlapping [start, end), in text order. O(log n + k).
    [[nodiscard]] QVector<const Entity *> entitiesIn(int start, int end) const;
    /// The innermost entity at a UTF-16 position, or nullptr.
    [[nodiscard]] const Entity *entityAt(int position) const;
    /// Ids of events built from this entity or whose evidence holds it.
    [[nodiscard]] QStringList eventsUsing(const QString &entityId) const;

    // Corrections: each pushes one command (or one macro) and returns false (or an empty id) when
    // there is nothing to do. Offsets are UTF-16 into document().text().
    [[nodiscard]] QUndoStack *undoStack() const;
    /// Whether an edit also teaches the user dictionary (in the same undo step).
    enum class Teach {
        No,
        Yes,
    };
    /// The dictionary that edits with Teach::Yes teach (not owned); none by default, then they
    /// teach nothing.
    void setTeacher(DictionaryTeacher *teacher);
    /// Knowledge used for participant and actor codes; none by default.
    void setKnowledge(std::shared_ptr<const KnowledgeBase> knowledge);
    [[nodiscard]] const KnowledgeBase *knowledge() const;

    /// Adds an entity over [start, end) (trimmed of surrounding spaces; a span without a letter or
    /// digit is refused); returns its new id. With Teach::Yes its text is learnt as a name.
    QString addEntity(EntityType type,
                      int start,
                      int end,
                      const QString &canonical = {},
                      const QString &value = {},
                      Teach teach = Teach::No);
    bool setEntityType(const QString &id, EntityType type, Teach teach = Teach::No);
    /// Type and meaning at once (the canonical name, or a date's value): one undo step.
    bool setEntityDetails(const QString &id, EntityType type, const QString &meaning, Teach teach = Teach::No);
    /// Moves the edges; consecutive moves of one entity merge into one undo step (a drag).
    bool setEntitySpan(const QString &id, int start, int end);
    /// The actor or full name it stands for; the code follows from the knowledge.
    bool setEntityCanonical(const QString &id, const QString &canonical);
    /// The TIMEX3 value of a date.
    bool setEntityValue(const QString &id, const QString &value);
    /// Deletes entities; several are one undo step. With Teach::Yes their texts (dates aside) are
    /// learnt as never a name, in the same step.
    bool removeEntities(const QStringList &ids, Teach teach = Teach::No);
    /// Annotates every whole-word occurrence (case kept, see Occurrences) of the text in
    /// [start, end) that no entity covers yet: one undo step ("Annotate 7 occurrences of
    /// “Lavrov”"); with Teach::Yes the name is learnt in it too. Returns how many were added.
    int annotateOccurrences(EntityType type, int start, int end, Teach teach = Teach::No);
    /// Deletes every entity with the type and text of this one: one undo step. Returns how many.
    int removeOccurrences(const QString &id);

    bool setEventField(const QString &id, EventField field, const QVariant &value);
    bool setEventDate(const QString &id, const QString &date);
    bool setEventReviewed(const QString &id, bool reviewed);
    /// Marks several events at once: one undo step.
    bool setEventsReviewed(const QStringList &ids, bool reviewed);
    /// Adds an event (origin "added", corrected_fields the fields it has a value for, see
    /// EventEdits::givenFields) in text order by its evidence; returns its new id.
    QString addEvent(Event event);
    /// Deletes events; several are one undo step.
    bool removeEvents(const QStringList &ids);
    /// Combines from into into (fields joined, evidence kept) and deletes from: one undo step.
    bool mergeEvents(const QString &into, const QString &from);
    /// Moves participants to a new event placed after this one; returns the new id.
    QString splitEvent(const QString &id, const QStringList &movedParticipants);
    /// Changes the publication date the dates are anchored on and, in the same undo step, gives
    /// the listed date entities and events their re-resolved values (see DateReanchor).
    bool reanchorDates(const QDate &published,
                       const QHash<QString, QString> &entityValues,
                       const QHash<QString, QString> &eventDates);

    /// The log of earlier sessions followed by the corrections currently applied.
    [[nodiscard]] CorrectionLog correctionLog() const;
    [[nodiscard]] QString nextEntityId() const;
    [[nodiscard]] QString nextEventId() const;

Q_SIGNALS:
    void resetDone();
    /// Spans in [start, end) of the text were added, removed or changed.
    void entitiesChanged(int start, int end);
    void eventAboutToBeInserted(int row);
    void eventInserted(int row);
    void eventAboutToBeRemoved(int row);
    void eventRemoved(int row);
    void eventChanged(int row);
    /// The document's metadata (publication date) changed.
    void documentChanged();
    /// Any change through a command (for summaries and autosave hooks).
    void edited();

private:
    friend class EntityCommand;
    friend class EventCommand;
    friend class DocumentCommand;

    void applyEntity(const QString &id, const std::optional<Entity> &value);
    void applyEvent(const QString &id, const std::optional<Event> &value, const QString &previousId);
    void applyPublished(const QDate &published);
    bool pushEntity(const Entity &before, const Entity &after, const QString &text, int kind, Teach teach);
    /// The teacher's step for this entry, or nullptr (no teacher, or the entry refused).
    QUndoCommand *lesson(const std::optional<UserEntry> &entry) const;
    /// Pushes command and, when there is one, lesson with it as one undo step.
    void pushTaught(QUndoCommand *command, QUndoCommand *lesson);
    /// Pushes the steps EventSteps built (takes ownership); false for none.
    bool pushSteps(QUndoCommand *steps);

    std::unique_ptr<AnnotationsPrivate> d;
};

} // namespace Readout
