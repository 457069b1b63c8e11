// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "articleview.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <tuple>

namespace Readout
{

namespace
{

/// How long typing into a big text waits for the next key before searching.
constexpr int TypingDelay = 250;

/// A selection longer than this is no needle.
constexpr int LongestNeedle = 200;

bool sameText(const QString &a, const QString &b)
{
    return a.size() == b.size() && (a.constData() == b.constData() || a == b);
}

QToolButton *toolButton(QWidget *parent, const QString &name, const QString &toolTip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_previous(toolButton(this, QStringLiteral("findPreviousButton"), tr("Previous match (Shift+Enter, Shift+F3)")))
    , m_next(toolButton(this, QStringLiteral("findNextButton"), tr("Next match (Enter, F3)")))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_wholeWords(new QCheckBox(tr("&Whole words"), this))
    , m_count(new QLabel(this))
    , m_note(new QLabel(this))
    , m_close(toolButton(this, QStringLiteral("findClose"), tr("Close the find bar (Esc)")))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in the article"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_matchCase->setObjectName(QStringLiteral("findMatchCase"));
    m_wholeWords->setObjectName(QStringLiteral("findWholeWords"));
    m_count->setObjectName(QStringLiteral("findCount"));
    m_note->setObjectName(QStringLiteral("findNote"));
    for (QLabel *label : {m_count, m_note}) {
        label->setTextFormat(Qt::PlainText);
    }
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_close->setIcon(
        QIcon::fromTheme(QStringLiteral("dialog-close"), style()->standardIcon(QStyle::SP_TitleBarCloseButton)));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    // The field as wide as a long phrase, not the whole bar: the count and the note stay in view.
    m_field->setMinimumWidth(m_field->fontMetrics().averageCharWidth() * 16);
    m_field->setMaximumWidth(m_field->fontMetrics().averageCharWidth() * 40);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_wholeWords);
    layout->addWidget(m_count);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_close);

    m_delay.setSingleShot(true);
    m_delay.setInterval(TypingDelay);
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(0);
    connect(&m_delay, &QTimer::timeout, this, &FindBar::search);
    connect(&m_recheck, &QTimer::timeout, this, &FindBar::recheckText);
    connect(m_field, &QLineEdit::textChanged, this, &FindBar::needleEdited);
    for (QCheckBox *box : {m_matchCase, m_wholeWords}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            m_scrollToCurrent = true;
            search();
        });
    }
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_searching && !m_watcher.isCanceled() && m_watcher.future().resultCount() > 0) {
            const TextMatches found = m_watcher.result();
            if (found.isComplete()) {
                applyMatches(found, m_text);
            }
        }
    });
    updateLabels();
}

FindBar::~FindBar()
{
    // A search on a worker holds its own copies and flag: tell it to stop, never wait for it.
    if (m_cancel) {
        m_cancel->store(true);
    }
}

void FindBar::setView(ArticleView *view)
{
    if (m_view == view) {
        return;
    }
    if (m_view) {
        disconnect(m_view, nullptr, this, nullptr);
        disconnect(m_view->verticalScrollBar(), nullptr, this, nullptr);
        m_view->removeEventFilter(this);
        m_view->viewport()->removeEventFilter(this);
        m_view->setMarks(ArticleView::MarkLayer::Find, {});
    }
    m_view = view;
    m_watchedView = view;
    m_watchedViewport = view ? view->viewport() : nullptr;
    m_matches = TextMatches();
    m_text.clear();
    m_current = -1;
    if (!view) {
        return;
    }
    // The text changes when the article is re-read or re-anchored; the palette with the theme;
    // a view showing part of very many matches marks what comes into view.
    connect(view, &QPlainTextEdit::textChanged, &m_recheck, qOverload<>(&QTimer::start));
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_matches.count() > MarkLimit) {
            updateMarks();
        }
    });
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

ArticleView *FindBar::view() const
{
    return m_view;
}

void FindBar::activate()
{
    if (!m_view) {
        return;
    }
    const QTextCursor cursor = m_view->textCursor();
    const QString selected = cursor.selectedText();
    const bool oneLine = !selected.contains(QChar::ParagraphSeparator) && !selected.contains(QChar::LineSeparator)
        && !selected.contains(QLatin1Char('\n'));
    m_origin = cursor.selectionStart();
    const bool wasOpen = !isHidden();
    show();
    if (!selected.isEmpty() && oneLine && selected.size() <= LongestNeedle && selected != m_field->text()) {
        m_field->setText(selected); // searches
    } else if (!wasOpen) {
        m_scrollToCurrent = true;
        search();
    }
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::dismiss()
{
    stopSearch();
    if (m_view && m_current >= 0) {
        QTextCursor cursor(m_view->document());
        cursor.setPosition(m_matches.start(m_current));
        cursor.setPosition(m_matches.end(m_current), QTextCursor::KeepAnchor);
        m_view->setTextCursor(cursor);
    }
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    if (m_view && (hadFocus || !QApplication::focusWidget())) {
        m_view->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT dismissed();
}

QString FindBar::needle() const
{
    return m_field->text();
}

void FindBar::setNeedle(const QString &needle)
{
    m_field->setText(needle);
}

FindOptions FindBar::options() const
{
    FindOptions options;
    options.caseSensitivity = m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    options.wholeWords = m_wholeWords->isChecked();
    return options;
}

void FindBar::setOptions(const FindOptions &options)
{
    const QSignalBlocker blockCase(m_matchCase);
    const QSignalBlocker blockWords(m_wholeWords);
    m_matchCase->setChecked(options.caseSensitivity == Qt::CaseSensitive);
    m_wholeWords->setChecked(options.wholeWords);
    search();
}

const TextMatches &FindBar::matches() const
{
    return m_matches;
}

int FindBar::currentIndex() const
{
    return m_current;
}

QString FindBar::countText() const
{
    return m_count->text();
}

bool FindBar::isSearching() const
{
    return m_searching;
}

QLineEdit *FindBar::lineEdit() const
{
    return m_field;
}

void FindBar::needleEdited()
{
    m_scrollToCurrent = true;
    if (m_view && m_view->shownText().size() > SyncSearchLimit && !m_field->text().isEmpty()) {
        stopSearch();
        m_searching = true;
        updateLabels();
        m_delay.start(); // the next key restarts the wait
        return;
    }
    search();
}

void FindBar::stopSearch()
{
    m_delay.stop();
    if (m_cancel) {
        m_cancel->store(true);
        m_cancel.reset();
    }
    m_searching = false;
}

void FindBar::search()
{
    stopSearch();
    if (!m_view || isHidden()) {
        return;
    }
    const QString text = m_view->shownText();
    const QString needle = m_field->text();
    if (text.size() <= SyncSearchLimit || needle.isEmpty()) {
        applyMatches(findMatches(text, needle, options()), text);
        return;
    }
    // A big text: on a worker, with its own copies (the text is shared, not copied) and flag.
    m_text = text;
    m_searching = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const FindOptions findOptions = options();
    m_watcher.setFuture(QtConcurrent::run([text, needle, findOptions, cancel] {
        return findMatches(text, needle, findOptions, [cancel] {
            return cancel->load();
        });
    }));
    updateLabels();
}

void FindBar::applyMatches(const TextMatches &matches, const QString &text)
{
    m_searching = false;
    m_cancel.reset();
    m_matches = matches;
    m_text = text;
    m_note->clear();
    if (m_matches.isEmpty()) {
        m_current = -1;
    } else {
        m_current = m_matches.indexAtOrAfter(m_origin);
        if (m_current >= m_matches.count()) {
            m_current = 0;
        }
    }
    if (m_current >= 0 && (m_scrollToCurrent || m_pendingStep != 0)) {
        showCurrent();
    }
    m_scrollToCurrent = false;
    updateMarks();
    updateLabels();
    if (const int pending = std::exchange(m_pendingStep, 0)) {
        step(pending > 0);
    }
    Q_EMIT searched();
}

void FindBar::findNext()
{
    step(true);
}

void FindBar::findPrevious()
{
    step(false);
}

void FindBar::step(bool forward)
{
    if (!m_view) {
        return;
    }
    if (isHidden() || m_field->text().isEmpty()) {
        const bool hadNeedle = !m_field->text().isEmpty();
        activate();
        if (!hadNeedle || m_field->text().isEmpty()) {
            return; // nothing to look for yet: the field waits for it
        }
        if (m_searching) {
            m_pendingStep = forward ? 1 : -1;
            return;
        }
    }
    if (m_searching) {
        m_pendingStep = forward ? 1 : -1;
        return;
    }
    if (m_matches.isEmpty()) {
        return;
    }
    const QTextCursor cursor = m_view->textCursor();
    const bool moved = cursor.position() != m_placed || cursor.hasSelection() || m_current < 0;
    int index = 0;
    if (moved) {
        // The analyst moved the cursor: go on from there.
        index =
            forward ? m_matches.indexAtOrAfter(cursor.selectionEnd()) : m_matches.indexBefore(cursor.selectionStart());
    } else {
        index = m_current + (forward ? 1 : -1);
    }
    QString note;
    if (index >= m_matches.count()) {
        index = 0;
        note = tr("Continued from the top");
    } else if (index < 0) {
        index = m_matches.count() - 1;
        note = tr("Continued from the bottom");
    }
    m_current = index;
    m_origin = m_matches.start(index);
    showCurrent();
    updateMarks();
    updateLabels();
    m_note->setText(note);
}

void FindBar::showCurrent()
{
    if (!m_view || m_current < 0) {
        return;
    }
    // The cursor goes to the match, unselected: a selection would be drawn over the match's
    // stronger mark. dismiss() selects it.
    QTextCursor cursor(m_view->document());
    cursor.setPosition(std::min(m_matches.start(m_current), m_view->document()->characterCount() - 1));
    const QRect before = m_view->cursorRect(cursor);
    const bool inView = m_view->viewport()->rect().contains(before);
    m_view->setTextCursor(cursor);
    if (!inView) {
        m_view->centerCursor(); // lines around it to read it in
    }
    m_placed = cursor.position();
}

void FindBar::updateMarks()
{
    if (!m_view) {
        return;
    }
    if (m_matches.isEmpty() || isHidden()) {
        m_view->setMarks(ArticleView::MarkLayer::Find, {});
        return;
    }
    QTextDocument *document = m_view->document();
    const int length = document->characterCount() - 1;
    auto [first, last] = std::pair(0, m_matches.count());
    if (m_matches.count() > MarkLimit) {
        // Only around what is shown: a screen above and below, at most MarkLimit.
        const QRect area = m_view->viewport()->rect();
        const int top = m_view->cursorForPosition(area.topLeft()).position();
        const int bottom = m_view->cursorForPosition(area.bottomRight()).position();
        const int screen = std::max(1, bottom - top);
        std::tie(first, last) = m_matches.indexesIn(top - screen, bottom + screen);
        last = std::min(last, first + MarkLimit);
    }
    // Colours of the view's palette (the theme's): every match in the selection tint, the
    // current one in the full highlight colour with its text colour.
    const QPalette palette = m_view->palette();
    const QPalette strong = QApplication::palette(m_view);
    QTextCharFormat all;
    all.setBackground(palette.color(QPalette::Active, QPalette::Highlight));
    QTextCharFormat current;
    current.setBackground(strong.color(QPalette::Active, QPalette::Highlight));
    current.setForeground(strong.color(QPalette::Active, QPalette::HighlightedText));
    QList<QTextEdit::ExtraSelection> marks;
    marks.reserve(last - first + 1);
    const auto add = [&](int index, const QTextCharFormat &format) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document);
        mark.cursor.setPosition(std::min(m_matches.start(index), length));
        mark.cursor.setPosition(std::min(m_matches.end(index), length), QTextCursor::KeepAnchor);
        mark.format = format;
        marks.append(mark);
    };
    for (int i = first; i < last; ++i) {
        if (i != m_current) {
            add(i, all);
        }
    }
    if (m_current >= 0) {
        add(m_current, current); // last: on top
    }
    m_view->setMarks(ArticleView::MarkLayer::Find, marks);
}

void FindBar::updateLabels()
{
    const bool any = !m_matches.isEmpty();
    m_previous->setEnabled(any);
    m_next->setEnabled(any);
    if (m_searching) {
        m_count->setText(tr("Searching…"));
    } else if (m_field->text().isEmpty()) {
        m_count->clear();
    } else if (!any) {
        m_count->setText(tr("No matches"));
    } else if (m_current >= 0) {
        m_count->setText(tr("%L1 of %L2").arg(m_current + 1).arg(m_matches.count()));
    } else {
        m_count->setText(m_matches.count() == 1 ? tr("1 match") : tr("%L1 matches").arg(m_matches.count()));
    }
}

void FindBar::recheckText()
{
    if (!m_view || isHidden() || m_field->text().isEmpty() || sameText(m_view->shownText(), m_text)) {
        return;
    }
    // Another text (re-read, re-anchored): search it again from where the current match was.
    if (m_current >= 0) {
        m_origin = m_matches.start(m_current);
    }
    m_scrollToCurrent = false;
    search();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(!(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            dismiss();
            return true;
        }
    } else if (event->type() == QEvent::PaletteChange && watched == m_watchedView.data()) {
        updateMarks(); // the theme changed: its colours
    } else if (event->type() == QEvent::Resize && watched == m_watchedViewport.data()
               && m_matches.count() > MarkLimit) {
        updateMarks(); // more or less text in view
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        dismiss();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::hideEvent(QHideEvent *event)
{
    // Closed, not only out of sight with its tab or window: the marks go.
    if (isHidden()) {
        stopSearch();
        if (m_view) {
            m_view->setMarks(ArticleView::MarkLayer::Find, {});
        }
    }
    QWidget::hideEvent(event);
}

} // namespace Readout
