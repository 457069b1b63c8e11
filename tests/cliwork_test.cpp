// SPDX-License-Identifier: GPL-3.0-or-later
// readout-cli sees the analyst's work as the window does: an article's sidecar (its corrections)
// and the user dictionary (the names taught), unless --clean, --no-sidecar or --no-dictionary.
// Every child runs with HOME and XDG_DATA_HOME in a temporary folder.

#include "annotations.h"
#include "formats/documentreader.h"
#include "knowledge/knowledgebase.h"
#include "knowledge/userdictionary.h"
#include "pipeline.h"
#include "storage/sidecar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

#include "clirun.h"
#include "testfiles.h"

using ReadoutTest::writeBytes;

using namespace Readout;

namespace
{

const QByteArray TalksText =
    "date 2024-02-20\n\n"
    "Japan and India will hold talks in Geneva on March 3, officials said.\n\n"
    "Brazil and Chile will meet in Lima on April 9, a spokesman said.\n";

QJsonArray eventsOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(QLatin1String("events")).toArray();
}

QStringList datesOf(const QByteArray &json)
{
    QStringList dates;
    for (const QJsonValue &e : eventsOf(json)) {
        dates << e.toObject().value(QLatin1String("date")).toString();
    }
    return dates;
}

bool hasEntity(const QByteArray &json, const QString &text, const QString &type)
{
    const QJsonArray entities = QJsonDocument::fromJson(json).object().value(QLatin1String("entities")).toArray();
    for (const QJsonValue &e : entities) {
        if (e.toObject().value(QLatin1String("text")).toString() == text
            && e.toObject().value(QLatin1String("type")).toString() == type) {
            return true;
        }
    }
    return false;
}

QString summaryOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json)
        .object()
        .value(QLatin1String("summary"))
        .toObject()
        .value(QLatin1String("text"))
        .toString();
}

} // namespace

class CliWorkTest : public QObject
{
    Q_OBJECT
private:
    using Run = ReadoutTest::CliRun;
    std::unique_ptr<QTemporaryDir> m_home; ///< HOME and XDG_DATA_HOME of the child
    std::unique_ptr<QTemporaryDir> m_dir; ///< the articles

    Run cli(const QStringList &args) const
    {
        return ReadoutTest::runCli(args, ReadoutTest::isolatedEnvironment(m_home->path()));
    }

    /// Where the window keeps the user dictionary under this home (README, "Correcting").
    QString windowDictionary() const
    {
        return m_home->path() + QStringLiteral("/.local/share/Readout/readout/user-dictionary.tsv");
    }

    QString article(const QString &name, const QByteArray &text) const
    {
        const QString path = m_dir->filePath(name);
        return writeBytes(path, text) ? path : QString();
    }

    /// Extracts the article, makes the corrections, and saves the sidecar beside it as the
    /// window's autosave does.
    static bool saveCorrected(const QString &path, const std::function<bool(Annotations &)> &correct)
    {
        auto document = readDocument(path);
        if (!document) {
            return false;
        }
        Annotations annotations;
        annotations.setKnowledge(KnowledgeBase::builtIn());
        const Extraction x = Pipeline(KnowledgeBase::builtIn()).run(document.value());
        annotations.reset(document.value(), x.entities, x.events);
        return correct(annotations)
            && Sidecar::writeFile(Sidecar::besidePath(path), Sidecar::toJson(annotations), path).isOk();
    }

    static bool teach(const QString &path)
    {
        UserDictionary dictionary;
        dictionary.setEntries({{QStringLiteral("Vantor"), EntityType::Person, QStringLiteral("Vantor")},
                               {QStringLiteral("Oslo"), EntityType::Misc, QString(), true}});
        return dictionary.write(path).isOk();
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid() && m_dir->isValid());
    }

    void testExtractUsesCorrections()
    {
        const QString talks = article(QStringLiteral("talks.txt"), TalksText);
        QCOMPARE(datesOf(cli({QStringLiteral("extract"), talks}).out),
                 (QStringList{QStringLiteral("2024-03-03"), QStringLiteral("2024-04-09")}));
        QVERIFY(saveCorrected(talks, [](Annotations &a) {
            return a.setEventDate(QStringLiteral("E1"), QStringLiteral("2024-03-04"))
                && a.removeEvents({QStringLiteral("E2")});
        }));

        const Run corrected = cli({QStringLiteral("extract"), talks});
        QVERIFY2(corrected.code == 0, corrected.err.constData());
        QCOMPARE(datesOf(corrected.out), QStringList{QStringLiteral("2024-03-04")});
        QVERIFY2(corrected.err.contains("talks.txt: using corrections from ")
                     && corrected.err.contains("talks.readout.json"),
                 corrected.err.constData());
        // The window's export of the same corrections says the same.
        const Run exported = cli(
            {QStringLiteral("export"), Sidecar::besidePath(talks), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(eventsOf(corrected.out), eventsOf(exported.out));

        for (const QString &off : {QStringLiteral("--clean"), QStringLiteral("--no-sidecar")}) {
            const Run clean = cli({QStringLiteral("extract"), talks, off});
            QVERIFY2(clean.code == 0, clean.err.constData());
            QCOMPARE(datesOf(clean.out), (QStringList{QStringLiteral("2024-03-03"), QStringLiteral("2024-04-09")}));
            QVERIFY2(!clean.err.contains("using corrections"), clean.err.constData());
        }
    }

    void testExtractUsesUserDictionary()
    {
        const QString said = article(QStringLiteral("said.txt"),
                                     "date 2024-02-20\n\nJapan and India will hold talks with Vantor on "
                                     "March 3.\n");
        QVERIFY(
            !hasEntity(cli({QStringLiteral("extract"), said}).out, QStringLiteral("Vantor"), QStringLiteral("PERSON")));
        QVERIFY(teach(windowDictionary()));

        const Run taught = cli({QStringLiteral("extract"), said, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(taught.code == 0, taught.err.constData());
        QVERIFY(hasEntity(taught.out, QStringLiteral("Vantor"), QStringLiteral("PERSON")));
        QVERIFY2(
            taught.err.contains(QByteArray("using user dictionary " + windowDictionary().toUtf8() + " (2 entries)")),
            taught.err.constData());

        for (const QString &off : {QStringLiteral("--clean"), QStringLiteral("--no-dictionary")}) {
            const Run clean = cli({QStringLiteral("extract"), said, off});
            QVERIFY2(clean.code == 0, clean.err.constData());
            QVERIFY(!hasEntity(clean.out, QStringLiteral("Vantor"), QStringLiteral("PERSON")));
            QVERIFY2(!clean.err.contains("using user dictionary"), clean.err.constData());
        }

        // --dictionary FILE reads another file instead.
        const QString other = m_dir->filePath(QStringLiteral("other.tsv"));
        QVERIFY(QFile::rename(windowDictionary(), other));
        const Run elsewhere = cli({QStringLiteral("extract"), said, QStringLiteral("--dictionary"), other});
        QVERIFY2(elsewhere.code == 0, elsewhere.err.constData());
        QVERIFY(hasEntity(elsewhere.out, QStringLiteral("Vantor"), QStringLiteral("PERSON")));
        QVERIFY(
            !hasEntity(cli({QStringLiteral("extract"), said}).out, QStringLiteral("Vantor"), QStringLiteral("PERSON")));
    }

    void testEvalIgnoresUserDictionary()
    {
        // eval measures the extractor: the dictionary (which stops "Oslo") must not change it.
        const QStringList eval = {QStringLiteral("eval"),
                                  QStringLiteral("--gold"),
                                  QStringLiteral(READOUT_TEST_DATA "/eval/entities")};
        const Run before = cli(eval);
        QCOMPARE(before.code, 0);
        QVERIFY(teach(windowDictionary()));
        const Run after = cli(eval);
        QCOMPARE(after.out, before.out);
        QVERIFY2(!after.err.contains("user dictionary"), after.err.constData());
        // The same home makes extract use it, so the test above is not vacuous.
        const QString oslo = article(QStringLiteral("oslo.txt"), "date 2024-02-20\n\nThe talks open in Oslo.\n");
        QVERIFY(cli({QStringLiteral("extract"), oslo}).err.contains("using user dictionary"));
    }

    void testCompareUsesCorrections()
    {
        const QString a = article(QStringLiteral("a.txt"),
                                  "date 2024-02-20\n\nJapan and India will hold talks in Geneva on March 3, "
                                  "officials said.\n");
        const QString b = article(QStringLiteral("b.txt"),
                                  "date 2024-02-21\n\nJapan and India will hold talks in Geneva on March 4, "
                                  "a spokesman said.\n");
        const Run before = cli({QStringLiteral("compare"), a, b});
        QVERIFY2(before.code == 0, before.err.constData());
        QVERIFY2(summaryOf(before.out).contains(QLatin1String("0 same, 1 date differs")), before.out.constData());
        QVERIFY(saveCorrected(b, [](Annotations &side) {
            return side.setEventDate(QStringLiteral("E1"), QStringLiteral("2024-03-03"));
        }));

        const Run corrected = cli({QStringLiteral("compare"), a, b});
        QVERIFY2(corrected.code == 0, corrected.err.constData());
        QVERIFY2(summaryOf(corrected.out).startsWith(QLatin1String("1 event: 1 same")), corrected.out.constData());
        QVERIFY2(corrected.err.contains("b.txt: using corrections from ") && corrected.err.contains("b.readout.json"),
                 corrected.err.constData());
        QVERIFY2(!corrected.err.contains("a.txt: using corrections"), corrected.err.constData());

        const Run clean = cli({QStringLiteral("compare"), a, b, QStringLiteral("--clean")});
        QVERIFY2(clean.code == 0, clean.err.constData());
        QCOMPARE(summaryOf(clean.out), summaryOf(before.out));
    }

    void testChangedArticleIsNotSilentlyUsed()
    {
        const QString talks = article(QStringLiteral("talks.txt"), TalksText);
        QVERIFY(saveCorrected(talks, [](Annotations &a) {
            return a.setEventDate(QStringLiteral("E1"), QStringLiteral("2024-03-04"));
        }));
        QVERIFY(writeBytes(talks, TalksText + "Talks with Peru are planned for May.\n"));

        const Run refused = cli({QStringLiteral("extract"), talks});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.out.isEmpty() || !datesOf(refused.out).contains(QStringLiteral("2024-03-04")));
        QVERIFY2(refused.err.contains("has changed since") && refused.err.contains("talks.readout.json")
                     && refused.err.contains("--no-sidecar"),
                 refused.err.constData());
        const Run compared = cli({QStringLiteral("compare"), talks, talks});
        QCOMPARE(compared.code, 1);
        QVERIFY2(compared.err.contains("has changed since"), compared.err.constData());

        const Run clean = cli({QStringLiteral("extract"), talks, QStringLiteral("--no-sidecar")});
        QVERIFY2(clean.code == 0, clean.err.constData());
        QCOMPARE(datesOf(clean.out).value(0), QStringLiteral("2024-03-03"));
    }

    void testUnusableSidecarIsSaid_data()
    {
        QTest::addColumn<QByteArray>("sidecar");
        QTest::addColumn<QString>("message");
        QTest::newRow("damaged") << QByteArray("{\"format\": \"readout-sidecar\", \"vers")
                                 << QStringLiteral("damaged sidecar");
        QTest::newRow("newer") << QByteArray() << QStringLiteral("newer Readout");
    }

    void testUnusableSidecarIsSaid()
    {
        QFETCH(QByteArray, sidecar);
        QFETCH(QString, message);
        const QString talks = article(QStringLiteral("talks.txt"), TalksText);
        const QString path = Sidecar::besidePath(talks);
        if (sidecar.isEmpty()) {
            QVERIFY(saveCorrected(talks, [](Annotations &a) {
                return a.removeEvents({QStringLiteral("E2")});
            }));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            sidecar = f.readAll().replace("\"version\": 1", "\"version\": 7");
        }
        QVERIFY(writeBytes(path, sidecar));

        const Run r = cli({QStringLiteral("extract"), talks});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(datesOf(r.out), (QStringList{QStringLiteral("2024-03-03"), QStringLiteral("2024-04-09")}));
        QVERIFY2(r.err.contains("talks.readout.json") && QString::fromUtf8(r.err).contains(message)
                     && r.err.contains("extracting without it"),
                 r.err.constData());
        // Read only: the file is left where the window will find it and deal with it.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), sidecar);
    }
};

QTEST_GUILESS_MAIN(CliWorkTest)
#include "cliwork_test.moc"
