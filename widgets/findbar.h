// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "find/textmatches.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace Readout
{

class ArticleView;

/// The inline search bar under an article, as in KDE's editors: a field, previous and next, "Match
/// case" and "Whole words", the match count ("3 of 12") and a close button. It searches as one types
/// (findMatches(); a big text on a worker thread, a moment after the last key), marks the matches
/// in the view's Find layer and the current one stronger, in colours of the view's palette, and
/// scrolls that one into view. Enter and Shift+Enter in the field, and findNext() / findPrevious()
/// (F3, Shift+F3) move through the matches, wrapping around; Esc closes the bar, leaves the
/// current match selected and gives the focus back to the view. Does not own the view.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    /// At most this many matches are marked: all when there are no more, else those around what
    /// the view shows (marked again as it scrolls). All are counted and visited.
    static constexpr int MarkLimit = 2000;
    /// Texts longer than this (UTF-16 units) are searched on a worker thread.
    static constexpr int SyncSearchLimit = 1 << 20;

    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    void setView(ArticleView *view);
    [[nodiscard]] ArticleView *view() const;

    /// Shows the bar and puts the focus in its field, which takes the view's selection when that
    /// is a part of one line; the field's text is selected, so that typing replaces it.
    void activate();
    /// Hides the bar, leaves the current match selected in the view and focuses the view.
    void dismiss();

    [[nodiscard]] QString needle() const;
    /// Sets the field's text and searches, as typing it would.
    void setNeedle(const QString &needle);
    [[nodiscard]] FindOptions options() const;
    /// Sets the option boxes and searches again.
    void setOptions(const FindOptions &options);

    [[nodiscard]] const TextMatches &matches() const;
    /// The index of the current match in matches(); -1 when there is none.
    [[nodiscard]] int currentIndex() const;
    /// What the count label says: "3 of 12", "No matches", "Searching…", or nothing.
    [[nodiscard]] QString countText() const;
    /// A search on a worker thread is under way.
    [[nodiscard]] bool isSearching() const;
    [[nodiscard]] QLineEdit *lineEdit() const;

public Q_SLOTS:
    /// The next match after the current one (or after the view's cursor, when the analyst moved
    /// it), wrapping to the first. Opens the bar when it is closed or has no needle.
    void findNext();
    void findPrevious();

Q_SIGNALS:
    /// A search ended: matches() and currentIndex() are the new answer.
    void searched();
    /// The bar was closed with Esc, its close button or dismiss().
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void needleEdited();
    void search();
    void applyMatches(const TextMatches &matches, const QString &text);
    void step(bool forward);
    void showCurrent();
    void updateMarks();
    void updateLabels();
    void recheckText();
    void stopSearch();

    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWords;
    QLabel *m_count;
    QLabel *m_note;
    QToolButton *m_close;
    QPointer<ArticleView> m_view;
    // The view and its viewport as the event filter compares them: events reach the filter while
    // the view is being destroyed, when it is no longer an ArticleView.
    QPointer<QWidget> m_watchedView;
    QPointer<QWidget> m_watchedViewport;

    TextMatches m_matches;
    QString m_text; ///< the text m_matches were found in (shares the view's; to see it change)
    int m_current = -1;
    int m_origin = 0; ///< where the search goes from: the cursor when opened, then the current match
    int m_placed = -1; ///< where showCurrent() put the view's cursor
    int m_pendingStep = 0; ///< +1 / -1: a findNext() / findPrevious() waiting for the search
    bool m_scrollToCurrent = true;
    QTimer m_delay; ///< typing into a big text: search a moment after the last key
    QTimer m_recheck; ///< the view's text may have changed: look once, after the change
    QFutureWatcher<TextMatches> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_searching = false;
};

} // namespace Readout
