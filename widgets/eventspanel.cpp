// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventspanel.h"

#include "eventdetailsform.h"
#include "eventfilterproxymodel.h"
#include "eventtableview.h"

#include "models/eventtablemodel.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Readout
{

EventsPanel::EventsPanel(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_review(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new EventTableView(this))
    , m_heading(new QLabel(this))
    , m_evidence(new QLabel(this))
    , m_why(new QLabel(this))
{
    m_filter->setPlaceholderText(tr("Filter events…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(
        tr("Shows the events whose type, participants, date, place, status, topics, source, "
           "evidence or id contain this text"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_review->addItem(tr("All events"), int(EventFilterProxyModel::Review::All));
    m_review->addItem(tr("Corrected"), int(EventFilterProxyModel::Review::Corrected));
    m_review->addItem(tr("Unreviewed"), int(EventFilterProxyModel::Review::Unreviewed));
    m_review->setToolTip(tr("Show every event, only those you corrected or added, or only those not reviewed yet"));

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(8, 6, 8, 8);
    detailsLayout->setSpacing(4);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setTextFormat(Qt::PlainText);
    m_evidence->setTextFormat(Qt::PlainText);
    m_evidence->setWordWrap(true);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_evidence->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    // Why Readout read the event so: the rule behind each field, for an analyst who disagrees.
    m_why->setTextFormat(Qt::PlainText);
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_why->setForegroundRole(QPalette::PlaceholderText);
    m_why->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    detailsLayout->addWidget(m_heading);
    detailsLayout->addWidget(m_evidence);
    detailsLayout->addWidget(m_why);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_review);
    filterRow->addWidget(m_count);

    // Below the table: the evidence at a glance, or every field in a form with larger editors.
    m_form = new EventDetailsForm(m_table, this);
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    m_lower = new QTabWidget(this);
    m_lower->setDocumentMode(true);
    m_lower->addTab(details, tr("Evidence"));
    m_lower->addTab(formScroll, tr("Details"));
    m_lower->setTabToolTip(1, tr("All fields of the selected event, to read and correct"));
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->addWidget(m_table);
    m_split->addWidget(m_lower);
    m_split->setStretchFactor(0, 1);
    m_split->setChildrenCollapsible(false);
    restoreLayout();
    connect(m_split, &QSplitter::splitterMoved, this, &EventsPanel::saveLayout);
    connect(m_lower, &QTabWidget::currentChanged, this, &EventsPanel::saveLayout);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filterRow);
    layout->addWidget(m_split, 1);

    connect(m_filter, &QLineEdit::textChanged, m_table, &EventTableView::setFilterText);
    connect(m_review, &QComboBox::currentIndexChanged, this, [this] {
        m_table->proxyModel()->setReviewFilter(EventFilterProxyModel::Review(m_review->currentData().toInt()));
        updateCount();
    });
    connect(m_table, &EventTableView::eventActivated, this, &EventsPanel::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventsPanel::showDetails);
    QAbstractItemModel *proxy = m_table->proxyModel();
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(proxy, signal, this, &EventsPanel::updateCount);
    }
    connect(proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        showDetails();
    });
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &EventsPanel::updateCount);
    // A corrected event shows its new values below the table too.
    connect(proxy, &QAbstractItemModel::dataChanged, this, &EventsPanel::showDetails);
    updateCount();
    showDetails();
}

EventsPanel::~EventsPanel() = default;

void EventsPanel::setEventModel(EventTableModel *model)
{
    m_table->setEventModel(model);
    updateCount();
    showDetails();
}

EventTableView *EventsPanel::tableView() const
{
    return m_table;
}

QLineEdit *EventsPanel::filterEdit() const
{
    return m_filter;
}

QComboBox *EventsPanel::reviewFilter() const
{
    return m_review;
}

QString EventsPanel::evidenceText() const
{
    return m_evidence->text();
}

void EventsPanel::showDetails()
{
    // The current row while it is selected, else the first selected row (a click on a span
    // selects the events using it without making one current).
    QModelIndex current = m_table->currentIndex();
    const QItemSelectionModel *selection = m_table->selectionModel();
    if (!current.isValid() || !selection->isRowSelected(current.row(), current.parent())) {
        QModelIndexList rows = selection->selectedRows();
        std::sort(rows.begin(), rows.end());
        if (!rows.isEmpty()) {
            current = rows.constFirst();
        }
    }
    m_form->setCurrentIndex(current);
    if (!current.isValid()) {
        m_heading->setText(tr("Evidence"));
        m_evidence->setText(m_table->model()->rowCount() > 0
                                ? tr("Select an event to mark its evidence in the article.")
                                : tr("No events."));
        m_evidence->setForegroundRole(QPalette::PlaceholderText);
        m_why->clear();
        m_why->hide();
        return;
    }
    const auto cell = [&current](int column, int role = Qt::DisplayRole) {
        return current.siblingAtColumn(column).data(role).toString();
    };
    QStringList heading{cell(0, EventTableModel::EventIdRole), cell(EventTableModel::TypeColumn)};
    const QString date = cell(EventTableModel::DateColumn);
    if (!date.isEmpty()) {
        heading << date;
    }
    const QString status = cell(EventTableModel::StatusColumn);
    if (!status.isEmpty()) {
        heading << status;
    }
    m_heading->setText(heading.join(QStringLiteral(" · ")));
    // The sentence as written (plain text: the label never renders it), not elided.
    m_evidence->setText(cell(EventTableModel::EvidenceColumn));
    m_evidence->setForegroundRole(QPalette::WindowText);
    const QStringList why = current.siblingAtColumn(0).data(EventTableModel::ExplanationRole).toStringList();
    m_why->setText(why.join(QLatin1Char('\n')));
    m_why->setVisible(!why.isEmpty());
}

EventDetailsForm *EventsPanel::detailsForm() const
{
    return m_form;
}

void EventsPanel::showDetailsForm()
{
    m_lower->setCurrentIndex(1);
}

void EventsPanel::restoreLayout()
{
    // Every article's panel opens as the last one was left.
    const QSettings settings;
    const QByteArray split = settings.value(QStringLiteral("eventsPanel/splitter")).toByteArray();
    if (split.isEmpty() || !m_split->restoreState(split)) {
        m_split->setSizes({300, 140});
    }
    m_lower->setCurrentIndex(settings.value(QStringLiteral("eventsPanel/tab"), 0).toInt());
}

void EventsPanel::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("eventsPanel/splitter"), m_split->saveState());
    settings.setValue(QStringLiteral("eventsPanel/tab"), m_lower->currentIndex());
}

QString EventsPanel::whyText() const
{
    return m_why->text();
}

void EventsPanel::updateCount()
{
    const int shown = m_table->model()->rowCount();
    const QAbstractItemModel *source = m_table->proxyModel()->sourceModel();
    const int total = source ? source->rowCount() : 0;
    m_count->setText(shown == total ? (total == 1 ? tr("1 event") : tr("%1 events").arg(total))
                                    : tr("%1 of %2").arg(shown).arg(total));
}

} // namespace Readout
