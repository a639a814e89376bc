#include "views/emptystateoverlay.h"

#include <QAbstractScrollArea>
#include <QEvent>

namespace BackupDash {

EmptyStateOverlay::EmptyStateOverlay(QAbstractScrollArea &view)
    : QLabel(view.viewport())
    , m_viewport(view.viewport())
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setForegroundRole(QPalette::PlaceholderText);
    setMargin(24);
    m_viewport->installEventFilter(this);
    setGeometry(m_viewport->rect());
    hide();
}

void EmptyStateOverlay::setMessage(const QString &title, const QString &detail)
{
    if (title == m_title && detail == m_detail && isHidden() == title.isEmpty())
        return;
    m_title = title;
    m_detail = detail;
    QString html = QStringLiteral("<p style=\"font-size:large\">%1</p>").arg(title.toHtmlEscaped());
    if (!detail.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(detail.toHtmlEscaped());
    setText(html);
    setVisible(!title.isEmpty());
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        setGeometry(m_viewport->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace BackupDash
