// SPDX-License-Identifier: GPL-3.0-or-later
// Writes small PDFs for tests and benchmarks with QPdfWriter, so that no binary fixture is needed.
// Needs a QGuiApplication (fonts): QTEST_MAIN gives one to a test linking Qt GUI.
#pragma once

#include <QFont>
#include <QMarginsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace ReadoutTest
{

/// One page holding lines top to bottom, a baseline every pitch points; an empty line leaves its
/// line's height blank (a paragraph gap). The page is as tall as the lines need.
inline bool writePdf(const QString &path, const QStringList &lines, qreal pitch = 14, qreal pointSize = 10)
{
    QPdfWriter writer(path);
    writer.setResolution(72); // a device pixel is a point
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    const qreal height = std::max<qreal>(200, qreal(lines.size()) * pitch + 72);
    writer.setPageSize(QPageSize(QSizeF(400, height), QPageSize::Point));
    QPainter painter;
    if (!painter.begin(&writer)) {
        return false;
    }
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    painter.setFont(font);
    for (int i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty()) {
            painter.drawText(QPointF(36, 36 + (i + 1) * pitch), lines.at(i));
        }
    }
    return painter.end();
}

/// The page of the issue: 4,000 short lines, one selection query each took a minute.
inline QStringList manyShortLines(int count = 4000)
{
    QStringList lines;
    for (int i = 0; i < count; ++i) {
        lines.append(QStringLiteral("w%1").arg(i));
    }
    return lines;
}

} // namespace ReadoutTest
