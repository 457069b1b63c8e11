// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchrunner.h"

namespace Readout
{

BatchRunner::BatchRunner(int jobs)
    : m_jobs(jobs >= 1 ? jobs : std::max(1, QThread::idealThreadCount()))
{
}

} // namespace Readout
