#include "app/sourcestates.h"

#include <QTest>

using namespace BackupDash;

class TestSourceStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configurationProblemIsShownBeforeAnyPoll()
    {
        SourceConfig config;
        config.id = QStringLiteral("vb");
        config.vendor = QStringLiteral("veeam-vb365");
        config.baseUrl = QUrl(QStringLiteral("https://vbo.example.com:4443"));
        config.problem = QStringLiteral("environment variable X (auth.passwordEnv) is not set");
        config.problemHealth = SourceHealth::AuthFailed;
        const SourceState state = initialSourceState(config);
        QCOMPARE(state.health, SourceHealth::AuthFailed);
        QCOMPARE(state.lastError, config.problem);
        QCOMPARE(state.baseUrl, QStringLiteral("https://vbo.example.com:4443"));
        config.problem.clear();
        QCOMPARE(initialSourceState(config).health, SourceHealth::Pending);
    }

    void failureKindsAndWhetherOlderDataIsShown_data()
    {
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<bool>("hasData");
        QTest::addColumn<SourceHealth>("expected");
        QTest::newRow("http error, data shown") << ApiError::Kind::HttpStatus << true << SourceHealth::Stale;
        QTest::newRow("http error, nothing shown") << ApiError::Kind::HttpStatus << false << SourceHealth::Unreachable;
        QTest::newRow("bad payload, data shown") << ApiError::Kind::BadPayload << true << SourceHealth::Stale;
        QTest::newRow("too large, nothing shown") << ApiError::Kind::TooLarge << false << SourceHealth::Unreachable;
        QTest::newRow("refused") << ApiError::Kind::Unreachable << true << SourceHealth::Unreachable;
        QTest::newRow("timeout") << ApiError::Kind::Timeout << true << SourceHealth::Unreachable;
        QTest::newRow("tls") << ApiError::Kind::Tls << false << SourceHealth::Unreachable;
        QTest::newRow("auth") << ApiError::Kind::AuthFailed << true << SourceHealth::AuthFailed;
    }
    void failureKindsAndWhetherOlderDataIsShown()
    {
        QFETCH(ApiError::Kind, kind);
        QFETCH(bool, hasData);
        QFETCH(SourceHealth, expected);
        SourceState state;
        state.polling = true;
        state.taskCount = 7;
        recordPollFailure(state, ApiError::make(kind, QStringLiteral("what went wrong")), hasData);
        QCOMPARE(state.health, expected);
        QCOMPARE(state.lastError, QStringLiteral("what went wrong"));
        QVERIFY(!state.polling);
        QVERIFY(state.lastAttemptAt.isValid());
        QCOMPARE(state.taskCount, 7); // the counts of the data still shown stay
    }

    void successClearsTheError()
    {
        SourceState state;
        recordPollFailure(state, ApiError::make(ApiError::Kind::Timeout, QStringLiteral("timed out")), false);
        SourceSnapshot snapshot;
        snapshot.polledAt = QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        snapshot.tasks.resize(3);
        recordPollSuccess(state, snapshot);
        QCOMPARE(state.health, SourceHealth::Ok);
        QVERIFY(state.lastError.isEmpty());
        QCOMPARE(state.lastSuccessAt, snapshot.polledAt);
        QCOMPARE(state.taskCount, 3);
    }

    // The offline cache: before the first poll, the last known state is shown stale, with its age.
    void lastKnownStateIsStaleWithItsAge()
    {
        SourceState state;
        SourceSnapshot cached;
        cached.polledAt = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
        cached.tasks.resize(4);
        recordLastKnown(state, cached);
        QCOMPARE(state.health, SourceHealth::Stale);
        QCOMPARE(state.lastSuccessAt, cached.polledAt);
        QCOMPARE(state.taskCount, 4);
        QVERIFY2(state.lastError.contains(QStringLiteral("(3 h 0 min old)")), qPrintable(state.lastError));
        QVERIFY(state.lastError.startsWith(QStringLiteral("Showing the last known state")));

        // A configuration problem says more than old data: it stays.
        SourceState broken;
        broken.health = SourceHealth::AuthFailed;
        broken.lastError = QStringLiteral("environment variable X is not set");
        recordLastKnown(broken, cached);
        QCOMPARE(broken.health, SourceHealth::AuthFailed);
        QCOMPARE(broken.lastError, QStringLiteral("environment variable X is not set"));
    }
};

QTEST_GUILESS_MAIN(TestSourceStates)
#include "tst_sourcestates.moc"
