#include "app/demobackend.h"

#include "simulator/simulator.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace BackupDash {

namespace {
constexpr int DemoPollSeconds = 10;
} // namespace

DemoBackend::DemoBackend()
{
    m_thread.setObjectName(QStringLiteral("demo-simulator"));
    m_anchor.moveToThread(&m_thread);
}

DemoBackend::~DemoBackend()
{
    if (m_simulator)
        QMetaObject::invokeMethod(
            m_simulator, [sim = m_simulator] { delete sim; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool DemoBackend::start(QString *error)
{
    SimulatorOptions options;
    options.speed = Speed;
    options.vendors = Simulator::knownVendors(); // the whole estate: every vendor this build simulates
    m_thread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        &m_anchor,
        [this, options, &port] {
            // Created on the simulator's thread so its server and timers belong there.
            m_simulator = new Simulator(options);
            port = m_simulator->listen(0);
            if (port != 0)
                m_configJson = QJsonDocument(m_simulator->sourcesConfig(DemoPollSeconds)).toJson();
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        *error = QObject::tr("the demo simulator could not listen on 127.0.0.1");
        return false;
    }
    return true;
}

} // namespace BackupDash
