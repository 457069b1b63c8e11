// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QVector>

class QHeaderView;
class QTableView;
class QTimer;

namespace Readout
{

/// One column of a table as the fitter sees it: the logical index, how few characters it can be
/// shown in, and whether it is shown when there is room (a column the user never asked for stays off).
struct ColumnPriority {
    int column = -1;
    int minimumCharacters = 6;
};

/// Fits a table's columns to its width by priority, as KDE's list views do in narrow docks: the
/// columns are listed most important first; while the wanted ones do not fit at their minimum
/// widths, the least important are hidden (not forgotten: they come back when the view grows).
/// The columns the user hides or shows through the header stay as the user left them. Also
/// remembers the header (widths, order, the user's choices) in QSettings under a key, for every
/// table of that kind, and restores it on the first model. A child of the view.
class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    ColumnFitter(QTableView *view, const QVector<ColumnPriority> &priorities, const QString &settingsKey);

    /// The user hides or shows a column (the header's menu): remembered and kept.
    void setColumnWanted(int column, bool wanted);
    [[nodiscard]] bool isColumnWanted(int column) const;
    /// Hidden only for want of room.
    [[nodiscard]] bool isColumnSqueezedOut(int column) const;
    /// Hides and shows columns for the view's current width.
    void fit();
    /// Applies the remembered header once the view has columns (call after setModel()).
    void restore();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void save() const;
    [[nodiscard]] int minimumWidth(const ColumnPriority &priority) const;

    QPointer<QTableView> m_view;
    // The viewport the filter watches, kept as a QWidget: events reach the filter while the table
    // is being destroyed, when it is no longer a QTableView.
    QPointer<QWidget> m_viewport;
    QVector<ColumnPriority> m_priorities;
    QString m_key;
    QSet<int> m_unwanted;
    QSet<int> m_squeezed;
    QTimer *m_saveTimer;
    bool m_restored = false;
    bool m_fitting = false;
};

} // namespace Readout
