#pragma once

#include <QStringList>

class QTableView;

namespace BackupDash {

// The house settings for a read-only data table: whole-row selection, no row numbers, fixed
// row heights from the font, interactive column widths (never ResizeToContents: it measures
// rows on every change and costs the most on big tables), last column stretching.
void configureDataTable(QTableView &view);

// Sets the column wide enough for its header (with the sort arrow) and the widest of the
// sample texts, plus `extra` pixels for icons painted beside the text. Done once, by font.
void fitColumnWidth(QTableView &view, int column, const QStringList &samples, int extra = 0);

} // namespace BackupDash
