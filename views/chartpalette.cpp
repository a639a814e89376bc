#include "views/chartpalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>
#include <QPen>

namespace BackupDash {

void followPalette(QChart &chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor line = palette.color(QPalette::Mid);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlphaF(0.45); // the grid sits behind the data, well under the axis line
    chart.setTitleBrush(text);
    chart.legend()->setLabelColor(text);
    const QList<QAbstractAxis *> axes = chart.axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        QPen axisPen = axis->linePen();
        axisPen.setColor(line);
        axis->setLinePen(axisPen);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

} // namespace BackupDash
