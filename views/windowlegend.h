#pragma once

#include <QStringList>
#include <QWidget>

namespace BackupDash {

// What the heatmap's fills, patterns and glyphs mean, drawn by the same painter as the grid.
class WindowLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowLegend)

public:
    explicit WindowLegend(QWidget *parent = nullptr);

    QStringList entries() const { return m_entries; }

private:
    QStringList m_entries;
};

} // namespace BackupDash
