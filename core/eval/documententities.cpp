// SPDX-License-Identifier: GPL-3.0-or-later
#include "documententities.h"

#include <QSet>

namespace Readout
{

namespace
{

QString fold(const QString &name)
{
    return name.simplified().toCaseFolded();
}

/// The keys a name is known by: itself and the actor it stands for.
QSet<QString> keysOf(const QString &name, const DocumentEntityScorer::ActorOf &actorOf)
{
    QSet<QString> keys{fold(name)};
    if (actorOf) {
        keys.insert(fold(actorOf(name)));
    }
    keys.remove(QString());
    return keys;
}

struct Extracted {
    QString name; ///< canonical, else text: what the analyst would see as the entity
    QSet<QString> keys; ///< every text and canonical it was written as, and their actors
};

} // namespace

const QStringList &DocumentEntityScorer::labels()
{
    static const QStringList list{QStringLiteral("PERSON"), QStringLiteral("ORGANIZATION"), QStringLiteral("LOCATION")};
    return list;
}

void DocumentEntityScorer::add(const QString &document,
                               const QHash<QString, QStringList> &gold,
                               const QVector<Entity> &predicted,
                               const ActorOf &actorOf)
{
    for (const QString &label : labels()) {
        // The distinct extracted names of this label, each with every key it was written as.
        QVector<Extracted> names;
        QHash<QString, int> byName;
        for (const Entity &e : predicted) {
            if (entityTypeName(e.type) != label) {
                continue;
            }
            const QString name = e.canonical.isEmpty() ? e.text : e.canonical;
            auto it = byName.constFind(fold(name));
            if (it == byName.cend()) {
                it = byName.insert(fold(name), int(names.size()));
                names.append({name, {}});
            }
            names[*it].keys += keysOf(e.text, actorOf);
            names[*it].keys += keysOf(name, actorOf);
        }
        Counts &c = m_counts[label];
        QVector<bool> used(names.size(), false);
        QStringList goldNames = gold.value(label);
        goldNames.removeDuplicates();
        for (const QString &g : std::as_const(goldNames)) {
            const QSet<QString> keys = keysOf(g, actorOf);
            bool found = false;
            for (int i = 0; i < names.size(); ++i) {
                if (names.at(i).keys.intersects(keys)) {
                    found = true;
                    used[i] = true;
                }
            }
            if (found) {
                ++c.tp;
            } else {
                ++c.fn;
                m_errors.append({document, QStringLiteral("FN"), label + QStringLiteral(" ") + g, QString()});
            }
        }
        for (int i = 0; i < names.size(); ++i) {
            if (!used.at(i)) {
                ++c.fp;
                m_errors.append(
                    {document, QStringLiteral("FP"), label + QStringLiteral(" ") + names.at(i).name, QString()});
            }
        }
    }
}

Counts DocumentEntityScorer::label(const QString &label) const
{
    return m_counts.value(label);
}

Counts DocumentEntityScorer::micro() const
{
    Counts all;
    for (const QString &label : labels()) {
        all += m_counts.value(label);
    }
    return all;
}

const QVector<ScoreError> &DocumentEntityScorer::errors() const
{
    return m_errors;
}

} // namespace Readout
