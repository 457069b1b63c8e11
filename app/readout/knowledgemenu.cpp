// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgemenu.h"

#include "plainmessagebox.h"

#include "knowledge/datafolder.h"

#include <QDesktopServices>
#include <QDir>
#include <QUrl>

namespace Readout
{

KnowledgeMenu::KnowledgeMenu(std::function<void(const SourceFile &)> show, QWidget *parent)
    : QMenu(tr("&Knowledge Files"), parent)
    , m_show(std::move(show))
{
    connect(this, &QMenu::aboutToShow, this, &KnowledgeMenu::rebuild);
    rebuild();
}

void KnowledgeMenu::rebuild()
{
    clear();
    const QVector<SourceFile> files = knowledgeFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (i == files.size() - 1) {
            addSeparator(); // the user dictionary after the data files
        }
        const SourceFile file = files.at(i);
        addAction(file.label, this, [this, file] {
            m_show(file);
        });
    }
    addSeparator();
    QMenu *customizeMenu = addMenu(tr("&Customize"));
    customizeMenu->setToolTipsVisible(true);
    // The files still read from Readout's own copy (the analyst's are listed above, editable).
    const QString builtIn = QStringLiteral(":/readout/");
    for (const SourceFile &file : files) {
        if (!file.path.startsWith(builtIn)) {
            continue;
        }
        const QString relative = file.path.mid(builtIn.size());
        QAction *action = customizeMenu->addAction(relative, this, [this, relative] {
            customize(relative);
        });
        action->setToolTip(tr("Copy the built-in %1 into your data folder and edit it there").arg(relative));
    }
    customizeMenu->setEnabled(!customizeMenu->isEmpty());
    const QString folder = DataFolder::userPath();
    addAction(tr("Open &Data Folder"), this, [folder] {
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
}

void KnowledgeMenu::customize(const QString &relative)
{
    QString error;
    const QString copy = DataFolder::customize(relative, &error);
    if (copy.isEmpty()) {
        PlainMessageBox::openWarning(parentWidget(), tr("Could Not Customize"), error);
        return;
    }
    m_show({copy, tr("%1 (your copy)").arg(relative), true});
}

} // namespace Readout
