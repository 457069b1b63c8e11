// SPDX-License-Identifier: GPL-3.0-or-later
#include "storieswindow.h"
#include "windowlayout.h"

#include "storyproxy.h"

#include "models/storymodel.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace Readout
{

StoriesWindow::StoriesWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new StoryModel(this))
    , m_proxy(new StoryProxy(this))
    , m_view(new QTreeView(this))
    , m_words(new QLineEdit(this))
    , m_several(new QCheckBox(tr("Told by several reports"), this))
    , m_disagree(new QCheckBox(tr("Reports disagree"), this))
    , m_details(new QLabel(this))
{
    setWindowTitle(tr("Stories"));
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("storiesView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StoryModel::DateColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("storyDetails"));
    m_details->setTextFormat(Qt::PlainText); // the evidence is the article's text
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setContentsMargins(8, 6, 8, 6);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 5);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setChildrenCollapsible(false);
    split->setObjectName(QStringLiteral("detailsSplitter"));
    setCentralWidget(split);

    auto *tools = addToolBar(tr("Stories"));
    tools->setObjectName(QStringLiteral("storiesTools"));
    tools->setMovable(false);
    m_words->setPlaceholderText(tr("Filter stories…"));
    m_words->setClearButtonEnabled(true);
    m_words->setMaximumWidth(280);
    tools->addWidget(m_words);
    m_several->setChecked(true);
    tools->addWidget(m_several);
    tools->addWidget(m_disagree);
    tools->addSeparator();
    m_link = tools->addAction(tr("Link as One Event"), this, [this] {
        Q_EMIT decisionRequested(selectedMembers(), true);
    });
    m_link->setObjectName(QStringLiteral("linkStories"));
    m_link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_link->setToolTip(tr("The selected reports (Ctrl+click) tell one event: join their stories"));
    m_unlink = tools->addAction(tr("Not the Same Event"), this, [this] {
        Q_EMIT decisionRequested(selectedMembers(), false);
    });
    m_unlink->setObjectName(QStringLiteral("unlinkStories"));
    m_unlink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_unlink->setToolTip(tr("Take the selected report out of its story (or keep the selected reports apart)"));
    m_view->addActions({m_link, m_unlink});
    tools->addSeparator();
    tools->addAction(tr("Expand All"), m_view, &QTreeView::expandAll);
    tools->addAction(tr("Collapse All"), m_view, &QTreeView::collapseAll);

    connect(m_words, &QLineEdit::textChanged, m_proxy, &StoryProxy::setWords);
    connect(m_several, &QCheckBox::toggled, m_proxy, &StoryProxy::setSeveralReportsOnly);
    connect(m_disagree, &QCheckBox::toggled, m_proxy, &StoryProxy::setDisagreementsOnly);
    connect(m_view, &QTreeView::activated, this, &StoriesWindow::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StoriesWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &StoriesWindow::showDetails);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StoriesWindow::updateActions);
    updateActions();
    (new WindowLayout(this, QStringLiteral("storiesWindow"), QSize(1300, 640)))->restore();
}

QTreeView *StoriesWindow::view() const
{
    return m_view;
}

StoryModel *StoriesWindow::model() const
{
    return m_model;
}

StoryProxy *StoriesWindow::proxy() const
{
    return m_proxy;
}

void StoriesWindow::setStories(const CorpusStories &stories, const CompareRules &rules, const QString &title)
{
    // A story is known again by its first report's event: keep it open across a rebuild.
    QVector<EventRef> expanded;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex i = m_proxy->index(r, 0);
        if (m_view->isExpanded(i)) {
            const int s = m_model->storyAt(m_proxy->mapToSource(i));
            expanded.append(m_model->stories().refOf(m_model->stories().stories.at(s).members.first()));
        }
    }
    m_model->setStories(stories, rules);
    for (int s = 0; s < stories.stories.size(); ++s) {
        for (const StoryMember &m : stories.stories.at(s).members) {
            if (expanded.contains(stories.refOf(m))) {
                m_view->expand(m_proxy->mapFromSource(m_model->index(s, 0)));
                break;
            }
        }
    }
    for (int c = 0; c < StoryModel::EvidenceColumn; ++c) {
        m_view->resizeColumnToContents(c);
        m_view->setColumnWidth(c,
                               std::min(m_view->columnWidth(c),
                                        c == StoryModel::StatusColumn      ? 320
                                            : c == StoryModel::StoryColumn ? 300
                                                                           : 240));
    }
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    }
    setWindowTitle(tr("Stories: %1").arg(title));
    int several = 0;
    int disagree = 0;
    for (const Story &s : stories.stories) {
        several += s.reports() > 1 ? 1 : 0;
        disagree += s.reports() > 1 && !s.flags.isEmpty() ? 1 : 0;
    }
    const int once = int(stories.stories.size()) - several;
    QString message = tr("%1 stories told by several reports, %2 of them with reports that disagree; %3.")
                          .arg(several)
                          .arg(disagree)
                          .arg(once == 1 ? tr("1 event told once") : tr("%1 events told once").arg(once));
    if (stories.staleLinks > 0) {
        message +=
            QLatin1Char(' ') + tr("%n of your links name an event no longer found.", nullptr, stories.staleLinks);
    }
    statusBar()->showMessage(message);
}

QVector<StoryMember> StoriesWindow::selectedMembers() const
{
    QVector<StoryMember> out;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        const StoryMember m = m_model->memberAt(m_proxy->mapToSource(row));
        if (m.report >= 0 && !out.contains(m)) {
            out.append(m);
        }
    }
    return out;
}

void StoriesWindow::updateActions()
{
    const QVector<StoryMember> members = selectedMembers();
    m_link->setEnabled(members.size() >= 2);
    m_unlink->setEnabled(!members.isEmpty());
}

void StoriesWindow::showDetails(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current);
    const int s = m_model->storyAt(source);
    if (s < 0) {
        m_details->clear();
        return;
    }
    const Story &story = m_model->stories().stories.at(s);
    const QModelIndex row = source.siblingAtColumn(StoryModel::StoryColumn);
    const auto cell = [&](int column) {
        return m_model->index(s, column).data().toString();
    };
    QStringList lines{story.label(), tr("Status: %1").arg(story.statusText())};
    if (!story.flags.isEmpty()) {
        lines.append(tr("Reports disagree on: %1 (date %2, place %3)")
                         .arg(cell(StoryModel::DisagreementColumn),
                              cell(StoryModel::DateColumn),
                              cell(StoryModel::PlaceColumn)));
    }
    const StoryMember m = m_model->memberAt(row);
    if (m.report >= 0) {
        const TimelineEvent &e = m_model->stories().at(m);
        lines.append(tr("%1, published %2: %3")
                         .arg(QDir::toNativeSeparators(e.path),
                              e.published.isValid() ? e.published.toString(Qt::ISODate) : tr("unknown"),
                              e.evidence.simplified()));
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void StoriesWindow::activate(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    const QString path = source.data(StoryModel::PathRole).toString();
    if (!path.isEmpty()) {
        Q_EMIT openRequested(path,
                             source.data(StoryModel::StartRole).toInt(),
                             source.data(StoryModel::LengthRole).toInt());
    }
}

} // namespace Readout
