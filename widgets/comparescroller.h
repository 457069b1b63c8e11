// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QVector>

class QPlainTextEdit;

namespace Readout
{

/// Two stretches of text that face each other: [startA, endA) in view A and [startB, endB) in
/// view B (UTF-16 positions). An aligned paragraph pair has both; an unmatched paragraph one.
struct TextAnchor {
    int startA = -1;
    int endA = -1;
    int startB = -1;
    int endB = -1;
    [[nodiscard]] bool isPair() const
    {
        return startA >= 0 && startB >= 0;
    }
};

/// Synchronised scrolling of two text views that keeps aligned paragraphs level: positions
/// between the aligned pairs' first and last lines map piecewise linearly, so while one view
/// scrolls through a paragraph the other does not have, the other waits at the gap. The line a
/// third down each viewport is the one kept level. Also answers where a text position is in a
/// view (for the connector drawn between them). Watches, does not own, the views.
class CompareScroller : public QObject
{
    Q_OBJECT
public:
    CompareScroller(QPlainTextEdit *a, QPlainTextEdit *b, QObject *parent = nullptr);

    /// The facing stretches, in order on both sides (pairs and unmatched paragraphs).
    void setAnchors(const QVector<TextAnchor> &anchors);
    [[nodiscard]] const QVector<TextAnchor> &anchors() const;
    /// Off: the views scroll independently (while both are moved to a selection, say).
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const;

    [[nodiscard]] QPlainTextEdit *viewA() const;
    [[nodiscard]] QPlainTextEdit *viewB() const;

    /// The visual line (wrapped lines counted) of a text position; lays the document out first.
    [[nodiscard]] static int lineOf(QPlainTextEdit *view, int position);
    /// The height of one visual line in pixels, as laid out.
    [[nodiscard]] static double lineHeight(QPlainTextEdit *view);
    /// The viewport y of the top of a visual line, also for lines scrolled out of view.
    [[nodiscard]] static int lineY(QPlainTextEdit *view, int line);
    /// The line of B level with a line of A under the anchors (and the reverse).
    [[nodiscard]] double mapAtoB(double lineA);
    [[nodiscard]] double mapBtoA(double lineB);

    /// Scrolls B to face A's current position (or A to face B's).
    void syncFromA();
    void syncFromB();

Q_SIGNALS:
    /// Either view scrolled or was laid out again: whatever is drawn between them is stale.
    void geometryChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void invalidate();
    void ensureLines();
    [[nodiscard]] static double map(const QVector<QPair<double, double>> &points, double x);

    QPointer<QPlainTextEdit> m_a;
    QPointer<QPlainTextEdit> m_b;
    QVector<TextAnchor> m_anchors;
    QVector<QPair<double, double>> m_lines; ///< (line in A, line in B) control points, ascending
    QVector<QPair<double, double>> m_linesReversed; ///< (line in B, line in A)
    bool m_dirty = true;
    bool m_enabled = true;
    bool m_syncing = false;
};

} // namespace Readout
