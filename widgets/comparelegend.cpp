// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparelegend.h"

#include "compareflagstyle.h"
#include "flowlayout.h"
#include "themes.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace Readout
{

CompareLegend::CompareLegend(QWidget *parent)
    : QWidget(parent)
{
    // The flags wrap to a second row in a narrow window rather than cutting their labels.
    auto *layout = new FlowLayout(this, 14, 2);
    layout->setContentsMargins(8, 4, 8, 4);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(Themes::instance(), &Themes::themeChanged, this, &CompareLegend::updateIcons);
}

void CompareLegend::setEntries(const QVector<CompareLegendEntry> &entries)
{
    for (const Item &item : std::as_const(m_items)) {
        delete item.icon->parentWidget(); // the cell holding the icon and its label
    }
    m_items.clear();
    QLayout *flow = layout();
    while (QLayoutItem *item = flow->takeAt(0)) {
        delete item;
    }
    for (const CompareLegendEntry &entry : entries) {
        auto *cell = new QWidget(this);
        auto *box = new QHBoxLayout(cell);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(6);
        Item item{entry, new QLabel(cell), new QLabel(cell)};
        item.label->setTextFormat(Qt::PlainText); // labels from a data file, shown as written
        item.icon->setObjectName(QStringLiteral("icon_") + entry.id);
        item.label->setObjectName(QStringLiteral("label_") + entry.id);
        box->addWidget(item.icon);
        box->addWidget(item.label);
        flow->addWidget(cell);
        m_items.append(item);
    }
    rebuild();
    updateIcons();
}

void CompareLegend::setCounts(const QHash<QString, int> &counts)
{
    m_counts = counts;
    rebuild();
}

QString CompareLegend::labelText(const QString &id) const
{
    for (const Item &item : m_items) {
        if (item.entry.id == id) {
            return item.label->text();
        }
    }
    return {};
}

void CompareLegend::rebuild()
{
    for (const Item &item : std::as_const(m_items)) {
        item.label->setText(m_counts.isEmpty()
                                ? item.entry.label
                                : QStringLiteral("%1 %2").arg(item.entry.label).arg(m_counts.value(item.entry.id)));
    }
}

void CompareLegend::updateIcons()
{
    const auto palette = Themes::instance()->palette();
    const ColorScheme scheme = AnnotationPalette::systemScheme();
    const int size = fontMetrics().height();
    for (const Item &item : std::as_const(m_items)) {
        item.icon->setPixmap(
            compareFlagIcon(*palette, scheme, item.entry.role, item.entry.glyph, size).pixmap(size, size));
    }
}

bool CompareLegend::event(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange) {
        updateIcons();
    }
    return QWidget::event(event);
}

} // namespace Readout
