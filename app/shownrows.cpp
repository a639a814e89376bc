#include "app/shownrows.h"

#include "app/snapshotexport.h"
#include "models/restoretablemodel.h"
#include "models/tasktablemodel.h"

#include <QAbstractProxyModel>
#include <QJsonDocument>
#include <QJsonObject>

namespace BackupDash {

namespace {

// Rows of `proxy` mapped to the rows of the model under it; a row that does not map (a proxy
// between updates) is left out rather than guessed.
std::vector<int> sourceRows(const QAbstractProxyModel &proxy)
{
    std::vector<int> rows;
    const int count = proxy.rowCount();
    rows.reserve(size_t(count));
    for (int row = 0; row < count; ++row) {
        const QModelIndex source = proxy.mapToSource(proxy.index(row, 0));
        if (source.isValid())
            rows.push_back(source.row());
    }
    return rows;
}

} // namespace

ShownRows shownRows(const QAbstractProxyModel &taskProxy, const TaskTableModel &tasks,
                    const QAbstractProxyModel &restoreProxy, const RestoreTableModel &restores)
{
    ShownRows shown;
    const std::vector<int> taskRows = sourceRows(taskProxy);
    shown.tasks.reserve(taskRows.size());
    for (int row : taskRows)
        shown.tasks.push_back(tasks.taskAt(row));
    const std::vector<int> restoreRows = sourceRows(restoreProxy);
    shown.restores.reserve(restoreRows.size());
    for (int row : restoreRows)
        shown.restores.push_back(restores.restoreAt(row));
    return shown;
}

QByteArray exportBytes(ExportKind kind, const ShownRows &rows, const QDateTime &generatedAt)
{
    switch (kind) {
    case ExportKind::TasksCsv:
        return tasksCsv(rows.tasks);
    case ExportKind::RestoresCsv:
        return restoresCsv(rows.restores);
    case ExportKind::Json:
        break;
    }
    const QDateTime utc = generatedAt.toUTC();
    const QJsonObject document {
        { QStringLiteral("generatedAt"), utc.toString(utc.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs) },
        { QStringLiteral("tasks"), tasksJson(rows.tasks) },
        { QStringLiteral("restores"), restoresJson(rows.restores) },
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

} // namespace BackupDash
