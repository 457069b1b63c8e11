// SPDX-License-Identifier: GPL-3.0-or-later
// Find in articles: Ctrl+F opens the find bar under the article, typing marks every match and
// counts them, Enter / Shift+Enter / F3 move through them and wrap, the options change the count,
// Esc closes; the compare window's two bars each search their own side; a big text is searched
// on a worker and only the matches around the view are marked; the marks take the theme's colours.

#include "comparewindow.h"
#include "documenttab.h"
#include "mainwindow.h"

#include "articleview.h"
#include "findbar.h"
#include "themes.h"

#include "annotations.h"
#include "storage/sidecar.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

#include "articlecopy.h"

#include <memory>

using namespace Readout;

namespace
{

constexpr int Timeout = 30000;

// Our own text: "talks" five times in any case, four as whole words, three in lower case.
const QString Article = QStringLiteral(
    "date 2024-05-02\n\n"
    "Talks between the two delegations resumed in Oslo on Monday. The talks were described as frank.\n\n"
    "Officials said that talks-style meetings could follow, but no date was set for new TALKS.\n\n"
    "One observer said the process stalks on regardless.\n");

/// Where needle starts in text, found without findMatches(): the oracle for the bar's answers.
QVector<int> startsOf(const QString &text, const QString &needle)
{
    QVector<int> starts;
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(needle, at + needle.size(), Qt::CaseInsensitive)) {
        starts.append(int(at));
    }
    return starts;
}

QString markedText(const QTextEdit::ExtraSelection &mark)
{
    return mark.cursor.selectedText();
}

} // namespace

class FindBarTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    DocumentTab *m_tab = nullptr;

    QString writeArticle(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::remove(Sidecar::besidePath(path));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write(text.toUtf8());
        return path;
    }

    /// The main window on our article, extracted, its window active (for shortcuts).
    bool openArticle()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setErrorDialogsEnabled(false);
        m_window->show();
        if (!QTest::qWaitForWindowActive(m_window.get())) {
            return false;
        }
        QSignalSpy done(m_window.get(), &MainWindow::extractionFinished);
        m_window->openFile(writeArticle(QStringLiteral("talks.txt"), Article));
        if (!done.wait(Timeout)) {
            return false;
        }
        m_tab = m_window->currentDocument();
        return m_tab != nullptr;
    }

    /// Ctrl+F in the article, then the needle typed into the bar's field.
    FindBar *findInArticle(const QString &needle)
    {
        m_tab->articleView()->setFocus();
        QTest::keyClick(m_tab->articleView(), Qt::Key_F, Qt::ControlModifier);
        FindBar *bar = m_tab->findBar();
        if (!bar->isVisible() || QApplication::focusWidget() != bar->lineEdit()) {
            return nullptr;
        }
        QTest::keyClicks(bar->lineEdit(), needle);
        return bar;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Readout"));
        QCoreApplication::setApplicationName(QStringLiteral("readout-find-test"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        m_window.reset();
        m_tab = nullptr;
        Themes::instance()->setSelectedTheme(QString());
    }

    void testTypingMarksEveryMatchAndCounts()
    {
        QVERIFY(openArticle());
        QVERIFY(m_tab->findBar()->isHidden());
        QAction *find = m_window->findChild<QAction *>(QStringLiteral("find"));
        QVERIFY(find);
        QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));

        FindBar *bar = findInArticle(QStringLiteral("talks"));
        QVERIFY(bar);
        ArticleView *view = m_tab->articleView();
        const QVector<int> starts = startsOf(view->shownText(), QStringLiteral("talks"));
        QCOMPARE(starts.size(), 5);
        QCOMPARE(bar->matches().starts(), starts);
        // The cursor was at the start: the first match is the current one.
        QCOMPARE(bar->countText(), QStringLiteral("1 of 5"));
        QCOMPARE(bar->findChild<QLabel *>(QStringLiteral("findCount"))->text(), QStringLiteral("1 of 5"));
        const QList<QTextEdit::ExtraSelection> marks = view->marks(ArticleView::MarkLayer::Find);
        QCOMPARE(marks.size(), 5);
        QCOMPARE(view->extraSelections().size(), 5);
        QList<int> marked;
        for (const QTextEdit::ExtraSelection &mark : marks) {
            QCOMPARE(markedText(mark).compare(QStringLiteral("talks"), Qt::CaseInsensitive), 0);
            marked.append(mark.cursor.selectionStart());
        }
        std::sort(marked.begin(), marked.end());
        QCOMPARE(QVector<int>(marked.cbegin(), marked.cend()), starts);

        // Typing on narrows the search as one goes.
        QTest::keyClicks(bar->lineEdit(), QStringLiteral(" w"));
        QCOMPARE(bar->countText(), QStringLiteral("1 of 1"));
        QCOMPARE(view->marks(ArticleView::MarkLayer::Find).size(), 1);
        QTest::keyClicks(bar->lineEdit(), QStringLiteral("zz"));
        QCOMPARE(bar->countText(), QStringLiteral("No matches"));
        QVERIFY(view->marks(ArticleView::MarkLayer::Find).isEmpty());
        bar->lineEdit()->clear();
        QCOMPARE(bar->countText(), QString());
    }

    void testNextAndPreviousMoveTheCursorAndWrap()
    {
        QVERIFY(openArticle());
        FindBar *bar = findInArticle(QStringLiteral("talks"));
        QVERIFY(bar);
        ArticleView *view = m_tab->articleView();
        const QVector<int> starts = startsOf(view->shownText(), QStringLiteral("talks"));
        QLineEdit *field = bar->lineEdit();
        auto *note = bar->findChild<QLabel *>(QStringLiteral("findNote"));
        const auto current = [&] {
            // The current match is the strongest mark, drawn last, and the view's cursor is on it.
            const QList<QTextEdit::ExtraSelection> marks = view->marks(ArticleView::MarkLayer::Find);
            return marks.isEmpty() ? -1 : marks.last().cursor.selectionStart();
        };
        QCOMPARE(current(), starts.at(0));
        QCOMPARE(view->textCursor().position(), starts.at(0));

        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(bar->countText(), QStringLiteral("2 of 5"));
        QCOMPARE(view->textCursor().position(), starts.at(1));
        QCOMPARE(current(), starts.at(1));
        QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(view->textCursor().position(), starts.at(0));
        QVERIFY(note->text().isEmpty());
        // Before the first: the last, and the bar says it went round.
        QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(bar->countText(), QStringLiteral("5 of 5"));
        QCOMPARE(view->textCursor().position(), starts.at(4));
        QCOMPARE(note->text(), QStringLiteral("Continued from the bottom"));
        QTest::keyClick(field, Qt::Key_Enter);
        QCOMPARE(bar->countText(), QStringLiteral("1 of 5"));
        QCOMPARE(view->textCursor().position(), starts.at(0));
        QCOMPARE(note->text(), QStringLiteral("Continued from the top"));

        // F3 and Shift+F3 from the article as well as from the field.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F3);
        QCOMPARE(view->textCursor().position(), starts.at(1));
        QVERIFY(note->text().isEmpty());
        QTest::keyClick(view, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(view->textCursor().position(), starts.at(0));

        // The analyst moved the cursor: the next match is the one after it.
        QTextCursor moved = view->textCursor();
        moved.setPosition(starts.at(2) + 1);
        view->setTextCursor(moved);
        m_window->findChild<QAction *>(QStringLiteral("findNext"))->trigger();
        QCOMPARE(view->textCursor().position(), starts.at(3));
        QCOMPARE(bar->countText(), QStringLiteral("4 of 5"));
    }

    void testOptionsChangeTheCount_data()
    {
        QTest::addColumn<bool>("matchCase");
        QTest::addColumn<bool>("wholeWords");
        QTest::addColumn<int>("count");
        QTest::newRow("neither") << false << false << 5;
        QTest::newRow("match case: not Talks, TALKS") << true << false << 3;
        QTest::newRow("whole words: not stalks") << false << true << 4;
        QTest::newRow("both") << true << true << 2;
    }

    void testOptionsChangeTheCount()
    {
        QFETCH(bool, matchCase);
        QFETCH(bool, wholeWords);
        QFETCH(int, count);
        QVERIFY(openArticle());
        FindBar *bar = findInArticle(QStringLiteral("talks"));
        QVERIFY(bar);
        auto *caseBox = bar->findChild<QCheckBox *>(QStringLiteral("findMatchCase"));
        auto *wordsBox = bar->findChild<QCheckBox *>(QStringLiteral("findWholeWords"));
        QVERIFY(caseBox && wordsBox);
        if (matchCase) {
            QTest::mouseClick(caseBox, Qt::LeftButton);
        }
        if (wholeWords) {
            QTest::mouseClick(wordsBox, Qt::LeftButton);
        }
        QCOMPARE(bar->options().caseSensitivity, matchCase ? Qt::CaseSensitive : Qt::CaseInsensitive);
        QCOMPARE(bar->options().wholeWords, wholeWords);
        QCOMPARE(bar->matches().count(), count);
        QCOMPARE(bar->countText(), QStringLiteral("1 of %1").arg(count));
        QCOMPARE(m_tab->articleView()->marks(ArticleView::MarkLayer::Find).size(), count);
        for (const QTextEdit::ExtraSelection &mark : m_tab->articleView()->marks(ArticleView::MarkLayer::Find)) {
            QCOMPARE(markedText(mark).compare(QStringLiteral("talks"), bar->options().caseSensitivity), 0);
        }
    }

    void testEscClosesAndGivesTheFocusBack()
    {
        QVERIFY(openArticle());
        FindBar *bar = findInArticle(QStringLiteral("talks"));
        QVERIFY(bar);
        ArticleView *view = m_tab->articleView();
        QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
        const int second = bar->matches().start(1);
        QSignalSpy dismissed(bar, &FindBar::dismissed);
        QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
        QCOMPARE(dismissed.size(), 1);
        QVERIFY(bar->isHidden());
        QCOMPARE(QApplication::focusWidget(), view);
        QVERIFY(view->marks(ArticleView::MarkLayer::Find).isEmpty());
        // The current match stays selected, to copy or to annotate.
        QCOMPARE(view->textCursor().selectionStart(), second);
        QCOMPARE(view->textCursor().selectedText(), QStringLiteral("talks"));
        // Ctrl+F again takes the selection as the needle, all of it selected to type over.
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->needle(), QStringLiteral("talks"));
        QCOMPARE(bar->lineEdit()->selectedText(), QStringLiteral("talks"));
        QCOMPARE(bar->countText(), QStringLiteral("2 of 5"));
        // The close button closes too.
        QTest::mouseClick(bar->findChild<QToolButton *>(QStringLiteral("findClose")), Qt::LeftButton);
        QVERIFY(bar->isHidden());
    }

    void testFindMarksKeepOtherMarks()
    {
        // The compare window's differing words are another layer: find adds to it and leaves it.
        QVERIFY(openArticle());
        ArticleView *view = m_tab->articleView();
        QTextEdit::ExtraSelection word;
        word.cursor = QTextCursor(view->document());
        word.cursor.setPosition(20);
        word.cursor.setPosition(27, QTextCursor::KeepAnchor);
        word.format.setFontUnderline(true);
        view->setMarks(ArticleView::MarkLayer::Differences, {word});
        FindBar *bar = findInArticle(QStringLiteral("talks"));
        QVERIFY(bar);
        QCOMPARE(view->extraSelections().size(), 6);
        QCOMPARE(view->extraSelections().first().cursor.selectionStart(), 20);
        QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
        QCOMPARE(view->extraSelections().size(), 1);
        QCOMPARE(view->extraSelections().first().cursor.selectionStart(), 20);
    }

    void testMarksTakeTheThemesColours()
    {
        QVERIFY(openArticle());
        FindBar *bar = findInArticle(QStringLiteral("talks"));
        QVERIFY(bar);
        ArticleView *view = m_tab->articleView();
        const auto background = [view](int index) {
            return view->marks(ArticleView::MarkLayer::Find).at(index).format.background().color();
        };
        const QColor lightMatch = background(0);
        QCOMPARE(lightMatch, view->palette().color(QPalette::Active, QPalette::Highlight));
        // The current match (last) is stronger than the others.
        QVERIFY(background(4) != lightMatch);
        QCOMPARE(background(4), QApplication::palette(view).color(QPalette::Active, QPalette::Highlight));

        QVERIFY(Themes::instance()->setSelectedTheme(QStringLiteral("Readout Dark"))
                || Themes::instance()->setSelectedTheme(QStringLiteral("Breeze Dark")));
        QCOMPARE(AnnotationPalette::schemeOf(view->palette().color(QPalette::Base)), ColorScheme::Dark);
        QTRY_COMPARE(background(0), view->palette().color(QPalette::Active, QPalette::Highlight));
        QVERIFY(background(0) != lightMatch);
    }

    void testCompareWindowSidesSearchTheirOwnText()
    {
        // "spokesperson": twice in B, never in A.
        const QDir data(QStringLiteral(READOUT_SOURCE_DIR "/tests/data/compare/"));
        const QString a = ReadoutTest::copyArticle(QDir(m_dir.path()),
                                                   data.filePath(QStringLiteral("01_same.a.txt")),
                                                   QStringLiteral("same.a.txt"));
        const QString b = ReadoutTest::copyArticle(QDir(m_dir.path()),
                                                   data.filePath(QStringLiteral("01_same.b.txt")),
                                                   QStringLiteral("same.b.txt"));
        auto window = std::make_unique<CompareWindow>();
        window->setErrorDialogsEnabled(false);
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QSignalSpy ready(window.get(), &CompareWindow::ready);
        window->openFiles(a, b);
        QVERIFY(ready.wait(Timeout));
        ArticleView *viewA = window->sideA()->articleView();
        ArticleView *viewB = window->sideB()->articleView();
        FindBar *barA = window->sideA()->findBar();
        FindBar *barB = window->sideB()->findBar();
        QCOMPARE(startsOf(viewA->shownText(), QStringLiteral("spokesperson")).size(), 0);
        const QVector<int> inB = startsOf(viewB->shownText(), QStringLiteral("spokesperson"));
        QCOMPARE(inB.size(), 2);

        // Ctrl+F with the focus in B: B's bar.
        viewB->setFocus();
        QTest::keyClick(viewB, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(barB->isVisible());
        QVERIFY(barA->isHidden());
        QTest::keyClicks(barB->lineEdit(), QStringLiteral("spokesperson"));
        QCOMPARE(barB->countText(), QStringLiteral("1 of 2"));
        QCOMPARE(barB->matches().starts(), inB);
        QCOMPARE(viewB->marks(ArticleView::MarkLayer::Find).size(), 2);
        QVERIFY(viewA->marks(ArticleView::MarkLayer::Find).isEmpty());

        // Then in A: its own bar and text; B's stays as it was.
        viewA->setFocus();
        QTest::keyClick(viewA, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(barA->isVisible());
        QCOMPARE(QApplication::focusWidget(), barA->lineEdit());
        QTest::keyClicks(barA->lineEdit(), QStringLiteral("spokesperson"));
        QCOMPARE(barA->countText(), QStringLiteral("No matches"));
        QCOMPARE(barB->countText(), QStringLiteral("1 of 2"));
        QCOMPARE(viewB->marks(ArticleView::MarkLayer::Find).size(), 2);
        barA->lineEdit()->selectAll();
        QTest::keyClicks(barA->lineEdit(), QStringLiteral("paris"));
        QCOMPARE(barA->matches().starts(), startsOf(viewA->shownText(), QStringLiteral("paris")));
        QCOMPARE(barA->matches().count(), 1);
        // F3 in A moves A's cursor only.
        const int cursorB = viewB->textCursor().position();
        QTest::keyClick(barA->lineEdit(), Qt::Key_F3);
        QCOMPARE(viewB->textCursor().position(), cursorB);
        // Without a focused side, the left one.
        barA->dismiss();
        window->pairTable()->setFocus();
        window->findChild<QAction *>(QStringLiteral("find"))->trigger();
        QVERIFY(barA->isVisible());
    }

    void testBigTextIsSearchedOnAWorkerAndMarkedAroundTheView()
    {
        // More than FindBar::SyncSearchLimit characters, more than FindBar::MarkLimit matches.
        const QString line = QStringLiteral("Talks go on in Geneva.\n");
        QString text;
        const int lines = FindBar::SyncSearchLimit / int(line.size()) + 1000;
        text.reserve(qsizetype(lines) * line.size());
        for (int i = 0; i < lines; ++i) {
            text += line;
        }
        QVERIFY(text.size() > FindBar::SyncSearchLimit);
        Annotations annotations;
        annotations.reset(Document(QStringLiteral("/tmp/big.txt"), text), {}, {});
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *view = new ArticleView(&window);
        auto *bar = new FindBar(&window);
        layout->addWidget(view);
        layout->addWidget(bar);
        view->setAnnotations(&annotations);
        bar->setView(view);
        bar->hide();
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        bar->activate();
        QSignalSpy searched(bar, &FindBar::searched);
        bar->setNeedle(QStringLiteral("geneva"));
        QVERIFY(bar->isSearching());
        QCOMPARE(bar->countText(), QStringLiteral("Searching…"));
        QVERIFY(searched.wait(Timeout));
        QVERIFY(!bar->isSearching());
        QCOMPARE(bar->matches().count(), lines);
        QCOMPARE(bar->countText(), QStringLiteral("1 of %L1").arg(lines));
        const int marked = int(view->marks(ArticleView::MarkLayer::Find).size());
        QVERIFY2(marked > 0 && marked <= FindBar::MarkLimit, qPrintable(QString::number(marked)));
        // The last match, by going round: marked, while the first ones are not any more.
        bar->findPrevious();
        QCOMPARE(bar->countText(), QStringLiteral("%L1 of %L1").arg(lines));
        const QList<QTextEdit::ExtraSelection> marks = view->marks(ArticleView::MarkLayer::Find);
        QCOMPARE(marks.last().cursor.selectionStart(), bar->matches().start(lines - 1));
        QVERIFY(marks.first().cursor.selectionStart() > bar->matches().start(FindBar::MarkLimit));
        // A new key cancels the search under way; the answer is the last needle's.
        bar->setNeedle(QStringLiteral("talks go"));
        bar->setNeedle(QStringLiteral("talks gone"));
        QVERIFY(searched.wait(Timeout));
        QCOMPARE(bar->needle(), QStringLiteral("talks gone"));
        QCOMPARE(bar->countText(), QStringLiteral("No matches"));
    }
};

QTEST_MAIN(FindBarTest)
#include "findbar_test.moc"
