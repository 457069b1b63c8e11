// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/documentreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

class DocumentReaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testDecode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        const QString word = QStringLiteral("Türkiye – talks");
        QTest::newRow("utf-8") << word.toUtf8() << word << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + word.toUtf8() << word
                                   << QStringLiteral("UTF-8 (BOM)");
        QByteArray le("\xFF\xFE");
        QByteArray be("\xFE\xFF");
        for (QChar c : word) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("utf-16le") << le << word << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be") << be << word << QStringLiteral("UTF-16BE");
        QTest::newRow("windows-1252") << QByteArray("T\xFCrkiye \x96 talks") << word << QStringLiteral("windows-1252");
        QTest::newRow("crlf") << QByteArray("a\r\nb") << QStringLiteral("a\nb") << QStringLiteral("UTF-8");
    }

    void testDecode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        const auto doc = parseText(bytes, QStringLiteral("x.txt"));
        QVERIFY(doc.isOk());
        QCOMPARE(doc.value().text(), text);
        QCOMPARE(doc.value().metadata().encoding, encoding);
    }

    void testHeader_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::newRow("inline date line")
            << QStringLiteral(" date 2021-12-28 Officials met.") << QStringLiteral("2021-12-28") << QString()
            << QStringLiteral("Officials met.");
        QTest::newRow("date line then blank")
            << QStringLiteral("date 2022-03-01\n\nTitle\n\nBody.") << QStringLiteral("2022-03-01") << QString()
            << QStringLiteral("Title\n\nBody.");
        QTest::newRow("front matter") << QStringLiteral(
            "---\ntitle: \"Talks resume\"\ndate: 2023-05-10\nsource: Wire\n---\nBody text.")
                                      << QStringLiteral("2023-05-10") << QStringLiteral("Talks resume")
                                      << QStringLiteral("Body text.");
        QTest::newRow("none") << QStringLiteral("Just text.") << QString() << QString() << QStringLiteral("Just text.");
        QTest::newRow("date word in text") << QStringLiteral("The date 2021 was set.") << QString() << QString()
                                           << QStringLiteral("The date 2021 was set.");
    }

    void testHeader()
    {
        QFETCH(QString, text);
        QFETCH(QString, published);
        QFETCH(QString, title);
        QFETCH(QString, body);
        const auto doc = parseText(text.toUtf8(), QStringLiteral("x.txt"));
        QVERIFY(doc.isOk());
        QCOMPARE(doc.value().metadata().published.toString(Qt::ISODate), published);
        QCOMPARE(doc.value().metadata().title, title);
        QCOMPARE(doc.value().text().mid(doc.value().bodyStart()), body);
        QCOMPARE(doc.value().text(), text); // offsets stay those of the file
    }

    void testBadInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("binary") << QByteArray(
            "\x7F"
            "ELF\x02\x01\x01\x00\x00\x00",
            10) << QStringLiteral("prog.txt")
                                << QStringLiteral("binary");
        QTest::newRow("png renamed") << QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16)
                                     << QStringLiteral("image.txt") << QStringLiteral("binary");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.txt") << QStringLiteral("empty");
    }

    void testBadInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const auto doc = readDocument(f.fileName());
        QVERIFY(!doc.isOk());
        QVERIFY2(doc.error().message.contains(name), qPrintable(doc.error().message));
        QVERIFY2(doc.error().message.contains(problem), qPrintable(doc.error().message));
    }

    void testMissingFile()
    {
        const auto doc = readDocument(QStringLiteral("/nonexistent/article.txt"));
        QVERIFY(!doc.isOk());
        QVERIFY(doc.error().message.contains(QStringLiteral("article.txt")));
        QCOMPARE(doc.error().code, Error::Code::NotFound);
    }

    void testCodePointOffsets()
    {
        // U+1F600 is two UTF-16 units, one code point.
        const Document doc(QStringLiteral("x"), QStringLiteral("a\U0001F600b c"));
        QCOMPARE(doc.toCodePoint(0), 0);
        QCOMPARE(doc.toCodePoint(1), 1);
        QCOMPARE(doc.toCodePoint(3), 2);
        QCOMPARE(doc.toCodePoint(5), 4);
        QCOMPARE(doc.fromCodePoint(2), 3);
        QCOMPARE(doc.fromCodePoint(4), 5);
    }
};

QTEST_GUILESS_MAIN(DocumentReaderTest)
#include "documentreader_test.moc"
