#include "views/tasksummarylabel.h"

#include "models/tasktablemodel.h"

#include <QTimer>
#include <functional>

namespace BackupDash {

namespace {

void watch(QAbstractItemModel &model, QObject *receiver, const std::function<void()> &schedule)
{
    QObject::connect(&model, &QAbstractItemModel::dataChanged, receiver, schedule);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, receiver, schedule);
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, receiver, schedule);
    QObject::connect(&model, &QAbstractItemModel::modelReset, receiver, schedule);
    QObject::connect(&model, &QAbstractItemModel::layoutChanged, receiver, schedule);
}

} // namespace

TaskSummaryLabel::TaskSummaryLabel(TaskTableModel &tasks, QAbstractItemModel &shown, QWidget *parent)
    : QLabel(parent)
    , m_tasks(tasks)
    , m_shown(shown)
    , m_recount(new QTimer(this))
{
    m_recount->setSingleShot(true);
    m_recount->setInterval(0);
    connect(m_recount, &QTimer::timeout, this, &TaskSummaryLabel::recount);
    watch(m_tasks, this, [this] { scheduleRecount(); });
    watch(m_shown, this, [this] { scheduleRecount(); });
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    recount();
}

TaskSummaryLabel::Counts TaskSummaryLabel::count(const TaskTableModel &tasks)
{
    Counts counts;
    counts.total = tasks.rowCount();
    for (int row = 0; row < counts.total; ++row) {
        const Task &task = tasks.taskAt(row);
        switch (task.status) {
        case Status::Failed:
            ++counts.failed;
            break;
        case Status::Warning:
            ++counts.warning;
            break;
        case Status::Unknown:
            ++counts.unknown;
            break;
        case Status::Running:
            ++counts.running;
            break;
        default:
            break;
        }
    }
    counts.staleSources = tasks.staleSourceCount();
    counts.shown = counts.total;
    return counts;
}

QString TaskSummaryLabel::summaryText(const Counts &c)
{
    // Explicit singular/plural: no English translation catalogue is loaded for %n forms.
    QStringList parts;
    const QString total = c.total == 1 ? tr("1 task") : tr("%n tasks", nullptr, c.total);
    parts << (c.shown == c.total ? total : tr("%1 (%2 shown)").arg(total).arg(c.shown));
    if (c.failed > 0)
        parts << tr("%1 failed").arg(c.failed);
    if (c.warning > 0)
        parts << (c.warning == 1 ? tr("1 warning") : tr("%n warnings", nullptr, c.warning));
    if (c.unknown > 0)
        parts << tr("%1 unknown").arg(c.unknown);
    if (c.running > 0)
        parts << tr("%1 running").arg(c.running);
    if (c.staleSources > 0)
        parts << (c.staleSources == 1 ? tr("1 source stale") : tr("%n sources stale", nullptr, c.staleSources));
    return parts.join(QStringLiteral(" · "));
}

void TaskSummaryLabel::scheduleRecount()
{
    if (!m_recount->isActive())
        m_recount->start();
}

void TaskSummaryLabel::recount()
{
    Counts counts = count(m_tasks);
    counts.shown = m_shown.rowCount();
    setText(summaryText(counts));
}

} // namespace BackupDash
