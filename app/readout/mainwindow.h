// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMainWindow>
#include <QStringList>

#include <deque>
#include <memory>

class QDockWidget;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace Readout
{

class DocumentTab;
class RecentFilesMenu;

/// The Readout window: a tab per open article with the Events dock beside it, File and Help
/// menus, drag and drop. Files are read and extracted on worker threads; the window only
/// arranges DocumentTabs and reports. Owns the tabs.
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
    /// Closes the current tab.
    void closeCurrentDocument();

    [[nodiscard]] int documentCount() const;
    [[nodiscard]] DocumentTab *document(int index) const;
    [[nodiscard]] DocumentTab *currentDocument() const;
    /// Files still being read.
    [[nodiscard]] int pendingCount() const;

    [[nodiscard]] QStringList recentFiles() const;
    /// Message boxes for errors (on by default); off for unattended runs such as --screenshot.
    void setErrorDialogsEnabled(bool enabled);

    /// The absolute, symlink-free form of a path as tabs and the recent list store it.
    [[nodiscard]] static QString normalizedPath(const QString &path);

Q_SIGNALS:
    void documentOpened(Readout::DocumentTab *tab);
    void extractionFinished(Readout::DocumentTab *tab);
    void loadFailed(const QString &path, const QString &message);

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
    void showAbout();
    void startRead(const QString &path, const QDate &published, bool makeCurrent);
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
    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
    std::deque<std::unique_ptr<PendingOpen>> m_pending;
    bool m_errorDialogs = true;
    bool m_dockSized = false;
};

} // namespace Readout
