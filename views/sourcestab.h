#pragma once

#include <QWidget>

class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace BackupDash {

class HealthLegend;
class SourceTableModel;

// The Sources tab: every configured source with its health, last and next poll, and the last
// error in words; a legend underneath says what each health means.
class SourcesTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesTab)

public:
    explicit SourcesTab(SourceTableModel &sources, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    HealthLegend *legend() const { return m_legend; }
    void selectSource(const QString &sourceId);
    QPushButton *editButton() const { return m_edit; }

Q_SIGNALS:
    void editSourcesRequested(); // "Edit sources…"

private:
    void setColumnWidths();

    SourceTableModel &m_sources;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    HealthLegend *m_legend;
    QPushButton *m_edit;
};

} // namespace BackupDash
