#include "simulator/clumio/simclumiofilter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace BackupDash {

namespace {

const QStringList InFields { QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("category"),
                             QStringLiteral("type"), QStringLiteral("genre") };
const QStringList EntityFields { QStringLiteral("primary_entity.value"), QStringLiteral("primary_entity.id") };
const QString CreatedField = QStringLiteral("created_timestamp");

QString fieldOf(const SimClumioTask &task, const QString &field)
{
    if (field == QLatin1String("id"))
        return task.id;
    if (field == QLatin1String("status"))
        return task.status;
    if (field == QLatin1String("category"))
        return task.category;
    if (field == QLatin1String("type"))
        return task.type;
    if (field == QLatin1String("genre"))
        return task.genre;
    if (field == QLatin1String("primary_entity.value"))
        return task.primary.value;
    if (field == QLatin1String("primary_entity.id"))
        return task.primary.id;
    return {};
}

// "$in" as documented; the documentation's own example also writes "in", so accept both.
bool isOperator(const QString &given, const char *name)
{
    return given == QLatin1String(name) || QLatin1Char('$') + given == QLatin1String(name);
}

} // namespace

std::optional<SimClumioFilter> SimClumioFilter::parse(const QString &text, QString *error)
{
    SimClumioFilter filter;
    if (text.trimmed().isEmpty())
        return filter;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("The filter is not valid JSON: %1 at offset %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("The filter must be a JSON object of fields.");
        return std::nullopt;
    }
    const QJsonObject fields = doc.object();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString field = it.key();
        if (!it.value().isObject()) {
            *error =
                QStringLiteral("The filter on '%1' must be an object of operators, e.g. {\"$in\": [...]}.").arg(field);
            return std::nullopt;
        }
        const QJsonObject ops = it.value().toObject();
        for (auto op = ops.begin(); op != ops.end(); ++op) {
            const QString name = op.key();
            if (field == CreatedField) {
                if (name != QLatin1String("$gte") && name != QLatin1String("$lte")) {
                    *error = QStringLiteral("The operator '%1' is not supported for '%2' (use $gte or $lte).")
                                 .arg(name, field);
                    return std::nullopt;
                }
                const QDateTime when = QDateTime::fromString(op.value().toString(), Qt::ISODateWithMs);
                if (!op.value().isString() || !when.isValid()) {
                    *error =
                        QStringLiteral("The value of '%1' for '%2' must be an RFC 3339 timestamp.").arg(name, field);
                    return std::nullopt;
                }
                (name == QLatin1String("$gte") ? filter.m_createdFrom : filter.m_createdTo) =
                    when.toUTC().toSecsSinceEpoch();
            } else if (InFields.contains(field)) {
                if (!isOperator(name, "$in")) {
                    *error = QStringLiteral("The operator '%1' is not supported for '%2' (use $in).").arg(name, field);
                    return std::nullopt;
                }
                if (!op.value().isArray()) {
                    *error = QStringLiteral("The value of '$in' for '%1' must be an array of strings.").arg(field);
                    return std::nullopt;
                }
                QSet<QString> &values = filter.m_in[field];
                for (const QJsonValue &v : op.value().toArray()) {
                    if (!v.isString()) {
                        *error = QStringLiteral("The value of '$in' for '%1' must be an array of strings.").arg(field);
                        return std::nullopt;
                    }
                    values.insert(v.toString());
                }
            } else if (EntityFields.contains(field)) {
                if (!op.value().isString() || (!isOperator(name, "$contains") && !isOperator(name, "$eq"))) {
                    *error = QStringLiteral("The filter on '%1' takes $contains or $eq with a string.").arg(field);
                    return std::nullopt;
                }
                (isOperator(name, "$eq") ? filter.m_equals : filter.m_contains).insert(field, op.value().toString());
            } else {
                *error = QStringLiteral("The filter field '%1' is not supported. Supported fields: %2, %3, %4.")
                             .arg(field, CreatedField, InFields.join(QLatin1String(", ")),
                                  EntityFields.join(QLatin1String(", ")));
                return std::nullopt;
            }
        }
    }
    filter.m_applied = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    return filter;
}

bool SimClumioFilter::matches(const SimClumioTask &task) const
{
    if (m_createdFrom && task.createdSecs < *m_createdFrom)
        return false;
    if (m_createdTo && task.createdSecs > *m_createdTo)
        return false;
    for (auto it = m_in.cbegin(); it != m_in.cend(); ++it) {
        if (!it.value().contains(fieldOf(task, it.key())))
            return false;
    }
    for (auto it = m_contains.cbegin(); it != m_contains.cend(); ++it) {
        if (!fieldOf(task, it.key()).contains(it.value(), Qt::CaseInsensitive))
            return false;
    }
    for (auto it = m_equals.cbegin(); it != m_equals.cend(); ++it) {
        if (fieldOf(task, it.key()) != it.value())
            return false;
    }
    return true;
}

} // namespace BackupDash
