// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

namespace Readout
{

/// A message box that shows its text and informative text as written. QMessageBox guesses rich
/// text (Qt::mightBeRichText()) for both, so a file name or a quoted line holding markup would be
/// rendered and an <img src=…> in it would load a local file (src="/dev/zero" froze the window).
/// Deleted when closed; open it with open() (no nested event loop).
class PlainMessageBox : public QMessageBox
{
    Q_OBJECT
public:
    PlainMessageBox(Icon icon,
                    const QString &title,
                    const QString &text,
                    const QString &informativeText,
                    StandardButtons buttons,
                    QWidget *parent);

    /// Opens a warning window-modal over parent and returns it (already open).
    static PlainMessageBox *
    openWarning(QWidget *parent, const QString &title, const QString &text, const QString &informativeText = {});
};

} // namespace Readout
