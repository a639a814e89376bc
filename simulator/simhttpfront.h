#pragma once

#include "simulator/simrequest.h"
#include "simulator/simresponse.h"

#include <QObject>
#include <QSslConfiguration>
#include <functional>
#include <map>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace BackupDash {

// The only place that touches QHttpServer (a tech preview whose API changes in 6.8): it turns
// requests into SimRequest values, and delivers SimResponse values, late, truncated or never
// as faults ask.
class SimHttpFront final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpFront)

public:
    using Handler = std::function<SimResponse(const SimRequest &)>;

    explicit SimHttpFront(Handler handler, QObject *parent = nullptr);
    ~SimHttpFront() override;

    // Binds 127.0.0.1 only; with `tls`, every connection is HTTPS (a QSslServer), else plain
    // HTTP. Returns the port, or 0 with the reason in `error`.
    quint16 listen(quint16 port, const std::optional<QSslConfiguration> &tls, QString *error);
    qsizetype pendingCount() const { return qsizetype(m_pending.size()); } // delayed or hung answers

private:
    struct Pending;

    void handleRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void hold(QHttpServerResponder &&responder, const SimResponse &response);
    void release(quint64 id);
    void forget(const QObject *socket);
    static void deliver(QHttpServerResponder &responder, const SimResponse &response);
    static void resetMidBody(QHttpServerResponder &responder, const QByteArray &body);

    Handler m_handler;
    std::unique_ptr<QHttpServer> m_server;
    std::map<quint64, std::unique_ptr<Pending>> m_pending; // answers not given yet
    quint64 m_nextPendingId = 0;
};

} // namespace BackupDash
