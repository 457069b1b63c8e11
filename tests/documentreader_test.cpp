// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/documentreader.h"

#include <QDate>
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
        QTest::newRow("iso-8859-1 when nothing tells")
            << QByteArray("caf\xE9 na\xEFve") << QStringLiteral("café naïve") << QStringLiteral("ISO-8859-1");
        QTest::newRow("utf-16le without bom")
            << QByteArray("t\0a\0l\0k\0s\0", 10) << QStringLiteral("talks") << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be without bom")
            << QByteArray("\0t\0a\0l\0k\0s", 10) << QStringLiteral("talks") << QStringLiteral("UTF-16BE");
        QTest::newRow("bom but not utf-8") << QByteArray(
            "\xEF\xBB\xBF"
            "caf\xE9") << QStringLiteral("café")
                                           << QStringLiteral("ISO-8859-1");
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

    void testEncodingNote()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("legacy.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "\x93Talks\x94 in Montr\xE9"
            "al.");
        f.close();
        const auto article = readArticle(f.fileName());
        QVERIFY(article.isOk());
        QCOMPARE(article.value().document.metadata().encoding, QStringLiteral("windows-1252"));
        QCOMPARE(article.value().notes,
                 QStringList{QStringLiteral("legacy.txt: not valid UTF-8: read as windows-1252")});
        QCOMPARE(article.value().document.text(), QStringLiteral("“Talks” in Montréal."));
    }

    void testProgressAndCancel_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("read to the end") << -1;
        QTest::newRow("cancelled at the second chunk") << 2;
    }

    void testProgressAndCancel()
    {
        QFETCH(int, cancelAt);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("big.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray line("Officials from Norway and Chile will hold talks in Oslo on March 3.\n");
        const qint64 size = qint64(20) * 1024 * 1024;
        for (qint64 written = 0; written < size; written += line.size()) {
            f.write(line);
        }
        f.close();
        int calls = 0;
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        ReadOptions options;
        options.progress = [&](qint64 done, qint64 total) {
            ++calls;
            lastDone = done;
            lastTotal = total;
            return calls != cancelAt;
        };
        const auto article = readArticle(f.fileName(), options);
        if (cancelAt < 0) {
            QVERIFY(article.isOk());
            QVERIFY(calls >= 5);
            QCOMPARE(lastDone, lastTotal);
            QCOMPARE(lastTotal, f.size());
        } else {
            QVERIFY(!article.isOk());
            QCOMPARE(article.error().code, Error::Code::Cancelled);
            QVERIFY(article.error().message.startsWith(QLatin1String("big.txt: ")));
            QCOMPARE(calls, cancelAt);
        }
    }

    void testUnpairedSurrogate_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::addColumn<QChar>("lone");
        QTest::newRow("UTF-16LE, a high surrogate alone") << true << QChar(0xD83D);
        QTest::newRow("UTF-16BE, a low surrogate alone") << false << QChar(0xDE00);
    }

    void testUnpairedSurrogate()
    {
        // A file cut between the halves of a pair: repaired, the file named, its header still read.
        QFETCH(bool, littleEndian);
        QFETCH(QChar, lone);
        const QString text = QStringLiteral("date 2024-03-01\n\nTalks in Oslo ") + lone + QStringLiteral(" resumed.");
        QByteArray bytes(littleEndian ? "\xFF\xFE" : "\xFE\xFF");
        for (const QChar c : text) {
            const char high = char(c.unicode() >> 8);
            const char low = char(c.unicode() & 0xFF);
            bytes.append(littleEndian ? low : high).append(littleEndian ? high : low);
        }
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("lone.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const auto article = readArticle(f.fileName());
        QVERIFY2(article.isOk(), qPrintable(article.error().message));
        const Document &document = article.value().document;
        QCOMPARE(document.metadata().published, QDate(2024, 3, 1));
        QCOMPARE(document.text(), QString(text).replace(lone, QChar::ReplacementCharacter));
        QVERIFY(document.text().isValidUtf16());
        const QString notes = article.value().notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QLatin1String("lone.txt: 1 unpaired UTF-16 surrogate")), qPrintable(notes));
    }

    void testChangedWhileRead_data()
    {
        QTest::addColumn<int>("changes");
        QTest::newRow("changed once: read again") << 1;
        QTest::newRow("changes on every read: refused") << 3;
    }

    void testChangedWhileRead()
    {
        // 9 MB read in 4 MB chunks; after the first chunk of a read, the file is rewritten in place
        // with the other version. Never a mix of both.
        QFETCH(int, changes);
        const auto version = [](char letter, qint64 size) {
            QByteArray line = QByteArray("Version ") + letter + " of the article, a line of it.\n";
            QByteArray out;
            while (out.size() < size) {
                out += line;
            }
            return out;
        };
        const QByteArray a = version('A', qint64(9) * 1024 * 1024);
        const QByteArray b = version('B', qint64(6) * 1024 * 1024);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.txt"));
        const auto write = [&path](const QByteArray &bytes) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        QVERIFY(write(a));
        int rewrites = 0;
        bool written = true;
        ReadOptions options;
        options.progress = [&](qint64 done, qint64) {
            if (done <= qint64(4) * 1024 * 1024 && rewrites < changes) {
                written = written && write(rewrites % 2 == 0 ? b : a);
                ++rewrites;
            }
            return true;
        };
        const auto article = readArticle(path, options);
        QVERIFY(written);
        QCOMPARE(rewrites, changes);
        if (changes == 1) {
            QVERIFY2(article.isOk(), qPrintable(article.error().message));
            QVERIFY(article.value().document.text() == QString::fromLatin1(b));
            QVERIFY(article.value().notes.contains(
                QStringLiteral("live.txt: changed while it was being read; read again")));
        } else {
            QVERIFY(!article.isOk());
            QVERIFY2(article.error().message.startsWith(QLatin1String("live.txt: changed while being read")),
                     qPrintable(article.error().message));
        }
    }

    void testSniffing_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("textStart");
        QTest::newRow("PDF named .txt") << QStringLiteral("article.pdf") << QStringLiteral("article.txt")
                                        << QStringLiteral("PDF, 3 pages") << QStringLiteral("Fisheries talks");
        QTest::newRow("HTML named .txt") << QStringLiteral("article.html") << QStringLiteral("page.txt")
                                         << QStringLiteral("UTF-8") << QStringLiteral("Norway and Chile");
    }

    void testSniffing()
    {
        QFETCH(QString, source);
        QFETCH(QString, name);
        QFETCH(QString, encoding);
        QFETCH(QString, textStart);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(QFile::copy(QStringLiteral(READOUT_TEST_DATA "/formats/") + source, path));
        const auto article = readArticle(path);
        QVERIFY2(article.isOk(), qPrintable(article.error().message));
        QCOMPARE(article.value().document.metadata().encoding, encoding);
        QVERIFY(article.value().document.text().startsWith(textStart));
    }

    void testPageAt()
    {
        DocumentMetadata metadata;
        metadata.pageStarts = {0, 10, 10, 25};
        const Document doc(QStringLiteral("x.pdf"), QString(40, QLatin1Char('a')), metadata);
        QCOMPARE(doc.pageAt(0), 1);
        QCOMPARE(doc.pageAt(9), 1);
        QCOMPARE(doc.pageAt(10), 3); // page 2 is empty: the text there is on page 3
        QCOMPARE(doc.pageAt(30), 4);
        QCOMPARE(Document(QStringLiteral("x.txt"), QStringLiteral("text")).pageAt(2), 0);
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
