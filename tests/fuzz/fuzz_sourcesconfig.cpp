// The sources configuration file: the operator's own bytes, read before anything else runs.
// Environment lookups answer for two names only, so ${VAR} references resolve both ways.
#include "app/sourcesconfig.h"
#include "tests/fuzz/fuzzinput.h"

using namespace BackupDash;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const EnvironmentLookup environment = [](const QString &name) {
        if (name == QLatin1String("VB365_PASSWORD") || name == QLatin1String("FUZZ"))
            return QStringLiteral("s3cret");
        return QString();
    };
    (void)parseSourcesConfig(Fuzz::bytes(data, size), environment);
    return 0;
}
