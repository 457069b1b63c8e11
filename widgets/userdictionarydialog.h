// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Readout
{

class UserDictionary;

/// Settings ▸ User Dictionary: the names learnt from corrections, as a table the analyst edits
/// (surface, type, canonical; type STOP for never-a-name), saved to the dictionary file.
class UserDictionaryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserDictionaryDialog(const QString &path, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const;
    /// The table as a dictionary (rows without a surface skipped).
    [[nodiscard]] UserDictionary dictionary() const;
    /// Writes the table to the file; reports failure in the dialog and returns false.
    bool save();

Q_SIGNALS:
    void saved(const QString &path);

private:
    void addRow(const QString &surface, const QString &type, const QString &canonical);

    QString m_path;
    QTableWidget *m_table;
    QLabel *m_status;
};

} // namespace Readout
