// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitydetailsdialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Readout
{

EntityDetailsDialog::EntityDetailsDialog(const Entity &entity, const QStringList &completions, QWidget *parent)
    : QDialog(parent)
    , m_entity(entity)
    , m_type(new QComboBox(this))
    , m_meaningLabel(new QLabel(this))
    , m_meaning(new QLineEdit(this))
    , m_completer(nullptr)
    , m_hint(new QLabel(this))
{
    setWindowTitle(tr("Entity %1").arg(entity.id));
    for (const EntityType t :
         {EntityType::Person, EntityType::Organization, EntityType::Location, EntityType::Date, EntityType::Misc}) {
        m_type->addItem(entityTypeName(t), int(t));
    }
    m_type->setCurrentIndex(m_type->findData(int(entity.type)));
    m_completer = new QCompleter(completions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_meaning->setClearButtonEnabled(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);

    auto *text = new QLabel(QStringLiteral("“%1”").arg(entity.text.simplified()), this);
    text->setTextFormat(Qt::PlainText); // article text, as written
    QFont bold = text->font();
    bold.setBold(true);
    text->setFont(bold);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Text:"), text);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(m_meaningLabel, m_meaning);
    form->addRow(QString(), m_hint);
    form->addRow(buttons);
    m_meaningLabel->setBuddy(m_meaning);
    connect(m_type, &QComboBox::currentIndexChanged, this, &EntityDetailsDialog::updateForType);
    updateForType();
    m_meaning->setText(entity.type == EntityType::Date ? entity.value : entity.canonical);
    m_meaning->selectAll();
    m_meaning->setFocus();
}

void EntityDetailsDialog::updateForType()
{
    const bool date = type() == EntityType::Date;
    m_meaningLabel->setText(date ? tr("&Value:") : tr("&Stands for:"));
    // Actor names make no sense for a date value.
    m_meaning->setCompleter(date ? nullptr : m_completer);
    m_meaning->setPlaceholderText(date ? tr("2022-01-10, 2022-01, 2022-W02, P3D, PAST_REF…")
                                       : tr("United States, NATO, Jens Stoltenberg…"));
    m_hint->setText(date ? tr("The TIMEX3 value the date resolves to.")
                         : tr("The actor or full name this mention stands for; known actors complete as you "
                              "type. Your choice teaches the user dictionary."));
}

EntityType EntityDetailsDialog::type() const
{
    return EntityType(m_type->currentData().toInt());
}

QString EntityDetailsDialog::meaning() const
{
    return m_meaning->text().simplified();
}

QLineEdit *EntityDetailsDialog::meaningEdit() const
{
    return m_meaning;
}

} // namespace Readout
