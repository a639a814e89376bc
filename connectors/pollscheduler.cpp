#include "connectors/pollscheduler.h"

#include <QTimer>
#include <algorithm>
#include <cmath>

namespace BackupDash {

PollScheduler::PollScheduler(QObject *parent)
    : QObject(parent)
{
}

PollScheduler::~PollScheduler() = default;

qint64 PollScheduler::delayAfterSuccess(qint64 intervalMs, const Policy &policy, double random01)
{
    const double factor = 1.0 + policy.jitter * (2.0 * random01 - 1.0);
    return std::max(policy.minimumDelayMs, qint64(std::llround(double(intervalMs) * factor)));
}

qint64 PollScheduler::delayAfterFailure(int failures, std::optional<int> retryAfterSeconds, const Policy &policy,
                                        double random01)
{
    // Full jitter: uniform in [0, min(cap, base · 2^(failures−1))].
    const int exponent = std::clamp(failures - 1, 0, 30);
    const double ceiling =
        std::min(double(policy.backoffCapMs), double(policy.backoffBaseMs) * std::ldexp(1.0, exponent));
    qint64 delay = qint64(ceiling * random01);
    if (retryAfterSeconds)
        delay = std::max(delay, qint64(*retryAfterSeconds) * 1000);
    return std::max(policy.minimumDelayMs, delay);
}

void PollScheduler::addSource(const QString &id, qint64 intervalMs)
{
    if (m_slots.contains(id))
        removeSource(id);
    Slot slot;
    slot.intervalMs = intervalMs;
    slot.timer = new QTimer(this);
    slot.timer->setSingleShot(true);
    connect(slot.timer, &QTimer::timeout, this, [this, id] { fire(id); });
    auto &inserted = m_slots[id] = slot;
    if (m_running)
        arm(id, inserted, qint64(double(m_policy.firstPollSpreadMs) * m_random.generateDouble()));
}

void PollScheduler::removeSource(const QString &id)
{
    const auto it = m_slots.find(id);
    if (it == m_slots.end())
        return;
    delete it->timer;
    m_slots.erase(it);
}

void PollScheduler::start()
{
    m_running = true;
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        if (!it->inFlight && !it->timer->isActive())
            arm(it.key(), *it, qint64(double(m_policy.firstPollSpreadMs) * m_random.generateDouble()));
    }
}

void PollScheduler::stop()
{
    m_running = false;
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        it->timer->stop();
        it->nextAt = QDateTime();
        Q_EMIT scheduleChanged(it.key());
    }
}

void PollScheduler::pollNow(const QString &id)
{
    const auto it = m_slots.find(id);
    if (it == m_slots.end() || it->inFlight)
        return;
    it->timer->stop();
    fire(id);
}

void PollScheduler::reportFinished(const QString &id, bool ok, std::optional<int> retryAfterSeconds)
{
    const auto it = m_slots.find(id);
    if (it == m_slots.end() || !it->inFlight)
        return;
    it->inFlight = false;
    it->failures = ok ? 0 : it->failures + 1;
    if (!m_running)
        return;
    const double r = m_random.generateDouble();
    if (ok) {
        arm(id, *it, delayAfterSuccess(it->intervalMs, m_policy, r));
        return;
    }
    // Back off at most to five poll intervals, so a recovered source shows up again soon.
    Policy policy = m_policy;
    policy.backoffCapMs = std::clamp(5 * it->intervalMs, m_policy.backoffBaseMs, m_policy.backoffCapMs);
    arm(id, *it, delayAfterFailure(it->failures, retryAfterSeconds, policy, r));
}

bool PollScheduler::isInFlight(const QString &id) const
{
    return m_slots.value(id).inFlight;
}

QDateTime PollScheduler::nextPollAt(const QString &id) const
{
    return m_slots.value(id).nextAt;
}

int PollScheduler::consecutiveFailures(const QString &id) const
{
    return m_slots.value(id).failures;
}

void PollScheduler::arm(const QString &id, Slot &slot, qint64 delayMs)
{
    slot.nextAt = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
    slot.timer->start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
    Q_EMIT scheduleChanged(id);
}

void PollScheduler::fire(const QString &id)
{
    const auto it = m_slots.find(id);
    if (it == m_slots.end() || it->inFlight)
        return;
    it->inFlight = true;
    it->nextAt = QDateTime();
    Q_EMIT scheduleChanged(id);
    Q_EMIT pollDue(id);
}

} // namespace BackupDash
