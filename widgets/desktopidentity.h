// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Readout
{

/// How the desktop knows the window: the id shared by the installed .desktop entry, icon and
/// metainfo (resources/desktop), and the application icon. The icon comes from the icon theme
/// when Readout is installed, else from the copy compiled into the program (:/readout/icons/).
namespace DesktopIdentity
{

/// "org.readout.Readout": the .desktop file's name without ".desktop" and the icon's name.
[[nodiscard]] QString id();

/// The application icon: the theme's, falling back to the built-in SVG and PNG sizes.
[[nodiscard]] QIcon icon();

/// Sets the desktop file name and the window icon of the running QGuiApplication.
void apply();

} // namespace DesktopIdentity
} // namespace Readout
