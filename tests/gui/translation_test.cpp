// SPDX-License-Identifier: GPL-3.0-or-later
// The window in German: installTranslators() loads Readout's catalogue and Qt's, menus, labels and
// dialogs speak German, every menu keeps its accelerators unique, and the German catalogue is
// complete (nothing unfinished, every %-placeholder and accelerator of the source kept).

#include "mainwindow.h"

#include "shortcutsdialog.h"
#include "translators.h"

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
    void testCatalogueComplete();
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
    // English is the source language: no catalogue, and the window keeps its English texts.
    QVERIFY(!installTranslators(QLocale(QLocale::English, QLocale::UnitedStates)));
    MainWindow window;
    QCOMPARE(menuTitles(window.menuBar()).value(0), QStringLiteral("&File"));
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

void TranslationTest::testCatalogueComplete()
{
    const QString path = QStringLiteral(READOUT_SOURCE_DIR "/resources/translations/readout_de.ts");
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
    QVERIFY2(messages > 400, qPrintable(QString::number(messages)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
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
