#pragma once

#include <QLabel>

namespace BackupDash {

// One line under the Sources table saying what each health means, with its icon. It wraps
// between entries in a narrow window instead of widening it.
class HealthLegend final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthLegend)

public:
    explicit HealthLegend(QWidget *parent = nullptr);

    // The legend as plain text: "ok: data is current · stale: …".
    QString plainText() const { return m_entries.join(QStringLiteral(" · ")); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QStringList m_entries;
};

} // namespace BackupDash
