#include "views/windowlegend.h"

#include "views/windowcellpainter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace BackupDash {

namespace {

QPixmap swatch(const WindowCellLook &look, const QPalette &palette, int side, qreal dpr)
{
    QPixmap pixmap(QSize(side * 3 / 2, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(palette.color(QPalette::Base));
    QPainter painter(&pixmap);
    paintWindowCell(painter, QRect(0, 0, side * 3 / 2, side), look, palette);
    return pixmap;
}

} // namespace

WindowLegend::WindowLegend(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const int side = fontMetrics().height() + 6;
    const qreal dpr = devicePixelRatioF();

    WindowCellLook allowed;
    allowed.judged = allowed.single = true;
    allowed.allowedShare = 1;
    WindowCellLook partial = allowed;
    partial.allowedShare = 0.5;
    WindowCellLook closed = allowed;
    closed.allowedShare = 0;
    WindowCellLook ran = allowed;
    ran.running = 1;
    WindowCellLook overran = closed;
    overran.running = 1;
    overran.overrun = 1;
    WindowCellLook busy;
    busy.activityShare = 0.7;
    busy.running = 3;
    busy.text = QStringLiteral("3");
    WindowCellLook skipped;
    skipped.exists = false;

    const std::pair<WindowCellLook, QString> items[] = {
        { allowed, tr("may run") },
        { partial, tr("part of the hour") },
        { closed, tr("closed") },
        { ran, tr("● ran") },
        { overran, tr("! ran outside its window") },
        { busy, tr("runs (vendors without windows)") },
        { skipped, tr("hour skipped by a clock change") },
    };
    for (const auto &[look, text] : items) {
        auto *icon = new QLabel(this);
        icon->setPixmap(swatch(look, palette(), side, dpr));
        icon->setAccessibleName(text);
        auto *label = new QLabel(text, this);
        label->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(icon);
        layout->addWidget(label);
        layout->addSpacing(side / 2);
        m_entries << text;
    }
    layout->addStretch(1);
    setAccessibleName(tr("Heatmap legend"));
    setAccessibleDescription(m_entries.join(QStringLiteral(", ")));
}

} // namespace BackupDash
