// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationpalette.h"

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>

#include <memory>

namespace Readout
{

/// Puts the theme's compare colours on a ComparePairModel: the flag column gets the flag's icon
/// (colour and glyph) and the row's tint, and every cell whose value differs between the reports
/// gets the conflict tint. Follows Themes, as the article views do. Owns nothing but its icons.
class ComparePairProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit ComparePairProxy(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Uses this palette instead of following Themes.
    void setAnnotationPalette(std::shared_ptr<const AnnotationPalette> palette);

private:
    void paletteChanged();

    std::shared_ptr<const AnnotationPalette> m_palette;
    bool m_followsTheme = true;
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace Readout
