// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Readout
{

/// Edits a text cell (place, topics, source) in a line edit, completing from the model's
/// EventTableModel::CompletionsRole when it offers any (the document's places for the place).
/// List values are shown and taken as "a; b".
class TextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TextDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void
    updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Readout
