// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "userdictionary.h"

#include <QObject>
#include <QString>

#include <memory>

class QUndoCommand;

namespace Readout
{

class KnowledgeBase;

/// Teaches the user dictionary file as part of a correction, so that undo unlearns and redo learns
/// again. lesson() checks an entry and makes the undo command that carries it (Annotations pushes
/// it in the same undo step as the edit); the command's redo()/undo() call teach()/unteach(),
/// which tell the window at once and write the file on one worker thread shared by every teacher
/// of the process, in the order asked (the file is small, but it is I/O, never on the GUI thread).
/// Each write notes the entry it replaced, and unteaching puts exactly that back.
class DictionaryTeacher : public QObject
{
    Q_OBJECT
public:
    explicit DictionaryTeacher(const QString &path, QObject *parent = nullptr);
    ~DictionaryTeacher() override;
    Q_DISABLE_COPY(DictionaryTeacher)

    [[nodiscard]] QString path() const;

    /// The command that teaches entry when done and unteaches it when undone; nullptr (and
    /// refused() emitted) when the entry cannot be a name (UserDictionary::refusal()).
    [[nodiscard]] QUndoCommand *lesson(const UserEntry &entry, const KnowledgeBase &knowledge);

    /// Blocks until every write asked so far is on disk (tests, and quitting).
    static void waitForWrites();

Q_SIGNALS:
    /// entry is now in the dictionary (taught, or taught again by redo).
    void learned(const Readout::UserEntry &entry);
    /// entry was taken back out by undo (the entry it had replaced, if any, is back).
    void forgotten(const Readout::UserEntry &entry);
    /// entry was not learnt: reason says why ("is a lone function word").
    void refused(const Readout::UserEntry &entry, const QString &reason);
    /// The dictionary file could not be read or written.
    void writeFailed(const QString &message);

private:
    friend class TeachCommand;
    struct Written;
    /// Writes entry over what its surface had, noting that in written.
    void teach(const UserEntry &entry, const std::shared_ptr<Written> &written);
    /// Puts back what written noted for entry's surface.
    void unteach(const UserEntry &entry, const std::shared_ptr<Written> &written);

    QString m_path;
};

} // namespace Readout
