// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Readout
{

ProgressIndicator::ProgressIndicator(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    m_label->setTextFormat(Qt::PlainText); // it names the file
    m_bar->setMaximumWidth(160);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading or extracting; the open documents stay as they are"));
    m_cancel->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &ProgressIndicator::cancelRequested);
    hide();
}

void ProgressIndicator::showReading(const QString &name, int percent)
{
    m_label->setText(tr("Reading %1").arg(name));
    m_bar->setRange(0, 100);
    m_bar->setValue(percent);
    show();
}

void ProgressIndicator::showExtracting(const QString &name)
{
    m_label->setText(tr("Extracting %1").arg(name));
    m_bar->setRange(0, 0); // the pipeline reports no steps: a busy bar
    show();
}

void ProgressIndicator::clear()
{
    hide();
}

int ProgressIndicator::value() const
{
    return m_bar->value();
}

bool ProgressIndicator::isBusy() const
{
    return !isHidden();
}

} // namespace Readout
