// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdelegate.h"

#include "models/eventtablemodel.h"

#include <QCompleter>
#include <QLineEdit>

namespace Readout
{

TextDelegate::TextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QWidget *TextDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    const QStringList completions = index.data(EventTableModel::CompletionsRole).toStringList();
    if (!completions.isEmpty()) {
        auto *completer = new QCompleter(completions, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    return edit;
}

void TextDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    static_cast<QLineEdit *>(editor)->setText(
        value.userType() == QMetaType::QStringList ? value.toStringList().join(QLatin1String("; ")) : value.toString());
}

void TextDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QLineEdit *>(editor)->text(), Qt::EditRole);
}

void TextDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QRect rect = option.rect;
    rect.setWidth(std::max(rect.width(), editor->fontMetrics().horizontalAdvance(QLatin1Char('n')) * 24));
    editor->setGeometry(rect);
}

} // namespace Readout
