// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;

namespace Readout
{

class CompareLegend;
class ComparePairModel;
class ComparePairProxy;
class CompareScroller;
class CorrectionActions;
class DocumentTab;
class LiveComparison;
class ParagraphConnector;
struct LoadedArticle;

/// The compare window (readout --compare A B, File ▸ Compare With…): the two articles side by side,
/// each a DocumentTab highlighted and correctable as in the main window, a connector joining their
/// aligned paragraphs, synchronised scrolling, and below them the summary, the legend and the pair
/// table (with each side's own events table for corrections). Corrections on either side are undo
/// steps of that article, saved to its own sidecar, and update the comparison. Owns everything in it.
class CompareWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit CompareWindow(QWidget *parent = nullptr);
    ~CompareWindow() override;

    /// Reads both files on a worker, then opens each (its sidecar or an extraction); ready()
    /// follows when both are done. Valid dates override the files' own publication dates.
    void openFiles(const QString &a, const QString &b, const QDate &publishedA = {}, const QDate &publishedB = {});

    [[nodiscard]] DocumentTab *sideA() const;
    [[nodiscard]] DocumentTab *sideB() const;
    [[nodiscard]] LiveComparison *comparison() const;
    [[nodiscard]] QTableView *pairTable() const;
    [[nodiscard]] ComparePairModel *pairModel() const;
    [[nodiscard]] CompareLegend *legend() const;
    [[nodiscard]] CompareScroller *scroller() const;
    [[nodiscard]] CorrectionActions *corrections() const;
    /// "3 events: 2 same, 1 date differs, 0 only in A, 1 only in B"
    [[nodiscard]] QString summary() const;
    [[nodiscard]] bool isReady() const;

    /// Makes a pair current: both texts scroll to its evidence sentences and the words that
    /// differ between them are marked.
    void selectPair(int row);
    /// Writes the comparison as CSV or JSON (by the file's suffix: .json is JSON); reports
    /// failure to the user (when dialogs are on) and returns false.
    bool exportComparison(const QString &path);
    /// Message boxes for errors (on by default); off for unattended runs such as --screenshot.
    void setErrorDialogsEnabled(bool enabled);

Q_SIGNALS:
    /// Both articles are shown with their annotations and compared.
    void ready();
    void loadFailed(const QString &message);

private:
    void createMenus();
    void filesRead();
    DocumentTab *addSide(const LoadedArticle &article, const QDate &published, QWidget *column, const QString &label);
    void sideFinished();
    void comparisonChanged();
    void showExportDialog();
    void markDifferences(int row);
    void focusChanged(QWidget *now);
    [[nodiscard]] std::pair<int, int> selectedEvents() const;
    void updatePairActions();
    /// The selected events are one event (same) or two (not same): kept beside the articles.
    void decideSelected(bool same);

    struct Pending;
    std::shared_ptr<Pending> m_pending; ///< shared with the thread reading the two files
    QFutureWatcher<void> m_reader;
    LiveComparison *m_comparison;
    ComparePairModel *m_model;
    ComparePairProxy *m_proxy;
    QPointer<DocumentTab> m_a;
    QPointer<DocumentTab> m_b;
    QWidget *m_columnA;
    QWidget *m_columnB;
    QSplitter *m_articles;
    CompareScroller *m_scroller = nullptr;
    ParagraphConnector *m_connector = nullptr;
    QLabel *m_summary;
    CompareLegend *m_legend;
    QTabWidget *m_lower;
    QTableView *m_table;
    CorrectionActions *m_corrections;
    QAction *m_link = nullptr;
    QAction *m_unlink = nullptr;
    bool m_ready = false;
    bool m_errorDialogs = true;
};

} // namespace Readout
