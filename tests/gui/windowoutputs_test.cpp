// SPDX-License-Identifier: GPL-3.0-or-later
// The window's outputs: File ▸ Export and the compare window's export write a device or a FIFO in
// place (never replace it) and refuse a sidecar; autosave never writes through a link at
// NAME.readout.json and says so in the status bar.

#include "comparewindow.h"
#include "documenttab.h"
#include "mainwindow.h"

#include "annotations.h"
#include "storage/autosaver.h"
#include "storage/sidecar.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include "articlecopy.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Readout;

namespace
{

constexpr int Timeout = 30000;
const QString Data = QStringLiteral(READOUT_SOURCE_DIR "/tests/data/compare/");

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A FIFO or a device node like /dev/null at path; an empty message when made.
QString makeNode(const QString &path, bool device)
{
    const QByteArray name = QFile::encodeName(path);
    if (!device) {
        return mkfifo(name.constData(), 0600) == 0 ? QString() : QStringLiteral("mkfifo failed");
    }
    if (geteuid() != 0) {
        return QStringLiteral("making a device node needs root");
    }
    return mknod(name.constData(), S_IFCHR | 0666, makedev(1, 3)) == 0 ? QString()
                                                                       : QStringLiteral("mknod is not permitted");
}

/// Whether path is still the node makeNode() made.
bool isNode(const QString &path, bool device)
{
    struct stat st {
    };
    if (lstat(QFile::encodeName(path).constData(), &st) != 0) {
        return false;
    }
    return device ? S_ISCHR(st.st_mode) && st.st_rdev == makedev(1, 3) : S_ISFIFO(st.st_mode);
}

QByteArray drain(int fd)
{
    QByteArray out;
    char buffer[65536];
    for (ssize_t n = 0; (n = ::read(fd, buffer, sizeof buffer)) > 0;) {
        out.append(buffer, n);
    }
    return out;
}

} // namespace

class WindowOutputsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_a;
    QString m_b;
    std::unique_ptr<MainWindow> m_window;

    QString copy(const QString &name)
    {
        return ReadoutTest::copyArticle(QDir(m_dir.path()), Data + name, name);
    }

    DocumentTab *openArticle(const QString &path)
    {
        QSignalSpy finished(m_window.get(), &MainWindow::extractionFinished);
        m_window->openFile(path);
        return finished.wait(Timeout) ? m_window->currentDocument() : nullptr;
    }

    std::unique_ptr<CompareWindow> openCompare()
    {
        auto window = std::make_unique<CompareWindow>();
        window->setErrorDialogsEnabled(false);
        window->show();
        QSignalSpy ready(window.get(), &CompareWindow::ready);
        window->openFiles(m_a, m_b);
        return ready.wait(Timeout) ? std::move(window) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Readout"));
        QCoreApplication::setApplicationName(QStringLiteral("readout-windowoutputs-test"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QFile::remove(DocumentTab::userDictionaryPath());
        m_a = copy(QStringLiteral("10_three_events.a.txt"));
        m_b = copy(QStringLiteral("10_three_events.b.txt"));
        QVERIFY(!m_a.isEmpty() && !m_b.isEmpty());
        m_window = std::make_unique<MainWindow>();
        m_window->setErrorDialogsEnabled(false);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
    }

    void testExportsWriteSpecialFilesInPlace_data()
    {
        QTest::addColumn<bool>("compare");
        QTest::addColumn<bool>("device");
        QTest::newRow("File > Export onto a FIFO") << false << false;
        QTest::newRow("File > Export onto a null device") << false << true;
        QTest::newRow("compare export onto a FIFO") << true << false;
        QTest::newRow("compare export onto a null device") << true << true;
    }

    void testExportsWriteSpecialFilesInPlace()
    {
        // An atomic save renames a new file over the target: a FIFO or /dev/null was replaced by
        // a regular file.
        QFETCH(bool, compare);
        QFETCH(bool, device);
        const QString node = m_dir.filePath(QStringLiteral("%1-%2.csv").arg(compare).arg(device));
        QFile::remove(node);
        if (const QString problem = makeNode(node, device); !problem.isEmpty()) {
            QSKIP(qPrintable(problem));
        }
        const int reader = device ? -1 : ::open(QFile::encodeName(node).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(device || reader >= 0);
        bool written = false;
        std::unique_ptr<CompareWindow> window;
        if (compare) {
            window = openCompare();
            QVERIFY(window);
            written = window->exportComparison(node);
        } else {
            QVERIFY(openArticle(m_a));
            written = m_window->exportEvents(node);
        }
        const QByteArray received = reader >= 0 ? drain(reader) : QByteArray();
        if (reader >= 0) {
            ::close(reader);
        }
        QVERIFY2(isNode(node, device), "the special file was replaced");
        QVERIFY2(written, qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(device || !received.isEmpty());
    }

    void testExportsRefuseSidecars_data()
    {
        QTest::addColumn<bool>("compare");
        QTest::addColumn<QString>("target"); // "sidecar": the article's own; else a name in the folder
        QTest::newRow("File > Export onto the sidecar") << false << QStringLiteral("sidecar");
        QTest::newRow("File > Export onto a copy of it") << false << QStringLiteral("copy.json");
        QTest::newRow("File > Export onto a new sidecar name") << false << QStringLiteral("new.readout.json");
        QTest::newRow("compare export onto the sidecar") << true << QStringLiteral("sidecar");
        QTest::newRow("compare export onto a copy of it") << true << QStringLiteral("copy.json");
    }

    void testExportsRefuseSidecars()
    {
        // Choosing NAME.readout.json in File ▸ Export replaced the corrections with the export.
        QFETCH(bool, compare);
        QFETCH(QString, target);
        DocumentTab *tab = openArticle(m_a);
        QVERIFY(tab);
        const QString sidecar = Sidecar::besidePath(m_a);
        QSignalSpy saved(tab->autoSaver(), &AutoSaver::saved);
        QVERIFY(tab->annotations()->setEventReviewed(tab->annotations()->events().first().id, true));
        QVERIFY(saved.wait(Timeout));
        const QByteArray corrections = fileBytes(sidecar);
        QVERIFY(corrections.contains("readout-sidecar"));
        const QString path = target == QLatin1String("sidecar") ? sidecar : m_dir.filePath(target);
        QFile::remove(m_dir.filePath(QStringLiteral("copy.json")));
        if (target == QLatin1String("copy.json")) {
            QVERIFY(QFile::copy(sidecar, path));
        }
        const bool existed = QFileInfo::exists(path);
        const QByteArray before = fileBytes(path);
        bool written = true;
        if (compare) {
            m_window->closeCurrentDocument();
            const auto window = openCompare();
            QVERIFY(window);
            written = window->exportComparison(path);
            QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("sidecar")),
                     qPrintable(window->statusBar()->currentMessage()));
        } else {
            written = m_window->exportEvents(path);
            QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("sidecar")),
                     qPrintable(m_window->statusBar()->currentMessage()));
        }
        QVERIFY(!written);
        QCOMPARE(QFileInfo::exists(path), existed);
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(fileBytes(sidecar), corrections);
    }

    void testAutosaveThroughALinkIsSaid()
    {
        // A dangling link at NAME.readout.json: the first autosave created its target elsewhere.
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("planted.readout.json"));
        const QString sidecar = Sidecar::besidePath(m_a);
        QVERIFY(QFile::link(target, sidecar));
        DocumentTab *tab = openArticle(m_a);
        QVERIFY(tab);
        QSignalSpy messages(m_window->statusBar(), &QStatusBar::messageChanged);
        QVERIFY(tab->annotations()->setEventReviewed(tab->annotations()->events().first().id, true));
        const auto said = [&messages] {
            for (const QList<QVariant> &args : std::as_const(messages)) {
                const QString message = args.first().toString();
                if (message.contains(QLatin1String("not saved")) && message.contains(QLatin1String("link"))) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(said(), Timeout);
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(QFileInfo(sidecar).isSymLink());
        m_window.reset(); // closing flushes: still nothing through the link
        QVERIFY(!QFileInfo::exists(target));
        QFile::remove(sidecar);
    }
};

QTEST_MAIN(WindowOutputsTest)
#include "windowoutputs_test.moc"
