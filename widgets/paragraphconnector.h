// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationpalette.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Readout
{

class CompareScroller;

/// The strip between two compared articles: a band joins each pair of aligned paragraphs (in the
/// "same" colour), and each paragraph only one side has gets a bar on its own edge (in the
/// "unmatched" colour), facing a gap, as diff tools join changed hunks. Geometry comes from the
/// CompareScroller; colours from the palette. Does not own the scroller.
class ParagraphConnector : public QWidget
{
    Q_OBJECT
public:
    explicit ParagraphConnector(CompareScroller *scroller, QWidget *parent = nullptr);

    [[nodiscard]] QSize sizeHint() const override;
    /// The pair drawn stronger (the paragraphs of the selected event pair); -1 for none.
    void setHighlightedAnchor(int index);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QPointer<CompareScroller> m_scroller;
    int m_highlighted = -1;
};

} // namespace Readout
