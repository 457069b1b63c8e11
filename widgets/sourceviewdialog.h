// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDialog>
#include <QVector>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Readout
{

class SourceView;

/// A window of SourceViews, one tab per file: View ▸ Source shows the files behind an article
/// (the article itself, its sidecar JSON, brat .ann, CSV exports); Settings ▸ Knowledge Files the
/// rules, gazetteers and the user dictionary. Editable files can be saved in place (atomically,
/// with QSaveFile); every file can be saved as a copy, e.g. into a --data-dir to override a
/// built-in one. Never blocks: questions are asked with open(), not exec().
class SourceViewDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Access {
        ReadOnly,
        Editable, ///< only honoured for real files read losslessly, never for ":/" resources
    };

    explicit SourceViewDialog(QWidget *parent = nullptr);
    ~SourceViewDialog() override;

    /// Adds a tab for a file, labelled with label or the file name. A file that cannot be shown
    /// still gets a tab, with the reason; then the result is the error.
    Result<SourceView *> addFile(const QString &path, Access access = Access::ReadOnly, const QString &label = {});

    [[nodiscard]] int count() const;
    [[nodiscard]] SourceView *view(int index) const;
    [[nodiscard]] QString path(int index) const;
    [[nodiscard]] bool isEditable(int index) const;
    void setCurrentIndex(int index);

    /// Writes a tab's text to path (its own file when empty; only editable tabs may do that).
    Result<bool> save(int index, const QString &path = {});

Q_SIGNALS:
    /// A file was written, in place or as a copy.
    void fileSaved(const QString &path);

public Q_SLOTS:
    void reject() override;

private:
    struct Tab {
        QString path;
        bool editable = false;
        SourceView *view = nullptr;
    };

    void updateButtons();
    void saveCurrent();
    void saveCurrentAs();
    void showSaveError(const QString &message);
    [[nodiscard]] bool hasUnsavedChanges() const;

    QTabWidget *m_tabs = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveAs = nullptr;
    QVector<Tab> m_tabData;
    bool m_closing = false;
};

} // namespace Readout
