// SPDX-License-Identifier: GPL-3.0-or-later
#include "occurrences.h"

#include <QRegularExpression>
#include <QStringList>

namespace Readout
{

bool Occurrences::isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

QVector<QPair<int, int>> Occurrences::find(const QString &text, const QString &needle, int from)
{
    const QString name = needle.simplified();
    if (name.isEmpty()) {
        return {};
    }
    QStringList parts = name.split(QLatin1Char(' '));
    for (QString &part : parts) {
        part = QRegularExpression::escape(part);
    }
    const QRegularExpression pattern(parts.join(QLatin1String("\\s+")), QRegularExpression::UseUnicodePropertiesOption);
    const bool wordAtStart = isWordCharacter(name.front());
    const bool wordAtEnd = isWordCharacter(name.back());
    QVector<QPair<int, int>> found;
    auto it = pattern.globalMatch(text, std::max(0, from));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const int start = int(match.capturedStart());
        const int end = int(match.capturedEnd());
        // "Lavrov" in "Lavrovs" or "ALavrov" is part of another word.
        if (wordAtStart && start > 0 && isWordCharacter(text.at(start - 1))) {
            continue;
        }
        if (wordAtEnd && end < text.size() && isWordCharacter(text.at(end))) {
            continue;
        }
        found.append({start, end});
    }
    return found;
}

} // namespace Readout
