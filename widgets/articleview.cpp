// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview.h"

#include "annotationhighlighter.h"
#include "annotationpalette.h"
#include "themes.h"

#include "annotations.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>
#include <utility>

namespace Readout
{

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_palette(createAnnotationPalette())
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(16);
    viewport()->setMouseTracking(true);
    // Files dropped here open as documents: leave drops to the window.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    QFont articleFont = font();
    if (articleFont.pointSizeF() > 0) {
        articleFont.setPointSizeF(articleFont.pointSizeF() + 1.5);
    }
    setFont(articleFont);
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
        setPlainText(QString());
        return;
    }
    // The highlighter connects to resetDone first: it rehighlights when the text is unchanged,
    // syncText() replaces the text (and thereby highlights) when it is not.
    m_highlighter = new AnnotationHighlighter(document(), annotations, m_palette);
    connect(annotations, &Annotations::resetDone, this, &ArticleView::syncText);
    syncText();
    // Formats now, not on the highlighter's deferred first pass: tooltips and tests read them.
    m_highlighter->rehighlight();
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
    if (shown != toPlainTextRaw()) {
        setPlainText(shown);
    }
}

QString ArticleView::toPlainTextRaw() const
{
    // toPlainText() turns non-breaking spaces into spaces; compare what the document really holds.
    QString text;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block != document()->begin()) {
            text += QLatin1Char('\n');
        }
        text += block.text();
    }
    return text;
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
        const QString kind = entity->timexType.isEmpty() ? typeName : entity->timexType;
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
