// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilterproxymodel.h"
#include "eventspanel.h"
#include "eventtableview.h"
#include "highlightingengine.h"
#include "themes.h"

#include "annotations.h"
#include "models/eventtablemodel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace Readout;

namespace
{

Event makeEvent(const QString &id,
                const QString &type,
                const QStringList &participants,
                const QString &date,
                const QString &location,
                int start)
{
    Event event;
    event.id = id;
    event.type = type;
    event.participants = participants;
    event.date = date;
    event.location = location;
    event.status = QStringLiteral("scheduled");
    event.evidenceStart = start;
    event.evidenceEnd = start + 10;
    event.evidenceText = QStringLiteral("Evidence of %1, a rather long sentence that a table would elide.").arg(id);
    return event;
}

double luminance(QRgb rgb)
{
    return (0.2126 * qRed(rgb) + 0.7152 * qGreen(rgb) + 0.0722 * qBlue(rgb)) / 255.0;
}

QStringList idList(const char *ids)
{
    return QString::fromLatin1(ids).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class EventTableViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void testModelsPassTester();
    void testConfiguration();
    void testVerticalHeaderShowsIds();
    void testFilter_data();
    void testFilter();
    void testSortByDateAndBack();
    void testCurrentRowEmitsEventActivated();
    void testSelectEventsKeepsCurrent();
    void testPanelFilterAndEvidence();
    void testCorrectedAndReviewedMarksDiffer();

private:
    std::unique_ptr<Annotations> m_annotations;
    std::unique_ptr<EventTableModel> m_model;
    std::unique_ptr<EventTableView> m_view;
};

void EventTableViewTest::init()
{
    m_annotations = std::make_unique<Annotations>();
    m_model = std::make_unique<EventTableModel>(m_annotations.get());
    m_view = std::make_unique<EventTableView>();
    new QAbstractItemModelTester(m_view->proxyModel(),
                                 QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_view.get());
    m_view->setEventModel(m_model.get());
    const QString text(200, QLatin1Char('x'));
    m_annotations->reset(Document(QStringLiteral("/tmp/a.txt"), text),
                         {},
                         {makeEvent(QStringLiteral("E1"),
                                    QStringLiteral("talks"),
                                    {QStringLiteral("United States"), QStringLiteral("Russia")},
                                    QStringLiteral("2022-01-10"),
                                    QStringLiteral("Geneva"),
                                    10),
                          makeEvent(QStringLiteral("E2"),
                                    QStringLiteral("talks"),
                                    {QStringLiteral("NATO"), QStringLiteral("Russia")},
                                    QStringLiteral("2022-01-12"),
                                    QStringLiteral("Brussels"),
                                    50),
                          makeEvent(QStringLiteral("E3"),
                                    QStringLiteral("meeting"),
                                    {QStringLiteral("Russia"), QStringLiteral("OSCE")},
                                    QStringLiteral("2022-01-05"),
                                    QStringLiteral("Vienna"),
                                    90)});
}

void EventTableViewTest::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_annotations.reset();
}

void EventTableViewTest::testModelsPassTester()
{
    // The proxy's tester was attached in init() and has watched the reset; check the source too
    // and exercise filtering and sorting under both testers.
    QAbstractItemModelTester sourceTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->setFilterText(QStringLiteral("nato"));
    m_view->sortByColumn(EventTableModel::DateColumn, Qt::DescendingOrder);
    m_view->setFilterText(QString());
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_annotations->reset(m_annotations->document(), {}, {});
    QCOMPARE(m_view->model()->rowCount(), 0);
}

void EventTableViewTest::testConfiguration()
{
    QCOMPARE(m_view->model(), m_view->proxyModel());
    QCOMPARE(m_view->proxyModel()->sourceModel(), m_model.get());
    QCOMPARE(m_view->proxyModel()->sortRole(), int(EventTableModel::SortRole));
    QCOMPARE(m_view->proxyModel()->filterKeyColumn(), -1);
    QVERIFY(!m_view->wordWrap());
    QCOMPARE(m_view->textElideMode(), Qt::ElideRight);
    QVERIFY(m_view->alternatingRowColors());
    QCOMPARE(m_view->selectionBehavior(), QAbstractItemView::SelectRows);
    QVERIFY(m_view->isSortingEnabled());
    QVERIFY(m_view->horizontalHeader()->stretchLastSection());
    QCOMPARE(m_view->model()->rowCount(), 3);
    // Text order until the user sorts.
    QCOMPARE(m_view->model()->index(0, 0).data(EventTableModel::EventIdRole).toString(), QStringLiteral("E1"));
    // Short columns fit their contents; long ones are bounded so the evidence column keeps room.
    const QFontMetrics metrics = m_view->fontMetrics();
    QVERIFY(m_view->columnWidth(EventTableModel::DateColumn) > metrics.horizontalAdvance(QStringLiteral("2022-01-10")));
    QVERIFY(m_view->columnWidth(EventTableModel::ParticipantsColumn)
            > metrics.horizontalAdvance(QStringLiteral("United States; Russia")));
    Event crowded = m_annotations->events().at(0);
    crowded.participants = QStringList(12, QStringLiteral("Organization for Security and Cooperation in Europe"));
    m_annotations->reset(m_annotations->document(), {}, {crowded});
    QVERIFY(m_view->columnWidth(EventTableModel::ParticipantsColumn)
            <= metrics.horizontalAdvance(QString(26, QLatin1Char('n'))));
}

void EventTableViewTest::testVerticalHeaderShowsIds()
{
    m_view->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    const QAbstractItemModel *model = m_view->model();
    QCOMPARE(model->headerData(0, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("E3"));
    QCOMPARE(model->headerData(2, Qt::Vertical, Qt::DisplayRole).toString(), QStringLiteral("E2"));
}

void EventTableViewTest::testFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("empty shows all") << QString() << idList("E1 E2 E3");
    QTest::newRow("participant, any case") << QStringLiteral("nato") << idList("E2");
    QTest::newRow("place") << QStringLiteral("Vienna") << idList("E3");
    QTest::newRow("date prefix") << QStringLiteral("2022-01-1") << idList("E1 E2");
    QTest::newRow("event id") << QStringLiteral("e2") << idList("E2");
    QTest::newRow("evidence text") << QStringLiteral("evidence of e3") << idList("E3");
    QTest::newRow("literal, not a pattern") << QStringLiteral("Russia.*OSCE") << idList("");
}

void EventTableViewTest::testFilter()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, ids);
    m_view->setFilterText(filter);
    QStringList shown;
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        shown << m_view->model()->index(row, 0).data(EventTableModel::EventIdRole).toString();
    }
    QCOMPARE(shown, ids);
}

void EventTableViewTest::testSortByDateAndBack()
{
    const auto order = [this] {
        QStringList ids;
        for (int row = 0; row < m_view->model()->rowCount(); ++row) {
            ids << m_view->model()->index(row, 0).data(EventTableModel::EventIdRole).toString();
        }
        return ids;
    };
    m_view->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(order(), idList("E3 E1 E2"));
    m_view->sortByColumn(EventTableModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(order(), idList("E2 E1 E3"));
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    QCOMPARE(order(), idList("E1 E2 E3"));
}

void EventTableViewTest::testCurrentRowEmitsEventActivated()
{
    QSignalSpy activated(m_view.get(), &EventTableView::eventActivated);
    m_view->setCurrentIndex(m_view->model()->index(1, 2));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("E2"));
    // Another cell of the same row is not a new event.
    m_view->setCurrentIndex(m_view->model()->index(1, 4));
    QCOMPARE(activated.count(), 1);
    QVERIFY(m_view->setCurrentEvent(QStringLiteral("E3")));
    QCOMPARE(activated.count(), 2);
    QCOMPARE(m_view->currentEventId(), QStringLiteral("E3"));
    QVERIFY(!m_view->setCurrentEvent(QStringLiteral("E99")));
}

void EventTableViewTest::testSelectEventsKeepsCurrent()
{
    QVERIFY(m_view->setCurrentEvent(QStringLiteral("E2")));
    QSignalSpy activated(m_view.get(), &EventTableView::eventActivated);
    m_view->selectEvents({QStringLiteral("E3"), QStringLiteral("E1")});
    QCOMPARE(m_view->selectedEventIds(), idList("E1 E3"));
    QCOMPARE(activated.count(), 0);
    m_view->selectEvents({});
    QVERIFY(m_view->selectedEventIds().isEmpty());
}

void EventTableViewTest::testPanelFilterAndEvidence()
{
    EventsPanel panel;
    panel.setEventModel(m_model.get());
    QCOMPARE(panel.tableView()->model()->rowCount(), 3);
    panel.filterEdit()->setText(QStringLiteral("brussels"));
    QCOMPARE(panel.tableView()->model()->rowCount(), 1);
    panel.filterEdit()->clear();
    QCOMPARE(panel.tableView()->model()->rowCount(), 3);

    QVERIFY(panel.tableView()->setCurrentEvent(QStringLiteral("E3")));
    QCOMPARE(panel.evidenceText(), m_annotations->events().at(2).evidenceText);
    // Selecting without a current row (a click on a span) shows the first selected event.
    panel.tableView()->selectEvents({QStringLiteral("E2")});
    QCOMPARE(panel.evidenceText(), m_annotations->events().at(1).evidenceText);
}

void EventTableViewTest::testCorrectedAndReviewedMarksDiffer()
{
    // A corrected and a reviewed event: the type cell carries the pencil and names the fields;
    // the reviewed column carries the tick, each with its own tooltip.
    const Event first = m_annotations->events().at(0);
    QVERIFY(m_annotations->setEventDate(first.id, QStringLiteral("2024-06-01")));
    QVERIFY(m_annotations->setEventReviewed(first.id, true));
    EventFilterProxyModel *proxy = m_view->proxyModel();
    // Text order, no sorting: proxy rows are the model's.
    const QModelIndex type = proxy->index(0, EventTableModel::TypeColumn);
    QCOMPARE(type.data(EventTableModel::EventIdRole).toString(), first.id);
    const QString typeTip = type.data(Qt::ToolTipRole).toString();
    QVERIFY2(typeTip.contains(QStringLiteral("✎ Corrected by the analyst: date")), qPrintable(typeTip));
    const QModelIndex reviewed = type.siblingAtColumn(EventTableModel::ReviewedColumn);
    QCOMPARE(reviewed.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(reviewed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("✓ Reviewed")));
    QVERIFY(reviewed.data(Qt::DecorationRole).isNull()); // no origin mark in the tick's column
    QVERIFY(!proxy->headerData(EventTableModel::ReviewedColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
    // An unreviewed extracted event: no mark drawn, its tooltip says so.
    const QModelIndex other = proxy->index(1, EventTableModel::TypeColumn);
    QVERIFY(other.siblingAtColumn(EventTableModel::ReviewedColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Not reviewed")));

    // On every theme the three origin marks differ, and a mark's glyph stands out from its badge.
    for (const QString &theme : Themes::instance()->engine().themeNames()) {
        QVERIFY(Themes::instance()->overrideTheme(theme));
        const QImage corrected = EventFilterProxyModel::originIcon(QStringLiteral("corrected")).pixmap(32).toImage();
        const QImage added = EventFilterProxyModel::originIcon(QStringLiteral("added")).pixmap(32).toImage();
        const QImage blank = EventFilterProxyModel::originIcon(QStringLiteral("extracted")).pixmap(32).toImage();
        QVERIFY2(corrected != added && corrected != blank && added != blank, qPrintable(theme));
        QCOMPARE(proxy->data(type, Qt::DecorationRole).value<QIcon>().pixmap(32).toImage(), corrected);
        // A corrected cell's text stands out from its tint, whatever the table's own palette.
        const QModelIndex date = type.siblingAtColumn(EventTableModel::DateColumn);
        const QColor tint = date.data(Qt::BackgroundRole).value<QBrush>().color();
        const QColor text = date.data(Qt::ForegroundRole).value<QBrush>().color();
        QVERIFY2(std::abs(luminance(tint.rgb()) - luminance(text.rgb())) > 0.5, qPrintable(theme));
        for (const QImage &mark : {corrected, added}) {
            double darkest = 1.0;
            double lightest = 0.0;
            for (int y = 0; y < mark.height(); ++y) {
                for (int x = 0; x < mark.width(); ++x) {
                    const QRgb pixel = mark.pixel(x, y);
                    if (qAlpha(pixel) == 255) {
                        darkest = std::min(darkest, luminance(pixel));
                        lightest = std::max(lightest, luminance(pixel));
                    }
                }
            }
            QVERIFY2(lightest - darkest > 0.35,
                     qPrintable(QStringLiteral("%1: %2").arg(theme).arg(lightest - darkest)));
        }
    }
    Themes::instance()->overrideTheme(QString());
}

QTEST_MAIN(EventTableViewTest)
#include "eventtableview_test.moc"
