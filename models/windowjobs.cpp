#include "models/windowjobs.h"

#include <QHash>

namespace BackupDash {

bool vendorHasWindows(const QString &vendor)
{
    return vendor == QLatin1String("veeam-vb365");
}

void appendWindowJobs(const SourceSnapshot &snapshot, std::vector<WindowJob> &out)
{
    QHash<QString, const BackupWindow *> windows;
    for (const BackupWindow &w : snapshot.windows)
        windows.insert(w.taskId, &w);
    QHash<QString, std::vector<TaskRun>> runs;
    for (const TaskRun &r : snapshot.runs)
        runs[r.taskId].push_back(r);

    out.reserve(out.size() + snapshot.tasks.size());
    for (const Task &task : snapshot.tasks) {
        WindowJob job;
        job.sourceId = snapshot.sourceId;
        job.taskId = task.id;
        job.name = task.name.isEmpty() ? task.id : task.name;
        job.vendor = task.vendor;
        if (const BackupWindow *w = windows.value(task.id)) {
            job.kind = WindowJob::Kind::Window;
            job.window = *w;
        } else {
            job.kind = vendorHasWindows(task.vendor) ? WindowJob::Kind::AnyTime : WindowJob::Kind::NoGrid;
        }
        job.runs = runs.take(task.id);
        out.push_back(std::move(job));
    }
}

} // namespace BackupDash
