// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: a harness that drives the real window through a correction session and saves a
// screenshot of the whole screen at each stage (editors and popups included), for people to look
// at. Run under a display: xvfb-run -a -s "-screen 0 1600x1000x24" readout-editing-tour ARTICLE OUTDIR

#include "comparewindow.h"
#include "correctionactions.h"
#include "documenttab.h"
#include "mainwindow.h"

#include "articleview.h"
#include "datevalueedit.h"
#include "entityeditcontroller.h"
#include "eventfilterproxymodel.h"
#include "eventspanel.h"
#include "eventtableview.h"

#include "annotations.h"
#include "models/eventtablemodel.h"
#include "storage/autosaver.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>

using namespace Readout;

namespace
{

QString g_out;

void shoot(const QString &name)
{
    // Let layouts, popups and repaints settle.
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(60);
    }
    const QString path = QDir(g_out).filePath(name + QStringLiteral(".png"));
    QGuiApplication::primaryScreen()->grabWindow(0).save(path);
    QTextStream(stdout) << path << Qt::endl;
}

void selectText(ArticleView *view, const QString &text)
{
    const int at = int(view->annotations()->document().text().indexOf(text));
    QTextCursor cursor(view->document());
    cursor.setPosition(at);
    cursor.setPosition(at + int(text.size()), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    view->setFocus();
}

/// A key to whatever has the focus now (a popup, an editor, a dialog).
void key(Qt::Key k)
{
    QWidget *target = QApplication::activePopupWidget();
    if (!target) {
        target = QApplication::focusWidget();
    }
    if (!target) {
        target = QApplication::activeWindow();
    }
    if (target) {
        QTest::keyClick(target, k);
    }
}

QModelIndex cell(EventTableView *table, const QString &eventId, int column)
{
    const int row = table->eventModel()->rowOf(eventId);
    return table->proxyModel()->mapFromSource(table->eventModel()->index(row, column));
}

void closeDialogs(const QWidget &window)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != &window && w->isVisible() && w->inherits("QDialog")) {
            w->close();
        }
    }
}

/// What the window says: a name learnt (Undo to forget), a span refused, a date refused in
/// place, and the sidecar changed on disk by another program.
void messagesTour(MainWindow &window, DocumentTab *tab)
{
    window.activateWindow();
    (void)QTest::qWaitForWindowActive(&window);
    ArticleView *view = tab->articleView();
    selectText(view, QStringLiteral("Sergei Lavrov"));
    QTest::keyClick(view, Qt::Key_O); // a slip: the dictionary learns it, the status bar says so
    shoot(QStringLiteral("8-dictionary-learned"));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);

    selectText(view, QStringLiteral(","));
    QTest::keyClick(view, Qt::Key_P);
    shoot(QStringLiteral("9-refused-span"));

    EventTableView *table = tab->eventsPanel()->tableView();
    table->setCurrentIndex(cell(table, QStringLiteral("E1"), EventTableModel::DateColumn));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    if (auto *edit = qobject_cast<DateValueEdit *>(QApplication::focusWidget())) {
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("2023-13-45"));
        QTest::keyClick(edit, Qt::Key_Return);
        shoot(QStringLiteral("10-refused-date"));
        key(Qt::Key_Escape);
    }

    // Another program rewrites the sidecar; the next correction here asks before writing.
    QTest::qWait(800);
    const QString sidecar = tab->autoSaver()->path();
    QFile other(sidecar);
    if (other.open(QIODevice::Append)) {
        other.write("\n");
        other.close();
    }
    window.setErrorDialogsEnabled(true);
    tab->annotations()->setEventField(QStringLiteral("E1"), EventField::Topics, QStringLiteral("security guarantees"));
    QTest::qWait(1000);
    shoot(QStringLiteral("11-sidecar-changed-on-disk"));
    key(Qt::Key_Escape);
    window.setErrorDialogsEnabled(false);

    // The same article in a compare window: the tab's model, its corrections and highlights.
    const QString second = QFileInfo(tab->path()).dir().filePath(QStringLiteral("other.txt"));
    QFile::remove(second);
    QFile::copy(QStringLiteral(":/readout/samples/us-russia-talks-held-2022-01-12.txt"), second);
    CompareWindow *compare = window.compareFiles(tab->path(), second);
    compare->resize(1580, 960);
    compare->move(0, 0);
    (void)QTest::qWaitFor(
        [compare] {
            return compare->isReady();
        },
        30000);
    shoot(QStringLiteral("12-compare-shares-the-tab"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("readout-tour"));
    if (argc != 3) {
        QTextStream(stderr) << "usage: readout-editing-tour ARTICLE OUTDIR\n";
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(g_out);
    // A fresh user dictionary: the tour shows it learning.
    QFile::remove(DocumentTab::userDictionaryPath());
    MainWindow window;
    window.setErrorDialogsEnabled(false);
    window.resize(1580, 960);
    window.move(0, 0);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window)) {
        QTextStream(stderr) << "the window never became active\n";
    }
    // A copy in OUTDIR: the tour's corrections are saved beside it, never beside the original.
    const QString article = QDir(g_out).filePath(QFileInfo(QString::fromLocal8Bit(argv[1])).fileName());
    QFile::remove(article);
    QFile::remove(QDir(g_out).filePath(QFileInfo(article).completeBaseName() + QStringLiteral(".readout.json")));
    if (!QFile::copy(QString::fromLocal8Bit(argv[1]), article)) {
        QTextStream(stderr) << "cannot copy the article to " << g_out << "\n";
        return 1;
    }
    QFile::setPermissions(article, QFile::ReadOwner | QFile::WriteOwner);
    window.openFile(article);
    if (!QTest::qWaitFor(
            [&] {
                return window.currentDocument() && window.currentDocument()->hasExtraction();
            },
            30000)) {
        return 1;
    }
    DocumentTab *tab = window.currentDocument();
    ArticleView *view = tab->articleView();
    EventTableView *table = tab->eventsPanel()->tableView();
    CorrectionActions *actions = window.corrections();

    // 1. A missed name by its key (M), event cells corrected, one event reviewed.
    selectText(view, QStringLiteral("Orthodox Christmas"));
    QTest::keyClick(view, Qt::Key_M);
    tab->annotations()->setEventDate(QStringLiteral("E2"), QStringLiteral("2022-01-13"));
    tab->annotations()->setEventField(QStringLiteral("E3"), EventField::Location, QStringLiteral("Vienna"));
    tab->annotations()->setEventReviewed(QStringLiteral("E1"), true);
    selectText(view, QStringLiteral("Orthodox Christmas"));
    shoot(QStringLiteral("1-corrections"));

    // 1b. Why Readout read an event so: the rule behind each field, below its evidence (E3's place
    // was set by the analyst above).
    table->setCurrentIndex(cell(table, QStringLiteral("E3"), EventTableModel::ParticipantsColumn));
    shoot(QStringLiteral("1b-why-this-event"));

    // 2. A date cell edited in place: the date editor with its calendar.
    table->setCurrentIndex(cell(table, QStringLiteral("E3"), EventTableModel::DateColumn));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    if (auto *edit = qobject_cast<DateValueEdit *>(QApplication::focusWidget())) {
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("2022-01"));
        QTest::keyClick(edit, Qt::Key_Down, Qt::AltModifier);
        shoot(QStringLiteral("2-date-editor"));
        QTest::keyClick(edit->calendar(), Qt::Key_Escape); // closes the calendar, keeps the typed month
        QTest::keyClick(edit, Qt::Key_Return); // commits "2022-01" (the delegate commits queued)
        QTest::qWait(100);
    }

    // 3. Participants: a token list completing from the document's actors and the gazetteer.
    table->setCurrentIndex(cell(table, QStringLiteral("E3"), EventTableModel::ParticipantsColumn));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F2);
    if (auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget())) {
        edit->end(false);
        QTest::keyClicks(edit, QStringLiteral("; Uni"));
    }
    shoot(QStringLiteral("3-participants-completion"));
    key(Qt::Key_Escape);
    key(Qt::Key_Escape);

    // 4. The entity details: canonical name with completion.
    selectText(view, QStringLiteral("Kremlin"));
    QTest::keyClick(view, Qt::Key_F2);
    shoot(QStringLiteral("4-entity-details"));
    key(Qt::Key_Escape);

    // 5. Undo menu naming the step, and the corrected filter.
    tab->eventsPanel()->reviewFilter()->setCurrentIndex(1);
    for (QAction *a : window.menuBar()->actions()) {
        if (a->menu() && a->menu()->actions().contains(actions->action(QStringLiteral("undo")))) {
            window.menuBar()->setActiveAction(a);
        }
    }
    shoot(QStringLiteral("5-edit-menu-corrected-filter"));
    window.menuBar()->setActiveAction(nullptr);
    tab->eventsPanel()->reviewFilter()->setCurrentIndex(0);

    // 6. Help ▸ Keyboard Shortcuts.
    actions->action(QStringLiteral("shortcuts"))->trigger();
    shoot(QStringLiteral("6-shortcuts"));
    closeDialogs(window);

    // 7. Settings ▸ User Dictionary, after the corrections taught it.
    QTest::qWait(300);
    actions->action(QStringLiteral("userDictionary"))->trigger();
    shoot(QStringLiteral("7-user-dictionary"));
    closeDialogs(window);
    messagesTour(window, tab);
    return 0;
}
