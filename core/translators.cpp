// SPDX-License-Identifier: GPL-3.0-or-later
#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace Readout
{

namespace
{

/// The translators installed by the last call, so that the next one can take them out again.
QPointer<QTranslator> &installed(int which)
{
    static QPointer<QTranslator> translators[2];
    return translators[which];
}

/// Replaces translator @p which with one for @p catalogue in @p folder, if such a file exists.
bool replace(int which, const QLocale &locale, const QString &catalogue, const QString &folder)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (QTranslator *old = installed(which)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *translator = new QTranslator(app);
    // QTranslator::load(locale, ...) tries each of the locale's UI languages (de_DE, de, ...).
    if (!translator->load(locale, catalogue, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    installed(which) = translator;
    return true;
}

} // namespace

bool installTranslators(const QLocale &locale)
{
    if (!QCoreApplication::instance()) {
        return false;
    }
    replace(1, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (replace(0, locale, QStringLiteral("readout"), QStringLiteral(":/i18n"))) {
        return true;
    }
    // A language with no catalogue reads the English source texts; readout_en holds their plural
    // forms ("%n event(s)" -> "1 event", "2 events").
    replace(0, QLocale(QLocale::English), QStringLiteral("readout"), QStringLiteral(":/i18n"));
    return false;
}

} // namespace Readout
