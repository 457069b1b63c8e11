// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTextBrowser;

namespace Readout
{

/// Help ▸ Manual: the user manual bundled with the program (Markdown under :/readout/manual/,
/// with its screenshots), shown in a browser window with back, forward and contents. Links
/// inside the manual stay in it; links to the web open in the desktop's browser. One window per
/// application (show() raises it); it deletes itself when closed.
class ManualWindow : public QWidget
{
    Q_OBJECT
public:
    /// Opens the manual, or raises it when open, and returns it.
    static ManualWindow *showManual(QWidget *parent = nullptr);
    /// The manual's source in the resources.
    [[nodiscard]] static QUrl manualUrl();

    [[nodiscard]] QTextBrowser *browser() const;

private:
    explicit ManualWindow(QWidget *parent);

    QTextBrowser *m_browser;
};

} // namespace Readout
