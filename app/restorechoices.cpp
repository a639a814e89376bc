#include "app/restorechoices.h"

#include "connectors/apiclient.h"
#include "connectors/restorecalls.h"

namespace BackupDash::RestoreChoices {

namespace {

// The answer's body through `parse`, or the failure in the vendor's words.
template<typename T>
void ask(ApiClient &client, const ApiRequest &request, Parsed<T> (*parse)(const QByteArray &),
         std::function<void(const Parsed<T> &)> done)
{
    client.send(request, [parse, done = std::move(done)](const ApiResult &result) {
        done(result.ok() ? parse(result.response.body) : Parsed<T>::fail(result.error.message));
    });
}

} // namespace

void fetchEbsBackups(ApiClient &client, const QString &volumeId,
                     std::function<void(const Parsed<QList<RestorePoint>> &)> done)
{
    ask(client, Clumio::ebsBackupsRequest(volumeId), &Clumio::parseEbsBackups, std::move(done));
}

void fetchMailboxes(ApiClient &client, const QString &apiVersion, const QString &organizationId,
                    std::function<void(const Parsed<QList<Mailbox>> &)> done)
{
    ask(client, Vb365::organizationMailboxesRequest(apiVersion, organizationId), &Vb365::parseMailboxes,
        std::move(done));
}

} // namespace BackupDash::RestoreChoices
