// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareflagstyle.h"

#include <QPainter>
#include <QPixmap>

namespace Readout
{

AnnotationRole compareRole(const QString &roleName)
{
    if (roleName == QLatin1String("same")) {
        return AnnotationRole::CompareSame;
    }
    if (roleName == QLatin1String("conflict")) {
        return AnnotationRole::CompareConflict;
    }
    return AnnotationRole::CompareUnmatched;
}

QIcon compareFlagIcon(const AnnotationPalette &palette,
                      ColorScheme scheme,
                      AnnotationRole role,
                      const QString &glyph,
                      int size)
{
    QIcon icon;
    for (const int scale : {1, 2}) {
        QPixmap pixmap(size * scale, size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor accent = palette.color(role, scheme);
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent);
        painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
        // The glyph in whichever of black and white reads better on the accent.
        painter.setPen(accent.lightness() > 150 ? Qt::black : Qt::white);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(int(size * 0.8));
        painter.setFont(font);
        painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, glyph);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Readout
