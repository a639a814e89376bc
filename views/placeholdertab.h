#pragma once

#include <QWidget>

namespace BackupDash {

// A tab whose content comes in a later version: a calm, centred title and a plain account
// of what it will hold, so that it reads as planned rather than broken.
class PlaceholderTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderTab)

public:
    PlaceholderTab(const QString &title, const QString &explanation, QWidget *parent = nullptr);
};

} // namespace BackupDash
