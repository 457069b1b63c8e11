// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMainWindow;
class QMenuBar;

namespace Readout
{

class DocumentTab;

/// The dialogs of the correction workflow: the question about a changed article, the notice of an
/// unusable sidecar, Set Publication Date, Split Event, the user dictionary and the keyboard
/// shortcuts. All open without blocking the window. Owned by CorrectionActions.
class CorrectionDialogs : public QObject
{
    Q_OBJECT
public:
    explicit CorrectionDialogs(QMainWindow *window);

    /// Off for unattended runs (--screenshot): a changed article is re-anchored unasked and
    /// problems only reach the status bar.
    void setEnabled(bool enabled);

    void askChangedArticle(Readout::DocumentTab *tab, const QString &message);
    /// Another program changed the sidecar: keep ours (theirs kept aside) or take theirs (ours
    /// kept aside). Unattended, nothing is decided: the status bar says so, and closing keeps
    /// ours aside.
    void askSidecarConflict(Readout::DocumentTab *tab, const QString &message);
    void reportProblem(const QString &title, const QString &message);
    void askPublishedDate(Readout::DocumentTab *tab);
    void askSplit(Readout::DocumentTab *tab);
    void showUserDictionary();
    void showShortcuts(const QMenuBar *menuBar);

private:
    QMainWindow *m_window;
    bool m_enabled = true;
};

} // namespace Readout
