#pragma once

#include "models/auditrecord.h"

#include <QDialog>
#include <QList>
#include <functional>

class QIODevice;
class QTableWidget;

namespace BackupDash {

// The restore audit log: every operator action and state change, oldest first, and an export
// to JSON Lines. Read-only: the log is append-only.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    // `exportTo` writes the whole log to a device and says why not when it cannot.
    using Exporter = std::function<QString(QIODevice &)>;
    AuditLogDialog(const QList<AuditRecord> &records, Exporter exportTo, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Writes the export to `path`; empty on success, else the reason in words.
    QString exportToFile(const QString &path) const;

private:
    QTableWidget *m_table;
    Exporter m_export;
};

} // namespace BackupDash
