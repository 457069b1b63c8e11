// SPDX-License-Identifier: GPL-3.0-or-later
#include "cancellation.h"

namespace Readout
{

namespace
{
thread_local const std::atomic<bool> *t_flag = nullptr;
} // namespace

CancellationScope::CancellationScope(const std::atomic<bool> *flag)
    : m_previous(t_flag)
{
    t_flag = flag;
}

CancellationScope::~CancellationScope()
{
    t_flag = m_previous;
}

bool CancellationScope::requested()
{
    return t_flag && t_flag->load(std::memory_order_relaxed);
}

} // namespace Readout
