#include "models/sqlitesupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <optional>

namespace BackupDash {

namespace {

QString failed(const QSqlQuery &query, const QString &what)
{
    return QCoreApplication::translate("BackupDash::SqliteSupport", "cannot prepare %1: %2")
        .arg(what, query.lastError().text());
}

std::optional<int> userVersion(QSqlQuery &query)
{
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

} // namespace

JournalDone migrateSqliteSchema(QSqlDatabase &db, const QList<QStringList> &steps, const QString &what)
{
    const int latest = int(steps.size());
    QSqlQuery query(db);
    // IMMEDIATE: two instances opening a new file at once must not both create it.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return JournalDone::fail(failed(query, what));
    const auto rollback = [&](QString why) {
        query.exec(QStringLiteral("ROLLBACK"));
        return JournalDone::fail(std::move(why));
    };
    const std::optional<int> version = userVersion(query);
    if (!version)
        return rollback(failed(query, what));
    if (*version > latest) {
        return rollback(QCoreApplication::translate("BackupDash::SqliteSupport",
                                                    "%1 was written by a newer BackupDash (schema %2; this version "
                                                    "knows schema %3 at most)")
                            .arg(what)
                            .arg(*version)
                            .arg(latest));
    }
    for (int step = *version; step < latest; ++step) {
        for (const QString &statement : steps[step]) {
            if (!query.exec(statement))
                return rollback(failed(query, what));
        }
    }
    if (*version != latest && !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest)))
        return rollback(failed(query, what));
    if (!query.exec(QStringLiteral("COMMIT")))
        return rollback(failed(query, what));
    return JournalDone::ok({});
}

SqlWriteTransaction::SqlWriteTransaction(const QSqlDatabase &db)
    : m_query(db)
{
    m_open = m_query.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

SqlWriteTransaction::~SqlWriteTransaction()
{
    if (m_open)
        m_query.exec(QStringLiteral("ROLLBACK"));
}

QString SqlWriteTransaction::error() const
{
    return m_query.lastError().text();
}

bool SqlWriteTransaction::commit()
{
    m_open = !m_query.exec(QStringLiteral("COMMIT"));
    return !m_open;
}

} // namespace BackupDash
