// SPDX-License-Identifier: GPL-3.0-or-later
#include "printcontroller.h"

#include "documenttab.h"

#include "articleprinter.h"
#include "plainmessagebox.h"

#include "storage/exportwriter.h"
#include "storage/outputfile.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QStatusBar>

#include <memory>

namespace Readout
{

namespace
{

constexpr int StatusTimeout = 6000;

} // namespace

PrintController::PrintController(QMainWindow *window, std::function<DocumentTab *()> current)
    : QObject(window)
    , m_window(window)
    , m_current(std::move(current))
    , m_print(new QAction(tr("&Print…"), window))
    , m_exportPdf(new QAction(tr("Export P&DF…"), window))
{
    m_print->setObjectName(QStringLiteral("print"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setIcon(QIcon::fromTheme(QStringLiteral("document-print")));
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    m_exportPdf->setIcon(QIcon::fromTheme(QStringLiteral("application-pdf")));
    connect(m_print, &QAction::triggered, this, &PrintController::showPrintDialog);
    connect(m_exportPdf, &QAction::triggered, this, &PrintController::showExportDialog);
}

void PrintController::addTo(QMenu *menu)
{
    menu->addActions({m_print, m_exportPdf});
}

QAction *PrintController::printAction() const
{
    return m_print;
}

QAction *PrintController::exportPdfAction() const
{
    return m_exportPdf;
}

Result<bool> PrintController::exportPdf(DocumentTab *tab, const QString &path)
{
    if (!tab) {
        return Error{Error::Code::WriteFailed, tr("%1: no article is open to export").arg(path)};
    }
    const QString article = tab->path();
    // Refused before the work of laying the article out; writeBytes() checks again as it writes.
    if (const QString refused = OutputFile::refusal(path, {article}); !refused.isEmpty()) {
        return Error{Error::Code::WriteFailed, refused};
    }
    return ExportWriter::writeBytes(path, ArticlePrinter(tab->annotations()).pdf(), article);
}

void PrintController::showMessage(const QString &message)
{
    m_window->statusBar()->showMessage(message, StatusTimeout);
}

void PrintController::showPrintDialog()
{
    DocumentTab *tab = m_current ? m_current() : nullptr;
    if (!tab) {
        showMessage(tr("Open an article to print it"));
        return;
    }
    // The printer outlives the dialog (open(), not exec(): no nested event loop here).
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(tab->displayName());
    auto *dialog = new QPrintDialog(printer.get(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print %1").arg(tab->displayName()));
    const QPointer<DocumentTab> target = tab;
    connect(dialog, &QDialog::accepted, this, [this, printer, target] {
        if (!target) {
            return;
        }
        ArticlePrinter(target->annotations()).print(printer.get());
        showMessage(tr("Printed %1").arg(target->displayName()));
    });
    dialog->open();
}

void PrintController::showExportDialog()
{
    DocumentTab *tab = m_current ? m_current() : nullptr;
    if (!tab) {
        showMessage(tr("Open an article to export it as PDF"));
        return;
    }
    const QFileInfo article(tab->path());
    const QString suggested = article.dir().filePath(article.completeBaseName() + QLatin1String(".pdf"));
    auto *dialog = new QFileDialog(m_window, tr("Export PDF"), suggested);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setNameFilters({tr("PDF documents (*.pdf)"), tr("All files (*)")});
    dialog->selectFile(suggested);
    const QPointer<DocumentTab> target = tab;
    connect(dialog, &QFileDialog::fileSelected, this, [this, target](const QString &path) {
        if (!target) {
            return;
        }
        const Result<bool> written = exportPdf(target, path);
        if (!written) {
            showMessage(tr("PDF export failed: %1").arg(written.error().message));
            PlainMessageBox::openWarning(m_window,
                                         tr("Export Failed"),
                                         tr("Could not export to “%1”.").arg(path),
                                         written.error().message);
            return;
        }
        showMessage(tr("Exported %1 as PDF to %2").arg(target->displayName(), QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

} // namespace Readout
