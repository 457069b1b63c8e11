// SPDX-License-Identifier: GPL-3.0-or-later
#include "datalocation.h"

#include <QCoreApplication>
#include <QString>

namespace Readout
{

void setReadoutApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Readout"));
    QCoreApplication::setApplicationName(QStringLiteral("readout"));
}

} // namespace Readout
