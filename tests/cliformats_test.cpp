// SPDX-License-Identifier: GPL-3.0-or-later
// readout-cli extract with the formats in (HTML, Markdown, PDF, brat, sidecar) and out (brat, CoNLL).

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

namespace
{

struct Run {
    int code = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(ReadoutTest::isolatedEnvironment());
    p.start(QStringLiteral(READOUT_CLI), args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit) {
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QString formats(const QString &name)
{
    return QStringLiteral(READOUT_TEST_DATA "/formats/") + name;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class CliFormatsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testFormatsIn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("events");
        // The html and pdf articles tell the talks to come and "the previous round", held in Santiago:
        // two events. The markdown article's ministers met in Lisbon and "will meet again in Brasília":
        // two as well.
        QTest::newRow("html") << QStringLiteral("article.html")
                              << QStringLiteral("Norway and Chile to hold fisheries talks in Oslo") << 2;
        QTest::newRow("markdown") << QStringLiteral("article.md") << QStringLiteral("Ministers meet in Lisbon") << 2;
        QTest::newRow("pdf") << QStringLiteral("article.pdf") << QStringLiteral("Fisheries talks set for Oslo") << 2;
        QTest::newRow("brat .ann: its own annotations") << QStringLiteral("brat-talks.ann") << QString() << 1;
    }

    void testFormatsIn()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(int, events);
        const Run r = cli(
            {QStringLiteral("extract"), formats(file), QStringLiteral("--published"), QStringLiteral("2023-02-27")});
        QCOMPARE(r.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value(QLatin1String("document")).toObject().value(QLatin1String("title")).toString(), title);
        QCOMPARE(root.value(QLatin1String("events")).toArray().size(), events);
    }

    void testBratRoundTrip()
    {
        // Extract to brat (.ann and its .txt), then read that pair back: the same entities and events.
        QTemporaryDir dir;
        const QString ann = dir.filePath(QStringLiteral("out.ann"));
        const Run written = cli({QStringLiteral("extract"),
                                 formats(QStringLiteral("article.html")),
                                 QStringLiteral("--format"),
                                 QStringLiteral("brat"),
                                 QStringLiteral("-o"),
                                 ann});
        QCOMPARE(written.code, 0);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out.txt"))));
        QVERIFY(read(ann).contains("\tLOCATION "));
        const Run direct = cli({QStringLiteral("extract"), formats(QStringLiteral("article.html"))});
        const Run again = cli({QStringLiteral("extract"), ann});
        QCOMPARE(again.code, 0);
        const QJsonObject a = QJsonDocument::fromJson(direct.out).object();
        const QJsonObject b = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(b.value(QLatin1String("entities")).toArray().size(),
                 a.value(QLatin1String("entities")).toArray().size());
        for (int i = 0; i < a.value(QLatin1String("entities")).toArray().size(); ++i) {
            QJsonObject x = a.value(QLatin1String("entities")).toArray().at(i).toObject();
            QJsonObject y = b.value(QLatin1String("entities")).toArray().at(i).toObject();
            for (const char *key : {"type", "start", "end", "text", "canonical", "value"}) {
                QCOMPARE(y.value(QLatin1String(key)), x.value(QLatin1String(key)));
            }
        }
        const QJsonArray ea = a.value(QLatin1String("events")).toArray();
        const QJsonArray eb = b.value(QLatin1String("events")).toArray();
        QCOMPARE(eb.size(), ea.size());
        for (int i = 0; i < ea.size(); ++i) {
            for (const char *key : {"type", "participants", "date", "location", "status"}) {
                QCOMPARE(eb.at(i).toObject().value(QLatin1String(key)), ea.at(i).toObject().value(QLatin1String(key)));
            }
        }
    }

    void testBratSeveralFiles()
    {
        QTemporaryDir dir;
        const Run refused = cli({QStringLiteral("extract"),
                                 formats(QStringLiteral("article.html")),
                                 formats(QStringLiteral("article.md")),
                                 QStringLiteral("--format"),
                                 QStringLiteral("brat")});
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.contains(QLatin1String("-o an existing folder")));
        const Run r = cli({QStringLiteral("extract"),
                           formats(QStringLiteral("article.html")),
                           formats(QStringLiteral("article.md")),
                           QStringLiteral("--format"),
                           QStringLiteral("brat"),
                           QStringLiteral("-o"),
                           dir.path()});
        QCOMPARE(r.code, 0);
        for (const char *name : {"article.ann", "article.txt"}) {
            QVERIFY2(QFile::exists(dir.filePath(QLatin1String(name))), name);
        }
    }

    void testConll()
    {
        const Run r = cli({QStringLiteral("extract"),
                           formats(QStringLiteral("brat-talks.ann")),
                           QStringLiteral("--format"),
                           QStringLiteral("conll")});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.first(), QByteArray("-DOCSTART-\tO"));
        QVERIFY(lines.contains("Ghana\tB-LOC"));
        QVERIFY(lines.contains("May\tB-DATE"));
        QVERIFY(lines.contains("9\tI-DATE"));
        QVERIFY(lines.contains("Kwame\tB-PER"));
        QVERIFY(lines.contains("Asante\tI-PER"));
        QVERIFY(r.out.contains("\n\n")); // sentences apart
    }

    void testRefusesToOverwriteTheArticle_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *format : {"json", "csv", "conll", "brat"}) {
            QTest::newRow(format) << QString::fromLatin1(format);
        }
    }

    void testRefusesToOverwriteTheArticle()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString article = dir.filePath(QStringLiteral("a.txt"));
        QVERIFY(QFile::copy(QStringLiteral(READOUT_SOURCE_DIR "/resources/samples/us-russia-talks-2021-12-28.txt"),
                            article));
        const QByteArray before = read(article);
        const QStringList outputs = {article, dir.path() + QStringLiteral("/./a.txt")};
        for (const QString &out : outputs) {
            const Run r = cli(
                {QStringLiteral("extract"), article, QStringLiteral("--format"), format, QStringLiteral("-o"), out});
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QLatin1String("refusing to overwrite the article")), qPrintable(r.err));
        }
        QCOMPARE(read(article), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("a.txt")});
    }
};

QTEST_GUILESS_MAIN(CliFormatsTest)
#include "cliformats_test.moc"
