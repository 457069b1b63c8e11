// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"
#include "storage/exportwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Readout;

class ExportWriterTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Document m_document;
    Extraction m_extraction;

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString article = m_dir.filePath(QStringLiteral("article.txt"));
        const QString text = QStringLiteral(
            "date 2023-03-14\n\nChile and Peru will hold talks in Lima on March 20, "
            "Foreign Minister Ana Duarte said.\n");
        QFile f(article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();
        m_document = Document(article, text);
        m_document.setPublished(QDate(2023, 3, 14));
        m_extraction = Pipeline(KnowledgeBase::builtIn()).run(m_document);
        QCOMPARE(m_extraction.events.size(), 1);
    }

    void testEveryFormatByItsSuffix_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("csv") << QStringLiteral("out.csv") << QByteArray("event_id,document,published");
        QTest::newRow("json") << QStringLiteral("out.json") << QByteArray("\"events\"");
        QTest::newRow("brat") << QStringLiteral("out.ann") << QByteArray("\tLOCATION ");
        QTest::newRow("conll") << QStringLiteral("out.conll") << QByteArray("Chile\tB-LOC");
        QTest::newRow("ics") << QStringLiteral("out.ics") << QByteArray("BEGIN:VCALENDAR");
    }

    void testEveryFormatByItsSuffix()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, expected);
        const QString path = m_dir.filePath(file);
        const auto format = ExportWriter::formatForPath(path);
        QVERIFY(format.isOk());
        const ExportWriter writer(*KnowledgeBase::builtIn());
        const auto written = writer.write(path, format.value(), m_document, m_extraction.entities, m_extraction.events);
        QVERIFY2(written.isOk(), written.isOk() ? "" : qPrintable(written.error().message));
        const QByteArray bytes = readAll(path);
        QVERIFY2(bytes.contains(expected), bytes.left(300).constData());
    }

    void testBratWritesTheTextBesideTheAnn()
    {
        // The offsets of out.ann count in out.txt, written from the document's text.
        QCOMPARE(readAll(m_dir.filePath(QStringLiteral("out.txt"))), m_document.text().toUtf8());
    }

    void testRefusesTheArticleAndUnknownSuffixes()
    {
        const ExportWriter writer(*KnowledgeBase::builtIn());
        const QByteArray before = readAll(m_document.path());
        const auto overwrite = writer.write(m_document.path(),
                                            ExportWriter::Format::Csv,
                                            m_document,
                                            m_extraction.entities,
                                            m_extraction.events);
        QVERIFY(!overwrite.isOk());
        QVERIFY(overwrite.error().message.contains(QLatin1String("refusing")));
        QCOMPARE(readAll(m_document.path()), before);
        const auto unknown = ExportWriter::formatForPath(m_dir.filePath(QStringLiteral("out.docx")));
        QVERIFY(!unknown.isOk());
        QVERIFY(unknown.error().message.contains(QLatin1String("out.docx")));
        QVERIFY(!ExportWriter::formatNamed(QStringLiteral("xml")).isOk());
        QCOMPARE(ExportWriter::dialogFilters().size(), 5);
    }
};

QTEST_GUILESS_MAIN(ExportWriterTest)
#include "exportwriter_test.moc"
