// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Readout
{

/// Edits a cell by picking one of the values the model lists for it (EventTableModel::ChoicesRole),
/// each shown by its label (ChoiceLabelsRole, when the model gives one): event type and status.
/// Picking commits.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ChoiceDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void
    updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Readout
