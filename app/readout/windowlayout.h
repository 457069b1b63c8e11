// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>

class QSplitter;
class QWidget;

namespace Readout
{

/// Remembers how a top-level window was laid out and brings it back, as KDE applications do:
/// its geometry, its docks and toolbars (a QMainWindow's saveState()) and the sizes of its
/// splitters that have an objectName, in QSettings under one group per window kind. Saved when the
/// window closes; restored once by restore(). A restored or default size always fits the screen the
/// window opens on, at any scale factor. Owned by (a child of) the window.
class WindowLayout : public QObject
{
    Q_OBJECT
public:
    /// group: the QSettings group ("mainWindow", "compareWindow"); defaultSize: the size wished for
    /// on a first start, shrunk to the screen.
    WindowLayout(QWidget *window, const QString &group, const QSize &defaultSize);

    /// Applies the remembered layout, or the default size when there is none, then fits the window
    /// into the available geometry of its screen. Call before the window is first shown. Returns
    /// whether a remembered layout of the docks was applied.
    bool restore();
    /// Writes the current layout (also done when the window closes).
    void save() const;

    /// The part of the available screen area a window of this wished size takes: at most 92% of
    /// each dimension, never below minimum (clamped to the screen as well).
    [[nodiscard]] static QSize fittedSize(const QSize &wished, const QSize &available, const QSize &minimum = {});
    /// Moves and shrinks the window so that its frame lies inside its screen's available area.
    static void fitToScreen(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    [[nodiscard]] QString key(const QString &name) const;

    QPointer<QWidget> m_window;
    QString m_group;
    QSize m_defaultSize;
};

} // namespace Readout
