// SPDX-License-Identifier: GPL-3.0-or-later
// The bad-input table: every kind of bad file gets a message naming the file and the problem, from
// the core reader, on readout-cli's stderr with exit code 1, and in the window, whose open
// document and its corrections stay untouched.

#include "documenttab.h"
#include "mainwindow.h"

#include "annotations.h"
#include "formats/documentreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "../clirun.h"

#include <fcntl.h>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Readout;

namespace
{

constexpr int Timeout = 60000;

struct CliRun {
    int code = -1;
    QString err;
};

/// Root passes every permission check through two capabilities (CAP_DAC_OVERRIDE,
/// CAP_DAC_READ_SEARCH). Without them root is an ordinary owner: a file of mode 000 cannot be read.
/// Dropping them, rather than becoming another user, keeps every folder of the checkout and the
/// build reachable wherever it lies (a clone under /root, whose mode is 700, included).
constexpr unsigned DacCapabilities[] = {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH};

CliRun runCli(const QStringList &args, bool withoutPermissionOverride = false)
{
    QProcess p;
    if (withoutPermissionOverride && geteuid() == 0) {
        // Out of the bounding set, they are not given back when the child executes readout-cli.
        p.setChildProcessModifier([] {
            for (const unsigned cap : DacCapabilities) {
                (void)prctl(PR_CAPBSET_DROP, cap, 0, 0, 0);
            }
        });
    }
    p.setProcessEnvironment(ReadoutTest::isolatedEnvironment());
    p.start(QStringLiteral(READOUT_CLI), args);
    if (!p.waitForFinished(Timeout) || p.exitStatus() != QProcess::NormalExit) {
        return {};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

/// Root reads any file: to see "permission denied" in this process the test becomes an ordinary
/// user meanwhile (seteuid() applies to every thread, and the window reads on a worker thread;
/// capabilities are per thread). It only touches the test's temporary folder meanwhile.
class AsOrdinaryUser
{
public:
    explicit AsOrdinaryUser(bool active)
        : m_active(active && geteuid() == 0)
    {
        if (m_active && seteuid(65534) != 0) {
            m_active = false;
        }
    }
    ~AsOrdinaryUser()
    {
        if (m_active) {
            (void)seteuid(0);
        }
    }
    Q_DISABLE_COPY(AsOrdinaryUser)

private:
    bool m_active;
};

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(READOUT_SOURCE_DIR "/tests/data/formats/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A sidecar whose article is the file called article: a sidecar naming a sidecar recursed until
/// the stack overflowed.
QByteArray sidecarNaming(const char *article)
{
    return QByteArray("{\"format\": \"readout-sidecar\", \"version\": 1, \"document\": {\"file\": \"") + article
        + "\", \"text_hash\": \"sha256:00\"}, \"entities\": [], \"events\": []}\n";
}

/// A sidecar for an article of this text, with these entities and events (JSON arrays, or not).
QByteArray sidecarFor(const QString &file, const QByteArray &text, const QByteArray &entities, const QByteArray &events)
{
    const QByteArray hash = QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
    return "{\"format\": \"readout-sidecar\", \"version\": 1, \"document\": {\"file\": \"" + file.toUtf8()
        + "\", \"text_hash\": \"sha256:" + hash + "\", \"text_length\": 100000}, \"entities\": " + entities
        + ", \"events\": " + events + "}\n";
}

QByteArray newerSidecar()
{
    return QByteArray(
        "{\"format\": \"readout-sidecar\", \"version\": 99, \"document\": {\"file\": \"a.txt\", "
        "\"text_hash\": \"sha256:00\"}, \"entities\": [], \"events\": []}\n");
}

} // namespace

class BadInputTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    DocumentTab *m_tab = nullptr;
    QVector<Entity> m_entities;
    QVector<Event> m_events;
    int m_undoIndex = -1;

    void verifyUntouched()
    {
        QCOMPARE(m_window->documentCount(), 1);
        QCOMPARE(m_window->document(0), m_tab);
        QCOMPARE(m_tab->annotations()->entities(), m_entities);
        QCOMPARE(m_tab->annotations()->events(), m_events);
        QCOMPARE(m_tab->annotations()->undoStack()->index(), m_undoIndex);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Readout"));
        QCoreApplication::setApplicationName(QStringLiteral("readout-badinput-test"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        // The ordinary user must get through to the files the permission row makes (the temporary
        // folder only: the checkout and the build stay as they are, wherever they lie).
        QVERIFY(
            QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther | QFile::ReadOther));
        const QString article = m_dir.filePath(QStringLiteral("open-article.txt"));
        QVERIFY(QFile::copy(QStringLiteral(READOUT_SOURCE_DIR "/resources/samples/us-russia-talks-2021-12-28.txt"),
                            article));

        m_window = std::make_unique<MainWindow>();
        m_window->setErrorDialogsEnabled(false);
        m_window->show();
        QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
        m_window->openFile(article);
        QVERIFY(opened.wait(Timeout));
        m_tab = opened.at(0).at(0).value<DocumentTab *>();
        QTRY_VERIFY_WITH_TIMEOUT(m_tab->hasExtraction(), Timeout);
        // A correction that must survive every bad file opened after it.
        QVERIFY(m_tab->annotations()->removeEntities({m_tab->annotations()->entities().first().id}));
        m_entities = m_tab->annotations()->entities();
        m_events = m_tab->annotations()->events();
        m_undoIndex = m_tab->annotations()->undoStack()->index();
        QCOMPARE(m_undoIndex, 1);
    }

    void cleanupTestCase()
    {
        verifyUntouched();
        m_window.reset();
    }

    void testBadInput_data()
    {
        QTest::addColumn<QStringList>("files"); // the first is opened; the others lie beside it
        QTest::addColumn<QByteArrayList>("contents");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<bool>("unreadable");
        // How the first file is made: written, "fifo", "link" (to its contents) or "raw name" (Latin-1).
        QTest::addColumn<QString>("kind");

        const QByteArray elf(
            "\x7F"
            "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3E\x00",
            20);
        QTest::newRow("executable") << QStringList{QStringLiteral("program.txt")} << QByteArrayList{elf}
                                    << QStringLiteral("binary data (a Linux executable (ELF)), not a text article")
                                    << false << QString();
        QTest::newRow("image renamed .txt")
            << QStringList{QStringLiteral("photo.txt")}
            << QByteArrayList{QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR\x00\x00\x01\x00", 20)}
            << QStringLiteral("binary data (a PNG image)") << false << QString();
        QTest::newRow("zero-byte file") << QStringList{QStringLiteral("empty.txt")} << QByteArrayList{QByteArray()}
                                        << QStringLiteral("the file is empty (0 bytes)") << false << QString();
        QTest::newRow("truncated PDF") << QStringList{QStringLiteral("cut.pdf")}
                                       << QByteArrayList{fixture(QStringLiteral("truncated.pdf"))}
                                       << QStringLiteral("the PDF is truncated") << false << QString();
        QTest::newRow("damaged PDF") << QStringList{QStringLiteral("garbled.pdf")}
                                     << QByteArrayList{QByteArray("%PDF-1.7\n1 0 obj <<< garbage\n%%EOF\n")}
                                     << QStringLiteral("the PDF is damaged") << false << QString();
        QTest::newRow("PDF without text layer")
            << QStringList{QStringLiteral("scan.pdf")} << QByteArrayList{fixture(QStringLiteral("scanned.pdf"))}
            << QStringLiteral("no text layer") << false << QString();
        QTest::newRow(".ann offsets past the end")
            << QStringList{QStringLiteral("past.ann"), QStringLiteral("past.txt")}
            << QByteArrayList{QByteArray("T1\tPERSON 0 5\tTalks\nT2\tPERSON 40 90\tfar away\n"),
                              QByteArray("Talks in Oslo.\n")}
            << QStringLiteral("past.ann line 2: offset 90 is past the end of the text") << false << QString();
        QTest::newRow(".ann overlapping malformed lines")
            << QStringList{QStringLiteral("overlap.ann"), QStringLiteral("overlap.txt")}
            << QByteArrayList{QByteArray("T1\tLOCATION 9 13\tOslo\nT2\tLOCATION 6 13\tn Oslo\nT3\tLOCATION 9 x\tOs\n"),
                              QByteArray("Talks in Oslo.\n")}
            << QStringLiteral("overlap.ann line 3: offsets \"9 x\" are not two numbers") << false << QString();
        QTest::newRow("sidecar from a newer version")
            << QStringList{QStringLiteral("a.readout.json"), QStringLiteral("a.txt")}
            << QByteArrayList{newerSidecar(), QByteArray("Talks in Oslo.\n")}
            << QStringLiteral("written by a newer Readout (sidecar format 99") << false << QString();
        QTest::newRow("sidecar naming itself")
            << QStringList{QStringLiteral("self.readout.json")} << QByteArrayList{sidecarNaming("self.readout.json")}
            << QStringLiteral("is a Readout sidecar, not an article") << false << QString();
        QTest::newRow("sidecars naming each other")
            << QStringList{QStringLiteral("one.readout.json"), QStringLiteral("two.readout.json")}
            << QByteArrayList{sidecarNaming("two.readout.json"), sidecarNaming("one.readout.json")}
            << QStringLiteral("is a Readout sidecar, not an article") << false << QString();
        QTest::newRow("unreadable (permission)")
            << QStringList{QStringLiteral("secret.txt")} << QByteArrayList{QByteArray("Talks in Oslo.\n")}
            << QStringLiteral("permission denied") << true << QString();
        QTest::newRow("file deleted before reading") << QStringList{QStringLiteral("gone.txt")} << QByteArrayList{}
                                                     << QStringLiteral("no such file") << false << QString();
        // Not regular files: refused before they are opened (a FIFO would block the reader for
        // good, /dev/zero never ends), the message naming the file and what it is.
        const QByteArray talks("Talks in Oslo.\n");
        QTest::newRow("FIFO as article") << QStringList{QStringLiteral("pipe.txt")} << QByteArrayList{QByteArray()}
                                         << QStringLiteral("pipe.txt: not a regular file (a FIFO)") << false
                                         << QStringLiteral("fifo");
        QTest::newRow("FIFO as sidecar") << QStringList{QStringLiteral("piped.readout.json"),
                                                        QStringLiteral("piped.txt")}
                                         << QByteArrayList{QByteArray(), talks}
                                         << QStringLiteral("piped.readout.json: not a regular file (a FIFO)") << false
                                         << QStringLiteral("fifo");
        QTest::newRow("link to /dev/zero")
            << QStringList{QStringLiteral("zero.txt")} << QByteArrayList{QByteArray("/dev/zero")}
            << QStringLiteral("zero.txt: not a regular file (a character device)") << false << QStringLiteral("link");
        QTest::newRow("sidecar linked to /dev/zero")
            << QStringList{QStringLiteral("zero.readout.json"), QStringLiteral("zero.txt")}
            << QByteArrayList{QByteArray("/dev/zero"), talks}
            << QStringLiteral("zero.readout.json: not a regular file (a character device)") << false
            << QStringLiteral("link");
        // There, but under a name that is not UTF-8: not "no such file".
        QTest::newRow("name not valid UTF-8")
            << QStringList{QStringLiteral("caf\u00E9.txt")} << QByteArrayList{talks}
            << QStringLiteral("its name is not valid UTF-8") << false << QStringLiteral("raw name");
        QTest::newRow("link to nothing") << QStringList{QStringLiteral("dangling.txt")}
                                         << QByteArrayList{QByteArray("/nonexistent/article.txt")}
                                         << QStringLiteral(
                                                "dangling.txt: a link to /nonexistent/article.txt, which is not there")
                                         << false << QStringLiteral("link");
        // Sidecar spans are checked against the article, not the sidecar's own text_length.
        QTest::newRow("sidecar span past the article")
            << QStringList{QStringLiteral("far.readout.json"), QStringLiteral("far.txt")}
            << QByteArrayList{sidecarFor(QStringLiteral("far.txt"),
                                         talks,
                                         "[]",
                                         "[{\"id\": \"E1\", \"type\": \"meet\", \"evidence\": [{\"start\": 0, "
                                         "\"end\": 400, \"text\": \"\"}]}]"),
                              talks}
            << QStringLiteral(
                   "far.readout.json: damaged sidecar: event E1: evidence 0-400 runs past the end of the "
                   "article")
            << false << QString();
        QTest::newRow("sidecar entities not a list")
            << QStringList{QStringLiteral("obj.readout.json"), QStringLiteral("obj.txt")}
            << QByteArrayList{sidecarFor(QStringLiteral("obj.txt"), talks, "{}", "[]"), talks}
            << QStringLiteral("obj.readout.json: damaged sidecar: \"entities\" is not a list") << false << QString();
    }

    void testBadInput()
    {
        QFETCH(QStringList, files);
        QFETCH(QByteArrayList, contents);
        QFETCH(QString, problem);
        QFETCH(bool, unreadable);
        QFETCH(QString, kind);
        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag())
                                                  .replace(QLatin1Char(' '), QLatin1Char('-'))
                                                  .remove(QLatin1Char('/')));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::permissions(folder) | QFile::ExeOther | QFile::ReadOther));
        QString path = QDir(folder).filePath(files.first());
        // QTemporaryDir cannot remove a file whose name is not UTF-8: the test does.
        struct RawName {
            QByteArray path;
            ~RawName()
            {
                if (!path.isEmpty()) {
                    (void)::unlink(path.constData());
                }
            }
        } rawName;
        for (int i = 0; i < contents.size(); ++i) {
            const QString file = QDir(folder).filePath(files.at(i));
            if (i == 0 && kind == QLatin1String("fifo")) {
                QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0644), 0);
            } else if (i == 0 && kind == QLatin1String("link")) {
                QVERIFY(QFile::link(QString::fromUtf8(contents.at(i)), file));
            } else if (i == 0 && kind == QLatin1String("raw name")) {
                // Latin-1 bytes, as an old archive or a Windows share gives them.
                const QByteArray raw = QFile::encodeName(folder) + '/' + files.at(i).toLatin1();
                const int fd = ::open(raw.constData(), O_WRONLY | O_CREAT | O_EXCL, 0644);
                QVERIFY(fd >= 0);
                QCOMPARE(::write(fd, contents.at(i).constData(), size_t(contents.at(i).size())),
                         ssize_t(contents.at(i).size()));
                ::close(fd);
                rawName.path = raw;
                path = QFile::decodeName(raw); // what a file dialog or the command line hands over
            } else {
                QFile f(file);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(contents.at(i));
            }
        }
        const QString name = QFileInfo(path).fileName();
        if (unreadable) {
            QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        }
        // The core reader.
        {
            const AsOrdinaryUser user(unreadable);
            const auto read = readArticle(path);
            QVERIFY(!read.isOk());
            QVERIFY2(read.error().message.contains(name), qPrintable(read.error().message));
            QVERIFY2(read.error().message.contains(problem), qPrintable(read.error().message));
            if (!problem.contains(QLatin1String("no such file"))) {
                QVERIFY2(!read.error().message.contains(QLatin1String("no such file")),
                         qPrintable(read.error().message));
            }
        }

        // readout-cli: the message on stderr, exit code 1.
        const CliRun cli = runCli({QStringLiteral("extract"), path}, unreadable);
        QCOMPARE(cli.code, 1);
        QVERIFY2(cli.err.contains(name) && cli.err.contains(problem), qPrintable(cli.err));
        if (name.endsWith(QLatin1String(".readout.json"))) {
            // readout-cli export reads a sidecar itself: refused alike, nothing exported.
            const CliRun exported = runCli({QStringLiteral("export"), path});
            QCOMPARE(exported.code, 1);
            QVERIFY2(exported.err.contains(name) && exported.err.contains(problem), qPrintable(exported.err));
        }

        // The window: a message naming the file, the open document and its correction untouched.
        const AsOrdinaryUser user(unreadable);
        QSignalSpy failed(m_window.get(), &MainWindow::loadFailed);
        m_window->openFile(path);
        QVERIFY(failed.wait(Timeout));
        const QString message = failed.at(0).at(1).toString();
        QVERIFY2(message.contains(name) && message.contains(problem), qPrintable(message));
        QVERIFY(m_window->statusBar()->currentMessage().contains(name));
        verifyUntouched();
    }

    void testDeeplyNestedHtmlOpens()
    {
        // Not refused: 100,000 nested tags are read in one loop, without recursion, and the user told.
        const QString path = m_dir.filePath(QStringLiteral("nested.html"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("<div>").repeated(100000) + "Talks in Oslo." + QByteArray("</div>").repeated(100000));
        f.close();
        const auto read = readArticle(path);
        QVERIFY(read.isOk());
        QCOMPARE(read.value().document.text(), QStringLiteral("Talks in Oslo."));
        QVERIFY(read.value()
                    .notes.join(QLatin1Char(' '))
                    .contains(QLatin1String("nested.html: markup nested 100000 levels deep")));
        const CliRun cli =
            runCli({QStringLiteral("extract"), path, QStringLiteral("--published"), QStringLiteral("2024-01-01")});
        QCOMPARE(cli.code, 0);
        QVERIFY(cli.err.contains(QLatin1String("note: nested.html: markup nested")));

        QSignalSpy opened(m_window.get(), &MainWindow::documentOpened);
        m_window->openFile(path);
        QVERIFY(opened.wait(Timeout));
        auto *tab = opened.at(0).at(0).value<DocumentTab *>();
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("nested.html: markup nested")));
        QTRY_VERIFY_WITH_TIMEOUT(tab->hasExtraction(), Timeout);
        QCOMPARE(m_window->currentDocument(), tab);
        m_window->closeCurrentDocument();
        QCOMPARE(m_window->documentCount(), 1);
    }
};

QTEST_MAIN(BadInputTest)
#include "badinput_test.moc"
