// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's data folder: Settings ▸ Knowledge Files ▸ Customize copies a built-in file there
// for editing; a type added there is offered by the window's editor; a broken file there is named
// (file:line) and the article opens with the built-in data; readout-cli reads the same folder.

#include "documenttab.h"
#include "eventspanel.h"
#include "eventtableview.h"
#include "knowledgemenu.h"
#include "mainwindow.h"
#include "sourcefiles.h"

#include "articlecopy.h"

#include "knowledge/datafolder.h"
#include "knowledge/knowledgebase.h"
#include "models/eventtablemodel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include <sys/stat.h>

using namespace Readout;

namespace
{

constexpr int ExtractionTimeout = 30000;

QByteArray builtIn(const QString &relative)
{
    QFile file(QStringLiteral(":/readout/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/// Writes a type of our own, "ceasefire talks", into folder (event types and their CAMEO codes).
bool addCeasefireTalks(const QString &folder)
{
    return writeFile(folder + QStringLiteral("/rules/event_types.tsv"),
                     builtIn(QStringLiteral("rules/event_types.tsv"))
                         + "ceasefire talks\tCeasefire talks\ttalks on a truce between fighting sides\n")
        && writeFile(folder + QStringLiteral("/rules/cameo.tsv"),
                     builtIn(QStringLiteral("rules/cameo.tsv")) + "ceasefire talks\t*\t046\n");
}

/// The event types table with a column nobody knows, on line 6 of the file.
QByteArray brokenTypes()
{
    return "# A table made wrong for this test.\n"
           "type\tlabel\tdescription\tcolour\n";
}

QString sample()
{
    return QStringLiteral(READOUT_SOURCE_DIR "/resources/samples/us-russia-talks-2021-12-28.txt");
}

} // namespace

class DataFolderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void testCustomizeMakesAnEditableCopy();
    void testWindowOffersTheAnalystsType();
    void testBrokenFileIsNamedAndTheArticleStillOpens();
    void testCliReadsTheSameFolder();
    void testFifoIsRefusedNotWaitedOn();

private:
    /// Opens a copy of the sample in window; null (with a failed check) on timeout.
    DocumentTab *openSample(MainWindow &window, QSignalSpy **problems = nullptr);

    QTemporaryDir m_dir;
};

void DataFolderTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Readout"));
    QCoreApplication::setApplicationName(QStringLiteral("readout-datafolder-test"));
    QVERIFY(m_dir.isValid());
}

void DataFolderTest::init()
{
    QDir(DataFolder::userPath()).removeRecursively();
}

void DataFolderTest::cleanupTestCase()
{
    QDir(DataFolder::userPath()).removeRecursively();
}

DocumentTab *DataFolderTest::openSample(MainWindow &window, QSignalSpy **problems)
{
    const QString article = ReadoutTest::copyArticle(QDir(m_dir.path()), sample(), QStringLiteral("article.txt"));
    if (article.isEmpty()) {
        return nullptr;
    }
    QSignalSpy opened(&window, &MainWindow::documentOpened);
    window.openFile(article);
    if (!opened.wait(ExtractionTimeout)) {
        return nullptr;
    }
    auto *tab = opened.at(0).at(0).value<DocumentTab *>();
    if (problems) {
        *problems = new QSignalSpy(tab, &DocumentTab::knowledgeProblem);
    }
    QElapsedTimer timer;
    timer.start();
    while (!tab->hasExtraction() && timer.elapsed() < ExtractionTimeout) {
        QTest::qWait(20);
    }
    return tab->hasExtraction() ? tab : nullptr;
}

void DataFolderTest::testCustomizeMakesAnEditableCopy()
{
    QVector<SourceFile> shown;
    KnowledgeMenu menu(
        [&shown](const SourceFile &file) {
            shown.append(file);
        },
        nullptr);
    const QString relative = QStringLiteral("rules/event_types.tsv");
    const QString copy = DataFolder::userPath() + QLatin1Char('/') + relative;

    menu.customize(relative);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().path, copy);
    QVERIFY(shown.first().editable);
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), builtIn(relative));
    file.close();

    // The copy is the analyst's from now on: listed editable, no longer offered for customizing,
    // and customizing again keeps their edits.
    QVERIFY(writeFile(copy, builtIn(relative) + "# my note\n"));
    menu.customize(relative);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().endsWith("# my note\n"));
    bool listed = false;
    for (const SourceFile &f : knowledgeFiles()) {
        listed = listed || (f.path == copy && f.editable && f.label.contains(QStringLiteral("your copy")));
    }
    QVERIFY(listed);
    Q_EMIT menu.aboutToShow();
    QMenu *customizeMenu = nullptr;
    for (QAction *action : menu.actions()) {
        customizeMenu = action->menu() ? action->menu() : customizeMenu;
    }
    QVERIFY(customizeMenu);
    QStringList offered;
    for (const QAction *action : customizeMenu->actions()) {
        offered.append(action->text());
    }
    QVERIFY(offered.contains(QStringLiteral("rules/events.json")));
    QVERIFY(!offered.contains(relative));

    // Only Readout's own files are copied.
    QString error;
    QVERIFY(DataFolder::customize(QStringLiteral("../../outside.tsv"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void DataFolderTest::testWindowOffersTheAnalystsType()
{
    QVERIFY(addCeasefireTalks(DataFolder::userPath()));
    MainWindow window;
    window.setErrorDialogsEnabled(false);
    DocumentTab *tab = openSample(window);
    QVERIFY(tab);
    const QModelIndex type = tab->eventModel()->index(0, EventTableModel::TypeColumn);
    QVERIFY(type.data(EventTableModel::ChoicesRole).toStringList().contains(QStringLiteral("ceasefire talks")));
    QTableView *table = tab->eventsPanel()->tableView();
    QAbstractItemDelegate *delegate = table->itemDelegateForColumn(EventTableModel::TypeColumn);
    std::unique_ptr<QWidget> editor(delegate->createEditor(table->viewport(), QStyleOptionViewItem(), type));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    QVERIFY(combo);
    const int at = combo->findData(QStringLiteral("ceasefire talks"));
    QVERIFY(at >= 0);
    QCOMPARE(combo->itemText(at), QStringLiteral("Ceasefire talks"));
    combo->setCurrentIndex(at);
    delegate->setModelData(combo, tab->eventModel(), type);
    QCOMPARE(type.data(Qt::EditRole).toString(), QStringLiteral("ceasefire talks"));
}

void DataFolderTest::testBrokenFileIsNamedAndTheArticleStillOpens()
{
    QVERIFY(writeFile(DataFolder::userPath() + QStringLiteral("/rules/event_types.tsv"), brokenTypes()));
    MainWindow window;
    window.setErrorDialogsEnabled(false);
    QSignalSpy *problems = nullptr;
    DocumentTab *tab = openSample(window, &problems);
    std::unique_ptr<QSignalSpy> owned(problems);
    QVERIFY(tab);
    QCOMPARE(problems->size(), 1);
    const QString message = problems->at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("rules/event_types.tsv:2")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("colour")), qPrintable(message));
    // The built-in data: the sample's three events, the built-in types offered.
    QCOMPARE(tab->eventModel()->rowCount(), 3);
    QCOMPARE(tab->eventModel()->index(0, EventTableModel::TypeColumn).data(EventTableModel::ChoicesRole).toStringList(),
             KnowledgeBase::builtIn()->eventTypes());
}

void DataFolderTest::testCliReadsTheSameFolder()
{
    // readout-cli finds the window's data folder under XDG_DATA_HOME, as the window does.
    QTemporaryDir home;
    const QString folder = home.path() + QStringLiteral("/Readout/readout/data");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    const auto run = [&](QString *said) {
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(READOUT_CLI),
                  {QStringLiteral("extract"),
                   sample(),
                   QStringLiteral("--clean"),
                   QStringLiteral("--format"),
                   QStringLiteral("csv")});
        if (!cli.waitForFinished(60000)) {
            return -1;
        }
        *said = QString::fromUtf8(cli.readAllStandardError());
        return cli.exitCode();
    };
    QString said;
    QCOMPARE(run(&said), 0);
    QVERIFY2(!said.contains(QStringLiteral("data folder")), qPrintable(said)); // none yet

    QVERIFY(addCeasefireTalks(folder));
    QCOMPARE(run(&said), 0);
    QVERIFY2(said.contains(QStringLiteral("using your data folder ") + folder), qPrintable(said));

    // Broken, it is named and left out, as in the window; the extraction still comes.
    QVERIFY(writeFile(folder + QStringLiteral("/rules/event_types.tsv"), brokenTypes()));
    QCOMPARE(run(&said), 0);
    QVERIFY2(said.contains(QStringLiteral("not using your data folder")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("rules/event_types.tsv:2")), qPrintable(said));
}

void DataFolderTest::testFifoIsRefusedNotWaitedOn()
{
    // A FIFO under a data file's name would block the load for ever: it is refused by name.
    const QString folder = DataFolder::userPath();
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/rules")));
    const QString fifo = folder + QStringLiteral("/rules/statuses.tsv");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(DataFolder::inUse().isEmpty()); // a FIFO alone is no data
    const auto loaded = KnowledgeBase::load(folder);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(QStringLiteral("not a regular file")), qPrintable(loaded.error().message));
}

QTEST_MAIN(DataFolderTest)
#include "datafolder_test.moc"
