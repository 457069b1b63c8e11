// SPDX-License-Identifier: GPL-3.0-or-later
#include "choicedelegate.h"

#include "models/eventtablemodel.h"

#include <QComboBox>

namespace Readout
{

ChoiceDelegate::ChoiceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    // Each choice shows its label in the user's language and carries the value the model keeps.
    const QStringList values = index.data(EventTableModel::ChoicesRole).toStringList();
    const QStringList labels = index.data(EventTableModel::ChoiceLabelsRole).toStringList();
    for (int i = 0; i < values.size(); ++i) {
        combo->addItem(labels.size() == values.size() ? labels.at(i) : values.at(i), values.at(i));
    }
    // A choice is complete once made: commit without waiting for Enter.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QString value = index.data(Qt::EditRole).toString();
    int at = combo->findData(value);
    if (at < 0 && !value.isEmpty()) {
        combo->addItem(value, value);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

void ChoiceDelegate::updateEditorGeometry(QWidget *editor,
                                          const QStyleOptionViewItem &option,
                                          const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

} // namespace Readout
