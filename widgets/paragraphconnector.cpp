// SPDX-License-Identifier: GPL-3.0-or-later
#include "paragraphconnector.h"

#include "comparescroller.h"
#include "themes.h"

#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>

namespace Readout
{

ParagraphConnector::ParagraphConnector(CompareScroller *scroller, QWidget *parent)
    : QWidget(parent)
    , m_scroller(scroller)
{
    setMinimumWidth(24);
    connect(scroller, &CompareScroller::geometryChanged, this, qOverload<>(&QWidget::update));
    connect(Themes::instance(), &Themes::themeChanged, this, qOverload<>(&QWidget::update));
}

QSize ParagraphConnector::sizeHint() const
{
    return {48, 200};
}

void ParagraphConnector::setHighlightedAnchor(int index)
{
    m_highlighted = index;
    update();
}

void ParagraphConnector::paintEvent(QPaintEvent *)
{
    if (!m_scroller || !m_scroller->viewA() || !m_scroller->viewB()) {
        return;
    }
    QPlainTextEdit *a = m_scroller->viewA();
    QPlainTextEdit *b = m_scroller->viewB();
    const auto palette = Themes::instance()->palette();
    const ColorScheme scheme = AnnotationPalette::systemScheme();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QWidget::palette().color(QPalette::Base));

    // Viewport y of a line, in this widget's coordinates.
    auto yIn = [this](QPlainTextEdit *view, int line) {
        const int y = CompareScroller::lineY(view, line);
        return double(mapFromGlobal(view->viewport()->mapToGlobal(QPoint(0, y))).y());
    };
    const double w = width();
    const QColor same = palette->color(AnnotationRole::CompareSame, scheme);
    const QColor unmatched = palette->color(AnnotationRole::CompareUnmatched, scheme);
    const QVector<TextAnchor> &anchors = m_scroller->anchors();
    for (int k = 0; k < anchors.size(); ++k) {
        const TextAnchor &anchor = anchors.at(k);
        double a0 = 0;
        double a1 = 0;
        double b0 = 0;
        double b1 = 0;
        if (anchor.startA >= 0) {
            const int top = CompareScroller::lineOf(a, anchor.startA);
            const int bottom = CompareScroller::lineOf(a, std::max(anchor.startA, anchor.endA - 1)) + 1;
            a0 = yIn(a, top);
            a1 = yIn(a, bottom);
        }
        if (anchor.startB >= 0) {
            const int top = CompareScroller::lineOf(b, anchor.startB);
            const int bottom = CompareScroller::lineOf(b, std::max(anchor.startB, anchor.endB - 1)) + 1;
            b0 = yIn(b, top);
            b1 = yIn(b, bottom);
        }
        if (!anchor.isPair()) {
            // A paragraph only one side has: a grey bar on its edge, facing a gap on the other.
            const bool left = anchor.startA >= 0;
            const double top = left ? a0 : b0;
            const double bottom = left ? a1 : b1;
            if (bottom < 0 || top > height()) {
                continue;
            }
            QColor fill = unmatched;
            fill.setAlpha(k == m_highlighted ? 170 : 90);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawRoundedRect(QRectF(left ? 0.0 : w - w / 4, top + 1, w / 4, std::max(2.0, bottom - top - 2)),
                                    2,
                                    2);
            continue;
        }
        QPainterPath path;
        path.moveTo(0, a0);
        path.cubicTo(w / 2, a0, w / 2, b0, w, b0);
        path.lineTo(w, b1);
        path.cubicTo(w / 2, b1, w / 2, a1, 0, a1);
        path.closeSubpath();
        const QColor color = same;
        QColor fill = color;
        fill.setAlpha(k == m_highlighted ? 150 : 60);
        painter.setPen(QPen(color, k == m_highlighted ? 2.0 : 1.0));
        painter.setBrush(fill);
        painter.drawPath(path);
    }
}

} // namespace Readout
