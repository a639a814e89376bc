#pragma once

#include "simulator/vb365/simvb365model.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUuid>
#include <optional>
#include <vector>

namespace BackupDash {

class SimScenario;

// Single-mailbox restores: each organization's mailboxes (a pure function of the seed), the
// restores of one mailbox done inside restore sessions, and the events a session lists
// (GET …/RestoreSessions/{id}/Events): "Restore session started", then one Restore event per
// mailbox restore. Run-time state is bounded like the live sessions'.
class SimVb365Mailboxes
{
public:
    static constexpr int PerOrganization = 12;
    static constexpr qsizetype MaxRememberedSessions = 1'000; // the oldest sessions' events go

    struct Mailbox
    {
        QUuid id;
        QString name;
        QString email;
    };
    struct Event
    {
        QUuid id;
        QString type; // None, Restore
        QString status; // Success, Warning, Failed
        qint64 startTicks = 0;
        qint64 endTicks = 0;
        QString title;
        QString message;
    };
    struct Counts
    {
        int created = 0;
        int merged = 0;
        int failed = 0;
        int skipped = 0;
    };

    explicit SimVb365Mailboxes(const SimScenario &scenario);

    std::vector<Mailbox> of(int organizationIndex, const SimVb365Organization &organization) const;
    std::optional<Mailbox> find(int organizationIndex, const SimVb365Organization &organization,
                                const QString &id) const;
    // Restores `mailbox` in `session` (to `target`, another mailbox's address, or where it was
    // when empty) at `nowTicks`: an event is listed from now on. Answers the item counts.
    Counts restore(const SimVb365RestoreSession &session, const Mailbox &mailbox, const QString &target,
                   qint64 nowTicks);
    // The session's events, oldest first.
    std::vector<Event> eventsOf(const SimVb365RestoreSession &session) const;

    static QJsonObject toJson(const Mailbox &mailbox, const QString &apiRoot, const QUuid &organizationId);
    static QJsonObject toJson(const Event &event, const QString &apiRoot, const QUuid &sessionId);

private:
    const SimScenario &m_scenario;
    QHash<QUuid, QList<Event>> m_events; // restore events by session
    QList<QUuid> m_sessionOrder; // oldest first, to bound m_events
    qint64 m_restores = 0;
};

} // namespace BackupDash
