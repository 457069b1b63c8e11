// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace Readout
{

ColumnFitter::ColumnFitter(QTableView *view, const QVector<ColumnPriority> &priorities, const QString &settingsKey)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_priorities(priorities)
    , m_key(settingsKey)
    , m_saveTimer(new QTimer(this))
{
    view->viewport()->installEventFilter(this);
    // Widths and order are written a moment after the user stops dragging, not per pixel.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &ColumnFitter::save);
    QHeaderView *header = view->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting && m_restored) {
            m_saveTimer->start();
        }
    });
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        if (m_restored) {
            m_saveTimer->start();
        }
    });
}

int ColumnFitter::minimumWidth(const ColumnPriority &priority) const
{
    const QHeaderView *header = m_view->horizontalHeader();
    const int characters =
        m_view->fontMetrics().horizontalAdvance(QString(priority.minimumCharacters, QLatin1Char('n')));
    return std::max(header->minimumSectionSize(),
                    characters + 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8);
}

void ColumnFitter::setColumnWanted(int column, bool wanted)
{
    if (wanted) {
        m_unwanted.remove(column);
    } else {
        m_unwanted.insert(column);
    }
    fit();
    save();
}

bool ColumnFitter::isColumnWanted(int column) const
{
    return !m_unwanted.contains(column);
}

bool ColumnFitter::isColumnSqueezedOut(int column) const
{
    return m_squeezed.contains(column);
}

void ColumnFitter::fit()
{
    // A view never shown has no real width yet: its columns wait for the first show.
    if (!m_view || !m_view->model() || !m_view->isVisible()) {
        return;
    }
    m_fitting = true;
    const int available = m_view->viewport()->width();
    int used = 0;
    m_squeezed.clear();
    bool first = true;
    for (const ColumnPriority &priority : std::as_const(m_priorities)) {
        if (priority.column >= m_view->model()->columnCount()) {
            continue;
        }
        if (!isColumnWanted(priority.column)) {
            m_view->setColumnHidden(priority.column, true);
            continue;
        }
        const int width = minimumWidth(priority);
        // The most important column always shows, however narrow the view.
        const bool fits = first || used + width <= available;
        first = false;
        m_view->setColumnHidden(priority.column, !fits);
        if (fits) {
            used += width;
        } else {
            m_squeezed.insert(priority.column);
        }
    }
    m_fitting = false;
}

void ColumnFitter::restore()
{
    if (m_restored || !m_view || !m_view->model() || m_view->model()->columnCount() == 0) {
        return;
    }
    m_restored = true;
    const QSettings settings;
    const QByteArray state = settings.value(m_key + QStringLiteral("/header")).toByteArray();
    if (!state.isEmpty()) {
        m_view->horizontalHeader()->restoreState(state);
    }
    const QVariantList unwanted = settings.value(m_key + QStringLiteral("/hidden")).toList();
    m_unwanted.clear();
    for (const QVariant &column : unwanted) {
        m_unwanted.insert(column.toInt());
    }
    fit();
}

void ColumnFitter::save() const
{
    if (!m_view || !m_restored) {
        return;
    }
    QSettings settings;
    settings.setValue(m_key + QStringLiteral("/header"), m_view->horizontalHeader()->saveState());
    QVariantList unwanted;
    QList<int> sorted(m_unwanted.cbegin(), m_unwanted.cend());
    std::sort(sorted.begin(), sorted.end());
    for (const int column : std::as_const(sorted)) {
        unwanted.append(column);
    }
    settings.setValue(m_key + QStringLiteral("/hidden"), unwanted);
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() == QEvent::Resize || event->type() == QEvent::Show) && watched == m_viewport.data()) {
        fit();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Readout
