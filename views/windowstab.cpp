#include "views/windowstab.h"

#include "models/formatting.h"
#include "models/windowgridmodel.h"
#include "views/windowcelldelegate.h"
#include "views/windowcellpainter.h"
#include "views/windowlegend.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace BackupDash {

namespace {

enum Mode { AllJobs, Activity, OneJob };
enum JobListColumn { JobColumn, SourceColumn, WindowColumn, RunsColumn, OverrunsColumn };
constexpr int KeyRole = Qt::UserRole + 1;
constexpr int SortRole = Qt::UserRole + 2;

// Sorts the numeric columns by number, the text ones by text.
class JobItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, SortRole);
        if (mine.isValid())
            return mine.toInt() < other.data(column, SortRole).toInt();
        return QString::localeAwareCompare(text(column), other.text(column)) < 0;
    }
};

QString windowWords(const WindowJob &job)
{
    switch (job.kind) {
    case WindowJob::Kind::AnyTime:
        return QCoreApplication::translate("WindowsTab", "any time (window disabled)");
    case WindowJob::Kind::NoGrid:
        return QCoreApplication::translate("WindowsTab", "no window (vendor)");
    case WindowJob::Kind::Window:
        break;
    }
    if (!job.window.isValid())
        return job.window.error;
    const int open = int(std::count(job.window.allowed.begin(), job.window.allowed.end(), true));
    QString text = QCoreApplication::translate("WindowsTab", "%1 of 168 hours").arg(open);
    if (job.window.minuteOffset != 0)
        text += QCoreApplication::translate("WindowsTab", ", offset %1 min").arg(job.window.minuteOffset);
    return text;
}

} // namespace

WindowsTab::WindowsTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new WindowGridModel(this))
    , m_delegate(new WindowCellDelegate(this))
    , m_mode(new QComboBox(this))
    , m_job(new QComboBox(this))
    , m_nameFilter(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_zone(new QComboBox(this))
    , m_weekLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_jobList(new QTreeWidget(this))
    , m_note(new QLabel(this))
{
    m_mode->addItem(tr("All jobs: how many may run"), AllJobs);
    m_mode->addItem(tr("All tasks: how many ran"), Activity);
    m_mode->addItem(tr("One job"), OneJob);
    m_mode->setAccessibleName(tr("What the heatmap shows"));
    m_job->setAccessibleName(tr("Job"));
    m_job->setMinimumContentsLength(28);
    m_job->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_nameFilter->setPlaceholderText(tr("Filter jobs by name…"));
    m_nameFilter->setClearButtonEnabled(true);
    m_nameFilter->setAccessibleName(tr("Filter jobs by name"));
    m_source->setAccessibleName(tr("Source"));
    m_source->addItem(tr("All sources"), QString());

    // The zone: the system's first, then UTC, then every zone this machine knows.
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->addItem(tr("System (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QByteArray());
    m_zone->addItem(QStringLiteral("UTC"), QByteArrayLiteral("UTC"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id != "UTC")
            m_zone->addItem(QString::fromUtf8(id), id);
    }

    auto *previous = new QPushButton(tr("◀ Previous week"), this);
    auto *thisWeek = new QPushButton(tr("This week"), this);
    auto *next = new QPushButton(tr("Next week ▶"), this);
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    previous->setToolTip(tr("Show the week before (Alt+Left)"));
    next->setToolTip(tr("Show the week after (Alt+Right)"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_mode);
    filters->addWidget(m_job);
    filters->addWidget(m_nameFilter, 1);
    filters->addWidget(new QLabel(tr("Source:"), this));
    filters->addWidget(m_source);
    auto *week = new QHBoxLayout;
    week->addWidget(previous);
    week->addWidget(thisWeek);
    week->addWidget(next);
    week->addWidget(m_weekLabel, 1);
    week->addWidget(new QLabel(tr("Time zone:"), this));
    week->addWidget(m_zone);

    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Backup windows heatmap: days by hours"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("000")) + 6);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->verticalHeader()->setMinimumSectionSize(fontMetrics().height() + 8);
    m_view->setMinimumHeight((fontMetrics().height() + 8) * 8);

    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("The selected hour"));
    m_details->setText(tr("Click a cell, or move to it and press Enter, to see which jobs may run, ran and "
                          "overran in that hour."));
    m_jobList->setHeaderLabels({ tr("Job"), tr("Source"), tr("Window"), tr("Runs"), tr("Overruns") });
    m_jobList->setRootIsDecorated(false);
    m_jobList->setUniformRowHeights(true);
    m_jobList->setSortingEnabled(true);
    m_jobList->setAccessibleName(tr("Jobs with windows: runs and overruns this week"));

    // The grid takes the width (24 columns must fit); what it means sits below it.
    auto *detailsBox = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(new QLabel(tr("<b>Selected hour</b>"), detailsBox));
    detailsLayout->addWidget(m_details, 1);
    auto *jobsBox = new QWidget(this);
    auto *jobsLayout = new QVBoxLayout(jobsBox);
    jobsLayout->setContentsMargins(0, 0, 0, 0);
    jobsLayout->addWidget(new QLabel(tr("<b>Jobs this week</b>: runs, and runs outside the window "
                                        "(double-click a job to show it alone)"),
                                     jobsBox));
    jobsLayout->addWidget(m_jobList, 1);
    auto *below = new QSplitter(Qt::Horizontal, this);
    below->addWidget(detailsBox);
    below->addWidget(jobsBox);
    below->setStretchFactor(0, 1);
    below->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(below);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(week);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(new WindowLegend(this));
    layout->addWidget(m_note);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    connect(m_job, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    connect(m_nameFilter, &QLineEdit::textChanged, this, [this] { applyFilters(); });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        refreshJobChoices();
        applyFilters();
    });
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this] {
        m_weekStart =
            WeekGrid::weekStart(QDateTime::currentDateTimeUtc().toTimeZone(zone()).date(), QLocale().firstDayOfWeek());
        refreshWeek();
        Q_EMIT timeZoneChanged(timeZoneId());
    });
    connect(previous, &QPushButton::clicked, this, [this] { moveWeek(-1); });
    connect(next, &QPushButton::clicked, this, [this] { moveWeek(1); });
    connect(thisWeek, &QPushButton::clicked, this,
            [this] { showWeekOf(QDateTime::currentDateTimeUtc().toTimeZone(zone()).date()); });
    connect(m_view, &QTableView::activated, this, &WindowsTab::showCellDetails);
    connect(m_view, &QTableView::clicked, this, &WindowsTab::showCellDetails);
    connect(m_jobList, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showJob(item->data(JobColumn, KeyRole).toString()); });

    showWeekOf(QDateTime::currentDateTimeUtc().toTimeZone(zone()).date());
    applyFilters();
}

WindowsTab::~WindowsTab() = default;

QTimeZone WindowsTab::zone() const
{
    const QByteArray id = timeZoneId();
    const QTimeZone chosen(id);
    return id.isEmpty() || !chosen.isValid() ? QTimeZone::systemTimeZone() : chosen;
}

QByteArray WindowsTab::timeZoneId() const
{
    return m_zone->currentData().toByteArray();
}

void WindowsTab::setTimeZoneId(const QByteArray &id)
{
    const int index = id.isEmpty() ? 0 : m_zone->findData(id);
    m_zone->setCurrentIndex(index < 0 ? 0 : index);
}

void WindowsTab::showWeekOf(QDate day)
{
    m_weekStart = WeekGrid::weekStart(day, QLocale().firstDayOfWeek());
    refreshWeek();
}

void WindowsTab::moveWeek(int weeks)
{
    m_weekStart = m_weekStart.addDays(7 * weeks);
    refreshWeek();
}

void WindowsTab::refreshWeek()
{
    const QTimeZone z = zone();
    m_model->setWeek(m_weekStart, z);
    const QLocale locale;
    m_weekLabel->setText(tr("<b>%1 – %2</b>")
                             .arg(locale.toString(m_weekStart, QStringLiteral("ddd d MMM")),
                                  locale.toString(m_weekStart.addDays(6), QStringLiteral("ddd d MMM yyyy"))));
    m_note->setText(tr("Hours are shown in %1. Each job's allowed hours are kept by the vendor in the job's own "
                       "frame (UTC shifted by its minute offset) and converted here; a half-filled cell is "
                       "allowed for part of the hour. On a day the clocks change, the skipped hour is hatched "
                       "and a repeated hour is one cell covering both.")
                        .arg(QString::fromUtf8(z.id())));
    m_delegate->setMaxRunning(m_model->maxRunning());
    updateJobList();
    m_view->viewport()->update();
}

void WindowsTab::setJobs(std::vector<WindowJob> jobs, const QDateTime &now)
{
    m_allJobs = std::move(jobs);
    m_now = now;
    // Sources offered in the filter: those present now, plus the one chosen.
    QStringList sources;
    for (const WindowJob &job : m_allJobs) {
        if (!sources.contains(job.sourceId))
            sources << job.sourceId;
    }
    sources.sort();
    const QString chosen = m_source->currentData().toString();
    if (!chosen.isEmpty() && !sources.contains(chosen))
        sources << chosen;
    QStringList offered;
    for (int i = 1; i < m_source->count(); ++i)
        offered << m_source->itemData(i).toString();
    if (offered != sources) {
        const QSignalBlocker block(m_source);
        while (m_source->count() > 1)
            m_source->removeItem(1);
        for (const QString &id : std::as_const(sources))
            m_source->addItem(id, id);
        m_source->setCurrentIndex(std::max(0, m_source->findData(chosen)));
    }
    refreshJobChoices();
    applyFilters();
}

void WindowsTab::refreshJobChoices()
{
    // One-job view: jobs that have a window to show (or may run any time), by name.
    const QString source = m_source->currentData().toString();
    const QString chosen = m_job->currentData().toString();
    std::vector<const WindowJob *> candidates;
    for (const WindowJob &job : m_allJobs) {
        if (job.kind != WindowJob::Kind::NoGrid && (source.isEmpty() || job.sourceId == source))
            candidates.push_back(&job);
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const WindowJob *a, const WindowJob *b) { return QString::localeAwareCompare(a->name, b->name) < 0; });
    const QSignalBlocker block(m_job);
    m_job->clear();
    for (const WindowJob *job : candidates)
        m_job->addItem(QStringLiteral("%1 — %2").arg(job->name, job->sourceId), job->key());
    m_job->setCurrentIndex(std::max(0, m_job->findData(chosen)));
}

void WindowsTab::showJob(const QString &key)
{
    m_source->setCurrentIndex(0);
    const int index = m_job->findData(key);
    if (index < 0)
        return;
    m_job->setCurrentIndex(index);
    m_mode->setCurrentIndex(m_mode->findData(OneJob));
}

void WindowsTab::showActivity()
{
    m_mode->setCurrentIndex(m_mode->findData(Activity));
}

void WindowsTab::applyFilters()
{
    const bool oneJob = m_mode->currentData().toInt() == OneJob;
    m_delegate->setActivityOnly(m_mode->currentData().toInt() == Activity);
    m_job->setVisible(oneJob);
    m_nameFilter->setVisible(!oneJob);
    const QString source = m_source->currentData().toString();
    const QString key = m_job->currentData().toString();
    const QString needle = m_nameFilter->text().trimmed();
    std::vector<WindowJob> shown;
    shown.reserve(oneJob ? 1 : m_allJobs.size());
    for (const WindowJob &job : m_allJobs) {
        if (oneJob) {
            if (job.key() == key)
                shown.push_back(job);
            continue;
        }
        if (!source.isEmpty() && job.sourceId != source)
            continue;
        if (!needle.isEmpty() && !job.name.contains(needle, Qt::CaseInsensitive))
            continue;
        shown.push_back(job);
    }
    m_model->setJobs(std::move(shown), m_now);
    m_delegate->setMaxRunning(m_model->maxRunning());
    updateJobList();
    m_view->viewport()->update();
}

void WindowsTab::updateJobList()
{
    QHash<QString, const WindowJob *> byKey;
    for (const WindowJob &job : m_model->jobs())
        byKey.insert(job.key(), &job);
    m_jobList->setSortingEnabled(false);
    m_jobList->clear();
    QList<QTreeWidgetItem *> items;
    for (const WindowGridModel::JobOverruns &o : m_model->overruns()) {
        const WindowJob *job = byKey.value(o.key);
        if (!job)
            continue;
        auto *item = new JobItem;
        item->setText(JobColumn, o.name);
        item->setData(JobColumn, KeyRole, o.key);
        item->setText(SourceColumn, job->sourceId);
        item->setText(WindowColumn, windowWords(*job));
        item->setText(RunsColumn, QString::number(o.runs));
        item->setData(RunsColumn, SortRole, o.runs);
        item->setData(OverrunsColumn, SortRole, o.overrunRuns);
        item->setText(OverrunsColumn,
                      o.overrunRuns > 0 ? QStringLiteral("! %1").arg(o.overrunRuns) : QStringLiteral("0"));
        if (o.overrunRuns > 0)
            item->setForeground(OverrunsColumn, WindowColors::overrun());
        if (job->kind == WindowJob::Kind::Window && !job->window.isValid())
            item->setForeground(WindowColumn, WindowColors::overrun());
        items << item;
    }
    m_jobList->addTopLevelItems(items);
    updateSummary();
    m_jobList->setSortingEnabled(true);
    m_jobList->sortByColumn(OverrunsColumn, Qt::DescendingOrder);
    for (int c = 0; c < m_jobList->columnCount(); ++c)
        m_jobList->resizeColumnToContents(c);
}

void WindowsTab::showCellDetails(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const WindowGridModel::CellInfo &cell = m_model->cell(index.row(), index.column());
    QStringList lines { index.data(Qt::ToolTipRole).toString().section(QLatin1Char('\n'), 0, 0) };
    if (!cell.span.exists()) {
        m_details->setText(index.data(Qt::ToolTipRole).toString());
        return;
    }
    const auto list = [&lines](const QString &title, const QStringList &names) {
        lines << QString() << title.arg(names.size());
        for (const QString &name : names)
            lines << QStringLiteral("  • ") + name;
    };
    if (cell.windowJobs > 0)
        list(tr("May run (%1):"), cell.allowed);
    list(tr("Ran (%1):"), cell.running);
    list(tr("Ran outside its window (%1):"), cell.overrunning);
    m_details->setText(lines.join(QLatin1Char('\n')));
}

void WindowsTab::updateSummary()
{
    int windows = 0;
    int anyTime = 0;
    int unreadable = 0;
    int activity = 0;
    for (const WindowJob &job : m_model->jobs()) {
        switch (job.kind) {
        case WindowJob::Kind::Window:
            ++(job.window.isValid() ? windows : unreadable);
            break;
        case WindowJob::Kind::AnyTime:
            ++anyTime;
            break;
        case WindowJob::Kind::NoGrid:
            ++activity;
            break;
        }
    }
    int overruns = 0;
    for (const WindowGridModel::JobOverruns &o : m_model->overruns())
        overruns += o.overrunRuns;
    // Singular and plural spelled out: no translation is loaded to resolve %n plurals in English.
    const auto count = [](int n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(n);
    };
    QStringList parts;
    const int shown = int(m_model->jobs().size());
    parts << count(shown, tr("1 job shown"), tr("%1 jobs shown"));
    if (windows > 0)
        parts << count(windows, tr("1 with a backup window"), tr("%1 with a backup window"));
    if (anyTime > 0)
        parts << count(anyTime, tr("1 may run any time"), tr("%1 may run any time"));
    if (unreadable > 0)
        parts << count(unreadable, tr("1 with an unreadable window"), tr("%1 with an unreadable window"));
    if (activity > 0)
        parts << count(activity, tr("1 task of vendors without windows (when it ran)"),
                       tr("%1 tasks of vendors without windows (when they ran)"));
    parts << (overruns == 0 ? tr("no run outside its window this week")
                            : QStringLiteral("<b>%1</b>")
                                  .arg(count(overruns, tr("1 run outside its window this week"),
                                             tr("%1 runs outside their window this week"))));
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

QString WindowsTab::summaryText() const
{
    return m_summary->text();
}

QString WindowsTab::detailsText() const
{
    return m_details->text();
}

} // namespace BackupDash
