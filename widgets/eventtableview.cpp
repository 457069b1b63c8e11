// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtableview.h"

#include "choicedelegate.h"
#include "columnfitter.h"
#include "datedelegate.h"
#include "eventfilterproxymodel.h"
#include "textdelegate.h"
#include "tokenlistdelegate.h"

#include "models/eventtablemodel.h"

#include <QHeaderView>
#include <QItemSelection>
#include <QMenu>

#include <algorithm>

namespace Readout
{

namespace
{

/// Widest a column grows to fit its contents, in characters; 0 for columns whose values are short
/// by nature (type, date, status) and always fit. Longer cells are elided; their tooltips and the
/// evidence pane show them in full.
int maximumCharacters(int column)
{
    switch (column) {
    case EventTableModel::ParticipantsColumn:
        return 26;
    case EventTableModel::PlaceColumn:
        return 16;
    case EventTableModel::TopicsColumn:
        return 24;
    case EventTableModel::SourceColumn:
        return 18;
    default:
        return 0;
    }
}

/// Most important first, with the characters each needs at least: in a narrow dock the last ones
/// give way (their values stay in the tooltips and the details below the table).
QVector<ColumnPriority> columnPriorities()
{
    return {
        {EventTableModel::ReviewedColumn, 1},
        {EventTableModel::TypeColumn, 7},
        {EventTableModel::ParticipantsColumn, 12},
        {EventTableModel::DateColumn, 10},
        {EventTableModel::StatusColumn, 8},
        {EventTableModel::PlaceColumn, 8},
        {EventTableModel::TopicsColumn, 10},
        {EventTableModel::EvidenceColumn, 12},
        {EventTableModel::SourceColumn, 10},
    };
}

} // namespace

EventTableView::EventTableView(QWidget *parent)
    : QTableView(parent)
    , m_proxy(new EventFilterProxyModel(this))
    , m_fitter(new ColumnFitter(this, columnPriorities(), QStringLiteral("eventsTable")))
{
    setModel(m_proxy);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Cells edit in place (F2 or a double-click) through a delegate fitting each column; the
    // model turns every edit into an undoable command.
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setItemDelegateForColumn(EventTableModel::TypeColumn, new ChoiceDelegate(this));
    setItemDelegateForColumn(EventTableModel::StatusColumn, new ChoiceDelegate(this));
    setItemDelegateForColumn(EventTableModel::DateColumn, new DateDelegate(this));
    setItemDelegateForColumn(EventTableModel::ParticipantsColumn, new TokenListDelegate(this));
    for (const int column :
         {EventTableModel::PlaceColumn, EventTableModel::TopicsColumn, EventTableModel::SourceColumn}) {
        setItemDelegateForColumn(column, new TextDelegate(this));
    }
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    QHeaderView *header = horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setSortIndicatorClearable(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 5);
    // No indicator means text order; a header click sorts, a third click returns to text order.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);

    QHeaderView *rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->setDefaultAlignment(Qt::AlignCenter);

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString id = current.data(EventTableModel::EventIdRole).toString();
        if (!id.isEmpty()) {
            Q_EMIT eventActivated(id);
        }
    });
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(EventTableModel::EventIdRole).toString();
        if (!id.isEmpty()) {
            Q_EMIT eventActivated(id);
        }
    });
    // Eight columns rarely fit a side dock: let the user hide the ones they do not need.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &EventTableView::showColumnMenu);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EventTableView::adjustColumns);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EventTableView::adjustColumns);
}

EventTableView::~EventTableView() = default;

void EventTableView::setEventModel(EventTableModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    // The reviewed checkbox leads each row.
    QHeaderView *header = horizontalHeader();
    if (model && header->visualIndex(EventTableModel::ReviewedColumn) != 0) {
        header->moveSection(header->visualIndex(EventTableModel::ReviewedColumn), 0);
    }
    adjustColumns();
    m_fitter->restore();
}

EventTableModel *EventTableView::eventModel() const
{
    return m_model;
}

EventFilterProxyModel *EventTableView::proxyModel() const
{
    return m_proxy;
}

void EventTableView::setFilterText(const QString &text)
{
    m_proxy->setFilterText(text);
}

QString EventTableView::currentEventId() const
{
    return currentIndex().data(EventTableModel::EventIdRole).toString();
}

QStringList EventTableView::selectedEventIds() const
{
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    });
    QStringList ids;
    for (const QModelIndex &row : std::as_const(rows)) {
        ids.append(row.data(EventTableModel::EventIdRole).toString());
    }
    return ids;
}

QModelIndex EventTableView::proxyIndexOf(const QString &eventId) const
{
    if (!m_model) {
        return {};
    }
    const int sourceRow = m_model->rowOf(eventId);
    if (sourceRow < 0) {
        return {};
    }
    return m_proxy->mapFromSource(m_model->index(sourceRow, 0));
}

void EventTableView::selectEvents(const QStringList &eventIds)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : eventIds) {
        const QModelIndex index = proxyIndexOf(id);
        if (!index.isValid()) {
            continue;
        }
        selection.select(index, index.siblingAtColumn(m_proxy->columnCount() - 1));
        if (!first.isValid() || index.row() < first.row()) {
            first = index;
        }
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        scrollTo(first);
    }
}

bool EventTableView::setCurrentEvent(const QString &eventId)
{
    const QModelIndex index = proxyIndexOf(eventId);
    if (!index.isValid()) {
        return false;
    }
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void EventTableView::showColumnMenu(const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setTitle(tr("Columns"));
    QHeaderView *header = horizontalHeader();
    const int columns = m_proxy->columnCount();
    int wanted = 0;
    for (int column = 0; column < columns; ++column) {
        wanted += m_fitter->isColumnWanted(column) ? 1 : 0;
    }
    for (int i = 0; i < columns; ++i) {
        const int column = header->logicalIndex(i);
        QString label = m_proxy->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        if (label.isEmpty()) {
            label = m_proxy->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        }
        if (m_fitter->isColumnSqueezedOut(column)) {
            label = tr("%1 (no room: widen the panel)").arg(label);
        }
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(m_fitter->isColumnWanted(column));
        // The last column stays: a table without columns cannot be brought back by its header.
        action->setEnabled(!m_fitter->isColumnWanted(column) || wanted > 1);
        connect(action, &QAction::toggled, this, [this, column](bool visible) {
            m_fitter->setColumnWanted(column, visible);
        });
    }
    menu->popup(header->viewport()->mapToGlobal(position));
}

void EventTableView::adjustColumns()
{
    const int columns = m_proxy->columnCount();
    if (columns == 0) {
        return;
    }
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < columns; ++column) {
        if (column == header->logicalIndex(columns - 1)) {
            continue; // the last visual section stretches
        }
        resizeColumnToContents(column);
        const int characters = maximumCharacters(column);
        if (characters > 0) {
            const int maximum = fontMetrics().horizontalAdvance(QString(characters, QLatin1Char('n')));
            const int headerWidth = header->sectionSizeHint(column);
            header->resizeSection(column, std::max(headerWidth, std::min(header->sectionSize(column), maximum)));
        }
    }
    m_fitter->fit();
}

} // namespace Readout
