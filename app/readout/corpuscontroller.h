// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QDockWidget;
class QTimer;

#include "compare/eventlinks.h"
#include "compare/storybuilder.h"
#include "corpus/timeline.h"

namespace Readout
{

class CorpusJob;
class CorpusModel;
class CorpusPanel;
class DocumentTab;
class MainWindow;
class StoriesWindow;
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
    /// The stories of the corpus (reports of one event grouped, the analyst's links applied), in
    /// their window once built (storiesReady()); kept up to date as the index is.
    void showStories();
    [[nodiscard]] StoriesWindow *stories() const;
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
    /// The stories window shows the stories as now built.
    void storiesReady();

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
    /// Rebuilds the stories from the index and the links on a worker (the index read there);
    /// said when there is no index yet. storiesReady() follows.
    void rebuildStories();
    /// Keeps the analyst's word on these reports' events and shows the stories it makes.
    void decide(const QVector<Readout::StoryMember> &members, bool same);

    MainWindow *m_window;
    QDockWidget *m_dock;
    CorpusPanel *m_panel;
    CorpusModel *m_model;
    CorpusJob *m_job;
    TimelineWindow *m_timeline = nullptr;
    StoriesWindow *m_stories = nullptr;
    EventLinks m_links; ///< as read with the stories shown
    QString m_linksError; ///< why they could not be read: then nothing is written over them
    bool m_showStories = false; ///< show the stories window once they are built
    QString m_storiesNote; ///< what to say once the stories are rebuilt after a decision
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
