// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QDockWidget;
class QTimer;

#include "corpus/timeline.h"

namespace Readout
{

class CorpusJob;
class CorpusModel;
class CorpusPanel;
class DocumentTab;
class MainWindow;
class TimelineWindow;

/// File ▸ Open Folder: the Corpus dock of the window, its article list (CorpusModel), the
/// background extraction of the folder into its index (CorpusJob) and the search across it. An
/// article or a search result opens as a tab of the window, scrolled to the sentence.
class CorpusController : public QObject
{
    Q_OBJECT
public:
    explicit CorpusController(MainWindow *window);
    ~CorpusController() override;

    /// Lists folder in the Corpus dock (shown) and extracts what changed since it was indexed.
    void openFolder(const QString &folder);
    /// Searches the folder's index and shows the sentences found.
    void search(const QString &query);
    /// Writes the events of the articles of scope (0 all, 1 selected, 2 search results) to path
    /// (.csv, .json or .ics), read as the window shows them, in the background; exported() follows.
    void exportArticles(int scope, const QString &path);
    /// The timeline of the selected articles (all when none is selected), in its window.
    void showTimeline();
    /// The timeline of one open article's events as corrected in its tab (View ▸ Timeline of This Article).
    void showArticleTimeline(DocumentTab *tab);
    [[nodiscard]] TimelineWindow *timeline() const;
    [[nodiscard]] QDockWidget *dock() const;
    [[nodiscard]] CorpusPanel *panel() const;
    [[nodiscard]] CorpusModel *model() const;
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    /// The folder's extraction ended (cancelled or not); error empty when the index is up to date.
    void folderIndexed(bool cancelled, const QString &error);
    /// A search ended with this many sentences shown.
    void searched(int hits);
    /// An export ended: what was written, or why not.
    void exported(bool ok, const QString &message);

private:
    void openArticle(const QString &path, int start, int length);
    void askExport(int scope);
    [[nodiscard]] QStringList pathsOf(int scope) const;
    void reveal(DocumentTab *tab);
    void updateSummary(bool running);
    void showTimelineOf(const QVector<TimelineEvent> &events, const QString &title);
    void watchSaves(DocumentTab *tab);
    void sidecarSaved(const QString &sidecarPath);
    void refresh();

    MainWindow *m_window;
    QDockWidget *m_dock;
    CorpusPanel *m_panel;
    CorpusModel *m_model;
    CorpusJob *m_job;
    TimelineWindow *m_timeline = nullptr;
    QString m_dictionary; ///< the user dictionary the window uses
    QTimer *m_refresh; ///< a correction saved in the folder: its row and index follow, once saves settle
    bool m_refreshAfterJob = false;
    struct Reveal {
        QString path;
        int start = 0;
        int length = 0;
    } m_reveal; ///< what to show once the article's tab opens
};

} // namespace Readout
