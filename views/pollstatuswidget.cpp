#include "views/pollstatuswidget.h"

#include "models/formatting.h"
#include "models/sourcetablemodel.h"
#include "views/sourceattention.h"
#include "views/statusicons.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace BackupDash {

namespace {

constexpr int TickMs = 1000;

// Which problem to name first when several sources need attention.
int attentionRank(SourceHealth health)
{
    switch (health) {
    case SourceHealth::AuthFailed:
        return 3;
    case SourceHealth::Unreachable:
        return 2;
    case SourceHealth::Stale:
        return 1;
    default:
        return 0;
    }
}

QString countdown(const QDateTime &nowUtc, const QDateTime &next)
{
    const qint64 seconds = std::max<qint64>(0, nowUtc.secsTo(next));
    if (seconds == 0)
        return PollStatusWidget::tr("next poll due");
    if (seconds < 60)
        return PollStatusWidget::tr("next in %1 s").arg(seconds);
    if (seconds < 3600)
        return PollStatusWidget::tr("next in %1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return PollStatusWidget::tr("next in %1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString problemLine(const SourceState &source)
{
    const QString what = QStringLiteral("%1 %2").arg(source.id, healthPhrase(source.health));
    return source.lastError.isEmpty() ? what : PollStatusWidget::tr("%1: %2").arg(what, source.lastError);
}

QString toolTipFor(const std::vector<SourceState> &sources, const QDateTime &nowUtc)
{
    QStringList lines;
    for (const SourceState &s : sources) {
        QString line = s.enabled ? PollStatusWidget::tr("%1: %2").arg(s.id, healthPhrase(s.health))
                                 : PollStatusWidget::tr("%1: disabled").arg(s.id);
        if (s.enabled && s.polling)
            line += PollStatusWidget::tr(", polling now");
        if (!s.lastError.isEmpty())
            line += QStringLiteral(" — ") + s.lastError;
        if (s.enabled && !s.polling && s.nextPollAt.isValid())
            line += QStringLiteral(" (%1)").arg(countdown(nowUtc, s.nextPollAt));
        lines << line;
    }
    lines << PollStatusWidget::tr("Click to open the Sources tab.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PollStatusWidget::PollStatusWidget(SourceTableModel &sources, QWidget *parent)
    : QWidget(parent)
    , m_sources(sources)
    , m_busy(new QProgressBar(this))
    , m_button(new QToolButton(this))
    , m_coalesce(new QTimer(this))
    , m_tick(new QTimer(this))
{
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(fontMetrics().averageCharWidth() * 8);
    m_busy->setMaximumHeight(fontMetrics().height());
    m_busy->setAccessibleName(tr("Polling"));
    m_busy->hide();
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setFocusPolicy(Qt::TabFocus);
    m_button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_button);

    connect(m_button, &QToolButton::clicked, this, &PollStatusWidget::sourcesRequested);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &PollStatusWidget::updateNow);
    connect(&m_sources, &QAbstractItemModel::dataChanged, this, &PollStatusWidget::scheduleUpdate);
    connect(&m_sources, &QAbstractItemModel::modelReset, this, &PollStatusWidget::scheduleUpdate);
    connect(&m_sources, &QAbstractItemModel::rowsInserted, this, &PollStatusWidget::scheduleUpdate);
    connect(&m_sources, &QAbstractItemModel::rowsRemoved, this, &PollStatusWidget::scheduleUpdate);
    // The countdown moves every second without any model signal.
    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, this, &PollStatusWidget::updateNow);
    m_tick->start();
    updateNow();
}

PollStatusWidget::Presentation PollStatusWidget::describe(const std::vector<SourceState> &sources,
                                                          const QDateTime &nowUtc)
{
    Presentation p;
    if (sources.empty()) {
        p.text = tr("No sources configured");
        return p;
    }
    p.toolTip = toolTipFor(sources, nowUtc);

    QStringList polling;
    QStringList waiting;
    std::vector<const SourceState *> attention;
    int enabled = 0;
    QDateTime lastPoll;
    QDateTime nextPoll;
    for (const SourceState &s : sources) {
        if (!s.enabled)
            continue;
        ++enabled;
        if (s.polling)
            polling << s.id;
        if (needsAttention(s))
            attention.push_back(&s);
        else if (isAwaitingFirstPoll(s))
            waiting << s.id;
        if (s.lastAttemptAt.isValid() && (!lastPoll.isValid() || s.lastAttemptAt > lastPoll))
            lastPoll = s.lastAttemptAt;
        if (s.nextPollAt.isValid() && (!nextPoll.isValid() || s.nextPollAt < nextPoll))
            nextPoll = s.nextPollAt;
    }
    const int disabled = int(sources.size()) - enabled;
    std::stable_sort(attention.begin(), attention.end(), [](const SourceState *a, const SourceState *b) {
        return attentionRank(a->health) > attentionRank(b->health);
    });
    if (!attention.empty())
        p.icon = attention.front()->health;

    if (enabled == 0) {
        p.text =
            disabled == 1 ? tr("The only source is disabled") : tr("All %n sources are disabled", nullptr, disabled);
        return p;
    }
    if (!polling.isEmpty()) {
        p.busy = true;
        p.text = polling.size() == 1 ? tr("Polling %1…").arg(polling.front())
                                     : tr("Polling %1 and %2 more…").arg(polling.front()).arg(polling.size() - 1);
        if (attention.size() == 1)
            p.text += tr(" · 1 source needs attention");
        else if (attention.size() > 1)
            p.text += tr(" · %n sources need attention", nullptr, int(attention.size()));
        return p;
    }
    if (!attention.empty()) {
        const QString first = problemLine(*attention.front());
        p.text = attention.size() == 1
            ? first
            : tr("%1 of %2 sources need attention: %3").arg(attention.size()).arg(enabled).arg(first);
        return p;
    }
    if (!waiting.isEmpty()) {
        p.icon = SourceHealth::Pending;
        p.text = waiting.size() == 1 ? tr("Waiting for the first poll of %1").arg(waiting.front())
                                     : tr("Waiting for the first poll of %n sources", nullptr, int(waiting.size()));
        return p;
    }
    p.icon = SourceHealth::Ok;
    QStringList parts;
    parts << (enabled == 1 ? tr("1 source OK") : tr("All %n sources OK", nullptr, enabled));
    if (disabled > 0)
        parts << tr("%1 disabled").arg(disabled);
    if (lastPoll.isValid())
        parts << tr("last poll %1").arg(formatClockTime(lastPoll, true));
    if (nextPoll.isValid())
        parts << countdown(nowUtc, nextPoll);
    p.text = parts.join(QStringLiteral(" · "));
    return p;
}

void PollStatusWidget::scheduleUpdate()
{
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void PollStatusWidget::updateNow()
{
    const Presentation next = describe(m_sources.sources(), QDateTime::currentDateTimeUtc());
    if (next.icon != m_shown.icon)
        m_button->setIcon(next.icon ? StatusIcons::healthIcon(*next.icon) : QIcon());
    m_button->setToolTip(next.toolTip);
    m_button->setAccessibleName(next.text);
    m_busy->setVisible(next.busy);
    const bool resized = next.text != m_shown.text || next.busy != m_shown.busy;
    m_shown = next;
    elideText();
    if (resized)
        updateGeometry();
}

int PollStatusWidget::decorationWidth() const
{
    // What the button adds around its text (icon, margins), and the busy bar when it shows.
    const int button = m_button->sizeHint().width() - m_button->fontMetrics().horizontalAdvance(m_elided);
    return button + (!m_busy->isHidden() ? m_busy->width() + layout()->spacing() : 0);
}

QSize PollStatusWidget::sizeHint() const
{
    const int text = m_button->fontMetrics().horizontalAdvance(m_shown.text);
    return { text + decorationWidth(), m_button->sizeHint().height() };
}

QSize PollStatusWidget::minimumSizeHint() const
{
    return { m_button->fontMetrics().averageCharWidth() * 24 + decorationWidth(), m_button->sizeHint().height() };
}

void PollStatusWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elideText();
}

void PollStatusWidget::elideText()
{
    // A long error must not push the status bar past the window; the tooltip has it whole.
    const int room = std::max(0, width() - decorationWidth());
    const QFontMetrics fm = m_button->fontMetrics();
    // elidedText() measures in fractions and may cut a text that horizontalAdvance() says fits.
    m_elided =
        fm.horizontalAdvance(m_shown.text) <= room ? m_shown.text : fm.elidedText(m_shown.text, Qt::ElideRight, room);
    QString escaped = m_elided;
    m_button->setText(escaped.replace(QLatin1Char('&'), QStringLiteral("&&")));
}

} // namespace BackupDash
