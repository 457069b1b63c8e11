// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every input the fuzzers found (tests/fuzz/regressions/<target>/) and the seed corpora
// (tests/fuzz/corpus/<target>/) through the fuzz targets: each must return normally (the
// sanitizer build, .ci/sanitizers, also checks memory and undefined behaviour on them).

#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

class FuzzRegressionsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testReplay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        const QDir root(QStringLiteral(READOUT_FUZZ_DIR));
        int rows = 0;
        for (const QString &kind : {QStringLiteral("regressions"), QStringLiteral("corpus")}) {
            const QDir dir(root.filePath(kind));
            const QStringList targets = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
            for (const QString &target : targets) {
                const QStringList files = QDir(dir.filePath(target)).entryList(QDir::Files, QDir::Name);
                for (const QString &file : files) {
                    const QString tag = kind + QLatin1Char('/') + target + QLatin1Char('/') + file;
                    QTest::newRow(qPrintable(tag)) << target << dir.filePath(target + QLatin1Char('/') + file);
                    ++rows;
                }
            }
        }
        QVERIFY(rows > 0);
    }

    void testReplay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const ReadoutFuzz::Target run = ReadoutFuzz::target(target);
        QVERIFY2(run, qPrintable(QStringLiteral("no fuzz target \"%1\"").arg(target)));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        run(f.readAll());
    }
};

QTEST_GUILESS_MAIN(FuzzRegressionsTest)
#include "fuzzregressions_test.moc"
