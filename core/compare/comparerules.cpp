// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparerules.h"

#include "knowledge/datafolder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Readout
{

namespace
{

const QString FileName = QStringLiteral("rules/compare.json");

Error malformed(const QString &what)
{
    return Error{Error::Code::Malformed, QStringLiteral("%1: %2").arg(FileName, what)};
}

/// Reads a number member, keeping the default when absent; false when present but not a number.
bool readNumber(const QJsonObject &o, const char *key, double *value)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        return true;
    }
    if (!v.isDouble()) {
        return false;
    }
    *value = v.toDouble();
    return true;
}

} // namespace

QString CompareRules::family(const QString &type) const
{
    const QString t = type.trimmed().toLower();
    return typeFamilies.value(t, t);
}

CompareFlagInfo CompareRules::flag(const QString &id) const
{
    for (const CompareFlagInfo &f : flags) {
        if (f.id == id) {
            return f;
        }
    }
    return CompareFlagInfo{id, id, id, QString(), QString()};
}

Result<CompareRules> CompareRules::load(const QString &overrideDir)
{
    QString path = QStringLiteral(":/readout/") + FileName;
    if (!overrideDir.isEmpty() && QFile::exists(overrideDir + QLatin1Char('/') + FileName)) {
        path = overrideDir + QLatin1Char('/') + FileName;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Error::Code::NotFound,
                     QStringLiteral("%1: cannot read data file (%2)").arg(FileName, file.errorString())};
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(error.offset).count('\n')) + 1;
        return Error{Error::Code::Malformed,
                     QStringLiteral("%1:%2: %3").arg(FileName).arg(line).arg(error.errorString())};
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("schema")).toInt() != 1) {
        return Error{Error::Code::Unsupported, QStringLiteral("%1: \"schema\": 1 expected").arg(FileName)};
    }

    CompareRules rules;
    const QJsonObject align = root.value(QLatin1String("paragraph_alignment")).toObject();
    double maxCandidates = rules.maxCandidates;
    double minWordLength = rules.minWordLength;
    const bool alignOk = readNumber(align, "min_similarity", &rules.minSimilarity)
        && readNumber(align, "actor_weight", &rules.actorWeight) && readNumber(align, "date_weight", &rules.dateWeight)
        && readNumber(align, "word_weight", &rules.wordWeight)
        && readNumber(align, "max_candidates_per_paragraph", &maxCandidates)
        && readNumber(align, "max_posting_fraction", &rules.maxPostingFraction)
        && readNumber(align, "min_word_length", &minWordLength);
    if (!alignOk) {
        return malformed(QStringLiteral("\"paragraph_alignment\": every value must be a number"));
    }
    rules.maxCandidates = std::max(1, int(maxCandidates));
    rules.minWordLength = std::max(1, int(minWordLength));

    const QJsonObject match = root.value(QLatin1String("event_matching")).toObject();
    double gap = rules.maxDateGapDays;
    const QJsonObject weights = match.value(QLatin1String("score_weights")).toObject();
    const bool matchOk = readNumber(match, "min_participant_overlap", &rules.minParticipantOverlap)
        && readNumber(match, "max_date_gap_days", &gap) && readNumber(weights, "type", &rules.typeWeight)
        && readNumber(weights, "participants", &rules.participantsWeight)
        && readNumber(weights, "date", &rules.dateScoreWeight) && readNumber(weights, "place", &rules.placeWeight)
        && readNumber(weights, "status", &rules.statusWeight);
    if (!matchOk) {
        return malformed(QStringLiteral("\"event_matching\": every value must be a number"));
    }
    rules.maxDateGapDays = std::max(0, int(gap));
    rules.placeMissingDiffers = match.value(QLatin1String("place_missing_differs")).toBool(false);

    double reportGap = rules.storyReportGapDays;
    if (!readNumber(root.value(QLatin1String("stories")).toObject(), "max_report_gap_days", &reportGap)) {
        return malformed(QStringLiteral("\"stories\": every value must be a number"));
    }
    rules.storyReportGapDays = std::max(0, int(reportGap));

    const QJsonObject families = root.value(QLatin1String("type_families")).toObject();
    for (auto it = families.begin(); it != families.end(); ++it) {
        rules.typeFamilies.insert(it.key().toLower(), it.value().toString().toLower());
    }

    const QJsonArray flags = root.value(QLatin1String("flags")).toArray();
    const QStringList required = {QStringLiteral("same"),
                                  QStringLiteral("date_differs"),
                                  QStringLiteral("place_differs"),
                                  QStringLiteral("participants_differ"),
                                  QStringLiteral("status_differs"),
                                  QStringLiteral("only_in_a"),
                                  QStringLiteral("only_in_b")};
    for (const QJsonValue &v : flags) {
        const QJsonObject o = v.toObject();
        CompareFlagInfo f;
        f.id = o.value(QLatin1String("id")).toString();
        f.label = o.value(QLatin1String("label")).toString(f.id);
        f.summary = o.value(QLatin1String("summary")).toString(f.label);
        f.role = o.value(QLatin1String("role")).toString();
        f.icon = o.value(QLatin1String("icon")).toString();
        if (!required.contains(f.id)) {
            return malformed(QStringLiteral("\"flags\": unknown flag \"%1\" (known: %2)")
                                 .arg(f.id, required.join(QLatin1String(", "))));
        }
        rules.flags.append(f);
    }
    for (const QString &id : required) {
        if (rules.flag(id).role.isEmpty()) {
            return malformed(QStringLiteral("\"flags\": flag \"%1\" is missing or has no \"role\"").arg(id));
        }
    }
    for (const QJsonValue &v : root.value(QLatin1String("csv_columns")).toArray()) {
        rules.csvColumns.append(v.toString());
    }
    if (rules.csvColumns.isEmpty()) {
        return malformed(QStringLiteral("\"csv_columns\" is empty"));
    }
    for (const QJsonValue &v : root.value(QLatin1String("stopwords")).toArray()) {
        rules.stopwords.insert(v.toString().toLower());
    }
    return rules;
}

CompareRules CompareRules::forAnalyst(QString *problem)
{
    const QString folder = DataFolder::inUse();
    if (folder.isEmpty()) {
        return builtIn();
    }
    auto loaded = load(folder);
    if (!loaded) {
        if (problem) {
            *problem = loaded.error().message;
        }
        return builtIn();
    }
    return loaded.value();
}

const CompareRules &CompareRules::builtIn()
{
    static const CompareRules rules = [] {
        auto loaded = load();
        if (!loaded) {
            qFatal("%s", qPrintable(loaded.error().message));
        }
        return loaded.value();
    }();
    return rules;
}

} // namespace Readout
