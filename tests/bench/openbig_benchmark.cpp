// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a big text file in the window (200 MB by default; READOUT_BIG_MB to change): how long
// until the tab shows, the longest the GUI thread stalled meanwhile (a 20 ms timer's worst gap),
// and how long Cancel takes to stop the extraction. Prints the figures; asserts nothing about time.
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
        const qint64 megabytes =
            qEnvironmentVariableIsSet("READOUT_BIG_MB") ? qEnvironmentVariableIntValue("READOUT_BIG_MB") : 200;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray paragraph(
                "date 2023-02-27\n\nOfficials from Norway and Chile will hold talks in Oslo on "
                "March 3, the ministry said on Monday. The talks will cover salmon quotas.\n\n");
            QByteArray chunk;
            while (chunk.size() < 1024 * 1024) {
                chunk += paragraph;
            }
            for (qint64 written = 0; written < megabytes * 1024 * 1024; written += chunk.size()) {
                f.write(chunk);
            }
        }
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
};

QTEST_MAIN(OpenBigBenchmark)
#include "openbig_benchmark.moc"
