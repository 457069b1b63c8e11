// SPDX-License-Identifier: GPL-3.0-or-later
// Date normalisation: a table of expressions in sentences we wrote, each with its publication date.

#include "dates/dateresolver.h"
#include "knowledge/knowledgebase.h"

#include <QFile>
#include <QTest>

using namespace Readout;

class DateResolverTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testResolve_data()
    {
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("value");
        QFile f(QStringLiteral(READOUT_TEST_DATA "/dates.tsv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        int rows = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList c = lines.at(i).split(QLatin1Char('\t'));
            QCOMPARE(c.size(), 5);
            QTest::newRow(qPrintable(c.at(0))) << c.at(1) << c.at(2) << c.at(3) << c.at(4);
            ++rows;
        }
        QVERIFY(rows >= 60);
    }

    void testResolve()
    {
        QFETCH(QString, published);
        QFETCH(QString, sentence);
        QFETCH(QString, expression);
        QFETCH(QString, value);
        const DateResolver resolver(*KnowledgeBase::builtIn());
        const QDate dct = QDate::fromString(published, Qt::ISODate);
        QCOMPARE(resolver.resolveInSentence(sentence, expression, dct), value);
    }

    void testNoAnchor()
    {
        const DateResolver resolver(*KnowledgeBase::builtIn());
        // Without a publication date, a stated date still resolves; a relative one cannot.
        QCOMPARE(resolver.resolveInSentence(QStringLiteral("It was signed on 3 March 2021."),
                                            QStringLiteral("3 March 2021"),
                                            {}),
                 QStringLiteral("2021-03-03"));
        QCOMPARE(resolver.resolveInSentence(QStringLiteral("They met on Monday."), QStringLiteral("Monday"), {}),
                 QString());
    }
};

QTEST_GUILESS_MAIN(DateResolverTest)
#include "dateresolver_test.moc"
