// The tray icon: one picture per state of the estate, told apart by colour and by shape, a
// badge for sources in trouble, the tooltip in words, and a platform without a tray.
#include "models/formatting.h"
#include "views/trayicon.h"

#include <QAction>
#include <QImage>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <algorithm>
#include <array>

Q_DECLARE_METATYPE(BackupDash::TraySummary)

using namespace BackupDash;

namespace {

constexpr int Side = 32;

QDateTime today(int hour, int minute)
{
    return QDateTime(QDate::currentDate(), QTime(hour, minute), Qt::LocalTime);
}

TraySummary summary(Status worst, int total = 24)
{
    TraySummary s;
    s.worst = worst;
    s.total = total;
    s.asOf = today(14, 2);
    return s;
}

TraySummary healthy()
{
    return summary(Status::Success);
}

TraySummary failed()
{
    TraySummary s = summary(Status::Failed);
    s.failed = 3;
    return s;
}

TraySummary warning()
{
    TraySummary s = summary(Status::Warning);
    s.warning = 2;
    return s;
}

TraySummary running()
{
    TraySummary s = summary(Status::Running);
    s.running = 1;
    return s;
}

TraySummary withStale(TraySummary s, int n = 1)
{
    s.staleSources = n;
    return s;
}

TraySummary withUnreachable(TraySummary s, int n = 1)
{
    s.unreachableSources = n;
    return s;
}

QImage picture(const TraySummary &s)
{
    return TrayIcon::iconFor(s).pixmap(QSize(Side, Side)).toImage().convertToFormat(QImage::Format_ARGB32);
}

// Which pixels are painted: the shape, whatever the colour.
QImage mask(const QImage &image)
{
    QImage m(image.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            m.setPixel(x, y, qAlpha(image.pixel(x, y)) > 128 ? 0xffffffff : 0xff000000);
    }
    return m;
}

enum class Hue { None, Green, Amber, Red, Grey, Blue };

Hue hueOf(QRgb p)
{
    const int r = qRed(p), g = qGreen(p), b = qBlue(p);
    if (qAlpha(p) < 200)
        return Hue::None;
    if (g > r + 40 && g > b + 20)
        return Hue::Green;
    if (r > 200 && g > 120 && g < 200 && b < 60)
        return Hue::Amber;
    if (r > 150 && g < 90 && b < 90)
        return Hue::Red;
    if (b > r + 60 && b > g + 30)
        return Hue::Blue;
    if (std::abs(r - g) < 14 && std::abs(g - b) < 18 && r > 80 && r < 170)
        return Hue::Grey;
    return Hue::None; // the mark's ink, edges
}

// The colour most of the glyph is painted in, outside the corner a badge takes.
Hue dominantHue(const QImage &image)
{
    std::array<int, 6> counts {};
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (x >= Side * 4 / 10 && y < Side * 6 / 10)
                continue;
            const Hue hue = hueOf(image.pixel(x, y));
            if (hue != Hue::None)
                ++counts[size_t(hue)];
        }
    }
    return Hue(std::max_element(counts.begin(), counts.end()) - counts.begin());
}

bool sameRegion(const QImage &a, const QImage &b, const QRect &region)
{
    return a.copy(region) == b.copy(region);
}

const QRect BadgeCorner(Side / 2, 0, Side / 2, Side / 2);
const QRect BottomLeft(0, Side * 6 / 10, Side * 4 / 10, Side * 4 / 10);

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStateHasItsOwnPicture()
    {
        const QList<std::pair<const char *, TraySummary>> states {
            { "healthy", healthy() },
            { "warning", warning() },
            { "failed", failed() },
            { "running", running() },
            { "unknown", summary(Status::Unknown, 0) },
            { "healthy, a source stale", withStale(healthy()) },
            { "healthy, a source unreachable", withUnreachable(healthy()) },
            { "failed, a source stale", withStale(failed()) },
            { "failed, a source unreachable", withUnreachable(failed()) },
        };
        for (qsizetype i = 0; i < states.size(); ++i) {
            const QImage a = picture(states[i].second);
            QVERIFY2(!a.isNull() && a.size() == QSize(Side, Side), states[i].first);
            for (qsizetype j = i + 1; j < states.size(); ++j)
                QVERIFY2(a != picture(states[j].second),
                         qPrintable(QStringLiteral("%1 looks like %2")
                                        .arg(QLatin1String(states[i].first), QLatin1String(states[j].first))));
        }
    }

    void colourSaysTheWorstState()
    {
        QCOMPARE(dominantHue(picture(healthy())), Hue::Green);
        QCOMPARE(dominantHue(picture(warning())), Hue::Amber);
        QCOMPARE(dominantHue(picture(failed())), Hue::Red);
        QCOMPARE(dominantHue(picture(running())), Hue::Blue);
        QCOMPARE(dominantHue(picture(summary(Status::Unknown, 0))), Hue::Grey);
        // A failure stays red however stale the rest of the picture is.
        QCOMPARE(dominantHue(picture(withStale(failed()))), Hue::Red);
        QCOMPARE(dominantHue(picture(withUnreachable(warning()))), Hue::Amber);
    }

    void dataNotCurrentNeverLooksGreen()
    {
        QCOMPARE(dominantHue(picture(withStale(healthy()))), Hue::Grey);
        QCOMPARE(dominantHue(picture(withUnreachable(healthy()))), Hue::Grey);
        QCOMPARE(dominantHue(picture(withStale(running()))), Hue::Grey);
    }

    void shapeSaysItWithoutColour()
    {
        const QImage circle = mask(picture(healthy()));
        QVERIFY(mask(picture(failed())) != circle); // octagon
        QVERIFY(mask(picture(warning())) != circle); // triangle
        QVERIFY(mask(picture(failed())) != mask(picture(warning())));
        // Both grey: unknown and outdated differ by shape alone.
        QVERIFY(mask(picture(summary(Status::Unknown, 0))) != mask(picture(withStale(healthy()))));
    }

    void badgeMarksSourcesInTheCorner()
    {
        const QImage plain = picture(failed());
        const QImage unreachable = picture(withUnreachable(failed()));
        const QImage stale = picture(withStale(failed()));
        QVERIFY(sameRegion(plain, unreachable, BottomLeft));
        QVERIFY(!sameRegion(plain, unreachable, BadgeCorner));
        QVERIFY(!sameRegion(plain, stale, BadgeCorner));
        QVERIFY(!sameRegion(unreachable, stale, BadgeCorner));
        // Unreachable outranks stale: one badge, the graver one.
        QCOMPARE(picture(withStale(withUnreachable(failed()))), unreachable);
        // The grey clock already says stale: no second stale mark on it.
        QCOMPARE(picture(withStale(healthy(), 2)), picture(withStale(healthy(), 1)));
    }

    void countsOutrankAWrongWorst()
    {
        TraySummary s = healthy();
        s.failed = 2;
        QCOMPARE(picture(s), picture(failed()));
        s = healthy();
        s.warning = 1;
        QCOMPARE(picture(s), picture(warning()));
        // Nothing known at all is unknown, whatever worst says.
        QCOMPARE(picture(summary(Status::Success, 0)), picture(summary(Status::Unknown, 0)));
    }

    void toolTipSaysItInWords_data()
    {
        QTest::addColumn<TraySummary>("summary");
        QTest::addColumn<QString>("expected");

        TraySummary mixed = withUnreachable(failed());
        mixed.warning = 2;
        QTest::newRow("mixed") << mixed
                               << QStringLiteral(
                                      "BackupDash\n3 failed, 2 warnings, 1 source unreachable — as of 14:02");
        TraySummary singular = withStale(warning(), 2);
        singular.warning = 1;
        QTest::newRow("singular and plural")
            << singular << QStringLiteral("BackupDash\n1 warning, 2 sources stale — as of 14:02");
        QTest::newRow("calm") << healthy()
                              << QStringLiteral("BackupDash\nNo failures or warnings in 24 tasks — as of 14:02");
        TraySummary busy = running();
        busy.running = 2;
        QTest::newRow("running") << busy
                                 << QStringLiteral(
                                        "BackupDash\nNo failures or warnings in 24 tasks, 2 running — as of 14:02");
        QTest::newRow("one task") << summary(Status::Success, 1)
                                  << QStringLiteral("BackupDash\nNo failure or warning in 1 task — as of 14:02");
        QTest::newRow("unknown") << summary(Status::Unknown, 5)
                                 << QStringLiteral("BackupDash\n5 tasks, some with status unknown — as of 14:02");
        TraySummary nothing;
        QTest::newRow("never polled") << nothing << QStringLiteral("BackupDash\nNo tasks known yet — not polled yet");
        TraySummary down = withUnreachable(nothing, 2);
        QTest::newRow("every source down")
            << down << QStringLiteral("BackupDash\nNo tasks known yet, 2 sources unreachable — not polled yet");
        TraySummary utc = failed();
        utc.asOf = today(14, 2).toUTC(); // shown in local time whatever zone it comes in
        QTest::newRow("utc input") << utc << QStringLiteral("BackupDash\n3 failed — as of 14:02");
        TraySummary negative = healthy();
        negative.failed = -1;
        negative.running = -4;
        negative.staleSources = -2;
        QTest::newRow("negative counts") << negative
                                         << QStringLiteral(
                                                "BackupDash\nNo failures or warnings in 24 tasks — as of 14:02");
    }

    void toolTipSaysItInWords()
    {
        QFETCH(TraySummary, summary);
        QFETCH(QString, expected);
        QCOMPARE(trayToolTip(summary, today(15, 30)), expected);
    }

    void toolTipDatesAnOlderPicture()
    {
        TraySummary s = failed();
        s.asOf = today(14, 2).addDays(-1);
        const QString text = trayToolTip(s, today(9, 0));
        QVERIFY2(text.endsWith(QStringLiteral("as of ") + formatTimestamp(s.asOf)), qPrintable(text));
        QVERIFY(text.contains(s.asOf.date().toString(Qt::ISODate)));
    }

    void withoutATrayItStaysQuietAndWorks()
    {
        // The offscreen platform has no tray: nothing to show and nothing to warn about.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        TrayIcon tray;
        QCOMPARE(tray.available(), QSystemTrayIcon::isSystemTrayAvailable());
        if (!tray.available())
            QVERIFY(!tray.systemTrayIcon());

        TraySummary s = withUnreachable(failed());
        s.asOf = QDateTime(); // keeps the text independent of today's date
        tray.setSummary(s);
        QCOMPARE(tray.summary().failed, 3);
        QCOMPARE(tray.toolTip(), trayToolTip(s));
        tray.setSummary(s); // the same again changes nothing
        QCOMPARE(tray.toolTip(), trayToolTip(s));
    }

    void menuActionsEmitTheirSignals()
    {
        TrayIcon tray;
        QSignalSpy show(&tray, &TrayIcon::showWindowRequested);
        QSignalSpy pause(&tray, &TrayIcon::pausePollingToggled);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);

        tray.showWindowAction()->trigger();
        QCOMPARE(show.count(), 1);

        QVERIFY(tray.pausePollingAction()->isCheckable());
        QVERIFY(!tray.isPollingPaused());
        tray.pausePollingAction()->trigger();
        QCOMPARE(pause.count(), 1);
        QCOMPARE(pause.at(0).at(0).toBool(), true);
        QVERIFY(tray.isPollingPaused());
        tray.pausePollingAction()->trigger();
        QCOMPARE(pause.count(), 2);
        QCOMPARE(pause.at(1).at(0).toBool(), false);

        // A pause decided elsewhere is reflected, not echoed back.
        tray.setPollingPaused(true);
        QVERIFY(tray.isPollingPaused());
        QCOMPARE(pause.count(), 2);

        tray.quitAction()->trigger();
        QCOMPARE(quit.count(), 1);
        QCOMPARE(show.count(), 1);
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
