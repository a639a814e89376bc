#include "views/healthlegend.h"

#include "models/status.h"
#include "views/statusicons.h"

#include <QBuffer>
#include <QEvent>
#include <QStyle>
#include <array>

namespace BackupDash {

namespace {

constexpr std::array<SourceHealth, 5> Order { SourceHealth::Ok, SourceHealth::Stale, SourceHealth::Unreachable,
                                              SourceHealth::AuthFailed, SourceHealth::Pending };

// The icon inline in rich text, drawn for this screen's pixel ratio and shown at `side`.
QString inlineIcon(SourceHealth health, int side, qreal dpr)
{
    const QPixmap pixmap = StatusIcons::healthIcon(health).pixmap(QSize(side, side), dpr);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    pixmap.save(&buffer, "PNG");
    return QStringLiteral("<img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%2\" "
                          "style=\"vertical-align:middle\">")
        .arg(QString::fromLatin1(png.toBase64()))
        .arg(side);
}

} // namespace

HealthLegend::HealthLegend(QWidget *parent)
    : QLabel(parent)
{
    m_entries = { tr("ok: data is current"), tr("stale: the last poll failed, the data shown is older"),
                  tr("unreachable: no answer"), tr("auth failed: credentials rejected"),
                  tr("waiting: the first poll has not answered yet") };
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setForegroundRole(QPalette::PlaceholderText);
    setAccessibleName(tr("What the source states mean"));
    setAccessibleDescription(plainText());
    render();
}

void HealthLegend::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::ScreenChangeInternal || event->type() == QEvent::StyleChange)
        render();
}

void HealthLegend::render()
{
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    QStringList html;
    for (size_t i = 0; i < Order.size(); ++i) {
        // Wrap only between entries, never inside one.
        html << QStringLiteral("<span style=\"white-space:nowrap\">%1&nbsp;%2</span>")
                    .arg(inlineIcon(Order[i], side, devicePixelRatioF()), m_entries.at(qsizetype(i)).toHtmlEscaped());
    }
    setText(html.join(QStringLiteral(" &nbsp;&nbsp;&nbsp; ")));
}

} // namespace BackupDash
