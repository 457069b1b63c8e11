// SPDX-License-Identifier: GPL-3.0-or-later
// Corrections in the real window, offscreen: cells edited through their delegates and undone, an
// entity added by its key and undone, an edge dragged in one step, autosave and restore, a changed,
// damaged or newer sidecar, the user dictionary taught from the window, the shortcuts list.

#include "correctionactions.h"
#include "documenttab.h"
#include "mainwindow.h"

#include "articleview.h"
#include "datevalueedit.h"
#include "entityeditcontroller.h"
#include "eventfilterproxymodel.h"
#include "eventspanel.h"
#include "eventtableview.h"
#include "shortcutsdialog.h"
#include "tokenlistedit.h"

#include "annotations.h"
#include "knowledge/knowledgebase.h"
#include "models/eventtablemodel.h"
#include "pipeline.h"
#include "storage/autosaver.h"
#include "storage/sidecar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace Readout;

namespace
{

constexpr int Timeout = 30000;

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const Entity *findEntity(const Annotations *a, const QString &text)
{
    for (const Entity &e : a->entities()) {
        if (e.text == text) {
            return &e;
        }
    }
    return nullptr;
}

void select(ArticleView *view, int start, int end)
{
    QTextCursor cursor(view->document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
}

} // namespace

class CorrectionsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_article;
    std::unique_ptr<MainWindow> m_window;

    DocumentTab *openArticle(const QString &path)
    {
        QSignalSpy finished(m_window.get(), &MainWindow::extractionFinished);
        m_window->openFile(path);
        if (!finished.wait(Timeout)) {
            return nullptr;
        }
        return m_window->currentDocument();
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
        m_article = m_dir.filePath(QStringLiteral("talks-%1.txt").arg(QLatin1String(QTest::currentTestFunction())));
        QFile::remove(m_article);
        QFile::remove(Sidecar::besidePath(m_article));
        QVERIFY(QFile::copy(QStringLiteral(READOUT_SOURCE_DIR "/tests/data/edit/talks.txt"), m_article));
        QFile::setPermissions(m_article, QFile::ReadOwner | QFile::WriteOwner);
        m_window = std::make_unique<MainWindow>();
        m_window->setErrorDialogsEnabled(false);
        // Room for every column of the events table: in a narrow dock the last ones give way
        // (ColumnFitter), and these tests edit cells of all of them.
        m_window->resize(2400, 900);
        m_window->show();
        m_window->resizeDocks({m_window->findChild<QDockWidget *>(QStringLiteral("eventsDock"))},
                              {1700},
                              Qt::Horizontal);
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
    }

    void testDelegateEditsCellAndUndoes_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("shown");
        QTest::newRow("date, a month") << int(EventTableModel::DateColumn) << QStringLiteral("2024-03")
                                       << QStringLiteral("2024-03");
        QTest::newRow("date, a year") << int(EventTableModel::DateColumn) << QStringLiteral("2025")
                                      << QStringLiteral("2025");
        QTest::newRow("type from its list")
            << int(EventTableModel::TypeColumn) << QStringLiteral("summit") << QStringLiteral("Summit");
        QTest::newRow("status from its list")
            << int(EventTableModel::StatusColumn) << QStringLiteral("cancelled") << QStringLiteral("cancelled");
        QTest::newRow("participants as tokens")
            << int(EventTableModel::ParticipantsColumn) << QStringLiteral("Turkey;Greece ; NATO;Turkey")
            << QStringLiteral("Turkey; Greece; NATO");
        QTest::newRow("place") << int(EventTableModel::PlaceColumn) << QStringLiteral("Istanbul")
                               << QStringLiteral("Istanbul");
        QTest::newRow("topics") << int(EventTableModel::TopicsColumn) << QStringLiteral("energy; migration")
                                << QStringLiteral("energy; migration");
        QTest::newRow("source") << int(EventTableModel::SourceColumn) << QStringLiteral("Greek officials")
                                << QStringLiteral("Greek officials");
    }

    void testDelegateEditsCellAndUndoes()
    {
        QFETCH(int, column);
        QFETCH(QString, input);
        QFETCH(QString, shown);
        DocumentTab *tab = openArticle(m_article);
        QVERIFY(tab);
        QAbstractItemModelTester tester(tab->eventModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventTableView *table = tab->eventsPanel()->tableView();
        const QModelIndex index = table->proxyModel()->index(0, column);
        const QString before = index.data().toString();
        table->setFocus();
        table->setCurrentIndex(index);
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table);
        if (column == EventTableModel::DateColumn) {
            QVERIFY(qobject_cast<DateValueEdit *>(editor));
        } else if (column == EventTableModel::ParticipantsColumn) {
            QVERIFY(qobject_cast<TokenListEdit *>(editor));
        }
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            // The model's list: its names behind the labels shown.
            QVERIFY(combo->findData(input) >= 0);
            combo->setCurrentIndex(combo->findData(input));
            QTest::keyClick(combo, Qt::Key_Return);
        } else {
            auto *edit = qobject_cast<QLineEdit *>(editor);
            QVERIFY(edit);
            edit->selectAll();
            QTest::keyClicks(edit, input);
            QTest::keyClick(edit, Qt::Key_Return);
        }
        QTRY_COMPARE(index.data().toString(), shown);
        QUndoStack *stack = tab->annotations()->undoStack();
        QCOMPARE(stack->count(), 1);
        QVERIFY(index.data(EventTableModel::CorrectedRole).toBool());
        QCOMPARE(index.siblingAtColumn(EventTableModel::TypeColumn).data(EventTableModel::OriginRole).toString(),
                 QStringLiteral("corrected"));
        // Edit ▸ Undo names the step and restores the cell.
        QAction *undo = m_window->corrections()->action(QStringLiteral("undo"));
        QVERIFY2(undo->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Undo Set ")),
                 qPrintable(undo->text()));
        undo->trigger();
        QCOMPARE(index.data().toString(), before);
        QCOMPARE(index.siblingAtColumn(EventTableModel::TypeColumn).data(EventTableModel::OriginRole).toString(),
                 QStringLiteral("extracted"));
        m_window->corrections()->action(QStringLiteral("redo"))->trigger();
        QCOMPARE(index.data().toString(), shown);
    }

    void testIncompleteDateIsNotCommitted()
    {
        DocumentTab *tab = openArticle(m_article);
        QVERIFY(tab);
        EventTableView *table = tab->eventsPanel()->tableView();
        const QModelIndex index = table->proxyModel()->index(0, EventTableModel::DateColumn);
        table->setCurrentIndex(index);
        table->edit(index);
        auto *edit = qobject_cast<DateValueEdit *>(QApplication::focusWidget());
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("2024-1x3")); // the validator drops the x
        QCOMPARE(edit->text(), QStringLiteral("2024-13"));
        QVERIFY(!edit->isComplete());
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::qWait(0);
        QCOMPARE(tab->annotations()->undoStack()->count(), 0);
    }

    void testInvalidDateKeepsEditorOpen_issue13()
    {
        DocumentTab *tab = openArticle(m_article);
        QVERIFY(tab);
        EventTableView *table = tab->eventsPanel()->tableView();
        const QModelIndex index = table->proxyModel()->index(0, EventTableModel::DateColumn);
        const QString before = index.data().toString();
        table->setCurrentIndex(index);
        table->edit(index);
        auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("2023-13-45"));
        QCOMPARE(edit->text(), QStringLiteral("2023-13-45"));
        const QPointer<QLineEdit> open(edit);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::qWait(0);
        // Not dropped without a word: the field stays open and says why.
        QVERIFY(open && QApplication::focusWidget() == open.data() && open->isVisible());
        QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("there is no month 13")));
        QCOMPARE(tab->annotations()->undoStack()->count(), 0);
        // Corrected in place, it is taken.
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("2023-12-15"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(index.data().toString(), QStringLiteral("2023-12-15"));
        QVERIFY(before != index.data().toString());
    }

    void testSeparatorAfterCompletion_issue13()
    {
        TokenListEdit edit;
        edit.setCompletions({QStringLiteral("United States"), QStringLiteral("China")});
        edit.show();
        QVERIFY(QTest::qWaitForWindowActive(&edit));
        QTest::keyClicks(&edit, QStringLiteral("uni"));
        QTRY_VERIFY(edit.completer()->popup()->isVisible());
        QTest::keyClick(edit.completer()->popup(), Qt::Key_Return);
        QCOMPARE(edit.text(), QStringLiteral("United States; "));
        QTest::keyClicks(&edit, QStringLiteral("; China"));
        QCOMPARE(edit.text(), QStringLiteral("United States; China"));
        QCOMPARE(edit.tokens(), (QStringList{QStringLiteral("United States"), QStringLiteral("China")}));
    }

    void testPublishedDateDialogStartsAtTheArticle_issue13_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QDate>("shown");
        QTest::newRow("dated article") << QByteArray("date 2019-06-03\n\n") << QDate(2019, 6, 3);
        QTest::newRow("no date: today") << QByteArray() << QDate::currentDate();
    }

    void testPublishedDateDialogStartsAtTheArticle_issue13()
    {
        QFETCH(QByteArray, header);
        QFETCH(QDate, shown);
        QFile f(m_article);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(header + "Envoys of Norland and Estavia met in Geneva, officials said.\n");
        f.close();
        DocumentTab *tab = openArticle(m_article);
        QVERIFY(tab);
        m_window->corrections()->action(QStringLiteral("publishedDate"))->trigger();
        QDateEdit *date = nullptr;
        QTRY_VERIFY((date = m_window->findChild<QDateEdit *>()) != nullptr);
        QCOMPARE(date->date(), shown);
        date->window()->close();
    }

    void testParticipantCompletion()
    {
        TokenListEdit edit;
        edit.setCompletions(
            {QStringLiteral("Turkey"), QStringLiteral("United States"), QStringLiteral("United Nations")});
        edit.show();
        QVERIFY(QTest::qWaitForWindowActive(&edit));
        QTest::keyClicks(&edit, QStringLiteral("Turkey; uni"));
        QCOMPARE(edit.currentToken(), QStringLiteral("uni"));
        QTRY_VERIFY(edit.completer()->popup()->isVisible());
        QCOMPARE(edit.completer()->completionCount(), 2);
        QTest::keyClick(edit.completer()->popup(), Qt::Key_Return);
        QCOMPARE(edit.text(), QStringLiteral("Turkey; United States; "));
        QCOMPARE(edit.tokens(), (QStringList{QStringLiteral("Turkey"), QStringLiteral("United States")}));
    }

    void testAnnotateByKeyAndUndo()
    {
        DocumentTab *tab = openArticle(m_article);
        QVERIFY(tab);
        ArticleView *view = tab->articleView();
        const int at = int(tab->annotations()->document().text().indexOf(QStringLiteral("foreign ministry")));
        view->setFocus();
        select(view, at, at + 16);
        QTest::keyClick(view, Qt::Key_O);
        const Entity *added = findEntity(tab->annotations(), QStringLiteral("foreign ministry"));
        QVERIFY(added);
        QCOMPARE(added->type, EntityType::Organization);
        QCOMPARE(added->origin, QStringLiteral("added"));
        QAction *undo = m_window->corrections()->action(QStringLiteral("undo"));
        QCOMPARE(undo->text().remove(QLatin1Char('&')), QStringLiteral("Undo Add ORGANIZATION “foreign ministry”"));
        // The same key with the cursor inside retypes it.
        select(view, at + 3, at + 3);
        QTest::keyClick(view, Qt::Key_P);
        QCOMPARE(findEntity(tab->annotations(), QStringLiteral("foreign ministry"))->type, EntityType::Person);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!findEntity(tab->annotations(), QStringLiteral("foreign ministry")));
        // Delete at the cursor.
        const Entity *monday = findEntity(tab->annotations(), QStringLiteral("Monday"));
        QVERIFY(monday);
        select(view, monday->start + 1, monday->start + 1);
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!findEntity(tab->annotations(), QStringLiteral("Monday")));
        // Keys typed in the events filter stay text.
        tab->eventsPanel()->filterEdit()->setFocus();
        QTest::keyClicks(tab->eventsPanel()->filterEdit(), QStringLiteral("po"));
        QCOMPARE(tab->eventsPanel()->filterEdit()->text(), QStringLiteral("po"));
    }

    void testAnnotateAllOccurrencesIsOneStep()
    {
        DocumentTab *tab = openArticle(m_article);
        QVERIFY(tab);
        Annotations *a = tab->annotations();
        ArticleView *view = tab->articleView();
        view->setFocus();
        // Both Ankara mentions go at once: one step, undone and redone as a whole.
        const Entity *ankara = findEntity(a, QStringLiteral("Ankara"));
        QVERIFY(ankara);
        select(view, ankara->start + 1, ankara->start + 1);
        const QVector<Entity> original = a->entities();
        const int steps = a->undoStack()->count();
        QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier);
        QVERIFY(!findEntity(a, QStringLiteral("Ankara")));
        QCOMPARE(a->undoStack()->count(), steps + 1);
        QAction *undo = m_window->corrections()->action(QStringLiteral("undo"));
        QCOMPARE(undo->text().remove(QLatin1Char('&')), QStringLiteral("Undo Delete 2 occurrences of “Ankara”"));
        const QVector<Entity> deleted = a->entities();

        const int at = int(a->document().text().indexOf(QStringLiteral("Ankara")));
        select(view, at, at + 6);
        QTest::keyClick(view, Qt::Key_L, Qt::ShiftModifier);
        QCOMPARE(a->undoStack()->count(), steps + 2);
        QCOMPARE(undo->text().remove(QLatin1Char('&')), QStringLiteral("Undo Annotate 2 occurrences of “Ankara”"));
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("Annotated 2 occurrence(s) of “Ankara” as location"));
        const QVector<Entity> annotated = a->entities();
        int locations = 0;
        for (const Entity &e : annotated) {
            locations += e.text == QLatin1String("Ankara") && e.type == EntityType::Location ? 1 : 0;
        }
        QCOMPARE(locations, 2);
        a->undoStack()->undo();
        QCOMPARE(a->entities(), deleted);
        a->undoStack()->undo();
        QCOMPARE(a->entities(), original);
        a->undoStack()->redo();
        a->undoStack()->redo();
        QCOMPARE(a->entities(), annotated);

        // The menu item does the same as the key, and the article's context menu offers both.
        QAction *menuItem = m_window->corrections()->action(QStringLiteral("annotateAllPerson"));
        QVERIFY(menuItem);
        QVERIFY(menuItem->isEnabled());
        const int foreign = int(a->document().text().indexOf(QStringLiteral("foreign ministry")));
        select(view, foreign, foreign + 16);
        menuItem->trigger();
        const Entity *ministry = findEntity(a, QStringLiteral("foreign ministry"));
        QVERIFY(ministry);
        QCOMPARE(ministry->type, EntityType::Person);
        QCOMPARE(undo->text().remove(QLatin1Char('&')),
                 QStringLiteral("Undo Annotate 1 occurrence of “foreign ministry”"));
        QAction *submenu = m_window->corrections()->action(QStringLiteral("annotateAllMenu"));
        QVERIFY(submenu && submenu->menu());
        QCOMPARE(submenu->menu()->actions().size(), 5);
        QVERIFY(m_window->corrections()->action(QStringLiteral("annotateDeleteAll")));
    }

    void testEdgeDragIsOneStep()
    {
        DocumentTab *tab = openArticle(m_article);
        QVERIFY(tab);
        ArticleView *view = tab->articleView();
        const Entity *name = findEntity(tab->annotations(), QStringLiteral("Recep Tayyip Erdogan"));
        QVERIFY(name);
        const QString id = name->id;
        view->ensureCursorVisible();
        QTextCursor cursor(view->document());
        cursor.setPosition(name->end);
        const QRect endRect = view->cursorRect(cursor);
        const QPoint grab(endRect.left(), endRect.center().y());
        cursor.setPosition(name->end - 8); // before "Erdogan"
        const QPoint target(view->cursorRect(cursor).left(), endRect.center().y());
        QWidget *viewport = view->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, grab);
        for (int x = grab.x(); x >= target.x(); x -= 4) {
            QMouseEvent move(QEvent::MouseMove,
                             QPointF(x, grab.y()),
                             viewport->mapToGlobal(QPointF(x, grab.y())),
                             Qt::NoButton,
                             Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(viewport, &move);
        }
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, target);
        QCOMPARE(tab->annotations()->entity(id)->text, QStringLiteral("Recep Tayyip"));
        QCOMPARE(tab->annotations()->undoStack()->count(), 1);
        QCOMPARE(tab->annotations()->undoStack()->undoText(), QStringLiteral("Resize “Recep Tayyip Erdogan”"));
        tab->annotations()->undoStack()->undo();
        QCOMPARE(tab->annotations()->entity(id)->text, QStringLiteral("Recep Tayyip Erdogan"));
    }

    void testEventActions()
    {
        DocumentTab *tab = openArticle(m_article);
        QVERIFY(tab);
        EventTableView *table = tab->eventsPanel()->tableView();
        const int before = int(tab->annotations()->events().size());
        table->selectEvents({QStringLiteral("E1"), QStringLiteral("E3")});
        m_window->corrections()->action(QStringLiteral("mergeEvents"))->trigger();
        QCOMPARE(int(tab->annotations()->events().size()), before - 1);
        QVERIFY(!tab->annotations()->event(QStringLiteral("E1"))->extraEvidence.isEmpty());
        table->setCurrentEvent(QStringLiteral("E1"));
        QCOMPARE(tab->splitCurrentEvent({QStringLiteral("Canada"), QStringLiteral("Mexico")}), QStringLiteral("E4"));
        QCOMPARE(tab->annotations()->event(QStringLiteral("E4"))->participants,
                 (QStringList{QStringLiteral("Canada"), QStringLiteral("Mexico")}));
        table->selectEvents({QStringLiteral("E2"), QStringLiteral("E4")});
        m_window->corrections()->action(QStringLiteral("toggleReviewed"))->trigger();
        QVERIFY(tab->annotations()->event(QStringLiteral("E2"))->reviewed);
        tab->eventsPanel()->reviewFilter()->setCurrentIndex(2); // unreviewed only
        QCOMPARE(table->model()->rowCount(), 1);
        tab->eventsPanel()->reviewFilter()->setCurrentIndex(1); // corrected (E1) or added (E4)
        QCOMPARE(table->model()->rowCount(), 2);
        tab->eventsPanel()->reviewFilter()->setCurrentIndex(0);
        // Add from the sentence under the cursor: pre-filled by the extractor.
        ArticleView *view = tab->articleView();
        const int at = int(tab->annotations()->document().text().indexOf(QStringLiteral("held a summit")));
        select(view, at, at);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_E);
        const Event *added = tab->annotations()->event(QStringLiteral("E5"));
        QVERIFY(added);
        QCOMPARE(added->type, QStringLiteral("summit"));
        QCOMPARE(added->origin, QStringLiteral("added"));
        table->selectEvents({QStringLiteral("E5")});
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(!tab->annotations()->event(QStringLiteral("E5")));
        while (tab->annotations()->undoStack()->canUndo()) {
            tab->annotations()->undoStack()->undo();
        }
        QCOMPARE(int(tab->annotations()->events().size()), before);
    }

    void testAutosaveRestoreAndTeach()
    {
        DocumentTab *tab = openArticle(m_article);
        QVERIFY(tab);
        const QByteArray article = fileBytes(m_article);
        QSignalSpy saved(tab->autoSaver(), &AutoSaver::saved);
        Annotations *a = tab->annotations();
        QVERIFY(a->setEventDate(QStringLiteral("E1"), QStringLiteral("2024-03-13")));
        QVERIFY(a->setEventReviewed(QStringLiteral("E2"), true));
        const int at = int(a->document().text().indexOf(QStringLiteral("Daily Bugle")));
        ArticleView *view = tab->articleView();
        view->setFocus();
        select(view, at, at + 11);
        QTest::keyClick(view, Qt::Key_O);
        QVERIFY(saved.wait(Timeout));
        QTRY_VERIFY(!tab->autoSaver()->isPending());
        QCOMPARE(saved.last().first().toString(), Sidecar::besidePath(m_article));
        const QVector<Entity> entities = a->entities();
        const QVector<Event> events = a->events();
        const int logSize = int(a->correctionLog().size());
        // The analyst's organisation went to the user dictionary.
        QTRY_VERIFY(fileBytes(DocumentTab::userDictionaryPath()).contains("Daily Bugle\tORGANIZATION"));

        m_window->closeCurrentDocument();
        tab = openArticle(m_article);
        QVERIFY(tab);
        QCOMPARE(tab->annotations()->entities(), entities);
        QCOMPARE(tab->annotations()->events(), events);
        QCOMPARE(tab->annotations()->events().first().correctedFields, QStringList{QStringLiteral("date")});
        QCOMPARE(int(tab->annotations()->correctionLog().size()), logSize);
        QCOMPARE(tab->annotations()->undoStack()->count(), 0);
        QCOMPARE(fileBytes(m_article), article); // the article itself is never written

        // A second article already knows the taught organisation.
        const QString other = m_dir.filePath(QStringLiteral("other.txt"));
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date 2024-04-01\n\nThe Daily Bugle reported that Greece and Turkey met in Athens.\n");
        f.close();
        DocumentTab *second = openArticle(other);
        QVERIFY(second);
        const Entity *bugle = findEntity(second->annotations(), QStringLiteral("Daily Bugle"));
        QVERIFY(bugle);
        QCOMPARE(bugle->type, EntityType::Organization);
        QFile::remove(other);
    }

    void testUndoUnlearns_issue13()
    {
        DocumentTab *tab = openArticle(m_article);
        QVERIFY(tab);
        const QString text = tab->annotations()->document().text();
        ArticleView *view = tab->articleView();
        view->setFocus();
        const QString dictionary = DocumentTab::userDictionaryPath();
        // A slip: the organization "Breaking News" retyped as a person. The window says what it learnt.
        QCOMPARE(findEntity(tab->annotations(), QStringLiteral("Breaking News"))->type, EntityType::Organization);
        const int at = int(text.indexOf(QStringLiteral("Breaking News")));
        select(view, at, at + 13);
        QTest::keyClick(view, Qt::Key_P);
        QCOMPARE(findEntity(tab->annotations(), QStringLiteral("Breaking News"))->type, EntityType::Person);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("“Breaking News” will be tagged PERSON in every article; Undo to forget"));
        QTRY_VERIFY(fileBytes(dictionary).contains("Breaking News\tPERSON"));
        // One Ctrl+Z takes back the span and the lesson.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(findEntity(tab->annotations(), QStringLiteral("Breaking News"))->type, EntityType::Organization);
        QTRY_VERIFY(!fileBytes(dictionary).contains("Breaking News"));
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Forgot “Breaking News”")));
        // Redo learns it again.
        m_window->corrections()->action(QStringLiteral("redo"))->trigger();
        QTRY_VERIFY(fileBytes(dictionary).contains("Breaking News\tPERSON"));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!fileBytes(dictionary).contains("Breaking News"));

        // A lone function word is annotated in this article only, and the window says why.
        const int the = int(text.indexOf(QStringLiteral(" the ")) + 1);
        select(view, the, the + 3);
        QTest::keyClick(view, Qt::Key_P);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("is a lone function word")));
        // Punctuation is no entity at all.
        const int comma = int(text.indexOf(QLatin1Char(',')));
        const int before = int(tab->annotations()->entities().size());
        select(view, comma, comma + 1);
        QTest::keyClick(view, Qt::Key_P);
        QCOMPARE(int(tab->annotations()->entities().size()), before);
        QCOMPARE(m_window->statusBar()->currentMessage(),
                 QStringLiteral("“,” has no letter or digit: it cannot be a name"));
        m_window->grab().save(QDir::temp().filePath(QStringLiteral("readout-refused-span.png")));
        QTest::qWait(200);
        QVERIFY(!fileBytes(dictionary).contains("the\t"));
        QVERIFY(!fileBytes(dictionary).contains(",\t"));
    }

    void testChangedArticleIsReanchored()
    {
        DocumentTab *tab = openArticle(m_article);
        QVERIFY(tab);
        QSignalSpy saved(tab->autoSaver(), &AutoSaver::saved);
        const int at = int(tab->annotations()->document().text().indexOf(QStringLiteral("foreign ministry")));
        QVERIFY(!tab->annotations()->addEntity(EntityType::Organization, at, at + 16).isEmpty());
        QVERIFY(saved.wait(Timeout));
        m_window->closeCurrentDocument();
        QByteArray text = fileBytes(m_article);
        text.replace("Breaking News:", "Updated at noon.\n\nBreaking News:");
        QFile f(m_article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        QSignalSpy changed(m_window.get(), &MainWindow::documentOpened);
        tab = openArticle(m_article); // unattended: re-anchored without asking
        QVERIFY(tab);
        const Entity *ministry = findEntity(tab->annotations(), QStringLiteral("foreign ministry"));
        QVERIFY(ministry);
        QCOMPARE(ministry->start, at + 18);
        QCOMPARE(ministry->origin, QStringLiteral("added"));
        QVERIFY(tab->annotations()->correctionLog().last().action.startsWith(QStringLiteral("Re-anchor")));
        QTRY_COMPARE(Sidecar::readFile(Sidecar::besidePath(m_article)).value().textHash,
                     Sidecar::hashOf(tab->annotations()->document().text()));
    }

    void testDamagedSidecarIsSetAside()
    {
        const QString sidecar = Sidecar::besidePath(m_article);
        QFile f(sidecar);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"readout-sidecar\", \"version\": 1, \"entit");
        f.close();
        QSignalSpy message(m_window->statusBar(), &QStatusBar::messageChanged);
        DocumentTab *tab = openArticle(m_article);
        QVERIFY(tab);
        QVERIFY(!tab->annotations()->entities().isEmpty()); // a fresh extraction
        QVERIFY(!QFile::exists(sidecar));
        const QStringList aside =
            QDir(m_dir.path()).entryList({QFileInfo(sidecar).fileName() + QStringLiteral(".damaged-*")});
        QCOMPARE(aside.size(), 1);
        bool told = false;
        for (const QList<QVariant> &args : std::as_const(message)) {
            told = told || args.first().toString().contains(QStringLiteral("damaged sidecar"));
        }
        QVERIFY(told);
        QFile::remove(m_dir.filePath(aside.first()));
    }

    void testNewerSidecarIsNeverOverwritten()
    {
        const QString sidecar = Sidecar::besidePath(m_article);
        QFile f(sidecar);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray newer = "{\"format\": \"readout-sidecar\", \"version\": 42, \"future\": true}";
        f.write(newer);
        f.close();
        DocumentTab *tab = openArticle(m_article);
        QVERIFY(tab);
        QVERIFY(!tab->autoSaver()->isEnabled());
        QVERIFY(tab->annotations()->setEventDate(QStringLiteral("E1"), QStringLiteral("2024")));
        QVERIFY(!tab->autoSaver()->isPending());
        m_window->closeCurrentDocument();
        QCOMPARE(fileBytes(sidecar), newer);
        QFile::remove(sidecar);
    }

    void testClosingWindowOverAChangedSidecar()
    {
        // A correction waits for its write, another program rewrites the sidecar, and the window
        // closes: no question is put to a window that is going away, and nothing is lost.
        DocumentTab *tab = openArticle(m_article);
        QVERIFY(tab);
        QSignalSpy saved(tab->autoSaver(), &AutoSaver::saved);
        QVERIFY(tab->annotations()->setEventReviewed(QStringLiteral("E1"), true));
        QVERIFY(saved.wait(Timeout));
        tab->autoSaver()->setInterval(60000);
        QVERIFY(tab->annotations()->setEventDate(QStringLiteral("E1"), QStringLiteral("2024-03-16")));
        const QString sidecar = Sidecar::besidePath(m_article);
        const QByteArray theirs = "{ \"theirs\": true }";
        QFile f(sidecar);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(theirs);
        f.close();
        m_window.reset();
        QCOMPARE(fileBytes(sidecar), theirs);
        const QStringList aside =
            QDir(m_dir.path()).entryList({QFileInfo(sidecar).fileName() + QStringLiteral(".unsaved-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(Sidecar::readFile(m_dir.filePath(aside.first())).value().events.first().date,
                 QStringLiteral("2024-03-16"));
        QFile::remove(m_dir.filePath(aside.first()));
        QFile::remove(sidecar);
    }

    void testPublishedDateReanchorsInOneStep()
    {
        DocumentTab *tab = openArticle(m_article);
        QVERIFY(tab);
        tab->setPublishedDate(QDate(2024, 3, 11));
        QTRY_COMPARE(tab->annotations()->document().metadata().published, QDate(2024, 3, 11));
        QCOMPARE(tab->annotations()->undoStack()->count(), 1);
        QCOMPARE(findEntity(tab->annotations(), QStringLiteral("Friday"))->value, QStringLiteral("2024-03-08"));
        m_window->corrections()->action(QStringLiteral("undo"))->trigger();
        QCOMPARE(findEntity(tab->annotations(), QStringLiteral("Friday"))->value, QStringLiteral("2024-03-01"));
    }

    void testShortcutsListEveryAction()
    {
        ShortcutsDialog dialog(m_window->menuBar());
        QStringList listed;
        QTreeWidgetItemIterator it(dialog.tree());
        for (; *it; ++it) {
            listed << (*it)->text(1);
        }
        for (const QString &name : {QStringLiteral("annotatePerson"),
                                    QStringLiteral("annotateDelete"),
                                    QStringLiteral("annotateAllLocation"),
                                    QStringLiteral("annotateDeleteAll"),
                                    QStringLiteral("annotateEndRight"),
                                    QStringLiteral("mergeEvents"),
                                    QStringLiteral("undo"),
                                    QStringLiteral("publishedDate")}) {
            QAction *action = m_window->corrections()->action(name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name));
            QVERIFY2(listed.contains(action->shortcut().toString(QKeySequence::NativeText)), qPrintable(name));
        }
    }
};

QTEST_MAIN(CorrectionsTest)
#include "corrections_test.moc"
