// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleprinter.h"

#include "annotationhighlighter.h"
#include "annotationpalette.h"
#include "articleview.h"
#include "builtinpalette.h"
#include "themes.h"

#include "annotations.h"
#include "models/eventtablemodel.h"

#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <vector>

namespace Readout
{

namespace
{

constexpr qreal BodyPointSize = 10;
constexpr qreal TitlePointSize = 16;
constexpr qreal TablePointSize = 7.5;

/// The share of the page width each column of the events table takes, in EventTableModel order:
/// wide enough for the longest word of the short columns ("Participants", "2022-01-10",
/// "scheduled", "spokesperson"), the rest to the evidence. Fixed, since Qt's table layout gives
/// content-sized columns all they ask and squeezes the evidence.
constexpr qreal ColumnPercent[EventTableModel::ColumnCount] = {8, 14, 11, 9, 10, 12, 12, 21, 3};

/// A format range of the whole text (not of one block).
struct TextFormat {
    int start;
    int length;
    QTextCharFormat format;
};

QFont paperFont(qreal pointSize)
{
    QFont font = ArticleView::articleFont();
    font.setPointSizeF(pointSize);
    return font;
}

} // namespace

ArticlePrinter::ArticlePrinter(Annotations *annotations, std::shared_ptr<const AnnotationPalette> palette)
    : m_annotations(annotations)
    , m_palette(palette ? std::move(palette) : paperPalette())
{
}

std::shared_ptr<const AnnotationPalette> ArticlePrinter::paperPalette()
{
    std::shared_ptr<const AnnotationPalette> palette = Themes::instance()->palette();
    const QPalette view = palette->viewPalette(QApplication::palette(), ColorScheme::Light);
    if (AnnotationPalette::schemeOf(view.color(QPalette::Base)) == ColorScheme::Dark) {
        return std::make_shared<BuiltinPalette>(BuiltinPalette::Variant::Light);
    }
    return palette;
}

QString ArticlePrinter::title() const
{
    if (!m_annotations) {
        return {};
    }
    const Document &document = m_annotations->document();
    const QString name = QFileInfo(document.path()).fileName();
    return name.isEmpty() ? document.displayName() : name;
}

std::unique_ptr<QTextDocument> ArticlePrinter::document() const
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setDefaultFont(paperFont(BodyPointSize));
    if (!m_annotations) {
        return document;
    }
    QTextCursor cursor(document.get());
    QTextCharFormat titleFormat;
    titleFormat.setFont(paperFont(TitlePointSize));
    titleFormat.setFontWeight(QFont::Bold);
    cursor.insertText(title(), titleFormat);

    const QDate published = m_annotations->document().metadata().published;
    QTextBlockFormat subtitle;
    subtitle.setBottomMargin(12);
    QTextCharFormat subtitleFormat;
    subtitleFormat.setFont(paperFont(BodyPointSize));
    subtitleFormat.setFontItalic(true);
    cursor.insertBlock(subtitle, subtitleFormat);
    cursor.insertText(published.isValid()
                          ? QCoreApplication::translate("Readout::ArticlePrinter", "Published %1")
                                .arg(published.toString(Qt::ISODate))
                          : QCoreApplication::translate("Readout::ArticlePrinter", "Publication date unknown"),
                      subtitleFormat);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    addText(document.get());
    addEvents(document.get());
    return document;
}

void ArticlePrinter::addText(QTextDocument *document) const
{
    const QString text = ArticleView::displayText(m_annotations->document().text());
    // The colours are the view's: AnnotationHighlighter's block formats on a document of the text
    // alone (its offsets are the annotations'), turned into ranges of the whole text.
    std::vector<TextFormat> formats;
    {
        QTextDocument scratch;
        scratch.setUndoRedoEnabled(false);
        scratch.setPlainText(text);
        AnnotationHighlighter highlighter(&scratch, m_annotations, m_palette);
        highlighter.setParent(nullptr);
        highlighter.setEagerCharacterLimit(0); // formatsFor() below is all that is needed
        highlighter.setPalette(m_palette, ColorScheme::Light);
        for (QTextBlock block = scratch.firstBlock(); block.isValid(); block = block.next()) {
            const QVector<QTextLayout::FormatRange> ranges = highlighter.formatsFor(block);
            for (const QTextLayout::FormatRange &range : ranges) {
                formats.push_back({block.position() + range.start, range.length, range.format});
            }
        }
    }
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    const int base = cursor.position();
    cursor.beginEditBlock();
    cursor.insertText(text); // plain text: each line end a block, offsets kept
    for (const TextFormat &format : formats) {
        cursor.setPosition(base + format.start);
        cursor.setPosition(base + format.start + format.length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format.format);
    }
    cursor.endEditBlock();
}

void ArticlePrinter::addEvents(QTextDocument *document) const
{
    const EventTableModel model(m_annotations);
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat heading;
    heading.setTopMargin(18);
    heading.setBottomMargin(6);
    heading.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    QTextCharFormat headingFormat;
    headingFormat.setFont(paperFont(BodyPointSize + 2));
    headingFormat.setFontWeight(QFont::Bold);
    cursor.insertBlock(heading, headingFormat);
    const int rows = model.rowCount();
    cursor.insertText(rows == 0 ? QCoreApplication::translate("Readout::ArticlePrinter", "Events: none found")
                                : QCoreApplication::translate("Readout::ArticlePrinter", "Events (%1)").arg(rows),
                      headingFormat);
    if (rows == 0) {
        return;
    }
    const int columns = model.columnCount();
    QTextTableFormat tableFormat;
    tableFormat.setHeaderRowCount(1);
    tableFormat.setBorder(1);
    tableFormat.setBorderBrush(QColor(Qt::gray));
    tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tableFormat.setBorderCollapse(true);
    tableFormat.setCellPadding(3);
    tableFormat.setCellSpacing(0);
    tableFormat.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QVector<QTextLength> widths;
    for (int column = 0; column < columns; ++column) {
        const qreal percent = column < EventTableModel::ColumnCount ? ColumnPercent[column] : 5;
        widths.append(QTextLength(QTextLength::PercentageLength, percent));
    }
    tableFormat.setColumnWidthConstraints(widths);
    QTextTable *table = cursor.insertTable(rows + 1, columns, tableFormat);
    QTextCharFormat cellFormat;
    cellFormat.setFont(paperFont(TablePointSize));
    QTextCharFormat headerFormat = cellFormat;
    headerFormat.setFontWeight(QFont::Bold);
    for (int column = 0; column < columns; ++column) {
        QTextCursor cell = table->cellAt(0, column).firstCursorPosition();
        cell.insertText(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), headerFormat);
    }
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model.index(row, column);
            QString value = model.data(index, Qt::DisplayRole).toString();
            const QVariant check = model.data(index, Qt::CheckStateRole);
            if (check.isValid()) {
                value = check.value<Qt::CheckState>() == Qt::Checked ? QStringLiteral("✓") : QString();
            }
            table->cellAt(row + 1, column).firstCursorPosition().insertText(value, cellFormat);
        }
    }
}

void ArticlePrinter::print(QPagedPaintDevice *device) const
{
    const std::unique_ptr<QTextDocument> printable = document();
    printable->print(device);
}

QByteArray ArticlePrinter::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Readout %1").arg(QStringLiteral(READOUT_VERSION)));
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print() keeps 2 cm around the text (the page number in the bottom one).
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        print(&writer);
    }
    buffer.close();
    return bytes;
}

} // namespace Readout
