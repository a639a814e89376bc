#include "simulator/simtime.h"

#include "simulator/simunits.h"

#include <QLocale>

namespace BackupDash::SimTime {

qint64 ticks(const QDateTime &time)
{
    return time.toMSecsSinceEpoch() * TicksPerMs;
}

qint64 secs(const QDateTime &time)
{
    return floorDiv(time.toMSecsSinceEpoch(), 1000);
}

QDateTime fromTicks(qint64 ticks)
{
    return QDateTime::fromMSecsSinceEpoch(floorDiv(ticks, TicksPerMs), Qt::UTC);
}

QString iso7(qint64 ticks)
{
    const qint64 wholeSeconds = floorDiv(ticks, TicksPerSecond);
    const qint64 fraction = ticks - wholeSeconds * TicksPerSecond;
    const QDateTime time = QDateTime::fromSecsSinceEpoch(wholeSeconds, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss."))
        + QStringLiteral("%1Z").arg(fraction, 7, 10, QLatin1Char('0'));
}

QString isoSeconds(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString rfc1123(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
}

} // namespace BackupDash::SimTime
