// SPDX-License-Identifier: GPL-3.0-or-later
#include "legendwidget.h"

#include "flowlayout.h"
#include "themes.h"

#include "annotations.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace Readout
{

namespace
{

QString roleDescription(AnnotationRole role)
{
    switch (role) {
    case AnnotationRole::Person:
        return LegendWidget::tr("People");
    case AnnotationRole::Organization:
        return LegendWidget::tr("Organizations");
    case AnnotationRole::Location:
        return LegendWidget::tr("Countries, cities and other places");
    case AnnotationRole::Date:
        return LegendWidget::tr("Dates and durations; hover one to see its resolved value");
    case AnnotationRole::Misc:
        return LegendWidget::tr("Nationality adjectives such as “Russian”, linked to their actor");
    case AnnotationRole::Evidence:
        return LegendWidget::tr("The sentence the selected event was read from");
    case AnnotationRole::Header:
        return LegendWidget::tr("Document header (metadata)");
    case AnnotationRole::Corrected:
        return LegendWidget::tr("Changed by the analyst");
    case AnnotationRole::CompareSame:
        return LegendWidget::tr("The other report has the same event");
    case AnnotationRole::CompareConflict:
        return LegendWidget::tr("The other report differs in date, place or participants");
    case AnnotationRole::CompareUnmatched:
        return LegendWidget::tr("Only this report has the event");
    case AnnotationRole::CompareDifference:
        return LegendWidget::tr("Words the other report of the event puts differently");
    }
    return {};
}

} // namespace

LegendWidget::LegendWidget(QWidget *parent)
    : QWidget(parent)
    , m_palette(createAnnotationPalette())
{
    // The items wrap to a second row in a narrow window rather than cutting their labels.
    auto *layout = new FlowLayout(this, 18, 4);
    layout->setContentsMargins(12, 6, 12, 6);
    QFont small = font();
    if (small.pointSizeF() > 0) {
        small.setPointSizeF(small.pointSizeF() * 0.9);
    }
    const QVector<AnnotationRole> shown = roles();
    for (const AnnotationRole role : shown) {
        auto *cell = new QWidget(this);
        auto *pair = new QHBoxLayout(cell);
        pair->setContentsMargins(0, 0, 0, 0);
        pair->setSpacing(4);
        auto *swatch = new QLabel(cell);
        auto *label = new QLabel(annotationRoleName(role), cell);
        label->setFont(small);
        const QString description = roleDescription(role);
        swatch->setToolTip(description);
        label->setToolTip(description);
        pair->addWidget(swatch);
        pair->addWidget(label);
        layout->addWidget(cell);
        m_items.append({role, swatch, label});
    }
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(Themes::instance(), &Themes::themeChanged, this, [this] {
        if (m_followsTheme) {
            m_palette = Themes::instance()->palette();
            updateSwatches();
        }
    });
    updateSwatches();
}

LegendWidget::~LegendWidget() = default;

QVector<AnnotationRole> LegendWidget::roles()
{
    return {AnnotationRole::Person,
            AnnotationRole::Organization,
            AnnotationRole::Location,
            AnnotationRole::Date,
            AnnotationRole::Misc,
            AnnotationRole::Evidence};
}

QString LegendWidget::labelText(AnnotationRole role) const
{
    for (const Item &item : m_items) {
        if (item.role == role) {
            return item.label->text();
        }
    }
    return {};
}

void LegendWidget::setAnnotationPalette(std::shared_ptr<const AnnotationPalette> palette)
{
    if (!palette) {
        return;
    }
    m_palette = std::move(palette);
    m_followsTheme = false;
    updateSwatches();
}

void LegendWidget::setAnnotations(Annotations *annotations)
{
    if (m_annotations) {
        disconnect(m_annotations, nullptr, this, nullptr);
    }
    m_annotations = annotations;
    if (annotations) {
        connect(annotations, &Annotations::resetDone, this, &LegendWidget::updateCounts);
        connect(annotations, &Annotations::entitiesChanged, this, &LegendWidget::updateCounts);
    }
    updateCounts();
}

void LegendWidget::updateCounts()
{
    int counts[int(AnnotationRole::Header) + 1] = {};
    if (m_annotations) {
        for (const Entity &entity : m_annotations->entities()) {
            ++counts[int(annotationRole(entity.type))];
        }
    }
    for (const Item &item : std::as_const(m_items)) {
        const bool counted = m_annotations && item.role != AnnotationRole::Evidence;
        item.label->setText(counted ? tr("%1 %2").arg(annotationRoleName(item.role)).arg(counts[int(item.role)])
                                    : annotationRoleName(item.role));
    }
}

void LegendWidget::updateSwatches()
{
    const ColorScheme scheme = AnnotationPalette::systemScheme();
    const int h = fontMetrics().height();
    const QSize size(h + h / 2, h);
    const qreal dpr = devicePixelRatioF();
    for (const Item &item : std::as_const(m_items)) {
        const QTextCharFormat format = m_palette->format(item.role, scheme);
        const QColor accent = m_palette->color(item.role, scheme);
        QPixmap pixmap(size * dpr);
        pixmap.setDevicePixelRatio(dpr);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        const QRectF box(0.5, 0.5, size.width() - 1.0, size.height() - 1.0);
        painter.fillRect(box, format.background().style() != Qt::NoBrush ? format.background().color() : accent);
        if (format.underlineStyle() != QTextCharFormat::NoUnderline) {
            // Like the text: a tint with a coloured underline.
            const int thickness = std::max(2, h / 7);
            painter.fillRect(QRectF(box.left(), box.bottom() - thickness, box.width(), thickness), accent);
        } else {
            painter.setPen(accent);
            painter.drawRect(box);
        }
        painter.end();
        item.swatch->setPixmap(pixmap);
        item.swatch->setFixedSize(size);
    }
}

bool LegendWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::FontChange) {
        updateSwatches();
    }
    return QWidget::event(event);
}

} // namespace Readout
