// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineguard.h"

#include "highlightingengine.h"
#include "sourceview.h"
#include "sourceviewdialog.h"
#include "themes.h"

#include <QFile>
#include <QFontInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

#include <sys/stat.h>

using namespace Readout;

namespace
{

const QString Html = QStringLiteral(
    "<!DOCTYPE html>\n"
    "<html lang=\"en\">\n"
    "<body><p class=\"lead\">Talks &amp; summits on <time>2022-01-10</time></p></body>\n"
    "</html>\n");

/// Every format range the highlighter put on the document.
QVector<QTextLayout::FormatRange> allFormats(const QTextDocument *document)
{
    QVector<QTextLayout::FormatRange> ranges;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QVector<QTextLayout::FormatRange> formats = block.layout()->formats();
        for (QTextLayout::FormatRange range : formats) {
            range.start += block.position();
            ranges.append(range);
        }
    }
    return ranges;
}

/// The format the highlighter gave a document position (empty where it gave none).
QTextCharFormat formatAt(const QTextDocument *document, int position)
{
    QTextCharFormat format;
    const QVector<QTextLayout::FormatRange> ranges = allFormats(document);
    for (const QTextLayout::FormatRange &range : ranges) {
        if (position >= range.start && position < range.start + range.length) {
            format = range.format;
        }
    }
    return format;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        return {};
    }
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class SourceViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void testKshHighlightsHtml();
    void testBuiltinShowsHtmlPlain();
    void testMonospace();
    void testSyntaxOfProjectFiles_data();
    void testSyntaxOfProjectFiles();
    void testLoadKeepsBytes_data();
    void testLoadKeepsBytes();
    void testLoadRejects_data();
    void testLoadRejects();
    void testLoadRefusesFifo();
    void testBuiltInResourceIsReadOnly();
    void testDialogSavesEditableFile();
};

void SourceViewTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void SourceViewTest::cleanup()
{
    Themes::instance()->setSelectedTheme(QString());
}

void SourceViewTest::testKshHighlightsHtml()
{
    READOUT_REQUIRE_KSH("testBuiltinShowsHtmlPlain");
    QVERIFY(Themes::instance()->setSelectedTheme(QStringLiteral("Breeze Light")));
    SourceView view;
    view.setSource(Html, QStringLiteral("article.html"));
    QCOMPARE(view.syntaxName(), QStringLiteral("HTML"));
    QVERIFY(view.highlighter());
    // Some characters get a format of their own: the tag name, and the attribute value in a
    // colour unlike the normal text.
    const int tag = int(Html.indexOf(QLatin1String("<html")) + 1);
    const int value = int(Html.indexOf(QLatin1String("\"en\"")) + 1);
    QTRY_VERIFY(!formatAt(view.document(), tag).isEmpty());
    const QColor light = formatAt(view.document(), value).foreground().color();
    QVERIFY(formatAt(view.document(), value).foreground().style() != Qt::NoBrush);
    QVERIFY2(light != view.palette().color(QPalette::Text), qPrintable(light.name()));

    // The view follows a theme change, highlighting and all.
    QVERIFY(Themes::instance()->setSelectedTheme(QStringLiteral("Breeze Dark")));
    QTRY_VERIFY(formatAt(view.document(), value).foreground().color() != light);
    QCOMPARE(AnnotationPalette::schemeOf(view.palette().color(QPalette::Base)), ColorScheme::Dark);
}

void SourceViewTest::testBuiltinShowsHtmlPlain()
{
    READOUT_REQUIRE_BUILTIN("testKshHighlightsHtml");
    SourceView view;
    view.setSource(Html, QStringLiteral("article.html"));
    QCOMPARE(view.syntaxName(), QString());
    QVERIFY(!view.highlighter());
    QCoreApplication::processEvents();
    QVERIFY(allFormats(view.document()).isEmpty());
    QCOMPARE(view.toPlainText(), Html);
    // Themes still apply to the view's colours.
    QVERIFY(Themes::instance()->setSelectedTheme(QStringLiteral("Readout Dark")));
    QCOMPARE(AnnotationPalette::schemeOf(view.palette().color(QPalette::Base)), ColorScheme::Dark);
}

void SourceViewTest::testMonospace()
{
    SourceView view;
    view.setSource(Html, QStringLiteral("article.html"));
    QVERIFY(QFontInfo(view.font()).fixedPitch());
    QVERIFY(view.isReadOnly());
    QCOMPARE(view.lineWrapMode(), QPlainTextEdit::NoWrap);
}

void SourceViewTest::testSyntaxOfProjectFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("syntax");

    QTest::newRow("html article") << QStringLiteral("report.html") << QStringLiteral("HTML");
    QTest::newRow("markdown article") << QStringLiteral("report.md") << QStringLiteral("Markdown");
    QTest::newRow("sidecar") << QStringLiteral("report.readout.json") << QStringLiteral("JSON");
    QTest::newRow("csv export") << QStringLiteral("report.events.csv") << QStringLiteral("CSV");
    QTest::newRow("brat standoff") << QStringLiteral("report.ann") << QStringLiteral("TSV");
    QTest::newRow("gazetteer") << QStringLiteral("countries.tsv") << QStringLiteral("TSV");
    QTest::newRow("rules") << QStringLiteral("events.json") << QStringLiteral("JSON");
    QTest::newRow("plain article") << QStringLiteral("report.txt") << QString();
}

void SourceViewTest::testSyntaxOfProjectFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QString, syntax);
    const HighlightingEngine &engine = Themes::instance()->engine();
    // Without KF6 every file is plain text.
    QCOMPARE(engine.syntaxName(fileName), engine.isKSyntaxHighlighting() ? syntax : QString());
}

void SourceViewTest::testLoadKeepsBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("lossless");

    QTest::newRow("utf-8 lf") << QByteArray("name\tcode\nUnited States\tUSA\n") << true;
    QTest::newRow("utf-8 bom crlf") << QByteArray("\xef\xbb\xbf\xc3\xa9t\xc3\xa9\r\nzwei\r\n") << true;
    QTest::newRow("no final newline, nbsp") << QByteArray(
        "a\xc2\xa0"
        "b") << true;
    QTest::newRow("latin-1 is read-only") << QByteArray("caf\xe9\n") << false;
    QTest::newRow("mixed line ends are read-only") << QByteArray("a\r\nb\n") << false;
    QTest::newRow("utf-16 is read-only") << QByteArray(
        "\xff\xfe"
        "a\0b\0",
        6) << false;
}

void SourceViewTest::testLoadKeepsBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, lossless);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("file.tsv"), bytes);
    QVERIFY(!path.isEmpty());
    SourceView view;
    const Result<bool> loaded = view.loadFile(path);
    QVERIFY2(loaded.isOk(), qPrintable(loaded.error().message));
    QCOMPARE(view.isLossless(), lossless);
    if (lossless) {
        QCOMPARE(view.toBytes(), bytes);
    } else {
        QVERIFY(view.isReadOnly());
        QVERIFY(!view.toPlainText().isEmpty());
    }
}

void SourceViewTest::testLoadRejects_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");

    QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0", 6) << int(Error::Code::Binary);
    QTest::newRow("missing") << QByteArray() << int(Error::Code::NotFound);
}

void SourceViewTest::testLoadRejects()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QTemporaryDir dir;
    const QString path = bytes.isEmpty() ? dir.filePath(QStringLiteral("absent.csv"))
                                         : writeFile(dir, QStringLiteral("data.csv"), bytes);
    SourceView view;
    const Result<bool> loaded = view.loadFile(path);
    QVERIFY(!loaded.isOk());
    QCOMPARE(int(loaded.error().code), code);
    QVERIFY2(loaded.error().message.contains(QFileInfo(path).fileName()), qPrintable(loaded.error().message));
    QVERIFY(view.toPlainText().isEmpty());
}

void SourceViewTest::testLoadRefusesFifo()
{
    // View Source reads on the GUI thread: a FIFO put where the article was must not hang it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("article.txt"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
    SourceView view;
    const Result<bool> loaded = view.loadFile(path);
    QVERIFY(!loaded.isOk());
    QVERIFY2(loaded.error().message.contains(QLatin1String("article.txt: not a regular file (a FIFO)")),
             qPrintable(loaded.error().message));
}

void SourceViewTest::testBuiltInResourceIsReadOnly()
{
    SourceViewDialog dialog;
    const Result<SourceView *> added =
        dialog.addFile(QStringLiteral(":/readout/rules/events.json"), SourceViewDialog::Access::Editable);
    QVERIFY2(added.isOk(), qPrintable(added.error().message));
    QVERIFY(added.value()->toPlainText().contains(QLatin1String("\"schema\"")));
    QVERIFY(!dialog.isEditable(0));
    QVERIFY(dialog.view(0)->isReadOnly());
    QVERIFY(!dialog.save(0).isOk());
    if (Themes::instance()->engine().isKSyntaxHighlighting()) {
        QCOMPARE(dialog.view(0)->syntaxName(), QStringLiteral("JSON"));
    }
    // A copy may be saved anywhere (into a --data-dir, say), byte for byte.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("events.json"));
    QVERIFY(dialog.save(0, copy).isOk());
    QFile resource(QStringLiteral(":/readout/rules/events.json"));
    QVERIFY(resource.open(QIODevice::ReadOnly));
    QCOMPARE(readFile(copy), resource.readAll());
}

void SourceViewTest::testDialogSavesEditableFile()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("user-dictionary.tsv"), "surface\ttype\r\nLavrov\tPERSON\r\n");
    const QString missing = dir.filePath(QStringLiteral("gone.ann"));
    SourceViewDialog dialog;
    QVERIFY(dialog.addFile(path, SourceViewDialog::Access::Editable).isOk());
    QVERIFY(!dialog.addFile(missing).isOk());
    QCOMPARE(dialog.count(), 2);
    QVERIFY(!dialog.view(1));
    QVERIFY(dialog.isEditable(0));
    SourceView *view = dialog.view(0);
    QVERIFY(!view->isReadOnly());
    QTextCursor cursor(view->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("Stoltenberg\tPERSON\n"));
    QVERIFY(view->document()->isModified());
    QSignalSpy saved(&dialog, &SourceViewDialog::fileSaved);
    const Result<bool> result = dialog.save(0);
    QVERIFY2(result.isOk(), qPrintable(result.error().message));
    QCOMPARE(saved.count(), 1);
    QVERIFY(!view->document()->isModified());
    QCOMPARE(readFile(path), QByteArray("surface\ttype\r\nLavrov\tPERSON\r\nStoltenberg\tPERSON\r\n"));
}

QTEST_MAIN(SourceViewTest)
#include "sourceview_test.moc"
