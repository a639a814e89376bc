#include "views/placeholdertab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace BackupDash {

PlaceholderTab::PlaceholderTab(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignHCenter);

    auto *body = new QLabel(explanation, this);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignHCenter);
    body->setForegroundRole(QPalette::PlaceholderText);
    // A readable measure: about 60 characters a line, narrower only in a narrow window. The
    // stretches centre it; an alignment flag would shrink a wrapping label to one short line.
    body->setMaximumWidth(body->fontMetrics().averageCharWidth() * 64);
    auto *measure = new QHBoxLayout;
    measure->addStretch(1);
    measure->addWidget(body, 100);
    measure->addStretch(1);

    auto *later = new QLabel(tr("Coming in a later version."), this);
    later->setAlignment(Qt::AlignHCenter);
    later->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    layout->addSpacing(body->fontMetrics().height());
    layout->addLayout(measure);
    layout->addSpacing(body->fontMetrics().height() / 2);
    layout->addWidget(later, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    setAccessibleName(title);
    setAccessibleDescription(explanation);
}

} // namespace BackupDash
