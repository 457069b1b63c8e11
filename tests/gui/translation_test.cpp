// SPDX-License-Identifier: GPL-3.0-or-later
// The window in German: installTranslators() loads Readout's catalogue and Qt's, menus, labels and
// dialogs speak German, every menu keeps its accelerators unique, and the German catalogue is
// complete (nothing unfinished, every %-placeholder and accelerator of the source kept).

#include "mainwindow.h"

#include "articlecopy.h"
#include "documenttab.h"
#include "eventspanel.h"
#include "eventtableview.h"
#include "shortcutsdialog.h"
#include "translators.h"

#include "annotations.h"
#include "compare/comparerules.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/rulelabels.h"
#include "models/eventtablemodel.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Readout;

namespace
{

/// The titles of the menu bar's menus, in order.
QStringList menuTitles(const QMenuBar *bar)
{
    QStringList titles;
    const QList<QAction *> actions = bar->actions();
    for (const QAction *action : actions) {
        if (action->menu()) {
            titles << action->text();
        }
    }
    return titles;
}

/// Every menu reachable from the bar, submenus included.
QList<QMenu *> allMenus(const QMenuBar *bar)
{
    QList<QMenu *> menus;
    QList<QAction *> pending = bar->actions();
    while (!pending.isEmpty()) {
        QAction *action = pending.takeFirst();
        if (auto *menu = action->menu()) {
            menus << menu;
            pending << menu->actions();
        }
    }
    return menus;
}

/// The mnemonics used twice among @p actions, as "Alt+D: &Datei, &Dunkel".
QStringList clashingMnemonics(const QList<QAction *> &actions)
{
    QHash<QKeySequence, QStringList> texts;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible()) {
            continue;
        }
        const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
        if (!mnemonic.isEmpty()) {
            texts[mnemonic] << action->text();
        }
    }
    QStringList clashes;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        if (it.value().size() > 1) {
            clashes << it.key().toString() + QLatin1String(": ") + it.value().join(QLatin1String(", "));
        }
    }
    return clashes;
}

/// The %1 … %99 and %n markers of @p text, sorted, and its accelerator count ("&&" is a literal &).
QString placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        found << it.next().captured();
    }
    found.sort();
    QString withoutLiteral = text;
    withoutLiteral.remove(QLatin1String("&&"));
    static const QRegularExpression accelerator(QStringLiteral("&\\S"));
    return found.join(QLatin1Char(' ')) + QStringLiteral(" &×%1").arg(withoutLiteral.count(accelerator));
}

} // namespace

class TranslationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void testEnglishWithoutCatalogue();
    void testGermanMenus();
    void testGermanLabelsAndDialogs();
    void testMnemonicsUniquePerMenu_data();
    void testMnemonicsUniquePerMenu();
    void testCatalogueComplete_data();
    void testCatalogueComplete();
    void testEnglishPlurals();
    void testRuleLabelsTranslated();
    void testGermanEventTable();
    void testCliMessages_data();
    void testCliMessages();
};

void TranslationTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Readout"));
    QCoreApplication::setApplicationName(QStringLiteral("readout-test"));
    QSettings().clear();
}

void TranslationTest::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
    installTranslators(QLocale::c());
}

void TranslationTest::testEnglishWithoutCatalogue()
{
    // English is the source language: the window keeps its English texts.
    QVERIFY(installTranslators(QLocale(QLocale::English, QLocale::UnitedStates)));
    MainWindow window;
    QCOMPARE(menuTitles(window.menuBar()).value(0), QStringLiteral("&File"));
}

void TranslationTest::testEnglishPlurals()
{
    // "%n event(s)" reads "1 event" and "2 events" in English, and in a language Readout has no
    // catalogue for (it falls back to English).
    for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale(QLocale::Finnish)}) {
        installTranslators(locale);
        QCOMPARE(QCoreApplication::translate("Readout::Comparison", "%n event(s): %1", nullptr, 1),
                 QStringLiteral("1 event: %1"));
        QCOMPARE(QCoreApplication::translate("Readout::Comparison", "%n event(s): %1", nullptr, 2),
                 QStringLiteral("2 events: %1"));
    }
}

void TranslationTest::testGermanMenus()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(installTranslators());
    MainWindow window;
    const QStringList titles = menuTitles(window.menuBar());
    QCOMPARE(titles.value(0), QStringLiteral("&Datei"));
    QVERIFY2(titles.contains(QStringLiteral("&Bearbeiten")), qPrintable(titles.join(QLatin1String(" | "))));
    QVERIFY2(titles.contains(QStringLiteral("&Hilfe")), qPrintable(titles.join(QLatin1String(" | "))));
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QStringList fileItems;
    const QList<QAction *> actions = file->actions();
    for (const QAction *action : actions) {
        fileItems << action->text();
    }
    QVERIFY2(fileItems.contains(QStringLiteral("&Öffnen …")), qPrintable(fileItems.join(QLatin1String(" | "))));
    QVERIFY2(fileItems.contains(QStringLiteral("&Beenden")), qPrintable(fileItems.join(QLatin1String(" | "))));
}

void TranslationTest::testGermanLabelsAndDialogs()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(installTranslators());
    MainWindow window;
    // The empty window's hint.
    bool hintFound = false;
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        hintFound = hintFound || label->text().startsWith(QStringLiteral("Öffnen Sie einen Artikel"));
    }
    QVERIFY(hintFound);
    // One of Readout's dialogs: its title and column headers.
    ShortcutsDialog shortcuts(window.menuBar());
    QCOMPARE(shortcuts.windowTitle(), QStringLiteral("Tastenkürzel"));
    QCOMPARE(shortcuts.tree()->headerItem()->text(0), QStringLiteral("Aktion"));
    // Qt's own texts come from qtbase_de.qm: the standard buttons of every dialog.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
}

void TranslationTest::testMnemonicsUniquePerMenu_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany);
}

void TranslationTest::testMnemonicsUniquePerMenu()
{
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    installTranslators();
    MainWindow window;
    QStringList clashes;
    const QStringList bar = clashingMnemonics(window.menuBar()->actions());
    if (!bar.isEmpty()) {
        clashes << QStringLiteral("menu bar: ") + bar.join(QLatin1String("; "));
    }
    const QList<QMenu *> menus = allMenus(window.menuBar());
    for (const QMenu *menu : menus) {
        const QStringList inMenu = clashingMnemonics(menu->actions());
        if (!inMenu.isEmpty()) {
            clashes << menu->title() + QLatin1String(": ") + inMenu.join(QLatin1String("; "));
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TranslationTest::testCatalogueComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("minimum");
    QTest::newRow("German") << QStringLiteral(READOUT_SOURCE_DIR "/resources/translations/readout_de.ts") << 400;
    // English is the source language: its catalogue holds the plural forms only.
    QTest::newRow("English plurals") << QStringLiteral(READOUT_SOURCE_DIR "/resources/translations/readout_en.ts") << 5;
}

void TranslationTest::testCatalogueComplete()
{
    QFETCH(QString, path);
    QFETCH(int, minimum);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QXmlStreamReader xml(&file);
    QStringList problems;
    int messages = 0;
    QString source;
    QString context;
    bool numerus = false;
    const auto where = [&] {
        return QStringLiteral("%1:%2 [%3] “%4”").arg(path).arg(xml.lineNumber()).arg(context, source);
    };
    const auto check = [&](const QString &text) {
        if (text.trimmed().isEmpty()) {
            problems << where() + QLatin1String(": empty translation");
        } else if (placeholders(text) != placeholders(source)) {
            problems << where()
                    + QStringLiteral(": “%1” has %2, the source %3")
                          .arg(text, placeholders(text), placeholders(source));
        }
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty()) {
                problems << where() + QLatin1String(": ") + type;
            }
            if (!numerus) { // a plural's forms are checked one by one below
                check(xml.readElementText());
            }
        } else if (xml.name() == QLatin1String("numerusform")) {
            check(xml.readElementText());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages >= minimum, qPrintable(QString::number(messages)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationTest::testRuleLabelsTranslated()
{
    // Every name the built-in rules give the window has its German entry: a row added to a rules
    // file without `ninja update_translations` and a translation fails here.
    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/readout_de.qm")));
    QStringList missing;
    const auto expect = [&](const QString &text, const char *kind) {
        if (german.translate(RuleLabels::Context, text.toUtf8().constData(), kind).isEmpty()) {
            missing << QStringLiteral("%1 “%2”").arg(QLatin1String(kind), text);
        }
    };
    const auto knowledge = KnowledgeBase::builtIn();
    for (const EventTypeInfo &info : knowledge->eventTypeInfos()) {
        expect(info.label, RuleLabels::EventTypeKind);
        expect(info.type, RuleLabels::EventTypeInTextKind);
    }
    for (const QString &status : knowledge->eventStatuses()) {
        expect(status, RuleLabels::StatusKind);
    }
    for (const CompareFlagInfo &flag : CompareRules::builtIn().flags) {
        expect(flag.label, RuleLabels::CompareFlagKind);
        expect(flag.summary, RuleLabels::CompareFlagKind);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
}

void TranslationTest::testGermanEventTable()
{
    // The events table shows types and statuses in German, its editor offers them in German, and
    // what it keeps (and saves, and exports) is still the rules' name.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(installTranslators());
    QTemporaryDir folder;
    const QString article =
        ReadoutTest::copyArticle(QDir(folder.path()),
                                 QStringLiteral(READOUT_SOURCE_DIR "/resources/samples/us-russia-talks-2021-12-28.txt"),
                                 QStringLiteral("article.txt"));
    QVERIFY(!article.isEmpty());
    MainWindow window;
    QSignalSpy opened(&window, &MainWindow::documentOpened);
    window.openFile(article);
    QVERIFY(opened.wait(30000));
    auto *tab = opened.at(0).at(0).value<DocumentTab *>();
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasExtraction(), 30000);
    EventTableModel *model = tab->eventModel();
    QVERIFY(model->rowCount() > 0);
    const QModelIndex type = model->index(0, EventTableModel::TypeColumn);
    const QModelIndex status = model->index(0, EventTableModel::StatusColumn);
    QCOMPARE(type.data(Qt::EditRole).toString(), QStringLiteral("talks"));
    QCOMPARE(type.data().toString(), QStringLiteral("Gespräche"));
    const QString statusName = status.data(Qt::EditRole).toString();
    QCOMPARE(status.data().toString(), RuleLabels::status(statusName));
    QVERIFY2(status.data().toString() != statusName, qPrintable(statusName));

    // The table's own editor: German labels, the rules' names behind them.
    QTableView *table = tab->eventsPanel()->tableView();
    QAbstractItemDelegate *delegate = table->itemDelegateForColumn(EventTableModel::TypeColumn);
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    std::unique_ptr<QWidget> editor(delegate->createEditor(table->viewport(), option, type));
    auto *combo = qobject_cast<QComboBox *>(editor.get());
    QVERIFY(combo);
    delegate->setEditorData(combo, type);
    QCOMPARE(combo->currentText(), QStringLiteral("Gespräche"));
    const int summit = combo->findData(QStringLiteral("summit"));
    QVERIFY(summit >= 0);
    QCOMPARE(combo->itemText(summit), QStringLiteral("Gipfel"));
    combo->setCurrentIndex(summit);
    delegate->setModelData(combo, model, type);
    QCOMPARE(type.data(Qt::EditRole).toString(), QStringLiteral("summit"));
    QCOMPARE(type.data().toString(), QStringLiteral("Gipfel"));
    QCOMPARE(tab->annotations()->events().at(0).type, QStringLiteral("summit"));
}

void TranslationTest::testCliMessages_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German") << QStringLiteral("de_DE.UTF-8") << QStringLiteral(": Datei nicht vorhanden (verschoben");
    QTest::newRow("English") << QStringLiteral("C.UTF-8") << QStringLiteral(": no such file (moved");
}

void TranslationTest::testCliMessages()
{
    // readout-cli installs the translators too: a core message it passes on comes in the user's language.
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LC_ALL"), lang);
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(READOUT_CLI),
              {QStringLiteral("extract"),
               QStringLiteral("/nonexistent/readout-translation-test.txt"),
               QStringLiteral("--clean")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    const QString said = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(said.contains(expected), qPrintable(said));
}

QTEST_MAIN(TranslationTest)
#include "translation_test.moc"
