// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctiondialogs.h"

#include "documenttab.h"

#include "eventspanel.h"
#include "eventtableview.h"
#include "plainmessagebox.h"
#include "shortcutsdialog.h"
#include "userdictionarydialog.h"

#include "annotations.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Readout
{

namespace
{

constexpr int StatusTimeout = 6000;

/// A small dialog: a label, a widget, OK and Cancel; deleted when closed.
QDialog *simpleDialog(QWidget *parent, const QString &title, const QString &text, QWidget *field)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *label = new QLabel(text, dialog);
    label->setWordWrap(true);
    field->setParent(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(field);
    layout->addWidget(buttons);
    return dialog;
}

} // namespace

CorrectionDialogs::CorrectionDialogs(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void CorrectionDialogs::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

void CorrectionDialogs::askChangedArticle(DocumentTab *tab, const QString &message)
{
    if (!m_enabled) {
        tab->resolveChangedArticle(true);
        return;
    }
    // Plain text: the message names the article and its sidecar.
    auto *box = new PlainMessageBox(QMessageBox::Question,
                                    tr("Article Changed"),
                                    message,
                                    tr("Re-anchor moves each saved annotation to where its text is now (those whose "
                                       "text is gone are dropped and listed). Start again extracts afresh and keeps "
                                       "the old annotations file aside."),
                                    QMessageBox::NoButton,
                                    m_window);
    QPushButton *reanchor = box->addButton(tr("&Re-anchor"), QMessageBox::AcceptRole);
    box->addButton(tr("&Start Again"), QMessageBox::DestructiveRole);
    box->setDefaultButton(reanchor);
    const QPointer<DocumentTab> target = tab;
    connect(box, &QMessageBox::buttonClicked, this, [target, reanchor](QAbstractButton *button) {
        if (target) {
            target->resolveChangedArticle(button == reanchor);
        }
    });
    box->open();
}

void CorrectionDialogs::askSidecarConflict(DocumentTab *tab, const QString &message)
{
    m_window->statusBar()->showMessage(
        tr("%1: annotations changed on disk by another program; not saved over until you choose")
            .arg(tab->displayName()),
        2 * StatusTimeout);
    if (!m_enabled) {
        return;
    }
    auto *box = new PlainMessageBox(QMessageBox::Warning,
                                    tr("Annotations Changed on Disk"),
                                    message,
                                    tr("Keep Mine saves your corrections and keeps the other version beside them. "
                                       "Take Theirs loads the other version and keeps yours beside it. Nothing is "
                                       "lost either way."),
                                    QMessageBox::NoButton,
                                    m_window);
    QPushButton *mine = box->addButton(tr("&Keep Mine"), QMessageBox::AcceptRole);
    box->addButton(tr("&Take Theirs"), QMessageBox::DestructiveRole);
    box->setDefaultButton(mine);
    const QPointer<DocumentTab> target = tab;
    connect(box, &QMessageBox::buttonClicked, this, [target, mine](QAbstractButton *button) {
        if (target) {
            target->resolveSidecarConflict(button == mine);
        }
    });
    box->open();
}

void CorrectionDialogs::reportProblem(const QString &title, const QString &message)
{
    m_window->statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), 2 * StatusTimeout);
    if (!m_enabled) {
        return;
    }
    // Plain text: a damaged sidecar's message quotes its content.
    PlainMessageBox::openWarning(m_window, title, message);
}

void CorrectionDialogs::showShortcuts(const QMenuBar *menuBar)
{
    auto *dialog = new ShortcutsDialog(menuBar, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void CorrectionDialogs::showUserDictionary()
{
    auto *dialog = new UserDictionaryDialog(DocumentTab::userDictionaryPath(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDictionaryDialog::saved, this, [this] {
        m_window->statusBar()->showMessage(tr("User dictionary saved; articles opened from now on use it"),
                                           StatusTimeout);
    });
    dialog->open();
}

void CorrectionDialogs::askPublishedDate(DocumentTab *tab)
{
    if (!tab) {
        return;
    }
    // The article's date, or today for an article without one (never QDateEdit's 2000-01-01).
    const QDate published = tab->annotations()->document().metadata().published;
    auto *date = new QDateEdit(published.isValid() ? published : QDate::currentDate());
    date->setObjectName(QStringLiteral("publishedDate"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QString explanation =
        tr("Relative dates (“Monday”, “next week”) are resolved against this date. "
           "Changing it re-resolves them in one undoable step.");
    QDialog *dialog = simpleDialog(m_window,
                                   tr("Publication Date"),
                                   published.isValid() ? explanation
                                                       : tr("The article gives no publication date; today is proposed.")
                                           + QLatin1Char(' ') + explanation,
                                   date);
    const QPointer<DocumentTab> target = tab;
    connect(dialog, &QDialog::accepted, this, [target, date] {
        if (target) {
            target->setPublishedDate(date->date());
        }
    });
    dialog->open();
}

void CorrectionDialogs::askSplit(DocumentTab *tab)
{
    if (!tab) {
        return;
    }
    const Event *event = tab->annotations()->event(tab->eventsPanel()->tableView()->currentEventId());
    if (!event) {
        m_window->statusBar()->showMessage(tr("Select the event to split"), StatusTimeout);
        return;
    }
    auto *list = new QListWidget;
    for (const QString &p : event->participants) {
        auto *item = new QListWidgetItem(p, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    QDialog *dialog = simpleDialog(m_window,
                                   tr("Split %1").arg(event->id),
                                   tr("Check the participants that belong to a separate event. With none checked, "
                                      "the new event starts as a copy."),
                                   list);
    const QPointer<DocumentTab> target = tab;
    connect(dialog, &QDialog::accepted, this, [target, list] {
        QStringList moved;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked) {
                moved.append(list->item(i)->text());
            }
        }
        if (target) {
            target->splitCurrentEvent(moved);
        }
    });
    dialog->open();
}

} // namespace Readout
