// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowlayout.h"

#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

namespace Readout
{

namespace
{

/// The share of the available area a window takes at most: room for a panel and the desktop.
constexpr double ScreenShare = 0.92;

QScreen *screenOf(const QWidget *window)
{
    QScreen *screen = window->screen();
    return screen ? screen : QGuiApplication::primaryScreen();
}

} // namespace

WindowLayout::WindowLayout(QWidget *window, const QString &group, const QSize &defaultSize)
    : QObject(window)
    , m_window(window)
    , m_group(group)
    , m_defaultSize(defaultSize)
{
    window->installEventFilter(this);
}

QString WindowLayout::key(const QString &name) const
{
    return m_group + QLatin1Char('/') + name;
}

QSize WindowLayout::fittedSize(const QSize &wished, const QSize &available, const QSize &minimum)
{
    const int maxWidth = std::max(1, int(available.width() * ScreenShare));
    const int maxHeight = std::max(1, int(available.height() * ScreenShare));
    // A minimum above the share may take the whole screen, never more.
    const int minWidth = std::min(minimum.width(), available.width());
    const int minHeight = std::min(minimum.height(), available.height());
    const int width = std::clamp(wished.width(), minWidth, std::max(minWidth, maxWidth));
    const int height = std::clamp(wished.height(), minHeight, std::max(minHeight, maxHeight));
    return {std::max(1, std::min(width, available.width())), std::max(1, std::min(height, available.height()))};
}

void WindowLayout::fitToScreen(QWidget *window)
{
    const QScreen *screen = screenOf(window);
    if (!screen || window->isMaximized() || window->isFullScreen()) {
        return;
    }
    const QRect available = screen->availableGeometry();
    // A window that already fits keeps its size; a larger one (a remembered size from a bigger
    // screen, a default at a high scale factor) shrinks to the screen.
    QSize size = window->size();
    if (size.width() > available.width() || size.height() > available.height()) {
        size = fittedSize(size, available.size(), window->minimumSizeHint().boundedTo(available.size()));
        window->resize(size);
        size = window->size();
    }
    const QRect frame = window->frameGeometry();
    const QSize margins = frame.size() - window->geometry().size();
    const int width = size.width() + margins.width();
    const int height = size.height() + margins.height();
    QPoint topLeft = frame.topLeft();
    if (!window->testAttribute(Qt::WA_Moved)) {
        // Never placed: centre it on the screen.
        topLeft = available.center() - QPoint(width / 2, height / 2);
    }
    topLeft.setX(std::clamp(topLeft.x(), available.left(), std::max(available.left(), available.right() + 1 - width)));
    topLeft.setY(std::clamp(topLeft.y(), available.top(), std::max(available.top(), available.bottom() + 1 - height)));
    window->move(topLeft);
}

bool WindowLayout::restore()
{
    if (!m_window) {
        return false;
    }
    const QSettings settings;
    const QByteArray geometry = settings.value(key(QStringLiteral("geometry"))).toByteArray();
    if (geometry.isEmpty() || !m_window->restoreGeometry(geometry)) {
        const QScreen *screen = screenOf(m_window);
        const QSize available = screen ? screen->availableGeometry().size() : m_defaultSize;
        m_window->resize(fittedSize(m_defaultSize, available));
    }
    bool restored = false;
    if (auto *main = qobject_cast<QMainWindow *>(m_window.data())) {
        restored = main->restoreState(settings.value(key(QStringLiteral("state"))).toByteArray());
    }
    const QList<QSplitter *> splitters = m_window->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty()) {
            splitter->restoreState(
                settings.value(key(QStringLiteral("splitter/") + splitter->objectName())).toByteArray());
        }
    }
    fitToScreen(m_window);
    return restored;
}

void WindowLayout::save() const
{
    if (!m_window) {
        return;
    }
    QSettings settings;
    settings.setValue(key(QStringLiteral("geometry")), m_window->saveGeometry());
    if (const auto *main = qobject_cast<const QMainWindow *>(m_window.data())) {
        settings.setValue(key(QStringLiteral("state")), main->saveState());
    }
    const QList<QSplitter *> splitters = m_window->findChildren<QSplitter *>();
    for (const QSplitter *splitter : splitters) {
        if (!splitter->objectName().isEmpty()) {
            settings.setValue(key(QStringLiteral("splitter/") + splitter->objectName()), splitter->saveState());
        }
    }
}

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        save();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Readout
