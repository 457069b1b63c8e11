// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparepairproxy.h"

#include "compareflagstyle.h"
#include "themes.h"

#include "models/comparepairmodel.h"

namespace Readout
{

ComparePairProxy::ComparePairProxy(QObject *parent)
    : QIdentityProxyModel(parent)
    , m_palette(createAnnotationPalette())
{
    connect(Themes::instance(), &Themes::themeChanged, this, [this] {
        if (m_followsTheme) {
            m_palette = Themes::instance()->palette();
            paletteChanged();
        }
    });
}

void ComparePairProxy::setAnnotationPalette(std::shared_ptr<const AnnotationPalette> palette)
{
    if (!palette) {
        return;
    }
    m_palette = std::move(palette);
    m_followsTheme = false;
    paletteChanged();
}

void ComparePairProxy::paletteChanged()
{
    m_icons.clear();
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0),
                           index(rowCount() - 1, columnCount() - 1),
                           {Qt::DecorationRole, Qt::BackgroundRole});
    }
}

QVariant ComparePairProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const ColorScheme scheme = AnnotationPalette::systemScheme();
    if (role == Qt::DecorationRole && index.column() == ComparePairModel::FlagsColumn) {
        const QString roleName = index.data(ComparePairModel::FlagRoleRole).toString();
        const QString glyph = index.data(ComparePairModel::IconRole).toString();
        const QString key = roleName + QLatin1Char('\n') + glyph;
        auto it = m_icons.constFind(key);
        if (it == m_icons.cend()) {
            it = m_icons.insert(key, compareFlagIcon(*m_palette, scheme, compareRole(roleName), glyph));
        }
        return *it;
    }
    if (role == Qt::BackgroundRole) {
        if (index.column() == ComparePairModel::FlagsColumn) {
            const AnnotationRole r = compareRole(index.data(ComparePairModel::FlagRoleRole).toString());
            return m_palette->format(r, scheme).background();
        }
        if (index.data(ComparePairModel::DiffersRole).toBool()) {
            return m_palette->format(AnnotationRole::CompareConflict, scheme).background();
        }
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Readout
