#pragma once

#include "simulator/clumio/simclumiomodel.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <optional>

namespace BackupDash {

// The `filter` query parameter of GET /tasks: URL-decoded JSON such as
// {"created_timestamp":{"$gte":"2026-11-15T00:00:00Z"},"status":{"$in":["queued"]}}.
// Fields: created_timestamp ($gte, $lte), id, status, category, type, genre ($in), and
// primary_entity.value / primary_entity.id ($contains, $eq).
class SimClumioFilter
{
public:
    // Empty text: no filter. Anything malformed fails with the problem in Clumio's words.
    static std::optional<SimClumioFilter> parse(const QString &text, QString *error);

    bool matches(const SimClumioTask &task) const;
    QString applied() const { return m_applied; } // compact JSON, empty without a filter

private:
    std::optional<qint64> m_createdFrom; // UTC seconds, inclusive
    std::optional<qint64> m_createdTo;
    QHash<QString, QSet<QString>> m_in; // field → accepted values
    QHash<QString, QString> m_contains; // primary_entity.* → text
    QHash<QString, QString> m_equals;
    QString m_applied;
};

} // namespace BackupDash
