// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgebase.h"
#include "knowledgebase_p.h"

#include <QLoggingCategory>
#include <QMutex>

Q_LOGGING_CATEGORY(readoutData, "readout.data")

namespace Readout
{

KnowledgeBase::KnowledgeBase()
    : d(std::make_unique<Data>())
{
}

KnowledgeBase::~KnowledgeBase() = default;

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::load(const QString &overrideDir)
{
    return load(overrideDir, UserDictionary());
}

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::load(const QString &overrideDir,
                                                                 const UserDictionary &userDictionary)
{
    std::shared_ptr<KnowledgeBase> kb(new KnowledgeBase);
    kb->d->overrideDir = overrideDir;
    if (auto error = KnowledgeLoader(*kb->d, overrideDir).load(userDictionary)) {
        return *error;
    }
    return std::shared_ptr<const KnowledgeBase>(std::move(kb));
}

std::shared_ptr<const KnowledgeBase> KnowledgeBase::builtIn()
{
    static QMutex mutex;
    static std::shared_ptr<const KnowledgeBase> instance;
    QMutexLocker lock(&mutex);
    if (!instance) {
        auto loaded = load();
        if (!loaded) {
            qFatal("Readout: built-in knowledge is broken: %s", qPrintable(loaded.error().message));
        }
        instance = loaded.value();
    }
    return instance;
}

const TokenTrie &KnowledgeBase::gazetteer() const
{
    return d->gazetteer;
}

const GazetteerEntry &KnowledgeBase::entry(int id) const
{
    return d->entries.at(id);
}

QString KnowledgeBase::actorCode(const QString &canonical) const
{
    return d->actorCodes.value(canonical);
}

QString KnowledgeBase::demonym(const QString &state) const
{
    return d->demonyms.value(state);
}

bool KnowledgeBase::isState(const QString &canonical) const
{
    return d->states.contains(canonical);
}

bool KnowledgeBase::isCityState(const QString &canonical) const
{
    return d->cityStates.contains(canonical);
}

QStringList KnowledgeBase::actorNames() const
{
    return d->actorNames;
}

QStringList KnowledgeBase::placeNames() const
{
    return d->placeNames;
}

bool KnowledgeBase::isFirstName(const QString &word) const
{
    return d->firstNames.containsLower(word);
}

const TokenTrie &KnowledgeBase::titles() const
{
    return d->titles;
}

QString KnowledgeBase::titleKind(int id) const
{
    return d->titleKinds.value(id);
}

bool KnowledgeBase::isOrganizationWord(const QString &word) const
{
    return d->orgWords.containsLower(word);
}

bool KnowledgeBase::isOrganizationSuffix(const QString &word) const
{
    return d->orgSuffixes.containsLower(word);
}

bool KnowledgeBase::isAbbreviation(const QString &wordWithDot) const
{
    return d->abbreviations.containsLower(wordWithDot);
}

bool KnowledgeBase::isStopName(const QString &word) const
{
    return d->stopNames.containsLower(word);
}

bool KnowledgeBase::isFunctionWord(const QString &word) const
{
    return d->functionWords.containsLower(word);
}

const QJsonObject &KnowledgeBase::dateRules() const
{
    return d->dateRules;
}

const QJsonObject &KnowledgeBase::eventRules() const
{
    return d->eventRules;
}

const OfficeHolders &KnowledgeBase::officeHolders() const
{
    return d->officeHolders;
}

const EventGrammar &KnowledgeBase::eventGrammar() const
{
    return d->eventGrammar;
}

const EventLexicon &KnowledgeBase::eventLexicon() const
{
    return d->eventLexicon;
}

const QHash<QString, Trigger> &KnowledgeBase::triggers() const
{
    return d->triggers;
}

const WordSet &KnowledgeBase::triggerWords() const
{
    return d->triggerWords;
}

const TokenTrie &KnowledgeBase::holidays() const
{
    return d->holidays;
}

QString KnowledgeBase::holidayRule(int id) const
{
    return d->holidayRules.value(id);
}

const WordSet &KnowledgeBase::wordSet(const QString &name) const
{
    static const WordSet empty;
    const auto it = d->wordSets.constFind(name);
    if (it == d->wordSets.cend()) {
        qCWarning(readoutData) << "no word set" << name;
        return empty;
    }
    return it.value();
}

const PhraseList &KnowledgeBase::phrases(const QString &name) const
{
    static const PhraseList empty;
    const auto it = d->phraseLists.constFind(name);
    if (it == d->phraseLists.cend()) {
        qCWarning(readoutData) << "no phrase list" << name;
        return empty;
    }
    return it.value();
}

int KnowledgeBase::number(const QString &map, const QString &lowerWord, int fallback) const
{
    const auto it = d->numberMaps.constFind(map);
    if (it == d->numberMaps.cend()) {
        return fallback;
    }
    return it.value().value(lowerWord, fallback);
}

QSet<QString> KnowledgeBase::numberKeys(const QString &map) const
{
    const auto it = d->numberMaps.constFind(map);
    if (it == d->numberMaps.cend()) {
        return {};
    }
    QSet<QString> keys;
    for (auto k = it.value().cbegin(); k != it.value().cend(); ++k) {
        keys.insert(k.key());
    }
    return keys;
}

QSet<QString> KnowledgeBase::holidayFirstKeys() const
{
    return d->holidayFirstKeys;
}

QString KnowledgeBase::unit(const QString &lowerWord) const
{
    if (!d->unitKeys.mayContain(lowerWord)) {
        return {};
    }
    return d->units.value(lowerWord);
}

QString KnowledgeBase::cameoCode(const QString &type, const QString &status) const
{
    QString code = d->cameo.value(type + QLatin1Char('|') + status);
    if (code.isEmpty()) {
        code = d->cameo.value(type + QLatin1String("|*"));
    }
    if (code.isEmpty()) {
        code = d->cameo.value(QLatin1String("*|") + status);
    }
    return code;
}

QStringList KnowledgeBase::csvColumns() const
{
    return d->csvColumns;
}

QStringList KnowledgeBase::eventTypes() const
{
    return d->eventTypes;
}

const QVector<EventTypeInfo> &KnowledgeBase::eventTypeInfos() const
{
    return d->eventTypeInfos;
}

QStringList KnowledgeBase::eventStatuses() const
{
    return d->statuses;
}

QString KnowledgeBase::icsStatus(const QString &status) const
{
    return d->icsStatuses.value(status);
}

const UserDictionary &KnowledgeBase::userDictionary() const
{
    return d->userDictionary;
}

QStringList KnowledgeBase::sources() const
{
    return d->sources;
}

} // namespace Readout
