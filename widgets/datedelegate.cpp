// SPDX-License-Identifier: GPL-3.0-or-later
#include "datedelegate.h"

#include "datevalueedit.h"

namespace Readout
{

DateDelegate::DateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new DateValueEdit(parent);
    edit->setFrame(false);
    return edit;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<DateValueEdit *>(editor)->setText(index.data(Qt::EditRole).toString());
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *edit = static_cast<DateValueEdit *>(editor);
    if (edit->isComplete()) {
        model->setData(index, edit->text(), Qt::EditRole);
    }
}

void DateDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QRect rect = option.rect;
    rect.setWidth(std::max(rect.width(), editor->sizeHint().width()));
    editor->setGeometry(rect);
}

} // namespace Readout
