#pragma once

#include <QHostAddress>
#include <QObject>
#include <functional>
#include <memory>

class QHttpServer;

namespace BackupDash {

// Serves GET /metrics (Prometheus text format 0.0.4) from `render`, on one address only;
// every other path is 404 and every other method 405. QHttpServer stays inside the .cpp (its
// API changes in Qt 6.8).
class MetricsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsServer)

public:
    explicit MetricsServer(std::function<QByteArray()> render, QObject *parent = nullptr);
    ~MetricsServer() override;

    // Binds address:port (port 0: any free one). Returns the port, or 0 with the reason in words.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);

private:
    std::function<QByteArray()> m_render;
    std::unique_ptr<QHttpServer> m_server;
};

} // namespace BackupDash
