// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/bratreader.h"

#include <QTest>

using namespace Readout;

class BratReaderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testParse()
    {
        const QString ann = QStringLiteral(
            "T1\tPERSON 0 8\tAna Ruiz\n"
            "T2\tDATE 20 26;30 35\tMonday night\n"
            "#1\tAnnotatorNotes T2\tvalue=2020-05-04TNI\n"
            "E1\tMeeting:T3 Participant:T1 Participant2:T4\n"
            "R1\tRel Arg1:T1 Arg2:T2\n");
        auto r = BratReader::parse(ann, QStringLiteral("a.ann"));
        QVERIFY(r.isOk());
        QCOMPARE(r.value().spans.size(), 2);
        QCOMPARE(r.value().spans.at(1).start, 20);
        QCOMPARE(r.value().spans.at(1).end, 35);
        QCOMPARE(r.value().spans.at(1).note, QStringLiteral("value=2020-05-04TNI"));
        QCOMPARE(r.value().events.size(), 1);
        QCOMPARE(r.value().events.at(0).trigger, QStringLiteral("T3"));
        QCOMPARE(r.value().events.at(0).arguments.size(), 2);
        QCOMPARE(r.value().skipped.size(), 1);
    }

    void testMalformed_data()
    {
        QTest::addColumn<QString>("ann");
        QTest::addColumn<QString>("message");
        QTest::newRow("no offsets") << QStringLiteral("T1\tPERSON\tx\n")
                                    << QStringLiteral("a.ann line 1: \"PERSON\" has no offsets");
        QTest::newRow("not numbers") << QStringLiteral("\nT1\tPERSON a b\tx\n")
                                     << QStringLiteral("a.ann line 2: offsets");
        QTest::newRow("end before start")
            << QStringLiteral("T1\tPERSON 9 3\tx\n") << QStringLiteral("end 3 before start 9");
        QTest::newRow("past the end") << QStringLiteral("T1\tPERSON 0 500\tx\n")
                                      << QStringLiteral("past the end of the text (20 characters)");
        QTest::newRow("bad argument") << QStringLiteral("E1\tMeeting:T1 T2\n") << QStringLiteral("is not ROLE:ID");
    }

    void testMalformed()
    {
        QFETCH(QString, ann);
        QFETCH(QString, message);
        auto r = BratReader::parse(ann, QStringLiteral("a.ann"), 20);
        QVERIFY(!r.isOk());
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(BratReaderTest)
#include "bratreader_test.moc"
