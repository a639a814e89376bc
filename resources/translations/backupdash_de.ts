<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcronisParser</name>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is not a 64-bit integer</source>
        <translation>%1 ist keine 64-Bit-Ganzzahl</translation>
    </message>
    <message>
        <source>%1 is neither a number nor a string</source>
        <translation>%1 ist weder eine Zahl noch eine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 %2 and %3 %4 disagree</source>
        <translation>%1 %2 und %3 %4 widersprechen sich</translation>
    </message>
    <message>
        <source>no id (neither %1 nor %2)</source>
        <translation>keine ID (weder %1 noch %2)</translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>tasks page: %1</source>
        <translation>Aufgabenseite: %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an empty object</source>
        <translation>ein leeres Objekt</translation>
    </message>
    <message>
        <source>an object with keys %1</source>
        <translation>ein Objekt mit den Schlüsseln %1</translation>
    </message>
    <message>
        <source>tasks page: expected an object with an &quot;items&quot; array, got %1</source>
        <translation>Aufgabenseite: erwartet war ein Objekt mit einem Array „items“, erhalten: %1</translation>
    </message>
    <message>
        <source>tasks page: element %1 is not an object</source>
        <translation>Aufgabenseite: Element %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>tasks page: element %1: %2</source>
        <translation>Aufgabenseite: Element %1: %2</translation>
    </message>
    <message>
        <source>no access_token in the answer</source>
        <translation>kein access_token in der Antwort</translation>
    </message>
    <message>
        <source>Mailbox backup</source>
        <translation>Postfachsicherung</translation>
    </message>
    <message>
        <source>Mailbox restore</source>
        <translation>Postfach-Wiederherstellung</translation>
    </message>
    <message>
        <source>OneDrive backup</source>
        <translation>OneDrive-Sicherung</translation>
    </message>
    <message>
        <source>OneDrive restore</source>
        <translation>OneDrive-Wiederherstellung</translation>
    </message>
    <message>
        <source>SharePoint backup</source>
        <translation>SharePoint-Sicherung</translation>
    </message>
    <message>
        <source>SharePoint restore</source>
        <translation>SharePoint-Wiederherstellung</translation>
    </message>
    <message>
        <source>Gmail backup</source>
        <translation>Gmail-Sicherung</translation>
    </message>
    <message>
        <source>Gmail restore</source>
        <translation>Gmail-Wiederherstellung</translation>
    </message>
    <message>
        <source>Google Drive backup</source>
        <translation>Google-Drive-Sicherung</translation>
    </message>
    <message>
        <source>Google Drive restore</source>
        <translation>Google-Drive-Wiederherstellung</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Management task</source>
        <translation>Verwaltungsaufgabe</translation>
    </message>
    <message>
        <source>resource %1</source>
        <translation>Ressource %1</translation>
    </message>
</context>
<context>
    <name>Attention</name>
    <message>
        <source>the latest execution failed</source>
        <translation>die letzte Ausführung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the latest execution ended with warnings</source>
        <translation>die letzte Ausführung endete mit Warnungen</translation>
    </message>
    <message>
        <source>the last run failed</source>
        <translation>der letzte Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the last run ended with warnings</source>
        <translation>der letzte Lauf endete mit Warnungen</translation>
    </message>
    <message>
        <source>%1 (vendor: %2)</source>
        <translation>%1 (Anbieter: %2)</translation>
    </message>
    <message>
        <source>no success for %1 h (RPO %2 h)</source>
        <translation>seit %1 h kein Erfolg (RPO %2 h)</translation>
    </message>
    <message>
        <source>no success since its first known run (RPO %1 h)</source>
        <translation>kein Erfolg seit dem ersten bekannten Lauf (RPO %1 h)</translation>
    </message>
    <message>
        <source>the run due %1 has not started</source>
        <translation>der für %1 fällige Lauf hat nicht begonnen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>RPO breached</source>
        <translation>RPO überschritten</translation>
    </message>
    <message>
        <source>Missed run</source>
        <translation>Verpasster Lauf</translation>
    </message>
    <message>
        <source>Source unreachable</source>
        <translation>Quelle nicht erreichbar</translation>
    </message>
    <message>
        <source>Source authentication failed</source>
        <translation>Anmeldung an der Quelle fehlgeschlagen</translation>
    </message>
    <message>
        <source>Source stale</source>
        <translation>Quelle veraltet</translation>
    </message>
</context>
<context>
    <name>BackupDash::AcronisConnector</name>
    <message>
        <source>the vendor&apos;s paging does not end (page %1 gives cursor %2 again)</source>
        <translation>die Seitenabfolge des Anbieters endet nicht (Seite %1 liefert erneut den Cursor %2)</translation>
    </message>
</context>
<context>
    <name>BackupDash::ApiClient</name>
    <message>
        <source>connection refused by %1 (is the service running?)</source>
        <translation>Verbindung von %1 abgelehnt (läuft der Dienst?)</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>%1 closed the connection after the request was sent; it was not sent again, so whether it took effect is unknown</source>
        <translation>%1 hat die Verbindung nach dem Senden der Anfrage geschlossen; sie wurde nicht erneut gesendet, ob sie gewirkt hat, ist daher unbekannt</translation>
    </message>
    <message>
        <source>the network is down (%1)</source>
        <translation>das Netzwerk ist nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the token endpoint answered without a usable token: %1</source>
        <translation>der Token-Endpunkt antwortete ohne verwendbares Token: %1</translation>
    </message>
    <message>
        <source>sign-in rejected: %1</source>
        <translation>Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>the compressed answer from %1 could not be unpacked (corrupt or cut short)</source>
        <translation>die komprimierte Antwort von %1 ließ sich nicht entpacken (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <source>the answer from %1 came in an encoding BackupDash did not ask for (%2)</source>
        <translation>die Antwort von %1 kam in einer Kodierung, die BackupDash nicht angefordert hat (%2)</translation>
    </message>
    <message>
        <source>the answer from %1 unpacks to more than the %2 MiB response limit</source>
        <translation>die Antwort von %1 ergibt entpackt mehr als die Antwortgrenze von %2 MiB</translation>
    </message>
    <message>
        <source>the answer from %1 exceeded the %2 MiB response limit</source>
        <translation>die Antwort von %1 überschritt die Antwortgrenze von %2 MiB</translation>
    </message>
    <message>
        <source>the server rejected a freshly issued token (HTTP 401)</source>
        <translation>der Server hat ein frisch ausgestelltes Token abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s (timed out)</source>
        <translation>keine Antwort von %1 innerhalb von %2 s (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>connecting to %1 timed out</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1</translation>
    </message>
    <message>
        <source>not connected to %1: %2. To trust it, set the source&apos;s caCertificates to the PEM file of its CA (for a self-signed certificate, the certificate itself)</source>
        <translation>nicht mit %1 verbunden: %2. Um ihm zu vertrauen, setzen Sie caCertificates der Quelle auf die PEM-Datei seiner Zertifizierungsstelle (bei einem selbstsignierten Zertifikat auf das Zertifikat selbst)</translation>
    </message>
    <message>
        <source>HTTP %1%2 from %3</source>
        <translation>HTTP %1%2 von %3</translation>
    </message>
</context>
<context>
    <name>BackupDash::AttentionModel</name>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Quelle: %1 (%2)</translation>
    </message>
    <message>
        <source>Task: %1 on %2 (%3)</source>
        <translation>Aufgabe: %1 auf %2 (%3)</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Seit: %1</translation>
    </message>
    <message>
        <source>Stale: the source&apos;s data is not current; this is the last known state.</source>
        <translation>Veraltet: Die Daten der Quelle sind nicht aktuell; dies ist der letzte bekannte Stand.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>BackupDash::AuditLogDialog</name>
    <message>
        <source>Restore audit log</source>
        <translation>Prüfprotokoll der Wiederherstellungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>journal %1 · vendor job %2</source>
        <translation>Journal %1 · Anbieterauftrag %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Export JSON Lines…</source>
        <translation>Als JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BackupDash::CheckCommand</name>
    <message>
        <source>%1 must be a number of hours above 0 (at most a year), not &apos;%2&apos;</source>
        <translation>%1 muss eine Stundenzahl über 0 sein (höchstens ein Jahr), nicht „%2“</translation>
    </message>
    <message>
        <source>--config FILE is required</source>
        <translation>--config FILE ist erforderlich</translation>
    </message>
    <message>
        <source>--warning-age (%1 h) must not be above --critical-age (%2 h)</source>
        <translation>--warning-age (%1 h) darf nicht über --critical-age (%2 h) liegen</translation>
    </message>
    <message>
        <source>no source &apos;%1&apos; in %2</source>
        <translation>keine Quelle „%1“ in %2</translation>
    </message>
    <message>
        <source>no enabled source to check in %1</source>
        <translation>keine aktivierte Quelle zum Prüfen in %1</translation>
    </message>
</context>
<context>
    <name>BackupDash::CheckVerdict</name>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>missed run</source>
        <translation>verpasster Lauf</translation>
    </message>
    <message>
        <source>no success within the RPO</source>
        <translation>kein Erfolg innerhalb des RPO</translation>
    </message>
    <message>
        <source>no success for more than %1 h</source>
        <translation>seit mehr als %1 h kein Erfolg</translation>
    </message>
    <message>
        <source>%1 tasks in %2 sources, all fine</source>
        <translation>%1 Aufgaben in %2 Quellen, alles in Ordnung</translation>
    </message>
</context>
<context>
    <name>BackupDash::ConnectorTester</name>
    <message>
        <source>1 task</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 Aufgaben</translation>
    </message>
    <message>
        <source>1 restore</source>
        <translation>1 Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 restores</source>
        <translation>%1 Wiederherstellungen</translation>
    </message>
    <message>
        <source>Connected: %1, %2</source>
        <translation>Verbunden: %1, %2</translation>
    </message>
    <message>
        <source>there is no keychain here</source>
        <translation>hier gibt es keinen Schlüsselbund</translation>
    </message>
    <message>
        <source>this source cannot be polled</source>
        <translation>diese Quelle kann nicht abgefragt werden</translation>
    </message>
</context>
<context>
    <name>BackupDash::DesktopNotifier</name>
    <message>
        <source>Desktop notifications are off: no notification service (%1) is running on the session bus.</source>
        <translation>Desktop-Benachrichtigungen sind aus: Auf dem Sitzungsbus läuft kein Benachrichtigungsdienst (%1).</translation>
    </message>
    <message>
        <source>Desktop notifications are off: there is no D-Bus session bus to send them through.</source>
        <translation>Desktop-Benachrichtigungen sind aus: Es gibt keinen D-Bus-Sitzungsbus, über den sie gesendet werden könnten.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>The notification service did not show a notification: %1</source>
        <translation>Der Benachrichtigungsdienst hat eine Benachrichtigung nicht angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>BackupDash::DesktopPresence</name>
    <message>
        <source>New failures</source>
        <translation>Neue Fehlschläge</translation>
    </message>
    <message>
        <source>RPO breaches</source>
        <translation>RPO-Überschreitungen</translation>
    </message>
    <message>
        <source>Sources not answering</source>
        <translation>Quellen, die nicht antworten</translation>
    </message>
    <message>
        <source>Restores finishing</source>
        <translation>Abgeschlossene Wiederherstellungen</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Polling paused: the data shown ages until you resume it</source>
        <translation>Abfragen pausiert: Die angezeigten Daten veralten, bis Sie sie fortsetzen</translation>
    </message>
    <message>
        <source>Polling resumed</source>
        <translation>Abfragen fortgesetzt</translation>
    </message>
    <message>
        <source>&amp;Mute source</source>
        <translation>Quelle &amp;stummschalten</translation>
    </message>
</context>
<context>
    <name>BackupDash::ExportUi</name>
    <message>
        <source>Export failed: cannot write %1: %2</source>
        <translation>Export fehlgeschlagen: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>1 backup task</source>
        <translation>1 Sicherungsaufgabe</translation>
    </message>
    <message>
        <source>%1 backup tasks</source>
        <translation>%1 Sicherungsaufgaben</translation>
    </message>
    <message>
        <source>1 restore</source>
        <translation>1 Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 restores</source>
        <translation>%1 Wiederherstellungen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>Backup tasks as shown, CSV (*.csv)</source>
        <translation>Sicherungsaufgaben wie angezeigt, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Restores as shown, CSV (*.csv)</source>
        <translation>Wiederherstellungen wie angezeigt, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Backup tasks and restores as shown, JSON (*.json)</source>
        <translation>Sicherungsaufgaben und Wiederherstellungen wie angezeigt, JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>BackupDash::HealthLegend</name>
    <message>
        <source>ok: data is current</source>
        <translation>ok: Daten sind aktuell</translation>
    </message>
    <message>
        <source>stale: the last poll failed, the data shown is older</source>
        <translation>veraltet: letzte Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>unreachable: no answer</source>
        <translation>nicht erreichbar: keine Antwort</translation>
    </message>
    <message>
        <source>auth failed: credentials rejected</source>
        <translation>Anmeldung fehlgeschlagen: Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>waiting: the first poll has not answered yet</source>
        <translation>wartend: noch keine Antwort</translation>
    </message>
    <message>
        <source>What the source states mean</source>
        <translation>Was die Zustände der Quellen bedeuten</translation>
    </message>
</context>
<context>
    <name>BackupDash::HistoryStore</name>
    <message>
        <source>column %1 holds &quot;%2&quot; where %3 belongs</source>
        <translation>Spalte %1 enthält „%2“, wo %3 hingehört</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a small whole number</source>
        <translation>eine kleine ganze Zahl</translation>
    </message>
    <message>
        <source>a count</source>
        <translation>eine Anzahl</translation>
    </message>
    <message>
        <source>a status</source>
        <translation>ein Status</translation>
    </message>
    <message>
        <source>the history</source>
        <translation>der Verlauf</translation>
    </message>
    <message>
        <source>write-ahead logging was refused (journal mode %1)</source>
        <translation>Write-Ahead-Logging wurde abgelehnt (Journalmodus %1)</translation>
    </message>
    <message>
        <source>the history could not be pruned: %1</source>
        <translation>der Verlauf konnte nicht bereinigt werden: %1</translation>
    </message>
    <message>
        <source>the history could not be read: %1</source>
        <translation>der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the history could not be written: %1</source>
        <translation>der Verlauf konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite)</source>
        <translation>Der SQLite-Treiber von Qt fehlt (Debian-Paket libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>no path was given for the history</source>
        <translation>für den Verlauf wurde kein Pfad angegeben</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the history</source>
        <translation>der Ordner %1 für den Verlauf kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the history at %1: %2</source>
        <translation>der Verlauf unter %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>the cached source %1</source>
        <translation>die zwischengespeicherte Quelle %1</translation>
    </message>
    <message>
        <source>the cached task %1 of %2</source>
        <translation>die zwischengespeicherte Aufgabe %1 von %2</translation>
    </message>
    <message>
        <source>a poll without its source cannot be recorded in the history</source>
        <translation>eine Abfrage ohne ihre Quelle kann nicht im Verlauf erfasst werden</translation>
    </message>
    <message>
        <source>the poll of %1 has no time, so the history cannot record it</source>
        <translation>die Abfrage von %1 hat keine Zeit, daher kann der Verlauf sie nicht erfassen</translation>
    </message>
    <message>
        <source>the history needs a valid time range</source>
        <translation>der Verlauf braucht einen gültigen Zeitraum</translation>
    </message>
    <message>
        <source>the counts of a poll of %1</source>
        <translation>die Zählwerte einer Abfrage von %1</translation>
    </message>
    <message>
        <source>a success rate needs buckets of at least one second</source>
        <translation>eine Erfolgsquote braucht Intervalle von mindestens einer Sekunde</translation>
    </message>
    <message>
        <source>polls of vendor %1 in the success rate</source>
        <translation>Abfragen des Anbieters %1 in der Erfolgsquote</translation>
    </message>
    <message>
        <source>%1 of them hold counts that cannot be read</source>
        <translation>%1 davon enthalten Zählwerte, die nicht lesbar sind</translation>
    </message>
    <message>
        <source>a status change of task %1 of %2</source>
        <translation>ein Statuswechsel der Aufgabe %1 von %2</translation>
    </message>
    <message>
        <source>run %1 of task %2 of %3</source>
        <translation>Lauf %1 der Aufgabe %2 von %3</translation>
    </message>
    <message>
        <source>the history cannot be pruned before an invalid time</source>
        <translation>der Verlauf kann nicht vor einer ungültigen Zeit bereinigt werden</translation>
    </message>
</context>
<context>
    <name>BackupDash::JournalLock</name>
    <message>
        <source>another BackupDash (pid %1 on host %2) is working the restore journal</source>
        <translation>ein anderes BackupDash (PID %1 auf Host %2) bearbeitet das Wiederherstellungsjournal</translation>
    </message>
    <message>
        <source>another BackupDash is working the restore journal (lock file %1)</source>
        <translation>ein anderes BackupDash bearbeitet das Wiederherstellungsjournal (Sperrdatei %1)</translation>
    </message>
    <message>
        <source>cannot create the lock file %1: permission denied</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>BackupDash::MainWindow</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>BackupDash</source>
        <translation>BackupDash</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Backup tasks</source>
        <translation>Sicherungsaufgaben</translation>
    </message>
    <message>
        <source>Backup windows</source>
        <translation>Sicherungsfenster</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Wiederherstellungen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>Jetzt &amp;abfragen</translation>
    </message>
    <message>
        <source>Poll every source now (F5)</source>
        <translation>Alle Quellen jetzt abfragen (F5)</translation>
    </message>
    <message>
        <source>&amp;Search tasks</source>
        <translation>Aufgaben &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About BackupDash</source>
        <translation>&amp;Über BackupDash</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Restore %1 (Ctrl+R)</source>
        <translation>%1 wiederherstellen (Strg+R)</translation>
    </message>
    <message>
        <source>Select a backup task to restore (Ctrl+R)</source>
        <translation>Wählen Sie eine Sicherungsaufgabe zum Wiederherstellen (Strg+R)</translation>
    </message>
    <message>
        <source>About BackupDash</source>
        <translation>Über BackupDash</translation>
    </message>
    <message>
        <source>&lt;h3&gt;BackupDash %1&lt;/h3&gt;&lt;p&gt;One window for every backup vendor: backup tasks, backup windows, restores and the health of every source.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;BackupDash %1&lt;/h3&gt;&lt;p&gt;Ein Fenster für jeden Sicherungsanbieter: Sicherungsaufgaben, Sicherungsfenster, Wiederherstellungen und der Zustand jeder Quelle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Sources…</source>
        <translation>&amp;Quellen…</translation>
    </message>
    <message>
        <source>Add, edit, remove, enable or disable the sources this dashboard watches</source>
        <translation>Die Quellen, die dieses Dashboard überwacht, hinzufügen, bearbeiten, entfernen, aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the backup tasks or restores as shown, as CSV or JSON (Ctrl+E)</source>
        <translation>Die Sicherungsaufgaben oder Wiederherstellungen wie angezeigt als CSV oder JSON speichern (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>BackupDash::OverviewFeed</name>
    <message>
        <source>The history could not be written: %1</source>
        <translation>Der Verlauf konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Alle Anbieter</translation>
    </message>
</context>
<context>
    <name>BackupDash::OverviewTab</name>
    <message>
        <source>Estate summary</source>
        <translation>Gesamtlage</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Success rate period</source>
        <translation>Zeitraum der Erfolgsquote</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Success rate &amp;period:</source>
        <translation>&amp;Zeitraum der Erfolgsquote:</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>1 source not answering</source>
        <translation>1 Quelle antwortet nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n sources not answering</source>
        <translation>
            <numerusform>%n Quelle antwortet nicht</numerusform>
            <numerusform>%n Quellen antworten nicht</numerusform>
        </translation>
    </message>
    <message>
        <source>1 source stale</source>
        <translation>1 Quelle veraltet</translation>
    </message>
    <message numerus="yes">
        <source>%n sources stale</source>
        <translation>
            <numerusform>%n Quelle veraltet</numerusform>
            <numerusform>%n Quellen veraltet</numerusform>
        </translation>
    </message>
    <message>
        <source>1 source not polled yet</source>
        <translation>1 Quelle noch nicht abgefragt</translation>
    </message>
    <message numerus="yes">
        <source>%n sources not polled yet</source>
        <translation>
            <numerusform>%n Quelle noch nicht abgefragt</numerusform>
            <numerusform>%n Quellen noch nicht abgefragt</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Handlungsbedarf (%1)</translation>
    </message>
    <message>
        <source>Nothing needs your attention</source>
        <translation>Kein Handlungsbedarf</translation>
    </message>
    <message>
        <source>No failures, warnings, missed runs, RPO breaches or unreachable sources.</source>
        <translation>Keine Fehlschläge, Warnungen, verpassten Läufe, RPO-Überschreitungen oder nicht erreichbaren Quellen.</translation>
    </message>
</context>
<context>
    <name>BackupDash::PollStatusWidget</name>
    <message>
        <source>next poll due</source>
        <translation>nächste Abfrage fällig</translation>
    </message>
    <message>
        <source>next in %1 s</source>
        <translation>nächste in %1 s</translation>
    </message>
    <message>
        <source>next in %1 min %2 s</source>
        <translation>nächste in %1 min %2 s</translation>
    </message>
    <message>
        <source>next in %1 h %2 min</source>
        <translation>nächste in %1 h %2 min</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: disabled</source>
        <translation>%1: deaktiviert</translation>
    </message>
    <message>
        <source>, polling now</source>
        <translation>, wird gerade abgefragt</translation>
    </message>
    <message>
        <source>Click to open the Sources tab.</source>
        <translation>Klicken, um den Reiter Quellen zu öffnen.</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfrage läuft</translation>
    </message>
    <message>
        <source>No sources configured</source>
        <translation>Keine Quellen eingerichtet</translation>
    </message>
    <message>
        <source>The only source is disabled</source>
        <translation>Die einzige Quelle ist deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>All %n sources are disabled</source>
        <translation>
            <numerusform>Die %n Quelle ist deaktiviert</numerusform>
            <numerusform>Alle %n Quellen sind deaktiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message>
        <source>Polling %1 and %2 more…</source>
        <translation>%1 und %2 weitere werden abgefragt…</translation>
    </message>
    <message>
        <source> · 1 source needs attention</source>
        <translation> · 1 Quelle braucht Aufmerksamkeit</translation>
    </message>
    <message numerus="yes">
        <source> · %n sources need attention</source>
        <translation>
            <numerusform> · %n Quelle braucht Aufmerksamkeit</numerusform>
            <numerusform> · %n Quellen brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sources need attention: %3</source>
        <translation>%1 von %2 Quellen brauchen Aufmerksamkeit: %3</translation>
    </message>
    <message>
        <source>Waiting for the first poll of %1</source>
        <translation>Warten auf die erste Abfrage von %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the first poll of %n sources</source>
        <translation>
            <numerusform>Warten auf die erste Abfrage von %n Quelle</numerusform>
            <numerusform>Warten auf die erste Abfrage von %n Quellen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 source OK</source>
        <translation>1 Quelle OK</translation>
    </message>
    <message numerus="yes">
        <source>All %n sources OK</source>
        <translation>
            <numerusform>Die %n Quelle ist OK</numerusform>
            <numerusform>Alle %n Quellen OK</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 disabled</source>
        <translation>%1 deaktiviert</translation>
    </message>
    <message>
        <source>last poll %1</source>
        <translation>letzte Abfrage %1</translation>
    </message>
</context>
<context>
    <name>BackupDash::RestoreCommand</name>
    <message>
        <source>no outcome within the timeout; the journal keeps the request (%1) and the next run checks it</source>
        <translation>kein Ergebnis innerhalb der Zeitgrenze; das Journal behält die Anfrage (%1), der nächste Aufruf prüft sie</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; cannot be polled (disabled or misconfigured)</source>
        <translation>Quelle „%1“ kann nicht abgefragt werden (deaktiviert oder falsch eingerichtet)</translation>
    </message>
    <message>
        <source>cannot read source &apos;%1&apos;: %2</source>
        <translation>Quelle „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; has no task &apos;%2&apos;</source>
        <translation>Quelle „%1“ hat keine Aufgabe „%2“</translation>
    </message>
    <message>
        <source>--overwrite must name the task exactly (&quot;%1&quot;); nothing was sent</source>
        <translation>--overwrite muss die Aufgabe genau benennen („%1“); nichts wurde gesendet</translation>
    </message>
    <message>
        <source>cannot list the backups of %1: %2; nothing was sent</source>
        <translation>die Sicherungen von %1 können nicht aufgelistet werden: %2; nichts wurde gesendet</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; lists no EBS volume backups of %2 (%3); nothing was sent</source>
        <translation>Quelle „%1“ listet keine EBS-Volume-Sicherungen von %2 (%3); nichts wurde gesendet</translation>
    </message>
    <message>
        <source>accepted: %1 started restore job %2 (journal %3)</source>
        <translation>angenommen: %1 hat den Wiederherstellungsauftrag %2 gestartet (Journal %3)</translation>
    </message>
    <message>
        <source>refused: %1 (journal %2)</source>
        <translation>abgelehnt: %1 (Journal %2)</translation>
    </message>
    <message>
        <source>outcome unknown: %1 (journal %2)</source>
        <translation>Ergebnis unbekannt: %1 (Journal %2)</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
</context>
<context>
    <name>BackupDash::RestoreDialog</name>
    <message>
        <source>Latest restore point</source>
        <translation>Neuester Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>Overwrite what is there now</source>
        <translation>Vorhandene Daten überschreiben</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Where to restore to</source>
        <translation>Wohin wiederhergestellt wird</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>Loading the backups of this volume…</source>
        <translation>Die Sicherungen dieses Volumes werden geladen…</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Whole organization (restore session)</source>
        <translation>Ganze Organisation (Wiederherstellungssitzung)</translation>
    </message>
    <message>
        <source>Loading the organization&apos;s mailboxes…</source>
        <translation>Die Postfächer der Organisation werden geladen…</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
    <message>
        <source>What to restore:</source>
        <translation>Was wiederherstellen:</translation>
    </message>
    <message>
        <source>Mailbox:</source>
        <translation>Postfach:</translation>
    </message>
    <message>
        <source>Restore point:</source>
        <translation>Wiederherstellungspunkt:</translation>
    </message>
    <message>
        <source>Restore to:</source>
        <translation>Wiederherstellen nach:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Type the task&apos;s name to confirm</source>
        <translation>Zur Bestätigung den Namen der Aufgabe eingeben</translation>
    </message>
    <message>
        <source>Next…</source>
        <translation>Weiter…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source> from the backup of %1</source>
        <translation> aus der Sicherung vom %1</translation>
    </message>
    <message>
        <source>Restore the mailbox %1 from “%2” on source %3 (%4), %5, to: %6.

BackupDash first opens a restore session, then restores this one mailbox in it; each request is sent once and journaled, and the Restores tab shows what the vendor made of each.</source>
        <translation>Das Postfach %1 aus „%2“ der Quelle %3 (%4), %5, wiederherstellen nach: %6.

BackupDash öffnet zuerst eine Wiederherstellungssitzung und stellt darin dieses eine Postfach wieder her; jede Anfrage wird einmal gesendet und im Journal festgehalten, und der Reiter Wiederherstellungen zeigt, was der Anbieter daraus gemacht hat.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>from the latest restore point</source>
        <translation>vom neuesten Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>the mailbox %1</source>
        <translation>das Postfach %1</translation>
    </message>
    <message>
        <source>Restore “%1”%2 from source %3 (%4), %5, to: %6.

The request is sent once; BackupDash keeps it in its journal and shows what the vendor made of it in the Restores tab.</source>
        <translation>„%1“%2 aus der Quelle %3 (%4), %5, wiederherstellen nach: %6.

Die Anfrage wird einmal gesendet; BackupDash hält sie im Journal fest und zeigt im Reiter Wiederherstellungen, was der Anbieter daraus gemacht hat.</translation>
    </message>
    <message>
        <source>No backups of this volume</source>
        <translation>Keine Sicherungen dieses Volumes</translation>
    </message>
    <message>
        <source>Clumio lists no backup of this volume to restore from.</source>
        <translation>Clumio listet keine Sicherung dieses Volumes, aus der wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>The backups could not be listed</source>
        <translation>Die Sicherungen konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>The backups of this volume could not be listed: %1</source>
        <translation>Die Sicherungen dieses Volumes konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The organization lists no mailboxes.</source>
        <translation>Die Organisation listet keine Postfächer.</translation>
    </message>
    <message>
        <source>The mailboxes could not be listed (%1); the whole organization can still be restored.</source>
        <translation>Die Postfächer konnten nicht aufgelistet werden (%1); die ganze Organisation kann trotzdem wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The address of the mailbox to restore into</source>
        <translation>Die Adresse des Postfachs, in das wiederhergestellt wird</translation>
    </message>
    <message>
        <source>This overwrites the data in place. Type the task&apos;s name, “%1”, to confirm.</source>
        <translation>Dies überschreibt die Daten an Ort und Stelle. Geben Sie zur Bestätigung den Namen der Aufgabe ein: „%1“.</translation>
    </message>
</context>
<context>
    <name>BackupDash::RestoreItemDelegate</name>
    <message>
        <source> · stale</source>
        <translation> · veraltet</translation>
    </message>
</context>
<context>
    <name>BackupDash::RestoreJournal</name>
    <message>
        <source>journal %1 holds a kind, destination or state this version does not know</source>
        <translation>Journal %1 enthält eine Art, ein Ziel oder einen Zustand, den diese Version nicht kennt</translation>
    </message>
    <message>
        <source>the restore journal</source>
        <translation>das Wiederherstellungsjournal</translation>
    </message>
    <message>
        <source>journal %1: cannot go from %2 to %3</source>
        <translation>Journal %1: Übergang von %2 nach %3 nicht möglich</translation>
    </message>
    <message>
        <source>a restore request needs a source, a vendor and a task</source>
        <translation>eine Wiederherstellungsanfrage braucht eine Quelle, einen Anbieter und eine Aufgabe</translation>
    </message>
    <message>
        <source>an abort request needs the vendor&apos;s job to abort</source>
        <translation>eine Abbruchanfrage braucht den abzubrechenden Auftrag des Anbieters</translation>
    </message>
    <message>
        <source>a restore to an alternate location needs that location</source>
        <translation>eine Wiederherstellung an einen anderen Ort braucht diesen Ort</translation>
    </message>
    <message>
        <source>an item restore needs the item and the restore session it works in</source>
        <translation>eine Einzelwiederherstellung braucht das Element und die Wiederherstellungssitzung, in der sie läuft</translation>
    </message>
    <message>
        <source>the restore journal could not be written: %1</source>
        <translation>das Wiederherstellungsjournal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite)</source>
        <translation>Der SQLite-Treiber von Qt fehlt (Debian-Paket libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>no path was given for the restore journal</source>
        <translation>für das Wiederherstellungsjournal wurde kein Pfad angegeben</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the restore journal</source>
        <translation>der Ordner %1 für das Wiederherstellungsjournal kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the restore journal at %1: %2</source>
        <translation>das Wiederherstellungsjournal unter %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>write-ahead logging was refused (journal mode %1)</source>
        <translation>Write-Ahead-Logging wurde abgelehnt (Journalmodus %1)</translation>
    </message>
    <message>
        <source>synchronous=FULL was refused</source>
        <translation>synchronous=FULL wurde abgelehnt</translation>
    </message>
    <message>
        <source>the restore journal could not be read: %1</source>
        <translation>das Wiederherstellungsjournal konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the journal id %1 is not a UUID</source>
        <translation>die Journal-ID %1 ist keine UUID</translation>
    </message>
    <message>
        <source>the parent journal id %1 is not a UUID</source>
        <translation>die übergeordnete Journal-ID %1 ist keine UUID</translation>
    </message>
    <message>
        <source>journal %1 already exists</source>
        <translation>Journal %1 existiert bereits</translation>
    </message>
    <message>
        <source>there is no journal %1</source>
        <translation>es gibt kein Journal %1</translation>
    </message>
    <message>
        <source>journal %1: a send can only be noted while sending, not when %2</source>
        <translation>Journal %1: ein Senden kann nur während des Sendens vermerkt werden, nicht im Zustand %2</translation>
    </message>
    <message>
        <source>journal %1: an acceptance needs the vendor&apos;s job id</source>
        <translation>Journal %1: eine Annahme braucht die Auftrags-ID des Anbieters</translation>
    </message>
    <message>
        <source>journal %1: Qt sent the request %2 times, so it must be reconciled, not accepted</source>
        <translation>Journal %1: Qt hat die Anfrage %2-mal gesendet, sie muss daher abgeglichen, nicht angenommen werden</translation>
    </message>
    <message>
        <source>journal %1: a rejection needs its reason</source>
        <translation>Journal %1: eine Ablehnung braucht ihren Grund</translation>
    </message>
    <message>
        <source>journal %1: an unknown outcome needs its reason</source>
        <translation>Journal %1: ein unbekanntes Ergebnis braucht seinen Grund</translation>
    </message>
    <message>
        <source>journal %1: a reconciled job needs the vendor&apos;s job id</source>
        <translation>Journal %1: ein abgeglichener Auftrag braucht die Auftrags-ID des Anbieters</translation>
    </message>
    <message>
        <source>journal %1: a reconciliation needs its reason</source>
        <translation>Journal %1: ein Abgleich braucht seinen Grund</translation>
    </message>
    <message>
        <source>the audit log could not be read: %1</source>
        <translation>das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the audit log cannot be exported: the target is not open for writing</source>
        <translation>das Prüfprotokoll kann nicht exportiert werden: das Ziel ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>the audit log could not be exported: %1</source>
        <translation>das Prüfprotokoll konnte nicht exportiert werden: %1</translation>
    </message>
</context>
<context>
    <name>BackupDash::RestoreService</name>
    <message>
        <source>%1 documents no way to abort a restore job</source>
        <translation>%1 dokumentiert keinen Weg, einen Wiederherstellungsauftrag abzubrechen</translation>
    </message>
    <message>
        <source>%1 offers no single-item restore here</source>
        <translation>%1 bietet hier keine Einzelwiederherstellung an</translation>
    </message>
    <message>
        <source>one mailbox is restored from an Exchange restore session only</source>
        <translation>ein einzelnes Postfach wird nur aus einer Exchange-Wiederherstellungssitzung wiederhergestellt</translation>
    </message>
    <message>
        <source>the job names no organization to restore from</source>
        <translation>der Auftrag nennt keine Organisation, aus der wiederhergestellt werden kann</translation>
    </message>
    <message>
        <source>no backup chosen to restore from</source>
        <translation>keine Sicherung zum Wiederherstellen gewählt</translation>
    </message>
    <message>
        <source>source %1 cannot be reached from here (not configured or disabled)</source>
        <translation>Quelle %1 ist von hier aus nicht erreichbar (nicht eingerichtet oder deaktiviert)</translation>
    </message>
    <message>
        <source>Qt sent the request %1 times; checking what the vendor made of it</source>
        <translation>Qt hat die Anfrage %1-mal gesendet; es wird geprüft, was der Anbieter daraus gemacht hat</translation>
    </message>
    <message>
        <source>the vendor answered HTTP %1 but named no job (%2); checking</source>
        <translation>der Anbieter antwortete mit HTTP %1, nannte aber keinen Auftrag (%2); wird geprüft</translation>
    </message>
    <message>
        <source>the vendor answered with a redirect (HTTP %1), which is not an acceptance; checking</source>
        <translation>der Anbieter antwortete mit einer Umleitung (HTTP %1), das ist keine Annahme; wird geprüft</translation>
    </message>
    <message>
        <source>%1; checking whether the vendor acted on it</source>
        <translation>%1; es wird geprüft, ob der Anbieter darauf reagiert hat</translation>
    </message>
    <message>
        <source>whether the abort took effect shows in the job&apos;s status</source>
        <translation>ob der Abbruch gewirkt hat, zeigt der Status des Auftrags</translation>
    </message>
    <message>
        <source>CloudAlly lists no restore jobs: check the CloudAlly portal before starting this restore again</source>
        <translation>CloudAlly listet keine Wiederherstellungsaufträge: Prüfen Sie das CloudAlly-Portal, bevor Sie diese Wiederherstellung erneut starten</translation>
    </message>
    <message>
        <source>could not read the vendor&apos;s restore jobs (%1); will check again</source>
        <translation>die Wiederherstellungsaufträge des Anbieters konnten nicht gelesen werden (%1); wird erneut geprüft</translation>
    </message>
    <message>
        <source>the restore session lists this mailbox&apos;s restore (event %1)</source>
        <translation>die Wiederherstellungssitzung listet die Wiederherstellung dieses Postfachs (Ereignis %1)</translation>
    </message>
    <message>
        <source>found the vendor&apos;s job for this request</source>
        <translation>Auftrag des Anbieters zu dieser Anfrage gefunden</translation>
    </message>
    <message>
        <source>the vendor lists no job for this request yet; checking again</source>
        <translation>der Anbieter listet noch keinen Auftrag zu dieser Anfrage; wird erneut geprüft</translation>
    </message>
    <message>
        <source>the vendor has no job for this request: it did not take effect</source>
        <translation>der Anbieter hat keinen Auftrag zu dieser Anfrage: sie hat nicht gewirkt</translation>
    </message>
    <message>
        <source>the vendor lists %1 jobs that could be this request: %2</source>
        <translation>der Anbieter listet %1 Aufträge, die diese Anfrage sein könnten: %2</translation>
    </message>
    <message>
        <source>BackupDash stopped before the vendor answered; checking</source>
        <translation>BackupDash wurde beendet, bevor der Anbieter antwortete; wird geprüft</translation>
    </message>
</context>
<context>
    <name>BackupDash::RestoreTableModel</name>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>BackupDash</source>
        <translation>BackupDash</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Vendor status: %1</source>
        <translation>Status beim Anbieter: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Vendor job id: %1</source>
        <translation>Auftrags-ID beim Anbieter: %1</translation>
    </message>
    <message>
        <source>Started from BackupDash (journal %1)</source>
        <translation>Aus BackupDash gestartet (Journal %1)</translation>
    </message>
    <message>
        <source>Stale: %1 did not answer its last poll; shown as of %2</source>
        <translation>Veraltet: %1 hat auf die letzte Abfrage nicht geantwortet; angezeigt mit Stand %2</translation>
    </message>
    <message>
        <source>What is restored</source>
        <translation>Was wiederhergestellt wird</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <source>Abortable</source>
        <translation>Abbrechbar</translation>
    </message>
</context>
<context>
    <name>BackupDash::RestoreUi</name>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>source %1 cannot be reached from here</source>
        <translation>Quelle %1 ist von hier aus nicht erreichbar</translation>
    </message>
    <message>
        <source>BackupDash restores Clumio EBS volumes only; restore this %1 in the Clumio portal</source>
        <translation>BackupDash stellt bei Clumio nur EBS-Volumes wieder her; stellen Sie dieses Objekt (%1) im Clumio-Portal wieder her</translation>
    </message>
    <message>
        <source>the job names no organization that can be read from here</source>
        <translation>der Auftrag nennt keine Organisation, die von hier aus gelesen werden kann</translation>
    </message>
    <message>
        <source>Abort restore</source>
        <translation>Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <source>Abort “%1” on source %2 (%3)? The request is sent once and journaled.</source>
        <translation>„%1“ auf der Quelle %2 (%3) abbrechen? Die Anfrage wird einmal gesendet und im Journal festgehalten.</translation>
    </message>
    <message>
        <source>Restore audit log</source>
        <translation>Prüfprotokoll der Wiederherstellungen</translation>
    </message>
</context>
<context>
    <name>BackupDash::RestoresTab</name>
    <message>
        <source>&amp;Abort…</source>
        <translation>&amp;Abbrechen…</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Running or queued</source>
        <translation>Laufend oder wartend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Restore jobs of every source</source>
        <translation>Wiederherstellungsaufträge aller Quellen</translation>
    </message>
    <message>
        <source>Cancelled · stale</source>
        <translation>Abgebrochen · veraltet</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Abort…</source>
        <translation>Abbrechen…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Every restore and abort asked for here, and what became of it</source>
        <translation>Jede hier angeforderte Wiederherstellung und jeder Abbruch, und was daraus wurde</translation>
    </message>
    <message>
        <source>Start a restore from Backup tasks (select a task, Restore… or Ctrl+R). Each request is journaled and reaches the vendor once; an outcome that is not clear is checked against the vendor&apos;s own list, never sent again.</source>
        <translation>Starten Sie eine Wiederherstellung unter Sicherungsaufgaben (Aufgabe wählen, Wiederherstellen… oder Strg+R). Jede Anfrage wird im Journal festgehalten und erreicht den Anbieter einmal; ein unklares Ergebnis wird mit der Liste des Anbieters abgeglichen, nie erneut gesendet.</translation>
    </message>
    <message>
        <source>Select a running restore job to abort</source>
        <translation>Wählen Sie einen laufenden Wiederherstellungsauftrag zum Abbrechen</translation>
    </message>
    <message>
        <source>%1 does not allow aborting this job (%2)</source>
        <translation>%1 erlaubt nicht, diesen Auftrag abzubrechen (%2)</translation>
    </message>
    <message>
        <source>%1 is not answering; its jobs cannot be aborted from here now</source>
        <translation>%1 antwortet nicht; seine Aufträge können von hier aus jetzt nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>Abort %1 (Ctrl+Shift+A)</source>
        <translation>%1 abbrechen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>1 restore job</source>
        <translation>1 Wiederherstellungsauftrag</translation>
    </message>
    <message numerus="yes">
        <source>%n restore jobs</source>
        <translation>
            <numerusform>%n Wiederherstellungsauftrag</numerusform>
            <numerusform>%n Wiederherstellungsaufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 running or queued</source>
        <translation>%1 laufend oder wartend</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>No restore job matches the filters</source>
        <translation>Kein Wiederherstellungsauftrag passt zu den Filtern</translation>
    </message>
    <message>
        <source>Choose all sources and all statuses.</source>
        <translation>Wählen Sie alle Quellen und alle Status.</translation>
    </message>
    <message>
        <source>No restore jobs reported yet</source>
        <translation>Noch keine Wiederherstellungsaufträge gemeldet</translation>
    </message>
    <message>
        <source>Restore jobs of every source appear here as the vendors report them. CloudAlly lists only restores started from BackupDash.</source>
        <translation>Die Wiederherstellungsaufträge aller Quellen erscheinen hier, sobald die Anbieter sie melden. CloudAlly listet nur aus BackupDash gestartete Wiederherstellungen.</translation>
    </message>
</context>
<context>
    <name>BackupDash::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between controls; Ctrl+Tab and Ctrl+Shift+Tab between tabs; underlined letters with Alt.</source>
        <translation>Tab und Umschalt+Tab wechseln zwischen Bedienelementen, Strg+Tab und Strg+Umschalt+Tab zwischen Reitern; unterstrichene Buchstaben mit Alt.</translation>
    </message>
</context>
<context>
    <name>BackupDash::SnapshotCommand</name>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>BackupDash::SourceEditorDialog</name>
    <message>
        <source>Veeam Backup for Microsoft 365</source>
        <translation>Veeam Backup for Microsoft 365</translation>
    </message>
    <message>
        <source>Clumio</source>
        <translation>Clumio</translation>
    </message>
    <message>
        <source>Acronis Cyber Protect Cloud</source>
        <translation>Acronis Cyber Protect Cloud</translation>
    </message>
    <message>
        <source>CloudAlly</source>
        <translation>CloudAlly</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>API t&amp;oken:</source>
        <translation>API-T&amp;oken:</translation>
    </message>
    <message>
        <source>Client I&amp;D:</source>
        <translation>Client-I&amp;D:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Refres&amp;h token:</source>
        <translation>Aktualisierungs&amp;token:</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>&amp;API version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>Account &amp;kind:</source>
        <translation>Kontoa&amp;rt:</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Move secrets to the keychain</source>
        <translation>Geheimnisse in den Schlüssel&amp;bund verschieben</translation>
    </message>
    <message>
        <source>&amp;Enabled: poll this source</source>
        <translation>Akt&amp;iv: diese Quelle abfragen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung t&amp;esten</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>Quelle %1 bearbeiten</translation>
    </message>
    <message>
        <source>a short name, e.g. vb365-hq</source>
        <translation>ein kurzer Name, z. B. vb365-hq</translation>
    </message>
    <message>
        <source>Partner (MSP): client ID, client secret, e-mail and password</source>
        <translation>Partner (MSP): Client-ID, Client-Geheimnis, E-Mail und Passwort</translation>
    </message>
    <message>
        <source>User: e-mail and password</source>
        <translation>Benutzer: E-Mail und Passwort</translation>
    </message>
    <message>
        <source>default (%1 s)</source>
        <translation>Standard (%1 s)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>default (%1 h)</source>
        <translation>Standard (%1 h)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>none: the system&apos;s trusted authorities</source>
        <translation>keine: die vertrauenswürdigen Stellen des Systems</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Po&amp;ll every:</source>
        <translation>Ab&amp;fragen alle:</translation>
    </message>
    <message>
        <source>&amp;RPO:</source>
        <translation>R&amp;PO:</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <source>Poll this source once with what is typed here; nothing is saved</source>
        <translation>Diese Quelle einmal mit den hier eingegebenen Angaben abfragen; nichts wird gespeichert</translation>
    </message>
    <message>
        <source>Where the %1 comes from</source>
        <translation>Woher %1 kommt</translation>
    </message>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>im Schlüsselbund gespeichert; zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>type it; it is stored in the keychain, not in the file</source>
        <translation>eintippen; es wird im Schlüsselbund gespeichert, nicht in der Datei</translation>
    </message>
    <message>
        <source>the environment variable&apos;s name, e.g. %1</source>
        <translation>der Name der Umgebungsvariable, z. B. %1</translation>
    </message>
    <message>
        <source>⚠ The %1 is written in the sources file, readable by anyone who can read the file. Move it to the keychain (or name an environment variable).</source>
        <translation>⚠ %1 steht in der Quellendatei, lesbar für jeden, der die Datei lesen kann. Verschieben Sie es in den Schlüsselbund (oder nennen Sie eine Umgebungsvariable).</translation>
    </message>
    <message>
        <source>⚠ The %1 are written in the sources file, readable by anyone who can read the file. Move them to the keychain (or name environment variables).</source>
        <translation>⚠ %1 stehen in der Quellendatei, lesbar für jeden, der die Datei lesen kann. Verschieben Sie sie in den Schlüsselbund (oder nennen Sie Umgebungsvariablen).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Not saved yet:</source>
        <translation>Noch nicht gespeichert:</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>BackupDash::SourceStatusBars</name>
    <message>
        <source>Tasks per source</source>
        <translation>Aufgaben je Quelle</translation>
    </message>
    <message>
        <source>%1 · %2: %3 of %4</source>
        <translation>%1 · %2: %3 von %4</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Tasks per source by status</source>
        <translation>Aufgaben je Quelle nach Status</translation>
    </message>
</context>
<context>
    <name>BackupDash::SourceTableModel</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 at %2
%3</source>
        <translation>%1 um %2
%3</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>Abfrage läuft…</translation>
    </message>
    <message>
        <source>polling now</source>
        <translation>wird abgefragt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Letzte Abfrage</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Nächste Abfrage</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>BackupDash::SourcesDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Sources &amp;watched by this dashboard:</source>
        <translation>Von diesem Dashboard &amp;überwachte Quellen:</translation>
    </message>
    <message>
        <source>Add a source (%1)</source>
        <translation>Eine Quelle hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Remove the selected source (Delete)</source>
        <translation>Die ausgewählte Quelle entfernen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the sources file; the dashboard applies it at once (%1)</source>
        <translation>Die Quellendatei speichern; das Dashboard übernimmt sie sofort (%1)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>%1 does not exist yet: it is created when you save.</source>
        <translation>%1 gibt es noch nicht: Die Datei wird beim Speichern angelegt.</translation>
    </message>
    <message>
        <source>%1 cannot be edited here: %2. Fix it in a text editor, then open this dialog again.</source>
        <translation>%1 lässt sich hier nicht bearbeiten: %2. Korrigieren Sie die Datei in einem Texteditor und öffnen Sie diesen Dialog dann erneut.</translation>
    </message>
    <message>
        <source>Editing %1.</source>
        <translation>Bearbeitet wird %1.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1 written in the file</source>
        <translation>%1 in der Datei</translation>
    </message>
    <message>
        <source>%1 not in the keychain</source>
        <translation>%1 nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 stored on save</source>
        <translation>%1 wird beim Speichern abgelegt</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>not in the keychain</source>
        <translation>nicht im Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Ansehen…</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>Source %1 (read only)</source>
        <translation>Quelle %1 (nur lesen)</translation>
    </message>
    <message>
        <source>Unsaved changes: Save writes them to %1.</source>
        <translation>Ungespeicherte Änderungen: Speichern schreibt sie nach %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(ohne Kennung)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>there is no keychain here: name an environment variable for the %1 of %2</source>
        <translation>hier gibt es keinen Schlüsselbund: Nennen Sie eine Umgebungsvariable für %1 von %2</translation>
    </message>
    <message>
        <source>Storing secrets in the keychain…</source>
        <translation>Geheimnisse werden im Schlüsselbund abgelegt…</translation>
    </message>
    <message>
        <source>Not saved: cannot write %1: %2</source>
        <translation>Nicht gespeichert: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1; the dashboard now watches these sources.</source>
        <translation>%1 gespeichert; das Dashboard überwacht jetzt diese Quellen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Close without saving the changes to the sources?</source>
        <translation>Schließen, ohne die Änderungen an den Quellen zu speichern?</translation>
    </message>
</context>
<context>
    <name>BackupDash::SourcesEditing</name>
    <message>
        <source>These are the demo&apos;s simulated sources: they cannot be saved. Start BackupDash without --demo to edit your own.</source>
        <translation>Das sind die simulierten Quellen der Demo: Sie lassen sich nicht speichern. Starten Sie BackupDash ohne --demo, um Ihre eigenen zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>BackupDash::SourcesTab</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>polling now</source>
        <translation>wird abgefragt</translation>
    </message>
    <message>
        <source>&amp;Edit sources…</source>
        <translation>Quellen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Add, edit, remove, enable or disable sources (File → Sources…)</source>
        <translation>Quellen hinzufügen, bearbeiten, entfernen, aktivieren oder deaktivieren (Datei → Quellen…)</translation>
    </message>
</context>
<context>
    <name>BackupDash::SqliteSupport</name>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer BackupDash (schema %2; this version knows schema %3 at most)</source>
        <translation>%1 wurde von einem neueren BackupDash geschrieben (Schema %2; diese Version kennt höchstens Schema %3)</translation>
    </message>
</context>
<context>
    <name>BackupDash::StatusDonut</name>
    <message>
        <source>1 task</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks yet</source>
        <translation>Noch keine Aufgaben</translation>
    </message>
    <message>
        <source>Tasks by status</source>
        <translation>Aufgaben nach Status</translation>
    </message>
    <message>
        <source>%1 stale</source>
        <translation>%1 veraltet</translation>
    </message>
    <message>
        <source>%1 success</source>
        <translation>%1 erfolgreich</translation>
    </message>
    <message>
        <source>%1 warning</source>
        <translation>%1 mit Warnung</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>%1 paused</source>
        <translation>%1 pausiert</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 unbekannt</translation>
    </message>
</context>
<context>
    <name>BackupDash::SuccessRateChart</name>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Success rate over time</source>
        <translation>Erfolgsquote im Zeitverlauf</translation>
    </message>
    <message>
        <source>Success rate — no history in this period yet</source>
        <translation>Erfolgsquote – noch kein Verlauf in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No history in this period yet: the success rate appears after a few polls.</source>
        <translation>Noch kein Verlauf in diesem Zeitraum: Die Erfolgsquote erscheint nach einigen Abfragen.</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>Latest success rate — %1</source>
        <translation>Neueste Erfolgsquote – %1</translation>
    </message>
</context>
<context>
    <name>BackupDash::TaskFilterBar</name>
    <message>
        <source>Stale only</source>
        <translation>Nur veraltete</translation>
    </message>
    <message>
        <source>Search name, source, vendor, workload, status…</source>
        <translation>Name, Quelle, Anbieter, Arbeitslast, Status suchen…</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Aufgaben suchen</translation>
    </message>
    <message>
        <source>Search tasks (Ctrl+F)</source>
        <translation>Aufgaben suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <source>Vendor filter</source>
        <translation>Anbieterfilter</translation>
    </message>
    <message>
        <source>Only tasks whose source did not answer its last poll</source>
        <translation>Nur Aufgaben, deren Quelle auf die letzte Abfrage nicht geantwortet hat</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Problems (failed, warning, unknown)</source>
        <translation>Probleme (fehlgeschlagen, Warnung, unbekannt)</translation>
    </message>
    <message>
        <source>All vendors</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
</context>
<context>
    <name>BackupDash::TaskItemDelegate</name>
    <message>
        <source>%1 · stale</source>
        <translation>%1 · veraltet</translation>
    </message>
</context>
<context>
    <name>BackupDash::TaskSummaryLabel</name>
    <message>
        <source>1 task</source>
        <translation>1 Aufgabe</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 shown)</source>
        <translation>%1 (%2 angezeigt)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 unbekannt</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <source>1 source stale</source>
        <translation>1 Quelle veraltet</translation>
    </message>
    <message numerus="yes">
        <source>%n sources stale</source>
        <translation>
            <numerusform>%n Quelle veraltet</numerusform>
            <numerusform>%n Quellen veraltet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDash::TaskTableModel</name>
    <message>
        <source>%1 (disabled; last: %2)</source>
        <translation>%1 (deaktiviert; zuletzt: %2)</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>Status: %1 (vendor: %2)</source>
        <translation>Status: %1 (Anbieter: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The job is disabled at the vendor.</source>
        <translation>Der Auftrag ist beim Anbieter deaktiviert.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Zeitplan: %1</translation>
    </message>
    <message>
        <source>Progress: %1 %</source>
        <translation>Fortschritt: %1 %</translation>
    </message>
    <message>
        <source>Stale: source %1 did not answer the last poll; data as of %2.</source>
        <translation>Veraltet: Quelle %1 hat auf die letzte Abfrage nicht geantwortet; Daten mit Stand %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Data age</source>
        <translation>Datenalter</translation>
    </message>
</context>
<context>
    <name>BackupDash::TasksTab</name>
    <message>
        <source>Task summary</source>
        <translation>Aufgabenübersicht</translation>
    </message>
    <message>
        <source>Backup tasks</source>
        <translation>Sicherungsaufgaben</translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <translation>%1 · veraltet</translation>
    </message>
    <message>
        <source>%1 (disabled; last: %2)</source>
        <translation>%1 (deaktiviert; zuletzt: %2)</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>No tasks match the filters</source>
        <translation>Keine Aufgabe passt zu den Filtern</translation>
    </message>
    <message>
        <source>Clear the search, or choose “All statuses” and “All sources”.</source>
        <translation>Leeren Sie die Suche oder wählen Sie „Alle Status“ und „Alle Quellen“.</translation>
    </message>
    <message>
        <source>Waiting for the first poll…</source>
        <translation>Warten auf die erste Abfrage…</translation>
    </message>
    <message>
        <source>Tasks appear here as soon as the sources answer.</source>
        <translation>Aufgaben erscheinen hier, sobald die Quellen antworten.</translation>
    </message>
    <message>
        <source>No sources are configured.</source>
        <translation>Es sind keine Quellen eingerichtet.</translation>
    </message>
    <message>
        <source>1 source did not answer; the Sources tab says why.</source>
        <translation>1 Quelle hat nicht geantwortet; der Reiter Quellen sagt, warum.</translation>
    </message>
    <message numerus="yes">
        <source>%n sources did not answer; the Sources tab says why.</source>
        <translation>
            <numerusform>%n Quelle hat nicht geantwortet; der Reiter Quellen sagt, warum.</numerusform>
            <numerusform>%n Quellen haben nicht geantwortet; der Reiter Quellen sagt, warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup tasks reported by any source</source>
        <translation>Keine Quelle hat Sicherungsaufgaben gemeldet</translation>
    </message>
</context>
<context>
    <name>BackupDash::TrayIcon</name>
    <message>
        <source>&amp;Show window</source>
        <translation>Fenster &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Pause polling</source>
        <translation>Abfragen &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>BackupDash::WindowLegend</name>
    <message>
        <source>may run</source>
        <translation>darf laufen</translation>
    </message>
    <message>
        <source>part of the hour</source>
        <translation>Teil der Stunde</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>● ran</source>
        <translation>● gelaufen</translation>
    </message>
    <message>
        <source>! ran outside its window</source>
        <translation>! außerhalb des Fensters gelaufen</translation>
    </message>
    <message>
        <source>runs (vendors without windows)</source>
        <translation>Läufe (Anbieter ohne Fenster)</translation>
    </message>
    <message>
        <source>hour skipped by a clock change</source>
        <translation>durch Zeitumstellung übersprungene Stunde</translation>
    </message>
    <message>
        <source>Heatmap legend</source>
        <translation>Legende der Heatmap</translation>
    </message>
</context>
<context>
    <name>BackupDash::WindowsTab</name>
    <message>
        <source>All jobs: how many may run</source>
        <translation>Alle Aufträge: wie viele laufen dürfen</translation>
    </message>
    <message>
        <source>All tasks: how many ran</source>
        <translation>Alle Aufgaben: wie viele gelaufen sind</translation>
    </message>
    <message>
        <source>One job</source>
        <translation>Ein Auftrag</translation>
    </message>
    <message>
        <source>What the heatmap shows</source>
        <translation>Was die Heatmap zeigt</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Filter jobs by name…</source>
        <translation>Aufträge nach Name filtern…</translation>
    </message>
    <message>
        <source>Filter jobs by name</source>
        <translation>Aufträge nach Name filtern</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Vorige Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Nächste Woche ▶</translation>
    </message>
    <message>
        <source>Show the week before (Alt+Left)</source>
        <translation>Die Woche davor anzeigen (Alt+Links)</translation>
    </message>
    <message>
        <source>Show the week after (Alt+Right)</source>
        <translation>Die Woche danach anzeigen (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Backup windows heatmap: days by hours</source>
        <translation>Heatmap der Sicherungsfenster: Tage nach Stunden</translation>
    </message>
    <message>
        <source>The selected hour</source>
        <translation>Die gewählte Stunde</translation>
    </message>
    <message>
        <source>Click a cell, or move to it and press Enter, to see which jobs may run, ran and overran in that hour.</source>
        <translation>Klicken Sie auf eine Zelle oder gehen Sie zu ihr und drücken Sie Enter, um zu sehen, welche Aufträge in dieser Stunde laufen durften, gelaufen sind und ihr Fenster überschritten haben.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Overruns</source>
        <translation>Überschreitungen</translation>
    </message>
    <message>
        <source>Jobs with windows: runs and overruns this week</source>
        <translation>Aufträge mit Fenstern: Läufe und Überschreitungen dieser Woche</translation>
    </message>
    <message>
        <source>&lt;b&gt;Selected hour&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gewählte Stunde&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Jobs this week&lt;/b&gt;: runs, and runs outside the window (double-click a job to show it alone)</source>
        <translation>&lt;b&gt;Aufträge dieser Woche&lt;/b&gt;: Läufe und Läufe außerhalb des Fensters (Doppelklick zeigt einen Auftrag allein)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 – %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hours are shown in %1. Each job&apos;s allowed hours are kept by the vendor in the job&apos;s own frame (UTC shifted by its minute offset) and converted here; a half-filled cell is allowed for part of the hour. On a day the clocks change, the skipped hour is hatched and a repeated hour is one cell covering both.</source>
        <translation>Die Stunden werden in %1 angezeigt. Der Anbieter führt die erlaubten Stunden jedes Auftrags in dessen eigenem Bezug (UTC, um seinen Minutenversatz verschoben); sie werden hier umgerechnet. Eine halb gefüllte Zelle ist für einen Teil der Stunde erlaubt. An einem Tag mit Zeitumstellung ist die übersprungene Stunde schraffiert, und eine doppelte Stunde ist eine Zelle für beide.</translation>
    </message>
    <message>
        <source>May run (%1):</source>
        <translation>Darf laufen (%1):</translation>
    </message>
    <message>
        <source>Ran (%1):</source>
        <translation>Gelaufen (%1):</translation>
    </message>
    <message>
        <source>Ran outside its window (%1):</source>
        <translation>Außerhalb des Fensters gelaufen (%1):</translation>
    </message>
    <message>
        <source>1 job shown</source>
        <translation>1 Auftrag angezeigt</translation>
    </message>
    <message>
        <source>%1 jobs shown</source>
        <translation>%1 Aufträge angezeigt</translation>
    </message>
    <message>
        <source>1 with a backup window</source>
        <translation>1 mit Sicherungsfenster</translation>
    </message>
    <message>
        <source>%1 with a backup window</source>
        <translation>%1 mit Sicherungsfenster</translation>
    </message>
    <message>
        <source>1 may run any time</source>
        <translation>1 darf jederzeit laufen</translation>
    </message>
    <message>
        <source>%1 may run any time</source>
        <translation>%1 dürfen jederzeit laufen</translation>
    </message>
    <message>
        <source>1 with an unreadable window</source>
        <translation>1 mit unlesbarem Fenster</translation>
    </message>
    <message>
        <source>%1 with an unreadable window</source>
        <translation>%1 mit unlesbarem Fenster</translation>
    </message>
    <message>
        <source>1 task of vendors without windows (when it ran)</source>
        <translation>1 Aufgabe von Anbietern ohne Fenster (wann sie lief)</translation>
    </message>
    <message>
        <source>%1 tasks of vendors without windows (when they ran)</source>
        <translation>%1 Aufgaben von Anbietern ohne Fenster (wann sie liefen)</translation>
    </message>
    <message>
        <source>no run outside its window this week</source>
        <translation>diese Woche kein Lauf außerhalb seines Fensters</translation>
    </message>
    <message>
        <source>1 run outside its window this week</source>
        <translation>diese Woche 1 Lauf außerhalb seines Fensters</translation>
    </message>
    <message>
        <source>%1 runs outside their window this week</source>
        <translation>diese Woche %1 Läufe außerhalb ihres Fensters</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>snapshot, restores, restore, check or serve-metrics</source>
        <translation>snapshot, restores, restore, check oder serve-metrics</translation>
    </message>
    <message>
        <source>Sources configuration file.</source>
        <translation>Konfigurationsdatei der Quellen.</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (Standard) oder csv.</translation>
    </message>
    <message>
        <source>Give up on sources still polling after S seconds (default 60).</source>
        <translation>Quellen aufgeben, die nach S Sekunden noch abgefragt werden (Standard 60).</translation>
    </message>
    <message>
        <source>check: WARNING when a task has no success for H hours.</source>
        <translation>check: WARNING, wenn eine Aufgabe seit H Stunden keinen Erfolg hat.</translation>
    </message>
    <message>
        <source>serve-metrics: the address and port, e.g. 127.0.0.1:9477.</source>
        <translation>serve-metrics: Adresse und Port, z. B. 127.0.0.1:9477.</translation>
    </message>
    <message>
        <source>check: CRITICAL when a task has no success for H hours.</source>
        <translation>check: CRITICAL, wenn eine Aufgabe seit H Stunden keinen Erfolg hat.</translation>
    </message>
    <message>
        <source>restore: the task&apos;s id or name.</source>
        <translation>restore: ID oder Name der Aufgabe.</translation>
    </message>
    <message>
        <source>restore: what to restore (VB365: vex|veod|vesp|vet; Clumio: the backup id, by default the volume&apos;s newest backup).</source>
        <translation>restore: was wiederhergestellt wird (VB365: vex|veod|vesp|vet; Clumio: die ID der Sicherung, standardmäßig die neueste Sicherung des Volumes).</translation>
    </message>
    <message>
        <source>restore: original (default), alternate or download.</source>
        <translation>restore: original (Standard), alternate oder download.</translation>
    </message>
    <message>
        <source>restore: where to, for --destination alternate.</source>
        <translation>restore: wohin, bei --destination alternate.</translation>
    </message>
    <message>
        <source>restore: the restore point (ISO 8601; default: latest).</source>
        <translation>restore: der Wiederherstellungspunkt (ISO 8601; Standard: der neueste).</translation>
    </message>
    <message>
        <source>restore: overwrite in place; give the task&apos;s name to confirm.</source>
        <translation>restore: an Ort und Stelle überschreiben; zur Bestätigung den Namen der Aufgabe angeben.</translation>
    </message>
    <message>
        <source>restore: the restore journal (default: the GUI&apos;s).</source>
        <translation>restore: das Wiederherstellungsjournal (Standard: das der grafischen Oberfläche).</translation>
    </message>
    <message>
        <source>restore: confirm; nothing is sent without it.</source>
        <translation>restore: bestätigen; ohne dies wird nichts gesendet.</translation>
    </message>
    <message>
        <source>check takes no further arguments: &apos;%1&apos;</source>
        <translation>check nimmt keine weiteren Argumente: „%1“</translation>
    </message>
    <message>
        <source>--timeout must be whole seconds from 1 to 3600, not &apos;%1&apos;</source>
        <translation>--timeout muss ganze Sekunden von 1 bis 3600 angeben, nicht „%1“</translation>
    </message>
    <message>
        <source>serve-metrics takes no further arguments</source>
        <translation>serve-metrics nimmt keine weiteren Argumente</translation>
    </message>
    <message>
        <source>--config FILE is required</source>
        <translation>--config FILE ist erforderlich</translation>
    </message>
    <message>
        <source>serve-metrics needs --listen ADDRESS:PORT, e.g. 127.0.0.1:9477</source>
        <translation>serve-metrics braucht --listen ADDRESS:PORT, z. B. 127.0.0.1:9477</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &apos;%1&apos;</source>
        <translation>--format muss json oder csv sein, nicht „%1“</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>restore needs --source S and --task T</source>
        <translation>restore braucht --source S und --task T</translation>
    </message>
    <message>
        <source>restore sends a request to the vendor: confirm it with --yes</source>
        <translation>restore sendet eine Anfrage an den Anbieter: bestätigen Sie sie mit --yes</translation>
    </message>
    <message>
        <source>no source &apos;%1&apos; in the configuration</source>
        <translation>keine Quelle „%1“ in der Konfiguration</translation>
    </message>
    <message>
        <source>--destination must be original, alternate or download</source>
        <translation>--destination muss original, alternate oder download sein</translation>
    </message>
    <message>
        <source>--destination alternate needs --target WHERE</source>
        <translation>--destination alternate braucht --target WHERE</translation>
    </message>
    <message>
        <source>--point-in-time must be ISO 8601, not &apos;%1&apos;</source>
        <translation>--point-in-time muss ISO 8601 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; (%2) %3: %4</source>
        <translation>Quelle „%1“ (%2) %3: %4</translation>
    </message>
    <message>
        <source>BackupDash headless commands.

snapshot  poll every configured source once and print one JSON document (or the tasks as CSV);
          exit 0 when every source answered, 1 otherwise (one line per failed source on stderr).
restores  the same poll; print every source&apos;s restore jobs (JSON array or CSV).
          Both keep only the sources named by --source and the statuses named by --status.
restore   start one restore through the restore journal (sent once; checked, never re-sent);
          exit 0 when the vendor accepted it, 1 when it refused or the outcome is unknown.
check     a Nagios/Icinga plugin: poll once, print one status line with perfdata; exit 0 OK,
          1 WARNING, 2 CRITICAL, 3 UNKNOWN (docs/monitoring.md).
serve-metrics  poll on every source&apos;s interval and serve Prometheus metrics at
          http://ADDRESS:PORT/metrics until stopped (docs/monitoring.md).</source>
        <translation>BackupDash-Befehle ohne Fenster.

snapshot  jede eingerichtete Quelle einmal abfragen und ein JSON-Dokument ausgeben (oder die Aufgaben als CSV);
          Exit-Code 0, wenn jede Quelle geantwortet hat, sonst 1 (eine Zeile je fehlgeschlagener Quelle auf stderr).
restores  dieselbe Abfrage; die Wiederherstellungsaufträge jeder Quelle ausgeben (JSON-Array oder CSV).
          Beide behalten nur die mit --source genannten Quellen und die mit --status genannten Status.
restore   eine Wiederherstellung über das Wiederherstellungsjournal starten (einmal gesendet; geprüft, nie erneut gesendet);
          Exit-Code 0, wenn der Anbieter sie angenommen hat, 1, wenn er sie abgelehnt hat oder das Ergebnis unbekannt ist.
check     ein Nagios/Icinga-Plugin: einmal abfragen, eine Statuszeile mit Perfdata ausgeben; Exit-Code 0 OK,
          1 WARNING, 2 CRITICAL, 3 UNKNOWN (docs/monitoring.md).
serve-metrics  im Intervall jeder Quelle abfragen und Prometheus-Metriken unter
          http://ADDRESS:PORT/metrics bereitstellen, bis zum Beenden (docs/monitoring.md).</translation>
    </message>
    <message>
        <source>restore: the source id; check, snapshot, restores: only this source (repeatable).</source>
        <translation>restore: die Kennung der Quelle; check, snapshot, restores: nur diese Quelle (wiederholbar).</translation>
    </message>
    <message>
        <source>snapshot, restores: only tasks and restores in this normalized status, e.g. failed (repeatable).</source>
        <translation>snapshot, restores: nur Aufgaben und Wiederherstellungen in diesem normalisierten Status, z. B. failed (wiederholbar).</translation>
    </message>
</context>
<context>
    <name>CloudAllyPaging</name>
    <message>
        <source>backup tasks: the paging does not end (page %1 hands out the nextPageToken &apos;%2&apos; again)</source>
        <translation>Sicherungsaufgaben: die Seitenabfolge endet nicht (Seite %1 liefert erneut das nextPageToken „%2“)</translation>
    </message>
    <message>
        <source>backup tasks: more than %1 pages</source>
        <translation>Sicherungsaufgaben: mehr als %1 Seiten</translation>
    </message>
</context>
<context>
    <name>CloudAllyParser</name>
    <message>
        <source>&quot;%1&quot; is %2, not a string</source>
        <translation>„%1“ ist %2, keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date-time: &apos;%2&apos;</source>
        <translation>„%1“ ist kein Zeitpunkt: „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a date-time</source>
        <translation>„%1“ ist %2, kein Zeitpunkt</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Daily (%1)</source>
        <translation>Täglich (%1)</translation>
    </message>
    <message>
        <source>Every 3 hours</source>
        <translation>Alle 3 Stunden</translation>
    </message>
    <message>
        <source>Manual only</source>
        <translation>Nur manuell</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>keine ID</translation>
    </message>
    <message>
        <source>&quot;id&quot; is %1, not a string</source>
        <translation>„id“ ist %1, keine Zeichenkette</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>Aufgabe %1: %2</translation>
    </message>
    <message>
        <source>task %1: &quot;size&quot; is not a byte count: %2</source>
        <translation>Aufgabe %1: „size“ ist keine Byteanzahl: %2</translation>
    </message>
    <message>
        <source>task %1: &quot;schedule&quot; is %2, not an object</source>
        <translation>Aufgabe %1: „schedule“ ist %2, kein Objekt</translation>
    </message>
    <message>
        <source>task %1: schedule: %2</source>
        <translation>Aufgabe %1: Zeitplan: %2</translation>
    </message>
    <message>
        <source>backup tasks: %1</source>
        <translation>Sicherungsaufgaben: %1</translation>
    </message>
    <message>
        <source>backup tasks: expected an object with &quot;data&quot;, got %1</source>
        <translation>Sicherungsaufgaben: erwartet war ein Objekt mit „data“, erhalten: %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>backup tasks: &quot;data&quot; is %1, not an array</source>
        <translation>Sicherungsaufgaben: „data“ ist %1, kein Array</translation>
    </message>
    <message>
        <source>backup tasks: &quot;nextPageToken&quot; is %1, not a string</source>
        <translation>Sicherungsaufgaben: „nextPageToken“ ist %1, keine Zeichenkette</translation>
    </message>
    <message>
        <source>backup tasks: &quot;totalPages&quot; is not a whole number</source>
        <translation>Sicherungsaufgaben: „totalPages“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>backup tasks: element %1 is %2, not an object</source>
        <translation>Sicherungsaufgaben: Element %1 ist %2, kein Objekt</translation>
    </message>
    <message>
        <source>backup tasks: element %1: %2</source>
        <translation>Sicherungsaufgaben: Element %1: %2</translation>
    </message>
    <message>
        <source>the answer is not an object</source>
        <translation>die Antwort ist kein Objekt</translation>
    </message>
    <message>
        <source>no accessToken in the answer</source>
        <translation>kein accessToken in der Antwort</translation>
    </message>
</context>
<context>
    <name>ClumioParser</name>
    <message>
        <source>&quot;%1&quot; is %2, not a string</source>
        <translation>„%1“ ist %2, keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a timestamp</source>
        <translation>„%1“ ist %2, kein Zeitstempel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not an object</source>
        <translation>„%1“ ist %2, kein Objekt</translation>
    </message>
    <message>
        <source>incremental backup</source>
        <translation>inkrementelle Sicherung</translation>
    </message>
    <message>
        <source>initial backup</source>
        <translation>Erstsicherung</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>Indizierung</translation>
    </message>
    <message>
        <source>file restore</source>
        <translation>Dateiwiederherstellung</translation>
    </message>
    <message>
        <source>mail restore</source>
        <translation>E-Mail-Wiederherstellung</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>inventory sync</source>
        <translation>Bestandsabgleich</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>keine ID</translation>
    </message>
    <message>
        <source>&quot;id&quot; is %1, not a string</source>
        <translation>„id“ ist %1, keine Zeichenkette</translation>
    </message>
    <message>
        <source>an empty id</source>
        <translation>eine leere ID</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>Aufgabe %1: %2</translation>
    </message>
    <message>
        <source>&quot;progress_percentage&quot; is %1, not a number</source>
        <translation>„progress_percentage“ ist %1, keine Zahl</translation>
    </message>
    <message>
        <source>tasks page: %1</source>
        <translation>Aufgabenseite: %1</translation>
    </message>
    <message>
        <source>tasks page: expected an object with _embedded.items, got %1</source>
        <translation>Aufgabenseite: erwartet war ein Objekt mit _embedded.items, erhalten: %1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>tasks page: no _embedded.items although total_count is not 0</source>
        <translation>Aufgabenseite: kein _embedded.items, obwohl total_count nicht 0 ist</translation>
    </message>
    <message>
        <source>tasks page: _embedded.items is not a list</source>
        <translation>Aufgabenseite: _embedded.items ist keine Liste</translation>
    </message>
    <message>
        <source>tasks page: element %1 is %2, not an object</source>
        <translation>Aufgabenseite: Element %1 ist %2, kein Objekt</translation>
    </message>
    <message>
        <source>tasks page: element %1: %2</source>
        <translation>Aufgabenseite: Element %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportFilter</name>
    <message>
        <source>--source: no source &apos;%1&apos; in the configuration</source>
        <translation>--source: keine Quelle „%1“ in der Konfiguration</translation>
    </message>
    <message>
        <source>--status: unknown status &apos;%1&apos; (one of %2)</source>
        <translation>--status: unbekannter Status „%1“ (einer von %2)</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
</context>
<context>
    <name>JournalRestores</name>
    <message>
        <source>mailbox %1</source>
        <translation>Postfach %1</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>restored in restore session %1</source>
        <translation>in der Wiederherstellungssitzung %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>accepted; waiting for the vendor to list it</source>
        <translation>angenommen; warten, bis der Anbieter sie listet</translation>
    </message>
    <message>
        <source>outcome unknown — checking the restore session&apos;s events; if it stays so, check in the Veeam console</source>
        <translation>Ergebnis unbekannt – die Ereignisse der Wiederherstellungssitzung werden geprüft; bleibt es so, prüfen Sie in der Veeam-Konsole</translation>
    </message>
    <message>
        <source>outcome unknown — checking</source>
        <translation>Ergebnis unbekannt – wird geprüft</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>JournalState</name>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>outcome unknown — checking</source>
        <translation>Ergebnis unbekannt – wird geprüft</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
</context>
<context>
    <name>JsonValues</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlend</translation>
    </message>
</context>
<context>
    <name>KeychainSecrets</name>
    <message>
        <source>No keyring service is available on this desktop (the Secret Service of GNOME Keyring, KWallet or KeePassXC%1): keep the credential in an environment variable instead (auth.&lt;field&gt;Env in the sources file)</source>
        <translation>Auf diesem Desktop ist kein Schlüsselbunddienst verfügbar (der Secret Service von GNOME Keyring, KWallet oder KeePassXC%1): Halten Sie die Zugangsdaten stattdessen in einer Umgebungsvariable (auth.&lt;Feld&gt;Env in der Quellendatei)</translation>
    </message>
    <message>
        <source>nothing is stored in the keychain under %1</source>
        <translation>im Schlüsselbund ist unter %1 nichts gespeichert</translation>
    </message>
    <message>
        <source>access to the keychain was refused (%1)</source>
        <translation>der Zugriff auf den Schlüsselbund wurde verweigert (%1)</translation>
    </message>
    <message>
        <source>the keychain is locked or refused access to %1: %2</source>
        <translation>der Schlüsselbund ist gesperrt oder verweigert den Zugriff auf %1: %2</translation>
    </message>
    <message>
        <source>could not delete %1 from the keychain: %2</source>
        <translation>%1 konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>the keychain failed for %1: %2</source>
        <translation>der Schlüsselbund ist bei %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
</context>
<context>
    <name>LanguageSetup</name>
    <message>
        <source>unknown language &apos;%1&apos; for --lang (one of %2)</source>
        <translation>unbekannte Sprache „%1“ für --lang (eine von %2)</translation>
    </message>
</context>
<context>
    <name>NotificationTracker</name>
    <message>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 on source %2 (%3): %4</source>
        <translation>%1 auf der Quelle %2 (%3): %4</translation>
    </message>
    <message>
        <source>RPO breached: %1</source>
        <translation>RPO überschritten: %1</translation>
    </message>
    <message>
        <source>Source sign-in failed: %1</source>
        <translation>Anmeldung an der Quelle fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Source unreachable: %1</source>
        <translation>Quelle nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Source %1 (%2): %3</source>
        <translation>Quelle %1 (%2): %3</translation>
    </message>
    <message>
        <source>Restore finished: %1</source>
        <translation>Wiederherstellung abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Restore finished with warnings: %1</source>
        <translation>Wiederherstellung mit Warnungen abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Restore failed: %1</source>
        <translation>Wiederherstellung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore cancelled: %1</source>
        <translation>Wiederherstellung abgebrochen: %1</translation>
    </message>
    <message>
        <source>%1 (vendor: %2)</source>
        <translation>%1 (Anbieter: %2)</translation>
    </message>
</context>
<context>
    <name>Paging</name>
    <message>
        <source>the vendor&apos;s paging does not end (page %1 links to %2 again)</source>
        <translation>die Seitenabfolge des Anbieters endet nicht (Seite %1 verweist erneut auf %2)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the demo simulator could not listen on 127.0.0.1</source>
        <translation>der Demo-Simulator konnte nicht auf 127.0.0.1 lauschen</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>das Bildschirmfoto kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>One window for every backup vendor.</source>
        <translation>Ein Fenster für jeden Sicherungsanbieter.</translation>
    </message>
    <message>
        <source>Start the built-in simulator and watch it (no account needed).</source>
        <translation>Den eingebauten Simulator starten und beobachten (kein Konto nötig).</translation>
    </message>
    <message>
        <source>Sources configuration file.</source>
        <translation>Konfigurationsdatei der Quellen.</translation>
    </message>
    <message>
        <source>Open on this tab: overview, tasks, windows, restores, sources.</source>
        <translation>Mit diesem Reiter öffnen: overview, tasks, windows, restores, sources.</translation>
    </message>
    <message>
        <source>Render the window after the first completed poll to FILE (PNG) and exit.</source>
        <translation>Das Fenster nach der ersten vollständigen Abfrage in FILE (PNG) zeichnen und beenden.</translation>
    </message>
    <message>
        <source>History file (SQLite): per-poll counts and the last known state shown at start-up.</source>
        <translation>Verlaufsdatei (SQLite): Zählwerte je Abfrage und der beim Start gezeigte letzte bekannte Stand.</translation>
    </message>
    <message>
        <source>Interface language: de, en or C (untranslated); by default the system&apos;s.</source>
        <translation>Sprache der Oberfläche: de, en oder C (unübersetzt); standardmäßig die des Systems.</translation>
    </message>
    <message>
        <source>unknown tab &apos;%1&apos; (overview, tasks, windows, restores, sources)</source>
        <translation>unbekannter Reiter „%1“ (overview, tasks, windows, restores, sources)</translation>
    </message>
    <message>
        <source>--demo and --config exclude each other</source>
        <translation>--demo und --config schließen einander aus</translation>
    </message>
    <message>
        <source>Demo: a simulated estate of every vendor, whose clock runs %1× faster than real time, so its times run ahead of yours</source>
        <translation>Demo: ein simulierter Bestand aller Anbieter, dessen Uhr %1× schneller als die Echtzeit läuft; seine Zeiten eilen Ihren daher voraus</translation>
    </message>
    <message>
        <source>No sources configured: start with --demo, or --config FILE (expected %1)</source>
        <translation>Keine Quellen eingerichtet: mit --demo oder --config FILE starten (erwartet: %1)</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>No history (%1): the success rate stays empty</source>
        <translation>Kein Verlauf (%1): die Erfolgsquote bleibt leer</translation>
    </message>
    <message>
        <source>the first poll did not complete within %1 s; rendering what there is</source>
        <translation>die erste Abfrage wurde nicht innerhalb von %1 s fertig; gezeichnet wird, was da ist</translation>
    </message>
</context>
<context>
    <name>RestoreCalls</name>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: erwartet war ein Objekt</translation>
    </message>
    <message>
        <source>%1: no &quot;%2&quot; in the answer</source>
        <translation>%1: kein „%2“ in der Antwort</translation>
    </message>
    <message>
        <source>mailboxes: expected a list</source>
        <translation>Postfächer: erwartet war eine Liste</translation>
    </message>
    <message>
        <source>restore session events: expected a list</source>
        <translation>Ereignisse der Wiederherstellungssitzung: erwartet war eine Liste</translation>
    </message>
    <message>
        <source>EBS backups: no &quot;_embedded.items&quot; list</source>
        <translation>EBS-Sicherungen: keine Liste „_embedded.items“</translation>
    </message>
    <message>
        <source>EBS backups: an item has no &quot;id&quot; or no readable &quot;start_timestamp&quot;</source>
        <translation>EBS-Sicherungen: ein Eintrag hat keine „id“ oder keinen lesbaren „start_timestamp“</translation>
    </message>
    <message>
        <source>restore job: no &quot;id&quot;</source>
        <translation>Wiederherstellungsauftrag: keine „id“</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Exchange mailboxes</source>
        <translation>Exchange-Postfächer</translation>
    </message>
    <message>
        <source>OneDrive</source>
        <translation>OneDrive</translation>
    </message>
    <message>
        <source>SharePoint sites</source>
        <translation>SharePoint-Websites</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Original location</source>
        <translation>Ursprünglicher Ort</translation>
    </message>
    <message>
        <source>Another location</source>
        <translation>Anderer Ort</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source> · %1 GiB</source>
        <translation> · %1 GiB</translation>
    </message>
    <message>
        <source> · expires %1</source>
        <translation> · läuft ab %1</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>Acronis offers no public API to start a restore; start it in the Acronis console. Running tasks can still be cancelled here.</source>
        <translation>Acronis bietet keine öffentliche Schnittstelle zum Starten einer Wiederherstellung; starten Sie sie in der Acronis-Konsole. Laufende Aufgaben können hier trotzdem abgebrochen werden.</translation>
    </message>
    <message>
        <source>restores are not supported for vendor &apos;%1&apos;</source>
        <translation>Wiederherstellungen werden für den Anbieter „%1“ nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>RestoreRequest</name>
    <message>
        <source>download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>original location</source>
        <translation>ursprünglicher Ort</translation>
    </message>
    <message>
        <source>alternate location: </source>
        <translation>anderer Ort: </translation>
    </message>
    <message>
        <source>, overwriting</source>
        <translation>, überschreibend</translation>
    </message>
</context>
<context>
    <name>ServeMetrics</name>
    <message>
        <source>--listen must be ADDRESS:PORT with an IP address, e.g. 127.0.0.1:9477, not &apos;%1&apos;</source>
        <translation>--listen muss ADDRESS:PORT mit einer IP-Adresse sein, z. B. 127.0.0.1:9477, nicht „%1“</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>SourceAttention</name>
    <message>
        <source>waiting for its first poll</source>
        <translation>wartet auf die erste Abfrage</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SourceHealth</name>
    <message>
        <source>Waiting for first poll</source>
        <translation>Warten auf erste Abfrage</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SourceStates</name>
    <message>
        <source>Showing the last known state, from %1 (%2 old), until the first poll answers</source>
        <translation>Angezeigt wird der letzte bekannte Stand vom %1 (%2 alt), bis die erste Abfrage antwortet</translation>
    </message>
</context>
<context>
    <name>SourcesConfig</name>
    <message>
        <source>environment variable %1 (auth.%2) is not set</source>
        <translation>Umgebungsvariable %1 (auth.%2) ist nicht gesetzt</translation>
    </message>
    <message>
        <source>(empty name)</source>
        <translation>(leerer Name)</translation>
    </message>
    <message>
        <source>source &apos;%1&apos;: auth.%2 is written in the configuration file; prefer auth.%3 or the keychain</source>
        <translation>Quelle „%1“: auth.%2 steht in der Konfigurationsdatei; besser auth.%3 oder den Schlüsselbund verwenden</translation>
    </message>
    <message>
        <source>no username configured (auth.username)</source>
        <translation>kein Benutzername eingerichtet (auth.username)</translation>
    </message>
    <message>
        <source>no password configured (auth.password or auth.passwordEnv)</source>
        <translation>kein Passwort eingerichtet (auth.password oder auth.passwordEnv)</translation>
    </message>
    <message>
        <source>apiVersion &apos;%1&apos; is not supported (v3 to v8)</source>
        <translation>apiVersion „%1“ wird nicht unterstützt (v3 bis v8)</translation>
    </message>
    <message>
        <source>no API token configured (auth.token or auth.tokenEnv)</source>
        <translation>kein API-Token eingerichtet (auth.token oder auth.tokenEnv)</translation>
    </message>
    <message>
        <source>no API client configured (auth.clientId and auth.clientSecret, or their …Env forms)</source>
        <translation>kein API-Client eingerichtet (auth.clientId und auth.clientSecret oder ihre …Env-Formen)</translation>
    </message>
    <message>
        <source>auth.mode must be &quot;partner&quot; or &quot;user&quot;, not &apos;%1&apos;</source>
        <translation>auth.mode muss „partner“ oder „user“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>a partner needs auth.clientId and auth.clientSecret (or their …Env forms)</source>
        <translation>ein Partner braucht auth.clientId und auth.clientSecret (oder ihre …Env-Formen)</translation>
    </message>
    <message>
        <source>no e-mail and password configured (auth.username and auth.password or auth.passwordEnv)</source>
        <translation>keine E-Mail-Adresse und kein Passwort eingerichtet (auth.username und auth.password oder auth.passwordEnv)</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2 (byte %3)</source>
        <translation>kein gültiges JSON: %1 in Zeile %2 (Byte %3)</translation>
    </message>
    <message>
        <source>the top level must be an object with a &quot;sources&quot; list</source>
        <translation>die oberste Ebene muss ein Objekt mit einer Liste „sources“ sein</translation>
    </message>
    <message>
        <source>pollIntervalSeconds must be a whole number of seconds from %1 to 86400</source>
        <translation>pollIntervalSeconds muss eine ganze Sekundenzahl von %1 bis 86400 sein</translation>
    </message>
    <message>
        <source>there is no &quot;sources&quot; list</source>
        <translation>es gibt keine Liste „sources“</translation>
    </message>
    <message>
        <source>sources[%1] is not an object</source>
        <translation>sources[%1] ist kein Objekt</translation>
    </message>
    <message>
        <source>sources[%1] has no &quot;id&quot;</source>
        <translation>sources[%1] hat keine „id“</translation>
    </message>
    <message>
        <source>two sources share the id &apos;%1&apos;</source>
        <translation>zwei Quellen teilen sich die ID „%1“</translation>
    </message>
    <message>
        <source>no &quot;vendor&quot; given (one of %1)</source>
        <translation>kein „vendor“ angegeben (einer von %1)</translation>
    </message>
    <message>
        <source>unknown vendor &apos;%1&apos; (known: %2)</source>
        <translation>unbekannter Anbieter „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>no &quot;baseUrl&quot; given</source>
        <translation>keine „baseUrl“ angegeben</translation>
    </message>
    <message>
        <source>baseUrl &apos;%1&apos; is not an http(s) URL</source>
        <translation>baseUrl „%1“ ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>rpoHours must be a positive number</source>
        <translation>rpoHours muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>cannot read CA certificates from &apos;%1&apos;</source>
        <translation>CA-Zertifikate aus „%1“ können nicht gelesen werden</translation>
    </message>
    <message>
        <source>caCertificates &apos;%1&apos; holds no PEM certificate (expected &quot;-----BEGIN CERTIFICATE-----&quot; blocks)</source>
        <translation>caCertificates „%1“ enthält kein PEM-Zertifikat (erwartet werden Blöcke „-----BEGIN CERTIFICATE-----“)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no %1 configured: name an environment variable (%2) in the sources file, or store it in the keychain (File → Sources…, kept under %3)</source>
        <translation>kein %1 eingerichtet: Nennen Sie eine Umgebungsvariable (%2) in der Quellendatei oder legen Sie es im Schlüsselbund ab (Datei → Quellen…, gespeichert unter %3)</translation>
    </message>
</context>
<context>
    <name>SourcesDocument</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (byte %2)</source>
        <translation>kein gültiges JSON: %1 (Byte %2)</translation>
    </message>
    <message>
        <source>the top level must be an object with a &quot;sources&quot; list</source>
        <translation>die oberste Ebene muss ein Objekt mit einer Liste „sources“ sein</translation>
    </message>
    <message>
        <source>there is no &quot;sources&quot; list</source>
        <translation>es gibt keine Liste „sources“</translation>
    </message>
    <message>
        <source>sources[%1] is not an object</source>
        <translation>sources[%1] ist kein Objekt</translation>
    </message>
    <message>
        <source>Give the source an id.</source>
        <translation>Geben Sie der Quelle eine Kennung.</translation>
    </message>
    <message>
        <source>The id &apos;%1&apos; may not contain spaces or &apos;/&apos;.</source>
        <translation>Die Kennung „%1“ darf keine Leerzeichen und kein „/“ enthalten.</translation>
    </message>
    <message>
        <source>Another source already has the id &apos;%1&apos;.</source>
        <translation>Eine andere Quelle hat schon die Kennung „%1“.</translation>
    </message>
    <message>
        <source>Choose a vendor (%1).</source>
        <translation>Wählen Sie einen Anbieter (%1).</translation>
    </message>
    <message>
        <source>Give the base URL (https://…).</source>
        <translation>Geben Sie die Basis-URL an (https://…).</translation>
    </message>
    <message>
        <source>The base URL &apos;%1&apos; is not an http(s) URL.</source>
        <translation>Die Basis-URL „%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>API version &apos;%1&apos; is not supported (v3 to v8).</source>
        <translation>API-Version „%1“ wird nicht unterstützt (v3 bis v8).</translation>
    </message>
    <message>
        <source>Choose the CloudAlly account kind: partner or user.</source>
        <translation>Wählen Sie die Art des CloudAlly-Kontos: Partner oder Benutzer.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1: name the environment variable that holds it.</source>
        <translation>%1: Nennen Sie die Umgebungsvariable, die es enthält.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an environment variable&apos;s name.</source>
        <translation>%1: „%2“ ist kein Name einer Umgebungsvariable.</translation>
    </message>
    <message>
        <source>%1: type it, to be stored in the keychain.</source>
        <translation>%1: eintippen, um es im Schlüsselbund abzulegen.</translation>
    </message>
    <message>
        <source>The poll interval must be from %1 to %2 seconds.</source>
        <translation>Der Abfrageabstand muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The RPO must be a positive number of hours.</source>
        <translation>Das RPO muss eine positive Zahl von Stunden sein.</translation>
    </message>
    <message>
        <source>Cannot read the CA certificates file &apos;%1&apos;.</source>
        <translation>Die Datei mit den CA-Zertifikaten „%1“ kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SourcesLoader</name>
    <message>
        <source>there is no keychain here</source>
        <translation>hier gibt es keinen Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>TlsErrorText</name>
    <message>
        <source>the server&apos;s certificate is self-signed and not trusted</source>
        <translation>das Zertifikat des Servers ist selbstsigniert und nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>the server&apos;s certificate chain ends in a self-signed CA that is not trusted</source>
        <translation>die Zertifikatskette des Servers endet in einer selbstsignierten, nicht vertrauenswürdigen Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was issued by a CA that is not trusted</source>
        <translation>das Zertifikat des Servers wurde von einer nicht vertrauenswürdigen Zertifizierungsstelle ausgestellt</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has expired</source>
        <translation>das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid yet</source>
        <translation>das Zertifikat des Servers ist noch nicht gültig</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for another host name than the one in baseUrl</source>
        <translation>das Zertifikat des Servers gilt für einen anderen Hostnamen als den in baseUrl</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has been revoked</source>
        <translation>das Zertifikat des Servers wurde widerrufen</translation>
    </message>
    <message>
        <source>the server sent no certificate</source>
        <translation>der Server hat kein Zertifikat gesendet</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>No tasks known yet</source>
        <translation>Noch keine Aufgaben bekannt</translation>
    </message>
    <message>
        <source>1 task, status unknown</source>
        <translation>1 Aufgabe, Status unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks, some with status unknown</source>
        <translation>
            <numerusform>%n Aufgabe, Status unbekannt</numerusform>
            <numerusform>%n Aufgaben, einige mit unbekanntem Status</numerusform>
        </translation>
    </message>
    <message>
        <source>No failure or warning in 1 task</source>
        <translation>Kein Fehlschlag und keine Warnung in 1 Aufgabe</translation>
    </message>
    <message numerus="yes">
        <source>No failures or warnings in %n tasks</source>
        <translation>
            <numerusform>Kein Fehlschlag und keine Warnung in %n Aufgabe</numerusform>
            <numerusform>Keine Fehlschläge oder Warnungen in %n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <source>1 source unreachable</source>
        <translation>1 Quelle nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n sources unreachable</source>
        <translation>
            <numerusform>%n Quelle nicht erreichbar</numerusform>
            <numerusform>%n Quellen nicht erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>1 source stale</source>
        <translation>1 Quelle veraltet</translation>
    </message>
    <message numerus="yes">
        <source>%n sources stale</source>
        <translation>
            <numerusform>%n Quelle veraltet</numerusform>
            <numerusform>%n Quellen veraltet</numerusform>
        </translation>
    </message>
    <message>
        <source>not polled yet</source>
        <translation>noch nicht abgefragt</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>BackupDash</source>
        <translation>BackupDash</translation>
    </message>
</context>
<context>
    <name>Vb365Parser</name>
    <message>
        <source>%1: expected a list (an array, or an object with &quot;results&quot;), got %2</source>
        <translation>%1: erwartet war eine Liste (ein Array oder ein Objekt mit „results“), erhalten: %2</translation>
    </message>
    <message>
        <source>an empty object</source>
        <translation>ein leeres Objekt</translation>
    </message>
    <message>
        <source>an object with keys %1</source>
        <translation>ein Objekt mit den Schlüsseln %1</translation>
    </message>
    <message>
        <source>%1: element %2 is not an object</source>
        <translation>%1: Element %2 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1: element %2: %3</source>
        <translation>%1: Element %2: %3</translation>
    </message>
    <message>
        <source>backup window enabled but its settings are missing</source>
        <translation>Sicherungsfenster aktiviert, aber seine Einstellungen fehlen</translation>
    </message>
    <message>
        <source>backup window unreadable: no 168-element array</source>
        <translation>Sicherungsfenster unlesbar: kein Array mit 168 Elementen</translation>
    </message>
    <message>
        <source>backup window unreadable: %1 elements</source>
        <translation>Sicherungsfenster unlesbar: %1 Elemente</translation>
    </message>
    <message>
        <source>backup window unreadable: element %1 is not true/false</source>
        <translation>Sicherungsfenster unlesbar: Element %1 ist nicht true/false</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <source>Periodically (%1)</source>
        <translation>Regelmäßig (%1)</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Täglich um %1</translation>
    </message>
    <message>
        <source>Workdays at %1</source>
        <translation>Werktags um %1</translation>
    </message>
    <message>
        <source>Weekends at %1</source>
        <translation>Am Wochenende um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>a job without an &quot;id&quot;</source>
        <translation>ein Auftrag ohne „id“</translation>
    </message>
    <message>
        <source>a job session without an &quot;id&quot;</source>
        <translation>eine Auftragssitzung ohne „id“</translation>
    </message>
    <message>
        <source>a restore session without an &quot;id&quot;</source>
        <translation>eine Wiederherstellungssitzung ohne „id“</translation>
    </message>
    <message>
        <source>no access_token in the answer</source>
        <translation>kein access_token in der Antwort</translation>
    </message>
</context>
<context>
    <name>WindowGridModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2:00 does not exist in %3: the clocks went forward</source>
        <translation>%1, %2:00 gibt es in %3 nicht: Die Uhren wurden vorgestellt</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4)</source>
        <translation>%1, %2–%3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>The clocks went back: this hour happened twice (%n minutes).</source>
        <translation>
            <numerusform>Die Uhren wurden zurückgestellt: Diese Stunde gab es zweimal (%n Minute).</numerusform>
            <numerusform>Die Uhren wurden zurückgestellt: Diese Stunde gab es zweimal (%n Minuten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs that may run: %1 of %2</source>
        <translation>Aufträge, die laufen dürfen: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n only part of the hour)</source>
        <translation>
            <numerusform>(%n nur für einen Teil der Stunde)</numerusform>
            <numerusform>(%n nur für einen Teil der Stunde)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ran: %1</source>
        <translation>Gelaufen: %1</translation>
    </message>
    <message>
        <source>Overran the window: %1</source>
        <translation>Fenster überschritten: %1</translation>
    </message>
</context>
<context>
    <name>WindowsTab</name>
    <message>
        <source>any time (window disabled)</source>
        <translation>jederzeit (Fenster deaktiviert)</translation>
    </message>
    <message>
        <source>no window (vendor)</source>
        <translation>kein Fenster (Anbieter)</translation>
    </message>
    <message>
        <source>%1 of 168 hours</source>
        <translation>%1 von 168 Stunden</translation>
    </message>
    <message>
        <source>, offset %1 min</source>
        <translation>, Versatz %1 min</translation>
    </message>
</context>
<context>
    <name>Workload</name>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Google Workspace</source>
        <translation>Google Workspace</translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Dropbox</source>
        <translation>Dropbox</translation>
    </message>
    <message>
        <source>SharePoint</source>
        <translation>SharePoint</translation>
    </message>
    <message>
        <source>OneDrive</source>
        <translation>OneDrive</translation>
    </message>
    <message>
        <source>EBS volume</source>
        <translation>EBS-Volume</translation>
    </message>
    <message>
        <source>EC2 instance</source>
        <translation>EC2-Instanz</translation>
    </message>
    <message>
        <source>RDS database</source>
        <translation>RDS-Datenbank</translation>
    </message>
    <message>
        <source>RDS cluster</source>
        <translation>RDS-Cluster</translation>
    </message>
    <message>
        <source>RDS instance</source>
        <translation>RDS-Instanz</translation>
    </message>
    <message>
        <source>DynamoDB table</source>
        <translation>DynamoDB-Tabelle</translation>
    </message>
    <message>
        <source>S3 bucket</source>
        <translation>S3-Bucket</translation>
    </message>
    <message>
        <source>S3 protection group</source>
        <translation>S3-Schutzgruppe</translation>
    </message>
    <message>
        <source>Microsoft 365 mailbox</source>
        <translation>Microsoft-365-Postfach</translation>
    </message>
    <message>
        <source>Microsoft 365 domain</source>
        <translation>Microsoft-365-Domäne</translation>
    </message>
    <message>
        <source>Protection policy</source>
        <translation>Schutzrichtlinie</translation>
    </message>
    <message>
        <source>VMware VM</source>
        <translation>VMware-VM</translation>
    </message>
    <message>
        <source>Gmail</source>
        <translation>Gmail</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Drive</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Virtual machine</source>
        <translation>Virtuelle Maschine</translation>
    </message>
</context>
</TS>
