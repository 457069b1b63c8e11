// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationpalette.h"

#include <QSortFilterProxyModel>

#include <memory>

namespace Readout
{

/// Shows a StoryModel as the analyst asks: only stories told by several reports, only those
/// whose reports disagree, only those whose label, sides, files or evidence hold some words; the
/// cells the reports disagree on tinted with the theme's conflict colour. Follows Themes.
class StoryProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit StoryProxy(QObject *parent = nullptr);

    void setSeveralReportsOnly(bool on);
    void setDisagreementsOnly(bool on);
    void setWords(const QString &words);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    [[nodiscard]] bool holdsWords(const QModelIndex &index) const;

    std::shared_ptr<const AnnotationPalette> m_palette;
    bool m_severalOnly = true;
    bool m_disagreementsOnly = false;
    QStringList m_words;
};

} // namespace Readout
