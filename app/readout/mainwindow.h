// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMainWindow>
#include <QStringList>
#include <QVector>

#include <deque>
#include <memory>

class QDockWidget;
class QMimeData;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace Readout
{

class ArticleFilesWatcher;
class CompareWindow;
class CorpusController;
class CorrectionActions;
class DocumentTab;
class PastedArticles;
class ProgressIndicator;
class RecentFilesMenu;
struct SourceFile;

/// The Readout window: a tab per open article with the Events dock beside it, File, View
/// (theme, source), Settings and Help menus, drag and drop. Files are read and extracted on worker threads; the window
/// only arranges DocumentTabs and reports. Owns the tabs.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens each file in a new tab (in the given order; the first becomes current), or
    /// switches to it when already open. A valid published date overrides the files' own.
    void openFiles(const QStringList &paths, const QDate &published = {});
    void openFile(const QString &path, const QDate &published = {});

    /// Writes the current document's events as CSV; reports failure to the user and returns false.
    bool exportEvents(const QString &path);
    /// Opens a compare window on two articles (File ▸ Compare With…); it deletes itself when closed.
    CompareWindow *compareFiles(const QString &a, const QString &b);
    /// Closes the current tab.
    void closeCurrentDocument();

    [[nodiscard]] int documentCount() const;
    [[nodiscard]] DocumentTab *document(int index) const;
    [[nodiscard]] DocumentTab *currentDocument() const;
    /// Files still being read.
    [[nodiscard]] int pendingCount() const;

    [[nodiscard]] QStringList recentFiles() const;
    /// File ▸ Open Folder: the Corpus dock, its extraction and search.
    [[nodiscard]] CorpusController *corpus() const;
    /// The correction menus, undo history and dialogs.
    [[nodiscard]] CorrectionActions *corrections() const;
    /// Edit ▸ Paste as New Article: the clipboard's HTML or text, saved as an article and opened.
    void pasteAsNewArticle();
    /// Saves dropped or pasted HTML or text as an article (PastedArticles) and opens it.
    void openMimeData(const QMimeData *mime);
    [[nodiscard]] PastedArticles *pastedArticles() const;
    /// Reading and extraction progress with its Cancel button, in the status bar.
    [[nodiscard]] ProgressIndicator *progressIndicator() const;
    /// Stops the files being read and the current tab's extraction; open documents stay as they are.
    void cancelWork();

    /// Message boxes for errors (on by default); off for unattended runs such as --screenshot.
    void setErrorDialogsEnabled(bool enabled);
    [[nodiscard]] bool errorDialogsEnabled() const
    {
        return m_errorDialogs;
    }

    /// The absolute, symlink-free form of a path as tabs and the recent list store it (a link to
    /// what is not a regular file stays a link, so that messages name it).
    [[nodiscard]] static QString normalizedPath(const QString &path);

Q_SIGNALS:
    void documentOpened(Readout::DocumentTab *tab);
    void extractionFinished(Readout::DocumentTab *tab);
    void loadFailed(const QString &path, const QString &message);
    /// An open article's file was deleted or moved on disk; its tab stays as it was.
    void articleFileVanished(const QString &path, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct PendingOpen;

    void createActions();
    void showOpenDialog();
    void showExportDialog();
    void showCompareDialog();
    void showAbout();
    void showSource();
    void showSourceFiles(const QVector<SourceFile> &files, const QString &title);
    void startRead(const QString &path, const QDate &published, bool makeCurrent);
    void updateProgress();
    void flushPending();
    void addDocument(PendingOpen &pending);
    void closeDocument(int index);
    void currentDocumentChanged();
    void updateSummary();
    void showError(const QString &title, const QString &text, const QString &details);
    bool exportDocumentEvents(DocumentTab *tab, const QString &path);

    QStackedWidget *m_centralStack = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDockWidget *m_eventsDock = nullptr;
    QStackedWidget *m_panels = nullptr;
    QLabel *m_summary = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    CorrectionActions *m_corrections = nullptr;
    CorpusController *m_corpus = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_sourceAction = nullptr;
    QAction *m_pasteAction = nullptr;
    PastedArticles *m_pasted = nullptr;
    ProgressIndicator *m_progress = nullptr;
    ArticleFilesWatcher *m_files = nullptr;
    std::deque<std::unique_ptr<PendingOpen>> m_pending;
    bool m_errorDialogs = true;
    bool m_dockSized = false;
};

} // namespace Readout
