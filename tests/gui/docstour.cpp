// SPDX-License-Identifier: GPL-3.0-or-later
// Not a test: saves the screenshots of docs/ and of the manual (resources/manual/images), the
// whole screen as a person sees it, one stage per run so that each can have its own screen size,
// scale factor and theme:
//   xvfb-run -a -s "-screen 0 1400x900x24" readout-docs-tour STAGE ARTICLE OTHER OUT.png [THEME]
// STAGE: main (an event selected), details (its Details tab), find (the find bar on "talks"),
// compare (ARTICLE and OTHER side by side, the first pair selected), manual (Help ▸ Manual).
// READOUT_SHOT_WIDTH=N scales the picture to N pixels wide (the manual's images use 900). The
// window speaks the language of LANG, as readout does.

#include "checkframestyle.h"
#include "comparewindow.h"
#include "documenttab.h"
#include "mainwindow.h"

#include "eventspanel.h"
#include "eventtableview.h"
#include "findbar.h"
#include "highlightingengine.h"
#include "manualwindow.h"
#include "themes.h"
#include "translators.h"

#include <QApplication>
#include <QLineEdit>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextStream>

using namespace Readout;

namespace
{

/// The whole screen, or with READOUT_SHOT_WIDTH only the window, scaled to that width.
bool shoot(const QString &path, const QWidget *window)
{
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(60);
    }
    // READOUT_SHOT_WIDTH: the window alone, scaled down for the manual's narrower pages.
    const int width = qEnvironmentVariableIntValue("READOUT_SHOT_WIDTH");
    const QRect frame = window->frameGeometry();
    QPixmap shot = width > 0
        ? QGuiApplication::primaryScreen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        : QGuiApplication::primaryScreen()->grabWindow(0);
    if (width > 0 && width < shot.width()) {
        shot = shot.scaledToWidth(width, Qt::SmoothTransformation);
    }
    return shot.save(path, "PNG");
}

int compareStage(const QString &a, const QString &b, const QString &out)
{
    CompareWindow window;
    window.setErrorDialogsEnabled(false);
    window.show();
    window.openFiles(a, b, {}, {});
    if (!QTest::qWaitFor(
            [&window] {
                return window.isReady();
            },
            30000)) {
        return 1;
    }
    if (auto *pairs = window.findChild<QTableView *>(QStringLiteral("pairTable"))) {
        pairs->selectRow(0);
    }
    return shoot(out, &window) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Readout::installTranslators(); // LANG=de_DE.UTF-8 takes the German pictures
    Readout::CheckFrameStyle::installIfFusion(); // as readout does
    QStandardPaths::setTestModeEnabled(true); // a clean layout, no user dictionary of the person running it
    QApplication::setApplicationName(QStringLiteral("readout-docs-tour"));
    QSettings().clear(); // every stage starts from the first-start layout
    if (argc < 5) {
        QTextStream(stderr) << "usage: readout-docs-tour STAGE ARTICLE OTHER OUT.png [THEME]\n";
        return 2;
    }
    const QString stage = QString::fromLocal8Bit(argv[1]);
    const QString article = QString::fromLocal8Bit(argv[2]);
    const QString out = QString::fromLocal8Bit(argv[4]);
    if (argc > 5 && !Themes::instance()->overrideTheme(QString::fromLocal8Bit(argv[5]))) {
        QTextStream(stderr) << "no such theme\n";
        return 2;
    }
    if (stage == QLatin1String("compare")) {
        return compareStage(article, QString::fromLocal8Bit(argv[3]), out);
    }
    MainWindow window;
    window.setErrorDialogsEnabled(false);
    window.show();
    window.openFile(article);
    if (!QTest::qWaitFor(
            [&window] {
                return window.currentDocument() && window.currentDocument()->hasExtraction();
            },
            30000)) {
        return 1;
    }
    DocumentTab *tab = window.currentDocument();
    tab->eventsPanel()->tableView()->setCurrentEvent(QStringLiteral("E1"));
    if (stage == QLatin1String("details")) {
        tab->eventsPanel()->showDetailsForm();
    } else if (stage == QLatin1String("find")) {
        if (auto *bar = tab->findChild<FindBar *>()) {
            bar->show();
            if (auto *edit = bar->findChild<QLineEdit *>()) {
                edit->setFocus();
                QTest::keyClicks(edit, QStringLiteral("talks"));
            }
        }
    } else if (stage == QLatin1String("manual")) {
        ManualWindow *manual = ManualWindow::showManual(&window);
        manual->move(window.geometry().topLeft() + QPoint(60, 40));
        if (qEnvironmentVariableIntValue("READOUT_SHOT_WIDTH") > 0) {
            return shoot(out, manual) ? 0 : 1;
        }
    } else if (stage != QLatin1String("main")) {
        QTextStream(stderr) << "unknown stage " << stage << "\n";
        return 2;
    }
    return shoot(out, &window) ? 0 : 1;
}
