// SPDX-License-Identifier: GPL-3.0-or-later
// Cancel reaches the loops inside each pipeline step, not only the gaps between steps.
#include "cancellation.h"
#include "dates/datetagger.h"
#include "document.h"
#include "events/eventextractor.h"
#include "extract/gazetteermatcher.h"
#include "extract/namerecognizer.h"
#include "extract/textsegmenter.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtTest>

using namespace Readout;

namespace
{

/// A report long enough that the steps' periodic checks come round: names, places, dates, events.
QString longReport()
{
    QString text;
    for (int i = 0; i < 3000; ++i) {
        text += QStringLiteral(
            "Officials from Norway and Chile will hold talks in Oslo on March 3, "
            "Foreign Minister Anniken Huitfeldt said on Monday.\n\n");
    }
    return text;
}

} // namespace

class CancellationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_knowledge = KnowledgeBase::builtIn();
        m_text = longReport();
    }

    void testScopeIsPerThreadAndNests()
    {
        QVERIFY(!CancellationScope::requested());
        std::atomic<bool> set(true);
        std::atomic<bool> unset(false);
        {
            const CancellationScope outer(&set);
            QVERIFY(CancellationScope::requested());
            // Another thread has no scope of its own.
            QVERIFY(!QtConcurrent::run([] {
                         return CancellationScope::requested();
                     }).result());
            {
                const CancellationScope inner(&unset);
                QVERIFY(!CancellationScope::requested());
                unset = true;
                QVERIFY(CancellationScope::requested());
            }
            QVERIFY(CancellationScope::requested());
            const CancellationScope none(nullptr);
            QVERIFY(!CancellationScope::requested());
        }
        QVERIFY(!CancellationScope::requested());
    }

    void testEveryStepStopsEarly()
    {
        const KnowledgeBase &kb = *m_knowledge;
        // Without a cancel: the full answers, to compare with.
        const Segmentation seg = TextSegmenter::segment(m_text, 0, kb);
        QVERIFY(seg.sentences.size() >= 3000);
        const QVector<Mention> gazetteer = GazetteerMatcher(kb).match(m_text, seg);
        QVERIFY(gazetteer.size() >= 9000);
        const QVector<Mention> names = NameRecognizer(kb).recognize(m_text, seg, gazetteer);
        QVERIFY(!names.isEmpty());
        const DateTagger tagger(kb);
        QVERIFY(tagger.tag(m_text, seg).size() >= 6000);

        std::atomic<bool> cancel(true);
        const CancellationScope scope(&cancel);
        QVERIFY(TextSegmenter::segment(m_text, 0, kb).sentences.isEmpty());
        QVERIFY(GazetteerMatcher(kb).match(m_text, seg).size() < gazetteer.size());
        QVERIFY(NameRecognizer(kb).recognize(m_text, seg, gazetteer).isEmpty());
        QVERIFY(tagger.tag(m_text, seg).isEmpty());
        QStringList ids;
        for (int i = 0; i < names.size(); ++i) {
            ids.append(QStringLiteral("T%1").arg(i + 1));
        }
        QVERIFY(EventExtractor(kb).extract(m_text, seg, names, ids, QDate(2023, 2, 27)).isEmpty());
    }

    void testPipelineReportsCancelAndNothingElse()
    {
        DocumentMetadata metadata;
        metadata.published = QDate(2023, 2, 27);
        const Document document(QStringLiteral("/tmp/long.txt"), m_text, metadata, 0);
        const Pipeline pipeline(m_knowledge);
        const Extraction full = pipeline.run(document);
        QVERIFY(!full.cancelled);
        QVERIFY(full.events.size() >= 1);
        std::atomic<bool> cancel(true);
        const Extraction cancelled = pipeline.run(document, &cancel);
        QVERIFY(cancelled.cancelled);
        QVERIFY(cancelled.entities.isEmpty());
        QVERIFY(cancelled.events.isEmpty());
        // The scope ended with the run.
        QVERIFY(!CancellationScope::requested());
    }

private:
    std::shared_ptr<const KnowledgeBase> m_knowledge;
    QString m_text;
};

QTEST_MAIN(CancellationTest)
#include "cancellation_test.moc"
