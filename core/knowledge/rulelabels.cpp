// SPDX-License-Identifier: GPL-3.0-or-later
#include "rulelabels.h"

#include "knowledge/knowledgebase.h"

#include <QCoreApplication>

namespace Readout::RuleLabels
{

namespace
{

QString translated(const QString &text, const char *kind)
{
    if (text.isEmpty()) {
        return text;
    }
    return QCoreApplication::translate(Context, text.toUtf8().constData(), kind);
}

} // namespace

QString eventType(const QString &type, const KnowledgeBase *knowledge)
{
    std::shared_ptr<const KnowledgeBase> builtIn;
    if (!knowledge) {
        builtIn = KnowledgeBase::builtIn();
        knowledge = builtIn.get();
    }
    for (const EventTypeInfo &info : knowledge->eventTypeInfos()) {
        if (info.type == type) {
            return translated(info.label, EventTypeKind);
        }
    }
    return type;
}

QString eventTypeInText(const QString &type)
{
    return translated(type, EventTypeInTextKind);
}

QString status(const QString &status)
{
    return translated(status, StatusKind);
}

QString compareFlag(const QString &label)
{
    return translated(label, CompareFlagKind);
}

} // namespace Readout::RuleLabels
