<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupDash::OverviewTab</name>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources not answering</source>
        <translation>
            <numerusform>%n source not answering</numerusform>
            <numerusform>%n sources not answering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources stale</source>
        <translation>
            <numerusform>%n source stale</numerusform>
            <numerusform>%n sources stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources not polled yet</source>
        <translation>
            <numerusform>%n source not polled yet</numerusform>
            <numerusform>%n sources not polled yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDash::PollStatusWidget</name>
    <message numerus="yes">
        <source>All %n sources are disabled</source>
        <translation>
            <numerusform>The %n source is disabled</numerusform>
            <numerusform>All %n sources are disabled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n sources need attention</source>
        <translation>
            <numerusform> · %n source needs attention</numerusform>
            <numerusform> · %n sources need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the first poll of %n sources</source>
        <translation>
            <numerusform>Waiting for the first poll of %n source</numerusform>
            <numerusform>Waiting for the first poll of %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n sources OK</source>
        <translation>
            <numerusform>%n source OK</numerusform>
            <numerusform>All %n sources OK</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDash::RestoresTab</name>
    <message numerus="yes">
        <source>%n restore jobs</source>
        <translation>
            <numerusform>%n restore job</numerusform>
            <numerusform>%n restore jobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDash::StatusDonut</name>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDash::TaskSummaryLabel</name>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources stale</source>
        <translation>
            <numerusform>%n source stale</numerusform>
            <numerusform>%n sources stale</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDash::TasksTab</name>
    <message numerus="yes">
        <source>%n sources did not answer; the Sources tab says why.</source>
        <translation>
            <numerusform>%n source did not answer; the Sources tab says why.</numerusform>
            <numerusform>%n sources did not answer; the Sources tab says why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%n tasks, some with status unknown</source>
        <translation>
            <numerusform>%n task, status unknown</numerusform>
            <numerusform>%n tasks, some with status unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failures or warnings in %n tasks</source>
        <translation>
            <numerusform>No failure or warning in %n task</numerusform>
            <numerusform>No failures or warnings in %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources unreachable</source>
        <translation>
            <numerusform>%n source unreachable</numerusform>
            <numerusform>%n sources unreachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources stale</source>
        <translation>
            <numerusform>%n source stale</numerusform>
            <numerusform>%n sources stale</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowGridModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The clocks went back: this hour happened twice (%n minutes).</source>
        <translation>
            <numerusform>The clocks went back: this hour happened twice (%n minute).</numerusform>
            <numerusform>The clocks went back: this hour happened twice (%n minutes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n only part of the hour)</source>
        <translation>
            <numerusform>(%n only part of the hour)</numerusform>
            <numerusform>(%n only part of the hour)</numerusform>
        </translation>
    </message>
</context>
</TS>
