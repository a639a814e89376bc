#include "simulator/simhttpfront.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace BackupDash {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}
} // namespace

// An answer not given yet: delayed (latency) or never (hang). Dropped when its client goes.
struct SimHttpFront::Pending
{
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    const QObject *socketKey = nullptr;
    SimResponse response;
    QMetaObject::Connection destroyedConnection;
    QMetaObject::Connection disconnectedConnection;
};

SimHttpFront::SimHttpFront(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(std::make_unique<QHttpServer>())
{
    // No routes: every request reaches one handler, and routing stays in plain code.
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handleRequest(request, std::move(responder));
    });
}

SimHttpFront::~SimHttpFront()
{
    // Held responders point into the server's sockets: they go first.
    for (auto &[id, pending] : m_pending) {
        QObject::disconnect(pending->destroyedConnection);
        QObject::disconnect(pending->disconnectedConnection);
    }
    m_pending.clear();
    m_server.reset();
}

quint16 SimHttpFront::listen(quint16 port, const std::optional<QSslConfiguration> &tls, QString *error)
{
    // Our own QTcpServer so the bind address is explicit (QHttpServer::listen defaults to all
    // interfaces) and its error text is ours to report; bind() is also what 6.8 keeps. A
    // QSslServer hands a connection on only once its handshake succeeded, so a client that
    // does not trust the certificate never gets a request through.
    std::unique_ptr<QTcpServer> tcpServer;
    if (tls) {
        auto sslServer = std::make_unique<QSslServer>();
        sslServer->setSslConfiguration(*tls);
        tcpServer = std::move(sslServer);
    } else {
        tcpServer = std::make_unique<QTcpServer>();
    }
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = tcpServer->errorString();
        return 0;
    }
    const quint16 bound = tcpServer->serverPort();
    m_server->bind(tcpServer.release());
    return bound;
}

void SimHttpFront::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    SimRequest simRequest;
    simRequest.method = methodName(request.method());
    simRequest.path = request.url().path(QUrl::FullyDecoded);
    simRequest.query = request.query();
    const auto headers = request.headers();
    for (const auto &[name, value] : headers)
        simRequest.headers.append({ name, value });
    simRequest.body = request.body();

    const SimResponse response = m_handler(simRequest);
    if (response.delivery == SimResponse::Delivery::Hang || response.delayMs > 0) {
        hold(std::move(responder), response);
        return;
    }
    deliver(responder, response);
}

void SimHttpFront::hold(QHttpServerResponder &&responder, const SimResponse &response)
{
    QTcpSocket *socket = responder.socket();
    if (!socket)
        return;
    const quint64 id = m_nextPendingId++;
    auto pending = std::make_unique<Pending>();
    pending->socket = socket;
    pending->socketKey = socket;
    pending->response = response;
    pending->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    pending->destroyedConnection = connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    pending->disconnectedConnection =
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { forget(socket); });
    m_pending.emplace(id, std::move(pending));
    if (response.delivery != SimResponse::Delivery::Hang)
        QTimer::singleShot(response.delayMs, this, [this, id] { release(id); });
}

void SimHttpFront::release(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const std::unique_ptr<Pending> pending = std::move(it->second);
    m_pending.erase(it);
    QObject::disconnect(pending->destroyedConnection);
    QObject::disconnect(pending->disconnectedConnection);
    if (pending->socket && pending->socket->state() == QAbstractSocket::ConnectedState)
        deliver(*pending->responder, pending->response);
}

void SimHttpFront::forget(const QObject *socket)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second->socketKey == socket) {
            QObject::disconnect(it->second->destroyedConnection);
            QObject::disconnect(it->second->disconnectedConnection);
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
}

void SimHttpFront::deliver(QHttpServerResponder &responder, const SimResponse &response)
{
    if (response.delivery == SimResponse::Delivery::Close) {
        // Not a byte of answer: the responder writes only when asked, so closing its socket
        // is the whole fault (an orderly close, as a server that gave up after reading).
        if (QTcpSocket *socket = responder.socket())
            socket->disconnectFromHost();
        return;
    }
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(response.body.size()));
    if (response.delivery == SimResponse::Delivery::Reset) {
        resetMidBody(responder, response.body);
        return;
    }
    if (response.delivery == SimResponse::Delivery::Truncated) {
        // The promised length, half the bytes, then the connection closes: a body cut in transit.
        responder.writeBody(response.body.left(response.body.size() / 2));
        if (QTcpSocket *socket = responder.socket())
            socket->disconnectFromHost();
        return;
    }
    responder.writeBody(response.body);
}

void SimHttpFront::resetMidBody(QHttpServerResponder &responder, const QByteArray &body)
{
    // Half the body reaches the wire, then SO_LINGER 0 turns the close into a TCP RST: the
    // client sees "connection reset by peer", not an orderly end.
    responder.writeBody(body.left(body.size() / 2));
    QTcpSocket *socket = responder.socket();
    if (!socket)
        return;
    socket->flush();
    socket->waitForBytesWritten(1'000);
#ifdef Q_OS_UNIX
    const linger hard { 1, 0 };
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof(hard));
#endif
    socket->abort();
}

} // namespace BackupDash
