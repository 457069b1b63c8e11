// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenlistdelegate.h"

#include "tokenlistedit.h"

#include "models/eventtablemodel.h"

namespace Readout
{

TokenListDelegate::TokenListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *TokenListDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *edit = new TokenListEdit(parent);
    edit->setFrame(false);
    edit->setCompletions(index.data(EventTableModel::CompletionsRole).toStringList());
    return edit;
}

void TokenListDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<TokenListEdit *>(editor)->setTokens(index.data(Qt::EditRole).toStringList());
}

void TokenListDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<TokenListEdit *>(editor)->tokens(), Qt::EditRole);
}

void TokenListDelegate::updateEditorGeometry(QWidget *editor,
                                             const QStyleOptionViewItem &option,
                                             const QModelIndex &) const
{
    // A list needs room: at least wide enough for a few names.
    QRect rect = option.rect;
    rect.setWidth(std::max(rect.width(), editor->fontMetrics().horizontalAdvance(QLatin1Char('n')) * 36));
    editor->setGeometry(rect);
}

} // namespace Readout
