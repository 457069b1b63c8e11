// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/htmlreader.h"
#include "formats/htmltokenizer.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Readout;

class HtmlReaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("text");
        QTest::newRow("paragraphs and headings")
            << QStringLiteral("<h1>Title</h1><p>One.</p><p>Two.</p>") << QStringLiteral("Title\n\nOne.\n\nTwo.");
        QTest::newRow("scripts, styles, templates dropped") << QStringLiteral(
            "<p>a</p><script>document.write('x')</script><style>p{}</style>"
            "<noscript>enable js</noscript><template><p>t</p></template><p>b</p>")
                                                            << QStringLiteral("a\n\nb");
        QTest::newRow("navigation, asides, forms dropped") << QStringLiteral(
            "<nav><a>Home</a></nav><p>a</p><aside>Related</aside><form><label>Search</label>"
            "<button>Go</button></form><p>b</p>") << QStringLiteral("a\n\nb");
        QTest::newRow("hidden parts dropped") << QStringLiteral(
            "<p>a</p><p hidden>h</p><span aria-hidden=\"true\">i</span><div role=\"navigation\">n"
            "</div><div class=\"share social\">s</div><p>b</p>")
                                              << QStringLiteral("a\n\nb");
        QTest::newRow("story preferred over page chrome")
            << QStringLiteral(
                   "<div><p>Most read: ten other stories</p></div><header>Site</header><article><p>The "
                   "story itself, which is by far the longest part of the page text.</p></article>"
                   "<footer>Copyright</footer>")
            << QStringLiteral("The story itself, which is by far the longest part of the page text.");
        QTest::newRow("character references")
            << QStringLiteral("<p>&amp; &lt; &eacute; &#233; &#xE9; &hellip; &bogus; &#x110000; &#150; &amp</p>")
            << QStringLiteral("& < é é é … &bogus; \uFFFD – &");
        QTest::newRow("white space collapsed") << QStringLiteral("<p>  a \n\t b  </p>") << QStringLiteral("a b");
        QTest::newRow("line break") << QStringLiteral("<p>a <br> b<br/>c</p>") << QStringLiteral("a\nb\nc");
        QTest::newRow("preformatted kept") << QStringLiteral("<pre>a\n  b</pre>") << QStringLiteral("a\n  b");
        QTest::newRow("list items") << QStringLiteral("<ul><li>a</li><li>b</li></ul><ol><li>c</ol><p>d</p>")
                                    << QStringLiteral("\u2022 a\n\u2022 b\n\u2022 c\n\nd");
        QTest::newRow("table rows") << QStringLiteral("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>")
                                    << QStringLiteral("a b\n\nc");
        QTest::newRow("unclosed comment")
            << QStringLiteral("<p>a</p><!-- never closed <p>b</p>") << QStringLiteral("a");
        QTest::newRow("unclosed script") << QStringLiteral("<p>a</p><script>var x = 1") << QStringLiteral("a");
        QTest::newRow("markup inside script")
            << QStringLiteral("<script>if (a</b) x = '</p>'; // </script ></script><p>c</p>") << QStringLiteral("c");
        QTest::newRow("upper-case tags") << QStringLiteral("<P>A</P><SCRIPT>x</SCRIPT><Br>") << QStringLiteral("A");
        QTest::newRow("attribute with >") << QStringLiteral("<p title='a>b' data-x=\">\">t</p>") << QStringLiteral("t");
        QTest::newRow("lone less-than") << QStringLiteral("<p>3 < 4 and 5 <= 6</p>")
                                        << QStringLiteral("3 < 4 and 5 <= 6");
        QTest::newRow("images and media are not text") << QStringLiteral(
            "<p>a<img src=\"http://example.com/x.png\" alt=\"x\">b<video src=\"v.mp4\">no video"
            "</video></p><iframe src=\"http://example.com/\">frame</iframe>")
                                                       << QStringLiteral("ab");
        QTest::newRow("no-break space") << QStringLiteral("<p>a&nbsp;b\u00A0c</p>") << QStringLiteral("a b c");
        QTest::newRow("stray end tags") << QStringLiteral("</div></p><p>a</span></b>b</p></article>")
                                        << QStringLiteral("ab");
        QTest::newRow("self-closing svg") << QStringLiteral("<svg/><p>a</p>") << QStringLiteral("a");
        QTest::newRow("doctype and processing instruction")
            << QStringLiteral("<!DOCTYPE html><?xml-stylesheet x?><p>a</p>") << QStringLiteral("a");
    }

    void testText()
    {
        QFETCH(QString, html);
        QFETCH(QString, text);
        const auto doc = HtmlReader::fromHtml(html, QString(), QStringLiteral("t.html"));
        QVERIFY2(doc.isOk(), qPrintable(doc.error().message));
        QCOMPARE(doc.value().text(), text);
    }

    void testMetadata_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("source");
        QTest::newRow("og:title over <title>")
            << QStringLiteral("<title>T - Site</title><meta property=\"og:title\" content=\"T\">")
            << QStringLiteral("T") << QString() << QString();
        QTest::newRow("<title> alone") << QStringLiteral("<title> Plain &amp; simple </title>")
                                       << QStringLiteral("Plain & simple") << QString() << QString();
        QTest::newRow("article:published_time first") << QStringLiteral(
            "<meta name=\"date\" content=\"2020-01-01\"><meta property=\"article:published_time\" "
            "content=\"2021-12-28T23:30:00-05:00\">") << QString()
                                                      << QStringLiteral("2021-12-28") << QString();
        QTest::newRow("JSON-LD over meta date") << QStringLiteral(
            "<meta name=\"date\" content=\"2020-01-01\"><script type=\"application/ld+json\">{\"@graph\":"
            "[{\"datePublished\":\"2022-03-04\",\"headline\":\"H\",\"publisher\":{\"name\":\"P\"}}]}"
            "</script>") << QStringLiteral("H") << QStringLiteral("2022-03-04")
                                                << QStringLiteral("P");
        QTest::newRow("broken JSON-LD ignored") << QStringLiteral(
            "<script type=\"application/ld+json\">{\"datePublished\": </script><meta name=\"DC.date\" "
            "content=\"2019/07/08\">") << QString()
                                                << QStringLiteral("2019-07-08") << QString();
        QTest::newRow("time pubdate") << QStringLiteral("<time datetime=\"2018-05-06\" pubdate>May 6</time>")
                                      << QString() << QStringLiteral("2018-05-06") << QString();
        QTest::newRow("itemprop datePublished")
            << QStringLiteral("<meta itemprop=\"datePublished\" content=\"20170809\">") << QString()
            << QStringLiteral("2017-08-09") << QString();
        QTest::newRow("RFC 2822 date") << QStringLiteral(
            "<meta name=\"pubdate\" content=\"Tue, 28 Dec 2021 10:00:00 GMT\">")
                                       << QString() << QStringLiteral("2021-12-28") << QString();
        QTest::newRow("invalid date ignored")
            << QStringLiteral("<meta name=\"date\" content=\"2021-13-45\">") << QString() << QString() << QString();
        QTest::newRow("site name") << QStringLiteral("<meta property=\"og:site_name\" content=\" Wire \">") << QString()
                                   << QString() << QStringLiteral("Wire");
        QTest::newRow("heading as last resort")
            << QString() << QStringLiteral("Body heading") << QString() << QString();
    }

    void testMetadata()
    {
        QFETCH(QString, head);
        QFETCH(QString, title);
        QFETCH(QString, published);
        QFETCH(QString, source);
        const QString html =
            QStringLiteral("<html><head>%1</head><body><h1>Body heading</h1><p>Text.</p></body></html>").arg(head);
        const auto doc = HtmlReader::fromHtml(html, QString(), QStringLiteral("t.html"));
        QVERIFY(doc.isOk());
        QCOMPARE(doc.value().metadata().title, title.isEmpty() ? QStringLiteral("Body heading") : title);
        QCOMPARE(doc.value().metadata().published.toString(Qt::ISODate), published);
        QCOMPARE(doc.value().metadata().source, source);
    }

    void testCharset_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("noted");
        QTest::newRow("meta charset windows-1251")
            << QByteArray("<meta charset=\"windows-1251\"><p>\xCC\xEE\xF1\xEA\xE2\xE0</p>")
            << QStringLiteral("WINDOWS-1251") << QStringLiteral("Москва") << false;
        QTest::newRow("http-equiv iso-8859-15")
            << QByteArray("<meta http-equiv=\"content-type\" content=\"text/html; charset=iso-8859-15\"><p>\xA4 5</p>")
            << QStringLiteral("ISO-8859-15") << QStringLiteral("€ 5") << false;
        QTest::newRow("xml declaration") << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>caf\xE9</p>")
                                         << QStringLiteral("windows-1252") << QStringLiteral("café") << false;
        QTest::newRow("byte-order mark beats meta")
            << QByteArray("\xEF\xBB\xBF<meta charset=\"iso-8859-1\"><p>caf\xC3\xA9</p>")
            << QStringLiteral("UTF-8 (BOM)") << QStringLiteral("café") << false;
        QTest::newRow("declared UTF-8 but not") << QByteArray("<meta charset=\"utf-8\"><p>caf\xE9 \x93q\x94</p>")
                                                << QStringLiteral("windows-1252") << QStringLiteral("café “q”") << true;
        QTest::newRow("unknown label") << QByteArray("<meta charset=\"x-made-up\"><p>caf\xC3\xA9</p>")
                                       << QStringLiteral("UTF-8") << QStringLiteral("café") << true;
        QTest::newRow("undeclared UTF-8")
            << QByteArray("<p>caf\xC3\xA9</p>") << QStringLiteral("UTF-8") << QStringLiteral("café") << false;
    }

    void testCharset()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        QFETCH(bool, noted);
        QStringList notes;
        const auto doc = HtmlReader::parse(bytes, QStringLiteral("page.html"), &notes);
        QVERIFY2(doc.isOk(), qPrintable(doc.error().message));
        QCOMPARE(doc.value().metadata().encoding, encoding);
        QCOMPARE(doc.value().text(), text);
        QCOMPARE(!notes.isEmpty(), noted);
        for (const QString &note : std::as_const(notes)) {
            QVERIFY(note.startsWith(QLatin1String("page.html: ")));
        }
    }

    void testDeepNesting_data()
    {
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("close");
        QTest::newRow("100000 nested div") << QStringLiteral("<div>") << QStringLiteral("</div>");
        QTest::newRow("100000 nested inline") << QStringLiteral("<b><i>") << QStringLiteral("</i></b>");
        QTest::newRow("100000 unclosed p") << QStringLiteral("<p>") << QString();
        QTest::newRow("100000 nested lists") << QStringLiteral("<ul><li>") << QStringLiteral("</li></ul>");
        QTest::newRow("100000 nested tables") << QStringLiteral("<table><tr><td>") << QString();
    }

    void testDeepNesting()
    {
        // Nothing recursive: the walk is one loop and the open elements a vector.
        QFETCH(QString, open);
        QFETCH(QString, close);
        const int depth = 100000;
        const QString html =
            open.repeated(depth) + QStringLiteral("deep text") + close.repeated(depth) + QStringLiteral("<p>after</p>");
        QStringList notes;
        const auto doc = HtmlReader::fromHtml(html, QString(), QStringLiteral("deep.html"), {}, &notes);
        QVERIFY2(doc.isOk(), qPrintable(doc.error().message));
        QVERIFY(doc.value().text().contains(QLatin1String("deep text")));
        QVERIFY(doc.value().text().contains(QLatin1String("after")));
        if (open.contains(QLatin1String("div")) || open.contains(QLatin1String("ul"))) {
            QCOMPARE(notes.size(), 1);
            QVERIFY(notes.first().contains(QLatin1String("deep.html: markup nested")));
        }
    }

    void testNoText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("empty") << QString();
        QTest::newRow("only scripts") << QStringLiteral("<html><script>var a = '<p>x</p>';</script></html>");
        QTest::newRow("only navigation") << QStringLiteral("<nav><ul><li>Home</li></ul></nav>");
    }

    void testNoText()
    {
        QFETCH(QString, html);
        const auto doc = HtmlReader::fromHtml(html, QString(), QStringLiteral("x.html"));
        QVERIFY(!doc.isOk());
        QVERIFY(doc.error().message.startsWith(QLatin1String("x.html: no article text")));
    }

    void testTokenizerAttributes()
    {
        const QString html = QStringLiteral("<A HREF=\"x&amp;y\" Data-Flag ID=a1 id=dup title='q\"'>");
        HtmlTokenizer tokenizer(html);
        HtmlToken token;
        QVERIFY(tokenizer.next(&token));
        QCOMPARE(token.kind, HtmlToken::Kind::StartTag);
        QCOMPARE(token.name, QStringLiteral("a"));
        QCOMPARE(token.attribute(QLatin1String("href")), QStringLiteral("x&y"));
        QVERIFY(token.hasAttribute(QLatin1String("data-flag")));
        QCOMPARE(token.attribute(QLatin1String("id")), QStringLiteral("a1"));
        QCOMPARE(token.attribute(QLatin1String("title")), QStringLiteral("q\""));
        QVERIFY(!tokenizer.next(&token));
    }
};

QTEST_GUILESS_MAIN(HtmlReaderTest)
#include "htmlreader_test.moc"
