#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <optional>

class QTimer;

namespace BackupDash {

// When each source is polled: on its own interval with ±10 % jitter (so many dashboards and
// sources do not wake in step), never twice at once, and after a failure with exponential
// backoff and full jitter (honouring Retry-After). The owner polls on pollDue() and must
// answer every pollDue() with reportFinished().
class PollScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollScheduler)

public:
    struct Policy
    {
        double jitter = 0.10; // ± share of the interval
        qint64 backoffBaseMs = 2'000; // first retry waits up to this
        qint64 backoffCapMs = 5 * 60'000; // and never more than this
        qint64 minimumDelayMs = 1'000; // no busy-looping on a broken source
        qint64 firstPollSpreadMs = 500; // sources start within this of each other
    };

    explicit PollScheduler(QObject *parent = nullptr);
    ~PollScheduler() override;

    void setPolicy(const Policy &policy) { m_policy = policy; }
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    void addSource(const QString &id, qint64 intervalMs);
    void removeSource(const QString &id);
    void start();
    void stop();
    void pollNow(const QString &id); // operator's "poll now"; ignored while that source polls
    void reportFinished(const QString &id, bool ok, std::optional<int> retryAfterSeconds = std::nullopt);

    bool isInFlight(const QString &id) const;
    QDateTime nextPollAt(const QString &id) const; // UTC; invalid while in flight or stopped
    int consecutiveFailures(const QString &id) const;

    // The delay rules, pure so they can be checked at their edges. `random01` is in [0, 1).
    static qint64 delayAfterSuccess(qint64 intervalMs, const Policy &policy, double random01);
    static qint64 delayAfterFailure(int failures, std::optional<int> retryAfterSeconds, const Policy &policy,
                                    double random01);

Q_SIGNALS:
    void pollDue(const QString &id);
    void scheduleChanged(const QString &id);

private:
    struct Slot
    {
        QTimer *timer = nullptr;
        qint64 intervalMs = 60'000;
        bool inFlight = false;
        int failures = 0;
        QDateTime nextAt;
    };

    void arm(const QString &id, Slot &slot, qint64 delayMs);
    void fire(const QString &id);

    Policy m_policy;
    QRandomGenerator m_random { QRandomGenerator::securelySeeded() };
    QHash<QString, Slot> m_slots;
    bool m_running = false;
};

} // namespace BackupDash
