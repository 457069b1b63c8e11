// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview.h"

#include "annotationhighlighter.h"
#include "annotationpalette.h"
#include "themes.h"

#include "annotations.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>
#include <utility>

namespace Readout
{

namespace
{

constexpr qreal DocumentMargin = 16;

/// A text of more lines is shown in fewer, longer blocks (see prepareDocument()).
constexpr qsizetype GroupedLines = 20000;
/// How long such a block is, about.
constexpr qsizetype GroupedBlockLength = 4096;

/// A line longer than this is shown in blocks of about GroupedBlockLength characters.
constexpr qsizetype LongLine = 16384;

/// The characters laid out per step of prepareDocument(): progress and cancel are that fine.
constexpr qsizetype PrepareChunk = 1 << 20;

bool hasLongLine(const QString &text)
{
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            end = text.size();
        }
        if (end - start > LongLine) {
            return true;
        }
        start = end + 1;
    }
    return false;
}

/// The text as the QTextDocument holds it, one character for each of the text's, so that every
/// offset keeps its meaning, in blocks that QPlainTextEdit lays out quickly: it walks every block
/// when its width changes, and lays out and colours a block whole. In a text of very many lines
/// most line ends become line separators, so that a block holds a few thousand characters. A very
/// long line is broken into blocks where white space was (unseen at the end of a line; Copy gives
/// it back): a 10 MB line as one block stalled the window for seconds. A line without white space
/// stays whole. Made a part at a time, in order, so that a big text is never copied whole.
class DisplayBlocks
{
public:
    explicit DisplayBlocks(const QString &shown)
        : m_shown(shown)
        , m_group(std::count(shown.cbegin(), shown.cend(), QLatin1Char('\n')) > GroupedLines)
        , m_changes(m_group || hasLongLine(shown))
    {
    }

    /// The text's [from, from + length) as the document holds it; parts must come in order.
    [[nodiscard]] QString part(qsizetype from, qsizetype length)
    {
        QString out = m_shown.mid(from, length);
        if (!m_changes) {
            return out;
        }
        QChar *ch = out.data();
        for (qsizetype i = 0; i < out.size(); ++i) {
            const qsizetype at = from + i;
            if (at > m_lineEnd) {
                m_lineEnd = m_shown.indexOf(QLatin1Char('\n'), at);
                if (m_lineEnd < 0) {
                    m_lineEnd = m_shown.size();
                }
                m_longLine = m_lineEnd - at > LongLine;
            }
            if (ch[i] == QLatin1Char('\n')) {
                if (!m_group || m_sinceBreak >= GroupedBlockLength) {
                    m_sinceBreak = 0; // a real block break
                } else {
                    ch[i] = QChar::LineSeparator;
                }
            } else if (m_longLine && m_sinceBreak >= GroupedBlockLength && ch[i].isSpace()) {
                ch[i] = QLatin1Char('\n'); // a block break where a space was
                m_sinceBreak = 0;
            }
            ++m_sinceBreak;
        }
        return out;
    }

private:
    const QString &m_shown;
    const bool m_group;
    const bool m_changes;
    qsizetype m_sinceBreak = 0;
    qsizetype m_lineEnd = -1;
    bool m_longLine = false;
};

bool sameText(const QString &a, const QString &b)
{
    return a.size() == b.size() && (a.constData() == b.constData() || a == b);
}

} // namespace

PreparedDocument::PreparedDocument(QTextDocument *document, QString text)
    : m_document(document)
    , m_text(std::move(text))
{
}

PreparedDocument::~PreparedDocument()
{
    delete m_document;
}

const QString &PreparedDocument::text() const
{
    return m_text;
}

QTextDocument *PreparedDocument::take()
{
    return std::exchange(m_document, nullptr);
}

std::shared_ptr<PreparedDocument> ArticleView::prepareDocument(const QString &text,
                                                               const QFont &font,
                                                               const std::function<bool(qint64, qint64)> &progress)
{
    const QString shown = displayText(text);
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    document->setDocumentLayout(new QPlainTextDocumentLayout(document.get()));
    document->setDocumentMargin(DocumentMargin);
    document->setDefaultFont(font);
    // QPlainTextEdit's wrapping, set here: setting it in the view would walk every block again.
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    // Appended a chunk at a time, so that progress can be told and Cancel heard; never between the
    // two halves of a surrogate pair.
    DisplayBlocks blocks(shown);
    QTextCursor cursor(document.get());
    for (qsizetype done = 0; done < shown.size();) {
        if (progress && !progress(done, shown.size())) {
            return nullptr;
        }
        qsizetype end = std::min(shown.size(), done + PrepareChunk);
        if (end < shown.size() && shown.at(end - 1).isHighSurrogate()) {
            ++end;
        }
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(blocks.part(done, end - done));
        done = end;
    }
    // QPlainTextEdit lays every block out again when its width changes; the first such pass makes a
    // QTextLayout per block, allocations better made here than on the GUI thread.
    for (QTextBlock block = document->firstBlock(); block.isValid(); block = block.next()) {
        (void)block.layout();
    }
    if (progress) {
        progress(shown.size(), shown.size());
    }
    if (QCoreApplication *app = QCoreApplication::instance()) {
        document->moveToThread(app->thread());
    }
    return std::make_shared<PreparedDocument>(document.release(), shown);
}

QFont ArticleView::articleFont()
{
    QFont font = QApplication::font("QPlainTextEdit");
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() + 1.5);
    }
    return font;
}

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_palette(createAnnotationPalette())
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(DocumentMargin);
    viewport()->setMouseTracking(true);
    // Files dropped here open as documents: leave drops to the window.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    setFont(articleFont());
    setPlaceholderText(tr("No document"));
    connect(Themes::instance(), &Themes::themeChanged, this, [this] {
        if (m_followsTheme) {
            m_palette = Themes::instance()->palette();
            applyScheme();
        }
    });
    applyScheme();
}

ArticleView::~ArticleView() = default;

void ArticleView::setAnnotations(Annotations *annotations)
{
    if (m_annotations == annotations) {
        return;
    }
    if (m_annotations) {
        disconnect(m_annotations, nullptr, this, nullptr);
    }
    delete m_highlighter;
    m_highlighter = nullptr;
    m_annotations = annotations;
    if (!annotations) {
        m_shownText.clear();
        setPlainText(QString());
        return;
    }
    // The highlighter connects to resetDone first: it rehighlights when the text is unchanged,
    // syncText() replaces the text (and thereby highlights) when it is not.
    m_highlighter = new AnnotationHighlighter(document(), annotations, m_palette);
    m_highlighter->setParent(this); // not the document's: a prepared document may replace it
    connect(m_highlighter, &AnnotationHighlighter::invalidated, viewport(), qOverload<>(&QWidget::update));
    connect(annotations, &Annotations::resetDone, this, &ArticleView::syncText);
    syncText();
}

void ArticleView::setPreparedDocument(const std::shared_ptr<PreparedDocument> &prepared)
{
    QTextDocument *document = prepared ? prepared->take() : nullptr;
    if (!document) {
        return;
    }
    const QPointer<QTextDocument> old = this->document(); // the text control deletes its own one
    document->setParent(this);
    if (document->defaultFont() != font()) {
        document->setDefaultFont(font());
    }
    setDocument(document);
    // QPlainTextEdit keeps its cursor visible in whatever size the view has now; a view not yet
    // laid out is too small for the first block of a grouped text, and would open a line down.
    verticalScrollBar()->setValue(0);
    m_shownText = prepared->text();
    if (m_highlighter) {
        m_highlighter->setDocument(document);
    }
    if (old && old->parent() == this) {
        delete old; // an earlier prepared document
    }
}

Annotations *ArticleView::annotations() const
{
    return m_annotations;
}

AnnotationHighlighter *ArticleView::highlighter() const
{
    return m_highlighter;
}

void ArticleView::setAnnotationPalette(std::shared_ptr<const AnnotationPalette> palette)
{
    if (!palette) {
        return;
    }
    m_palette = std::move(palette);
    m_followsTheme = false;
    applyScheme();
}

void ArticleView::setMarks(MarkLayer layer, const QList<QTextEdit::ExtraSelection> &marks)
{
    m_marks[std::size_t(layer)] = marks;
    QList<QTextEdit::ExtraSelection> all;
    for (const QList<QTextEdit::ExtraSelection> &list : m_marks) {
        all += list;
    }
    setExtraSelections(all);
}

QList<QTextEdit::ExtraSelection> ArticleView::marks(MarkLayer layer) const
{
    return m_marks[std::size_t(layer)];
}

QString ArticleView::shownText() const
{
    return m_shownText;
}

QString ArticleView::displayText(const QString &text)
{
    // QTextDocument turns "\r\n" into one block separator and "\r" into one: keep the count.
    if (!text.contains(QLatin1Char('\r'))) {
        return text;
    }
    QString shown = text;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown.at(i) == QLatin1Char('\r')) {
            const bool pair = i + 1 < shown.size() && shown.at(i + 1) == QLatin1Char('\n');
            shown[i] = pair ? QLatin1Char(' ') : QLatin1Char('\n');
        }
    }
    return shown;
}

void ArticleView::syncText()
{
    if (!m_annotations) {
        return;
    }
    const QString shown = displayText(m_annotations->document().text());
    if (!sameText(shown, m_shownText)) {
        m_shownText = shown;
        setPlainText(DisplayBlocks(shown).part(0, shown.size()));
    }
}

QMimeData *ArticleView::createMimeDataFromSelection() const
{
    // The document holds line separators and block breaks where the text has line ends and
    // spaces (DisplayBlocks): copy the text itself.
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection() || m_shownText.size() != document()->characterCount() - 1) {
        return QPlainTextEdit::createMimeDataFromSelection();
    }
    auto *mime = new QMimeData;
    mime->setText(m_shownText.mid(cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart()));
    return mime;
}

void ArticleView::applyScheme()
{
    const ColorScheme scheme = AnnotationPalette::systemScheme();
    if (m_highlighter) {
        m_highlighter->setPalette(m_palette, scheme);
    }
    // Base, text and selection colours come with the theme; see AnnotationPalette::viewPalette().
    setPalette(m_palette->viewPalette(QApplication::palette(this), scheme));
}

const Entity *ArticleView::entityAtPoint(const QPoint &viewportPoint) const
{
    if (!m_annotations) {
        return nullptr;
    }
    const int position = characterAt(viewportPoint);
    if (position < m_annotations->document().bodyStart()) {
        return nullptr;
    }
    return m_annotations->entityAt(position);
}

QString ArticleView::entityIdAt(const QPoint &viewportPoint) const
{
    const Entity *entity = entityAtPoint(viewportPoint);
    return entity ? entity->id : QString();
}

int ArticleView::characterAt(const QPoint &viewportPoint) const
{
    const int length = document()->characterCount() - 1;
    const int cursorPos = cursorForPosition(viewportPoint).position();
    // cursorForPosition() answers the nearest gap between characters; the character under the
    // point is on one side of it, if the point is over a character at all.
    for (const int candidate : {cursorPos - 1, cursorPos}) {
        if (candidate < 0 || candidate >= length) {
            continue;
        }
        const QChar ch = document()->characterAt(candidate);
        if (ch == QChar::ParagraphSeparator || ch == QLatin1Char('\n')) {
            continue;
        }
        QTextCursor cursor(document());
        cursor.setPosition(candidate);
        const QRect before = cursorRect(cursor);
        cursor.setPosition(candidate + 1);
        const QRect after = cursorRect(cursor);
        const int edge =
            after.top() == before.top() ? after.left() : before.left() + fontMetrics().horizontalAdvance(ch);
        const int left = std::min(before.left(), edge);
        const int right = std::max(before.left(), edge);
        if (viewportPoint.y() >= before.top() && viewportPoint.y() <= before.bottom() && viewportPoint.x() >= left
            && viewportPoint.x() < right) {
            return candidate;
        }
    }
    return -1;
}

QRect ArticleView::spanRect(int start, int end) const
{
    const int length = document()->characterCount() - 1;
    start = std::clamp(start, 0, length);
    end = std::clamp(end, start, length);
    QTextCursor cursor(document());
    cursor.setPosition(start);
    const QRect first = cursorRect(cursor);
    cursor.setPosition(end);
    const QRect last = cursorRect(cursor);
    if (last.top() != first.top()) {
        // Wrapped: the part on the first line runs to the viewport's right edge.
        return QRect(QPoint(first.left(), first.top()), QPoint(viewport()->width(), first.bottom()));
    }
    return QRect(QPoint(std::min(first.left(), last.left()), first.top()),
                 QPoint(std::max(first.left(), last.left()), first.bottom()));
}

QString ArticleView::toolTipAt(int position) const
{
    if (!m_annotations) {
        return {};
    }
    const Document &doc = m_annotations->document();
    if (position < 0 || position >= doc.text().size()) {
        return {};
    }
    if (position < doc.bodyStart()) {
        const QDate published = doc.metadata().published;
        return published.isValid()
            ? tr("Header (metadata, not annotated)\npublished %1").arg(published.toString(Qt::ISODate))
            : tr("Header (metadata, not annotated)");
    }
    const Entity *entity = m_annotations->entityAt(position);
    if (!entity) {
        return {};
    }
    QString mention = entity->text;
    if (mention.isEmpty()) {
        mention = doc.text().mid(entity->start, entity->end - entity->start);
    }
    mention = mention.simplified();

    QStringList lines;
    const QString typeName = annotationRoleName(annotationRole(entity->type));
    if (entity->type == EntityType::Date) {
        QString kind = entity->timexType.isEmpty() ? typeName : entity->timexType;
        if (!entity->timexMod.isEmpty()) {
            kind += QStringLiteral(", ") + entity->timexMod; // "early 1990 → 1990 (DATE, START)"
        }
        lines << (entity->value.isEmpty() ? tr("%1 (unresolved %2)").arg(mention, kind)
                                          : tr("%1 → %2 (%3)").arg(mention, entity->value, kind));
    } else if (!entity->canonical.isEmpty() && entity->canonical != mention) {
        lines << (entity->code.isEmpty() ? tr("%1 → %2").arg(mention, entity->canonical)
                                         : tr("%1 → %2 (%3)").arg(mention, entity->canonical, entity->code));
    } else if (!entity->code.isEmpty()) {
        lines << tr("%1 (%2)").arg(mention, entity->code);
    } else {
        lines << mention;
    }
    lines << typeName;
    if (!entity->affiliation.isEmpty()) {
        lines << tr("Stands for %1").arg(entity->affiliation);
    }
    if (entity->type != EntityType::Date && !entity->value.isEmpty()) {
        lines << tr("Value: %1").arg(entity->value);
    }
    const QStringList events = m_annotations->eventsUsing(entity->id);
    if (!events.isEmpty()) {
        lines << tr("Used by %1").arg(events.join(QLatin1String(", ")));
    }
    if (!entity->origin.isEmpty() && entity->origin != QLatin1String("extracted")) {
        lines << tr("Origin: %1").arg(entity->origin);
    }
    return lines.join(QLatin1Char('\n'));
}

void ArticleView::showToolTip(const QPoint &globalPos, const QPoint &viewportPoint)
{
    const int position = characterAt(viewportPoint);
    const QString text = position >= 0 ? toolTipAt(position) : QString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QRect area;
    if (const Entity *entity = m_annotations ? m_annotations->entityAt(position) : nullptr) {
        area = spanRect(entity->start, entity->end);
    }
    // Rich text so that a mention containing markup is shown as written.
    const QString html = QStringLiteral("<p style=\"white-space:pre\">%1</p>")
                             .arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    QToolTip::showText(globalPos, html, viewport(), area);
}

bool ArticleView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        showToolTip(help->globalPos(), viewport()->mapFrom(this, help->pos()));
        return true;
    }
    case QEvent::ApplicationPaletteChange:
        applyScheme();
        break;
    default:
        break;
    }
    return QPlainTextEdit::event(event);
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    if (m_highlighter) {
        // A big document is coloured as it is shown: the blocks in view, before they are painted.
        QTextBlock block = firstVisibleBlock();
        const qreal bottom = viewport()->height();
        qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
        const int start = block.position();
        int end = start;
        while (block.isValid() && top <= bottom) {
            end = block.position() + block.length();
            top += blockBoundingRect(block).height();
            block = block.next();
        }
        m_highlighter->ensureHighlighted(start, end);
    }
    QPlainTextEdit::paintEvent(event);
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        showToolTip(help->globalPos(), help->pos());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    m_pressedEntityId.clear();
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressedEntityId = entityIdAt(m_pressPos);
    }
    QPlainTextEdit::mousePressEvent(event);
}

void ArticleView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() == Qt::NoButton) {
        const bool overEntity = entityAtPoint(event->position().toPoint()) != nullptr;
        viewport()->setCursor(overEntity ? Qt::PointingHandCursor : Qt::IBeamCursor);
    }
    QPlainTextEdit::mouseMoveEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || m_pressedEntityId.isEmpty()) {
        return;
    }
    const QString pressed = std::exchange(m_pressedEntityId, QString());
    const QPoint pos = event->position().toPoint();
    const bool dragged = (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance();
    if (!dragged && entityIdAt(pos) == pressed) {
        Q_EMIT entityClicked(pressed);
    }
}

void ArticleView::showEvidence(int start, int end)
{
    const int length = document()->characterCount() - 1;
    start = std::clamp(start, 0, length);
    end = std::clamp(end, start, length);
    if (end <= start) {
        clearEvidence();
        return;
    }
    // Anchor at the end, cursor at the start: centerCursor() then centres the sentence's first
    // line and the rest follows below it.
    QTextCursor cursor(document());
    cursor.setPosition(end);
    cursor.setPosition(start, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    centerCursor();
    if (m_highlighter) {
        m_highlighter->setEvidence(start, end);
    }
}

void ArticleView::clearEvidence()
{
    if (m_highlighter) {
        m_highlighter->clearEvidence();
    }
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection()) {
        cursor.clearSelection();
        setTextCursor(cursor);
    }
}

} // namespace Readout
