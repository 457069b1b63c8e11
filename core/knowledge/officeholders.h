// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../extract/mention.h"
#include "../extract/textsegmenter.h"
#include "datafiles.h"

#include <QDate>
#include <QHash>
#include <QVector>

namespace Readout
{

class KnowledgeBase;

/// One person in one office for a time: "Recep Tayyip Erdoğan, President of Turkey, 2014–".
struct Holding {
    QString name;
    QString actor; ///< the state or organisation the office belongs to
    QString office;
    QDate start;
    QDate end; ///< invalid while in office
    [[nodiscard]] bool heldOn(const QDate &day) const;
};

/// Who held which office when (resources/gazetteers/officeholders.tsv, from Wikidata): so that
/// "President Erdogan" in a 2022 report is Turkey, and the publication date picks the holder.
/// Names match without case and accents ("Erdogan" is "Erdoğan").
class OfficeHolders
{
public:
    /// gazetteers/officeholders.tsv of the data directory, else the built-in one.
    [[nodiscard]] static Result<OfficeHolders> read(const QString &overrideDir, QStringList *sources);
    /// Rows with the columns name, actor, office, start, end; file names the table in messages.
    [[nodiscard]] static Result<OfficeHolders> fromRows(const QVector<DataFiles::TsvRow> &rows, const QString &file);

    /// The office a person (full name, or a family name only one holder has) held on the day; null
    /// when none or when the name is ambiguous that day. Without a day, an office still held.
    [[nodiscard]] const Holding *on(const QString &name, const QDate &day) const;
    /// The same by the full name only.
    [[nodiscard]] const Holding *byFullName(const QString &name, const QDate &day) const;

    /// Persons the name recogniser left without a state take their office's; family names and full
    /// names of holders nothing else covers become persons. Each says where its state came from.
    void apply(const KnowledgeBase &kb,
               const QString &text,
               const Segmentation &seg,
               QVector<Mention> &mentions,
               const QDate &day) const;

    [[nodiscard]] qsizetype size() const
    {
        return m_holdings.size();
    }
    /// Lower case without accents, by spellingKey(): the form names are matched in.
    [[nodiscard]] static QString fold(const QString &name);
    /// The shorter forms news gives a holder's name by ("Salva Kiir" of "Salva Kiir Mayardit").
    [[nodiscard]] static QStringList shortForms(const QString &name);
    /// What transliterations of one name share ("Zelenskyy" and "Zelensky", "Nicos" and "Nikos").
    [[nodiscard]] static QString spellingKey(const QString &folded);

private:
    const Holding *unique(const QVector<int> &candidates, const QDate &day) const;
    void tie(const KnowledgeBase &kb, const Holding &h, Mention &m) const;

    QVector<Holding> m_holdings;
    QHash<QString, QVector<int>> m_byName; ///< folded full name -> holdings
    QHash<QString, QVector<int>> m_bySurname; ///< folded last word -> holdings
};

} // namespace Readout
