#include "models/windowgridmodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace BackupDash {

namespace {

// The messages' translation context: lupdate reads WindowGridModelMsg::tr(), a wrapper would hide them.
struct WindowGridModelMsg
{
    Q_DECLARE_TR_FUNCTIONS(WindowGridModel)
};

QString namesText(const QStringList &names)
{
    constexpr qsizetype Shown = 5;
    if (names.size() <= Shown)
        return names.join(QLatin1String(", "));
    return WindowGridModelMsg::tr("%1 and %n more", nullptr, int(names.size() - Shown))
        .arg(names.first(Shown).join(QLatin1String(", ")));
}

} // namespace

WindowGridModel::WindowGridModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_firstDay(WeekGrid::weekStart(QDate::currentDate(), QLocale().firstDayOfWeek()))
    , m_zone(QTimeZone::systemTimeZone())
    , m_cells(WeekGrid::Cells)
{
    recompute();
}

int WindowGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : WeekGrid::Days;
}

int WindowGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : WeekGrid::HoursPerDay;
}

void WindowGridModel::setWeek(QDate firstDay, const QTimeZone &zone)
{
    m_firstDay = firstDay;
    m_zone = zone;
    recompute();
    Q_EMIT headerDataChanged(Qt::Vertical, 0, WeekGrid::Days - 1);
    Q_EMIT dataChanged(index(0, 0), index(WeekGrid::Days - 1, WeekGrid::HoursPerDay - 1));
}

void WindowGridModel::setJobs(std::vector<WindowJob> jobs, const QDateTime &now)
{
    m_jobs = std::move(jobs);
    m_now = now;
    recompute();
    Q_EMIT dataChanged(index(0, 0), index(WeekGrid::Days - 1, WeekGrid::HoursPerDay - 1));
}

void WindowGridModel::recompute()
{
    const WeekGrid::Week week = WeekGrid::cellsOfWeek(m_firstDay, m_zone);
    std::vector<CellInfo> cells(WeekGrid::Cells);
    std::vector<double> fractionSum(WeekGrid::Cells, 0.0);
    for (int i = 0; i < WeekGrid::Cells; ++i)
        cells[size_t(i)].span = week[size_t(i)];
    QDateTime weekFrom;
    QDateTime weekTo;
    for (const WeekGrid::Cell &c : week) {
        if (!c.exists())
            continue;
        if (!weekFrom.isValid() || c.from < weekFrom)
            weekFrom = c.from;
        if (!weekTo.isValid() || c.to > weekTo)
            weekTo = c.to;
    }

    std::vector<JobOverruns> overruns;
    for (const WindowJob &job : m_jobs) {
        const bool judged = job.kind == WindowJob::Kind::AnyTime || job.hasReadableWindow();
        if (judged) {
            for (CellInfo &cell : cells) {
                if (!cell.span.exists())
                    continue;
                const qint64 length = cell.span.from.secsTo(cell.span.to);
                const qint64 allowed = job.kind == WindowJob::Kind::AnyTime
                    ? length
                    : WeekGrid::allowedSeconds(job.window, cell.span.from, cell.span.to);
                ++cell.windowJobs;
                if (allowed > 0) {
                    ++cell.allowedJobs;
                    cell.allowed << job.name;
                    if (allowed < length)
                        ++cell.partialJobs;
                }
                fractionSum[size_t(&cell - cells.data())] += double(allowed) / double(length);
            }
        }

        // Runs: which cells each touched, and whether it ran outside the window there.
        std::vector<char> ran(WeekGrid::Cells, 0);
        std::vector<char> overran(WeekGrid::Cells, 0);
        JobOverruns tally { job.key(), job.name, 0, 0 };
        for (const TaskRun &run : job.runs) {
            if (!run.started.isValid())
                continue;
            QDateTime end = run.ended.isValid() ? run.ended : m_now;
            if (!end.isValid() || end <= run.started)
                end = run.started.addSecs(1); // a run that just began still marks its hour
            if (!weekFrom.isValid() || end <= weekFrom || run.started >= weekTo)
                continue;
            ++tally.runs;
            if (job.hasReadableWindow() && WeekGrid::outsideSeconds(job.window, run.started, end) > 0)
                ++tally.overrunRuns;
            for (int i = 0; i < WeekGrid::Cells; ++i) {
                const WeekGrid::Cell &span = cells[size_t(i)].span;
                if (!span.exists() || end <= span.from || run.started >= span.to)
                    continue;
                ran[size_t(i)] = 1;
                if (job.hasReadableWindow()
                    && WeekGrid::outsideSeconds(job.window, std::max(run.started, span.from), std::min(end, span.to))
                        > 0)
                    overran[size_t(i)] = 1;
            }
        }
        for (int i = 0; i < WeekGrid::Cells; ++i) {
            if (ran[size_t(i)])
                cells[size_t(i)].running << job.name;
            if (overran[size_t(i)])
                cells[size_t(i)].overrunning << job.name;
        }
        if (job.kind != WindowJob::Kind::NoGrid) // activity-only jobs have no window to overrun
            overruns.push_back(std::move(tally));
    }
    for (int i = 0; i < WeekGrid::Cells; ++i) {
        CellInfo &cell = cells[size_t(i)];
        cell.allowedFraction = cell.windowJobs > 0 ? fractionSum[size_t(i)] / cell.windowJobs : 0.0;
    }
    std::stable_sort(overruns.begin(), overruns.end(),
                     [](const JobOverruns &a, const JobOverruns &b) { return a.overrunRuns > b.overrunRuns; });
    m_cells = std::move(cells);
    m_overruns = std::move(overruns);
}

int WindowGridModel::maxRunning() const
{
    int most = 0;
    for (const CellInfo &c : m_cells)
        most = std::max(most, int(c.running.size()));
    return most;
}

QString WindowGridModel::cellText(const CellInfo &cell, int day, int hour) const
{
    const QLocale locale;
    const QDate date = m_firstDay.addDays(day);
    QStringList lines;
    if (!cell.span.exists()) {
        lines << WindowGridModelMsg::tr("%1, %2:00 does not exist in %3: the clocks went forward")
                     .arg(locale.toString(date, QStringLiteral("dddd d MMM")))
                     .arg(hour, 2, 10, QLatin1Char('0'))
                     .arg(QString::fromUtf8(m_zone.id()));
        return lines.join(QLatin1Char('\n'));
    }
    const QDateTime localTo = cell.span.to.toTimeZone(m_zone);
    lines << WindowGridModelMsg::tr("%1, %2–%3 (%4)")
                 .arg(locale.toString(date, QStringLiteral("dddd d MMM")))
                 .arg(QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')))
                 .arg(localTo.toString(QStringLiteral("HH:mm")))
                 .arg(QString::fromUtf8(m_zone.id()));
    if (cell.span.from.secsTo(cell.span.to) > 3600)
        lines << WindowGridModelMsg::tr("The clocks went back: this hour happened twice (%n minutes).", nullptr,
                                        int(cell.span.from.secsTo(cell.span.to) / 60));
    if (cell.windowJobs > 0) {
        QString allowed =
            WindowGridModelMsg::tr("Jobs that may run: %1 of %2").arg(cell.allowedJobs).arg(cell.windowJobs);
        if (cell.partialJobs > 0)
            allowed +=
                QLatin1Char(' ') + WindowGridModelMsg::tr("(%n only part of the hour)", nullptr, cell.partialJobs);
        lines << allowed;
    }
    if (!cell.running.isEmpty())
        lines << WindowGridModelMsg::tr("Ran: %1").arg(namesText(cell.running));
    if (!cell.overrunning.isEmpty())
        lines << WindowGridModelMsg::tr("Overran the window: %1").arg(namesText(cell.overrunning));
    return lines.join(QLatin1Char('\n'));
}

QVariant WindowGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CellInfo &c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (!c.span.exists())
            return QString();
        // Counts when several jobs are judged; one job's cell is drawn by pattern alone.
        return c.windowJobs > 1 ? QString::number(c.allowedJobs) : QString();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return cellText(c, index.row(), index.column());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case ExistsRole:
        return c.span.exists();
    case AllowedFractionRole:
        return c.allowedFraction;
    case AllowedCountRole:
        return c.allowedJobs;
    case PartialCountRole:
        return c.partialJobs;
    case WindowJobCountRole:
        return c.windowJobs;
    case RunningCountRole:
        return int(c.running.size());
    case OverrunCountRole:
        return int(c.overrunning.size());
    case CellFromRole:
        return c.span.from;
    case CellToRole:
        return c.span.to;
    default:
        return {};
    }
}

QVariant WindowGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= WeekGrid::HoursPerDay)
            return {};
        return QStringLiteral("%1").arg(section, 2, 10, QLatin1Char('0'));
    }
    if (section < 0 || section >= WeekGrid::Days)
        return {};
    const QDate date = m_firstDay.addDays(section);
    return QLocale().toString(
        date, role == Qt::AccessibleTextRole ? QStringLiteral("dddd d MMMM") : QStringLiteral("ddd d MMM"));
}

} // namespace BackupDash
