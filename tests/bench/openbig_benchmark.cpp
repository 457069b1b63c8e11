// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a big text file in the window (200 MB by default; READOUT_BIG_MB to change): how long
// until the tab shows, the longest the GUI thread stalled meanwhile (a 20 ms timer's worst gap),
// and how long Cancel takes to stop the extraction; then, on smaller files (one of them a single
// line), the stall when a finished extraction is shown. Prints the figures; asserts nothing about time.
// Run by hand:  QT_QPA_PLATFORM=offscreen build/tests/bench/openbig_benchmark

#include "documenttab.h"
#include "mainwindow.h"
#include "progressindicator.h"

#include "annotations.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Readout;

namespace
{

qint64 sizeFromEnvironment(const char *name, qint64 fallback)
{
    return qEnvironmentVariableIsSet(name) ? qEnvironmentVariableIntValue(name) : fallback;
}

/// Paragraphs, or (oneLine) the same sentences on a single line without a line end.
bool writeBigFile(const QString &path, qint64 megabytes, bool oneLine = false)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return false;
    }
    const QByteArray paragraph = oneLine
        ? QByteArray(
            "date 2023-02-27 Officials from Norway and Chile will hold talks in Oslo on "
            "March 3, the ministry said on Monday. The talks will cover salmon quotas. ")
        : QByteArray(
            "date 2023-02-27\n\nOfficials from Norway and Chile will hold talks in "
            "Oslo on March 3, the ministry said on Monday. The talks will cover salmon "
            "quotas.\n\n");
    QByteArray chunk;
    while (chunk.size() < 1024 * 1024) {
        chunk += paragraph;
    }
    for (qint64 written = 0; written < megabytes * 1024 * 1024; written += chunk.size()) {
        f.write(chunk);
    }
    return true;
}

} // namespace

class OpenBigBenchmark : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void testOpenAndCancel()
    {
        const qint64 megabytes = sizeFromEnvironment("READOUT_BIG_MB", 200);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.txt"));
        QVERIFY(writeBigFile(path, megabytes));
        MainWindow window;
        window.setErrorDialogsEnabled(false);
        window.show();
        // The GUI thread's worst stall: the largest gap between ticks of a 20 ms timer.
        QElapsedTimer tick;
        qint64 worstGap = 0;
        QTimer heartbeat;
        heartbeat.setInterval(20);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            worstGap = std::max(worstGap, tick.restart());
        });
        int maxPercent = 0;
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            maxPercent = std::max(maxPercent, window.progressIndicator()->value());
        });
        QElapsedTimer clock;
        clock.start();
        tick.start();
        heartbeat.start();
        QSignalSpy opened(&window, &MainWindow::documentOpened);
        window.openFile(path);
        QVERIFY(opened.wait(600000));
        const qint64 shown = clock.elapsed();
        auto *tab = opened.at(0).at(0).value<DocumentTab *>();
        QTest::qWait(100); // a tick after the tab appeared measures the stall that made it appear
        const qint64 gapWhileReading = worstGap;
        QVERIFY(tab->isExtracting());
        // Let the extraction run a little, then cancel.
        QTest::qWait(2000);
        worstGap = 0;
        QElapsedTimer cancelClock;
        cancelClock.start();
        window.cancelWork();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isExtracting(), 3600000);
        const qint64 cancelled = cancelClock.elapsed();
        qInfo(
            "file: %lld MB; tab shown after %lld ms (reading, decoding, showing the text); worst GUI stall "
            "until then %lld ms; reading progress reached %d%%; cancel took effect after %lld ms (worst GUI stall "
            "meanwhile %lld ms); extraction result kept: %s",
            megabytes,
            shown,
            gapWhileReading,
            maxPercent,
            cancelled,
            worstGap,
            tab->hasExtraction() ? "yes" : "no (cancelled)");
    }

    void testOpenAndFinish_data()
    {
        QTest::addColumn<qint64>("megabytes");
        QTest::addColumn<bool>("oneLine");
        QTest::newRow("paragraphs") << sizeFromEnvironment("READOUT_FINISH_MB", 20) << false;
        const qint64 line = sizeFromEnvironment("READOUT_LINE_MB", 10);
        QTest::newRow("one line") << line << true;
        QTest::newRow("paragraphs, as big as the line") << line << false;
    }

    /// The other end: a big file's extraction finishing, its spans and events taking their place
    /// in the window (20 MB by default; READOUT_FINISH_MB to change); then a file of a single line
    /// (10 MB; READOUT_LINE_MB) and paragraphs of the same size.
    void testOpenAndFinish()
    {
        QFETCH(qint64, megabytes);
        QFETCH(bool, oneLine);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("finish.txt"));
        QVERIFY(writeBigFile(path, megabytes, oneLine));
        MainWindow window;
        window.setErrorDialogsEnabled(false);
        window.show();
        QElapsedTimer tick;
        qint64 worstGap = 0;
        QTimer heartbeat;
        heartbeat.setInterval(20);
        connect(&heartbeat, &QTimer::timeout, this, [&] {
            worstGap = std::max(worstGap, tick.restart());
        });
        QElapsedTimer clock;
        clock.start();
        tick.start();
        heartbeat.start();
        QSignalSpy finished(&window, &MainWindow::extractionFinished);
        window.openFile(path);
        QVERIFY(finished.wait(3600000));
        const qint64 done = clock.elapsed();
        QTest::qWait(200); // the stall that applying the result caused, and the first paint after it
        auto *tab = finished.at(0).at(0).value<DocumentTab *>();
        qInfo(
            "file: %lld MB%s; extraction shown after %lld ms with %lld entities and %lld events; worst GUI stall "
            "from opening until then %lld ms",
            megabytes,
            oneLine ? " on one line" : "",
            done,
            qint64(tab->annotations()->entities().size()),
            qint64(tab->annotations()->events().size()),
            worstGap);
    }
};

QTEST_MAIN(OpenBigBenchmark)
#include "openbig_benchmark.moc"
