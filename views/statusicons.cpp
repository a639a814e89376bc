#include "views/statusicons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QPolygonF>
#include <optional>

namespace BackupDash::StatusIcons {

namespace {

enum class Outline { Circle, Triangle, Square, Octagon, Padlock };
enum class Mark { Check, Exclamation, Cross, Play, ClockHands, Bars, Slash, Question, Hourglass, Unplugged, Keyhole };

struct Glyph
{
    Outline outline;
    QRgb fill;
    Mark mark;
    QRgb ink; // colour of the mark
};

// Mid-tone fills with a light or dark mark, chosen for contrast on both palettes.
constexpr QRgb Green = 0xff23883c;
constexpr QRgb Amber = 0xfff0a30a;
constexpr QRgb Red = 0xffd32f2f;
constexpr QRgb Blue = 0xff1e6fd9;
constexpr QRgb Grey = 0xff767c86;
constexpr QRgb Purple = 0xff8e5bb5;
constexpr QRgb White = 0xffffffff;
constexpr QRgb Dark = 0xff1f1f1f;

Glyph glyphFor(Status status)
{
    switch (status) {
    case Status::Success:
        return { Outline::Circle, Green, Mark::Check, White };
    case Status::Warning:
        return { Outline::Triangle, Amber, Mark::Exclamation, Dark };
    case Status::Failed:
        return { Outline::Circle, Red, Mark::Cross, White };
    case Status::Running:
        return { Outline::Circle, Blue, Mark::Play, White };
    case Status::Queued:
        return { Outline::Circle, Grey, Mark::ClockHands, White };
    case Status::Paused:
        return { Outline::Circle, Grey, Mark::Bars, White };
    case Status::Cancelled:
        return { Outline::Circle, Grey, Mark::Slash, White };
    case Status::Unknown:
        break;
    }
    return { Outline::Circle, Purple, Mark::Question, White };
}

Glyph glyphFor(SourceHealth health)
{
    switch (health) {
    case SourceHealth::Ok:
        return { Outline::Circle, Green, Mark::Check, White };
    case SourceHealth::Stale:
        // A square clock: distinct in shape from a queued task's round clock beside it.
        return { Outline::Square, Amber, Mark::ClockHands, Dark };
    case SourceHealth::Unreachable:
        return { Outline::Square, Red, Mark::Unplugged, White };
    case SourceHealth::AuthFailed:
        return { Outline::Padlock, Red, Mark::Keyhole, White };
    case SourceHealth::Pending:
        break;
    }
    return { Outline::Circle, Grey, Mark::Hourglass, White };
}

// The tray's glyphs: bolder where a 16 px picture must still say it alone.
Glyph estateGlyphFor(Status worst)
{
    switch (worst) {
    case Status::Failed:
        return { Outline::Octagon, Red, Mark::Cross, White };
    case Status::Unknown:
        return { Outline::Circle, Grey, Mark::Question, White };
    default:
        return glyphFor(worst);
    }
}

constexpr Glyph OutdatedEstate { Outline::Square, Grey, Mark::ClockHands, White };

std::optional<Glyph> badgeGlyphFor(EstateBadge badge)
{
    switch (badge) {
    case EstateBadge::StaleSource:
        return glyphFor(SourceHealth::Stale);
    case EstateBadge::UnreachableSource:
        return glyphFor(SourceHealth::Unreachable);
    case EstateBadge::None:
        break;
    }
    return std::nullopt;
}

QPen inkPen(QColor colour, qreal width)
{
    return QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

// Draws the outline shape into the unit square scaled to `s` pixels; returns the rectangle
// the mark goes into (the padlock's body is smaller than the whole icon).
QRectF paintOutline(QPainter &p, const Glyph &g, qreal s)
{
    const QColor fill = QColor::fromRgb(g.fill);
    const qreal edge = std::max<qreal>(1.0, s / 16.0);
    p.setPen(QPen(fill.darker(135), edge));
    p.setBrush(fill);
    const qreal m = edge / 2 + s * 0.03;
    const QRectF box(m, m, s - 2 * m, s - 2 * m);
    switch (g.outline) {
    case Outline::Circle:
        p.drawEllipse(box);
        return box;
    case Outline::Square:
        p.drawRoundedRect(box, s * 0.16, s * 0.16);
        return box;
    case Outline::Triangle: {
        QPainterPath path;
        path.moveTo(box.center().x(), box.top());
        path.lineTo(box.right(), box.bottom());
        path.lineTo(box.left(), box.bottom());
        path.closeSubpath();
        p.setPen(QPen(fill.darker(135), edge, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPath(path);
        return box;
    }
    case Outline::Octagon: {
        // Regular, with flat top and sides: the stop sign.
        const qreal cut = box.width() * 0.2929; // 1 - 1/sqrt(2) of half the width on each corner
        const QPolygonF octagon { QPointF(box.left() + cut, box.top()),     QPointF(box.right() - cut, box.top()),
                                  QPointF(box.right(), box.top() + cut),    QPointF(box.right(), box.bottom() - cut),
                                  QPointF(box.right() - cut, box.bottom()), QPointF(box.left() + cut, box.bottom()),
                                  QPointF(box.left(), box.bottom() - cut),  QPointF(box.left(), box.top() + cut) };
        p.setPen(QPen(fill.darker(135), edge, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolygon(octagon);
        return box;
    }
    case Outline::Padlock: {
        const QRectF body(box.left() + s * 0.06, box.top() + box.height() * 0.42, box.width() - s * 0.12,
                          box.height() * 0.58);
        const qreal shackle = s * 0.13;
        const QRectF arc(body.left() + body.width() * 0.2, box.top() + shackle / 2, body.width() * 0.6,
                         body.height() * 0.9);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(fill, shackle, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(arc, 0, 180 * 16);
        p.drawLine(QPointF(arc.left(), arc.center().y()), QPointF(arc.left(), body.top() + 1));
        p.drawLine(QPointF(arc.right(), arc.center().y()), QPointF(arc.right(), body.top() + 1));
        p.setPen(QPen(fill.darker(135), edge));
        p.setBrush(fill);
        p.drawRoundedRect(body, s * 0.08, s * 0.08);
        return body;
    }
    }
    return box;
}

void paintMark(QPainter &p, const Glyph &g, const QRectF &r, qreal s)
{
    const QColor ink = QColor::fromRgb(g.ink);
    const auto at = [&r](qreal x, qreal y) {
        return QPointF(r.left() + x * r.width(), r.top() + y * r.height());
    };
    const qreal stroke = std::max<qreal>(1.3, s * 0.13);
    p.setBrush(Qt::NoBrush);
    p.setPen(inkPen(ink, stroke));
    switch (g.mark) {
    case Mark::Check:
        p.drawPolyline(QList<QPointF> { at(0.27, 0.53), at(0.44, 0.69), at(0.74, 0.35) });
        break;
    case Mark::Exclamation:
        p.drawLine(at(0.5, 0.38), at(0.5, 0.66));
        p.setPen(inkPen(ink, stroke * 1.15));
        p.drawPoint(at(0.5, 0.82));
        break;
    case Mark::Cross:
        p.drawLine(at(0.33, 0.33), at(0.67, 0.67));
        p.drawLine(at(0.67, 0.33), at(0.33, 0.67));
        break;
    case Mark::Play: {
        p.setPen(inkPen(ink, stroke * 0.5));
        p.setBrush(ink);
        p.drawPolygon(QList<QPointF> { at(0.39, 0.28), at(0.39, 0.72), at(0.75, 0.5) });
        break;
    }
    case Mark::ClockHands:
        p.setPen(inkPen(ink, stroke * 0.85));
        p.drawLine(at(0.5, 0.5), at(0.5, 0.24));
        p.drawLine(at(0.5, 0.5), at(0.71, 0.6));
        break;
    case Mark::Bars:
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawRect(QRectF(at(0.33, 0.29), at(0.45, 0.71)));
        p.drawRect(QRectF(at(0.55, 0.29), at(0.67, 0.71)));
        break;
    case Mark::Slash:
        p.drawLine(at(0.3, 0.7), at(0.7, 0.3));
        break;
    case Mark::Question: {
        QPainterPath path;
        path.moveTo(at(0.36, 0.38));
        path.cubicTo(at(0.36, 0.18), at(0.66, 0.18), at(0.66, 0.36));
        path.cubicTo(at(0.66, 0.48), at(0.5, 0.48), at(0.5, 0.6));
        p.drawPath(path);
        p.setPen(inkPen(ink, stroke * 1.15));
        p.drawPoint(at(0.5, 0.77));
        break;
    }
    case Mark::Hourglass:
        p.setPen(inkPen(ink, stroke * 0.6));
        p.setBrush(ink);
        p.drawPolygon(QList<QPointF> { at(0.32, 0.25), at(0.68, 0.25), at(0.5, 0.5), at(0.68, 0.75), at(0.32, 0.75),
                                       at(0.5, 0.5) });
        break;
    case Mark::Unplugged:
        // A wire cut in the middle: two plug faces facing each other with a gap.
        p.drawLine(at(0.18, 0.5), at(0.38, 0.5));
        p.drawLine(at(0.62, 0.5), at(0.82, 0.5));
        p.drawLine(at(0.4, 0.3), at(0.4, 0.7));
        p.drawLine(at(0.6, 0.3), at(0.6, 0.7));
        break;
    case Mark::Keyhole:
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(at(0.5, 0.4), r.width() * 0.12, r.width() * 0.12);
        p.drawRect(QRectF(at(0.45, 0.4), at(0.55, 0.75)));
        break;
    }
}

// The badge sits in the top-right corner, where a triangle has nothing and the other outlines
// the least of their mark, cut out of the glyph under it by a transparent ring so that its
// outline reads apart from the glyph's.
void paintBadge(QPainter &p, const Glyph &badge, qreal s)
{
    const qreal side = s * 0.48;
    const qreal ring = std::max<qreal>(1.0, s / 16.0);
    const QRectF area(s - side, 0, side, side);
    p.save();
    p.setCompositionMode(QPainter::CompositionMode_Clear);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    p.drawRoundedRect(area.adjusted(-ring, -ring, ring, ring), side * 0.22, side * 0.22);
    p.restore();
    p.save();
    p.translate(area.topLeft());
    const QRectF markBox = paintOutline(p, badge, side);
    paintMark(p, badge, markBox, side);
    p.restore();
}

QString glyphKey(const Glyph &g)
{
    return QStringLiteral("%1-%2-%3").arg(int(g.outline)).arg(g.fill, 0, 16).arg(int(g.mark));
}

// `physical` is the side in device pixels; `dpr` only labels the result for the painter.
QPixmap render(const Glyph &g, const std::optional<Glyph> &badge, int physical, qreal dpr, QIcon::Mode mode)
{
    const QString key = QStringLiteral("backupdash-glyph-%1-%2-%3-%4-%5")
                            .arg(glyphKey(g), badge ? glyphKey(*badge) : QStringLiteral("none"))
                            .arg(physical)
                            .arg(dpr)
                            .arg(int(mode));
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    QImage image(physical, physical, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Disabled)
            p.setOpacity(0.45);
        const QRectF markBox = paintOutline(p, g, physical);
        paintMark(p, g, markBox, physical);
        if (badge)
            paintBadge(p, *badge, physical);
    }
    pixmap = QPixmap::fromImage(std::move(image));
    pixmap.setDevicePixelRatio(dpr);
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

class GlyphIconEngine final : public QIconEngine
{
public:
    explicit GlyphIconEngine(Glyph glyph, std::optional<Glyph> badge = std::nullopt, bool listsSizes = false)
        : m_glyph(glyph)
        , m_badge(badge)
        , m_listsSizes(listsSizes)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const int side = std::min(rect.width(), rect.height());
        const QRect square(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side);
        painter->drawPixmap(square, render(m_glyph, m_badge, qRound(side * dpr), dpr, mode));
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return { side, side };
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    // Qt 6.4 passes the size already multiplied by the scale.
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        return render(m_glyph, m_badge, std::min(size.width(), size.height()), scale, mode);
    }

    // A tray host (StatusNotifierItem, X11 tray) asks which sizes there are and sends those
    // pixmaps; a scalable engine that lists none may end up with no picture there.
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        if (!m_listsSizes)
            return {};
        return { QSize(16, 16), QSize(22, 22), QSize(24, 24), QSize(32, 32), QSize(48, 48), QSize(64, 64) };
    }

    QIconEngine *clone() const override { return new GlyphIconEngine(m_glyph, m_badge, m_listsSizes); }
    QString key() const override { return QStringLiteral("BackupDashGlyph"); }

private:
    Glyph m_glyph;
    std::optional<Glyph> m_badge;
    bool m_listsSizes;
};

} // namespace

QIcon statusIcon(Status status)
{
    return QIcon(new GlyphIconEngine(glyphFor(status)));
}

QIcon healthIcon(SourceHealth health)
{
    return QIcon(new GlyphIconEngine(glyphFor(health)));
}

QIcon staleIcon()
{
    return healthIcon(SourceHealth::Stale);
}

QColor statusFill(Status status)
{
    return QColor::fromRgb(glyphFor(status).fill);
}

QIcon estateIcon(Status worst, EstateBadge badge)
{
    return QIcon(new GlyphIconEngine(estateGlyphFor(worst), badgeGlyphFor(badge), true));
}

QIcon outdatedEstateIcon(EstateBadge badge)
{
    return QIcon(new GlyphIconEngine(OutdatedEstate, badgeGlyphFor(badge), true));
}

} // namespace BackupDash::StatusIcons
