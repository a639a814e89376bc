#pragma once

#include <QMetaType>
#include <QString>

namespace BackupDash {

// One mailbox of a VB365 organization, as the operator picks it for a single-mailbox restore.
struct Mailbox
{
    QString id; // the vendor's id, exact
    QString name;
    QString email;

    bool operator==(const Mailbox &) const = default;
};

} // namespace BackupDash

Q_DECLARE_METATYPE(BackupDash::Mailbox)
