// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace Readout
{

/// Loads the translations for @p locale and installs them on the running QCoreApplication:
/// Readout's own catalogue (resources/translations, compiled in under :/i18n/) and Qt's qtbase
/// catalogue from Qt's translations folder, so standard dialogs and buttons speak the same
/// language. A later call replaces the translators of an earlier one. The application owns them.
/// Returns whether Readout's catalogue was found for @p locale. English is the source language:
/// its catalogue (readout_en) holds only the plural forms, and serves every language without one.
bool installTranslators(const QLocale &locale = QLocale());

} // namespace Readout
