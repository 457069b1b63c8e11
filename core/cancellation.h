// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

namespace Readout
{

/// Lets Cancel reach the long loops inside the pipeline's steps without a flag in every signature:
/// Pipeline::run() installs the caller's flag for its thread for as long as the scope lives, and a
/// step asks requested() now and then (per sentence, or per few thousand tokens). A step that hears
/// it stops early with a partial answer, which Pipeline::run() then drops as cancelled. Scopes nest;
/// on a thread without one, requested() is false.
class CancellationScope
{
public:
    explicit CancellationScope(const std::atomic<bool> *flag);
    ~CancellationScope();
    Q_DISABLE_COPY_MOVE(CancellationScope)

    /// Whether the flag of this thread's innermost scope is set.
    [[nodiscard]] static bool requested();

private:
    const std::atomic<bool> *m_previous;
};

} // namespace Readout
