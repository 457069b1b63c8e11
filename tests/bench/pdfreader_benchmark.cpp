// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a PDF page of many short lines (4,000 by default; READOUT_PDF_LINES to change), made
// here with QPdfWriter. Prints the time; asserts nothing about it.
// Run by hand:  QT_QPA_PLATFORM=offscreen build/tests/bench/pdfreader_benchmark

#include "formats/pdfreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "../pdfmaker.h"

using namespace Readout;

class PdfReaderBenchmark : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void benchmarkManyLines()
    {
        const int count =
            qEnvironmentVariableIsSet("READOUT_PDF_LINES") ? qEnvironmentVariableIntValue("READOUT_PDF_LINES") : 4000;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lines.pdf"));
        QVERIFY(ReadoutTest::writePdf(path, ReadoutTest::manyShortLines(count), 3.5, 3));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        qInfo("%d lines on one page, %lld bytes", count, qint64(bytes.size()));
        QBENCHMARK {
            const auto document = PdfReader::read(bytes, path);
            QVERIFY2(document, qPrintable(document.error().message));
        }
    }
};

QTEST_MAIN(PdfReaderBenchmark)
#include "pdfreader_benchmark.moc"
