#include "views/tablesetup.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

namespace BackupDash {

namespace {
constexpr int IconSide = 16;
}

void configureDataTable(QTableView &view)
{
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.setEditTriggers(QAbstractItemView::NoEditTriggers);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.setTextElideMode(Qt::ElideRight);
    view.setIconSize(QSize(IconSide, IconSide));
    view.setTabKeyNavigation(false); // Tab leaves the table instead of walking every cell
    view.setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(std::max(view.fontMetrics().height(), IconSide) + 8);
    QHeaderView *header = view.horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionsMovable(true);
}

void fitColumnWidth(QTableView &view, int column, const QStringList &samples, int extra)
{
    QHeaderView *header = view.horizontalHeader();
    const QStyle *style = header->style();
    const int headerMargin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int arrow = style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const QString title = view.model()->headerData(column, Qt::Horizontal).toString();
    int width = header->fontMetrics().horizontalAdvance(title) + 4 * headerMargin + arrow;
    const int cellMargin = 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1) + 8;
    for (const QString &sample : samples)
        width = std::max(width, view.fontMetrics().horizontalAdvance(sample) + cellMargin + extra);
    header->resizeSection(column, width);
}

} // namespace BackupDash
