// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceviewdialog.h"

#include "plainmessagebox.h"
#include "sourceview.h"

#include "models/plaintooltip.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Readout
{

SourceViewDialog::SourceViewDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Source"));
    resize(960, 720);
    m_tabs->setDocumentMode(true);
    m_save = m_buttons->addButton(QDialogButtonBox::Save);
    m_saveAs = m_buttons->addButton(tr("Save &Copy As…"), QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &SourceViewDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &SourceViewDialog::saveCurrent);
    connect(m_saveAs, &QPushButton::clicked, this, &SourceViewDialog::saveCurrentAs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SourceViewDialog::updateButtons);
    updateButtons();
}

SourceViewDialog::~SourceViewDialog() = default;

Result<SourceView *> SourceViewDialog::addFile(const QString &path, Access access, const QString &label)
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *info = new QLabel(page);
    info->setContentsMargins(8, 4, 8, 4);
    info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    info->setForegroundRole(QPalette::PlaceholderText);
    info->setTextFormat(Qt::PlainText); // file names, shown as written
    layout->addWidget(info);

    const QFileInfo file(path);
    const bool builtIn = path.startsWith(QLatin1String(":/"));
    const QString where = builtIn ? tr("built into Readout (%1)").arg(path) : QDir::toNativeSeparators(path);
    Tab tab;
    tab.path = path;

    auto *view = new SourceView(page);
    const Result<bool> loaded = view->loadFile(path);
    if (!loaded.isOk()) {
        delete view;
        auto *message = new QLabel(loaded.error().message, page);
        message->setTextFormat(Qt::PlainText);
        message->setAlignment(Qt::AlignCenter);
        message->setWordWrap(true);
        layout->addWidget(message, 1);
        info->setText(where);
        m_tabData.append(tab);
        m_tabs->addTab(page, label.isEmpty() ? file.fileName() : label);
        updateButtons();
        return loaded.error();
    }
    tab.view = view;
    tab.editable = access == Access::Editable && !builtIn && view->isLossless();
    view->setReadOnly(!tab.editable);
    layout->addWidget(view, 1);

    QStringList facts;
    facts << (view->syntaxName().isEmpty() ? tr("plain text") : view->syntaxName());
    facts << QLocale().formattedDataSize(file.size());
    facts << where;
    if (!tab.editable) {
        facts << (view->isLossless() ? tr("read-only") : tr("read-only: not plain UTF-8 or mixed line ends"));
    }
    info->setText(facts.join(QStringLiteral(" · ")));

    connect(view->document(), &QTextDocument::modificationChanged, this, &SourceViewDialog::updateButtons);
    m_tabData.append(tab);
    const int index = m_tabs->addTab(page, label.isEmpty() ? file.fileName() : label);
    m_tabs->setTabToolTip(index, plainToolTip(where));
    updateButtons();
    return view;
}

int SourceViewDialog::count() const
{
    return int(m_tabData.size());
}

SourceView *SourceViewDialog::view(int index) const
{
    return index >= 0 && index < m_tabData.size() ? m_tabData.at(index).view : nullptr;
}

QString SourceViewDialog::path(int index) const
{
    return index >= 0 && index < m_tabData.size() ? m_tabData.at(index).path : QString();
}

bool SourceViewDialog::isEditable(int index) const
{
    return index >= 0 && index < m_tabData.size() && m_tabData.at(index).editable;
}

void SourceViewDialog::setCurrentIndex(int index)
{
    m_tabs->setCurrentIndex(index);
}

Result<bool> SourceViewDialog::save(int index, const QString &path)
{
    SourceView *source = view(index);
    if (!source) {
        return Error{Error::Code::Unsupported, tr("Nothing to save")};
    }
    const bool inPlace = path.isEmpty() || QFileInfo(path) == QFileInfo(m_tabData.at(index).path);
    if (inPlace && !isEditable(index)) {
        return Error{Error::Code::Unsupported, tr("%1 is read-only here").arg(m_tabData.at(index).path)};
    }
    const QString target = inPlace ? m_tabData.at(index).path : path;
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{Error::Code::WriteFailed, tr("%1: %2").arg(target, file.errorString())};
    }
    file.write(source->toBytes());
    if (!file.commit()) {
        return Error{Error::Code::WriteFailed, tr("%1: %2").arg(target, file.errorString())};
    }
    if (inPlace) {
        source->document()->setModified(false);
    }
    Q_EMIT fileSaved(target);
    return true;
}

void SourceViewDialog::saveCurrent()
{
    const Result<bool> saved = save(m_tabs->currentIndex());
    if (!saved.isOk()) {
        showSaveError(saved.error().message);
    }
}

void SourceViewDialog::saveCurrentAs()
{
    const int index = m_tabs->currentIndex();
    if (!view(index)) {
        return;
    }
    const QString name = QFileInfo(path(index)).fileName();
    auto *dialog = new QFileDialog(this, tr("Save Copy As"), name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(name);
    connect(dialog, &QFileDialog::fileSelected, this, [this, index](const QString &target) {
        const Result<bool> saved = save(index, target);
        if (!saved.isOk()) {
            showSaveError(saved.error().message);
        }
    });
    dialog->open();
}

void SourceViewDialog::showSaveError(const QString &message)
{
    PlainMessageBox::openWarning(this, tr("Save Failed"), message);
}

bool SourceViewDialog::hasUnsavedChanges() const
{
    for (const Tab &tab : m_tabData) {
        if (tab.editable && tab.view && tab.view->document()->isModified()) {
            return true;
        }
    }
    return false;
}

void SourceViewDialog::updateButtons()
{
    const int index = m_tabs->currentIndex();
    SourceView *current = view(index);
    m_save->setVisible(isEditable(index));
    m_save->setEnabled(current && isEditable(index) && current->document()->isModified());
    m_saveAs->setEnabled(current != nullptr);
    for (int i = 0; i < m_tabData.size(); ++i) {
        const Tab &tab = m_tabData.at(i);
        const QString name = m_tabs->tabText(i).remove(QLatin1Char('*'));
        m_tabs->setTabText(i, tab.view && tab.view->document()->isModified() ? name + QLatin1Char('*') : name);
    }
}

void SourceViewDialog::reject()
{
    if (m_closing || !hasUnsavedChanges()) {
        QDialog::reject();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Unsaved Changes"),
                                tr("Some files have changes that are not saved. Close anyway?"),
                                QMessageBox::Discard | QMessageBox::Cancel,
                                this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Discard) {
            m_closing = true;
            QDialog::reject();
        }
    });
    box->open();
}

} // namespace Readout
