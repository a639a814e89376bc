#pragma once

#include "models/sourcestate.h"

#include <QWidget>
#include <optional>
#include <vector>

class QProgressBar;
class QTimer;
class QToolButton;

namespace BackupDash {

class SourceTableModel;

// The status bar's account of polling: "Polling vb365-hq…" with a busy bar; "All 3 sources
// OK · last poll 10:03:12 · next in 42 s"; or the source that needs attention and why. It
// never says OK while any enabled source is not OK. Clicking it asks for the Sources tab.
class PollStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollStatusWidget)

public:
    struct Presentation
    {
        QString text;
        QString toolTip;
        std::optional<SourceHealth> icon;
        bool busy = false;
    };

    explicit PollStatusWidget(SourceTableModel &sources, QWidget *parent = nullptr);

    QString text() const { return m_shown.text; }
    bool isBusy() const { return m_shown.busy; }
    std::optional<SourceHealth> shownHealth() const { return m_shown.icon; }

    static Presentation describe(const std::vector<SourceState> &sources, const QDateTime &nowUtc);

    // As wide as the whole text when the status bar has room; narrower (elided) otherwise.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void sourcesRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleUpdate();
    void updateNow();
    void elideText();
    int decorationWidth() const;

    SourceTableModel &m_sources;
    QProgressBar *m_busy;
    QToolButton *m_button;
    QTimer *m_coalesce;
    QTimer *m_tick;
    Presentation m_shown;
    QString m_elided; // what the button shows of m_shown.text
};

} // namespace BackupDash
