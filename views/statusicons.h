#pragma once

#include "models/status.h"

#include <QIcon>

namespace BackupDash::StatusIcons {

// Icons painted in code (no image files) at whatever size and device pixel ratio they are
// drawn at; the pixmaps are kept in QPixmapCache. Every status has its own shape, so the
// icon never says something by colour alone. The fills are mid-tones that read on light and
// dark palettes alike.
QIcon statusIcon(Status status);
QIcon healthIcon(SourceHealth health);
// The mark beside a task whose data is not current (the source's last poll failed).
QIcon staleIcon();
// The fill colour of a status's icon, for charts that draw the same statuses.
QColor statusFill(Status status);

// The whole estate at a glance (the tray icon, 16–24 px), with a corner badge for sources in
// trouble. A failure is a red octagon there, a stop sign told apart from warning's triangle at
// any size, and an unknown state is grey, not an alarming colour; other statuses draw as
// statusIcon() does. The outdated icon (a grey clock square) replaces a calm picture whose data
// is not current: data that is not current never looks green.
enum class EstateBadge { None, StaleSource, UnreachableSource };
QIcon estateIcon(Status worst, EstateBadge badge);
QIcon outdatedEstateIcon(EstateBadge badge);

} // namespace BackupDash::StatusIcons
