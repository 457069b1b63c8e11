// SPDX-License-Identifier: GPL-3.0-or-later
// The passes of event extraction one at a time, each on sentences written for it: the reporting
// clause, clause splitting, trigger finding and negation, and the place, date, status and topics
// policies. The participant rules are tested by their own examples (eventgrammar_test).
#include "events/clausesplitter.h"
#include "events/eventextractor.h"
#include "events/eventpolicies.h"
#include "events/reportingclause.h"
#include "events/triggerfinder.h"
#include "knowledge/knowledgebase.h"
#include "pipeline.h"

#include <QTest>

#include <memory>

using namespace Readout;

namespace
{

const QDate Published(2024, 3, 15);

/// One sentence segmented and tagged as the pipeline does, and the view the passes read it through.
struct Parsed {
    QString text;
    Segmentation seg;
    QVector<Mention> mentions;
    QStringList ids;
    std::unique_ptr<SentenceView> view;
    ReportedPart part;
    QVector<Clause> relatives; ///< the person relatives markAsides set aside
};

std::unique_ptr<Parsed> parse(const QString &sentence)
{
    auto p = std::make_unique<Parsed>();
    const auto kb = KnowledgeBase::builtIn();
    p->text = sentence;
    p->seg = TextSegmenter::segment(p->text, 0, *kb, int(p->text.size()));
    Pipeline::MentionMemory memory;
    p->mentions = Pipeline(kb).mentions(p->text, p->seg, Published, memory);
    for (int i = 0; i < p->mentions.size(); ++i) {
        p->ids.append(QStringLiteral("T%1").arg(i + 1));
    }
    p->view = std::make_unique<SentenceView>(p->text, p->seg, p->mentions, p->ids, *kb, kb->eventLexicon());
    ExtractionContext context;
    markQuotations(*p->view, context);
    p->part = readReportingClause(*p->view, p->seg.sentences.first(), context);
    p->relatives = markAsides(*p->view, p->part.first, p->part.last);
    return p;
}

} // namespace

class EventPassesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testReportingClause_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("part");
        QTest::newRow("trailing") << QStringLiteral(
            "Germany and Poland will hold talks on Monday, a government spokesman said.")
                                  << QStringLiteral("government spokesman")
                                  << QStringLiteral("Germany and Poland will hold talks on Monday");
        QTest::newRow("said the") << QStringLiteral("Chile and Peru met on Friday, said the foreign ministry.")
                                  << QStringLiteral("foreign ministry")
                                  << QStringLiteral("Chile and Peru met on Friday");
        QTest::newRow("leading that") << QStringLiteral("The foreign ministry said that Chile and Peru met on Friday.")
                                      << QStringLiteral("foreign ministry")
                                      << QStringLiteral("Chile and Peru met on Friday");
        QTest::newRow("said when, that") << QStringLiteral(
            "The foreign ministry said on Thursday that Chile and Peru met on Friday.")
                                         << QStringLiteral("foreign ministry")
                                         << QStringLiteral("Chile and Peru met on Friday");
        QTest::newRow("according to") << QStringLiteral("Kenya and Uganda held talks, according to the agency.")
                                      << QStringLiteral("the agency")
                                      << QStringLiteral("Kenya and Uganda held talks, according to the agency");
        QTest::newRow("before a longer aside") << QStringLiteral(
            "Talks between Chile and Peru were postponed, an official said Sunday, just four days "
            "before they were due to begin.") << QStringLiteral("official")
                                               << QStringLiteral("Talks between Chile and Peru were postponed");
        QTest::newRow("told a press conference, then a participle") << QStringLiteral(
            "Chile and Peru will hold talks in Lima, the minister told a press conference Friday, referring to the "
            "weekend meeting.") << QStringLiteral("minister")
                                                                    << QStringLiteral(
                                                                           "Chile and Peru will hold talks in Lima");
        QTest::newRow("if confirmed is no source")
            << QStringLiteral("If confirmed, Chile and Peru would meet in May.") << QString()
            << QStringLiteral("If confirmed, Chile and Peru would meet in May");
        QTest::newRow("a name and its apposition")
            << QStringLiteral("On Tuesday, Tomas Ardila, the head of the Chilean team, said Chile and Peru will meet.")
            << QStringLiteral("Tomas Ardila, the head of the Chilean team")
            << QStringLiteral("Chile and Peru will meet");
        QTest::newRow("an apposition naming a negotiation team")
            << QStringLiteral("Tomas Ardila, the head of the Chilean negotiation team, said Chile and Peru will meet.")
            << QStringLiteral("Tomas Ardila, the head of the Chilean negotiation team")
            << QStringLiteral("Chile and Peru will meet");
        QTest::newRow("none") << QStringLiteral("Chile and Peru met on Friday.") << QString()
                              << QStringLiteral("Chile and Peru met on Friday");
    }

    void testReportingClause()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, source);
        QFETCH(QString, part);
        const auto p = parse(sentence);
        QCOMPARE(p->part.source, source);
        QCOMPARE(p->view->phrase(p->part.first, p->part.last), part);
    }

    void testPersonRelatives_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("antecedent"); // "" when no person relative is set aside
        QTest::addColumn<QString>("relative");
        QTest::newRow("a title and a name")
            << QStringLiteral("Kenyan President Ali Moyo, who will travel to Kampala on Friday, praised the deal.")
            << QStringLiteral("Kenyan President Ali Moyo") << QStringLiteral("will travel to Kampala on Friday");
        QTest::newRow("an office, its body and an apposition")
            << QStringLiteral("The plan was drafted by the UN envoy for Mali, Ana Ruiz, who met Tuareg leaders.")
            << QStringLiteral("the UN envoy for Mali, Ana Ruiz") << QStringLiteral("met Tuareg leaders");
        QTest::newRow("up to a clause inside it")
            << QStringLiteral("Chile's minister, who chairs the bloc that led the talks, spoke on Monday.")
            << QStringLiteral("Chile's minister") << QStringLiteral("chairs the bloc");
        QTest::newRow("which is no person")
            << QStringLiteral("The talks, which had been set for Friday, were put off.") << QString() << QString();
    }

    void testPersonRelatives()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, antecedent);
        QFETCH(QString, relative);
        const auto p = parse(sentence);
        if (antecedent.isEmpty()) {
            QVERIFY(p->relatives.isEmpty());
            return;
        }
        QCOMPARE(p->relatives.size(), 1);
        const Clause &c = p->relatives.constFirst();
        QCOMPARE(p->view->phrase(c.inheritSubject, c.first - 2), antecedent);
        QCOMPARE(p->view->phrase(c.first, c.last), relative);
    }

    void testClauses_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("clauses");
        QTest::newRow("two triggers joined by and")
            << QStringLiteral("France will meet Spain in Paris on Monday and hold talks with Italy in Rome on Tuesday.")
            << QStringLiteral("France will meet Spain in Paris on Monday / hold talks with Italy in Rome on Tuesday");
        QTest::newRow("while") << QStringLiteral("Chile met Peru on Friday, while Bolivia held talks with Brazil.")
                               << QStringLiteral("Chile met Peru on Friday / Bolivia held talks with Brazil");
        QTest::newRow("semicolon") << QStringLiteral("Ghana and Togo met; no agreement was reached.")
                                   << QStringLiteral("Ghana and Togo met / no agreement was reached");
        QTest::newRow("after -ing with an event")
            << QStringLiteral("Kenya and Uganda met for talks after attending a regional summit.")
            << QStringLiteral("Kenya and Uganda met for talks / after attending a regional summit");
        QTest::newRow("and, a time, a pronoun and a second event")
            << QStringLiteral(
                   "Boric held talks in Santiago with his Bolivian counterpart early this month, and later "
                   "in mid-month he received a phone call from Argentina.")
            << QStringLiteral(
                   "Boric held talks in Santiago with his Bolivian counterpart early this month, / later "
                   "in mid-month he received a phone call from Argentina");
        QTest::newRow("preposition and which, no comma")
            << QStringLiteral("The visit will run until June 9 during which a Chilean-Peruvian summit will be held.")
            << QStringLiteral("The visit will run until June 9 / during which a Chilean-Peruvian summit will be held");
        QTest::newRow("would follow an earlier event")
            << QStringLiteral("The meeting would follow an earlier round of talks in Lima in May.")
            << QStringLiteral("The meeting / would follow an earlier round of talks in Lima in May");
        QTest::newRow("an event named as past")
            << QStringLiteral("The two sides carried forward their discussions from the previous round held on May 2.")
            << QStringLiteral(
                   "The two sides carried forward their discussions from / the previous round held on May 2");
        QTest::newRow("a name between stays one") << QStringLiteral("Chile met Peru and Bolivia at a summit.")
                                                  << QStringLiteral("Chile met Peru and Bolivia at a summit");
    }

    void testClauses()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, clauses);
        const auto p = parse(sentence);
        QStringList got;
        for (const Clause &c : splitClauses(*p->view, p->part.first, p->part.last)) {
            got.append(p->view->phrase(c.first, c.last));
        }
        QCOMPARE(got.join(QLatin1String(" / ")), clauses);
    }

    void testParts_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("wholes");
        QTest::addColumn<QString>("parts");
        QTest::newRow("that make up, a list after")
            << QStringLiteral(
                   "Envoys of the groups that make up the Three Brotherhood Alliance, the Arakan Army "
                   "(AA) and the Ta'ang National Liberation Army (TNLA), met the army in Lashio.")
            << QStringLiteral("Three Brotherhood Alliance")
            << QStringLiteral("Arakan Army|AA|Ta'ang National Liberation Army|TNLA");
        QTest::newRow("made up of") << QStringLiteral(
            "The Three Brotherhood Alliance, made up of the Arakan Army and the Ta'ang National Liberation Army, "
            "held talks with the army.")
                                    << QStringLiteral("Three Brotherhood Alliance")
                                    << QStringLiteral("Arakan Army|Ta'ang National Liberation Army");
        QTest::newRow("one name after the comma is no list") << QStringLiteral(
            "Envoys of the groups that form the Three Brotherhood Alliance, Myanmar's strongest "
            "rebel coalition, met in Lashio.") << QStringLiteral("Three Brotherhood Alliance")
                                                             << QString();
        QTest::newRow("members of is no whole")
            << QStringLiteral("Members of Hamas, Fatah and Islamic Jihad met in Cairo.") << QString() << QString();
    }

    void testParts()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, wholes);
        QFETCH(QString, parts);
        const auto p = parse(sentence);
        markParts(*p->view, p->part.first, p->part.last);
        QStringList foundWholes;
        QStringList foundParts;
        for (const Mention &me : std::as_const(p->mentions)) {
            const QString name = p->view->phrase(me.firstToken, me.lastToken);
            if (me.hidden || me.type == EntityType::Date) {
                continue;
            }
            if (p->view->whole.at(me.firstToken)) {
                foundWholes.append(name);
            }
            if (p->view->noSide.at(me.firstToken)) {
                foundParts.append(name);
            }
        }
        QCOMPARE(foundWholes.join(QLatin1Char('|')), wholes);
        QCOMPARE(foundParts.join(QLatin1Char('|')), parts);
    }

    void testTrigger_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("type");
        QTest::newRow("noun") << QStringLiteral("Chile and Peru held talks on Friday.") << QStringLiteral("talks")
                              << QStringLiteral("talks");
        QTest::newRow("a call for restraint is no call")
            << QStringLiteral("Leaders issued a call for restraint.") << QString() << QString();
        QTest::newRow("spoke by phone") << QStringLiteral("The Ghanaian president spoke by phone with Togo's leader.")
                                        << QStringLiteral("spoke") << QStringLiteral("call");
        QTest::newRow("spoke to reporters is no call")
            << QStringLiteral("The Ghanaian president spoke to reporters.") << QString() << QString();
        QTest::newRow("a summit outranks met") << QStringLiteral("Officials of Chile and Peru met at a summit in Lima.")
                                               << QStringLiteral("summit") << QStringLiteral("summit");
        QTest::newRow("anaphoric subject")
            << QStringLiteral("The two leaders discussed trade.") << QStringLiteral("The two leaders") << QString();
        QTest::newRow("discuss with") << QStringLiteral("Chile will discuss fishing with Peru on Monday.")
                                      << QStringLiteral("discuss") << QStringLiteral("talks");
        QTest::newRow("a weak trigger yields to a call")
            << QStringLiteral("Chile and Peru discussed fishing in a phone call on Monday.") << QStringLiteral("call")
            << QStringLiteral("call");
        QTest::newRow("a weak trigger yields to the two leaders")
            << QStringLiteral("The two leaders discussed fishing.") << QStringLiteral("The two leaders") << QString();
        QTest::newRow("a press conference is no event")
            << QStringLiteral("Chile and Peru held a press conference.") << QString() << QString();
        QTest::newRow("a peace conference is") << QStringLiteral("Chile and Peru held a peace conference.")
                                               << QStringLiteral("conference") << QStringLiteral("meeting");
        QTest::newRow("a visit after a determiner is the noun")
            << QStringLiteral("The Ghanaian president arrived in Dakar for a state visit.") << QStringLiteral("visit")
            << QStringLiteral("visit");
        QTest::newRow("a framing event yields to the clause's own")
            << QStringLiteral("During the summit, Chile will hold talks with Peru.") << QStringLiteral("talks")
            << QStringLiteral("talks");
        QTest::newRow("Council as a name")
            << QStringLiteral("The Security Council condemned the attack.") << QString() << QString();
    }

    void testTrigger()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, word);
        QFETCH(QString, type);
        const auto p = parse(sentence);
        const FoundTrigger found = findTrigger(*p->view, {p->part.first, p->part.last});
        QCOMPARE(found.anchor.token >= 0 ? found.typeWord : QString(), word);
        QCOMPARE(found.type, type);
        if (word == QLatin1String("visit")) {
            QCOMPARE(found.anchor.kind, AnchorNoun);
        }
    }

    void testNegated_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<bool>("negated");
        QTest::newRow("no talks") << QStringLiteral("There are no talks planned between Chile and Peru.") << true;
        QTest::newRow("offering to") << QStringLiteral("Chile is offering to hold talks with Peru.") << true;
        QTest::newRow("not meet") << QStringLiteral("Chile will not meet Peru.") << true;
        QTest::newRow("plain") << QStringLiteral("Chile will hold talks with Peru.") << false;
    }

    void testNegated()
    {
        QFETCH(QString, sentence);
        QFETCH(bool, negated);
        const auto p = parse(sentence);
        const Clause c{p->part.first, p->part.last};
        const FoundTrigger found = findTrigger(*p->view, c);
        QVERIFY(found.anchor.token >= 0);
        QCOMPARE(negatedOrGeneric(*p->view, c, found.anchor.token), negated);
    }

    void testPolicies_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("topics");
        QTest::newRow("all four") << QStringLiteral("Chile and Peru will hold talks on trade in Lima on Monday.")
                                  << QStringLiteral("2024-03-18") << QStringLiteral("scheduled")
                                  << QStringLiteral("Lima") << QStringLiteral("trade");
        QTest::newRow("an earlier round took place")
            << QStringLiteral("If confirmed, it would follow an earlier round of talks between Chile and Peru in Lima.")
            << QString() << QStringLiteral("held") << QStringLiteral("Lima") << QString();
        QTest::newRow("a month the report has passed")
            << QStringLiteral("The deal, agreed in a call between Chile and Peru last month, would bring progress.")
            << QStringLiteral("2024-02") << QStringLiteral("held") << QString() << QString();
        QTest::newRow("a fronted clause's place is no venue")
            << QStringLiteral("A year after the truce failed in Lima, Chile and Peru met on Tuesday.")
            << QStringLiteral("2024-03-12") << QStringLiteral("held") << QString() << QString();
        QTest::newRow("a fronted place is the venue")
            << QStringLiteral("In Lima, Chile and Peru met on Tuesday.") << QStringLiteral("2024-03-12")
            << QStringLiteral("held") << QStringLiteral("Lima") << QString();
        QTest::newRow("a bound is no date")
            << QStringLiteral("Chile and Peru met in Lima after January 7.") << QString() << QStringLiteral("held")
            << QStringLiteral("Lima") << QString();
        QTest::newRow("by phone is no bound")
            << QStringLiteral("Chile spoke by phone with Peru on Tuesday.") << QStringLiteral("2024-03-12")
            << QStringLiteral("held") << QString() << QString();
        QTest::newRow("a bound before a named day")
            << QStringLiteral("Chile and Peru will meet after the Orthodox Christmas on January 7.") << QString()
            << QStringLiteral("scheduled") << QString() << QString();
        QTest::newRow("journey") << QStringLiteral(
            "The Chilean envoy returned to Lima on Monday to resume talks with Peru.")
                                 << QString() << QStringLiteral("scheduled") << QStringLiteral("Lima") << QString();
        QTest::newRow("postponed") << QStringLiteral("Chile and Peru postponed the security talks planned for April 2.")
                                   << QStringLiteral("2024-04-02") << QStringLiteral("cancelled") << QString()
                                   << QStringLiteral("security");
        QTest::newRow("a which-clause dates its event noun")
            << QStringLiteral("The talks between Chile and Peru, which had been set for March 20, were put off.")
            << QStringLiteral("2024-03-20") << QStringLiteral("cancelled") << QString() << QString();
        QTest::newRow("a which-clause of another noun dates nothing")
            << QStringLiteral("Chile and Peru held talks on the fishing accord, which was drafted on Monday.")
            << QString() << QStringLiteral("held") << QString() << QStringLiteral("fishing accord");
        QTest::newRow("a tone is no topic")
            << QStringLiteral("Chile and Peru held a tense but productive meeting in Lima on Tuesday.")
            << QStringLiteral("2024-03-12") << QStringLiteral("held") << QStringLiteral("Lima") << QString();
        QTest::newRow("conjoined topics")
            << QStringLiteral("Chile and Peru will hold talks to discuss fishing and migration.") << QString()
            << QStringLiteral("scheduled") << QString() << QStringLiteral("fishing|migration");
        QTest::newRow("several days are dated by the first")
            << QStringLiteral("Chile and Peru held talks in Lima from 4 to 6 March.") << QStringLiteral("2024-03-04")
            << QStringLiteral("held") << QStringLiteral("Lima") << QString();
        QTest::newRow("words before a verb are no topic")
            << QStringLiteral("Chile and Peru formally met on Monday.") << QStringLiteral("2024-03-11")
            << QStringLiteral("held") << QString() << QString();
        QTest::newRow("at the invitation of states no status")
            << QStringLiteral("Chile and Peru held talks in Lima on Monday at the invitation of Bolivia.")
            << QStringLiteral("2024-03-11") << QStringLiteral("held") << QStringLiteral("Lima") << QString();
        QTest::newRow("a dateline's date yields to the clause's") << QStringLiteral(
            "LIMA, March 14 (Andina) - Talks between Chile and Peru will take place in the southern city of Cusco in "
            "April.") << QStringLiteral("2024-04") << QStringLiteral("scheduled")
                                                                  << QString() << QString();
        QTest::newRow("a dateline's date when the clause has none")
            << QStringLiteral("LIMA, March 14 (Andina) - Chile and Peru held talks in Cusco.")
            << QStringLiteral("2024-03-14") << QStringLiteral("held") << QStringLiteral("Cusco") << QString();
        QTest::newRow("past without cue")
            << QStringLiteral("Chile and Peru in talks on March 4.") << QStringLiteral("2024-03-04")
            << QStringLiteral("held") << QString() << QString();
    }

    void testPolicies()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, date);
        QFETCH(QString, status);
        QFETCH(QString, place);
        QFETCH(QString, topics);
        const auto p = parse(sentence);
        const Clause c{p->part.first, p->part.last};
        const FoundTrigger found = findTrigger(*p->view, c);
        QVERIFY(found.anchor.token >= 0);
        const EventPolicies policies(*p->view, c, found);
        Event ev;
        const Journey journey = policies.place(KnowledgeBase::builtIn()->eventGrammar(), &ev);
        policies.date(journey, &ev);
        policies.status(journey, Published, &ev);
        policies.topics(&ev);
        QCOMPARE(ev.date, date);
        QCOMPARE(ev.status, status);
        QCOMPARE(ev.location, place);
        QCOMPARE(ev.topics.join(QLatin1Char('|')), topics);
        bool explained = false;
        for (const EventReason &r : std::as_const(ev.reasons)) {
            explained = explained || r.field == QLatin1String("status");
        }
        QVERIFY(explained);
    }
};

QTEST_GUILESS_MAIN(EventPassesTest)
#include "eventpasses_test.moc"
