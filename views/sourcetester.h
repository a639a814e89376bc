#pragma once

#include "models/sourcesdocument.h"

#include <QObject>

namespace BackupDash {

// "Test connection" for the Sources dialog: one poll of an edited, unsaved source through the
// real connector. The app implements it (views know no connector); the dialog only starts,
// cancels and shows the words.
class SourceTester : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceTester)

public:
    using QObject::QObject;
    ~SourceTester() override = default;

    // Polls `entry` once; keychain fields with a typed value use it, the others what the
    // keychain holds. Ends in exactly one finished() unless cancelled. Ignored while one runs.
    virtual void start(const SourceEntry &entry) = 0;
    virtual void cancel() = 0; // no finished() follows
    virtual bool isRunning() const = 0;

Q_SIGNALS:
    // `text`: "Connected: 12 tasks, 1 restore", or the problem exactly as the Sources tab says it.
    void finished(bool ok, const QString &text);
};

} // namespace BackupDash
