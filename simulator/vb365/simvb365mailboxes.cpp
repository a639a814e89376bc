#include "simulator/vb365/simvb365mailboxes.h"

#include "simulator/simscenario.h"
#include "simulator/simtime.h"

#include <array>

namespace BackupDash {

namespace {

// Apart from the scenario's salts (SimVb365Salt) and the live sessions' (4).
constexpr quint64 MailboxSalt = 5;

const std::array MailboxNames { QStringLiteral("Anna Berg"),     QStringLiteral("Lukas Meier"),
                                QStringLiteral("Chloé Martin"),  QStringLiteral("Yuki Tanaka"),
                                QStringLiteral("Jürgen Müller"), QStringLiteral("Zoë Martin"),
                                QStringLiteral("Ana Núñez"),     QStringLiteral("Olivia Smith"),
                                QStringLiteral("Liam Johnson"),  QStringLiteral("佐藤 花子"),
                                QStringLiteral("Finance"),       QStringLiteral("Helpdesk") };
const std::array Addresses { QStringLiteral("anna.berg"),       QStringLiteral("lukas.meier"),
                             QStringLiteral("chloe.martin"),    QStringLiteral("yuki.tanaka"),
                             QStringLiteral("juergen.mueller"), QStringLiteral("zoe.martin"),
                             QStringLiteral("ana.nunez"),       QStringLiteral("olivia.smith"),
                             QStringLiteral("liam.johnson"),    QStringLiteral("hanako.sato"),
                             QStringLiteral("finance"),         QStringLiteral("helpdesk") };
static_assert(MailboxNames.size() == SimVb365Mailboxes::PerOrganization && Addresses.size() == MailboxNames.size());

QJsonObject link(const QString &href)
{
    return { { QStringLiteral("href"), href } };
}

QString duration(qint64 ticks)
{
    const qint64 secs = ticks / SimTime::TicksPerSecond;
    return QStringLiteral("%1:%2:%3")
        .arg(secs / 3600, 2, 10, QLatin1Char('0'))
        .arg(secs / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(secs % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

SimVb365Mailboxes::SimVb365Mailboxes(const SimScenario &scenario)
    : m_scenario(scenario)
{
}

std::vector<SimVb365Mailboxes::Mailbox> SimVb365Mailboxes::of(int organizationIndex,
                                                              const SimVb365Organization &organization) const
{
    std::vector<Mailbox> mailboxes;
    for (int i = 0; i < PerOrganization; ++i) {
        mailboxes.push_back({ m_scenario.uuid("vb365/mailbox", organizationIndex, i), MailboxNames[size_t(i)],
                              QStringLiteral("%1@%2").arg(Addresses[size_t(i)], organization.name) });
    }
    return mailboxes;
}

std::optional<SimVb365Mailboxes::Mailbox>
SimVb365Mailboxes::find(int organizationIndex, const SimVb365Organization &organization, const QString &id) const
{
    const QUuid uuid = QUuid::fromString(id);
    for (Mailbox &mailbox : of(organizationIndex, organization)) {
        if (!uuid.isNull() && mailbox.id == uuid)
            return std::move(mailbox);
    }
    return std::nullopt;
}

SimVb365Mailboxes::Counts SimVb365Mailboxes::restore(const SimVb365RestoreSession &session, const Mailbox &mailbox,
                                                     const QString &target, qint64 nowTicks)
{
    SimRandom random = m_scenario.random(MailboxSalt, m_restores);
    Event event;
    event.id = m_scenario.uuid("vb365/mailbox-restore", m_restores++);
    event.type = QStringLiteral("Restore");
    event.startTicks = nowTicks;
    event.endTicks = nowTicks + random.bounded64(5, 90) * SimTime::TicksPerSecond;
    Counts counts;
    counts.created = random.bounded(20, 4'000);
    counts.merged = random.bounded(0, 200);
    counts.skipped = random.chance(0.3) ? random.bounded(1, 40) : 0;
    counts.failed = random.chance(0.1) ? random.bounded(1, 5) : 0;
    event.status = counts.failed > 0 ? QStringLiteral("Warning") : QStringLiteral("Success");
    event.title = target.isEmpty() ? QStringLiteral("Restoring mailbox %1 to the original location").arg(mailbox.email)
                                   : QStringLiteral("Restoring mailbox %1 to mailbox %2").arg(mailbox.email, target);
    event.message = QStringLiteral("%1 items created, %2 merged, %3 skipped, %4 failed")
                        .arg(counts.created)
                        .arg(counts.merged)
                        .arg(counts.skipped)
                        .arg(counts.failed);
    if (!m_events.contains(session.id)) {
        m_sessionOrder.append(session.id);
        if (m_sessionOrder.size() > MaxRememberedSessions)
            m_events.remove(m_sessionOrder.takeFirst());
    }
    m_events[session.id].append(event);
    return counts;
}

std::vector<SimVb365Mailboxes::Event> SimVb365Mailboxes::eventsOf(const SimVb365RestoreSession &session) const
{
    Event started;
    started.id = m_scenario.uuid("vb365/restore-session-started", session.createdTicks);
    started.type = QStringLiteral("None");
    started.status = QStringLiteral("Success");
    started.startTicks = started.endTicks = session.createdTicks;
    started.title = started.message = QStringLiteral("Restore session started");
    std::vector<Event> events { started };
    for (const Event &event : m_events.value(session.id))
        events.push_back(event);
    return events;
}

QJsonObject SimVb365Mailboxes::toJson(const Mailbox &mailbox, const QString &apiRoot, const QUuid &organizationId)
{
    const QString org = organizationId.toString(QUuid::WithoutBraces);
    const QString id = mailbox.id.toString(QUuid::WithoutBraces);
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("email"), mailbox.email },
        { QStringLiteral("name"), mailbox.name },
        { QStringLiteral("type"), QStringLiteral("User") },
        { QStringLiteral("isBackedUp"), true },
        { QStringLiteral("_links"),
          QJsonObject {
              { QStringLiteral("self"),
                link(QStringLiteral("%1/Organizations/%2/Mailboxes/%3").arg(apiRoot, org, id)) },
              { QStringLiteral("organization"), link(QStringLiteral("%1/Organizations/%2").arg(apiRoot, org)) } } },
    };
}

QJsonObject SimVb365Mailboxes::toJson(const Event &event, const QString &apiRoot, const QUuid &sessionId)
{
    const QString session = sessionId.toString(QUuid::WithoutBraces);
    const QString id = event.id.toString(QUuid::WithoutBraces);
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("type"), event.type },
        { QStringLiteral("status"), event.status },
        { QStringLiteral("startTime"), SimTime::iso7(event.startTicks) },
        { QStringLiteral("endTime"), SimTime::iso7(event.endTicks) },
        { QStringLiteral("duration"), duration(event.endTicks - event.startTicks) },
        { QStringLiteral("title"), event.title },
        { QStringLiteral("message"), event.message },
        { QStringLiteral("_links"),
          QJsonObject { { QStringLiteral("self"),
                          link(QStringLiteral("%1/RestoreSessions/%2/Events/%3").arg(apiRoot, session, id)) },
                        { QStringLiteral("restoreSession"),
                          link(QStringLiteral("%1/RestoreSessions/%2").arg(apiRoot, session)) } } },
    };
}

} // namespace BackupDash
