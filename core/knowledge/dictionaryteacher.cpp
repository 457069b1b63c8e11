// SPDX-License-Identifier: GPL-3.0-or-later
#include "dictionaryteacher.h"

#include "knowledgebase.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QUndoCommand>

#include <optional>

namespace Readout
{

namespace
{

/// One thread for every dictionary write of the process: teach, unteach and teach again land in
/// the order the analyst pressed them.
QThreadPool &writer()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        return p;
    }();
    return *pool;
}

/// Tells the teacher, on its own thread, that the file could not be written (if it still exists).
void reportFailure(const QPointer<DictionaryTeacher> &teacher, const QString &message)
{
    if (DictionaryTeacher *t = teacher.data()) {
        QMetaObject::invokeMethod(t, [t, message] {
            Q_EMIT t->writeFailed(message);
        });
    }
}

} // namespace

/// What a teach replaced in the file; read by the unteach that follows on the same worker.
struct DictionaryTeacher::Written {
    bool done = false;
    std::optional<UserEntry> replaced;
};

/// The undo step's part that teaches: holds the entry, never a row of the file.
class TeachCommand : public QUndoCommand
{
public:
    TeachCommand(DictionaryTeacher *teacher, const UserEntry &entry)
        : QUndoCommand(QCoreApplication::translate("Readout::DictionaryTeacher", "Teach “%1”").arg(entry.surface))
        , m_teacher(teacher)
        , m_entry(entry)
        , m_written(std::make_shared<DictionaryTeacher::Written>())
    {
    }
    void redo() override
    {
        if (m_teacher) {
            m_teacher->teach(m_entry, m_written);
        }
    }
    void undo() override
    {
        if (m_teacher) {
            m_teacher->unteach(m_entry, m_written);
        }
    }

private:
    QPointer<DictionaryTeacher> m_teacher;
    UserEntry m_entry;
    std::shared_ptr<DictionaryTeacher::Written> m_written;
};

DictionaryTeacher::DictionaryTeacher(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
}

DictionaryTeacher::~DictionaryTeacher() = default;

QString DictionaryTeacher::path() const
{
    return m_path;
}

QUndoCommand *DictionaryTeacher::lesson(const UserEntry &entry, const KnowledgeBase &knowledge)
{
    const QString reason = UserDictionary::refusal(entry, knowledge);
    if (!reason.isEmpty()) {
        Q_EMIT refused(entry, reason);
        return nullptr;
    }
    return new TeachCommand(this, entry);
}

void DictionaryTeacher::waitForWrites()
{
    writer().waitForDone();
}

void DictionaryTeacher::teach(const UserEntry &entry, const std::shared_ptr<Written> &written)
{
    const QPointer<DictionaryTeacher> self(this);
    const QString path = m_path;
    writer().start([self, path, entry, written] {
        auto dictionary = UserDictionary::read(path);
        if (!dictionary) {
            reportFailure(self, dictionary.error().message);
            return;
        }
        const UserEntry *before = dictionary.value().find(entry.surface);
        written->replaced = before ? std::optional<UserEntry>(*before) : std::nullopt;
        written->done = true;
        if (dictionary.value().put(entry)) {
            const auto wrote = dictionary.value().write(path);
            if (!wrote) {
                reportFailure(self, wrote.error().message);
            }
        }
    });
    Q_EMIT learned(entry);
}

void DictionaryTeacher::unteach(const UserEntry &entry, const std::shared_ptr<Written> &written)
{
    const QPointer<DictionaryTeacher> self(this);
    const QString path = m_path;
    writer().start([self, path, entry, written] {
        auto dictionary = UserDictionary::read(path);
        if (!written->done || !dictionary) {
            return; // the teach never reached the file: nothing to take back
        }
        UserDictionary &d = dictionary.value();
        const UserEntry *now = d.find(entry.surface);
        if (!now || !(*now == entry)) {
            return; // changed since (by hand, in Settings): the analyst's later word stands
        }
        const bool changed = written->replaced ? d.put(*written->replaced) : d.remove(entry.surface);
        if (changed) {
            const auto wrote = d.write(path);
            if (!wrote) {
                reportFailure(self, wrote.error().message);
            }
        }
    });
    Q_EMIT forgotten(entry);
}

} // namespace Readout
