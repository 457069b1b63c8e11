// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationhighlighter.h"
#include "annotationpalette.h"
#include "articleview.h"
#include "builtinpalette.h"
#include "legendwidget.h"

#include "annotations.h"

#include <QApplication>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextLayout>
#include <QVBoxLayout>
#include <QtTest>

using namespace Readout;

namespace
{

const QString Header = QStringLiteral(" date 2021-12-28 ");

Entity makeEntity(const QString &text, const QString &word, EntityType type, const QString &id, int from = 0)
{
    Entity entity;
    entity.id = id;
    entity.type = type;
    entity.start = int(text.indexOf(word, from));
    entity.end = entity.start + int(word.size());
    entity.text = word;
    return entity;
}

/// The format the highlighter gave the character at a document position.
QTextCharFormat formatAt(const QTextDocument *document, int position)
{
    const QTextBlock block = document->findBlock(position);
    const int offset = position - block.position();
    QTextCharFormat format;
    const QVector<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (offset >= range.start && offset < range.start + range.length) {
            format = range.format;
        }
    }
    return format;
}

double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class ArticleViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void testDisplayTextKeepsOffsets();
    void testHighlightsEntitiesFromIndex();
    void testHeaderIsDimmed();
    void testToolTips_data();
    void testToolTips();
    void testDateToolTipShowsMod();
    void testEvidenceSelectionAndMark();
    void testClickOnSpanEmitsEntityClicked();
    void testClickOffSpanOrDragEmitsNothing();
    void testCrLfTextKeepsSpanPositions();
    void testFollowsDarkPalette();
    void testBuiltinPaletteIsDistinctAndReadable();
    void testLegendCounts();
    void testPreparedDocumentKeepsOffsetsInFewerBlocks();
    void testBigDocumentIsColouredAsShown();
    void testPreparedDocumentOpensAtTheTop();
    void testLongLineInDisplayBlocks_data();
    void testLongLineInDisplayBlocks();

private:
    QString m_text;
    std::unique_ptr<Annotations> m_annotations;
    std::unique_ptr<ArticleView> m_view;
};

void ArticleViewTest::init()
{
    m_text = Header
        + QStringLiteral(
                 "U.S. and Russian officials will hold talks on January 10.\n"
                 "Sergei Lavrov said NATO will meet in Geneva.\n");
    DocumentMetadata metadata;
    metadata.published = QDate(2021, 12, 28);
    const Document document(QStringLiteral("/tmp/article.txt"), m_text, metadata, int(Header.size()));

    Entity us = makeEntity(m_text, QStringLiteral("U.S."), EntityType::Location, QStringLiteral("T1"));
    us.canonical = QStringLiteral("United States");
    us.code = QStringLiteral("USA");
    Entity russian = makeEntity(m_text, QStringLiteral("Russian"), EntityType::Misc, QStringLiteral("T2"));
    russian.canonical = QStringLiteral("Russia");
    russian.code = QStringLiteral("RUS");
    Entity date = makeEntity(m_text, QStringLiteral("January 10"), EntityType::Date, QStringLiteral("T3"));
    date.value = QStringLiteral("2022-01-10");
    date.timexType = QStringLiteral("DATE");
    const Entity lavrov = makeEntity(m_text, QStringLiteral("Sergei Lavrov"), EntityType::Person, QStringLiteral("T4"));
    Entity nato = makeEntity(m_text, QStringLiteral("NATO"), EntityType::Organization, QStringLiteral("T5"));
    nato.canonical = QStringLiteral("NATO");
    const Entity geneva = makeEntity(m_text, QStringLiteral("Geneva"), EntityType::Location, QStringLiteral("T6"));

    Event talks;
    talks.id = QStringLiteral("E1");
    talks.type = QStringLiteral("talks");
    talks.participants = {QStringLiteral("United States"), QStringLiteral("Russia")};
    talks.date = QStringLiteral("2022-01-10");
    talks.evidenceStart = int(Header.size());
    talks.evidenceEnd = int(m_text.indexOf(QLatin1Char('\n')));
    talks.evidenceText = m_text.mid(talks.evidenceStart, talks.evidenceEnd - talks.evidenceStart);
    talks.entityIds = {us.id, russian.id, date.id};
    Event meeting;
    meeting.id = QStringLiteral("E2");
    meeting.type = QStringLiteral("meeting");
    meeting.participants = {QStringLiteral("NATO")};
    meeting.evidenceStart = talks.evidenceEnd + 1;
    meeting.evidenceEnd = int(m_text.size()) - 1;
    meeting.evidenceText = m_text.mid(meeting.evidenceStart, meeting.evidenceEnd - meeting.evidenceStart);
    meeting.entityIds = {nato.id};

    m_annotations = std::make_unique<Annotations>();
    m_annotations->reset(document, {us, russian, date, lavrov, nato, geneva}, {talks, meeting});
    m_view = std::make_unique<ArticleView>();
    m_view->resize(700, 300);
    m_view->setAnnotations(m_annotations.get());
}

void ArticleViewTest::cleanup()
{
    m_view.reset();
    m_annotations.reset();
}

void ArticleViewTest::testDisplayTextKeepsOffsets()
{
    QCOMPARE(ArticleView::displayText(QStringLiteral("a\r\nb\rc\n")), QStringLiteral("a \nb\nc\n"));
    QCOMPARE(ArticleView::displayText(m_text), m_text);
    QCOMPARE(m_view->document()->characterCount() - 1, m_text.size());
}

void ArticleViewTest::testHighlightsEntitiesFromIndex()
{
    // The view's palette: the built-in one, or a KSyntaxHighlighting theme in a KF6 build.
    const AnnotationPalette *palette = m_view->highlighter()->palette();
    const ColorScheme scheme = m_view->highlighter()->scheme();
    for (const Entity &entity : m_annotations->entities()) {
        const QTextCharFormat expected = palette->format(annotationRole(entity.type), scheme);
        for (int position = entity.start; position < entity.end; ++position) {
            const QTextCharFormat actual = formatAt(m_view->document(), position);
            QCOMPARE(actual.background(), expected.background());
            QCOMPARE(actual.underlineColor(), expected.underlineColor());
        }
    }
    // Plain words stay plain.
    QCOMPARE(formatAt(m_view->document(), int(m_text.indexOf(QLatin1String("officials")))).background().style(),
             Qt::NoBrush);
}

void ArticleViewTest::testHeaderIsDimmed()
{
    const QTextCharFormat header = formatAt(m_view->document(), 3);
    QVERIFY(header.fontItalic());
    QVERIFY(header.foreground().style() != Qt::NoBrush);
    QVERIFY(m_view->toolTipAt(3).contains(QLatin1String("2021-12-28")));
}

void ArticleViewTest::testToolTips_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("firstLine");
    QTest::addColumn<QString>("contains");

    QTest::newRow("date shows resolved value")
        << QStringLiteral("January 10") << QStringLiteral("January 10 → 2022-01-10 (DATE)")
        << QStringLiteral("Used by E1");
    QTest::newRow("actor shows canonical name and code")
        << QStringLiteral("U.S.") << QStringLiteral("U.S. → United States (USA)") << QStringLiteral("LOCATION");
    QTest::newRow("nationality links to actor")
        << QStringLiteral("Russian") << QStringLiteral("Russian → Russia (RUS)") << QStringLiteral("NATIONALITY");
    QTest::newRow("person without canonical")
        << QStringLiteral("Lavrov") << QStringLiteral("Sergei Lavrov") << QStringLiteral("PERSON");
    QTest::newRow("organization named as itself")
        << QStringLiteral("NATO") << QStringLiteral("NATO") << QStringLiteral("ORGANIZATION");
}

void ArticleViewTest::testToolTips()
{
    QFETCH(QString, word);
    QFETCH(QString, firstLine);
    QFETCH(QString, contains);
    const int position = int(m_text.indexOf(word)) + 1;
    const QString tip = m_view->toolTipAt(position);
    QCOMPARE(tip.section(QLatin1Char('\n'), 0, 0), firstLine);
    QVERIFY2(tip.contains(contains), qPrintable(tip));
}

void ArticleViewTest::testDateToolTipShowsMod()
{
    // A date whose span keeps its modifier says which TIMEX3 mod it carries.
    const QString text = QStringLiteral("Prices rose in early 1990.\n");
    const Document document(QStringLiteral("/tmp/mod.txt"), text);
    Entity date = makeEntity(text, QStringLiteral("early 1990"), EntityType::Date, QStringLiteral("T1"));
    date.value = QStringLiteral("1990");
    date.timexType = QStringLiteral("DATE");
    date.timexMod = QStringLiteral("START");
    Annotations annotations;
    annotations.reset(document, {date}, {});
    ArticleView view;
    view.setAnnotations(&annotations);
    const QString tip = view.toolTipAt(int(text.indexOf(QLatin1String("1990"))));
    QCOMPARE(tip.section(QLatin1Char('\n'), 0, 0), QStringLiteral("early 1990 → 1990 (DATE, START)"));
}

void ArticleViewTest::testEvidenceSelectionAndMark()
{
    const Event &talks = m_annotations->events().at(0);
    const Event &meeting = m_annotations->events().at(1);
    m_view->showEvidence(talks.evidenceStart, talks.evidenceEnd);
    QCOMPARE(m_view->textCursor().selectedText(), talks.evidenceText);
    QCOMPARE(m_view->highlighter()->evidenceStart(), talks.evidenceStart);

    const QBrush evidence = m_view->highlighter()
                                ->palette()
                                ->format(AnnotationRole::Evidence, m_view->highlighter()->scheme())
                                .background();
    const int officials = int(m_text.indexOf(QLatin1String("officials")));
    QCOMPARE(formatAt(m_view->document(), officials).background(), evidence);
    // An entity inside the evidence keeps its own colours.
    const Entity *date = m_annotations->entity(QStringLiteral("T3"));
    QVERIFY(formatAt(m_view->document(), date->start).background() != evidence);
    QVERIFY(formatAt(m_view->document(), date->start).underlineStyle() != QTextCharFormat::NoUnderline);

    m_view->showEvidence(meeting.evidenceStart, meeting.evidenceEnd);
    QCOMPARE(m_view->textCursor().selectedText(), meeting.evidenceText);
    QCOMPARE(formatAt(m_view->document(), officials).background().style(), Qt::NoBrush);
    const int said = int(m_text.indexOf(QLatin1String("said")));
    QCOMPARE(formatAt(m_view->document(), said).background(), evidence);

    m_view->clearEvidence();
    QVERIFY(!m_view->textCursor().hasSelection());
    QCOMPARE(formatAt(m_view->document(), said).background().style(), Qt::NoBrush);
}

void ArticleViewTest::testClickOnSpanEmitsEntityClicked()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    const Entity *lavrov = m_annotations->entity(QStringLiteral("T4"));
    const QPoint point = m_view->spanRect(lavrov->start, lavrov->end).center();
    QCOMPARE(m_view->entityIdAt(point), lavrov->id);

    QSignalSpy clicked(m_view.get(), &ArticleView::entityClicked);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toString(), lavrov->id);
}

void ArticleViewTest::testClickOffSpanOrDragEmitsNothing()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QSignalSpy clicked(m_view.get(), &ArticleView::entityClicked);

    const int officials = int(m_text.indexOf(QLatin1String("officials")));
    const QPoint plain = m_view->spanRect(officials, officials + 9).center();
    QVERIFY(m_view->entityIdAt(plain).isEmpty());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, plain);

    // Far right of the short first line: past its end, no character, no entity.
    const QRect firstLine = m_view->spanRect(int(Header.size()), int(Header.size()) + 1);
    QCOMPARE(m_view->characterAt(QPoint(m_view->viewport()->width() - 4, firstLine.center().y())), -1);

    // Selecting across a span by dragging is not a click on it.
    const Entity *geneva = m_annotations->entity(QStringLiteral("T6"));
    const QRect span = m_view->spanRect(geneva->start, geneva->end);
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, QPoint(span.left() + 1, span.center().y()));
    QMouseEvent move(QEvent::MouseMove,
                     QPointF(span.right() + 30, span.center().y()),
                     m_view->viewport()->mapToGlobal(QPointF(span.right() + 30, span.center().y())),
                     Qt::NoButton,
                     Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(m_view->viewport(), &move);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, QPoint(span.right() + 30, span.center().y()));
    QCOMPARE(clicked.count(), 0);
}

void ArticleViewTest::testCrLfTextKeepsSpanPositions()
{
    const QString text = QStringLiteral("First line.\r\nThe Kremlin said so.\r\n");
    Entity kremlin = makeEntity(text, QStringLiteral("Kremlin"), EntityType::Organization, QStringLiteral("T1"));
    Annotations annotations;
    annotations.reset(Document(QStringLiteral("/tmp/crlf.txt"), text), {kremlin}, {});
    ArticleView view;
    view.setAnnotations(&annotations);
    QCOMPARE(view.document()->characterCount() - 1, text.size());
    QCOMPARE(view.document()->characterAt(kremlin.start), QLatin1Char('K'));
    QVERIFY(formatAt(view.document(), kremlin.start).background().style() != Qt::NoBrush);
    QVERIFY(formatAt(view.document(), kremlin.start - 1).background().style() == Qt::NoBrush);
    QVERIFY(view.toolTipAt(kremlin.start).contains(QLatin1String("ORGANIZATION")));
}

void ArticleViewTest::testFollowsDarkPalette()
{
    const QPalette original = QApplication::palette();
    QCOMPARE(m_view->highlighter()->scheme(), AnnotationPalette::systemScheme());

    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QCOMPARE(AnnotationPalette::systemScheme(), ColorScheme::Dark);
    QTRY_COMPARE(m_view->highlighter()->scheme(), ColorScheme::Dark);
    const Entity *us = m_annotations->entity(QStringLiteral("T1"));
    QCOMPARE(formatAt(m_view->document(), us->start).background(),
             m_view->highlighter()->palette()->format(AnnotationRole::Location, ColorScheme::Dark).background());

    QApplication::setPalette(original);
    QTRY_COMPARE(m_view->highlighter()->scheme(), AnnotationPalette::systemScheme());
}

void ArticleViewTest::testBuiltinPaletteIsDistinctAndReadable()
{
    const BuiltinPalette palette;
    const QVector<AnnotationRole> roles{AnnotationRole::Person,
                                        AnnotationRole::Organization,
                                        AnnotationRole::Location,
                                        AnnotationRole::Date,
                                        AnnotationRole::Misc,
                                        AnnotationRole::Evidence};
    const QColor darkText(0x23, 0x26, 0x29);
    const QColor lightText(0xdd, 0xdd, 0xdd);
    for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
        QSet<QRgb> backgrounds;
        QSet<QRgb> accents;
        for (const AnnotationRole role : roles) {
            const QColor background = palette.background(role, scheme);
            backgrounds.insert(background.rgb());
            accents.insert(palette.color(role, scheme).rgb());
            const double ratio = contrast(background, scheme == ColorScheme::Light ? darkText : lightText);
            QVERIFY2(ratio >= (scheme == ColorScheme::Light ? 11.0 : 7.0),
                     qPrintable(QStringLiteral("%1: contrast %2").arg(annotationRoleName(role)).arg(ratio)));
        }
        QCOMPARE(backgrounds.size(), roles.size());
        QCOMPARE(accents.size(), roles.size());
    }
    QVERIFY(createAnnotationPalette() != nullptr);
    QVERIFY(!createAnnotationPalette()->themeSource().isEmpty());
}

void ArticleViewTest::testLegendCounts()
{
    LegendWidget legend;
    QCOMPARE(legend.labelText(AnnotationRole::Misc), QStringLiteral("NATIONALITY"));
    legend.setAnnotations(m_annotations.get());
    QCOMPARE(legend.labelText(AnnotationRole::Location), QStringLiteral("LOCATION 2"));
    QCOMPARE(legend.labelText(AnnotationRole::Person), QStringLiteral("PERSON 1"));
    QCOMPARE(legend.labelText(AnnotationRole::Evidence), QStringLiteral("EVIDENCE"));
}

void ArticleViewTest::testPreparedDocumentKeepsOffsetsInFewerBlocks()
{
    // 30,000 short lines: shown in blocks of a few thousand characters, not one block per line.
    QString text;
    for (int i = 0; i < 30000; ++i) {
        text += QStringLiteral("Line %1 of a long report.\n").arg(i);
    }
    int steps = 0;
    bool ordered = true;
    const std::shared_ptr<PreparedDocument> prepared =
        ArticleView::prepareDocument(text, ArticleView::articleFont(), [&](qint64 done, qint64 total) {
            ordered = ordered && done <= total;
            ++steps;
            return true;
        });
    QVERIFY(ordered);
    QVERIFY(prepared);
    QVERIFY(steps >= 2);
    QCOMPARE(prepared->text(), text);
    QTextDocument *document = prepared->take();
    QVERIFY(document);
    QVERIFY(!prepared->take());
    std::unique_ptr<QTextDocument> owned(document);
    QCOMPARE(document->characterCount() - 1, text.size());
    QVERIFY2(document->blockCount() < 300, qPrintable(QString::number(document->blockCount())));
    QCOMPARE(document->toPlainText(), text);
    // Offsets keep their meaning: the same character (a line end as a line separator or a block end).
    for (const int position : {0, 5, 12345, int(text.size()) - 2}) {
        const QChar shown = document->characterAt(position);
        const QChar expected = text.at(position);
        QVERIFY(shown == expected
                || (expected == QLatin1Char('\n')
                    && (shown == QChar::LineSeparator || shown == QChar::ParagraphSeparator)));
    }
    QCOMPARE(document->thread(), QCoreApplication::instance()->thread());

    // Cancelled on the way: nothing.
    QVERIFY(!ArticleView::prepareDocument(text, ArticleView::articleFont(), [](qint64, qint64) {
        return false;
    }));
}

void ArticleViewTest::testBigDocumentIsColouredAsShown()
{
    // An article past the eager limit: only the blocks in view are coloured, the rest as they come.
    QString text = Header;
    QVector<Entity> entities;
    for (int i = 0; i < 400; ++i) {
        const int at = int(text.size());
        text += QStringLiteral("Officials met in Geneva on the %1th day.\n").arg(i);
        Entity geneva =
            makeEntity(text, QStringLiteral("Geneva"), EntityType::Location, QStringLiteral("T%1").arg(i + 1), at);
        entities.append(geneva);
    }
    DocumentMetadata metadata;
    metadata.published = QDate(2021, 12, 28);
    const Document document(QStringLiteral("/tmp/big.txt"), text, metadata, int(Header.size()));
    Annotations annotations;
    annotations.reset(document, entities, {});
    ArticleView view;
    view.resize(500, 200);
    view.setAnnotations(&annotations);
    AnnotationHighlighter *highlighter = view.highlighter();
    QVERIFY(highlighter);
    QSignalSpy invalidated(highlighter, &AnnotationHighlighter::invalidated);
    highlighter->setEagerCharacterLimit(1000);
    highlighter->rehighlight();
    QCOMPARE(invalidated.count(), 1);
    const QBrush location =
        highlighter->palette()->format(AnnotationRole::Location, highlighter->scheme()).background();
    const int first = entities.first().start;
    const int last = entities.last().start;
    QVERIFY(!highlighter->isHighlighted(first));
    QVERIFY(!highlighter->isHighlighted(last));

    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(highlighter->isHighlighted(first));
    QCOMPARE(formatAt(view.document(), first).background(), location);
    QVERIFY(!highlighter->isHighlighted(last)); // far below the view: not yet

    // Scrolled to the end: coloured before it is painted.
    view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
    QTRY_VERIFY(highlighter->isHighlighted(last));
    QCOMPARE(formatAt(view.document(), last).background(), location);

    // A correction far away is coloured at once, wherever the view is.
    const int middle = entities.at(200).start;
    highlighter->ensureHighlighted(middle, middle + 1);
    QVERIFY(highlighter->isHighlighted(middle));
    QCOMPARE(formatAt(view.document(), middle).background(), location);
}

void ArticleViewTest::testPreparedDocumentOpensAtTheTop()
{
    // A grouped document coloured as shown still opens at its first line.
    QString text = Header + QLatin1Char('\n');
    QVector<Entity> entities;
    for (int i = 0; i < 30000; ++i) {
        const int at = int(text.size());
        text += QStringLiteral("Officials met in Geneva.\n");
        entities.append(
            makeEntity(text, QStringLiteral("Geneva"), EntityType::Location, QStringLiteral("T%1").arg(i + 1), at));
    }
    const Document document(QStringLiteral("/tmp/long.txt"), text, {}, int(Header.size()));
    Annotations annotations;
    annotations.reset(document, {}, {}); // the text first, the spans when the extraction ends
    // A child not yet laid out, as a new tab's view is, given its size when shown.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *view = new ArticleView(&window);
    view->setPreparedDocument(ArticleView::prepareDocument(text, view->font()));
    view->setAnnotations(&annotations);
    QVERIFY(view->document()->blockCount() < 1000);
    layout->addWidget(view);
    window.resize(500, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    annotations.reset(document, entities, {});
    QTRY_VERIFY(view->highlighter()->isHighlighted(entities.first().start));
    QTest::qWait(50);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    const int top = view->characterAt(QPoint(24, 26));
    QVERIFY2(top >= 0 && top < int(Header.size()), qPrintable(QString::number(top)));
}

namespace
{

/// Lets the test see what Copy would put on the clipboard.
class CopyingView : public ArticleView
{
public:
    using ArticleView::createMimeDataFromSelection;
};

} // namespace

void ArticleViewTest::testLongLineInDisplayBlocks_data()
{
    QTest::addColumn<bool>("prepared");
    QTest::newRow("prepared off the GUI thread (opening)") << true;
    QTest::newRow("set in the view (a reset)") << false;
}

void ArticleViewTest::testLongLineInDisplayBlocks()
{
    // A line of a million characters: laid out in blocks of a few thousand, each broken where a
    // space was (one character for one, so offsets keep their meaning), and copied as written.
    QFETCH(bool, prepared);
    QString text = Header + QLatin1Char('\n');
    while (text.size() < 1000000) {
        text += QStringLiteral("Officials met in Geneva on Monday and talked. ");
    }
    const Document document(QStringLiteral("/tmp/one-line.txt"), text, {}, int(Header.size()));
    Annotations annotations;
    annotations.reset(document, {}, {});
    CopyingView view;
    if (prepared) {
        view.setPreparedDocument(ArticleView::prepareDocument(text, view.font()));
    }
    view.setAnnotations(&annotations);
    const QTextDocument *shown = view.document();
    QCOMPARE(shown->characterCount() - 1, text.size());
    QVERIFY2(shown->blockCount() > 100, qPrintable(QString::number(shown->blockCount())));
    for (QTextBlock block = shown->firstBlock(); block.isValid(); block = block.next()) {
        QVERIFY2(block.length() < 10000, qPrintable(QString::number(block.length())));
    }
    for (int position = 0; position < text.size(); position += 97) {
        const QChar ch = shown->characterAt(position);
        QVERIFY(ch == text.at(position)
                || (ch == QChar::ParagraphSeparator
                    && (text.at(position) == QLatin1Char(' ') || text.at(position) == QLatin1Char('\n'))));
    }
    // Across a display break, the space is copied.
    const int around = shown->findBlockByNumber(50).position();
    QTextCursor cursor(view.document());
    cursor.setPosition(around - 30);
    cursor.setPosition(around + 30, QTextCursor::KeepAnchor);
    view.setTextCursor(cursor);
    const std::unique_ptr<QMimeData> copied(view.createMimeDataFromSelection());
    QCOMPARE(copied->text(), text.mid(around - 30, 60));
}

QTEST_MAIN(ArticleViewTest)
#include "articleview_test.moc"
