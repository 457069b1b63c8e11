// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopidentity.h"

#include <QGuiApplication>

namespace Readout::DesktopIdentity
{

QString id()
{
    return QStringLiteral(READOUT_APP_ID);
}

QIcon icon()
{
    // The PNG sizes keep the icon crisp where no SVG icon engine plugin is installed.
    QIcon builtIn(QStringLiteral(":/readout/icons/%1.svg").arg(id()));
    for (const int size : {16, 22, 32, 48, 64, 128, 256}) {
        builtIn.addFile(QStringLiteral(":/readout/icons/%1-%2.png").arg(id()).arg(size), QSize(size, size));
    }
    return QIcon::fromTheme(id(), builtIn);
}

void apply()
{
    QGuiApplication::setDesktopFileName(id());
    QGuiApplication::setWindowIcon(icon());
}

} // namespace Readout::DesktopIdentity
