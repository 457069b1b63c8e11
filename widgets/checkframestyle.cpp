// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkframestyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace Readout
{

void CheckFrameStyle::drawPrimitive(PrimitiveElement element,
                                    const QStyleOption *option,
                                    QPainter *painter,
                                    const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox || option->palette.base().color().lightness() >= 128) {
        return;
    }
    // Halfway between the box and its mark: plain on a dark base, quieter than the tick.
    const QColor base = option->palette.base().color();
    const QColor text = option->palette.text().color();
    QColor frame((base.red() + text.red()) / 2, (base.green() + text.green()) / 2, (base.blue() + text.blue()) / 2);
    if (!(option->state & State_Enabled)) {
        frame.setAlphaF(0.5);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(frame, 1));
    painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 1.5, 1.5);
    painter->restore();
}

void CheckFrameStyle::installIfFusion()
{
    QStyle *current = QApplication::style();
    if (current && current->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0) {
        QApplication::setStyle(new CheckFrameStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    }
}

} // namespace Readout
