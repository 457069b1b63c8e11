// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "knowledge/knowledgebase.h"
#include "storage/conllexporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

namespace
{

Entity entity(EntityType type, int start, int end)
{
    Entity e;
    e.type = type;
    e.start = start;
    e.end = end;
    return e;
}

} // namespace

class ConllExporterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testConll_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("bodyStart");
        QTest::addColumn<QVector<Entity>>("entities");
        QTest::addColumn<QString>("expected");
        const QString sentence = QStringLiteral("Jens Stoltenberg met NATO allies in Brussels on Monday.");
        QTest::newRow("one sentence, every label")
            << sentence << 0
            << QVector<Entity>{entity(EntityType::Person, 0, 16),
                               entity(EntityType::Organization, 21, 25),
                               entity(EntityType::Location, 36, 44),
                               entity(EntityType::Date, 48, 54)}
            << QStringLiteral(
                   "Jens\tB-PER\nStoltenberg\tI-PER\nmet\tO\nNATO\tB-ORG\nallies\tO\nin\tO\nBrussels\tB-LOC\n"
                   "on\tO\nMonday\tB-DATE\n.\tO\n\n");
        QTest::newRow("adjacent entities of one type")
            << QStringLiteral("Russia Ukraine talks.") << 0
            << QVector<Entity>{entity(EntityType::Location, 0, 6), entity(EntityType::Location, 7, 14)}
            << QStringLiteral("Russia\tB-LOC\nUkraine\tB-LOC\ntalks\tO\n.\tO\n\n");
        QTest::newRow("nested span: the outer one wins")
            << QStringLiteral("The NATO-Russia Council met.") << 0
            << QVector<Entity>{entity(EntityType::Organization, 4, 23), entity(EntityType::Location, 9, 15)}
            << QStringLiteral("The\tO\nNATO\tB-ORG\n-\tI-ORG\nRussia\tI-ORG\nCouncil\tI-ORG\nmet\tO\n.\tO\n\n");
        QTest::newRow("header skipped, sentences split")
            << QStringLiteral("date 2021-12-28\n\nTalks ended. Misc words.") << 17
            << QVector<Entity>{entity(EntityType::Misc, 30, 34)}
            << QStringLiteral("Talks\tO\nended\tO\n.\tO\n\nMisc\tB-MISC\nwords\tO\n.\tO\n\n");
        QTest::newRow("emoji is one token")
            << QStringLiteral("\U0001F30D\U0001F4F0 Oslo talks.") << 0
            << QVector<Entity>{entity(EntityType::Location, 5, 9)}
            << QStringLiteral("\U0001F30D\tO\n\U0001F4F0\tO\nOslo\tB-LOC\ntalks\tO\n.\tO\n\n");
        QTest::newRow("no entities") << QStringLiteral("Nothing here.") << 0 << QVector<Entity>{}
                                     << QStringLiteral("Nothing\tO\nhere\tO\n.\tO\n\n");
    }

    void testConll()
    {
        QFETCH(QString, text);
        QFETCH(int, bodyStart);
        QFETCH(QVector<Entity>, entities);
        QFETCH(QString, expected);
        const Document doc(QStringLiteral("a.txt"), text, {}, bodyStart);
        const ConllExporter exporter(*KnowledgeBase::builtIn());
        QCOMPARE(QString::fromUtf8(exporter.toConll(doc, entities)), QStringLiteral("-DOCSTART-\tO\n\n") + expected);
    }

    void testWriteFile()
    {
        QTemporaryDir dir;
        const QString article = dir.filePath(QStringLiteral("a.txt"));
        QFile f(article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Talks.");
        f.close();
        const Document doc(article, QStringLiteral("Talks."));
        const ConllExporter exporter(*KnowledgeBase::builtIn());
        // Never onto the article, also not through another spelling of its path.
        const QStringList targets = {article, dir.path() + QStringLiteral("/./a.txt")};
        for (const QString &target : targets) {
            const auto refused = exporter.writeFile(target, doc, {});
            QVERIFY(!refused.isOk());
            QVERIFY(refused.error().message.contains(QLatin1String("refusing to overwrite the article")));
        }
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("Talks."));
        f.close();
        const QString out = dir.filePath(QStringLiteral("a.conll"));
        QVERIFY(exporter.writeFile(out, doc, {}).isOk());
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("-DOCSTART-\tO\n\nTalks\tO\n.\tO\n\n"));
        const auto failed = exporter.writeFile(dir.filePath(QStringLiteral("missing/dir/a.conll")), doc, {});
        QVERIFY(!failed.isOk());
        QVERIFY(failed.error().message.contains(QLatin1String("cannot write")));
    }
};

QTEST_GUILESS_MAIN(ConllExporterTest)
#include "conllexporter_test.moc"
