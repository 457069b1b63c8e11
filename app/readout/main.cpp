// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkframestyle.h"
#include "comparewindow.h"
#include "corpuscontroller.h"
#include "documenttab.h"
#include "mainwindow.h"
#include "storieswindow.h"
#include "timelinewindow.h"

#include "knowledge/dictionaryteacher.h"

#include "desktopidentity.h"
#include "highlightingengine.h"
#include "storage/datalocation.h"
#include "themes.h"
#include "translators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLayout>
#include <QPixmap>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Readout;

namespace
{

void printError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
}

/// Grabs the laid-out window into a PNG; prints the path on success. Returns the exit code.
int saveScreenshot(QWidget &window, const QString &path)
{
    // Let pending layout requests (dock sizes, table columns) settle before painting.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap pixmap = window.grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        printError(QCoreApplication::translate("main", "readout: could not write the screenshot to %1").arg(path));
        return 1;
    }
    QTextStream(stdout) << QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()) << Qt::endl;
    return 0;
}

/// The command line: options and their help texts.
struct CommandLine {
    QCommandLineParser parser;
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main",
                                                              "Once the first file is extracted, save the window as "
                                                              "a PNG, print its path and quit."),
                                  QCoreApplication::translate("main", "OUT.png")};
    QCommandLineOption published{
        QStringLiteral("published"),
        QCoreApplication::translate("main", "Publication date of the files, overriding their own."),
        QCoreApplication::translate("main", "YYYY-MM-DD")};
    QCommandLineOption theme{QStringLiteral("theme"),
                             QCoreApplication::translate("main",
                                                         "Colour theme for this run (see --list-themes); the one "
                                                         "picked in View ▸ Theme is left as it is."),
                             QCoreApplication::translate("main", "NAME")};
    QCommandLineOption compare{QStringLiteral("compare"),
                               QCoreApplication::translate("main",
                                                           "Compare the two files given (A B) side by side: aligned "
                                                           "paragraphs and their events paired and flagged.")};
    QCommandLineOption search{QStringLiteral("search"),
                              QCoreApplication::translate("main",
                                                          "With a FOLDER: once its articles are read, search them "
                                                          "(words and actor:, type:, from: ... fields)."),
                              QCoreApplication::translate("main", "QUERY")};
    QCommandLineOption timeline{QStringLiteral("timeline"),
                                QCoreApplication::translate("main",
                                                            "With a FOLDER: once its articles are read, show the "
                                                            "timeline of their events (--screenshot takes it).")};
    QCommandLineOption stories{QStringLiteral("stories"),
                               QCoreApplication::translate("main",
                                                           "With a FOLDER: once its articles are read, show their "
                                                           "stories, expanded (--screenshot takes them).")};
    QCommandLineOption listThemes{
        QStringLiteral("list-themes"),
        QCoreApplication::translate("main", "Print the highlighting engine and its themes, then quit.")};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Highlights who, where and when in news articles and lists the events they report."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(screenshot);
        parser.addOption(published);
        parser.addOption(theme);
        parser.addOption(compare);
        parser.addOption(search);
        parser.addOption(timeline);
        parser.addOption(stories);
        parser.addOption(listThemes);
        parser.addPositionalArgument(QStringLiteral("files"),
                                     QCoreApplication::translate("main",
                                                                 "Articles to open; a folder opens as a corpus "
                                                                 "(File ▸ Open Folder)."),
                                     QStringLiteral("[FILE|FOLDER...]"));
    }
};

void setApplicationData()
{
    setReadoutApplicationNames();
    QCoreApplication::setApplicationVersion(QStringLiteral(READOUT_VERSION));
}

/// --help and --version must work without a display, so they are answered before any window
/// system is needed.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version" || arg == "-?"
            || arg == "--list-themes") {
            return true;
        }
        if (arg == "--") {
            break;
        }
    }
    return false;
}

/// readout FOLDER [--timeline | --stories | --search QUERY] [--screenshot OUT]: opens the folder as
/// a corpus and, once its articles are read, shows what was asked (and takes the screenshot of it).
void openFolderAtStart(MainWindow &window,
                       const QString &folder,
                       const CommandLine &commandLine,
                       const QString &screenshot)
{
    const QCommandLineParser &parser = commandLine.parser;
    if (parser.isSet(commandLine.timeline) || parser.isSet(commandLine.stories)) {
        // The screenshot waits for the timeline or the stories, not for the folder.
        const bool stories = parser.isSet(commandLine.stories);
        QObject::disconnect(window.corpus(), &CorpusController::folderIndexed, &window, nullptr);
        const auto take = [&window, screenshot](QWidget *shown) {
            if (!screenshot.isEmpty() && shown) {
                QTimer::singleShot(400, &window, [shown, screenshot] {
                    QCoreApplication::exit(saveScreenshot(*shown, screenshot));
                });
            }
        };
        QObject::connect(window.corpus(), &CorpusController::storiesReady, &window, [&window, take] {
            window.corpus()->stories()->view()->expandAll();
            take(window.corpus()->stories());
        });
        QObject::connect(window.corpus(), &CorpusController::folderIndexed, &window, [&window, take, stories] {
            if (stories) {
                window.corpus()->showStories(); // storiesReady() follows
            } else {
                window.corpus()->showTimeline();
                take(window.corpus()->timeline());
            }
        });
    } else if (const QString query = parser.value(commandLine.search); !query.isEmpty()) {
        // The screenshot waits for the search, not for the folder.
        QObject::disconnect(window.corpus(), &CorpusController::folderIndexed, &window, nullptr);
        QObject::connect(window.corpus(), &CorpusController::folderIndexed, &window, [&window, query] {
            window.corpus()->search(query);
        });
    }
    window.corpus()->openFolder(folder);
}

const auto OpenFilesKey = QLatin1String("session/openFiles");

/// The articles open when Readout last closed, in tab order, that still exist.
QStringList rememberedFiles()
{
    QStringList files;
    const QStringList remembered = QSettings().value(OpenFilesKey).toStringList();
    for (const QString &path : remembered) {
        if (QFileInfo(path).isFile()) {
            files.append(path);
        }
    }
    return files;
}

/// Remembers the open tabs (current first) for the next start without files.
void rememberOpenFiles(const MainWindow &window)
{
    QStringList files;
    const DocumentTab *current = window.currentDocument();
    if (current) {
        files.append(current->path());
    }
    for (int i = 0; i < window.documentCount(); ++i) {
        if (window.document(i) != current) {
            files.append(window.document(i)->path());
        }
    }
    QSettings().setValue(OpenFilesKey, files);
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationData();
        installTranslators(QLocale::system());
        CommandLine commandLine;
        commandLine.parser.process(app); // prints and exits for --help and --version
        if (commandLine.parser.isSet(commandLine.listThemes)) {
            // The first line names the engine: CI logs show which highlighting path was built.
            const HighlightingEngine &engine = Themes::instance()->engine();
            QTextStream out(stdout);
            out << engine.description() << Qt::endl;
            const QStringList themes = engine.themeNames();
            for (const QString &theme : themes) {
                out << theme << Qt::endl;
            }
        }
        return 0;
    }

    QApplication app(argc, argv);
    // What the last corrections taught the user dictionary is on disk before the process ends.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &DictionaryTeacher::waitForWrites);
    setApplicationData();
    QApplication::setApplicationDisplayName(QStringLiteral("Readout"));
    installTranslators(QLocale::system());
    DesktopIdentity::apply();
    CheckFrameStyle::installIfFusion();

    CommandLine commandLine;
    const QCommandLineParser &parser = commandLine.parser;
    commandLine.parser.process(app);
    const QCommandLineOption &publishedOption = commandLine.published;
    const QCommandLineOption &screenshotOption = commandLine.screenshot;

    QDate published;
    if (parser.isSet(publishedOption)) {
        published = QDate::fromString(parser.value(publishedOption), Qt::ISODate);
        if (!published.isValid()) {
            printError(
                QCoreApplication::translate("main", "readout: --published expects a date as YYYY-MM-DD, not “%1”")
                    .arg(parser.value(publishedOption)));
            return 2;
        }
    }
    if (parser.isSet(commandLine.theme) && !Themes::instance()->overrideTheme(parser.value(commandLine.theme))) {
        printError(QCoreApplication::translate("main", "readout: no theme “%1” (see readout --list-themes)")
                       .arg(parser.value(commandLine.theme)));
        return 2;
    }
    QStringList files;
    QString folder;
    for (const QString &arg : parser.positionalArguments()) {
        if (!parser.isSet(commandLine.compare) && QFileInfo(arg).isDir()) {
            folder = folder.isEmpty() ? arg : folder; // one corpus at a time: the first
        } else {
            files.append(arg);
        }
    }
    const QString screenshot = parser.value(screenshotOption);

    if (parser.isSet(commandLine.compare)) {
        if (files.size() != 2) {
            printError(QCoreApplication::translate("main", "readout: --compare expects two files, A and B"));
            return 2;
        }
        CompareWindow compareWindow;
        if (!screenshot.isEmpty()) {
            compareWindow.setErrorDialogsEnabled(false);
            QObject::connect(&compareWindow, &CompareWindow::ready, &compareWindow, [&compareWindow, screenshot] {
                QTimer::singleShot(400, &compareWindow, [&compareWindow, screenshot] {
                    QCoreApplication::exit(saveScreenshot(compareWindow, screenshot));
                });
            });
            QObject::connect(&compareWindow, &CompareWindow::loadFailed, &compareWindow, [](const QString &message) {
                printError(QCoreApplication::translate("main", "readout: %1").arg(message));
                QCoreApplication::exit(1);
            });
        }
        compareWindow.show();
        compareWindow.openFiles(files.at(0), files.at(1), published, published);
        return QApplication::exec();
    }

    MainWindow window;
    if (!screenshot.isEmpty()) {
        window.setErrorDialogsEnabled(false);
        const auto grabLater = [&window, screenshot] {
            // Item views lay out on a zero timer after a reset and dock sizes settle after the
            // first show: give those a moment, then paint.
            QTimer::singleShot(250, &window, [&window, screenshot] {
                QCoreApplication::exit(saveScreenshot(window, screenshot));
            });
        };
        if (files.isEmpty() && !folder.isEmpty()) {
            QObject::connect(window.corpus(), &CorpusController::folderIndexed, &window, grabLater);
            QObject::connect(window.corpus(), &CorpusController::searched, &window, grabLater);
        } else if (files.isEmpty()) {
            grabLater();
        } else {
            const QString target = MainWindow::normalizedPath(files.first());
            QObject::connect(&window, &MainWindow::extractionFinished, &window, [target, grabLater](DocumentTab *tab) {
                if (tab->path() == target) {
                    grabLater();
                }
            });
            QObject::connect(&window,
                             &MainWindow::loadFailed,
                             &window,
                             [target](const QString &path, const QString &message) {
                                 if (path == target) {
                                     printError(QCoreApplication::translate("main", "readout: %1").arg(message));
                                     QCoreApplication::exit(1);
                                 }
                             });
        }
    }
    // Started without files, Readout opens again what was open when it last closed.
    const bool restoreSession = files.isEmpty() && folder.isEmpty() && screenshot.isEmpty();
    if (restoreSession) {
        files = rememberedFiles();
    }
    window.show();
    window.openFiles(files, published);
    if (!folder.isEmpty()) {
        openFolderAtStart(window, folder, commandLine, screenshot);
    }
    const int status = QApplication::exec();
    if (screenshot.isEmpty()) {
        rememberOpenFiles(window);
    }
    return status;
}
