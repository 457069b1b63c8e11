// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace Readout
{

/// Fusion draws a check box's frame a shade darker than the window: on a dark theme's window (the
/// dark themes of Readout or of the desktop) the ✓ column's boxes and the find bar's options all
/// but vanish. This proxy draws the frame again in a colour between the text and the base, where
/// the palette is dark; everything else is the style's own.
class CheckFrameStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element,
                       const QStyleOption *option,
                       QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    /// Wraps the application's style when it is Fusion (the style offscreen, without a desktop
    /// style and where the user picked it); other styles draw their own frames and keep them.
    static void installIfFusion();
};

} // namespace Readout
