// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a process editing with autosave is killed with SIGKILL at different moments; the
// sidecar it leaves must parse and hold every edit made more than a second before the kill.

#include "formats/documentreader.h"
#include "storage/sidecar.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

class AutosaveKillTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_article;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A large article makes each save take a while, so kills land inside writes too.
        QFile source(QStringLiteral(READOUT_TEST_DATA "/edit/talks.txt"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray text = source.readAll();
        const int body = int(text.indexOf("\n\n")) + 2;
        QByteArray big = text.left(body);
        for (int i = 0; i < 150; ++i) {
            big += text.mid(body) + '\n';
        }
        m_article = m_dir.filePath(QStringLiteral("big.txt"));
        QFile out(m_article);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(big);
    }

    void testKill_data()
    {
        QTest::addColumn<int>("editsBeforeKill");
        QTest::newRow("within the first second") << 40;
        QTest::newRow("after the first saves") << 330;
        QTest::newRow("later") << 433;
        QTest::newRow("much later") << 777;
        QTest::newRow("odd moment") << 901;
    }

    void testKill()
    {
        QFETCH(int, editsBeforeKill);
        const QString sidecar = m_dir.filePath(QStringLiteral("big-%1.readout.json").arg(editsBeforeKill));
        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(READOUT_AUTOSAVE_HELPER), {m_article, sidecar});
        QVERIFY(helper.waitForStarted());

        QByteArray output;
        static const QRegularExpression editLine(QStringLiteral("^EDIT (\\d+) (\\d+)$"));
        int lastEdit = 0;
        const auto readEdits = [&] {
            output += helper.readAllStandardOutput();
            const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : lines) {
                const auto m = editLine.match(line);
                if (m.hasMatch()) {
                    lastEdit = std::max(lastEdit, m.captured(1).toInt());
                }
            }
            return lastEdit;
        };
        // No sleeps: wait on the helper's own output.
        QTRY_VERIFY_WITH_TIMEOUT(readEdits() >= editsBeforeKill, 60000);
        helper.kill(); // SIGKILL
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        output += helper.readAllStandardOutput();

        // Edits made a second or more before the kill must be in the file.
        int mustHave = 0;
        const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const auto m = editLine.match(line);
            if (m.hasMatch() && m.captured(2).toLongLong() <= killedAt - 1000) {
                mustHave = std::max(mustHave, m.captured(1).toInt());
            }
        }
        if (mustHave == 0) {
            QVERIFY(!QFile::exists(sidecar) || Sidecar::readFile(sidecar).isOk());
            return; // killed within the first second: nothing was due yet
        }
        QVERIFY2(QFile::exists(sidecar), "no sidecar written");
        auto data = Sidecar::readFile(sidecar);
        QVERIFY2(data, qPrintable(data.error().message)); // never corrupt
        const Document document = readDocument(m_article).value();
        QVERIFY(Sidecar::anchor(data.value(), document));
        const Event &first = data.value().events.first();
        const int topic = first.topics.value(0).mid(5).toInt();
        const int source = first.source.mid(5).toInt();
        const int saved = std::max(topic, source);
        QVERIFY2(
            saved >= mustHave,
            qPrintable(QStringLiteral("sidecar has edit %1, edits up to %2 were made over a second before the kill")
                           .arg(saved)
                           .arg(mustHave)));
        QVERIFY(saved <= lastEdit);
        qInfo("killed after edit %d; sidecar holds edit %d; required %d", lastEdit, saved, mustHave);
    }
};

QTEST_GUILESS_MAIN(AutosaveKillTest)
#include "autosavekill_test.moc"
