#include "simulator/cloudally/simcloudallypagetoken.h"

#include "simulator/cloudally/simcloudallyscenario.h"
#include "simulator/simscenario.h"

#include <QByteArray>
#include <QStringList>

namespace BackupDash {

namespace {
constexpr auto Base64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString seal(const SimScenario &scenario, int page, int pageSize, qint64 asOfMs)
{
    SimRandom check = scenario.random(quint64(SimCloudAllySalt::PageToken), asOfMs, qint64(page) << 32 | pageSize);
    return QString::number(check.next(), 16);
}
} // namespace

QString SimCloudAllyPageToken::encode(const SimScenario &scenario) const
{
    const QString plain =
        QStringLiteral("%1.%2.%3.%4").arg(page).arg(pageSize).arg(asOfMs).arg(seal(scenario, page, pageSize, asOfMs));
    return QString::fromLatin1(plain.toLatin1().toBase64(Base64));
}

std::optional<SimCloudAllyPageToken> SimCloudAllyPageToken::decode(const SimScenario &scenario, const QString &text)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), Base64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QStringList parts = QString::fromLatin1(*decoded).split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    bool pageOk = false, sizeOk = false, timeOk = false;
    SimCloudAllyPageToken token { parts[0].toInt(&pageOk), parts[1].toInt(&sizeOk), parts[2].toLongLong(&timeOk) };
    if (!pageOk || !sizeOk || !timeOk || parts[3] != seal(scenario, token.page, token.pageSize, token.asOfMs))
        return std::nullopt;
    return token;
}

} // namespace BackupDash
