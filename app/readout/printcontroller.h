// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QObject>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace Readout
{

class DocumentTab;

/// File ▸ Print… (Ctrl+P, QPrintDialog) and File ▸ Export PDF… for the article current() names:
/// ArticlePrinter lays it out, this asks where to and reports. The PDF goes out through
/// ExportWriter::writeBytes(): atomically, never over the article itself or a sidecar. Owned by
/// the window it is made for.
class PrintController : public QObject
{
    Q_OBJECT
public:
    PrintController(QMainWindow *window, std::function<DocumentTab *()> current);

    /// Adds Print… and Export PDF… to menu.
    void addTo(QMenu *menu);
    [[nodiscard]] QAction *printAction() const;
    [[nodiscard]] QAction *exportPdfAction() const;

    /// Writes the tab's article, its highlights and events as a PDF to path. Error messages name
    /// the file and say what to do.
    [[nodiscard]] static Result<bool> exportPdf(DocumentTab *tab, const QString &path);

private:
    void showPrintDialog();
    void showExportDialog();
    void showMessage(const QString &message);

    QMainWindow *m_window;
    std::function<DocumentTab *()> m_current;
    QAction *m_print;
    QAction *m_exportPdf;
};

} // namespace Readout
