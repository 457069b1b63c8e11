// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdictionarydialog.h"

#include "choicedelegate.h"

#include "knowledge/userdictionary.h"
#include "models/eventtablemodel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Readout
{

namespace
{
const QString Stop = QStringLiteral("STOP");
const QStringList Types = {QStringLiteral("PERSON"),
                           QStringLiteral("ORGANIZATION"),
                           QStringLiteral("LOCATION"),
                           QStringLiteral("MISC"),
                           Stop};
} // namespace

UserDictionaryDialog::UserDictionaryDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_table(new QTableWidget(0, 3, this))
    , m_status(new QLabel(this))
{
    m_status->setTextFormat(Qt::PlainText); // messages name files
    setWindowTitle(tr("User Dictionary"));
    resize(640, 420);
    auto *intro = new QLabel(tr("Names learnt from your corrections; every article opened from now on uses them. "
                                "Type STOP marks a text that is never a name.<br><small>%1</small>")
                                 .arg(QDir::toNativeSeparators(path).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Text"), tr("Type"), tr("Stands for")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(1, new ChoiceDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(false);

    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add"), this);
    auto *remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({}, QStringLiteral("PERSON"), {});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
            rows.append(index.row());
        }
        std::sort(rows.rbegin(), rows.rend());
        for (int row : std::as_const(rows)) {
            m_table->removeRow(row);
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    const auto dictionary = UserDictionary::read(path);
    if (!dictionary) {
        m_status->setText(tr("The file could not be read: %1. Saving replaces it.").arg(dictionary.error().message));
        return;
    }
    for (const UserEntry &e : dictionary.value().entries()) {
        addRow(e.surface, e.stop ? Stop : entityTypeName(e.type), e.canonical);
    }
}

void UserDictionaryDialog::addRow(const QString &surface, const QString &type, const QString &canonical)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(surface));
    auto *typeItem = new QTableWidgetItem(type);
    typeItem->setData(EventTableModel::ChoicesRole, Types);
    m_table->setItem(row, 1, typeItem);
    m_table->setItem(row, 2, new QTableWidgetItem(canonical));
}

QTableWidget *UserDictionaryDialog::table() const
{
    return m_table;
}

UserDictionary UserDictionaryDialog::dictionary() const
{
    QVector<UserEntry> entries;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        UserEntry e;
        e.surface = text(0);
        e.stop = text(1) == Stop;
        if (e.surface.isEmpty() || (!e.stop && !entityTypeFromName(text(1), &e.type))) {
            continue;
        }
        e.canonical = e.stop ? QString() : text(2);
        entries.append(e);
    }
    UserDictionary dictionary;
    dictionary.setEntries(entries);
    return dictionary;
}

bool UserDictionaryDialog::save()
{
    const Result<bool> written = dictionary().write(m_path);
    if (!written.isOk()) {
        m_status->setText(tr("Not saved: %1").arg(written.error().message));
        return false;
    }
    Q_EMIT saved(m_path);
    return true;
}

} // namespace Readout
