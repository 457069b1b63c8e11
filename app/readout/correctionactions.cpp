// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctionactions.h"

#include "activeundostack.h"

#include "correctiondialogs.h"

#include "documenttab.h"

#include "articleview.h"
#include "entityeditcontroller.h"
#include "eventspanel.h"
#include "eventtableview.h"
#include "shortcutsdialog.h"
#include "userdictionarydialog.h"

#include "annotations.h"

#include <QAction>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace Readout
{

namespace
{

constexpr int StatusTimeout = 6000;

} // namespace

CorrectionActions::CorrectionActions(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_undoStacks(new ActiveUndoStack(this))
    , m_dialogs(new CorrectionDialogs(window))
{
}

QAction *CorrectionActions::makeAction(QMenu *menu,
                                       const QString &name,
                                       const QString &text,
                                       const QKeySequence &key,
                                       Qt::ShortcutContext context)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(context);
    m_actions.insert(name, action);
    if (context == Qt::WidgetWithChildrenShortcut) {
        // Single-key shortcuts belong to the article (or table) they act on, not to every widget.
        (name.startsWith(QLatin1String("annotate")) || name == QLatin1String("addEvent") ? m_articleActions
                                                                                         : m_tableActions)
            .append(action);
    }
    return action;
}

QMenu *CorrectionActions::createEditMenu(QMenuBar *menuBar)
{
    // Edit: undo and redo name the step ("Undo Set date of E1").
    auto *edit = new QMenu(tr("&Edit"), menuBar);
    edit->setObjectName(QStringLiteral("editMenu")); // others add to it (FindActions)
    QAction *undo = m_undoStacks->createUndoAction(edit, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = m_undoStacks->createRedoAction(edit, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts(QKeySequence::keyBindings(QKeySequence::Redo) << QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    m_actions.insert(undo->objectName(), undo);
    m_actions.insert(redo->objectName(), redo);
    edit->addSeparator();
    connect(makeAction(edit,
                       QStringLiteral("publishedDate"),
                       tr("Set &Publication Date…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                       Qt::WindowShortcut),
            &QAction::triggered,
            this,
            [this] {
                m_dialogs->askPublishedDate(m_current);
            });
    return edit;
}

QMenu *CorrectionActions::createAnnotateMenu(QMenuBar *menuBar)
{
    const auto local = Qt::WidgetWithChildrenShortcut; // the article or the table it is added to
    const auto tab = [this] {
        return m_current.data();
    };
    const auto editor = [this]() -> EntityEditController * {
        return m_current ? m_current->entityEditor() : nullptr;
    };
    // Annotate: single keys while the article has the focus.
    auto *annotate = new QMenu(tr("&Annotate"), menuBar);
    const QList<std::tuple<QString, QString, Qt::Key, EntityType>> types = {
        {QStringLiteral("annotatePerson"), tr("&Person"), Qt::Key_P, EntityType::Person},
        {QStringLiteral("annotateOrganization"), tr("&Organization"), Qt::Key_O, EntityType::Organization},
        {QStringLiteral("annotateLocation"), tr("&Location"), Qt::Key_L, EntityType::Location},
        {QStringLiteral("annotateDate"), tr("&Date"), Qt::Key_D, EntityType::Date},
        {QStringLiteral("annotateMisc"), tr("&Misc (nationality, other name)"), Qt::Key_M, EntityType::Misc},
    };
    for (const auto &[name, text, key, type] : types) {
        connect(makeAction(annotate, name, text, QKeySequence(key), local),
                &QAction::triggered,
                this,
                [editor, type = type] {
                    if (editor()) {
                        editor()->annotate(type);
                    }
                });
    }
    createOccurrenceActions(annotate, types);
    annotate->addSeparator();
    // Keyboard-only work moves between the article and the table without the mouse.
    connect(makeAction(annotate,
                       QStringLiteral("focusArticle"),
                       tr("&Go to Article"),
                       QKeySequence(Qt::CTRL | Qt::Key_1),
                       Qt::WindowShortcut),
            &QAction::triggered,
            this,
            [tab] {
                if (tab()) {
                    tab()->articleView()->setFocus();
                }
            });
    annotate->addSeparator();
    connect(
        makeAction(annotate, QStringLiteral("annotateDetails"), tr("&Edit Entity…"), QKeySequence(Qt::Key_F2), local),
        &QAction::triggered,
        this,
        [tab] {
            if (tab()) {
                tab()->editEntityDetails();
            }
        });
    connect(makeAction(annotate,
                       QStringLiteral("annotateSpan"),
                       tr("Set Span to &Selection"),
                       QKeySequence(Qt::Key_S),
                       local),
            &QAction::triggered,
            this,
            [editor] {
                if (editor()) {
                    editor()->setSpanToSelection();
                }
            });
    const QList<std::tuple<QString, QString, QKeySequence, EntityEditController::Edge, int>> edges = {
        {QStringLiteral("annotateStartLeft"),
         tr("Move Start Left"),
         QKeySequence(Qt::ALT | Qt::Key_Left),
         EntityEditController::Edge::Start,
         -1},
        {QStringLiteral("annotateStartRight"),
         tr("Move Start Right"),
         QKeySequence(Qt::ALT | Qt::Key_Right),
         EntityEditController::Edge::Start,
         1},
        {QStringLiteral("annotateEndLeft"),
         tr("Move End Left"),
         QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left),
         EntityEditController::Edge::End,
         -1},
        {QStringLiteral("annotateEndRight"),
         tr("Move End Right"),
         QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right),
         EntityEditController::Edge::End,
         1},
    };
    for (const auto &[name, text, key, edge, delta] : edges) {
        connect(makeAction(annotate, name, text, key, local),
                &QAction::triggered,
                this,
                [editor, edge = edge, delta = delta] {
                    if (editor()) {
                        editor()->moveEdge(edge, delta);
                    }
                });
    }
    annotate->addSeparator();
    connect(makeAction(annotate,
                       QStringLiteral("annotateDelete"),
                       tr("Dele&te Entity"),
                       QKeySequence(Qt::Key_Delete),
                       local),
            &QAction::triggered,
            this,
            [editor] {
                if (editor()) {
                    editor()->deleteEntity(false);
                }
            });
    connect(makeAction(annotate,
                       QStringLiteral("annotateDeleteStop"),
                       tr("Delete and &Never Suggest Again"),
                       QKeySequence(Qt::SHIFT | Qt::Key_Delete),
                       local),
            &QAction::triggered,
            this,
            [editor] {
                if (editor()) {
                    editor()->deleteEntity(true);
                }
            });
    annotate->addSeparator();
    connect(makeAction(annotate, QStringLiteral("annotateNext"), tr("Ne&xt Entity"), QKeySequence(Qt::Key_N), local),
            &QAction::triggered,
            this,
            [editor] {
                if (editor()) {
                    editor()->selectNextEntity(true);
                }
            });
    connect(makeAction(annotate,
                       QStringLiteral("annotatePrevious"),
                       tr("Pre&vious Entity"),
                       QKeySequence(Qt::SHIFT | Qt::Key_N),
                       local),
            &QAction::triggered,
            this,
            [editor] {
                if (editor()) {
                    editor()->selectNextEntity(false);
                }
            });
    return annotate;
}

QMenu *CorrectionActions::createEventsMenu(QMenuBar *menuBar)
{
    const auto local = Qt::WidgetWithChildrenShortcut; // the article or the table it is added to
    const auto tab = [this] {
        return m_current.data();
    };
    // Events: adding works from the article's sentence, the rest on the table's selection.
    auto *events = new QMenu(tr("Eve&nts"), menuBar);
    connect(
        makeAction(events, QStringLiteral("addEvent"), tr("&Add Event from Sentence"), QKeySequence(Qt::Key_E), local),
        &QAction::triggered,
        this,
        [tab] {
            if (tab()) {
                tab()->addEventFromSelection();
            }
        });
    connect(makeAction(events,
                       QStringLiteral("focusEvents"),
                       tr("&Go to Events Table"),
                       QKeySequence(Qt::CTRL | Qt::Key_2),
                       Qt::WindowShortcut),
            &QAction::triggered,
            this,
            [this, tab] {
                if (tab()) {
                    if (auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("eventsDock"))) {
                        dock->show();
                    }
                    tab()->eventsPanel()->tableView()->setFocus();
                }
            });
    events->addSeparator();
    connect(
        makeAction(events, QStringLiteral("deleteEvents"), tr("&Delete Events"), QKeySequence(Qt::Key_Delete), local),
        &QAction::triggered,
        this,
        [tab] {
            if (tab()) {
                tab()->deleteSelectedEvents();
            }
        });
    connect(makeAction(events,
                       QStringLiteral("mergeEvents"),
                       tr("&Merge Two Events"),
                       QKeySequence(Qt::CTRL | Qt::Key_M),
                       local),
            &QAction::triggered,
            this,
            [tab] {
                if (tab()) {
                    tab()->mergeSelectedEvents();
                }
            });
    connect(makeAction(events,
                       QStringLiteral("splitEvent"),
                       tr("&Split Event…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                       local),
            &QAction::triggered,
            this,
            [this] {
                m_dialogs->askSplit(m_current);
            });
    connect(makeAction(events,
                       QStringLiteral("toggleReviewed"),
                       tr("Mark &Reviewed"),
                       QKeySequence(Qt::CTRL | Qt::Key_R),
                       local),
            &QAction::triggered,
            this,
            [tab] {
                if (tab()) {
                    tab()->toggleReviewed();
                }
            });
    return events;
}

void CorrectionActions::createUndoDock(QMenu *view)
{
    // The undo history, current document's stack.
    m_undoDock = new QDockWidget(tr("Undo History"), m_window);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    auto *undoView = new QUndoView(m_undoDock);
    m_undoStacks->addView(undoView);
    undoView->setEmptyLabel(tr("<opened>"));
    m_undoDock->setWidget(undoView);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    if (auto *eventsDock = m_window->findChild<QDockWidget *>(QStringLiteral("eventsDock"))) {
        m_window->splitDockWidget(eventsDock, m_undoDock, Qt::Vertical);
        // Sizes only take once the window is laid out: the history gets a fifth of the height then.
        m_window->installEventFilter(this);
    }
    QAction *history = m_undoDock->toggleViewAction();
    history->setObjectName(QStringLiteral("undoHistory"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    view->insertAction(view->actions().value(1), history);
    m_actions.insert(history->objectName(), history);
}

void CorrectionActions::createMenus(QMenuBar *menuBar, QMenu *view, QMenu *settings, QMenu *help)
{
    m_menuBar = menuBar;
    QMenu *edit = createEditMenu(menuBar);
    QMenu *annotate = createAnnotateMenu(menuBar);
    QMenu *events = createEventsMenu(menuBar);
    QAction *before = view->menuAction();
    menuBar->insertMenu(before, edit);
    menuBar->insertMenu(before, annotate);
    menuBar->insertMenu(before, events);

    createUndoDock(view);

    settings->addSeparator();
    connect(makeAction(settings,
                       QStringLiteral("userDictionary"),
                       tr("&User Dictionary…"),
                       QKeySequence(),
                       Qt::WindowShortcut),
            &QAction::triggered,
            m_dialogs,
            &CorrectionDialogs::showUserDictionary);
    QAction *shortcuts = makeAction(help,
                                    QStringLiteral("shortcuts"),
                                    tr("&Keyboard Shortcuts"),
                                    QKeySequence(Qt::CTRL | Qt::Key_F1),
                                    Qt::WindowShortcut);
    help->insertAction(help->actions().value(1), shortcuts);
    connect(shortcuts, &QAction::triggered, this, [this] {
        m_dialogs->showShortcuts(m_menuBar);
    });
    updateEnabled();
}

void CorrectionActions::createOccurrenceActions(QMenu *annotate,
                                                const QList<std::tuple<QString, QString, Qt::Key, EntityType>> &types)
{
    const auto editor = [this]() -> EntityEditController * {
        return m_current ? m_current->entityEditor() : nullptr;
    };
    QMenu *all = annotate->addMenu(tr("Annotate &All Occurrences as"));
    all->menuAction()->setObjectName(QStringLiteral("annotateAllMenu"));
    m_actions.insert(all->menuAction()->objectName(), all->menuAction());
    for (const auto &[name, text, key, type] : types) {
        const QString allName = QStringLiteral("annotateAll") + name.mid(int(qstrlen("annotate")));
        connect(makeAction(all, allName, text, QKeySequence(Qt::SHIFT | key), Qt::WidgetWithChildrenShortcut),
                &QAction::triggered,
                this,
                [editor, type = type] {
                    if (editor()) {
                        editor()->annotateAll(type);
                    }
                });
    }
    connect(makeAction(annotate,
                       QStringLiteral("annotateDeleteAll"),
                       tr("Delete All O&ccurrences"),
                       QKeySequence(Qt::CTRL | Qt::Key_Delete),
                       Qt::WidgetWithChildrenShortcut),
            &QAction::triggered,
            this,
            [editor] {
                if (editor()) {
                    editor()->deleteAll();
                }
            });
}

bool CorrectionActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show) {
        m_window->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            if (auto *eventsDock = m_window->findChild<QDockWidget *>(QStringLiteral("eventsDock"))) {
                const int height = eventsDock->height() + m_undoDock->height();
                m_window->resizeDocks({eventsDock, m_undoDock}, {height * 4 / 5, height / 5}, Qt::Vertical);
            }
        });
    }
    return QObject::eventFilter(watched, event);
}

void CorrectionActions::addDocument(DocumentTab *tab)
{
    tab->articleView()->addActions(m_articleActions);
    tab->eventsPanel()->tableView()->addActions(m_tableActions);
    QList<QAction *> context;
    for (const QString &name : {QStringLiteral("annotatePerson"),
                                QStringLiteral("annotateOrganization"),
                                QStringLiteral("annotateLocation"),
                                QStringLiteral("annotateDate"),
                                QStringLiteral("annotateMisc"),
                                QStringLiteral("annotateAllMenu"),
                                QStringLiteral("annotateDetails"),
                                QStringLiteral("annotateDelete"),
                                QStringLiteral("annotateDeleteAll"),
                                QStringLiteral("annotateDeleteStop"),
                                QStringLiteral("addEvent")}) {
        context.append(m_actions.value(name));
    }
    tab->entityEditor()->setContextActions(context);
    connect(tab, &DocumentTab::sidecarChanged, this, [this, tab](const QString &message) {
        m_dialogs->askChangedArticle(tab, message);
    });
    connect(tab, &DocumentTab::sidecarConflict, this, [this, tab](const QString &message) {
        m_dialogs->askSidecarConflict(tab, message);
    });
    connect(tab, &DocumentTab::sidecarProblem, this, [this, tab](const QString &title, const QString &message) {
        m_dialogs->reportProblem(title, message);
    });
    connect(tab, &DocumentTab::knowledgeProblem, this, [this](const QString &message) {
        if (!m_knowledgeProblemsShown.contains(message)) {
            m_knowledgeProblemsShown.insert(message);
            m_dialogs->reportProblem(tr("Your Data Not Used"),
                                     tr("%1\n\nArticles open with the built-in data until the file is fixed "
                                        "(Settings ▸ Knowledge Files); then open them again.")
                                         .arg(message));
        }
    });
    connect(tab, &DocumentTab::extractionFinished, this, &CorrectionActions::updateEnabled);
}

void CorrectionActions::setCurrentDocument(DocumentTab *tab)
{
    m_current = tab;
    m_undoStacks->setStack(tab ? tab->annotations()->undoStack() : nullptr);
    updateEnabled();
}

void CorrectionActions::updateEnabled()
{
    const bool ready = m_current && m_current->hasExtraction();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const QString &name = it.key();
        if (name.startsWith(QLatin1String("annotate")) || name.contains(QLatin1String("Event"))
            || name == QLatin1String("toggleReviewed") || name == QLatin1String("publishedDate")) {
            it.value()->setEnabled(ready);
        }
    }
}

void CorrectionActions::setDialogsEnabled(bool enabled)
{
    m_dialogs->setEnabled(enabled);
}

ActiveUndoStack *CorrectionActions::undoStacks() const
{
    return m_undoStacks;
}

QDockWidget *CorrectionActions::undoDock() const
{
    return m_undoDock;
}

QAction *CorrectionActions::action(const QString &name) const
{
    return m_actions.value(name);
}

} // namespace Readout
