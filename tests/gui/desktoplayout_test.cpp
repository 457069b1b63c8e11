// SPDX-License-Identifier: GPL-3.0-or-later
// The window as an analyst keeps it open all day: it fits the screen, comes back as it was left,
// the events table gives way by priority in a narrow dock, a details form edits every field, the
// legends wrap, and a picked theme colours the whole application.
#include "checkframestyle.h"
#include "columnfitter.h"
#include "comparelegend.h"
#include "eventdetailsform.h"
#include "eventfilterproxymodel.h"
#include "eventspanel.h"
#include "eventtableview.h"
#include "highlightingengine.h"
#include "legendwidget.h"
#include "mainwindow.h"
#include "manualwindow.h"
#include "themes.h"
#include "windowlayout.h"

#include "annotations.h"
#include "models/eventtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>
#include <QtTest>

using namespace Readout;

namespace
{

Event makeEvent(const QString &id, const QString &type, const QStringList &participants, int start)
{
    Event event;
    event.id = id;
    event.type = type;
    event.participants = participants;
    event.date = QStringLiteral("2031-03-04");
    event.location = QStringLiteral("Lisbon");
    event.status = QStringLiteral("scheduled");
    event.topics = {QStringLiteral("fisheries"), QStringLiteral("ports")};
    event.source = QStringLiteral("the harbour office");
    event.evidenceStart = start;
    event.evidenceEnd = start + 10;
    event.evidenceText = QStringLiteral("Evidence of %1, written for this test.").arg(id);
    return event;
}

} // namespace

class DesktopLayoutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void testFittedSize_data();
    void testFittedSize();
    void testMainWindowOpensInsideTheScreen();
    void testLayoutComesBack();
    void testColumnsGiveWayByPriority();
    void testColumnHiddenByUserStaysHidden();
    void testDetailsFormEditsAndFollowsUndo();
    void testLegendsWrapInsteadOfCutting();
    void testPickedThemeColoursWholeApplication();
    void testDifferingWordsHaveTheirOwnColour();
    void testManualOpensWithF1();
    void testCheckBoxesShowOnDarkThemes();

private:
    std::unique_ptr<Annotations> m_annotations;
    std::unique_ptr<EventTableModel> m_model;
};

void DesktopLayoutTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Readout"));
    QCoreApplication::setApplicationName(QStringLiteral("readout-desktoplayout-test"));
}

void DesktopLayoutTest::init()
{
    QSettings().clear();
    m_annotations = std::make_unique<Annotations>();
    m_model = std::make_unique<EventTableModel>(m_annotations.get());
    const QString text(300, QLatin1Char('x'));
    m_annotations->reset(Document(QStringLiteral("/tmp/layout.txt"), text),
                         {},
                         {makeEvent(QStringLiteral("E1"),
                                    QStringLiteral("talks"),
                                    {QStringLiteral("Portugal"), QStringLiteral("Morocco")},
                                    10),
                          makeEvent(QStringLiteral("E2"),
                                    QStringLiteral("meeting"),
                                    {QStringLiteral("Spain"), QStringLiteral("Morocco")},
                                    60)});
}

void DesktopLayoutTest::cleanup()
{
    m_model.reset();
    m_annotations.reset();
    QSettings().clear();
    Themes::instance()->setSelectedTheme(QString());
}

void DesktopLayoutTest::testFittedSize_data()
{
    QTest::addColumn<QSize>("wished");
    QTest::addColumn<QSize>("available");
    QTest::addColumn<QSize>("minimum");
    QTest::addColumn<QSize>("expected");
    // 1600x1000 at a scale factor of 1.5 leaves about 1066x666 device-independent pixels.
    QTest::newRow("scaled screen") << QSize(1400, 850) << QSize(1066, 666) << QSize() << QSize(980, 612);
    QTest::newRow("room enough") << QSize(1400, 850) << QSize(1920, 1080) << QSize() << QSize(1400, 850);
    QTest::newRow("minimum wins within screen")
        << QSize(500, 400) << QSize(1024, 700) << QSize(700, 500) << QSize(700, 500);
    QTest::newRow("minimum above screen") << QSize(1400, 850) << QSize(640, 480) << QSize(900, 700) << QSize(640, 480);
}

void DesktopLayoutTest::testFittedSize()
{
    QFETCH(QSize, wished);
    QFETCH(QSize, available);
    QFETCH(QSize, minimum);
    QFETCH(QSize, expected);
    QCOMPARE(WindowLayout::fittedSize(wished, available, minimum), expected);
}

void DesktopLayoutTest::testMainWindowOpensInsideTheScreen()
{
    // The offscreen screen is far smaller than the window's wished 1400x850.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.width() < 1400, "the test needs a screen smaller than the default size");
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("window %1,%2 %3x%4 outside the screen %5x%6")
                            .arg(window.frameGeometry().x())
                            .arg(window.frameGeometry().y())
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
}

void DesktopLayoutTest::testLayoutComesBack()
{
    QSize size;
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(620, 460);
        auto *undo = window.findChild<QDockWidget *>(QStringLiteral("undoDock"));
        QVERIFY(undo);
        undo->hide();
        size = window.size();
        window.close();
    }
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), size);
    QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("undoDock"))->isHidden());
    QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("eventsDock"))->isHidden());

    // The events panel's split and tab are every article's.
    {
        EventsPanel panel;
        panel.setEventModel(m_model.get());
        auto *tabs = panel.findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
    }
    EventsPanel next;
    QCOMPARE(next.findChild<QTabWidget *>()->currentIndex(), 1);
}

void DesktopLayoutTest::testColumnsGiveWayByPriority()
{
    EventsPanel panel;
    panel.setEventModel(m_model.get());
    EventTableView *table = panel.tableView();
    panel.resize(260, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY(table->isColumnHidden(EventTableModel::SourceColumn));
    QVERIFY(table->isColumnHidden(EventTableModel::TopicsColumn));
    QVERIFY(!table->isColumnHidden(EventTableModel::TypeColumn));
    QVERIFY(!table->isColumnHidden(EventTableModel::ReviewedColumn));
    // What does not fit is still one hover away.
    const QModelIndex place = table->model()->index(0, EventTableModel::PlaceColumn);
    QVERIFY(place.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Lisbon")));

    panel.resize(1600, 400);
    QTRY_VERIFY(!table->isColumnHidden(EventTableModel::SourceColumn));
    QVERIFY(!table->isColumnHidden(EventTableModel::TopicsColumn));
    QVERIFY(!table->isColumnHidden(EventTableModel::DateColumn));
}

void DesktopLayoutTest::testColumnHiddenByUserStaysHidden()
{
    {
        EventsPanel panel;
        panel.setEventModel(m_model.get());
        panel.resize(1600, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // As the header's Columns menu does.
        auto *fitter = panel.tableView()->findChild<ColumnFitter *>();
        QVERIFY(fitter);
        fitter->setColumnWanted(EventTableModel::TopicsColumn, false);
        QVERIFY(panel.tableView()->isColumnHidden(EventTableModel::TopicsColumn));
        panel.resize(1700, 400);
        QTest::qWait(50);
        QVERIFY(panel.tableView()->isColumnHidden(EventTableModel::TopicsColumn));
    }
    // And in the next table, the next day.
    EventsPanel next;
    next.setEventModel(m_model.get());
    next.resize(1600, 400);
    next.show();
    QVERIFY(QTest::qWaitForWindowExposed(&next));
    QVERIFY(next.tableView()->isColumnHidden(EventTableModel::TopicsColumn));
    QVERIFY(!next.tableView()->isColumnHidden(EventTableModel::SourceColumn));
}

void DesktopLayoutTest::testDetailsFormEditsAndFollowsUndo()
{
    EventsPanel panel;
    panel.setEventModel(m_model.get());
    panel.showDetailsForm();
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.tableView()->setCurrentEvent(QStringLiteral("E2")));
    EventDetailsForm *form = panel.detailsForm();
    auto *place = qobject_cast<QLineEdit *>(form->editor(EventTableModel::PlaceColumn));
    auto *type = qobject_cast<QComboBox *>(form->editor(EventTableModel::TypeColumn));
    QVERIFY(place);
    QVERIFY(type);
    QCOMPARE(place->text(), QStringLiteral("Lisbon"));
    QCOMPARE(type->currentData().toString(), QStringLiteral("meeting"));
    QCOMPARE(type->currentText(), QStringLiteral("Meeting")); // the type's label
    QVERIFY(form->findChildren<QLabel *>().size() > 0);
    // The read-only part shows this event's evidence, not another's.
    bool evidenceShown = false;
    for (const QLabel *label : form->findChildren<QLabel *>()) {
        evidenceShown = evidenceShown || label->text() == QStringLiteral("Evidence of E2, written for this test.");
    }
    QVERIFY(evidenceShown);

    // An edit in the form is the table's undoable edit.
    place->setFocus();
    place->selectAll();
    QTest::keyClicks(place, QStringLiteral("Rabat"));
    QTest::keyClick(place, Qt::Key_Return);
    QTRY_COMPARE(m_annotations->event(QStringLiteral("E2"))->location, QStringLiteral("Rabat"));
    QCOMPARE(m_annotations->event(QStringLiteral("E1"))->location, QStringLiteral("Lisbon"));
    m_annotations->undoStack()->undo();
    QCOMPARE(m_annotations->event(QStringLiteral("E2"))->location, QStringLiteral("Lisbon"));
    QTRY_COMPARE(place->text(), QStringLiteral("Lisbon"));

    // Reviewed from the form.
    form->reviewedBox()->click();
    QVERIFY(m_annotations->event(QStringLiteral("E2"))->reviewed);
    // Another row fills the form with its values.
    QVERIFY(panel.tableView()->setCurrentEvent(QStringLiteral("E1")));
    QCOMPARE(type->currentData().toString(), QStringLiteral("talks"));
    QVERIFY(!form->reviewedBox()->isChecked());
}

void DesktopLayoutTest::testLegendsWrapInsteadOfCutting()
{
    LegendWidget legend;
    const int oneRow = legend.sizeHint().height();
    QVERIFY(legend.hasHeightForWidth());
    QVERIFY(legend.heightForWidth(260) > oneRow);
    legend.resize(260, legend.heightForWidth(260));
    legend.show();
    QVERIFY(QTest::qWaitForWindowExposed(&legend));
    const QList<QLabel *> labels = legend.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->text().isEmpty()) {
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
            QVERIFY2(label->geometry().right() < label->parentWidget()->width(), qPrintable(label->text()));
        }
    }

    CompareLegend flags;
    flags.setEntries({{QStringLiteral("same"),
                       QStringLiteral("Same event in both"),
                       QStringLiteral("="),
                       AnnotationRole::CompareSame},
                      {QStringLiteral("conflict"),
                       QStringLiteral("Differs in date or place"),
                       QStringLiteral("!"),
                       AnnotationRole::CompareConflict},
                      {QStringLiteral("only"),
                       QStringLiteral("Only in one report"),
                       QStringLiteral("?"),
                       AnnotationRole::CompareUnmatched}});
    QVERIFY(flags.heightForWidth(200) > flags.sizeHint().height());
}

void DesktopLayoutTest::testPickedThemeColoursWholeApplication()
{
    Themes *themes = Themes::instance();
    const QPalette system = QApplication::palette();
    QString dark;
    QString light;
    for (const QString &name : themes->engine().themeNames()) {
        (themes->engine().themeScheme(name) == ColorScheme::Dark ? dark : light) = name;
    }
    QVERIFY(!dark.isEmpty());
    QVERIFY(themes->setSelectedTheme(dark));
    const QPalette themed = QApplication::palette();
    for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base, QPalette::Button, QPalette::ToolTipBase}) {
        QVERIFY2(themed.color(role).lightness() < 128, qPrintable(QString::number(int(role))));
    }
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        QVERIFY2(themed.color(role).lightness() > 128, qPrintable(QString::number(int(role))));
    }
    // Tables, menus and docks take it.
    EventTableView table;
    QVERIFY(table.palette().color(QPalette::Base).lightness() < 128);

    QVERIFY(themes->setSelectedTheme(light));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
    // Following the system again gives its palette back.
    QVERIFY(themes->setSelectedTheme(QString()));
    QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Base), system.color(QPalette::Base));
}

void DesktopLayoutTest::testDifferingWordsHaveTheirOwnColour()
{
    Themes *themes = Themes::instance();
    for (const QString &name : themes->engine().themeNames()) {
        QVERIFY(themes->setSelectedTheme(name));
        const auto palette = themes->palette();
        const ColorScheme scheme = themes->activeScheme();
        const QColor differ = palette->format(AnnotationRole::CompareDifference, scheme).background().color();
        for (const AnnotationRole role : {AnnotationRole::Person,
                                          AnnotationRole::Organization,
                                          AnnotationRole::Location,
                                          AnnotationRole::Date,
                                          AnnotationRole::Misc,
                                          AnnotationRole::Evidence,
                                          AnnotationRole::CompareConflict}) {
            const QColor other = palette->format(role, scheme).background().color();
            const int distance = std::abs(differ.red() - other.red()) + std::abs(differ.green() - other.green())
                + std::abs(differ.blue() - other.blue());
            QVERIFY2(distance > 40,
                     qPrintable(QStringLiteral("%1: DIFFERENT too close to %2").arg(name, annotationRoleName(role))));
        }
    }
}

void DesktopLayoutTest::testManualOpensWithF1()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *manual = nullptr;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcut() == QKeySequence(QKeySequence::HelpContents)) {
            QVERIFY2(!manual, "two actions on F1");
            manual = action;
        }
    }
    QVERIFY(manual);
    manual->trigger();
    auto *shown = qobject_cast<ManualWindow *>(QApplication::activeWindow());
    if (!shown) {
        const QList<ManualWindow *> windows = window.findChildren<ManualWindow *>();
        QVERIFY(!windows.isEmpty());
        shown = windows.constFirst();
    }
    QVERIFY(shown->isVisible());
    QTextDocument *document = shown->browser()->document();
    QVERIFY(document->toPlainText().contains(QStringLiteral("Readout Manual")));
    // Every chapter the issue asks for, and each screenshot it shows is bundled.
    for (const char *chapter : {"Opening articles",
                                "Correcting",
                                "Exporting and printing",
                                "Comparing two reports",
                                "A folder of articles",
                                "Finding text"}) {
        QVERIFY2(document->toPlainText().contains(QLatin1String(chapter)), chapter);
    }
    int images = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (image.isValid()) {
                ++images;
                const QUrl url = shown->browser()->source().resolved(QUrl(image.name()));
                QVERIFY2(QFile::exists(QLatin1Char(':') + url.path()), qPrintable(url.toString()));
            }
        }
    }
    QVERIFY(images >= 4);
    shown->close();
}

namespace
{

/// The strongest lightness difference from the base along the middle row of a check box drawn
/// unchecked by style on a dark palette's base.
int checkBoxContrast(QStyle *style)
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Window, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    dark.setColor(QPalette::WindowText, QColor(0xdd, 0xdd, 0xdd));
    QImage image(32, 32, QImage::Format_ARGB32);
    image.fill(dark.base().color());
    QStyleOptionButton option;
    option.palette = dark;
    option.state = QStyle::State_Enabled | QStyle::State_Off;
    option.rect = QRect(8, 8, 16, 16);
    {
        QPainter painter(&image);
        style->drawPrimitive(QStyle::PE_IndicatorCheckBox, &option, &painter);
    }
    int contrast = 0;
    for (int x = 0; x < image.width(); ++x) {
        contrast =
            std::max(contrast, std::abs(QColor(image.pixel(x, 16)).lightness() - dark.base().color().lightness()));
    }
    return contrast;
}

} // namespace

void DesktopLayoutTest::testCheckBoxesShowOnDarkThemes()
{
    // Fusion's frame is a shade darker than the window: on a dark base the box all but vanishes.
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(fusion);
    CheckFrameStyle framed(QStyleFactory::create(QStringLiteral("Fusion")));
    const int before = checkBoxContrast(fusion.get());
    const int after = checkBoxContrast(&framed);
    QVERIFY2(after >= 60, qPrintable(QStringLiteral("Fusion %1, framed %2").arg(before).arg(after)));
    QVERIFY2(after > before + 30, qPrintable(QStringLiteral("Fusion %1, framed %2").arg(before).arg(after)));
}

QTEST_MAIN(DesktopLayoutTest)
#include "desktoplayout_test.moc"
