// SPDX-License-Identifier: GPL-3.0-or-later
#include "plainmessagebox.h"

#include <QLabel>

namespace Readout
{

PlainMessageBox::PlainMessageBox(Icon icon,
                                 const QString &title,
                                 const QString &text,
                                 const QString &informativeText,
                                 StandardButtons buttons,
                                 QWidget *parent)
    : QMessageBox(icon, title, QString(), buttons, parent)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setTextFormat(Qt::PlainText);
    setText(text);
    if (!informativeText.isEmpty()) {
        setInformativeText(informativeText);
    }
    // setTextFormat() reaches the text's label only: the informative one keeps guessing.
    const QList<QLabel *> labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        label->setTextFormat(Qt::PlainText);
    }
}

PlainMessageBox *
PlainMessageBox::openWarning(QWidget *parent, const QString &title, const QString &text, const QString &informativeText)
{
    auto *box = new PlainMessageBox(Warning, title, text, informativeText, Ok, parent);
    box->open();
    return box;
}

} // namespace Readout
