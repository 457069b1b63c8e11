// SPDX-License-Identifier: GPL-3.0-or-later
// Every correction command: apply a sequence of edits, undo all (the original state), redo all
// (the edited state); merging, macros, correction marks, the log, the model's setData().

#include "annotations.h"
#include "edit/datereanchor.h"
#include "edit/eventdraft.h"
#include "formats/documentreader.h"
#include "knowledge/knowledgebase.h"
#include "models/eventtablemodel.h"
#include "pipeline.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Readout;

namespace
{

struct Step {
    QString name;
    std::function<bool(Annotations &)> apply;
};
using Steps = QVector<Step>;

struct State {
    QVector<Entity> entities;
    QVector<Event> events;
    QDate published;
    friend bool operator==(const State &a, const State &b)
    {
        return a.entities == b.entities && a.events == b.events && a.published == b.published;
    }
};

State stateOf(const Annotations &a)
{
    return {a.entities(), a.events(), a.document().metadata().published};
}

/// The id of the first entity with this text (and type, when given).
QString entityId(const Annotations &a, const QString &text, int nth = 0)
{
    for (const Entity &e : a.entities()) {
        if (e.text == text && nth-- == 0) {
            return e.id;
        }
    }
    return {};
}

int offsetOf(const Annotations &a, const QString &text)
{
    return int(a.document().text().indexOf(text));
}

} // namespace

Q_DECLARE_METATYPE(Steps)

class AnnotationsTest : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const KnowledgeBase> m_kb;
    Document m_document;
    Extraction m_extraction;
    std::unique_ptr<Annotations> m_annotations;
    std::unique_ptr<EventTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void initTestCase()
    {
        m_kb = KnowledgeBase::builtIn();
        auto doc = readDocument(QStringLiteral(READOUT_TEST_DATA "/edit/talks.txt"));
        QVERIFY2(doc, qPrintable(doc.error().message));
        m_document = doc.value();
        m_extraction = Pipeline(m_kb).run(m_document);
        QCOMPARE(m_extraction.events.size(), 3);
    }

    void init()
    {
        m_annotations = std::make_unique<Annotations>();
        m_annotations->setKnowledge(m_kb);
        m_annotations->reset(m_document, m_extraction.entities, m_extraction.events);
        m_model = std::make_unique<EventTableModel>(m_annotations.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_annotations.reset();
    }

    void testUndoRedo_data()
    {
        QTest::addColumn<Steps>("steps");
        QTest::addColumn<int>("undoSteps");
        const auto step = [](const char *name, std::function<bool(Annotations &)> f) {
            return Step{QString::fromLatin1(name), std::move(f)};
        };

        QTest::newRow("add entity") << Steps{step("add foreign ministry", [](Annotations &a) {
            const int at = offsetOf(a, QStringLiteral("foreign ministry"));
            return !a.addEntity(EntityType::Organization, at, at + 16).isEmpty();
        })} << 1;
        QTest::newRow("retype entity") << Steps{step("Ankara person", [](Annotations &a) {
            return a.setEntityType(entityId(a, QStringLiteral("Ankara")), EntityType::Person);
        })} << 1;
        QTest::newRow("retype to date and back") << Steps{
            step("to date",
                 [](Annotations &a) {
                     return a.setEntityType(entityId(a, QStringLiteral("Sweden")), EntityType::Date);
                 }),
            step("back", [](Annotations &a) {
                return a.setEntityType(entityId(a, QStringLiteral("Sweden")), EntityType::Location);
            })} << 2;
        QTest::newRow("move edges reorders") << Steps{step("widen Turkey over Greece", [](Annotations &a) {
            const QString id = entityId(a, QStringLiteral("Turkey"));
            const Entity *e = a.entity(id);
            return a.setEntitySpan(id, e->start, offsetOf(a, QStringLiteral("Greece")) + 6);
        })} << 1;
        QTest::newRow("canonical") << Steps{step("Ottawa the city", [](Annotations &a) {
            return a.setEntityCanonical(entityId(a, QStringLiteral("Ottawa")), QStringLiteral("Ottawa (city)"));
        })} << 1;
        QTest::newRow("date value") << Steps{step("April", [](Annotations &a) {
            return a.setEntityValue(entityId(a, QStringLiteral("April")), QStringLiteral("2024-04-15"));
        })} << 1;
        QTest::newRow("delete entities") << Steps{step("three", [](Annotations &a) {
            return a.removeEntities({entityId(a, QStringLiteral("Breaking News")),
                                     entityId(a, QStringLiteral("Monday")),
                                     entityId(a, QStringLiteral("Ankara"), 1)});
        })} << 1;
        QTest::newRow("annotate all occurrences") << Steps{
            step("delete both Ankara",
                 [](Annotations &a) {
                     return a.removeEntities(
                         {entityId(a, QStringLiteral("Ankara")), entityId(a, QStringLiteral("Ankara"), 1)});
                 }),
            step("annotate all Ankara", [](Annotations &a) {
                const int at = int(a.document().text().lastIndexOf(QStringLiteral("Ankara")));
                return a.annotateOccurrences(EntityType::Location, at, at + 6) == 2;
            })} << 2;
        QTest::newRow("delete all occurrences") << Steps{step("Ankara", [](Annotations &a) {
            return a.removeOccurrences(entityId(a, QStringLiteral("Ankara"))) == 2;
        })} << 1;
        QTest::newRow("event fields") << Steps{
            step("type",
                 [](Annotations &a) {
                     return a.setEventField(QStringLiteral("E1"), EventField::Type, QStringLiteral("negotiations"));
                 }),
            step("participants",
                 [](Annotations &a) {
                     return a.setEventField(
                         QStringLiteral("E1"),
                         EventField::Participants,
                         QStringList{QStringLiteral("Turkey"), QStringLiteral("Greece"), QStringLiteral("NATO")});
                 }),
            step("date",
                 [](Annotations &a) {
                     return a.setEventDate(QStringLiteral("E3"), QStringLiteral("2024-02"));
                 }),
            step("status",
                 [](Annotations &a) {
                     return a.setEventField(QStringLiteral("E2"), EventField::Status, QStringLiteral("cancelled"));
                 }),
            step("place",
                 [](Annotations &a) {
                     return a.setEventField(QStringLiteral("E2"), EventField::Location, QStringLiteral("Istanbul"));
                 }),
            step("topics",
                 [](Annotations &a) {
                     return a.setEventField(QStringLiteral("E1"),
                                            EventField::Topics,
                                            QStringLiteral("migration; energy"));
                 }),
            step("source",
                 [](Annotations &a) {
                     return a.setEventField(QStringLiteral("E3"), EventField::Source, QStringLiteral("officials"));
                 }),
            step("reviewed", [](Annotations &a) {
                return a.setEventReviewed(QStringLiteral("E2"), true);
            })} << 8;
        QTest::newRow("add event") << Steps{step("from sentence", [](Annotations &a) {
            const int at = offsetOf(a, QStringLiteral("Stoltenberg said"));
            return !a.addEvent(EventDraft::fromSelection(a, at, at + 5, *a.knowledge())).isEmpty();
        })} << 1;
        QTest::newRow("delete events") << Steps{step("E1 and E3", [](Annotations &a) {
            return a.removeEvents({QStringLiteral("E3"), QStringLiteral("E1")});
        })} << 1;
        QTest::newRow("merge") << Steps{step("E3 into E1", [](Annotations &a) {
            return a.mergeEvents(QStringLiteral("E1"), QStringLiteral("E3"));
        })} << 1;
        QTest::newRow("split") << Steps{step("E2", [](Annotations &a) {
            return !a.splitEvent(QStringLiteral("E2"), {QStringLiteral("NATO")}).isEmpty();
        })} << 1;
        QTest::newRow("reanchor dates") << Steps{step("a week later", [](Annotations &a) {
            const QDate published(2024, 3, 11);
            const DateReanchoring r =
                DateReanchor::compute(a.document(), published, a.entities(), a.events(), *a.knowledge());
            return !r.entityValues.isEmpty() && a.reanchorDates(published, r.entityValues, r.eventDates);
        })} << 1;
        QTest::newRow("mixed") << Steps{
            step("add",
                 [](Annotations &a) {
                     const int at = offsetOf(a, QStringLiteral("foreign ministry"));
                     return !a.addEntity(EntityType::Organization, at, at + 16).isEmpty();
                 }),
            step("delete one",
                 [](Annotations &a) {
                     return a.removeEntities({entityId(a, QStringLiteral("Breaking News"))});
                 }),
            step("merge",
                 [](Annotations &a) {
                     return a.mergeEvents(QStringLiteral("E2"), QStringLiteral("E1"));
                 }),
            step("edit merged",
                 [](Annotations &a) {
                     return a.setEventDate(QStringLiteral("E2"), QStringLiteral("2024"));
                 }),
            step("split", [](Annotations &a) {
                return !a.splitEvent(QStringLiteral("E2"), {QStringLiteral("Greece")}).isEmpty();
            })} << 5;
    }

    void testUndoRedo()
    {
        QFETCH(Steps, steps);
        QFETCH(int, undoSteps);
        Annotations &a = *m_annotations;
        const State original = stateOf(a);
        for (const Step &s : std::as_const(steps)) {
            QVERIFY2(s.apply(a), qPrintable(s.name));
            QCOMPARE(m_model->rowCount(), int(a.events().size()));
        }
        const State edited = stateOf(a);
        QVERIFY(!(edited == original));
        QCOMPARE(a.undoStack()->count(), undoSteps);
        while (a.undoStack()->canUndo()) {
            a.undoStack()->undo();
        }
        QVERIFY(stateOf(a) == original);
        QCOMPARE(m_model->rowCount(), int(original.events.size()));
        while (a.undoStack()->canRedo()) {
            a.undoStack()->redo();
        }
        QVERIFY(stateOf(a) == edited);
        // Entities stay sorted, the index answers for each.
        for (const Entity &e : a.entities()) {
            QVERIFY(a.entitiesIn(e.start, e.end).contains(a.entity(e.id)));
        }
    }

    void testAnnotateOccurrences()
    {
        Annotations &a = *m_annotations;
        // "Officials" occurs once, in the body; nothing covers it.
        const int at = offsetOf(a, QStringLiteral("Officials"));
        QCOMPARE(a.annotateOccurrences(EntityType::Organization, at, at + 9), 1);
        QCOMPARE(a.undoStack()->text(a.undoStack()->count() - 1),
                 QStringLiteral("Annotate 1 occurrence of “Officials”"));
        // Again: every occurrence is covered now, nothing to do and no step.
        QCOMPARE(a.annotateOccurrences(EntityType::Organization, at, at + 9), 0);
        QCOMPARE(a.undoStack()->count(), 1);

        // Ankara twice: both extracted already (covered), so annotating them adds none...
        const int ankara = offsetOf(a, QStringLiteral("Ankara"));
        QCOMPARE(a.annotateOccurrences(EntityType::Person, ankara, ankara + 6), 0);
        // ... and deleting all of them is one step naming the count, which undo restores.
        const QVector<Entity> before = a.entities();
        QCOMPARE(a.removeOccurrences(entityId(a, QStringLiteral("Ankara"))), 2);
        QCOMPARE(a.undoStack()->text(a.undoStack()->count() - 1), QStringLiteral("Delete 2 occurrences of “Ankara”"));
        QVERIFY(entityId(a, QStringLiteral("Ankara")).isEmpty());
        // Annotating one occurrence's text now finds both, as one step.
        QCOMPARE(a.annotateOccurrences(EntityType::Location, ankara, ankara + 6), 2);
        QCOMPARE(a.undoStack()->text(a.undoStack()->count() - 1), QStringLiteral("Annotate 2 occurrences of “Ankara”"));
        int found = 0;
        for (const Entity &e : a.entities()) {
            if (e.text == QLatin1String("Ankara")) {
                QCOMPARE(e.type, EntityType::Location);
                QCOMPARE(e.origin, QStringLiteral("added"));
                ++found;
            }
        }
        QCOMPARE(found, 2);
        a.undoStack()->undo();
        a.undoStack()->undo();
        QCOMPARE(a.entities(), before);
        // A part of a word ("Ankar") is no whole-word occurrence: nothing to annotate.
        QCOMPARE(a.annotateOccurrences(EntityType::Location, ankara, ankara + 5), 0);
    }

    void testDragMergesIntoOneStep()
    {
        Annotations &a = *m_annotations;
        const QString id = entityId(a, QStringLiteral("Recep Tayyip Erdogan"));
        const Entity before = *a.entity(id);
        for (int end = before.end - 1; end > before.end - 8; --end) {
            QVERIFY(a.setEntitySpan(id, before.start, end));
        }
        QCOMPARE(a.undoStack()->count(), 1);
        QCOMPARE(a.entity(id)->text, QStringLiteral("Recep Tayyip")); // never ends in a space
        // Dragging back to where it was leaves nothing to undo.
        QVERIFY(a.setEntitySpan(id, before.start, before.end));
        QCOMPARE(a.undoStack()->count(), 0);
        QVERIFY(*a.entity(id) == before);
    }

    void testTypingMergesPerField()
    {
        Annotations &a = *m_annotations;
        QVERIFY(a.setEventField(QStringLiteral("E1"), EventField::Topics, QStringLiteral("mig")));
        QVERIFY(a.setEventField(QStringLiteral("E1"), EventField::Topics, QStringLiteral("migration")));
        QVERIFY(a.setEventField(QStringLiteral("E1"), EventField::Source, QStringLiteral("ministry")));
        QVERIFY(a.setEventField(QStringLiteral("E2"), EventField::Source, QStringLiteral("aides")));
        QCOMPARE(a.undoStack()->count(), 3);
        QCOMPARE(a.undoStack()->undoText(), QStringLiteral("Set source of E2"));
    }

    void testCorrectionMarks()
    {
        Annotations &a = *m_annotations;
        QVERIFY(a.setEventDate(QStringLiteral("E3"), QStringLiteral("2024-02-26")));
        QVERIFY(a.setEventField(QStringLiteral("E3"), EventField::Location, QStringLiteral("Ottawa, Canada")));
        const Event *e3 = a.event(QStringLiteral("E3"));
        QCOMPARE(e3->origin, QStringLiteral("corrected"));
        QCOMPARE(e3->correctedFields, (QStringList{QStringLiteral("date"), QStringLiteral("location")}));
        QVERIFY(!a.setEventDate(QStringLiteral("E3"), QStringLiteral("2024-02-30"))); // not a date
        QVERIFY(!a.setEventDate(QStringLiteral("E3"), QStringLiteral("soon")));
        QVERIFY(a.setEventReviewed(QStringLiteral("E1"), true));
        QCOMPARE(a.event(QStringLiteral("E1"))->origin, QStringLiteral("extracted")); // reviewing corrects nothing
        const QString added = a.addEvent(a.events().first());
        QCOMPARE(a.event(added)->origin, QStringLiteral("added"));
        QVERIFY(a.setEventDate(added, QStringLiteral("2025")));
        QCOMPARE(a.event(added)->origin, QStringLiteral("added"));
        QVERIFY(a.setEntityType(entityId(a, QStringLiteral("Ankara")), EntityType::Organization));
        QCOMPARE(a.entity(entityId(a, QStringLiteral("Ankara")))->correctedFields, QStringList{QStringLiteral("type")});
    }

    void testMergeKeepsEvidence()
    {
        Annotations &a = *m_annotations;
        const Event e1 = *a.event(QStringLiteral("E1"));
        const Event e3 = *a.event(QStringLiteral("E3"));
        QVERIFY(a.mergeEvents(QStringLiteral("E1"), QStringLiteral("E3")));
        const Event *merged = a.event(QStringLiteral("E1"));
        QVERIFY(!a.event(QStringLiteral("E3")));
        QCOMPARE(merged->participants,
                 (QStringList{QStringLiteral("Turkey"),
                              QStringLiteral("Greece"),
                              QStringLiteral("Canada"),
                              QStringLiteral("Mexico")}));
        QCOMPARE(merged->participantCodes.size(), merged->participants.size());
        QCOMPARE(merged->evidenceStart, e1.evidenceStart);
        QCOMPARE(merged->extraEvidence, (QVector<QPair<int, int>>{{e3.evidenceStart, e3.evidenceEnd}}));
        QVERIFY(merged->correctedFields.contains(QStringLiteral("participants")));
        QCOMPARE(a.undoStack()->undoText(), QStringLiteral("Merge E3 into E1"));
    }

    void testModelSetDataPushes()
    {
        Annotations &a = *m_annotations;
        const QModelIndex date = m_model->index(0, EventTableModel::DateColumn);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(date, QStringLiteral("2024-03-13")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(a.undoStack()->count(), 1);
        QCOMPARE(date.data().toString(), QStringLiteral("2024-03-13"));
        QVERIFY(date.data(EventTableModel::CorrectedRole).toBool());
        QVERIFY(!m_model->index(0, EventTableModel::TypeColumn).data(EventTableModel::CorrectedRole).toBool());
        QVERIFY(!m_model->setData(date, QStringLiteral("13 March")));
        const QModelIndex reviewed = m_model->index(1, EventTableModel::ReviewedColumn);
        QVERIFY(m_model->flags(reviewed) & Qt::ItemIsUserCheckable);
        QVERIFY(m_model->setData(reviewed, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(reviewed.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        a.undoStack()->undo();
        a.undoStack()->undo();
        QCOMPARE(date.data().toString(), QStringLiteral("2024-03-12"));
        QCOMPARE(reviewed.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(m_model->index(0, EventTableModel::TypeColumn)
                    .data(EventTableModel::ChoicesRole)
                    .toStringList()
                    .contains(QStringLiteral("summit")));
        QCOMPARE(
            m_model->index(0, EventTableModel::StatusColumn).data(EventTableModel::ChoicesRole).toStringList().first(),
            QStringLiteral("held"));
        const QStringList actors = m_model->index(0, EventTableModel::ParticipantsColumn)
                                       .data(EventTableModel::CompletionsRole)
                                       .toStringList();
        QCOMPARE(actors.first(), QStringLiteral("Turkey")); // the document's own first
        QVERIFY(actors.contains(QStringLiteral("Japan"))); // then the gazetteer
        QVERIFY(m_model->index(0, EventTableModel::PlaceColumn)
                    .data(EventTableModel::CompletionsRole)
                    .toStringList()
                    .contains(QStringLiteral("Ottawa")));
    }

    void testCorrectionLog()
    {
        Annotations &a = *m_annotations;
        QVERIFY(a.setEventDate(QStringLiteral("E3"), QStringLiteral("2024-02")));
        QVERIFY(a.removeEvents({QStringLiteral("E1"), QStringLiteral("E2")}));
        CorrectionLog log = a.correctionLog();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).field, QStringLiteral("date"));
        QCOMPARE(log.at(0).before, QString());
        QCOMPARE(log.at(0).after, QStringLiteral("2024-02"));
        QCOMPARE(log.at(1).target, QStringLiteral("E1"));
        a.undoStack()->undo();
        QCOMPARE(a.correctionLog().size(), 1);
        // A restore keeps earlier sessions' log in front.
        a.restore(a.document(), a.entities(), a.events(), a.correctionLog());
        QVERIFY(a.setEventField(QStringLiteral("E1"), EventField::Status, QStringLiteral("held")));
        log = a.correctionLog();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(1).field, QStringLiteral("status"));
    }

    void testReanchorIsOneStep()
    {
        Annotations &a = *m_annotations;
        const QDate published(2024, 3, 11);
        const DateReanchoring r = DateReanchor::compute(a.document(), published, a.entities(), a.events(), *m_kb);
        QCOMPARE(r.entityValues.value(entityId(a, QStringLiteral("Friday"))), QStringLiteral("2024-03-08"));
        QCOMPARE(r.eventDates.value(QStringLiteral("E2")), QStringLiteral("2024-03-08"));
        QVERIFY(a.reanchorDates(published, r.entityValues, r.eventDates));
        QCOMPARE(a.undoStack()->count(), 1);
        QCOMPARE(a.document().metadata().published, published);
        QCOMPARE(a.event(QStringLiteral("E2"))->date, QStringLiteral("2024-03-08"));
        a.undoStack()->undo();
        QCOMPARE(a.event(QStringLiteral("E2"))->date, QStringLiteral("2024-03-01"));
        QCOMPARE(a.document().metadata().published, QDate(2024, 3, 4));
    }

    void testEventDraftFromSentence()
    {
        Annotations &a = *m_annotations;
        const int at = offsetOf(a, QStringLiteral("held a summit"));
        const Event draft = EventDraft::fromSelection(a, at, at + 4, *m_kb);
        QCOMPARE(draft.type, QStringLiteral("summit"));
        QCOMPARE(draft.participants, (QStringList{QStringLiteral("Canada"), QStringLiteral("Mexico")}));
        QVERIFY(draft.evidenceText.startsWith(QStringLiteral("Officials from Canada")));
        QVERIFY(draft.evidenceText.endsWith(QStringLiteral("reported.")));
        QCOMPARE(a.document().text().mid(draft.evidenceStart, draft.evidenceEnd - draft.evidenceStart),
                 draft.evidenceText);
    }

    void testAddEntityTrimsAndRefusesHeader()
    {
        Annotations &a = *m_annotations;
        const int at = offsetOf(a, QStringLiteral(" foreign ministry"));
        const QString id = a.addEntity(EntityType::Organization, at, at + 18);
        QCOMPARE(a.entity(id)->text, QStringLiteral("foreign ministry"));
        QVERIFY(a.addEntity(EntityType::Organization, at, at + 17).isEmpty()); // already there
        QCOMPARE(a.entity(id)->origin, QStringLiteral("added"));
        QVERIFY(a.addEntity(EntityType::Date, 0, 4).isEmpty()); // the header is metadata
        QSignalSpy spans(&a, &Annotations::entitiesChanged);
        a.undoStack()->undo();
        QCOMPARE(spans.count(), 1);
        QCOMPARE(spans.at(0).at(0).toInt(), at + 1);
    }
};

QTEST_GUILESS_MAIN(AnnotationsTest)
#include "annotations_test.moc"
