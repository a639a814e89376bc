#pragma once

#include <QByteArray>
#include <QIODevice>

namespace BackupDash {

// A request body Qt can read once and never rewind. Qt 6.4 silently re-sends a buffered POST
// when the server closes the connection without answering; with this body (and
// DoNotBufferUploadDataAttribute) it cannot, and reports ContentReSendError instead, so a
// restore request reaches the vendor at most once per decision.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; } // the whole point: no second reading
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace BackupDash
