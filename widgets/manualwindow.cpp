// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualwindow.h"

#include <QAction>
#include <QPointer>
#include <QScreen>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace Readout
{

ManualWindow *ManualWindow::showManual(QWidget *parent)
{
    static QPointer<ManualWindow> window;
    if (!window) {
        window = new ManualWindow(parent);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

QUrl ManualWindow::manualUrl()
{
    return QUrl(QStringLiteral("qrc:/readout/manual/manual.md"));
}

ManualWindow::ManualWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("manualWindow"));
    setWindowTitle(tr("Readout Manual"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setOpenLinks(true);
    m_browser->document()->setDocumentMargin(16);

    auto *tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *back = tools->addAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("Back"));
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    QAction *forward = tools->addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("Forward"));
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    QAction *home = tools->addAction(QIcon::fromTheme(QStringLiteral("go-home")), tr("Contents"));
    connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(home, &QAction::triggered, m_browser, &QTextBrowser::home);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    auto *close = new QAction(this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(m_browser, 1);

    m_browser->setSource(manualUrl(), QTextDocument::MarkdownResource);
    // A page of text and screenshots: wide enough for them, never wider than the screen.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(980, available.width() * 9 / 10), std::min(900, available.height() * 9 / 10));
}

QTextBrowser *ManualWindow::browser() const
{
    return m_browser;
}

} // namespace Readout
