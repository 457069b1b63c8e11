// SPDX-License-Identifier: GPL-3.0-or-later
// Teaching the user dictionary is part of the edit: undo unlearns exactly what the edit taught
// (and puts back what it replaced), redo learns it again, and entries that cannot be names are
// refused with a reason. Regressions of issue 13 ("as" or "," tagged PERSON stayed learnt).

#include "annotations.h"
#include "document.h"
#include "knowledge/dictionaryteacher.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/userdictionary.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace Readout;

namespace
{

const QString Text = QStringLiteral("Quenby Vantor met the envoy of Norland as planned, officials said.");

int at(const QString &word)
{
    return int(Text.indexOf(word));
}

QVector<UserEntry> entriesIn(const QString &path)
{
    DictionaryTeacher::waitForWrites();
    const auto read = UserDictionary::read(path);
    return read ? read.value().entries()
                : QVector<UserEntry>{{QStringLiteral("unreadable"), EntityType::Misc, {}, false}};
}

} // namespace

class DictionaryTeacherTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Annotations> m_annotations;
    std::unique_ptr<DictionaryTeacher> m_teacher;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("user-dictionary.tsv"));
        QFile::remove(m_path);
        m_annotations = std::make_unique<Annotations>();
        m_annotations->setKnowledge(KnowledgeBase::builtIn());
        const Document document(QStringLiteral("note.txt"), Text);
        m_annotations->reset(document, {}, {});
        m_teacher = std::make_unique<DictionaryTeacher>(m_path);
        m_annotations->setTeacher(m_teacher.get());
    }

    void testUndoUnlearns_issue13()
    {
        QSignalSpy learned(m_teacher.get(), &DictionaryTeacher::learned);
        QSignalSpy forgotten(m_teacher.get(), &DictionaryTeacher::forgotten);
        const int start = at(QStringLiteral("Quenby"));
        const QString id =
            m_annotations->addEntity(EntityType::Person, start, start + 13, {}, {}, Annotations::Teach::Yes);
        QVERIFY(!id.isEmpty());
        QUndoStack *stack = m_annotations->undoStack();
        QCOMPARE(stack->count(), 1); // the span and the lesson: one step
        const UserEntry taught{QStringLiteral("Quenby Vantor"), EntityType::Person, {}, false};
        QCOMPARE(entriesIn(m_path), QVector<UserEntry>{taught});
        QCOMPARE(learned.size(), 1);

        stack->undo();
        QVERIFY(!m_annotations->entity(id));
        QCOMPARE(entriesIn(m_path), QVector<UserEntry>{});
        QCOMPARE(forgotten.size(), 1);

        stack->redo();
        QVERIFY(m_annotations->entity(id));
        QCOMPARE(entriesIn(m_path), QVector<UserEntry>{taught});
        QCOMPARE(learned.size(), 2);
    }

    void testUndoPutsBackWhatWasReplaced()
    {
        // Norland was an organization in the dictionary; retyped as a place, then undone.
        UserDictionary before;
        before.setEntries({{QStringLiteral("Norland"), EntityType::Organization, {}, false},
                           {QStringLiteral("Estavia"), EntityType::Location, {}, false}});
        QVERIFY(before.write(m_path));
        const int start = at(QStringLiteral("Norland"));
        const QString id = m_annotations->addEntity(EntityType::Organization, start, start + 7);
        QVERIFY(!id.isEmpty());
        QCOMPARE(entriesIn(m_path), before.entries()); // added without Teach: nothing learnt
        QVERIFY(m_annotations->setEntityType(id, EntityType::Location, Annotations::Teach::Yes));
        QCOMPARE(entriesIn(m_path).first().type, EntityType::Location);
        m_annotations->undoStack()->undo();
        QCOMPARE(entriesIn(m_path), before.entries());
    }

    void testNeverAgainIsUndoneWithTheDelete()
    {
        const int start = at(QStringLiteral("Norland"));
        const QString id = m_annotations->addEntity(EntityType::Person, start, start + 7);
        QVERIFY(m_annotations->removeEntities({id}, Annotations::Teach::Yes));
        QCOMPARE(m_annotations->undoStack()->count(), 2);
        QCOMPARE(entriesIn(m_path), (QVector<UserEntry>{{QStringLiteral("Norland"), EntityType::Misc, {}, true}}));
        m_annotations->undoStack()->undo();
        QVERIFY(m_annotations->entity(id));
        QCOMPARE(entriesIn(m_path), QVector<UserEntry>{});
    }

    void testRefused_data()
    {
        QTest::addColumn<QString>("span");
        QTest::addColumn<bool>("annotated");
        QTest::addColumn<QString>("reason");
        QTest::newRow("lone function word")
            << QStringLiteral("as") << true << QStringLiteral("is a lone function word");
        QTest::newRow("function word, capitalised")
            << QStringLiteral("the") << true << QStringLiteral("is a lone function word");
        QTest::newRow("punctuation only") << QStringLiteral(",") << false << QString();
        QTest::newRow("single character") << QStringLiteral("s") << true << QStringLiteral("is a single character");
    }

    void testRefused()
    {
        QFETCH(QString, span);
        QFETCH(bool, annotated);
        QFETCH(QString, reason);
        QSignalSpy refused(m_teacher.get(), &DictionaryTeacher::refused);
        const int start = span == QLatin1String("s") ? at(QStringLiteral("officials")) + 8 : at(span);
        const QString id = m_annotations->addEntity(EntityType::Person,
                                                    start,
                                                    start + int(span.size()),
                                                    {},
                                                    {},
                                                    Annotations::Teach::Yes);
        QCOMPARE(!id.isEmpty(), annotated); // a span without a letter or digit is no entity at all
        QCOMPARE(entriesIn(m_path), QVector<UserEntry>{});
        if (annotated) {
            QCOMPARE(refused.size(), 1);
            QCOMPARE(refused.first().at(1).toString(), reason);
        }
    }

    void testRefusal_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<bool>("stop");
        QTest::addColumn<bool>("refused");
        QTest::newRow("name") << QStringLiteral("Quenby Vantor") << false << false;
        QTest::newRow("two letters") << QStringLiteral("UN") << false << false;
        QTest::newRow("phrase with a function word") << QStringLiteral("Bank of Norland") << false << false;
        QTest::newRow("dash") << QStringLiteral("—") << false << true;
        QTest::newRow("digit") << QStringLiteral("7") << false << true;
        QTest::newRow("pronoun") << QStringLiteral("They") << false << true;
        QTest::newRow("stop of a function word") << QStringLiteral("The") << true << false;
        QTest::newRow("stop of punctuation") << QStringLiteral("…") << true << true;
    }

    void testRefusal()
    {
        QFETCH(QString, surface);
        QFETCH(bool, stop);
        QFETCH(bool, refused);
        const UserEntry entry{surface, EntityType::Person, {}, stop};
        QCOMPARE(!UserDictionary::refusal(entry, *KnowledgeBase::builtIn()).isEmpty(), refused);
    }

    void testPunctuationSpanIsNoEntity_issue13()
    {
        const int comma = int(Text.indexOf(QLatin1Char(',')));
        QVERIFY(m_annotations->addEntity(EntityType::Person, comma, comma + 1).isEmpty());
        const int start = at(QStringLiteral("Norland"));
        const QString id = m_annotations->addEntity(EntityType::Location, start, start + 7);
        QVERIFY(!m_annotations->setEntitySpan(id, comma, comma + 1));
        QCOMPARE(m_annotations->undoStack()->count(), 1);
    }
};

QTEST_GUILESS_MAIN(DictionaryTeacherTest)
#include "dictionaryteacher_test.moc"
