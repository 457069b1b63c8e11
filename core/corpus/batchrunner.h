// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace Readout
{

/// Runs one job per article (or per line of a stream) on several threads and hands each result back
/// on the calling thread, in the order of the input, as soon as it and every earlier one are done.
/// Workers never run more than a window of items ahead of the one awaited, so a slow article holds
/// a bounded number of finished ones in memory, not the corpus.
class BatchRunner
{
public:
    /// jobs < 1: one per core (QThread::idealThreadCount()).
    explicit BatchRunner(int jobs = 0);

    [[nodiscard]] int jobs() const
    {
        return m_jobs;
    }

    /// Runs work(i) for i in [0, count) on the jobs (any thread: work must touch no shared mutable
    /// state) and deliver(i, result) on the calling thread in order, unless deliver returns false or
    /// cancelled is set (what runs finishes). Returns how many were delivered.
    template<typename Result>
    int run(int count,
            const std::function<Result(int)> &work,
            const std::function<bool(int, Result &)> &deliver,
            const std::atomic<bool> *cancelled = nullptr) const;

private:
    int m_jobs = 1;
};

template<typename Result>
int BatchRunner::run(int count,
                     const std::function<Result(int)> &work,
                     const std::function<bool(int, Result &)> &deliver,
                     const std::atomic<bool> *cancelled) const
{
    const int jobs = std::min(m_jobs, std::max(1, count));
    const int window = 16 * jobs; // how far the workers may run ahead of the article awaited
    std::mutex mutex;
    std::condition_variable changed;
    std::map<int, Result> done; // finished, not yet delivered
    int next = 0; // the next index a worker takes
    int awaited = 0; // the next index to deliver
    bool stop = false;
    const auto stopped = [&] {
        return stop || (cancelled && cancelled->load());
    };
    auto worker = [&] {
        std::unique_lock lock(mutex);
        for (;;) {
            changed.wait(lock, [&] {
                return stopped() || next >= count || next < awaited + window;
            });
            if (stopped() || next >= count) {
                return;
            }
            const int index = next++;
            lock.unlock();
            Result result = work(index);
            lock.lock();
            done.emplace(index, std::move(result));
            changed.notify_all();
        }
    };
    std::vector<std::thread> threads;
    threads.reserve(std::size_t(jobs));
    for (int i = 0; i < jobs; ++i) {
        threads.emplace_back(worker);
    }
    int delivered = 0;
    {
        std::unique_lock lock(mutex);
        while (awaited < count && !stopped()) {
            changed.wait(lock, [&] {
                return stopped() || done.count(awaited) > 0;
            });
            if (stopped()) {
                break;
            }
            Result result = std::move(done.at(awaited));
            done.erase(awaited);
            const int index = awaited++;
            changed.notify_all(); // a worker may take one more
            lock.unlock();
            const bool more = deliver(index, result);
            ++delivered;
            lock.lock();
            stop = stop || !more;
        }
        stop = true;
        changed.notify_all();
    }
    for (std::thread &t : threads) {
        t.join();
    }
    return delivered;
}

} // namespace Readout
