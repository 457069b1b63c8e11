// SPDX-License-Identifier: GPL-3.0-or-later
// Print and Export PDF: the printable document (title, publication date, the text with the view's
// entity colours, the events table; file text kept plain), a PDF of the sample read back with
// our own PDF reader, and the exports refused onto the article itself or its sidecar.

#include "documenttab.h"
#include "mainwindow.h"
#include "printcontroller.h"

#include "annotationpalette.h"
#include "articleprinter.h"
#include "articleview.h"
#include "themes.h"

#include "annotations.h"
#include "formats/pdfreader.h"
#include "storage/sidecar.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QPrintDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QtTest>

#include "articlecopy.h"

#include <memory>

using namespace Readout;

namespace
{

constexpr int Timeout = 30000;

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The first table in a document, or null.
QTextTable *firstTable(QTextDocument *document)
{
    for (QTextBlock block = document->firstBlock(); block.isValid(); block = block.next()) {
        if (auto *table = QTextCursor(block).currentTable()) {
            return table;
        }
    }
    return nullptr;
}

} // namespace

class ArticlePrinterTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    DocumentTab *open(const QString &path)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setErrorDialogsEnabled(false);
        m_window->show();
        QSignalSpy done(m_window.get(), &MainWindow::extractionFinished);
        m_window->openFile(path);
        return done.wait(Timeout) ? m_window->currentDocument() : nullptr;
    }

    DocumentTab *openSample()
    {
        return open(ReadoutTest::copyArticle(
            QDir(m_dir.path()),
            QStringLiteral(READOUT_SOURCE_DIR "/resources/samples/us-russia-talks-2021-12-28.txt"),
            QStringLiteral("us-russia-talks-2021-12-28.txt")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Readout"));
        QCoreApplication::setApplicationName(QStringLiteral("readout-print-test"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        m_window.reset();
        Themes::instance()->setSelectedTheme(QString());
    }

    void testMenuActions()
    {
        QVERIFY(openSample());
        QAction *print = m_window->findChild<QAction *>(QStringLiteral("print"));
        QAction *pdf = m_window->findChild<QAction *>(QStringLiteral("exportPdf"));
        QVERIFY(print && pdf);
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        QVERIFY(print->isEnabled() && pdf->isEnabled());

        // Print… asks with the print dialog, without waiting for it.
        print->trigger();
        QPrintDialog *printDialog = nullptr;
        QTRY_VERIFY((printDialog = m_window->findChild<QPrintDialog *>()) && printDialog->isVisible());
        printDialog->reject();

        // Export PDF… suggests NAME.pdf beside the article and writes the file chosen.
        pdf->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>()) && dialog->isVisible());
        QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).fileName(),
                 QStringLiteral("us-russia-talks-2021-12-28.pdf"));
        const QString chosen = m_dir.filePath(QStringLiteral("chosen.pdf"));
        QFile::remove(chosen);
        dialog->selectFile(chosen);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), as the Save button
        QTRY_VERIFY(QFile::exists(chosen));
        QVERIFY(bytesOf(chosen).startsWith("%PDF-"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("as PDF")));
    }

    void testDocumentHasTitleTextColoursAndEvents()
    {
        DocumentTab *tab = openSample();
        QVERIFY(tab);
        const Annotations *annotations = tab->annotations();
        QVERIFY(!annotations->events().isEmpty());
        const ArticlePrinter printer(tab->annotations());
        QCOMPARE(printer.title(), QStringLiteral("us-russia-talks-2021-12-28.txt"));
        const std::unique_ptr<QTextDocument> document = printer.document();
        QCOMPARE(document->firstBlock().text(), QStringLiteral("us-russia-talks-2021-12-28.txt"));
        QCOMPARE(document->firstBlock().next().text(), QStringLiteral("Published 2021-12-28"));

        // The text, whole, after the title; an entity in its type's colour, as the view shows it.
        const QString text = annotations->document().text();
        const QString printed = document->toPlainText();
        const int base = int(printed.indexOf(text.left(200)));
        QVERIFY(base > 0);
        const Entity *entity = nullptr;
        for (const Entity &e : annotations->entities()) {
            if (e.type == EntityType::Person) {
                entity = &e;
                break;
            }
        }
        QVERIFY(entity);
        QCOMPARE(printed.mid(base + entity->start, entity->end - entity->start),
                 text.mid(entity->start, entity->end - entity->start));
        QTextCursor cursor(document.get());
        cursor.setPosition(base + entity->start + 1);
        const QTextCharFormat expected =
            ArticlePrinter::paperPalette()->format(AnnotationRole::Person, ColorScheme::Light);
        QCOMPARE(cursor.charFormat().background().color(), expected.background().color());
        cursor.setPosition(base + text.indexOf(QLatin1String("\n\n"), annotations->document().bodyStart()) + 1);
        QCOMPARE(cursor.charFormat().background().style(), Qt::NoBrush); // plain text stays plain

        // The events table: a header row and a row per event, with each event's participants.
        QTextTable *table = firstTable(document.get());
        QVERIFY(table);
        QCOMPARE(table->rows(), int(annotations->events().size()) + 1);
        const auto cellText = [table](int row, int column) {
            QTextCursor c = table->cellAt(row, column).firstCursorPosition();
            c.setPosition(table->cellAt(row, column).lastCursorPosition().position(), QTextCursor::KeepAnchor);
            return c.selectedText();
        };
        QCOMPARE(cellText(0, 1), QStringLiteral("Participants"));
        for (int row = 0; row < annotations->events().size(); ++row) {
            for (const QString &side : annotations->events().at(row).participants) {
                QVERIFY2(cellText(row + 1, 1).contains(side), qPrintable(side));
            }
        }
    }

    void testFileTextStaysPlain()
    {
        const QString path = m_dir.filePath(QStringLiteral("markup.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("date 2024-02-02\n\n<b>Not bold</b> &amp; <i>talks</i> in Oslo on Monday.\n");
        file.close();
        DocumentTab *tab = open(path);
        QVERIFY(tab);
        const std::unique_ptr<QTextDocument> document = ArticlePrinter(tab->annotations()).document();
        const QString printed = document->toPlainText();
        QVERIFY2(printed.contains(QStringLiteral("<b>Not bold</b> &amp; <i>talks</i> in Oslo")), qPrintable(printed));
        QTextCursor cursor = document->find(QStringLiteral("Not bold"));
        QVERIFY(!cursor.isNull());
        QVERIFY(cursor.charFormat().fontWeight() != QFont::Bold);
    }

    void testDarkThemePrintsOnLightTints()
    {
        QVERIFY(Themes::instance()->setSelectedTheme(QStringLiteral("Readout Dark"))
                || Themes::instance()->setSelectedTheme(QStringLiteral("Breeze Dark")));
        QCOMPARE(Themes::instance()->activeScheme(), ColorScheme::Dark);
        const QColor tint =
            ArticlePrinter::paperPalette()->format(AnnotationRole::Person, ColorScheme::Light).background().color();
        QVERIFY2(tint.lightness() > 160, qPrintable(tint.name()));
    }

    void testExportPdfOfTheSample()
    {
        DocumentTab *tab = openSample();
        QVERIFY(tab);
        const QString pdf = m_dir.filePath(QStringLiteral("sample.pdf"));
        const Result<bool> written = PrintController::exportPdf(tab, pdf);
        QVERIFY2(written.isOk(), written.isOk() ? "" : qPrintable(written.error().message));
        const QByteArray bytes = bytesOf(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.size() > 10000, qPrintable(QString::number(bytes.size())));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        // No temporary file left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("sample.pdf*")}, QDir::Files),
                 QStringList{QStringLiteral("sample.pdf")});

        // Read back with Readout's own PDF reader: the title, an event's sides, a sentence.
        const Result<Document> read = PdfReader::read(bytes, pdf);
        QVERIFY2(read.isOk(), read.isOk() ? "" : qPrintable(read.error().message));
        const QString pdfText = read.value().text().simplified();
        QVERIFY(read.value().metadata().pageStarts.size() > 1);
        QVERIFY(pdfText.contains(QStringLiteral("us-russia-talks-2021-12-28.txt")));
        QVERIFY(pdfText.contains(QStringLiteral("Published 2021-12-28")));
        const Event &first = tab->annotations()->events().first();
        QVERIFY(first.participants.size() >= 2);
        for (const QString &side : first.participants) {
            QVERIFY2(pdfText.contains(side), qPrintable(side));
        }
        const QString sentence = first.evidenceText.simplified();
        QVERIFY(sentence.size() > 40);
        QVERIFY2(pdfText.contains(sentence), qPrintable(sentence + QLatin1String("\n---\n") + pdfText.left(3000)));
    }

    void testExportRefusesTheArticleAndItsSidecar()
    {
        DocumentTab *tab = openSample();
        QVERIFY(tab);
        const QByteArray article = bytesOf(tab->path());
        const Result<bool> onArticle = PrintController::exportPdf(tab, tab->path());
        QVERIFY(!onArticle.isOk());
        QVERIFY2(onArticle.error().message.contains(QStringLiteral("refusing to overwrite the article")),
                 qPrintable(onArticle.error().message));
        QCOMPARE(bytesOf(tab->path()), article);

        const QString sidecar = Sidecar::besidePath(tab->path());
        const bool existed = QFile::exists(sidecar);
        const QByteArray before = bytesOf(sidecar);
        const Result<bool> onSidecar = PrintController::exportPdf(tab, sidecar);
        QVERIFY(!onSidecar.isOk());
        QVERIFY2(onSidecar.error().message.contains(QStringLiteral("sidecar")), qPrintable(onSidecar.error().message));
        QCOMPARE(QFile::exists(sidecar), existed);
        QCOMPARE(bytesOf(sidecar), before);
    }
};

QTEST_MAIN(ArticlePrinterTest)
#include "articleprinter_test.moc"
