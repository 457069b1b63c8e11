// SPDX-License-Identifier: GPL-3.0-or-later
// Occurrences::find: whole words, case kept, white space runs, names with dots.

#include "edit/occurrences.h"

#include <QTest>

using namespace Readout;

using Ranges = QVector<QPair<int, int>>;
Q_DECLARE_METATYPE(Ranges)

class OccurrencesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testFind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("from");
        QTest::addColumn<Ranges>("expected");

        QTest::newRow("every whole word") << QStringLiteral("Pell met Ortu. Later Pell left.") << QStringLiteral("Pell")
                                          << 0 << Ranges{{0, 4}, {21, 25}};
        QTest::newRow("case kept") << QStringLiteral("us and US and Us") << QStringLiteral("US") << 0 << Ranges{{7, 9}};
        QTest::newRow("not inside a word")
            << QStringLiteral("Pells, Pell, APell, Pell's") << QStringLiteral("Pell") << 0 << Ranges{{7, 11}, {20, 24}};
        QTest::newRow("hyphen is a boundary")
            << QStringLiteral("the Pell-Ortu plan") << QStringLiteral("Ortu") << 0 << Ranges{{9, 13}};
        QTest::newRow("line break inside the name") << QStringLiteral("Mira Ortu said; Mira\nOrtu  left")
                                                    << QStringLiteral("Mira  Ortu") << 0 << Ranges{{0, 9}, {16, 25}};
        QTest::newRow("dotted name needs no boundary after the dot")
            << QStringLiteral("U.S.-led and U.S. and XU.S.") << QStringLiteral("U.S.") << 0 << Ranges{{0, 4}, {13, 17}};
        QTest::newRow("from skips the header")
            << QStringLiteral("Pell\n\nPell spoke") << QStringLiteral("Pell") << 1 << Ranges{{6, 10}};
        QTest::newRow("accented letters are word characters")
            << QStringLiteral("Özal and Özalı") << QStringLiteral("Özal") << 0 << Ranges{{0, 4}};
        QTest::newRow("pattern characters are literal")
            << QStringLiteral("a (b) c (b)") << QStringLiteral("(b)") << 0 << Ranges{{2, 5}, {8, 11}};
        QTest::newRow("blank needle") << QStringLiteral("Pell") << QStringLiteral("  ") << 0 << Ranges{};
        QTest::newRow("none") << QStringLiteral("Pell") << QStringLiteral("Ortu") << 0 << Ranges{};
    }

    void testFind()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QFETCH(int, from);
        QFETCH(Ranges, expected);
        QCOMPARE(Occurrences::find(text, needle, from), expected);
    }
};

QTEST_GUILESS_MAIN(OccurrencesTest)
#include "occurrences_test.moc"
