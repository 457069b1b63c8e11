// SPDX-License-Identifier: GPL-3.0-or-later
// The sidecar: round trip, hash mismatch and re-anchoring, damaged and newer files, autosave.

#include "annotations.h"
#include "edit/textreanchor.h"
#include "formats/documentreader.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"
#include "storage/autosaver.h"
#include "storage/sidecar.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "testfiles.h"
#include <sys/stat.h>

using ReadoutTest::writeBytes;

using namespace Readout;

namespace
{

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// talks.txt with characters outside the BMP in front, so code points and UTF-16 differ.
QByteArray articleBytes()
{
    QByteArray bytes = fileBytes(QStringLiteral(READOUT_TEST_DATA "/edit/talks.txt"));
    bytes.replace("Breaking News:", "\xF0\x9F\x93\xB0 \xF0\x9F\x8C\x8D Breaking News:");
    return bytes;
}

QString idOf(const Annotations &a, const QString &text)
{
    for (const Entity &e : a.entities()) {
        if (e.text == text) {
            return e.id;
        }
    }
    return {};
}

} // namespace

class SidecarTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_article;
    std::unique_ptr<Annotations> m_annotations;

    /// Opens the article, extracts, and makes a few corrections of every kind.
    void openAndCorrect()
    {
        auto doc = readDocument(m_article);
        QVERIFY2(doc, qPrintable(doc.error().message));
        m_annotations = std::make_unique<Annotations>();
        m_annotations->setKnowledge(KnowledgeBase::builtIn());
        const Extraction x = Pipeline(KnowledgeBase::builtIn()).run(doc.value());
        m_annotations->reset(doc.value(), x.entities, x.events);
        Annotations &a = *m_annotations;
        const int at = int(a.document().text().indexOf(QStringLiteral("foreign ministry")));
        QVERIFY(
            !a.addEntity(EntityType::Organization, at, at + 16, QStringLiteral("Turkish Foreign Ministry")).isEmpty());
        QVERIFY(a.setEntityType(idOf(a, QStringLiteral("Ankara")), EntityType::Organization));
        QVERIFY(a.setEventDate(QStringLiteral("E3"), QStringLiteral("2024-02")));
        QVERIFY(a.mergeEvents(QStringLiteral("E1"), QStringLiteral("E2")));
        QVERIFY(a.setEventReviewed(QStringLiteral("E3"), true));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_article = m_dir.filePath(QStringLiteral("talks.txt"));
        QVERIFY(writeBytes(m_article, articleBytes()));
    }

    void cleanup()
    {
        m_annotations.reset();
    }

    void testRoundTrip()
    {
        openAndCorrect();
        const Annotations &a = *m_annotations;
        QVERIFY(a.document().toCodePoint(int(a.document().text().size())) < a.document().text().size());
        const QByteArray json = Sidecar::toJson(a);
        auto parsed = Sidecar::parse(json, QStringLiteral("s.json"));
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        QCOMPARE(parsed.value().version, Sidecar::FormatVersion);
        QCOMPARE(parsed.value().textHash, Sidecar::hashOf(a.document().text()));
        QCOMPARE(parsed.value().articleFile, QStringLiteral("talks.txt"));
        auto anchored = Sidecar::anchor(parsed.value(), a.document());
        QVERIFY2(anchored, qPrintable(anchored.error().message));
        QCOMPARE(anchored.value().entities, a.entities());
        QCOMPARE(anchored.value().events, a.events());
        // Why each field reads so survives too, so a reopened article still explains its events.
        QVERIFY(!a.events().first().reasons.isEmpty());
        for (int i = 0; i < a.events().size(); ++i) {
            QCOMPARE(anchored.value().events.at(i).reasons, a.events().at(i).reasons);
        }
        QCOMPARE(anchored.value().log, a.correctionLog());
        QCOMPARE(anchored.value().published, QDate(2024, 3, 4));
        // Which fields were corrected survives.
        const Event &e3 = anchored.value().events.at(anchored.value().events.size() - 1);
        QCOMPARE(e3.correctedFields, QStringList{QStringLiteral("date")});
        QVERIFY(e3.reviewed);
        QVERIFY(!anchored.value().events.first().extraEvidence.isEmpty());
    }

    void testTimexModSurvives()
    {
        // A date's TIMEX3 mod ("early 1990": START) is kept by the sidecar like its value.
        const QString text = QStringLiteral("Prices rose in early 1990.");
        const Document doc(m_article, text);
        Entity e;
        e.id = QStringLiteral("T1");
        e.type = EntityType::Date;
        e.start = int(text.indexOf(QLatin1String("early")));
        e.end = e.start + 10;
        e.text = QStringLiteral("early 1990");
        e.value = QStringLiteral("1990");
        e.timexType = QStringLiteral("DATE");
        e.timexMod = QStringLiteral("START");
        Annotations a;
        a.reset(doc, {e}, {});
        auto parsed = Sidecar::parse(Sidecar::toJson(a), QStringLiteral("s.json"));
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        auto anchored = Sidecar::anchor(parsed.value(), doc);
        QVERIFY2(anchored, qPrintable(anchored.error().message));
        QCOMPARE(anchored.value().entities.size(), 1);
        QCOMPARE(anchored.value().entities.first().timexMod, QStringLiteral("START"));
    }

    void testPaths()
    {
        QCOMPARE(Sidecar::besidePath(m_article), m_dir.filePath(QStringLiteral("talks.readout.json")));
        QCOMPARE(Sidecar::writePath(m_article), Sidecar::besidePath(m_article));
        // A compiled-in article cannot have a sidecar beside it: the data directory takes it.
        const QString resource = QStringLiteral(":/readout/samples/us-russia-talks-2021-12-28.txt");
        QVERIFY(Sidecar::writePath(resource).startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sidecars/")));
        QVERIFY(Sidecar::writeFile(m_article, "{}", m_article).error().message.contains(QStringLiteral("refusing")));
    }

    void testHashMismatchReanchors()
    {
        openAndCorrect();
        const QByteArray json = Sidecar::toJson(*m_annotations);
        // The article changes: a new first sentence, the Ottawa sentence reworded.
        QByteArray changed = articleBytes();
        changed.replace("\xF0\x9F\x93\xB0", "Updated at noon.\n\xF0\x9F\x93\xB0");
        changed.replace("Officials from Canada and Mexico held a summit in Ottawa",
                        "Officials from Canada and Mexico met in Toronto");
        const QString path = m_dir.filePath(QStringLiteral("changed.txt"));
        QVERIFY(writeBytes(path, changed));
        const Document document = readDocument(path).value();
        const SidecarData data = Sidecar::parse(json, QStringLiteral("s.json")).value();
        QVERIFY(data.textHash != Sidecar::hashOf(document.text()));
        QVERIFY(!Sidecar::anchor(data, document)); // never silently mixed

        const ReanchorOutcome outcome = TextReanchor::reanchor(data, document);
        QVERIFY(outcome.lostEntities.contains(idOf(*m_annotations, QStringLiteral("Ottawa"))));
        QCOMPARE(outcome.lostEvents, QStringList{QStringLiteral("E3")});
        for (const Entity &e : outcome.entities) {
            QCOMPARE(document.text().mid(e.start, e.end - e.start), e.text);
        }
        QCOMPARE(outcome.entities.size() + outcome.lostEntities.size(), m_annotations->entities().size());
        // The second "Ankara" stays the second one, not the nearest-to-start first.
        QVector<int> ankaras;
        for (const Entity &e : outcome.entities) {
            if (e.text == QLatin1String("Ankara")) {
                ankaras.append(e.start);
            }
        }
        QCOMPARE(ankaras.size(), 2);
        QVERIFY(ankaras.at(0) != ankaras.at(1));
        const Event &e1 = outcome.events.first();
        QCOMPARE(document.text().mid(e1.evidenceStart, e1.evidenceEnd - e1.evidenceStart), e1.evidenceText);
    }

    void testDamaged_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        openAndCorrect();
        const QByteArray good = Sidecar::toJson(*m_annotations);
        const auto edited = [&good](const std::function<void(QJsonObject &)> &change) {
            QJsonObject root = QJsonDocument::fromJson(good).object();
            change(root);
            return QJsonDocument(root).toJson();
        };
        QTest::newRow("truncated") << good.left(good.size() / 2) << int(Error::Code::Malformed)
                                   << QStringLiteral("damaged sidecar: line");
        QTest::newRow("not json") << QByteArray("\x00\x01garbage", 9) << int(Error::Code::Malformed)
                                  << QStringLiteral("damaged sidecar");
        QTest::newRow("other json") << QByteArray("{\"events\": []}") << int(Error::Code::Malformed)
                                    << QStringLiteral("not a Readout sidecar");
        QTest::newRow("newer version") << edited([](QJsonObject &r) {
            r.insert(QStringLiteral("version"), 99);
        }) << int(Error::Code::Unsupported)
                                       << QStringLiteral("written by a newer Readout");
        QTest::newRow("offsets past the text") << edited([](QJsonObject &r) {
            QJsonArray ents = r.value(QLatin1String("entities")).toArray();
            QJsonObject e = ents.at(0).toObject();
            e.insert(QStringLiteral("end"), 1000000);
            ents.replace(0, e);
            r.insert(QStringLiteral("entities"), ents);
        }) << int(Error::Code::Malformed) << QStringLiteral("damaged sidecar: entity 1");
        QTest::newRow("entities an object") << edited([](QJsonObject &r) {
            r.insert(QStringLiteral("entities"), QJsonObject());
        }) << int(Error::Code::Malformed) << QStringLiteral("damaged sidecar: \"entities\" is not a list");
        QTest::newRow("events a number") << edited([](QJsonObject &r) {
            r.insert(QStringLiteral("events"), 3);
        }) << int(Error::Code::Malformed) << QStringLiteral("damaged sidecar: \"events\" is not a list");
        QTest::newRow("no hash") << edited([](QJsonObject &r) {
            r.insert(QStringLiteral("document"), QJsonObject());
        }) << int(Error::Code::Malformed)
                                 << QStringLiteral("text_hash missing");
    }

    void testDamaged()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(QString, message);
        auto parsed = Sidecar::parse(json, QStringLiteral("a.readout.json"));
        QVERIFY(!parsed);
        QCOMPARE(int(parsed.error().code), code);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.startsWith(QStringLiteral("a.readout.json: ")));
    }

    void testSpanTextMismatchIsDamage()
    {
        openAndCorrect();
        QJsonObject root = QJsonDocument::fromJson(Sidecar::toJson(*m_annotations)).object();
        QJsonArray ents = root.value(QLatin1String("entities")).toArray();
        QJsonObject e = ents.at(1).toObject();
        e.insert(QStringLiteral("text"), QStringLiteral("Atlantis"));
        ents.replace(1, e);
        root.insert(QStringLiteral("entities"), ents);
        const SidecarData data = Sidecar::parse(QJsonDocument(root).toJson(), QStringLiteral("s")).value();
        auto anchored = Sidecar::anchor(data, m_annotations->document());
        QVERIFY(!anchored);
        QVERIFY(anchored.error().message.contains(QStringLiteral("Atlantis")));
    }

    void testSpansPastTheArticle_data()
    {
        QTest::addColumn<QString>("array");
        QTest::addColumn<QString>("message");
        QTest::newRow("entity") << QStringLiteral("entities") << QStringLiteral("runs past the end of the article");
        QTest::newRow("event evidence") << QStringLiteral("events")
                                        << QStringLiteral("evidence 899990-900000 runs past the end of the article");
    }

    void testSpansPastTheArticle()
    {
        // The sidecar's own text_length says the spans fit: the article they are anchored in decides.
        QFETCH(QString, array);
        QFETCH(QString, message);
        openAndCorrect();
        QJsonObject root = QJsonDocument::fromJson(Sidecar::toJson(*m_annotations)).object();
        QJsonObject doc = root.value(QLatin1String("document")).toObject();
        doc.insert(QStringLiteral("text_length"), 1000000);
        root.insert(QStringLiteral("document"), doc);
        QJsonArray items = root.value(array).toArray();
        QJsonObject item = items.at(0).toObject();
        const QJsonObject span{{QStringLiteral("start"), 899990},
                               {QStringLiteral("end"), 900000},
                               {QStringLiteral("text"), QString()}};
        if (array == QLatin1String("entities")) {
            item.insert(QStringLiteral("start"), 899990);
            item.insert(QStringLiteral("end"), 900000);
            item.insert(QStringLiteral("text"), QString());
        } else {
            item.insert(QStringLiteral("evidence"), QJsonArray{span});
        }
        items.replace(0, item);
        root.insert(array, items);
        auto parsed = Sidecar::parse(QJsonDocument(root).toJson(), QStringLiteral("s.readout.json"));
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        auto anchored = Sidecar::anchor(parsed.value(), m_annotations->document());
        QVERIFY(!anchored);
        QCOMPARE(anchored.error().code, Error::Code::Malformed);
        QVERIFY2(anchored.error().message.contains(message), qPrintable(anchored.error().message));
    }

    void testNotRegularFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("what");
        QTest::newRow("FIFO") << QStringLiteral("fifo") << QStringLiteral("a FIFO");
        QTest::newRow("link to /dev/zero") << QStringLiteral("/dev/zero") << QStringLiteral("a character device");
    }

    void testNotRegularFile()
    {
        // Beside an article, read when it opens (window and readout-cli): refused, never waited on
        // (a FIFO) or read without end (/dev/zero).
        QFETCH(QString, kind);
        QFETCH(QString, what);
        QTemporaryDir dir;
        const QString article = dir.filePath(QStringLiteral("special.txt"));
        QVERIFY(writeBytes(article, "Talks in Oslo.\n"));
        const QString path = Sidecar::besidePath(article);
        if (kind == QLatin1String("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0644), 0);
        } else {
            QVERIFY(QFile::link(kind, path));
        }
        const QString expected = QStringLiteral("special.readout.json: not a regular file (%1)").arg(what);
        auto read = Sidecar::readFile(path);
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(expected), qPrintable(read.error().message));
        const SidecarOpening opening = Sidecar::open(readDocument(article).value());
        QCOMPARE(opening.kind, SidecarOpening::Kind::Damaged);
        QVERIFY2(opening.message.contains(expected), qPrintable(opening.message));
    }

    void testSizeCap()
    {
        // Refused by its size, before a byte is read (sparse: no disk space taken).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.readout.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(512) * 1024 * 1024 + 1));
        f.close();
        auto read = Sidecar::readFile(path);
        QVERIFY(!read);
        QCOMPARE(read.error().code, Error::Code::TooLarge);
        QVERIFY2(read.error().message.startsWith(QLatin1String("huge.readout.json: 512 MB is larger than the 512 MB")),
                 qPrintable(read.error().message));
    }

    void testKeepAside()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.readout.json"));
        QVERIFY(writeBytes(path, "{ broken"));
        const QString aside = Sidecar::keepAside(path, QStringLiteral("damaged"));
        QVERIFY(aside.startsWith(path + QStringLiteral(".damaged-")));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(fileBytes(aside), QByteArray("{ broken"));
    }

    void testAutosaveAfterEachChange()
    {
        openAndCorrect(); // edits before the saver exists are saved with the next change
        const QByteArray article = fileBytes(m_article);
        const QString path = m_dir.filePath(QStringLiteral("autosave.readout.json"));
        AutoSaver saver(m_annotations.get(), path, {});
        saver.setInterval(50);
        QSignalSpy saved(&saver, &AutoSaver::saved);
        QVERIFY(m_annotations->setEventField(QStringLiteral("E3"), EventField::Topics, QStringLiteral("trade")));
        QVERIFY(saver.isPending());
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().first().toString(), path);
        SidecarData data = Sidecar::readFile(path).value();
        QCOMPARE(data.events.last().topics, QStringList{QStringLiteral("trade")});
        QCOMPARE(data.log.size(), m_annotations->correctionLog().size());
        // Undo is a change too.
        m_annotations->undoStack()->undo();
        QVERIFY(saved.wait(5000));
        data = Sidecar::readFile(path).value();
        QCOMPARE(data.events.last().topics, QStringList());
        QCOMPARE(fileBytes(m_article), article); // the article is never written
    }

    void testNoSaveWithoutCorrections()
    {
        auto doc = readDocument(m_article);
        Annotations a;
        const QString path = m_dir.filePath(QStringLiteral("untouched.readout.json"));
        AutoSaver saver(&a, path, {});
        saver.setInterval(10);
        a.reset(doc.value(), {}, {});
        QVERIFY(!saver.isPending());
        QVERIFY(!QFile::exists(path));
    }

    void testFallbackWhenBesideFails()
    {
        openAndCorrect();
        // /proc refuses new files even to root: the write falls back to the data directory.
        const QString fallback = m_dir.filePath(QStringLiteral("data/sidecars/talks.readout.json"));
        AutoSaver saver(m_annotations.get(), QStringLiteral("/proc/readout-test/talks.readout.json"), fallback);
        saver.setInterval(10);
        QSignalSpy saved(&saver, &AutoSaver::saved);
        QVERIFY(m_annotations->setEventReviewed(QStringLiteral("E1"), true));
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.first().first().toString(), fallback);
        QCOMPARE(saver.path(), fallback);
        QVERIFY(Sidecar::readFile(fallback));
    }

    void testSaveNowFlushes()
    {
        openAndCorrect();
        const QString path = m_dir.filePath(QStringLiteral("flush.readout.json"));
        {
            AutoSaver saver(m_annotations.get(), path, {});
            saver.setInterval(60000);
            QVERIFY(m_annotations->setEventDate(QStringLiteral("E1"), QStringLiteral("2024-03-14")));
            QVERIFY(!QFile::exists(path));
        } // destroyed while pending: flushed
        QCOMPARE(Sidecar::readFile(path).value().events.first().date, QStringLiteral("2024-03-14"));
    }

    void testClosingOverAChangedSidecarKeepsBoth()
    {
        // Another program rewrites the sidecar while a correction waits for its write, and the
        // article is closed before the timer fires: theirs stays in place, ours goes beside it,
        // and the closing save says so instead of asking (nobody is left to answer).
        openAndCorrect();
        const QString path = m_dir.filePath(QStringLiteral("closing.readout.json"));
        QStringList aside;
        int conflicts = 0;
        {
            AutoSaver saver(m_annotations.get(), path, {});
            saver.setInterval(60000);
            QVERIFY(saver.saveNow());
            QVERIFY(m_annotations->setEventDate(QStringLiteral("E1"), QStringLiteral("2024-03-15")));
            QVERIFY(writeBytes(path, "{ \"theirs\": true }"));
            connect(&saver, &AutoSaver::keptAside, this, [&aside](const QString &p) {
                aside.append(p);
            });
            connect(&saver, &AutoSaver::conflicted, this, [&conflicts] {
                ++conflicts;
            });
        }
        QCOMPARE(conflicts, 0);
        QCOMPARE(fileBytes(path), QByteArray("{ \"theirs\": true }"));
        QCOMPARE(aside.size(), 1);
        QCOMPARE(Sidecar::readFile(aside.first()).value().events.first().date, QStringLiteral("2024-03-15"));
    }

    void testAutosaveNeverWritesThroughALink_data()
    {
        QTest::addColumn<bool>("dangling");
        QTest::newRow("dangling link to another folder") << true;
        QTest::newRow("link to a sidecar in another folder") << false;
    }

    void testAutosaveNeverWritesThroughALink()
    {
        // NAME.readout.json is a link to a file elsewhere: the first autosave would create (or
        // replace) that file outside the article's folder. Refused, and said; nothing elsewhere.
        QFETCH(bool, dangling);
        openAndCorrect();
        QTemporaryDir elsewhere;
        const QString target = elsewhere.filePath(QStringLiteral("planted.readout.json"));
        const QByteArray before = "not ours\n";
        if (!dangling) {
            QVERIFY(writeBytes(target, before));
        }
        const QString path = m_dir.filePath(QStringLiteral("linked-%1.readout.json").arg(dangling));
        QVERIFY(QFile::link(target, path));
        const QString fallback = m_dir.filePath(QStringLiteral("fallback-%1.readout.json").arg(dangling));
        AutoSaver saver(m_annotations.get(), path, fallback);
        saver.setInterval(10);
        saver.setBaseline(Sidecar::fileHash(path));
        QSignalSpy failed(&saver, &AutoSaver::saveFailed);
        QSignalSpy saved(&saver, &AutoSaver::saved);
        QVERIFY(m_annotations->setEventReviewed(QStringLiteral("E1"), true));
        QVERIFY(failed.wait(5000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(path) && message.contains(QLatin1String("link")), qPrintable(message));
        QCOMPARE(saved.size(), 0);
        QVERIFY(QFileInfo(path).isSymLink());
        QCOMPARE(QFileInfo::exists(target), !dangling);
        if (!dangling) {
            QCOMPARE(fileBytes(target), before);
        }
        QVERIFY(!QFileInfo::exists(fallback)); // refused, not quietly written somewhere else
        QVERIFY(!saver.saveNow());
        QCOMPARE(QFileInfo::exists(target), !dangling);
    }
};

QTEST_GUILESS_MAIN(SidecarTest)
#include "sidecar_test.moc"
