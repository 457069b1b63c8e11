// SPDX-License-Identifier: GPL-3.0-or-later
// Text from a file is shown as written. Qt renders a tooltip, a label or a message box as rich
// text when the text looks like markup (Qt::mightBeRichText()), so an article, a field read from a
// sidecar or a file name holding <b>…</b> would lose its tags, and an <img src=…> in it would
// make the window open that file. Every such place must show the characters themselves and open
// nothing: the events table's tooltips, the error dialogs quoting a file name or its content, the
// compare window's summary.

#include "comparewindow.h"
#include "documenttab.h"
#include "mainwindow.h"

#include "eventspanel.h"
#include "eventtableview.h"

#include "annotations.h"
#include "formats/documentreader.h"
#include "models/eventtablemodel.h"
#include "storage/sidecar.h"

#include <QApplication>
#include <QDockWidget>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolTip>
#include <QtTest>

#include <sys/inotify.h>
#include <unistd.h>

using namespace Readout;

namespace
{

constexpr int Timeout = 30000;
/// The planted markup must show literally: rendered, it would lose its tags.
const QString Mark = QStringLiteral("<i>mark");

/// Whether a file was opened since the watch began (inotify IN_OPEN), whatever the mount does
/// with access times.
class OpenWatch
{
public:
    explicit OpenWatch(const QString &path)
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        if (m_fd >= 0) {
            m_watch = inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN | IN_ACCESS);
        }
    }
    ~OpenWatch()
    {
        if (m_fd >= 0) {
            close(m_fd);
        }
    }
    Q_DISABLE_COPY(OpenWatch)

    [[nodiscard]] bool isValid() const
    {
        return m_fd >= 0 && m_watch >= 0;
    }
    [[nodiscard]] bool opened()
    {
        char buffer[4096];
        return read(m_fd, buffer, sizeof buffer) > 0;
    }

private:
    int m_fd = -1;
    int m_watch = -1;
};

/// What a widget shows for text in format: rich text when Qt guesses so.
QString shown(const QString &text, Qt::TextFormat format = Qt::AutoText)
{
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    return rich ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

/// What every visible message box showed (each label as displayed), closing each one: works for
/// boxes opened with open() and for those that spin their own loop with exec().
class DialogCatcher : public QObject
{
public:
    DialogCatcher()
    {
        connect(&m_timer, &QTimer::timeout, this, &DialogCatcher::catchBoxes);
        m_timer.start(20);
    }

    [[nodiscard]] const QStringList &boxes() const
    {
        return m_boxes;
    }

private:
    void catchBoxes()
    {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            auto *box = qobject_cast<QMessageBox *>(window);
            if (!box || !box->isVisible()) {
                continue;
            }
            QStringList texts;
            const QList<QLabel *> labels = box->findChildren<QLabel *>();
            for (const QLabel *label : labels) {
                texts.append(shown(label->text(), label->textFormat()));
            }
            m_boxes.append(texts.join(QLatin1Char('\n')));
            box->done(QMessageBox::Ok);
        }
    }

    QTimer m_timer;
    QStringList m_boxes;
};

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class PlainTextTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_probe;
    /// Markup naming the probe by absolute and by relative path (the current folder is m_dir).
    QString m_markup;
    QString m_savedCurrent;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Readout"));
        QCoreApplication::setApplicationName(QStringLiteral("readout-plaintext-test"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_savedCurrent = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        m_probe = m_dir.filePath(QStringLiteral("probe.png"));
        write(m_probe, QByteArray("\x89PNG\r\n\x1A\n", 8));
        m_markup = QStringLiteral("<img src=\"%1\"><img src=probe.png><b>bold</b>%2").arg(m_probe, Mark);
    }

    void cleanupTestCase()
    {
        QDir::setCurrent(m_savedCurrent);
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
    }

    void testEventToolTipsShowSidecarAndArticleTextAsWritten()
    {
        // The evidence is article text; topics, source and the id are fields of the sidecar; the
        // tab's tooltip is the file's path.
        const QString article = m_dir.filePath(QStringLiteral("<img src=probe.png>%1-talks.txt").arg(Mark));
        const QString sentence = QStringLiteral("Norway and Chile held talks in Oslo %1 on Monday.").arg(m_markup);
        write(article, QStringLiteral("date 2024-03-04\n\n%1\n").arg(sentence).toUtf8());
        const auto document = readDocument(article);
        QVERIFY(document.isOk());
        Event event;
        event.id = QStringLiteral("E1") + Mark;
        event.type = QStringLiteral("talks");
        event.participants = {QStringLiteral("Norway"), QStringLiteral("Chile")};
        event.status = QStringLiteral("held");
        event.location = QStringLiteral("Oslo");
        event.topics = {m_markup};
        event.source = m_markup;
        event.evidenceStart = int(document.value().text().indexOf(sentence));
        event.evidenceEnd = event.evidenceStart + int(sentence.size());
        event.evidenceText = sentence;
        QVERIFY(event.evidenceStart > 0);
        QVERIFY(Sidecar::writeFile(Sidecar::besidePath(article),
                                   Sidecar::toJson(document.value(), {}, {event}, CorrectionLog()),
                                   article));

        OpenWatch watch(m_probe);
        QVERIFY(watch.isValid());
        QSignalSpy finished(m_window.get(), &MainWindow::extractionFinished);
        m_window->openFile(article);
        QVERIFY(finished.wait(Timeout));
        DocumentTab *tab = m_window->currentDocument();
        QVERIFY(tab);
        QCOMPARE(tab->annotations()->events().size(), 1);

        EventTableView *table = tab->eventsPanel()->tableView();
        // A dock wide enough for every column: in a narrow one the last columns give way
        // (ColumnFitter), and a hidden cell cannot be hovered.
        m_window->resize(2400, 900);
        m_window->resizeDocks({m_window->findChild<QDockWidget *>(QStringLiteral("eventsDock"))},
                              {1700},
                              Qt::Horizontal);
        QTRY_VERIFY(!table->isColumnHidden(EventTableModel::SourceColumn));
        QAbstractItemModel *model = table->model();
        QVERIFY(shown(model->headerData(0, Qt::Vertical, Qt::ToolTipRole).toString()).contains(Mark));
        for (const int column :
             {EventTableModel::TopicsColumn, EventTableModel::SourceColumn, EventTableModel::EvidenceColumn}) {
            const QModelIndex cell = model->index(0, column);
            const QString data = model->data(cell, Qt::ToolTipRole).toString();
            QVERIFY2(shown(data).contains(m_markup), qPrintable(data));
            // Hovering the cell: the tooltip Qt shows.
            table->scrollTo(cell);
            const QPoint at = table->visualRect(cell).center();
            QHelpEvent help(QEvent::ToolTip, at, table->viewport()->mapToGlobal(at));
            QApplication::sendEvent(table->viewport(), &help);
            QTRY_VERIFY(QToolTip::isVisible());
            QVERIFY2(shown(QToolTip::text()).contains(m_markup), qPrintable(QToolTip::text()));
            QToolTip::hideText();
        }
        QTabWidget *tabs = nullptr;
        const QList<QTabWidget *> tabWidgets = m_window->findChildren<QTabWidget *>();
        for (QTabWidget *candidate : tabWidgets) {
            tabs = candidate->indexOf(tab) >= 0 ? candidate : tabs;
        }
        QVERIFY(tabs);
        const int index = tabs->indexOf(tab);
        QVERIFY2(shown(tabs->tabToolTip(index)).contains(article), qPrintable(tabs->tabToolTip(index)));
        const QPoint at = tabs->tabBar()->tabRect(index).center();
        QHelpEvent help(QEvent::ToolTip, at, tabs->tabBar()->mapToGlobal(at));
        QApplication::sendEvent(tabs->tabBar(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(shown(QToolTip::text()).contains(article), qPrintable(QToolTip::text()));
        QToolTip::hideText();
        QTest::qWait(50);
        QVERIFY2(!watch.opened(), "showing the tooltips opened the file an <img> in the text names");
    }

    void testErrorDialogsShowFileNamesAndContentAsWritten_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("quoted"); // shown literally in the dialog
        // A damaged file whose name is markup ("Could not open …").
        const QString name = QStringLiteral("<img src=probe.png>%1.txt").arg(Mark);
        QTest::newRow("file name") << name << QByteArray() << name;
        // An .ann whose message quotes the bad offsets.
        const QString offsets = QStringLiteral("9 <img src=probe.png>%1").arg(Mark);
        QTest::newRow(".ann content") << QStringLiteral("bad.ann")
                                      << QStringLiteral("T1\tLOCATION %1\tOs\n").arg(offsets).toUtf8() << offsets;
    }

    void testErrorDialogsShowFileNamesAndContentAsWritten()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, quoted);
        const QString path = m_dir.filePath(name);
        write(path, content);
        write(m_dir.filePath(QStringLiteral("bad.txt")), "Talks in Oslo.\n");
        OpenWatch watch(m_probe);
        QVERIFY(watch.isValid());
        DialogCatcher catcher;
        QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
        m_window->openFile(path);
        QVERIFY(failed.wait(Timeout));
        QTRY_COMPARE(catcher.boxes().size(), 1);
        QVERIFY2(catcher.boxes().first().contains(quoted), qPrintable(catcher.boxes().first()));
        QVERIFY2(!watch.opened(), "the dialog opened the file an <img> in its text names");
    }

    void testDamagedSidecarDialogShowsItsContentAsWritten()
    {
        const QString article = m_dir.filePath(QStringLiteral("damaged.txt"));
        write(article, "date 2024-03-04\n\nNorway and Chile held talks in Oslo on Monday.\n");
        // Its message quotes the id of the entity that is wrong.
        const QString id = QStringLiteral("<img src=probe.png>%1").arg(Mark);
        write(Sidecar::besidePath(article),
              QStringLiteral("{\"format\": \"readout-sidecar\", \"version\": 1, \"document\": {\"file\": "
                             "\"damaged.txt\", \"text_hash\": \"sha256:00\", \"text_length\": 9}, \"entities\": "
                             "[{\"id\": \"%1\", \"type\": \"NOPE\", \"start\": 0, \"end\": 1}], \"events\": []}")
                  .arg(id)
                  .toUtf8());
        OpenWatch watch(m_probe);
        QVERIFY(watch.isValid());
        DialogCatcher catcher;
        QSignalSpy finished(m_window.get(), &MainWindow::extractionFinished);
        m_window->openFile(article);
        QVERIFY(finished.wait(Timeout));
        QTRY_COMPARE(catcher.boxes().size(), 1);
        QVERIFY2(catcher.boxes().first().contains(id), qPrintable(catcher.boxes().first()));
        QVERIFY2(!watch.opened(), "the dialog opened the file an <img> in its text names");
    }

    void testCompareWindowShowsFileNamesAsWritten()
    {
        const QString name = QStringLiteral("<img src=probe.png>%1-a.txt").arg(Mark);
        const QString a = m_dir.filePath(name);
        write(a, QByteArray());
        const QString b = m_dir.filePath(QStringLiteral("b.txt"));
        write(b, "Norway and Chile held talks in Oslo on Monday.\n");
        OpenWatch watch(m_probe);
        QVERIFY(watch.isValid());
        DialogCatcher catcher;
        CompareWindow window;
        window.show();
        QSignalSpy failed(&window, &CompareWindow::loadFailed);
        window.openFiles(a, b);
        QVERIFY(failed.wait(Timeout) || !failed.isEmpty());
        QTRY_COMPARE(catcher.boxes().size(), 1);
        QVERIFY2(catcher.boxes().first().contains(name), qPrintable(catcher.boxes().first()));
        const auto *summary = window.findChild<QLabel *>(QStringLiteral("compareSummary"));
        QVERIFY(summary);
        QVERIFY2(shown(summary->text(), summary->textFormat()).contains(name), qPrintable(summary->text()));
        QVERIFY2(!watch.opened(), "the compare window opened the file an <img> in a file name names");
    }
};

QTEST_MAIN(PlainTextTest)
#include "plaintext_test.moc"
