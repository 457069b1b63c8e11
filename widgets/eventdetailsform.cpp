// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetailsform.h"

#include "eventtableview.h"

#include "models/eventtablemodel.h"

#include <QAbstractItemDelegate>
#include <QCheckBox>
#include <QComboBox>
#include <QDataWidgetMapper>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace Readout
{

namespace
{

/// The mapper's delegate: hands each field to the table's delegate for that column, so that the
/// form reads and writes values exactly as the table does.
class ColumnDelegates : public QStyledItemDelegate
{
public:
    ColumnDelegates(EventTableView *table, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_table(table)
    {
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        m_table->itemDelegateForColumn(index.column())->setEditorData(editor, index);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        m_table->itemDelegateForColumn(index.column())->setModelData(editor, model, index);
    }

private:
    EventTableView *m_table;
};

/// The editable fields, in the order the form shows them.
constexpr int FormColumns[] = {
    EventTableModel::TypeColumn,
    EventTableModel::StatusColumn,
    EventTableModel::DateColumn,
    EventTableModel::ParticipantsColumn,
    EventTableModel::PlaceColumn,
    EventTableModel::TopicsColumn,
    EventTableModel::SourceColumn,
};

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // the article's text, shown as written
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

} // namespace

EventDetailsForm::EventDetailsForm(EventTableView *table, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_mapper(new QDataWidgetMapper(this))
    , m_placeholder(new QLabel(tr("Select an event to see and edit all its fields."), this))
    , m_fields(new QWidget(this))
{
    m_mapper->setModel(table->model());
    m_mapper->setItemDelegate(new ColumnDelegates(table, m_mapper));
    m_mapper->setSubmitPolicy(QDataWidgetMapper::AutoSubmit);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setWordWrap(true);

    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_reviewed = new QCheckBox(tr("Reviewed"), m_fields);
    m_reviewed->setToolTip(tr("You checked this event; the filter “Unreviewed” hides it"));
    m_evidence = wrappedLabel(m_fields);
    m_why = wrappedLabel(m_fields);
    m_why->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_fields);
    layout->addStretch(1);
    m_fields->hide();

    connect(m_reviewed, &QCheckBox::clicked, this, [this](bool checked) {
        if (m_current.isValid()) {
            const QModelIndex cell = QModelIndex(m_current).siblingAtColumn(EventTableModel::ReviewedColumn);
            m_table->model()->setData(cell, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
        }
    });
    // Undo, redo and edits in the table show here too.
    connect(table->model(), &QAbstractItemModel::dataChanged, this, [this] {
        showReadOnly(m_current);
    });
}

EventDetailsForm::~EventDetailsForm() = default;

void EventDetailsForm::createEditors(const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(this);
    for (const int column : FormColumns) {
        QAbstractItemDelegate *delegate = m_table->itemDelegateForColumn(column);
        QWidget *editor = delegate ? delegate->createEditor(m_fields, option, index.siblingAtColumn(column)) : nullptr;
        if (!editor) {
            continue;
        }
        // The table's editors sit frameless in a cell; in a form they are ordinary fields.
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setFrame(true);
        } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setFrame(true);
        }
        // A choice made or Enter pressed in an editor is written at once, as in the table.
        connect(delegate, &QAbstractItemDelegate::commitData, this, [this, editor](QWidget *committed) {
            if (committed == editor) {
                m_mapper->submit();
            }
        });
        const QString label =
            m_table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString() + QLatin1Char(':');
        m_form->addRow(label, editor);
        m_mapper->addMapping(editor, column);
        m_editors[column] = editor;
    }
    m_form->addRow(QString(), m_reviewed);
    m_form->addRow(tr("Evidence:"), m_evidence);
    m_form->addRow(tr("Why:"), m_why);
}

void EventDetailsForm::setCurrentIndex(const QModelIndex &index)
{
    if (index.isValid() && m_editors.empty()) {
        createEditors(index);
    }
    m_current = index;
    m_placeholder->setVisible(!index.isValid());
    m_fields->setVisible(index.isValid());
    if (index.isValid()) {
        m_mapper->setCurrentModelIndex(index);
    }
    showReadOnly(index);
}

void EventDetailsForm::showReadOnly(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    const QModelIndex reviewed = index.siblingAtColumn(EventTableModel::ReviewedColumn);
    m_reviewed->setChecked(reviewed.data(Qt::CheckStateRole).toInt() == Qt::Checked);
    m_evidence->setText(index.siblingAtColumn(EventTableModel::EvidenceColumn).data().toString());
    const QStringList why = index.siblingAtColumn(0).data(EventTableModel::ExplanationRole).toStringList();
    m_why->setText(why.join(QLatin1Char('\n')));
    // A long value reads from its start, not from where setText() left the cursor.
    for (const auto &[column, editor] : m_editors) {
        auto *line = qobject_cast<QLineEdit *>(editor);
        if (line && !line->hasFocus()) {
            line->setCursorPosition(0);
        }
    }
}

QWidget *EventDetailsForm::editor(int column) const
{
    const auto found = m_editors.find(column);
    return found == m_editors.end() ? nullptr : found->second;
}

QCheckBox *EventDetailsForm::reviewedBox() const
{
    return m_reviewed;
}

} // namespace Readout
