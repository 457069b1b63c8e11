// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/comparerules.h"
#include "corpus/corpusstories.h"

#include <QMainWindow>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace Readout
{

class StoryModel;
class StoryProxy;

/// The stories of a corpus in a window of its own: each story with what most reports say, how
/// its status moved and what its reports disagree on, its reports below it. Filters (several
/// reports only, disagreements only, words); Link as One Event and Not the Same Event ask the
/// owner to keep the analyst's word; activating a report asks to open it at its evidence.
class StoriesWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit StoriesWindow(QWidget *parent = nullptr);

    /// Shows stories, keeping which stories were expanded where they still are.
    void setStories(const CorpusStories &stories, const CompareRules &rules, const QString &title);
    [[nodiscard]] QTreeView *view() const;
    [[nodiscard]] StoryModel *model() const;
    [[nodiscard]] StoryProxy *proxy() const;
    /// The reports of the selected rows.
    [[nodiscard]] QVector<StoryMember> selectedMembers() const;

Q_SIGNALS:
    void openRequested(const QString &path, int start, int length);
    /// The analyst's word on the selected reports' events: one event (same) or not.
    void decisionRequested(const QVector<Readout::StoryMember> &members, bool same);

private:
    void updateActions();
    void activate(const QModelIndex &index);
    /// Below the list: the current story in full and the current report's evidence.
    void showDetails(const QModelIndex &current);

    StoryModel *m_model;
    StoryProxy *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_words;
    QCheckBox *m_several;
    QCheckBox *m_disagree;
    QLabel *m_details;
    QAction *m_link;
    QAction *m_unlink;
};

} // namespace Readout
