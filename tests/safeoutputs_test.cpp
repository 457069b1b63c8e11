// SPDX-License-Identifier: GPL-3.0-or-later
// No file can hurt the analyst, outputs: readout-cli never recurses through sidecars that name
// each other, never replaces a device or a FIFO given as -o, never exports onto a sidecar, never
// lets a brat export overwrite a text that is not its own, and says so when standard output
// cannot be written.

#include "formats/documentreader.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"
#include "storage/sidecar.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

#include "testfiles.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using ReadoutTest::writeBytes;

using namespace Readout;
using ReadoutTest::CliRun;
using ReadoutTest::runCli;

namespace
{

constexpr int Timeout = 60000;

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A sidecar whose article is the file called article (beside it).
QByteArray sidecarNaming(const QString &article)
{
    return QStringLiteral(
               "{\"format\": \"readout-sidecar\", \"version\": 1, \"document\": {\"file\": \"%1\", "
               "\"text_hash\": \"sha256:00\", \"text_length\": 0}, \"entities\": [], \"events\": []}\n")
        .arg(article)
        .toUtf8();
}

/// readout-cli with its output going to a FIFO whose reader is readFd: drained while it runs.
CliRun runCliDraining(const QStringList &args, int readFd, QByteArray *read)
{
    QProcess p;
    p.setProcessEnvironment(ReadoutTest::isolatedEnvironment());
    p.start(QStringLiteral(READOUT_CLI), args);
    QElapsedTimer clock;
    clock.start();
    char buffer[65536];
    bool finished = false;
    while (!finished && clock.elapsed() < Timeout) {
        finished = p.waitForFinished(20);
        for (ssize_t n = 0; (n = ::read(readFd, buffer, sizeof buffer)) > 0;) {
            read->append(buffer, n);
        }
    }
    if (!finished || p.exitStatus() != QProcess::NormalExit) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class SafeOutputsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_article;
    QString m_other;
    QString m_sidecar;
    QByteArray m_sidecarBytes;

    /// "extract", "export" or "compare", reading the article (export: its sidecar).
    QStringList commandLine(const QString &command) const
    {
        if (command == QLatin1String("export")) {
            return {command, m_sidecar};
        }
        if (command == QLatin1String("compare")) {
            return {command, m_article, m_other};
        }
        return {command, m_article, QStringLiteral("--format"), QStringLiteral("csv")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_article = m_dir.filePath(QStringLiteral("talks.txt"));
        m_other = m_dir.filePath(QStringLiteral("followup.txt"));
        QVERIFY(QFile::copy(QStringLiteral(READOUT_SOURCE_DIR "/tests/data/edit/talks.txt"), m_article));
        QVERIFY(QFile::copy(QStringLiteral(READOUT_SOURCE_DIR "/tests/data/edit/followup.txt"), m_other));
        const auto document = readDocument(m_article);
        QVERIFY(document.isOk());
        const Extraction x = Pipeline(KnowledgeBase::builtIn()).run(document.value());
        QVERIFY(!x.events.isEmpty());
        m_sidecar = Sidecar::besidePath(m_article);
        QVERIFY(Sidecar::writeFile(m_sidecar, Sidecar::toJson(document.value(), x.entities, x.events, {}), m_article));
        m_sidecarBytes = fileBytes(m_sidecar);
    }

    void init()
    {
        // Each case starts from the corrections intact, whatever an earlier one did to them.
        QVERIFY(writeBytes(m_sidecar, m_sidecarBytes));
    }

    void testSidecarsNamingSidecarsAreRefused_data()
    {
        QTest::addColumn<QStringList>("sidecars"); // the first is given to readout-cli
        QTest::addColumn<QStringList>("articles"); // the article each one names
        QTest::addColumn<QString>("link"); // a link to the first sidecar, when not empty
        QTest::newRow("names itself") << QStringList{QStringLiteral("self.readout.json")}
                                      << QStringList{QStringLiteral("self.readout.json")} << QString();
        QTest::newRow("two name each other")
            << QStringList{QStringLiteral("a.readout.json"), QStringLiteral("b.readout.json")}
            << QStringList{QStringLiteral("b.readout.json"), QStringLiteral("a.readout.json")} << QString();
        QTest::newRow("names a link to itself") << QStringList{QStringLiteral("c.readout.json")}
                                                << QStringList{QStringLiteral("c.txt")} << QStringLiteral("c.txt");
    }

    void testSidecarsNamingSidecarsAreRefused()
    {
        // Each used to recurse until the stack overflowed (SIGSEGV). A sidecar's article is an
        // article, never another sidecar: refused with a message naming the file.
        QFETCH(QStringList, sidecars);
        QFETCH(QStringList, articles);
        QFETCH(QString, link);
        const QDir dir(
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        QVERIFY(QDir().mkpath(dir.path()));
        for (int i = 0; i < sidecars.size(); ++i) {
            QVERIFY(writeBytes(dir.filePath(sidecars.at(i)), sidecarNaming(articles.at(i))));
        }
        if (!link.isEmpty()) {
            QVERIFY(QFile::link(sidecars.first(), dir.filePath(link)));
        }
        const QString given = dir.filePath(sidecars.first());
        const QString name = sidecars.first();
        for (const QStringList &args : {QStringList{QStringLiteral("extract"), given},
                                        QStringList{QStringLiteral("export"), given},
                                        QStringList{QStringLiteral("compare"), given, m_other}}) {
            const CliRun r = runCli(args);
            QVERIFY2(r.code == 1,
                     qPrintable(QStringLiteral("%1: exit %2 (-1: crashed)").arg(args.first()).arg(r.code)));
            const QString err = QString::fromUtf8(r.err);
            QVERIFY2(err.contains(name) && err.contains(QLatin1String("sidecar")), qPrintable(err));
        }
        const auto read = readArticle(given);
        QVERIFY(!read.isOk());
        QVERIFY2(read.error().message.contains(name), qPrintable(read.error().message));
        QVERIFY2(read.error().message.contains(QLatin1String("sidecar")), qPrintable(read.error().message));
    }

    void testSpecialFilesAreWrittenNotReplaced_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("kind");
        for (const char *command : {"extract", "export", "compare"}) {
            for (const char *kind : {"fifo", "null device", "fifo without reader"}) {
                QTest::addRow("%s -o %s", command, kind) << QString::fromLatin1(command) << QString::fromLatin1(kind);
            }
        }
    }

    void testSpecialFilesAreWrittenNotReplaced()
    {
        // An atomic save renames a new file over the target: -o /dev/null, run as root, replaced
        // the system's /dev/null. Special files are written in place (a FIFO only while a program
        // reads it: else the command would wait for ever), never replaced.
        QFETCH(QString, command);
        QFETCH(QString, kind);
        const QString node =
            m_dir.filePath(QStringLiteral("node-%1-%2").arg(command, kind).replace(QLatin1Char(' '), QLatin1Char('-')));
        const bool device = kind == QLatin1String("null device");
        const QByteArray nodeName = QFile::encodeName(node);
        if (device) {
            if (geteuid() != 0) {
                QSKIP("making a device node needs root");
            }
            if (mknod(nodeName.constData(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
                QSKIP("mknod is not permitted here");
            }
        } else {
            QCOMPARE(mkfifo(nodeName.constData(), 0600), 0);
        }
        int reader = -1;
        if (kind == QLatin1String("fifo")) {
            reader = ::open(nodeName.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
            QVERIFY(reader >= 0);
        }
        QByteArray received;
        const QStringList args = commandLine(command) + QStringList{QStringLiteral("-o"), node};
        const CliRun r = reader >= 0 ? runCliDraining(args, reader, &received) : runCli(args);
        if (reader >= 0) {
            ::close(reader);
        }
        struct stat after {
        };
        QCOMPARE(lstat(nodeName.constData(), &after), 0);
        if (device) {
            QVERIFY2(S_ISCHR(after.st_mode) && after.st_rdev == makedev(1, 3), "the device was replaced");
            QVERIFY2(r.code == 0, r.err.constData());
        } else {
            QVERIFY2(S_ISFIFO(after.st_mode), "the FIFO was replaced");
        }
        if (kind == QLatin1String("fifo")) {
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY(!received.isEmpty());
        } else if (kind == QLatin1String("fifo without reader")) {
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(nodeName), r.err.constData());
        }
    }

    void testExportOntoASidecarIsRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("output"); // in the test's folder
        QTest::addColumn<bool>("copyOfSidecar"); // output holds a copy of the sidecar first
        QTest::newRow("export onto its sidecar")
            << QStringLiteral("export") << QStringLiteral("talks.readout.json") << false;
        QTest::newRow("export onto a sidecar by name")
            << QStringLiteral("export") << QStringLiteral("other.readout.json") << false;
        QTest::newRow("export onto a sidecar by content")
            << QStringLiteral("export") << QStringLiteral("notes.json") << true;
        QTest::newRow("extract onto the sidecar")
            << QStringLiteral("extract") << QStringLiteral("talks.readout.json") << false;
        QTest::newRow("compare onto a sidecar by content")
            << QStringLiteral("compare") << QStringLiteral("result.json") << true;
    }

    void testExportOntoASidecarIsRefused()
    {
        // The sidecar holds the analyst's corrections: an export written over it replaced them.
        QFETCH(QString, command);
        QFETCH(QString, output);
        QFETCH(bool, copyOfSidecar);
        const QString path = m_dir.filePath(output);
        const QByteArray sidecar = fileBytes(m_sidecar);
        if (copyOfSidecar) {
            QVERIFY(writeBytes(path, sidecar));
        }
        const bool existed = QFileInfo::exists(path);
        const QByteArray before = fileBytes(path);
        const CliRun r = runCli(commandLine(command) + QStringList{QStringLiteral("-o"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QFile::encodeName(output)) && r.err.contains("sidecar"), r.err.constData());
        QCOMPARE(QFileInfo::exists(path), existed);
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(fileBytes(m_sidecar), sidecar);
    }

    void testBratNeverOverwritesAnotherText()
    {
        // X.ann goes with the text X.txt beside it; an X.txt that is not this export's text is
        // another article: refused, and neither file written.
        const QDir out(m_dir.filePath(QStringLiteral("brat-out")));
        QVERIFY(QDir().mkpath(out.path()));
        const QString unrelated = out.filePath(QStringLiteral("x.txt"));
        QVERIFY(writeBytes(unrelated, "An unrelated article the analyst keeps here.\n"));
        const CliRun r = runCli({QStringLiteral("export"),
                                 m_sidecar,
                                 QStringLiteral("--format"),
                                 QStringLiteral("brat"),
                                 QStringLiteral("-o"),
                                 out.filePath(QStringLiteral("x.ann"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("x.txt"), r.err.constData());
        QCOMPARE(fileBytes(unrelated), QByteArray("An unrelated article the analyst keeps here.\n"));
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("x.ann"))));
        // The same export with its own text there already is written again.
        const QString ann = out.filePath(QStringLiteral("talks.ann"));
        const QStringList again = {QStringLiteral("extract"),
                                   m_article,
                                   QStringLiteral("--format"),
                                   QStringLiteral("brat"),
                                   QStringLiteral("-o"),
                                   ann};
        QCOMPARE(runCli(again).code, 0);
        const CliRun second = runCli(again);
        QVERIFY2(second.code == 0, second.err.constData());
        QCOMPARE(fileBytes(out.filePath(QStringLiteral("talks.txt"))), fileBytes(m_article));
    }

    void testBratFolderGivesClashingNamesDistinctFiles()
    {
        // a/x.txt and b/x.md both make x.ann and x.txt: the second used to overwrite the first.
        const QDir a(m_dir.filePath(QStringLiteral("clash/a")));
        const QDir b(m_dir.filePath(QStringLiteral("clash/b")));
        const QDir out(m_dir.filePath(QStringLiteral("clash/out")));
        for (const QDir &d : {a, b, out}) {
            QVERIFY(QDir().mkpath(d.path()));
        }
        QVERIFY(writeBytes(a.filePath(QStringLiteral("x.txt")), "Chile and Peru held talks in Lima on Monday.\n"));
        QVERIFY(writeBytes(b.filePath(QStringLiteral("x.md")), "Norway and Iceland met in Oslo on Tuesday.\n"));
        const QStringList args = {QStringLiteral("extract"),
                                  a.filePath(QStringLiteral("x.txt")),
                                  b.filePath(QStringLiteral("x.md")),
                                  QStringLiteral("--published"),
                                  QStringLiteral("2024-03-01"),
                                  QStringLiteral("--format"),
                                  QStringLiteral("brat"),
                                  QStringLiteral("-o"),
                                  out.path()};
        for (int run = 0; run < 2; ++run) { // the second run finds its own files and rewrites them
            const CliRun r = runCli(args);
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY2(r.err.contains("x-2.ann"), r.err.constData());
            QCOMPARE(fileBytes(out.filePath(QStringLiteral("x.txt"))),
                     QByteArray("Chile and Peru held talks in Lima on Monday.\n"));
            QVERIFY(fileBytes(out.filePath(QStringLiteral("x-2.txt"))).startsWith("Norway and Iceland met in Oslo"));
            QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("x.ann"))));
            QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("x-2.ann"))));
            QCOMPARE(out.entryList(QDir::Files).size(), 4);
        }
    }

    void testFailedStandardOutputIsAnError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("extract json") << QStringList{QStringLiteral("extract"), QStringLiteral("@article")};
        QTest::newRow("extract table") << QStringList{QStringLiteral("extract"),
                                                      QStringLiteral("@article"),
                                                      QStringLiteral("--format"),
                                                      QStringLiteral("table")};
        QTest::newRow("export csv") << QStringList{QStringLiteral("export"), QStringLiteral("@sidecar")};
        QTest::newRow("compare json") << QStringList{QStringLiteral("compare"),
                                                     QStringLiteral("@article"),
                                                     QStringLiteral("@other")};
    }

    void testFailedStandardOutputIsAnError()
    {
        // `readout-cli extract a.txt > /dev/full` wrote nothing and exited 0.
        QFETCH(QStringList, args);
        args.replaceInStrings(QStringLiteral("@article"), m_article);
        args.replaceInStrings(QStringLiteral("@sidecar"), m_sidecar);
        args.replaceInStrings(QStringLiteral("@other"), m_other);
        QProcess p;
        p.setProcessEnvironment(ReadoutTest::isolatedEnvironment());
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(READOUT_CLI), args);
        QVERIFY(p.waitForFinished(Timeout));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 1, err.constData());
        QVERIFY2(err.contains("standard output"), err.constData());
    }
};

QTEST_GUILESS_MAIN(SafeOutputsTest)
#include "safeoutputs_test.moc"
