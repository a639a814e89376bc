#include "views/auditlogdialog.h"

#include "models/formatting.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace BackupDash {

AuditLogDialog::AuditLogDialog(const QList<AuditRecord> &records, Exporter exportTo, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(records.size()), 8, this))
    , m_export(std::move(exportTo))
{
    setWindowTitle(tr("Restore audit log"));
    resize(1100, 520);
    m_table->setHorizontalHeaderLabels({ tr("Time"), tr("User"), tr("Action"), tr("Source"), tr("Task"),
                                         tr("Destination"), tr("HTTP"), tr("Outcome") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Restore audit log"));
    for (int row = 0; row < records.size(); ++row) {
        const AuditRecord &r = records.at(row);
        const QStringList cells { formatPollTime(r.at),
                                  r.operatorName.isEmpty() ? r.osUser
                                                           : QStringLiteral("%1 (%2)").arg(r.operatorName, r.osUser),
                                  r.action,
                                  r.sourceId,
                                  r.taskId,
                                  r.destination,
                                  r.httpStatus ? QString::number(*r.httpStatus) : QStringLiteral("—"),
                                  r.outcome };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(tr("journal %1 · vendor job %2")
                                 .arg(r.journalId, r.vendorJobId.isEmpty() ? tr("none") : r.vendorJobId));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export JSON Lines…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the audit log"), QStringLiteral("backupdash-audit.jsonl"), tr("JSON Lines (*.jsonl)"));
        if (path.isEmpty())
            return;
        if (const QString problem = exportToFile(path); !problem.isEmpty())
            QMessageBox::warning(this, tr("Export the audit log"), problem);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

QString AuditLogDialog::exportToFile(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    if (const QString problem = m_export(file); !problem.isEmpty()) {
        file.cancelWriting();
        return problem;
    }
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace BackupDash
