// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparescroller.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace Readout
{

namespace
{

void layOutAll(QPlainTextEdit *view)
{
    // QPlainTextDocumentLayout lays blocks out lazily, one line each until painted; line numbers
    // are only right once every block is laid out. blockBoundingRect() lays out what is not.
    QTextDocument *doc = view->document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (!block.layout() || block.layout()->lineCount() == 0) {
            (void)layout->blockBoundingRect(block);
        }
    }
}

int totalLines(QPlainTextEdit *view)
{
    const QTextBlock last = view->document()->lastBlock();
    return last.firstLineNumber() + std::max(1, last.lineCount());
}

/// Lines the viewport shows a third of the way down: the line kept level.
double referenceOffset(QPlainTextEdit *view)
{
    return double(view->viewport()->height()) / std::max(1.0, CompareScroller::lineHeight(view)) / 3.0;
}

} // namespace

CompareScroller::CompareScroller(QPlainTextEdit *a, QPlainTextEdit *b, QObject *parent)
    : QObject(parent)
    , m_a(a)
    , m_b(b)
{
    for (QPlainTextEdit *view : {a, b}) {
        view->viewport()->installEventFilter(this);
        connect(view->document()->documentLayout(),
                &QAbstractTextDocumentLayout::documentSizeChanged,
                this,
                &CompareScroller::invalidate);
        connect(view->document(), &QTextDocument::contentsChanged, this, &CompareScroller::invalidate);
    }
    connect(a->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        syncFromA();
        Q_EMIT geometryChanged();
    });
    connect(b->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        syncFromB();
        Q_EMIT geometryChanged();
    });
}

void CompareScroller::setAnchors(const QVector<TextAnchor> &anchors)
{
    m_anchors = anchors;
    invalidate();
}

const QVector<TextAnchor> &CompareScroller::anchors() const
{
    return m_anchors;
}

void CompareScroller::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

bool CompareScroller::isEnabled() const
{
    return m_enabled;
}

QPlainTextEdit *CompareScroller::viewA() const
{
    return m_a;
}

QPlainTextEdit *CompareScroller::viewB() const
{
    return m_b;
}

void CompareScroller::invalidate()
{
    m_dirty = true;
    Q_EMIT geometryChanged();
}

bool CompareScroller::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        invalidate();
    }
    return QObject::eventFilter(watched, event);
}

int CompareScroller::lineOf(QPlainTextEdit *view, int position)
{
    QTextDocument *doc = view->document();
    position = std::clamp(position, 0, std::max(0, doc->characterCount() - 1));
    const QTextBlock block = doc->findBlock(position);
    if (!block.isValid()) {
        return 0;
    }
    QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0) {
        (void)doc->documentLayout()->blockBoundingRect(block);
    }
    int within = 0;
    if (layout && layout->lineCount() > 0) {
        const QTextLine line = layout->lineForTextPosition(position - block.position());
        within = line.isValid() ? line.lineNumber() : 0;
    }
    return block.firstLineNumber() + within;
}

double CompareScroller::lineHeight(QPlainTextEdit *view)
{
    // The laid-out height of a line (leading included), which can exceed the font's line spacing.
    const QTextBlock block = view->document()->firstBlock();
    if (block.isValid() && block.layout() && block.layout()->lineCount() > 0) {
        return block.layout()->lineAt(0).height();
    }
    return view->fontMetrics().lineSpacing();
}

int CompareScroller::lineY(QPlainTextEdit *view, int line)
{
    // The top visible character's rectangle is exact; other lines are whole line spacings away.
    const QTextCursor top = view->cursorForPosition(QPoint(0, 0));
    const QRect rect = view->cursorRect(top);
    const int topLine = lineOf(view, top.position());
    return rect.top() + int(std::lround((line - topLine) * lineHeight(view)));
}

void CompareScroller::ensureLines()
{
    if (!m_dirty || !m_a || !m_b) {
        return;
    }
    layOutAll(m_a);
    layOutAll(m_b);
    m_lines.clear();
    m_lines.append({0.0, 0.0});
    for (const TextAnchor &anchor : std::as_const(m_anchors)) {
        if (!anchor.isPair()) {
            continue;
        }
        const double topA = lineOf(m_a, anchor.startA);
        const double topB = lineOf(m_b, anchor.startB);
        const double bottomA = lineOf(m_a, std::max(anchor.startA, anchor.endA - 1)) + 1;
        const double bottomB = lineOf(m_b, std::max(anchor.startB, anchor.endB - 1)) + 1;
        // Keep the control points ascending on both sides (they are, for an order-keeping alignment).
        if (topA < m_lines.constLast().first || topB < m_lines.constLast().second) {
            continue;
        }
        m_lines.append({topA, topB});
        m_lines.append({bottomA, bottomB});
    }
    const double endA = totalLines(m_a);
    const double endB = totalLines(m_b);
    if (endA >= m_lines.constLast().first && endB >= m_lines.constLast().second) {
        m_lines.append({endA, endB});
    }
    m_linesReversed.clear();
    for (const auto &[x, y] : std::as_const(m_lines)) {
        m_linesReversed.append({y, x});
    }
    m_dirty = false;
}

double CompareScroller::map(const QVector<QPair<double, double>> &points, double x)
{
    if (points.isEmpty()) {
        return x;
    }
    if (x <= points.first().first) {
        return points.first().second + (x - points.first().first);
    }
    for (int k = 0; k + 1 < points.size(); ++k) {
        const auto &[x0, y0] = points.at(k);
        const auto &[x1, y1] = points.at(k + 1);
        if (x >= x0 && x <= x1) {
            if (x1 - x0 < 1e-9) {
                continue; // a stretch only B has: A's line maps to its end
            }
            return y0 + (x - x0) * (y1 - y0) / (x1 - x0);
        }
    }
    return points.constLast().second + (x - points.constLast().first);
}

double CompareScroller::mapAtoB(double lineA)
{
    ensureLines();
    return map(m_lines, lineA);
}

double CompareScroller::mapBtoA(double lineB)
{
    ensureLines();
    return map(m_linesReversed, lineB);
}

void CompareScroller::syncFromA()
{
    if (!m_enabled || m_syncing || !m_a || !m_b) {
        return;
    }
    m_syncing = true;
    const double refA = m_a->verticalScrollBar()->value() + referenceOffset(m_a);
    m_b->verticalScrollBar()->setValue(int(std::lround(mapAtoB(refA) - referenceOffset(m_b))));
    m_syncing = false;
}

void CompareScroller::syncFromB()
{
    if (!m_enabled || m_syncing || !m_a || !m_b) {
        return;
    }
    m_syncing = true;
    const double refB = m_b->verticalScrollBar()->value() + referenceOffset(m_b);
    m_a->verticalScrollBar()->setValue(int(std::lround(mapBtoA(refB) - referenceOffset(m_a))));
    m_syncing = false;
}

} // namespace Readout
