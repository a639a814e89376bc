#pragma once

#include "models/status.h"

#include <QSet>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace BackupDash {

class SourceTableModel;
class TaskFilterProxyModel;

// The row above the task table: free-text search, a status choice (with "Problems" for
// everything that needs a look), one vendor, one source, and "stale only". Applies itself to the proxy.
class TaskFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskFilterBar)

public:
    TaskFilterBar(TaskFilterProxyModel &proxy, SourceTableModel &sources, QWidget *parent = nullptr);

    bool isFiltering() const;
    // Shows exactly one chart part's tasks: one status (or, without one, the stale tasks) of
    // one source or all (empty). Clears the search and the vendor, so nothing else hides rows.
    void showOnly(const std::optional<Status> &status, const QString &sourceId);
    // Every task of one source (or all, empty): clears every other filter.
    void showSource(const QString &sourceId);
    void focusSearch();

    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *sourceCombo() const { return m_source; }
    QComboBox *vendorCombo() const { return m_vendor; }
    QCheckBox *staleOnlyBox() const { return m_staleOnly; }

    static QSet<Status> problemStatuses();

Q_SIGNALS:
    void filtersChanged();

private:
    void fillStatusCombo();
    void rebuildSourceCombo();
    void applyStatus();
    void applySource();
    void applyVendor();

    TaskFilterProxyModel &m_proxy;
    SourceTableModel &m_sources;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_source;
    QComboBox *m_vendor;
    QCheckBox *m_staleOnly;
};

} // namespace BackupDash
