// The Backup windows arithmetic: the vendor's 7×24 grid (Sunday first, UTC + minuteOffset)
// against real instants, and a real week's cells in the operator's zone, DST included.
#include "models/weekgrid.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace BackupDash;
using namespace BackupDash::WeekGrid;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

// A window allowing exactly the given vendor indices.
BackupWindow windowAllowing(std::initializer_list<int> indices, int minuteOffset = 0)
{
    BackupWindow w;
    w.minuteOffset = minuteOffset;
    for (int i = 0; i < BackupWindow::Hours; ++i)
        w.vendorAllowed.append(false);
    for (int i : indices) {
        w.allowed[size_t(i)] = true;
        w.vendorAllowed[i] = true;
    }
    return w;
}

constexpr int Sun = 0, Mon = 1, Fri = 5, Sat = 6;
int at(int day, int hour)
{
    return day * 24 + hour;
}

} // namespace

class TestWeekGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vendorIndexIsSundayFirstInTheJobsFrame_data()
    {
        QTest::addColumn<QDateTime>("instant");
        QTest::addColumn<int>("minuteOffset");
        QTest::addColumn<int>("index");
        // 2026-11-22 is a Sunday.
        QTest::newRow("sunday midnight utc") << utc(2026, 11, 22, 0) << 0 << at(Sun, 0);
        QTest::newRow("saturday last hour") << utc(2026, 11, 21, 23, 59) << 0 << at(Sat, 23);
        QTest::newRow("friday 19:00") << utc(2026, 11, 20, 19, 30) << 0 << at(Fri, 19);
        // +330 min: the job's Sunday 00:00 is Saturday 18:30 UTC.
        QTest::newRow("+330 before") << utc(2026, 11, 21, 18, 29) << 330 << at(Sat, 23);
        QTest::newRow("+330 at") << utc(2026, 11, 21, 18, 30) << 330 << at(Sun, 0);
        // −210 min: the job's Monday 00:00 is Monday 03:30 UTC.
        QTest::newRow("-210 before") << utc(2026, 11, 23, 3, 29) << -210 << at(Sun, 23);
        QTest::newRow("-210 at") << utc(2026, 11, 23, 3, 30) << -210 << at(Mon, 0);
        QTest::newRow("before 1970") << utc(1969, 12, 28, 5) << 0 << at(Sun, 5);
    }
    void vendorIndexIsSundayFirstInTheJobsFrame()
    {
        QFETCH(QDateTime, instant);
        QFETCH(int, minuteOffset);
        QFETCH(int, index);
        QCOMPARE(vendorIndex(instant.toSecsSinceEpoch(), minuteOffset), index);
    }

    void seedWindowAllowsFriday1900()
    {
        QFile file(QStringLiteral(BACKUPDASH_FIXTURES_DIR "/vb365/job-v3-seed.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject settings = QJsonDocument::fromJson(file.readAll())
                                         .object()
                                         .value(u"schedulePolicy")
                                         .toObject()
                                         .value(u"backupWindowSettings")
                                         .toObject();
        BackupWindow w;
        w.minuteOffset = settings.value(u"minuteOffset").toInt();
        w.vendorAllowed = settings.value(u"backupWindow").toArray();
        QCOMPARE(w.vendorAllowed.size(), BackupWindow::Hours);
        for (int i = 0; i < BackupWindow::Hours; ++i)
            w.allowed[size_t(i)] = w.vendorAllowed.at(i).toBool();
        QVERIFY(allowedAt(w, utc(2026, 11, 20, 19, 0))); // the seed's daily run, Friday 19:00
        QVERIFY(!allowedAt(w, utc(2026, 11, 20, 13, 0))); // Friday 13:00 is closed
        // In Berlin (UTC+1 in November) the same hour is Friday 20:00 local.
        const Week berlin = cellsOfWeek(QDate(2026, 11, 16), QTimeZone("Europe/Berlin")); // Monday first
        const Cell &friday20 = berlin[size_t(4 * 24 + 20)];
        QCOMPARE(friday20.from, utc(2026, 11, 20, 19));
        QCOMPARE(allowedSeconds(w, friday20.from, friday20.to), 3600);
    }

    void allowedSecondsSplitsAtTheJobsHourBoundaries()
    {
        // Allowed: the job's Sunday 01:00–02:00 with +330: UTC Saturday 19:30–20:30.
        const BackupWindow w = windowAllowing({ at(Sun, 1) }, 330);
        QCOMPARE(allowedSeconds(w, utc(2026, 11, 21, 19), utc(2026, 11, 21, 20)), 1800); // a partial hour
        QCOMPARE(allowedSeconds(w, utc(2026, 11, 21, 20), utc(2026, 11, 21, 21)), 1800);
        QCOMPARE(allowedSeconds(w, utc(2026, 11, 21, 18), utc(2026, 11, 21, 22)), 3600);
        QCOMPARE(allowedSeconds(w, utc(2026, 11, 21, 21), utc(2026, 11, 21, 22)), 0);
        // −210: the job's Sunday 01:00–02:00 is UTC Sunday 04:30–05:30.
        const BackupWindow west = windowAllowing({ at(Sun, 1) }, -210);
        QCOMPARE(allowedSeconds(west, utc(2026, 11, 22, 4), utc(2026, 11, 22, 5)), 1800);
        QCOMPARE(allowedSeconds(west, utc(2026, 11, 22, 5), utc(2026, 11, 22, 6)), 1800);
    }

    void overrunAtTheEdgeOfAnAllowedBlock()
    {
        // Allowed Friday 20:00–23:00 UTC; a run 21:30–23:10 crosses the block's end by 10 min.
        const BackupWindow w = windowAllowing({ at(Fri, 20), at(Fri, 21), at(Fri, 22) });
        QCOMPARE(outsideSeconds(w, utc(2026, 11, 20, 21, 30), utc(2026, 11, 20, 23, 10)), 600);
        QCOMPARE(outsideSeconds(w, utc(2026, 11, 20, 21, 30), utc(2026, 11, 20, 23, 0)), 0); // ends on the edge
        QCOMPARE(outsideSeconds(w, utc(2026, 11, 20, 19, 59), utc(2026, 11, 20, 20, 30)), 60); // starts a minute early
    }

    void unreadableWindowAllowsNothing()
    {
        BackupWindow w = windowAllowing({ at(Mon, 3) });
        w.error = QStringLiteral("backup window unreadable: 167 elements");
        QVERIFY(!allowedAt(w, utc(2026, 11, 23, 3)));
        QCOMPARE(allowedSeconds(w, utc(2026, 11, 23, 0), utc(2026, 11, 24, 0)), 0);
    }

    void weekStartFollowsTheFirstDayOfWeek()
    {
        QCOMPARE(weekStart(QDate(2026, 11, 25), Qt::Monday), QDate(2026, 11, 23));
        QCOMPARE(weekStart(QDate(2026, 11, 25), Qt::Sunday), QDate(2026, 11, 22));
        QCOMPARE(weekStart(QDate(2026, 11, 23), Qt::Monday), QDate(2026, 11, 23));
    }

    void cellsInUtcAndAHalfHourZone()
    {
        const Week inUtc = cellsOfWeek(QDate(2026, 11, 22), QTimeZone("UTC"));
        QCOMPARE(inUtc[0].from, utc(2026, 11, 22, 0));
        QCOMPARE(inUtc[167].to, utc(2026, 11, 29, 0));
        const Week kolkata = cellsOfWeek(QDate(2026, 11, 22), QTimeZone("Asia/Kolkata")); // UTC+5:30
        QCOMPARE(kolkata[0].from, utc(2026, 11, 21, 18, 30));
        // A job allowed on its Sunday 00:00 at minuteOffset 0 covers half of Kolkata's 05:00 and 06:00.
        const BackupWindow w = windowAllowing({ at(Sun, 0) });
        QCOMPARE(allowedSeconds(w, kolkata[5].from, kolkata[5].to), 1800);
        QCOMPARE(allowedSeconds(w, kolkata[6].from, kolkata[6].to), 1800);
        // The same window at +330 is exactly Kolkata's Sunday 00:00.
        const BackupWindow aligned = windowAllowing({ at(Sun, 0) }, 330);
        QCOMPARE(allowedSeconds(aligned, kolkata[0].from, kolkata[0].to), 3600);
    }

    void dstWeeksInBerlin()
    {
        const QTimeZone berlin("Europe/Berlin");
        // Sunday 2026-03-29: 02:00 does not exist; 01:00 ends at 03:00 local (01:00 UTC).
        const Week spring = cellsOfWeek(QDate(2026, 3, 29), berlin);
        QVERIFY(!spring[2].exists());
        QCOMPARE(spring[1].from, utc(2026, 3, 29, 0));
        QCOMPARE(spring[1].to, utc(2026, 3, 29, 1));
        QCOMPARE(spring[3].from, utc(2026, 3, 29, 1));
        QCOMPARE(spring[24].from, utc(2026, 3, 29, 22)); // Monday 00:00 is UTC+2 now
        // Sunday 2026-10-25: 02:00 happens twice; the 01:00 cell spans two real hours.
        const Week autumn = cellsOfWeek(QDate(2026, 10, 25), berlin);
        QCOMPARE(autumn[1].from, utc(2026, 10, 24, 23));
        QCOMPARE(autumn[1].to, utc(2026, 10, 25, 1));
        QCOMPARE(autumn[2].from, utc(2026, 10, 25, 1));
        QCOMPARE(autumn[2].to, utc(2026, 10, 25, 2));
        int cells = 0;
        qint64 seconds = 0;
        for (const Cell &c : autumn) {
            cells += c.exists() ? 1 : 0;
            seconds += c.exists() ? c.from.secsTo(c.to) : 0;
        }
        QCOMPARE(cells, 168);
        QCOMPARE(seconds, qint64(169) * 3600); // the week had one hour more
        // A window allowing UTC Sunday 00:00 (the repeated hour's first pass) lands in the long cell.
        const BackupWindow w = windowAllowing({ at(Sun, 0) });
        QCOMPARE(allowedSeconds(w, autumn[1].from, autumn[1].to), 3600);
    }
};

QTEST_GUILESS_MAIN(TestWeekGrid)
#include "tst_weekgrid.moc"
