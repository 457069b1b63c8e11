// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF reader on PDFs made here: paragraph gaps seen in the layout, and a page of 4,000 lines
// read with progress and Cancel heard within the page (it used to be one query per line); and
// PdfPageLayout's matching of a page's text runs to its lines, without a PDF.

#include "formats/pdfpagelayout.h"
#include "formats/pdfreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "pdfmaker.h"

using namespace Readout;

namespace
{

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class PdfReaderTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void testPlaceRuns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QRectF>>("runs");
        QTest::addColumn<bool>("placed");
        QTest::addColumn<QList<QRectF>>("boxes");
        const QRectF first(36, 100, 200, 10);
        const QRectF second(36, 114, 180, 10);
        QTest::newRow("a run per line") << QStringLiteral("Talks in Oslo\r\nwent on") << QList<QRectF>{first, second}
                                        << true << QList<QRectF>{first, second};
        QTest::newRow("two runs, a raised one, on one line")
            << QStringLiteral("Talks in Oslo1 went\r\non")
            << QList<QRectF>{QRectF(36, 100, 90, 10), QRectF(127, 97, 4, 6), QRectF(132, 100, 60, 10), second} << true
            << QList<QRectF>{QRectF(36, 97, 156, 13), second};
        QTest::newRow("back to the left at the same height: a new line")
            << QStringLiteral("right\r\nleft") << QList<QRectF>{QRectF(200, 100, 40, 10), QRectF(36, 100, 40, 10)}
            << true << QList<QRectF>{QRectF(200, 100, 40, 10), QRectF(36, 100, 40, 10)};
        QTest::newRow("a word pdfium joined across the line end spans both")
            << QStringLiteral("the negoti\uFFFEations went on\r\nfor days")
            << QList<QRectF>{first, second, QRectF(36, 128, 100, 10)} << true
            << QList<QRectF>{first | second, QRectF(36, 128, 100, 10)};
        QTest::newRow("blank and white-space lines have no box")
            << QStringLiteral("Talks\r\n\r\n  \r\nwent on") << QList<QRectF>{first, second} << true
            << QList<QRectF>{first, QRectF(), QRectF(), second};
        QTest::newRow("fewer visual lines than text lines: not placed")
            << QStringLiteral("Talks\r\nwent on") << QList<QRectF>{QRectF(36, 100, 200, 24)} << false
            << QList<QRectF>{QRectF(), QRectF()};
    }

    void testPlaceRuns()
    {
        QFETCH(QString, text);
        QFETCH(QList<QRectF>, runs);
        QFETCH(bool, placed);
        QFETCH(QList<QRectF>, boxes);
        QList<QPolygonF> polygons;
        for (const QRectF &run : std::as_const(runs)) {
            polygons.append(QPolygonF(run));
        }
        QVector<PdfTextLine> lines = PdfPageLayout::split(text);
        QCOMPARE(PdfPageLayout::placeRuns(lines, text, polygons), placed);
        QCOMPARE(lines.size(), boxes.size());
        for (int i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines.at(i).box, boxes.at(i));
        }
    }

    void testParagraphGaps_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("text");
        const QStringList first = {QStringLiteral("Officials from Norway and Chile will hold talks in Oslo on"),
                                   QStringLiteral("March 3, the ministry said on Monday, and the talks will"),
                                   QStringLiteral("cover the salmon quotas of both countries for next year.")};
        const QStringList second = {QStringLiteral("Both delegations are expected to sign a short agreement at"),
                                    QStringLiteral("the end of the second day, a spokesman for the ministry said.")};
        QTest::newRow("a blank line between two paragraphs")
            << (first + QStringList{QString()} + second)
            << (first.join(QLatin1Char(' ')) + QStringLiteral("\n\n") + second.join(QLatin1Char(' ')));
        QTest::newRow("no gap: one paragraph") << (first + second) << (first + second).join(QLatin1Char(' '));
    }

    void testParagraphGaps()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, text);
        const QString path =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).left(5) + QStringLiteral(".pdf"));
        QVERIFY(ReadoutTest::writePdf(path, lines));
        const auto document = PdfReader::read(bytesOf(path), path);
        QVERIFY2(document, qPrintable(document.error().message));
        QCOMPARE(document.value().text(), text);
    }

    void testManyLinesProgressWithinThePage()
    {
        const QString path = m_dir.filePath(QStringLiteral("lines.pdf"));
        QVERIFY(ReadoutTest::writePdf(path, ReadoutTest::manyShortLines(), 3.5, 3));
        const QByteArray bytes = bytesOf(path);
        QVector<QPair<int, int>> calls;
        const auto document = PdfReader::read(bytes, path, nullptr, [&calls](int done, int total) {
            calls.append({done, total});
            return true;
        });
        QVERIFY2(document, qPrintable(document.error().message));
        QVERIFY(document.value().text().contains(QLatin1String("w3999")));
        // One page, yet progress moves within it.
        int within = 0;
        for (const auto &call : std::as_const(calls)) {
            QVERIFY(call.first >= 0 && call.first <= call.second);
            within += call.first > 0 && call.first < call.second;
        }
        QVERIFY2(within >= 2, qPrintable(QString::number(within)));
    }

    void testCancelWithinThePage()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.pdf"));
        QVERIFY(ReadoutTest::writePdf(path, ReadoutTest::manyShortLines(), 3.5, 3));
        QVector<QPair<int, int>> calls;
        const auto document = PdfReader::read(bytesOf(path), path, nullptr, [&calls](int done, int total) {
            calls.append({done, total});
            return false;
        });
        QVERIFY(!document);
        QCOMPARE(document.error().code, Error::Code::Cancelled);
        QVERIFY(document.error().message.startsWith(QLatin1String("cancel.pdf: ")));
        // Heard at once, before the one page was through.
        QCOMPARE(calls.size(), 1);
        QVERIFY(calls.first().first < calls.first().second);
    }
};

QTEST_MAIN(PdfReaderTest)
#include "pdfreader_test.moc"
