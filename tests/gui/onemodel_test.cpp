// SPDX-License-Identifier: GPL-3.0-or-later
// One article, one model (issue 13): an article open in a main-window tab and in a compare window
// is one Annotations, one undo stack and one autosaver, so an edit in either view is in the
// other and in the sidecar; a sidecar changed by another Readout process since it was read is
// never overwritten blindly, and either choice of the analyst loses nothing.

#include "comparewindow.h"
#include "correctionactions.h"
#include "documenttab.h"
#include "mainwindow.h"

#include "annotations.h"
#include "storage/autosaver.h"
#include "storage/sidecar.h"

#include <QAction>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "articlecopy.h"

#include <memory>

using namespace Readout;

namespace
{

constexpr int Timeout = 30000;
const QString Data = QStringLiteral(READOUT_SOURCE_DIR "/tests/data/compare/");

const Event *eventWithTopics(const QVector<Event> &events, const QString &topic)
{
    for (const Event &e : events) {
        if (e.topics.contains(topic)) {
            return &e;
        }
    }
    return nullptr;
}

QVector<Event> savedEvents(const QString &sidecar)
{
    const auto read = Sidecar::readFile(sidecar);
    return read ? read.value().events : QVector<Event>{};
}

} // namespace

class OneModelTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_a;
    QString m_b;
    std::unique_ptr<MainWindow> m_window;

    QString copy(const QString &name)
    {
        return ReadoutTest::copyArticle(QDir(m_dir.path()), Data + name, name);
    }

    DocumentTab *openInTab(const QString &path)
    {
        QSignalSpy finished(m_window.get(), &MainWindow::extractionFinished);
        m_window->openFile(path);
        return finished.wait(Timeout) ? m_window->currentDocument() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QFile::remove(DocumentTab::userDictionaryPath());
        m_a = copy(QStringLiteral("10_three_events.a.txt"));
        m_b = copy(QStringLiteral("10_three_events.b.txt"));
        QVERIFY(!m_a.isEmpty() && !m_b.isEmpty());
        m_window = std::make_unique<MainWindow>();
        m_window->setErrorDialogsEnabled(false);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        for (const QString &aside : QDir(m_dir.path()).entryList({QStringLiteral("*.readout.json*")})) {
            QFile::remove(m_dir.filePath(aside));
        }
    }

    void testTabAndCompareWindowShareOneModel_issue13()
    {
        DocumentTab *tab = openInTab(m_a);
        QVERIFY(tab);
        QVERIFY(tab->annotations()->events().size() >= 2);
        auto compare = std::unique_ptr<CompareWindow>(new CompareWindow);
        compare->setErrorDialogsEnabled(false);
        QSignalSpy ready(compare.get(), &CompareWindow::ready);
        compare->openFiles(m_a, m_b);
        QVERIFY(ready.wait(Timeout));
        DocumentTab *side = compare->sideA();

        // A correction in the compare window is in the tab, and the other way round.
        const QString first = side->annotations()->events().at(0).id;
        const QString second = side->annotations()->events().at(1).id;
        QVERIFY(side->annotations()->setEventField(first, EventField::Topics, QStringLiteral("made in compare")));
        QVERIFY(eventWithTopics(tab->annotations()->events(), QStringLiteral("made in compare")));
        QVERIFY(tab->annotations()->setEventField(second, EventField::Topics, QStringLiteral("made in the tab")));
        QVERIFY(eventWithTopics(side->annotations()->events(), QStringLiteral("made in the tab")));

        // One undo stack: undo in the compare window takes back the tab's step.
        compare->corrections()->setCurrentDocument(side);
        compare->corrections()->action(QStringLiteral("undo"))->trigger();
        QVERIFY(!eventWithTopics(tab->annotations()->events(), QStringLiteral("made in the tab")));
        compare->corrections()->action(QStringLiteral("redo"))->trigger();

        // Whatever is saved, and in whichever order, holds both corrections.
        QTRY_VERIFY_WITH_TIMEOUT(!tab->autoSaver()->isPending() && !side->autoSaver()->isPending(), Timeout);
        compare.reset(); // closing the compare window must not write an older state
        QTRY_VERIFY_WITH_TIMEOUT(!tab->autoSaver()->isPending(), Timeout);
        const QVector<Event> saved = savedEvents(Sidecar::besidePath(m_a));
        QVERIFY(eventWithTopics(saved, QStringLiteral("made in compare")));
        QVERIFY(eventWithTopics(saved, QStringLiteral("made in the tab")));
    }

    void testSidecarChangedByAnotherProcess_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep mine") << true;
        QTest::newRow("take theirs") << false;
    }

    void testSidecarChangedByAnotherProcess()
    {
        QFETCH(bool, keepMine);
        DocumentTab *tab = openInTab(m_a);
        QVERIFY(tab);
        Annotations *a = tab->annotations();
        const QString sidecar = Sidecar::besidePath(m_a);
        QSignalSpy saved(tab->autoSaver(), &AutoSaver::saved);
        QVERIFY(a->setEventField(a->events().at(1).id, EventField::Topics, QStringLiteral("first of mine")));
        QVERIFY(saved.wait(Timeout));

        // Another Readout opens the same article (with that sidecar) and saves its own correction.
        QProcess other;
        other.start(QStringLiteral(READOUT_SESSION_HELPER), {m_a, QStringLiteral("from the other process")});
        QVERIFY(other.waitForFinished(Timeout));
        QVERIFY2(other.exitCode() == 0, other.readAllStandardError().constData());
        QVERIFY(eventWithTopics(savedEvents(sidecar), QStringLiteral("from the other process")));

        // A later correction here is not written over theirs: the window asks.
        QSignalSpy conflict(tab, &DocumentTab::sidecarConflict);
        QVERIFY(a->setEventField(a->events().at(1).id, EventField::Topics, QStringLiteral("second of mine")));
        QVERIFY(conflict.wait(Timeout));
        QVERIFY(conflict.first().first().toString().contains(QStringLiteral("changed by another program")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("changed on disk by another program")));
        QVERIFY(eventWithTopics(savedEvents(sidecar), QStringLiteral("from the other process")));
        QVERIFY(!eventWithTopics(savedEvents(sidecar), QStringLiteral("second of mine")));
        m_window->grab().save(QDir::temp().filePath(QStringLiteral("readout-sidecar-conflict.png")));

        const QStringList before = QDir(m_dir.path()).entryList({QStringLiteral("*.readout.json.*")});
        tab->resolveSidecarConflict(keepMine);
        if (keepMine) {
            QTRY_VERIFY_WITH_TIMEOUT(eventWithTopics(savedEvents(sidecar), QStringLiteral("second of mine")), Timeout);
            QVERIFY(!eventWithTopics(savedEvents(sidecar), QStringLiteral("from the other process")));
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(eventWithTopics(a->events(), QStringLiteral("from the other process")), Timeout);
            QVERIFY(!eventWithTopics(a->events(), QStringLiteral("second of mine")));
            // Further corrections go on the version taken, without another question.
            QVERIFY(a->setEventField(a->events().at(1).id, EventField::Topics, QStringLiteral("after taking")));
            QTRY_VERIFY_WITH_TIMEOUT(eventWithTopics(savedEvents(sidecar), QStringLiteral("after taking")), Timeout);
            QVERIFY(eventWithTopics(savedEvents(sidecar), QStringLiteral("from the other process")));
        }
        QCOMPARE(conflict.size(), 1);
        // The version not chosen is kept beside the sidecar.
        QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("*.readout.json.*")});
        for (const QString &old : before) {
            aside.removeAll(old);
        }
        QCOMPARE(aside.size(), 1);
        const QString kept = m_dir.filePath(aside.first());
        QVERIFY(
            eventWithTopics(savedEvents(kept),
                            keepMine ? QStringLiteral("from the other process") : QStringLiteral("second of mine")));
    }
};

QTEST_MAIN(OneModelTest)
#include "onemodel_test.moc"
