// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/pdftextassembler.h"

#include <QTest>

using namespace Readout;

using IntList = QVector<int>;

class PdfTextAssemblerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testAssemble_data()
    {
        QTest::addColumn<QStringList>("pages");
        QTest::addColumn<QString>("text");
        QTest::addColumn<IntList>("pageStarts");
        QTest::addColumn<QStringList>("dropped");
        QTest::newRow("running header and page numbers dropped")
            << QStringList{QStringLiteral("Ledger\nFirst page text ends here.\n\n1"),
                           QStringLiteral("Ledger\nSecond page text.\n\n2"),
                           QStringLiteral("Ledger\nThird page text.\n\n3")}
            << QStringLiteral("First page text ends here.\n\nSecond page text.\n\nThird page text.")
            << IntList{0, 28, 47} << QStringList{QStringLiteral("Ledger"), QStringLiteral("1")};
        QTest::newRow("footer with changing numbers")
            << QStringList{QStringLiteral("A sentence.\nPage 1 of 2"), QStringLiteral("Another one.\nPage 2 of 2")}
            << QStringLiteral("A sentence.\n\nAnother one.") << IntList{0, 13}
            << QStringList{QStringLiteral("Page 1 of 2")};
        QTest::newRow("one page keeps everything") << QStringList{QStringLiteral("Ledger\nText.\n1")}
                                                   << QStringLiteral("Ledger Text. 1") << IntList{0} << QStringList{};
        QTest::newRow("hyphenation joined")
            << QStringList{QStringLiteral("The negoti-\nations went on, the Russia-\nUkraine talks too.")}
            << QStringLiteral("The negotiations went on, the Russia-Ukraine talks too.") << IntList{0} << QStringList{};
        QTest::newRow("pdfium hyphen marker")
            << QStringList{QStringLiteral("a long para\uFFFEgraph of text in a line of text here")}
            << QStringLiteral("a long paragraph of text in a line of text here") << IntList{0} << QStringList{};
        QTest::newRow("suspended hyphen kept")
            << QStringList{QStringLiteral("pre- and post-war years, two- or three-day talks and a state- ment")}
            << QStringLiteral("pre- and post-war years, two- or three-day talks and a statement") << IntList{0}
            << QStringList{};
        QTest::newRow("paragraph runs on to the next page")
            << QStringList{QStringLiteral("Talks began on Monday and\nthe delegations met for"),
                           QStringLiteral("several hours in the capital.")}
            << QStringLiteral("Talks began on Monday and the delegations met for several hours in the capital.")
            << IntList{0, 50} << QStringList{};
        QTest::newRow("hyphen across pages")
            << QStringList{QStringLiteral("The talks on arms con-"), QStringLiteral("trol resumed.")}
            << QStringLiteral("The talks on arms control resumed.") << IntList{0, 21} << QStringList{};
        QTest::newRow("empty page in between")
            << QStringList{QStringLiteral("First."), QString(), QStringLiteral("Third.")}
            << QStringLiteral("First.\n\nThird.") << IntList{0, 8, 8} << QStringList{};
        QTest::newRow("short sentence line ends a paragraph")
            << QStringList{QStringLiteral("This line is long enough to count as a full line of text,\nand it "
                                          "ends here.\nThe next paragraph starts on a line that is full as well.")}
            << QStringLiteral(
                   "This line is long enough to count as a full line of text, and it ends here.\n\nThe "
                   "next paragraph starts on a line that is full as well.")
            << IntList{0} << QStringList{};
        QTest::newRow("CRLF line ends") << QStringList{QStringLiteral("one\r\ntwo")} << QStringLiteral("one two")
                                        << IntList{0} << QStringList{};
    }

    void testAssemble()
    {
        QFETCH(QStringList, pages);
        QFETCH(QString, text);
        QFETCH(IntList, pageStarts);
        QFETCH(QStringList, dropped);
        const AssembledPdfText result = PdfTextAssembler::assemble(pages);
        QCOMPARE(result.text, text);
        QCOMPARE(result.pageStarts, pageStarts);
        QCOMPARE(result.droppedLines, dropped);
    }
};

QTEST_GUILESS_MAIN(PdfTextAssemblerTest)
#include "pdftextassembler_test.moc"
