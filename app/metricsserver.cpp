#include "app/metricsserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>

namespace BackupDash {

MetricsServer::MetricsServer(std::function<QByteArray()> render, QObject *parent)
    : QObject(parent)
    , m_render(std::move(render))
    , m_server(std::make_unique<QHttpServer>())
{
    // One handler, no routes: the one path and method are checked in plain code.
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const auto answer = [&responder](QHttpServerResponder::StatusCode status, const QByteArray &type,
                                         const QByteArray &body) {
            responder.writeStatusLine(status);
            responder.writeHeader(QByteArrayLiteral("Content-Type"), type);
            responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
            responder.writeBody(body);
        };
        if (request.url().path() != QLatin1String("/metrics")) {
            answer(QHttpServerResponder::StatusCode::NotFound, "text/plain; charset=utf-8",
                   "Not found: BackupDash serves /metrics only.\n");
            return;
        }
        if (request.method() != QHttpServerRequest::Method::Get
            && request.method() != QHttpServerRequest::Method::Head) {
            answer(QHttpServerResponder::StatusCode::MethodNotAllowed, "text/plain; charset=utf-8",
                   "Method not allowed: GET /metrics.\n");
            return;
        }
        answer(QHttpServerResponder::StatusCode::Ok, "text/plain; version=0.0.4; charset=utf-8",
               request.method() == QHttpServerRequest::Method::Head ? QByteArray() : m_render());
    });
}

MetricsServer::~MetricsServer() = default;

quint16 MetricsServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // Our own QTcpServer: the bind address is explicit and its error text is ours to report.
    auto tcpServer = std::make_unique<QTcpServer>();
    if (!tcpServer->listen(address, port)) {
        if (error)
            *error = tcpServer->errorString();
        return 0;
    }
    const quint16 bound = tcpServer->serverPort();
    m_server->bind(tcpServer.release());
    return bound;
}

} // namespace BackupDash
