#pragma once

class QChart;
class QPalette;

namespace BackupDash {

// Qt Charts draw their texts, axes and grid in the light theme's fixed colours whatever the
// desktop's palette, so on a dark palette the titles and labels all but vanish. This gives
// them the palette's text and line colours; call it after the axes exist and on every
// QEvent::PaletteChange.
void followPalette(QChart &chart, const QPalette &palette);

} // namespace BackupDash
