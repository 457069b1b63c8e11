// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Readout
{

/// The status bar's sign of long work: what runs ("Reading big.txt", "Extracting big.txt"), a bar
/// (percent while a file is read, busy while an article is extracted) and a Cancel button that
/// emits cancelRequested(). Hidden when nothing runs. Shows; decides nothing.
class ProgressIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ProgressIndicator(QWidget *parent = nullptr);

    void showReading(const QString &name, int percent);
    void showExtracting(const QString &name);
    void clear();

    [[nodiscard]] int value() const;
    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace Readout
