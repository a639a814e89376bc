#pragma once

#include "simulator/acronis/simacronismodel.h"

#include <QList>
#include <QStringList>
#include <QUrlQuery>
#include <optional>
#include <vector>

namespace BackupDash {

// GET /api/task_manager/v2/tasks parameters: limit, lod, filters (state, type, resultCode,
// resourceId, updatedAt/startedAt/completedAt/enqueuedAt=gt|ge|lt|le(time)), order, and the
// opaque `after` cursor, which carries the first page's filters, its position and the time the
// listing is answered as of, so that later pages take nothing else.
struct SimAcronisQuery
{
    static constexpr int DefaultLimit = 100;
    static constexpr int MaxLimit = 1'000;

    struct TimeBound
    {
        QString field; // updatedAt, startedAt, completedAt, enqueuedAt
        QString op; // gt, ge, lt, le
        qint64 ns = 0;
    };

    int limit = DefaultLimit;
    QString lod = QStringLiteral("short");
    QList<TimeBound> times;
    QStringList states;
    QStringList types;
    QStringList resultCodes;
    QStringList resourceIds;
    QString orderField = QStringLiteral("updatedAt");
    bool ascending = true;
    qint64 offset = 0; // where this page starts
    std::optional<qint64> listingNs; // from the cursor; absent on a first page (answer as of now)
    QString filters; // the first page's filters, encoded

    // Fails with the problem in words (the 400 message).
    static std::optional<SimAcronisQuery> fromQuery(const QUrlQuery &query, QString *error);

    bool matches(const SimAcronisTask &task, const QString &resourceId) const;
    void sort(std::vector<SimAcronisTask> &tasks) const;
    QString cursor(qint64 nextOffset, qint64 listingNs) const;
};

} // namespace BackupDash
