// SPDX-License-Identifier: GPL-3.0-or-later
// Event pairing: passes, flags, scores, explanations and the order of the pairs.

#include "compare/comparerules.h"
#include "compare/eventmatcher.h"

#include <QTest>

using namespace Readout;

namespace
{

Event ev(const QString &type,
         const QStringList &participants,
         const QString &date,
         const QString &status = QStringLiteral("scheduled"),
         const QString &place = {})
{
    Event e;
    e.type = type;
    e.participants = participants;
    e.date = date;
    e.status = status;
    e.location = place;
    return e;
}

const QStringList UsRu = {QStringLiteral("United States"), QStringLiteral("Russia")};
const QStringList RuUs = {QStringLiteral("Russia"), QStringLiteral("United States")};
const QStringList RuNato = {QStringLiteral("Russia"), QStringLiteral("NATO")};

QString describe(const QVector<EventPair> &pairs)
{
    QStringList out;
    for (const EventPair &p : pairs) {
        out.append(QStringLiteral("%1:%2=%3")
                       .arg(p.a < 0 ? QStringLiteral("_") : QString::number(p.a),
                            p.b < 0 ? QStringLiteral("_") : QString::number(p.b),
                            p.flags.join(QLatin1Char('+'))));
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

Q_DECLARE_METATYPE(QVector<Readout::Event>)

class EventMatcherTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testMatch_data()
    {
        QTest::addColumn<QVector<Event>>("a");
        QTest::addColumn<QVector<Event>>("b");
        QTest::addColumn<QString>("expected");
        const QString jan10 = QStringLiteral("2022-01-10");
        QTest::newRow("same, participants in another order")
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, jan10)}
            << QVector<Event>{ev(QStringLiteral("talks"), RuUs, jan10)} << QStringLiteral("0:0=same");
        QTest::newRow("type family: talks and meeting")
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, jan10)}
            << QVector<Event>{ev(QStringLiteral("meeting"), UsRu, jan10)} << QStringLiteral("0:0=same");
        QTest::newRow("other family: talks and call")
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, jan10)}
            << QVector<Event>{ev(QStringLiteral("call"), UsRu, jan10)} << QStringLiteral("0:_=only_in_a _:0=only_in_b");
        QTest::newRow("scheduled then held")
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, jan10)}
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, jan10, QStringLiteral("held"))}
            << QStringLiteral("0:0=status_differs");
        QTest::newRow("date a day apart")
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, jan10)}
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, QStringLiteral("2022-01-11"))}
            << QStringLiteral("0:0=date_differs");
        QTest::newRow("dates too far apart are two events")
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, jan10)}
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, QStringLiteral("2022-03-10"))}
            << QStringLiteral("0:_=only_in_a _:0=only_in_b");
        QTest::newRow("date only in one")
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, QString())}
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, jan10)} << QStringLiteral("0:0=date_differs");
        QTest::newRow("month against day")
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, QStringLiteral("2022-01"))}
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, jan10)} << QStringLiteral("0:0=date_differs");
        QTest::newRow("place differs") << QVector<Event>{ev(QStringLiteral("talks"),
                                                            UsRu,
                                                            jan10,
                                                            QStringLiteral("scheduled"),
                                                            QStringLiteral("Geneva"))}
                                       << QVector<Event>{ev(QStringLiteral("talks"),
                                                            UsRu,
                                                            jan10,
                                                            QStringLiteral("scheduled"),
                                                            QStringLiteral("Vienna"))}
                                       << QStringLiteral("0:0=place_differs");
        QTest::newRow("place named by one only is no difference")
            << QVector<Event>{ev(QStringLiteral("talks"),
                                 UsRu,
                                 jan10,
                                 QStringLiteral("scheduled"),
                                 QStringLiteral("Geneva"))}
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, jan10)} << QStringLiteral("0:0=same");
        QTest::newRow("a missing participant")
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu + QStringList{QStringLiteral("NATO")}, jan10)}
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, jan10)} << QStringLiteral("0:0=participants_differ");
        QTest::newRow("different participants are different events")
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, jan10)}
            << QVector<Event>{ev(QStringLiteral("talks"), RuNato, jan10)}
            << QStringLiteral("0:_=only_in_a _:0=only_in_b");
        QTest::newRow("several differences at once") << QVector<Event>{ev(QStringLiteral("talks"),
                                                                          UsRu,
                                                                          jan10,
                                                                          QStringLiteral("scheduled"),
                                                                          QStringLiteral("Geneva"))}
                                                     << QVector<Event>{ev(QStringLiteral("talks"),
                                                                          UsRu,
                                                                          QStringLiteral("2022-01-11"),
                                                                          QStringLiteral("held"),
                                                                          QStringLiteral("Vienna"))}
                                                     << QStringLiteral("0:0=date_differs+place_differs+status_differs");
        QTest::newRow("exact pass wins over a relaxed one")
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, QStringLiteral("2022-01-11")),
                              ev(QStringLiteral("talks"), UsRu, jan10)}
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, jan10)} << QStringLiteral("0:_=only_in_a 1:0=same");
        QTest::newRow("B-only events placed by B's order")
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, jan10),
                              ev(QStringLiteral("council"), RuNato, QStringLiteral("2022-01-12"))}
            << QVector<Event>{ev(QStringLiteral("talks"), UsRu, jan10),
                              ev(QStringLiteral("visit"), RuNato, QStringLiteral("2022-01-11")),
                              ev(QStringLiteral("meeting"), RuNato, QStringLiteral("2022-01-12"))}
            << QStringLiteral("0:0=same _:1=only_in_b 1:2=same");
        QTest::newRow("nothing on either side") << QVector<Event>{} << QVector<Event>{} << QString();
    }
    void testMatch()
    {
        QFETCH(QVector<Event>, a);
        QFETCH(QVector<Event>, b);
        QFETCH(QString, expected);
        const EventMatcher matcher(CompareRules::builtIn());
        const QVector<EventPair> pairs = matcher.match(a, b);
        QCOMPARE(describe(pairs), expected);
        for (const EventPair &p : pairs) {
            QVERIFY(p.score >= 0.0 && p.score <= 1.0);
            QVERIFY(!p.explanation.isEmpty());
            QCOMPARE(p.score == 0.0, !p.isMatch());
        }
    }

    void testAlignedEvidenceAllowsDistantDate()
    {
        const QVector<Event> a = {ev(QStringLiteral("talks"), UsRu, QStringLiteral("2022-01-10"))};
        const QVector<Event> b = {ev(QStringLiteral("talks"), UsRu, QStringLiteral("2022-02-20"))};
        const EventMatcher matcher(CompareRules::builtIn());
        QCOMPARE(describe(matcher.match(a, b)), QStringLiteral("0:_=only_in_a _:0=only_in_b"));
        QCOMPARE(describe(matcher.match(a,
                                        b,
                                        [](int, int) {
                                            return true;
                                        })),
                 QStringLiteral("0:0=date_differs"));
    }

    void testScoreAndExplanation()
    {
        const EventMatcher matcher(CompareRules::builtIn());
        const Event x = ev(QStringLiteral("talks"), UsRu, QStringLiteral("2022-01-10"));
        QCOMPARE(matcher.score(x, x), 1.0);
        const Event held = ev(QStringLiteral("talks"), RuUs, QStringLiteral("2022-01-10"), QStringLiteral("held"));
        QVERIFY(matcher.score(x, held) < 1.0);
        QVERIFY(matcher.score(x, held) > 0.8);
        const QString why = matcher.explain(x, held);
        QVERIFY2(why.contains(QLatin1String("same date 2022-01-10")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("status scheduled in A, held in B")), qPrintable(why));
        const Event fewer = ev(QStringLiteral("talks"), {QStringLiteral("Russia")}, QStringLiteral("2022-01-10"));
        QVERIFY(matcher.explain(x, fewer).contains(QLatin1String("only A names United States")));
    }
};

QTEST_GUILESS_MAIN(EventMatcherTest)
#include "eventmatcher_test.moc"
