<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="+108"/>
        <source>No system keychain is in use: your password is kept in memory for this session only.</source>
        <translation>Es wird kein Systemschlüsselbund verwendet: Ihr Passwort bleibt nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The system keychain could not be read (%1).</source>
        <translation>Der Systemschlüsselbund konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform>
            <numerusform>Wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your password is stored in the system keychain.</source>
        <translation>Ihr Passwort ist im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password could not be saved in the system keychain (%1). You will need to enter it again next time.</source>
        <translation>Ihr Passwort konnte nicht im Systemschlüsselbund gespeichert werden (%1). Sie müssen es beim nächsten Mal erneut eingeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your password is not saved: you will need to enter it next time.</source>
        <translation>Ihr Passwort wird nicht gespeichert: Sie müssen es beim nächsten Mal eingeben.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Offline: enter your password to connect.</source>
        <translation>Offline: Geben Sie Ihr Passwort ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Connection lost. Reconnecting in %n s…</source>
        <translation>
            <numerusform>Verbindung verloren. Neuer Versuch in %n s…</numerusform>
            <numerusform>Verbindung verloren. Neuer Versuch in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>Verbinde erneut…</translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <location filename="../qml/AttachmentTile.qml" line="+71"/>
        <source>Uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>AvatarPicture</name>
    <message>
        <location filename="../ui/AvatarPicture.cpp" line="+20"/>
        <source>This file is not a picture Hearth can read (%1).</source>
        <translation>Diese Datei ist kein Bild, das Hearth lesen kann (%1).</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../ui/ChatController.cpp" line="+69"/>
        <source>%1 was not sent: %2</source>
        <translation>%1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sending %1 (%2 %)</source>
        <translation>%1 wird gesendet (%2 %)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
</context>
<context>
    <name>ChatListModel</name>
    <message>
        <location filename="../ui/ChatListModel.cpp" line="+42"/>
        <source>The chats could not be read from the cache: %1</source>
        <translation>Die Chats konnten nicht aus dem Zwischenspeicher gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypted message (not readable on this device)</source>
        <translation>Verschlüsselte Nachricht (auf diesem Gerät nicht lesbar)</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../qml/ChatPage.qml" line="+67"/>
        <source>typing…</source>
        <translation>schreibt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room menu</source>
        <translation>Raummenü</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change nickname…</source>
        <translation>Spitznamen ändern…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only when mentioned</source>
        <translation>Nur bei Erwähnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Join automatically</source>
        <translation>Automatisch betreten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave the room</source>
        <translation>Raum verlassen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your nickname in %1</source>
        <translation>Ihr Spitzname in %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>React with %1</source>
        <translation>Mit %1 reagieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yourself</source>
        <translation>sich selbst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete for everyone</source>
        <translation>Für alle löschen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>You are not in this room.</source>
        <translation>Sie sind nicht in diesem Raum.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Join</source>
        <translation>Betreten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replying to %1: %2</source>
        <translation>Antwort an %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Editing your message</source>
        <translation>Sie bearbeiten Ihre Nachricht</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Encrypted end to end (OMEMO) for the group&apos;s members: only their devices and yours can read it. Click to stop encrypting.</source>
        <translation>Ende-zu-Ende verschlüsselt (OMEMO) für die Mitglieder der Gruppe: nur ihre und Ihre Geräte können es lesen. Klicken, um nicht mehr zu verschlüsseln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an OMEMO device, these members cannot read it: %1.</source>
        <translation>Ohne OMEMO-Gerät können diese Mitglieder es nicht lesen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted end to end (OMEMO): only %1&apos;s devices and yours can read it. Click to stop encrypting.</source>
        <translation>Ende-zu-Ende-verschlüsselt (OMEMO): nur die Geräte von %1 und Ihre können es lesen. Klicken, um nicht mehr zu verschlüsseln.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not encrypted. Click to encrypt end to end (OMEMO).</source>
        <translation>Nicht verschlüsselt. Klicken, um Ende-zu-Ende zu verschlüsseln (OMEMO).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted: no member of this private group has a device that announces OMEMO. Click to encrypt anyway; messages are not sent until it can be.</source>
        <translation>Nicht verschlüsselt: kein Mitglied dieser privaten Gruppe hat ein Gerät, das OMEMO anbietet. Klicken, um trotzdem zu verschlüsseln; Nachrichten werden erst gesendet, wenn es möglich ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted: %1 has no device that announces OMEMO. Click to encrypt anyway; messages are not sent until it can be.</source>
        <translation>Nicht verschlüsselt: %1 hat kein Gerät, das OMEMO anbietet. Klicken, um trotzdem zu verschlüsseln; Nachrichten werden erst gesendet, wenn es möglich ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption on</source>
        <translation>Verschlüsselung an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encryption off</source>
        <translation>Verschlüsselung aus</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+65"/>
        <source>Send pictures or files</source>
        <translation>Bilder oder Dateien senden</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Encrypted message to %1</source>
        <translation>Verschlüsselte Nachricht an %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message %1</source>
        <translation>Nachricht an %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>ChatsView</name>
    <message>
        <location filename="../qml/ChatsView.qml" line="+12"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Join a room</source>
        <translation>Raum betreten</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+51"/>
        <source>%1 invites you to %2</source>
        <translation>%1 lädt Sie in %2 ein</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+51"/>
        <source>Join</source>
        <translation>Betreten</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+50"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>%n invitation(s) from people you do not know</source>
        <translation>
            <numerusform>%n Einladung von jemandem, den Sie nicht kennen</numerusform>
            <numerusform>%n Einladungen von Leuten, die Sie nicht kennen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ungelesen</numerusform>
            <numerusform>%1, %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group chat</source>
        <translation>Gruppenchat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>muted</source>
        <translation>stumm</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No conversations yet</source>
        <translation>Noch keine Unterhaltungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick a conversation</source>
        <translation>Wählen Sie eine Unterhaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your conversations are on the left, the most recent first.</source>
        <translation>Ihre Unterhaltungen stehen links, die neuesten zuerst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start one from a contact&apos;s page, or join a group chat. Your conversations will be listed here, the most recent first.</source>
        <translation>Beginnen Sie eine auf der Seite eines Kontakts oder betreten Sie einen Gruppenchat. Ihre Unterhaltungen erscheinen hier, die neuesten zuerst.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+22"/>
        <source>Hearth: a social network on XMPP.

Commands (hearth COMMAND --help): sync, feed, post, comment, like, communities, follow, unfollow, export, import, search, check.</source>
        <translation>Hearth: ein soziales Netzwerk auf XMPP.

Befehle (hearth BEFEHL --help): sync, feed, post, comment, like, communities, follow, unfollow, export, import, search, check.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep this profile&apos;s cache and settings in &lt;dir&gt;.</source>
        <translation>Cache und Einstellungen dieses Profils in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a private demo server on this computer and log in to it.</source>
        <translation>Einen privaten Demo-Server auf diesem Rechner starten und sich dort anmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the demo server&apos;s data in &lt;dir&gt;.</source>
        <translation>Die Daten des Demo-Servers in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in as &lt;address&gt; without the login page.</source>
        <translation>Als &lt;address&gt; ohne Anmeldeseite anmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the password for --jid from the environment variable &lt;name&gt;.</source>
        <translation>Das Passwort für --jid aus der Umgebungsvariable &lt;name&gt; lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &lt;host&gt; instead of looking up the server.</source>
        <translation>Mit &lt;host&gt; verbinden, statt den Server zu suchen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &lt;port&gt;.</source>
        <translation>Mit Port &lt;port&gt; verbinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use direct TLS instead of STARTTLS.</source>
        <translation>Direktes TLS statt STARTTLS verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not use the system keychain: keep passwords in memory for this session only.</source>
        <translation>Den Systemschlüsselbund nicht verwenden: Passwörter nur für diese Sitzung im Speicher halten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a picture of the window to &lt;file&gt; once its data has loaded, then quit.</source>
        <translation>Ein Bild des Fensters in &lt;file&gt; speichern, sobald seine Daten geladen sind, dann beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &lt;view&gt; first: %1.</source>
        <translation>Zuerst &lt;view&gt; öffnen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the profile page of the contact &lt;address&gt;.</source>
        <translation>Die Profilseite des Kontakts &lt;address&gt; öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the post &lt;uri&gt; (xmpp:service?;node=…;item=…).</source>
        <translation>Den Beitrag &lt;uri&gt; öffnen (xmpp:service?;node=…;item=…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the community &lt;uri&gt; (xmpp:service?;node=…).</source>
        <translation>Die Gemeinschaft &lt;uri&gt; öffnen (xmpp:dienst?;node=…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the conversation with &lt;address&gt;.</source>
        <translation>Die Unterhaltung mit &lt;address&gt; öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open search everywhere with &lt;text&gt; typed in.</source>
        <translation>Die Suche überall mit eingegebenem &lt;text&gt; öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the first hit of --search (screenshots).</source>
        <translation>Den ersten Treffer von --search öffnen (Bildschirmfotos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the composer with &lt;file&gt; attached (repeatable).</source>
        <translation>Den Editor mit &lt;file&gt; als Anhang öffnen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up on --screenshot after &lt;seconds&gt;.</source>
        <translation>--screenshot nach &lt;seconds&gt; Sekunden aufgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the time to the main window&apos;s first frame, then quit (benchmarks).</source>
        <translation>Die Zeit bis zum ersten Bild des Hauptfensters ausgeben, dann beenden (Messungen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First reconnection delay (tests).</source>
        <translation>Erste Wartezeit vor dem Neuverbinden (Tests).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll the feed through &lt;n&gt; posts, then quit (benchmarks).</source>
        <translation>Den Feed durch &lt;n&gt; Beiträge scrollen, dann beenden (Messungen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open these chats in turn, then quit (benchmarks).</source>
        <translation>Diese Chats nacheinander öffnen, dann beenden (Messungen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the memory at each stage (login page or feed, chats, these chats opened), then quit (benchmarks).</source>
        <translation>Den Speicher in jeder Phase ausgeben (Anmeldeseite oder Feed, Chats, diese Chats geöffnet), dann beenden (Benchmarks).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the display&apos;s OpenGL renderer, then quit (the app asks itself).</source>
        <translation>Den OpenGL-Renderer der Anzeige ausgeben, dann beenden (die App fragt sich selbst).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse the export &lt;file&gt; (an .xmpp-export.zip), offline and read-only.</source>
        <translation>Den Export &amp;lt;file&amp;gt; (eine .xmpp-export.zip) offline und schreibgeschützt durchsehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --open: the profile whose account &quot;Import into my account&quot; imports into.</source>
        <translation>Mit --open: das Profil, in dessen Konto „In mein Konto importieren“ importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the passphrase of an encrypted --open export from the environment variable &lt;name&gt; (else the window asks).</source>
        <translation>Die Passphrase eines verschlüsselten --open-Exports aus der Umgebungsvariable &amp;lt;name&amp;gt; lesen (sonst fragt das Fenster).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the account into the folder &lt;dir&gt; once it is online, shown in Settings (as Settings → Your data → Export does).</source>
        <translation>Das Konto in den Ordner &lt;dir&gt; exportieren, sobald es online ist, angezeigt in den Einstellungen (wie Einstellungen → Ihre Daten → Exportieren).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the export &lt;file&gt; into the account once it is online: Settings → Your data → Import shows what will move, and waits for the user (hearth import runs it without a window).</source>
        <translation>Den Export &lt;file&gt; in das Konto importieren, sobald es online ist: Einstellungen → Deine Daten → Importieren zeigt, was übertragen wird, und wartet auf dich (hearth import erledigt es ohne Fenster).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the --import at once (screenshots).</source>
        <translation>--import sofort ausführen (Bildschirmfotos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --import-run and --screenshot: the picture as the import reaches &lt;dataset&gt; (its progress).</source>
        <translation>Mit --import-run und --screenshot: das Bild, sobald der Import &lt;dataset&gt; erreicht (sein Fortschritt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot: scroll the page to the item named &lt;name&gt; first.</source>
        <translation>Mit --screenshot: die Seite zuerst bis zum Element &lt;name&gt; rollen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a line when a link handed to this window is shown (benchmarks).</source>
        <translation>Eine Zeile ausgeben, wenn ein an dieses Fenster übergebener Link angezeigt wird (Messungen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>xmpp: links to open, like xmpp:alice@example.org?message (a chat), ?join (a group chat), ?roster (add a contact), ?;node=…;item=… (a post). If Hearth already runs on this profile, its window opens them.</source>
        <translation>Zu öffnende xmpp:-Links, etwa xmpp:alice@example.org?message (ein Chat), ?join (ein Gruppenchat), ?roster (einen Kontakt hinzufügen), ?;node=…;item=… (ein Beitrag). Läuft Hearth bereits mit diesem Profil, öffnet dessen Fenster sie.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--port needs a number from 1 to 65535</source>
        <translation>--port braucht eine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown view &quot;%1&quot; (one of: %2)</source>
        <translation>unbekannte Ansicht „%1“ (eine von: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--jid needs --password-env: passwords are never taken on the command line</source>
        <translation>--jid braucht --password-env: Passwörter werden nie auf der Befehlszeile übergeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--export-to: %1 is not a folder</source>
        <translation>--export-to: %1 ist kein Ordner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--import: %1 is not a file</source>
        <translation>--import: %1 ist keine Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--open browses an export in a cache of its own: not with --demo, --jid or --profile</source>
        <translation>--open zeigt einen Export in einem eigenen Cache: nicht mit --demo, --jid oder --profile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--open: %1 is not a file</source>
        <translation>--open: %1 ist keine Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--demo and --jid cannot be used together</source>
        <translation>--demo und --jid können nicht zusammen verwendet werden</translation>
    </message>
</context>
<context>
    <name>CommunitiesController</name>
    <message>
        <location filename="../ui/CommunitiesController.cpp" line="+165"/>
        <source>Your communities could not be read from the cache: %1</source>
        <translation>Ihre Gemeinschaften konnten nicht aus dem Cache gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+187"/>
        <source>You are offline.</source>
        <translation>Sie sind offline.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>%1 offers no communities.</source>
        <translation>%1 bietet keine Gemeinschaften an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not a community&apos;s address: %1</source>
        <translation>Keine Gemeinschaftsadresse: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not followed: %1</source>
        <translation>Nicht gefolgt: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not unfollowed: %1</source>
        <translation>Weiter gefolgt: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not created: %1</source>
        <translation>Nicht angelegt: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The settings could not be read: %1</source>
        <translation>Die Einstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+47"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+15"/>
        <location line="+32"/>
        <source>Settings not saved: %1</source>
        <translation>Einstellungen nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The members could not be read: %1</source>
        <translation>Die Mitglieder konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not approved: %1</source>
        <translation>Nicht angenommen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not refused: %1</source>
        <translation>Nicht abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Picture saved.</source>
        <translation>Bild gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture could not be published: %1</source>
        <translation>Das Bild konnte nicht veröffentlicht werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>CommunitiesView</name>
    <message>
        <location filename="../qml/CommunitiesView.qml" line="+13"/>
        <source>Communities</source>
        <translation>Gemeinschaften</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed by contacts</source>
        <translation>Von Kontakten gefolgt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New community</source>
        <translation>Neue Gemeinschaft</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No communities followed</source>
        <translation>Keine Gemeinschaften abonniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find communities on your server or any other under Discover, or start one.</source>
        <translation>Finden Sie Gemeinschaften auf Ihrem oder einem anderen Server unter Entdecken, oder gründen Sie eine.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Community server</source>
        <translation>Gemeinschafts-Server</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another server…</source>
        <translation>Ein anderer Server…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another community server</source>
        <translation>Ein anderer Gemeinschafts-Server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter by name or description</source>
        <translation>Nach Name oder Beschreibung filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter communities</source>
        <translation>Gemeinschaften filtern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be listed: %2</source>
        <translation>%1 kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing %1… %2 found so far</source>
        <translation>%1 wird aufgelistet… bisher %2 gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 community on %1</source>
        <translation>1 Gemeinschaft auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 communities on %2</source>
        <translation>%1 Gemeinschaften auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for community servers…</source>
        <translation>Suche Gemeinschafts-Server…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery needs a connection.</source>
        <translation>Zum Entdecken braucht es eine Verbindung.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing shared yet</source>
        <translation>Noch nichts geteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities your contacts follow publicly show here, the most followed first.</source>
        <translation>Hier stehen die Gemeinschaften, denen Ihre Kontakte öffentlich folgen, die meistgefolgten zuerst.</translation>
    </message>
</context>
<context>
    <name>CommunityCommands</name>
    <message>
        <location filename="../app/CommunityCommands.cpp" line="+78"/>
        <source>the server did not list its services in time</source>
        <translation>der Server hat seine Dienste nicht rechtzeitig aufgelistet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot list the server&apos;s services: %1</source>
        <translation>die Dienste des Servers können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the follow lists did not come in time</source>
        <translation>die Folge-Listen kamen nicht rechtzeitig</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot list %1: %2</source>
        <translation>%1 kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not followed: timed out</source>
        <translation>nicht gefolgt: Zeit überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not followed: %1</source>
        <translation>nicht gefolgt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>following %1</source>
        <translation>%1 wird gefolgt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not unfollowed: timed out</source>
        <translation>weiter gefolgt: Zeit überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not unfollowed: %1</source>
        <translation>weiter gefolgt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer following %1</source>
        <translation>%1 wird nicht mehr gefolgt</translation>
    </message>
</context>
<context>
    <name>CommunityCreateDialog</name>
    <message>
        <location filename="../qml/CommunityCreateDialog.qml" line="+16"/>
        <source>New community</source>
        <translation>Neue Gemeinschaft</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no community server is known yet: look under Discover first</source>
        <translation>noch kein Gemeinschafts-Server bekannt: sehen Sie zuerst unter Entdecken nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are offline</source>
        <translation>Sie sind offline</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asking %1 whether you may create communities…</source>
        <translation>Frage %1, ob Sie Gemeinschaften anlegen dürfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot create a community now: %1.</source>
        <translation>Sie können jetzt keine Gemeinschaft anlegen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot create communities on %1: %2</source>
        <translation>Sie können auf %1 keine Gemeinschaften anlegen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may create communities on %1.</source>
        <translation>Sie dürfen auf %1 Gemeinschaften anlegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name (4 to 80 characters)</source>
        <translation>Name (4 bis 80 Zeichen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address: xmpp:%1?;node=%2</source>
        <translation>Adresse: xmpp:%1?;node=%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it is about</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery (pictures)</source>
        <translation>Galerie (Bilder)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can read</source>
        <translation>Wer lesen darf</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>My contacts</source>
        <translation>Meine Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved members</source>
        <translation>Angenommene Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can post</source>
        <translation>Wer schreiben darf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishers I choose</source>
        <translation>Von mir gewählte Autoren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followers</source>
        <translation>Folgende</translation>
    </message>
</context>
<context>
    <name>CommunityDelegate</name>
    <message>
        <location filename="../qml/CommunityDelegate.qml" line="+20"/>
        <source>%1, %2 unread</source>
        <translation>%1, %2 ungelesen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members only</source>
        <translation>Nur Mitglieder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for approval</source>
        <translation>Wartet auf Annahme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Following</source>
        <translation>Gefolgt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Followed by 1 of your contacts</source>
        <translation>1 Ihrer Kontakte folgt ihr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followed by %1 of your contacts</source>
        <translation>%1 Ihrer Kontakte folgen ihr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 subscriber</source>
        <translation>1 Abonnent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 subscribers</source>
        <translation>%1 Abonnenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 post</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 posts</source>
        <translation>%1 Beiträge</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <location filename="../qml/CommunityPage.qml" line="+27"/>
        <source>Members only</source>
        <translation>Nur Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner&apos;s contacts can read</source>
        <translation>Die Kontakte des Eigentümers können lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone can read</source>
        <translation>Alle können lesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>anyone can post</source>
        <translation>alle dürfen schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>followers can post</source>
        <translation>Folgende dürfen schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publishers post</source>
        <translation>Autoren schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>‹ Communities</source>
        <translation>‹ Gemeinschaften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to communities</source>
        <translation>Zurück zu den Gemeinschaften</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unfollow</source>
        <translation>Nicht mehr folgen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Follow %1</source>
        <translation>%1 folgen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its posts will appear in your feed.</source>
        <translation>Ihre Beiträge erscheinen in Ihrem Feed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share this subscription publicly (your contacts see it)</source>
        <translation>Dieses Abonnement öffentlich teilen (Ihre Kontakte sehen es)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 subscriber</source>
        <translation>1 Abonnent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 subscribers</source>
        <translation>%1 Abonnenten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for the owner&apos;s approval</source>
        <translation>wartet auf die Annahme durch den Eigentümer</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No posts here yet.</source>
        <translation>Hier gibt es noch keine Beiträge.</translation>
    </message>
</context>
<context>
    <name>CommunitySettingsPage</name>
    <message>
        <location filename="../qml/CommunitySettingsPage.qml" line="+45"/>
        <source>Choose the community&apos;s picture</source>
        <translation>Bild der Gemeinschaft wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The community, its posts and their comments are deleted on the server for everyone. This cannot be undone.</source>
        <translation>Die Gemeinschaft, ihre Beiträge und deren Kommentare werden auf dem Server für alle gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings of %1</source>
        <translation>Einstellungen von %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change picture…</source>
        <translation>Bild ändern…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery (pictures)</source>
        <translation>Galerie (Bilder)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can read</source>
        <translation>Wer lesen darf</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>My contacts</source>
        <translation>Meine Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved members</source>
        <translation>Angenommene Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can post</source>
        <translation>Wer schreiben darf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishers I choose</source>
        <translation>Von mir gewählte Autoren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followers</source>
        <translation>Folgende</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>asks to join</source>
        <translation>möchte beitreten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>Publisher</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No role</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Banned</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add someone: name@server</source>
        <translation>Jemanden hinzufügen: name@server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of a new member</source>
        <translation>Adresse eines neuen Mitglieds</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hide the full configuration</source>
        <translation>Vollständige Konfiguration ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the full configuration…</source>
        <translation>Vollständige Konfiguration zeigen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every field the server offers for this community, as it names them.</source>
        <translation>Jedes Feld, das der Server für diese Gemeinschaft anbietet, so wie er es nennt.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save the configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete this community…</source>
        <translation>Diese Gemeinschaft löschen…</translation>
    </message>
</context>
<context>
    <name>ComposerController</name>
    <message>
        <location filename="../ui/ComposerController.cpp" line="+98"/>
        <source>A post needs a title.</source>
        <translation>Ein Beitrag braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for the uploads to finish.</source>
        <translation>Warten Sie, bis das Hochladen fertig ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some files did not upload: try them again or remove them.</source>
        <translation>Einige Dateien wurden nicht hochgeladen: versuchen Sie es erneut oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This post is no longer available.</source>
        <translation>Dieser Beitrag ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are offline: the post will be published when you are back online.</source>
        <translation>Sie sind offline: Der Beitrag wird veröffentlicht, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not published yet (%1): it will be tried again at the next connection.</source>
        <translation>Noch nicht veröffentlicht (%1): Bei der nächsten Verbindung wird es erneut versucht.</translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <location filename="../qml/ComposerPage.qml" line="+63"/>
        <source>Add pictures or files</source>
        <translation>Bilder oder Dateien hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>‹ Cancel</source>
        <translation>‹ Abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit post</source>
        <translation>Beitrag bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share a post</source>
        <translation>Einen Beitrag teilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Posting to the gallery %1: add at least one picture.</source>
        <translation>Beitrag in der Galerie %1: fügen Sie mindestens ein Bild hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posting to the community %1</source>
        <translation>Beitrag in der Gemeinschaft %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your blog is for your contacts only: people outside your contacts will not see this post.</source>
        <translation>Ihr Blog ist nur für Ihre Kontakte: Personen außerhalb Ihrer Kontakte sehen diesen Beitrag nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title (required)</source>
        <translation>Titel (erforderlich)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say more (Markdown: **bold**, _italic_, [links](https://…), #tags)</source>
        <translation>Mehr sagen (Markdown: **fett**, _kursiv_, [Links](https://…), #Schlagwörter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add pictures or files…</source>
        <translation>Bilder oder Dateien hinzufügen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sharing: %1</source>
        <translation>Geteilt: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Allow comments</source>
        <translation>Kommentare erlauben</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../qml/ConnectionBanner.qml" line="+57"/>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import into my account…</source>
        <translation>In mein Konto importieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The local cache has a problem: %1</source>
        <translation>Der lokale Cache hat ein Problem: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionError</name>
    <message>
        <location filename="../core/ConnectionError.cpp" line="+129"/>
        <source>The address is not valid.</source>
        <translation>Die Adresse ist ungültig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be found. Check the address, or enter the server&apos;s host name in the server options.</source>
        <translation>Der Server wurde nicht gefunden. Prüfen Sie die Adresse oder geben Sie den Hostnamen des Servers in den Serveroptionen ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the connection. It may be down, or the port may be wrong.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Er ist vielleicht nicht erreichbar oder der Port ist falsch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server wurde unterbrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secure connection could not be set up: the server&apos;s certificate is not valid for this address, or encryption failed.</source>
        <translation>Es konnte keine sichere Verbindung aufgebaut werden: Das Zertifikat des Servers gilt nicht für diese Adresse oder die Verschlüsselung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server only accepts encrypted logins, and encryption is not available.</source>
        <translation>Der Server akzeptiert nur verschlüsselte Anmeldungen, und Verschlüsselung ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not offer encryption. Hearth sends passwords unencrypted only to a server on this computer.</source>
        <translation>Der Server bietet keine Verschlüsselung an. Hearth sendet Passwörter unverschlüsselt nur an einen Server auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong address or password.</source>
        <translation>Falsche Adresse oder falsches Passwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account has been disabled by the server.</source>
        <translation>Dieses Konto wurde vom Server deaktiviert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server offers no login method that Hearth supports.</source>
        <translation>Der Server bietet kein Anmeldeverfahren an, das Hearth unterstützt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the session because of its policy.</source>
        <translation>Der Server hat die Sitzung aufgrund seiner Richtlinien abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another session took over this connection.</source>
        <translation>Eine andere Sitzung hat diese Verbindung übernommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is shutting down.</source>
        <translation>Der Server wird heruntergefahren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server does not allow creating accounts from the app. Create one on the server&apos;s website instead.</source>
        <translation>Dieser Server erlaubt keine Kontoerstellung aus der App. Erstellen Sie stattdessen eines auf der Website des Servers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This name is already taken on this server.</source>
        <translation>Dieser Name ist auf diesem Server bereits vergeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused to create the account.</source>
        <translation>Der Server hat die Kontoerstellung abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Server says: %1)</source>
        <translation>(Der Server meldet: %1)</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <location filename="../core/roster/ContactActions.cpp" line="+24"/>
        <source>The server did not allow this.</source>
        <translation>Der Server hat dies nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This contact is not in your contact list.</source>
        <translation>Dieser Kontakt ist nicht in Ihrer Kontaktliste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server rejected the address or the name.</source>
        <translation>Der Server hat die Adresse oder den Namen abgelehnt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <location filename="../qml/ContactDelegate.qml" line="+33"/>
        <source>Waiting for %1 to accept</source>
        <translation>Warten auf Zustimmung von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last seen %1</source>
        <translation>Zuletzt gesehen %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Actions for %1</source>
        <translation>Aktionen für %1</translation>
    </message>
</context>
<context>
    <name>ContactProfilePage</name>
    <message>
        <location filename="../qml/ContactProfilePage.qml" line="+40"/>
        <source>You see each other&apos;s presence.</source>
        <translation>Sie sehen gegenseitig Ihre Anwesenheit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You see their presence; they do not see yours.</source>
        <translation>Sie sehen die Anwesenheit der Person, sie sieht Ihre nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They see your presence; you do not see theirs.</source>
        <translation>Die Person sieht Ihre Anwesenheit, Sie sehen ihre nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your request is waiting for their answer.</source>
        <translation>Ihre Anfrage wartet auf eine Antwort.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No presence subscription.</source>
        <translation>Kein Anwesenheitsabonnement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>‹ Contacts</source>
        <translation>‹ Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to contacts</source>
        <translation>Zurück zu den Kontakten</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Über mich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has not published a profile.</source>
        <translation>%1 hat kein Profil veröffentlicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send a message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Chat with %1</source>
        <translation>Mit %1 chatten</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Following</source>
        <translation>Gefolgt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop following %1&apos;s blog</source>
        <translation>Dem Blog von %1 nicht mehr folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show %1&apos;s posts in your feed</source>
        <translation>Beiträge von %1 in Ihrem Feed zeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading posts…</source>
        <translation>Beiträge werden geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has not published any post you can see.</source>
        <translation>%1 hat keine Beiträge veröffentlicht, die Sie sehen können.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Older posts</source>
        <translation>Ältere Beiträge</translation>
    </message>
</context>
<context>
    <name>ContactsController</name>
    <message>
        <location filename="../ui/ContactsController.cpp" line="+65"/>
        <source>Request sent to %1.</source>
        <translation>Anfrage an %1 gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact saved.</source>
        <translation>Kontakt gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was removed from your contacts.</source>
        <translation>%1 wurde aus Ihren Kontakten entfernt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 can now see when you are online.</source>
        <translation>%1 kann jetzt sehen, wann Sie online sind.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request from %1 declined.</source>
        <translation>Anfrage von %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is blocked.</source>
        <translation>%1 ist blockiert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is no longer blocked.</source>
        <translation>%1 ist nicht mehr blockiert.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../ui/ContactsModel.cpp" line="+247"/>
        <source>Not in a group</source>
        <translation>Ohne Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../qml/ContactsView.qml" line="+12"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By group</source>
        <translation>Nach Gruppe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 wants to add you as a contact</source>
        <translation>%1 möchte dich als Kontakt hinzufügen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+69"/>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>No contacts yet</source>
        <translation>Noch keine Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nobody matches “%1”</source>
        <translation>Niemand passt zu „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add people by their address, like name@example.org, to see when they are online and follow what they post.</source>
        <translation>Fügen Sie Personen über ihre Adresse hinzu, etwa name@example.org, um zu sehen, wann sie online sind, und ihren Beiträgen zu folgen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search looks at names and addresses.</source>
        <translation>Die Suche berücksichtigt Namen und Adressen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rename or regroup…</source>
        <translation>Umbenennen oder umgruppieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a contact</source>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Address, like name@example.org</source>
        <translation>Adresse, etwa name@example.org</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Groups, separated by commas (optional)</source>
        <translation>Gruppen, durch Kommas getrennt (optional)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>A message with your request (optional)</source>
        <translation>Eine Nachricht zu Ihrer Anfrage (optional)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Groups, separated by commas</source>
        <translation>Gruppen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They will no longer see when you are online, and you will no longer see them.</source>
        <translation>Die Person sieht nicht mehr, wann Sie online sind, und Sie sehen sie nicht mehr.</translation>
    </message>
</context>
<context>
    <name>CryptoSupport</name>
    <message>
        <location filename="../core/e2ee/CryptoSupport.cpp" line="+41"/>
        <source>QCA&apos;s OpenSSL provider (qca-ossl) is missing or lacks %1: end-to-end encryption is off</source>
        <translation>der OpenSSL-Anbieter von QCA (qca-ossl) fehlt oder kann %1 nicht: Ende-zu-Ende-Verschlüsselung ist aus</translation>
    </message>
</context>
<context>
    <name>DevicesSection</name>
    <message>
        <location filename="../qml/DevicesSection.qml" line="+24"/>
        <location line="+78"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Trusted (not verified)</source>
        <translation>Vertraut (nicht verifiziert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distrusted: receives nothing</source>
        <translation>Misstraut: erhält nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your encryption keys are locked: the system keychain that holds their key could not open them. Nothing is encrypted or decrypted, and no new keys are made over them, until Hearth can reach the keychain again (restart Hearth once it is unlocked).</source>
        <translation>Ihre Verschlüsselungsschlüssel sind gesperrt: Der Systemschlüsselbund, der ihren Schlüssel hält, konnte sie nicht öffnen. Nichts wird ver- oder entschlüsselt, und keine neuen Schlüssel ersetzen sie, bis Hearth den Schlüsselbund wieder erreicht (starten Sie Hearth neu, sobald er entsperrt ist).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-to-end encryption is being set up for this device.</source>
        <translation>Die Ende-zu-Ende-Verschlüsselung wird für dieses Gerät eingerichtet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device of this address announces OMEMO encryption.</source>
        <translation>Kein Gerät dieser Adresse bietet OMEMO-Verschlüsselung an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare these fingerprints with what your other devices and your contacts&apos; devices show.</source>
        <translation>Vergleichen Sie diese Fingerabdrücke mit dem, was Ihre anderen Geräte und die Ihrer Kontakte anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare each fingerprint with the one their device shows (in person or on a call), then mark it verified.</source>
        <translation>Vergleichen Sie jeden Fingerabdruck mit dem, den das Gerät anzeigt (persönlich oder am Telefon), und markieren Sie ihn dann als verifiziert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>This device</source>
        <translation>Dieses Gerät</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(key not received yet)</source>
        <translation>(Schlüssel noch nicht empfangen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint %1</source>
        <translation>Fingerabdruck %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The fingerprint matches what this device shows</source>
        <translation>Der Fingerabdruck stimmt mit dem überein, was dieses Gerät anzeigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Distrust</source>
        <translation>Misstrauen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop encrypting for this device</source>
        <translation>Nicht mehr für dieses Gerät verschlüsseln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take this old device out of your device lists: nobody encrypts for it any more. A device still in use adds itself back when it connects.</source>
        <translation>Dieses alte Gerät aus Ihren Gerätelisten nehmen: Niemand verschlüsselt mehr dafür. Ein noch genutztes Gerät trägt sich bei der nächsten Verbindung wieder ein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your key&apos;s link (for a QR code)</source>
        <translation>Der Link Ihres Schlüssels (für einen QR-Code)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste the xmpp: link of their QR code</source>
        <translation>Den xmpp:-Link des QR-Codes einfügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key&apos;s link</source>
        <translation>Der Link Ihres Schlüssels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key link to verify</source>
        <translation>Zu prüfender Schlüssel-Link</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verified: the keys this code names are marked verified.</source>
        <translation>Verifiziert: Die Schlüssel, die dieser Code nennt, sind als verifiziert markiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified: the keys of %1 this code names are marked verified.</source>
        <translation>Verifiziert: Die Schlüssel von %1, die dieser Code nennt, sind als verifiziert markiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verify from a picture of their QR code…</source>
        <translation>Anhand eines Bildes des QR-Codes verifizieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan their QR code with the camera…</source>
        <translation>Den QR-Code mit der Kamera scannen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A picture of their QR code</source>
        <translation>Ein Bild des QR-Codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>QR code of your key</source>
        <translation>QR-Code Ihres Schlüssels</translation>
    </message>
</context>
<context>
    <name>EncryptionCommand</name>
    <message>
        <location filename="../app/EncryptionCommand.cpp" line="+95"/>
        <source>the encryption keys of %1 are locked: the system keychain could not open them</source>
        <translation>die Verschlüsselungsschlüssel von %1 sind gesperrt: Der Systemschlüsselbund konnte sie nicht öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end-to-end encryption could not be set up for %1</source>
        <translation>die Ende-zu-Ende-Verschlüsselung konnte für %1 nicht eingerichtet werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--mode takes on, off or auto, with the conversation&apos;s address</source>
        <translation>--mode erwartet on, off oder auto, mit der Adresse der Unterhaltung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Device %1 is not one of your other devices</source>
        <translation>Gerät %1 ist keines Ihrer anderen Geräte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 names no key of a device Hearth knows</source>
        <translation>%1 nennt keinen Schlüssel eines Geräts, das Hearth kennt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no device with the key %2</source>
        <translation>%1 hat kein Gerät mit dem Schlüssel %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the trust of %1 could not be changed</source>
        <translation>das Vertrauen in %1 konnte nicht geändert werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be joined: %2</source>
        <translation>%1 konnte nicht betreten werden: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is not a private group: its messages are not encrypted</source>
        <translation>%1 ist keine private Gruppe: ihre Nachrichten werden nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 announces no OMEMO device and cannot read the group&apos;s encrypted messages</source>
        <translation>%1 bietet kein OMEMO-Gerät an und kann die verschlüsselten Nachrichten der Gruppe nicht lesen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this device</source>
        <translation>dieses Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 announces no OMEMO device</source>
        <translation>%1 bietet kein OMEMO-Gerät an</translation>
    </message>
</context>
<context>
    <name>EncryptionController</name>
    <message>
        <location filename="../ui/EncryptionController.cpp" line="+137"/>
        <source>The device could not be removed from your device lists.</source>
        <translation>Das Gerät konnte nicht aus Ihren Gerätelisten entfernt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No QR code could be read in this picture.</source>
        <translation>In diesem Bild konnte kein QR-Code gelesen werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is not the link of someone&apos;s keys: it names no OMEMO key.</source>
        <translation>Das ist kein Link zu jemandes Schlüsseln: Er nennt keinen OMEMO-Schlüssel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This code does not name a key of any device Hearth knows.</source>
        <translation>Dieser Code nennt keinen Schlüssel eines Geräts, das Hearth kennt.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/ExportCommand.cpp" line="+60"/>
        <source>the export did not finish</source>
        <translation>der Export wurde nicht beendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 datasets (%2 not complete, see manifest.json), %3 files, %4 media files</source>
        <translation>%1 Datensätze (%2 unvollständig, siehe manifest.json), %3 Dateien, %4 Mediendateien</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <location filename="../ui/ExportController.cpp" line="+19"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported: everything the account holds.</source>
        <translation>Exportiert: alles, was das Konto enthält.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported; %n part(s) could not be read completely (the file&apos;s manifest.json says which and why).</source>
        <translation>
            <numerusform>Exportiert; %n Teil konnte nicht vollständig gelesen werden (die manifest.json der Datei sagt, welcher und warum).</numerusform>
            <numerusform>Exportiert; %n Teile konnten nicht vollständig gelesen werden (die manifest.json der Datei sagt, welche und warum).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>ExportViewer</name>
    <message>
        <location filename="../ui/ExportViewer.cpp" line="+20"/>
        <source>An export of %1 made on %2: read-only, nothing goes online.</source>
        <translation>Ein Export von %1 vom %2: schreibgeschützt, nichts geht online.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reading %1 (%n item(s) so far)…</source>
        <translation>
            <numerusform>%1 wird gelesen (bisher %n Eintrag)…</numerusform>
            <numerusform>%1 wird gelesen (bisher %n Einträge)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This export cannot be opened: %1</source>
        <translation>Dieser Export kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>FeedController</name>
    <message>
        <location filename="../ui/FeedController.cpp" line="+161"/>
        <source>This post is no longer available.</source>
        <translation>Dieser Beitrag ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Comment not sent yet (%1): it will be tried again at the next connection.</source>
        <translation>Kommentar noch nicht gesendet (%1): Bei der nächsten Verbindung wird es erneut versucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment not sent: %1</source>
        <translation>Kommentar nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Like not sent yet (%1): it will be tried again at the next connection.</source>
        <translation>Gefällt mir noch nicht gesendet (%1): Bei der nächsten Verbindung wird es erneut versucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like not sent: %1</source>
        <translation>Gefällt mir nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This server does not let you take a like back (%1).</source>
        <translation>Dieser Server erlaubt nicht, ein Gefällt mir zurückzunehmen (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not cancelled: %1</source>
        <translation>Nicht abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are offline: it will be sent when you are back online.</source>
        <translation>Sie sind offline: Es wird gesendet, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot follow this blog: %1</source>
        <translation>Diesem Blog kann nicht gefolgt werden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The blog&apos;s audience was not changed: %1</source>
        <translation>Das Publikum des Blogs wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <location filename="../qml/FeedView.qml" line="+13"/>
        <source>Feed</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>Gemeinschaften</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncing</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications (%1)</source>
        <translation>Benachrichtigungen (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Notifications (%n new)</source>
        <translation>
            <numerusform>Benachrichtigungen (%n neu)</numerusform>
            <numerusform>Benachrichtigungen (%n neu)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+98"/>
        <source>Comments and likes on your posts</source>
        <translation>Kommentare und Gefällt mir zu Ihren Beiträgen</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>1 new post</source>
        <translation>1 neuer Beitrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 new posts</source>
        <translation>%1 neue Beiträge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No posts yet</source>
        <translation>Noch keine Beiträge</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>You have not posted yet</source>
        <translation>Sie haben noch nichts veröffentlicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No community posts yet</source>
        <translation>Noch keine Gemeinschaftsbeiträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a first post: a title is enough.</source>
        <translation>Schreiben Sie einen ersten Beitrag: ein Titel genügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts from the communities you follow will appear here. Find communities under Communities.</source>
        <translation>Beiträge der Gemeinschaften, denen Sie folgen, erscheinen hier. Gemeinschaften finden Sie unter Gemeinschaften.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts from the contacts and communities you follow will appear here, newest first.</source>
        <translation>Beiträge der Kontakte und Gemeinschaften, denen Sie folgen, erscheinen hier, die neuesten zuerst.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 liked “%2”</source>
        <translation>%1 gefällt „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 commented on “%2”: %3</source>
        <translation>%1 hat „%2“ kommentiert: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing yet.</source>
        <translation>Noch nichts.</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <location filename="../ui/FreedesktopNotifier.cpp" line="+79"/>
        <source>The desktop&apos;s notifications (%1)</source>
        <translation>Die Benachrichtigungen des Desktops (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unnamed service</source>
        <translation>unbenannter Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the window: this desktop has no notification service</source>
        <translation>Im Fenster: Dieser Desktop hat keinen Benachrichtigungsdienst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking the desktop…</source>
        <translation>Der Desktop wird gefragt…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply…</source>
        <translation>Antwort schreiben…</translation>
    </message>
</context>
<context>
    <name>Hearth</name>
    <message>
        <location filename="../core/XmppLink.cpp" line="+38"/>
        <source>The address in the link contains spaces or control characters.</source>
        <translation>Die Adresse im Link enthält Leer- oder Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The link has no address.</source>
        <translation>Der Link enthält keine Adresse.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>“%1” is not a valid address.</source>
        <translation>„%1“ ist keine gültige Adresse.</translation>
    </message>
</context>
<context>
    <name>Hearth::AccountExporter</name>
    <message>
        <location filename="../core/export/AccountExporter.cpp" line="+132"/>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>exported offline: from the local cache only, without what the server holds beyond it</source>
        <translation>offline exportiert: nur aus dem lokalen Cache, ohne das, was der Server darüber hinaus hat</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+384"/>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location line="-458"/>
        <location line="+100"/>
        <source>the connection was lost during the export: %1</source>
        <translation>die Verbindung ging während des Exports verloren: %1</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>the server went away</source>
        <translation>der Server ist weg</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+184"/>
        <source>Reading the message archive</source>
        <translation>Nachrichtenarchiv wird gelesen</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Asking the server what it offers</source>
        <translation>Der Server wird gefragt, was er anbietet</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+55"/>
        <source>Reading your own nodes</source>
        <translation>Ihre eigenen Knoten werden gelesen</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>the server did not list the account&apos;s nodes: %1</source>
        <translation>der Server hat die Knoten des Kontos nicht aufgelistet: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>configuration not readable (%1): the importing server&apos;s defaults will apply</source>
        <translation>Konfiguration nicht lesbar (%1): es gelten die Voreinstellungen des importierenden Servers</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>items not readable: %1</source>
        <translation>Einträge nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1: items not readable: %2</source>
        <translation>Knoten %1: Einträge nicht lesbar: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading your profile</source>
        <translation>Ihr Profil wird gelesen</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+41"/>
        <source>Reading the archive of %1</source>
        <translation>Archiv von %1 wird gelesen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>the server&apos;s archive could not be read completely (%1): older messages come from the local cache</source>
        <translation>das Archiv des Servers konnte nicht vollständig gelesen werden (%1): ältere Nachrichten stammen aus dem lokalen Cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it kept answering with the same page</source>
        <translation>er antwortete immer mit derselben Seite</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the whole archive the server keeps (servers may expire old messages; older ones come from the local cache)</source>
        <translation>das ganze Archiv, das der Server aufbewahrt (Server können alte Nachrichten löschen; ältere stammen aus dem lokalen Cache)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading your posts and communities</source>
        <translation>Ihre Beiträge und Gemeinschaften werden gelesen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 on %2: not read completely: %3</source>
        <translation>%1 auf %2: nicht vollständig gelesen: %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Fetching pictures and files</source>
        <translation>Bilder und Dateien werden geladen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>media not listed: %1</source>
        <translation>Medien nicht aufgelistet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetching pictures and files (%1 of %2)</source>
        <translation>Bilder und Dateien werden geladen (%1 von %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the export</source>
        <translation>Export wird geschrieben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
</context>
<context>
    <name>Hearth::AccountImporter</name>
    <message>
        <location filename="../core/import/AccountImporter.cpp" line="+146"/>
        <source>Not connected: the import needs the new account online.</source>
        <translation>Nicht verbunden: Der Import braucht das neue Konto online.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot read the import&apos;s journal: %1</source>
        <translation>das Protokoll des Imports kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the connection was lost: start the import again to go on</source>
        <translation>die Verbindung ist abgebrochen: Starte den Import erneut, um fortzufahren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot write the import&apos;s journal: %1</source>
        <translation>das Protokoll des Imports kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>the server keeps at most %n item(s) in a node: this older one stays in the export</source>
        <translation>
            <numerusform>der Server behält höchstens %n Eintrag pro Knoten: dieser ältere bleibt im Export</numerusform>
            <numerusform>der Server behält höchstens %n Einträge pro Knoten: dieser ältere bleibt im Export</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the server has no upload service: %1 stays a link</source>
        <translation>der Server hat keinen Upload-Dienst: %1 bleibt ein Link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than the server takes (%2 bytes): it stays a link</source>
        <translation>%1 ist größer, als der Server annimmt (%2 Bytes): es bleibt ein Link</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot stage %1 for upload: %2</source>
        <translation>%1 kann nicht für den Upload vorbereitet werden: %2</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>encryption keys belong to the old account&apos;s devices; the new account makes its own</source>
        <translation>Verschlüsselungsschlüssel gehören zu den Geräten des alten Kontos; das neue Konto erzeugt eigene</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>its post stays in the export: the server keeps fewer posts</source>
        <translation>sein Beitrag bleibt im Export: der Server behält weniger Beiträge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the entry does not say where it was published</source>
        <translation>der Eintrag sagt nicht, wo er veröffentlicht wurde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a like by %1: only they can give it again</source>
        <translation>ein Like von %1: nur diese Person kann es erneut geben</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 asked the old address to be a contact: answer there, or they ask again</source>
        <translation>%1 hat die alte Adresse um Kontakt gebeten: Antworte dort, oder die Person fragt erneut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the new account itself</source>
        <translation>das neue Konto selbst</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n message(s) in this computer&apos;s cache</source>
        <translation>
            <numerusform>%n Nachricht im Zwischenspeicher dieses Computers</numerusform>
            <numerusform>%n Nachrichten im Zwischenspeicher dieses Computers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::ChatService</name>
    <message>
        <location filename="../core/chat/ChatService.cpp" line="+131"/>
        <source>A correction, reaction or deletion could not be sent: %1</source>
        <translation>Eine Korrektur, Reaktion oder Löschung konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>This message was retracted.</source>
        <translation>Diese Nachricht wurde zurückgezogen.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Shared a post</source>
        <translation>Hat einen Beitrag geteilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared a post: %1</source>
        <translation>Hat einen Beitrag geteilt: %1</translation>
    </message>
</context>
<context>
    <name>Hearth::CommunityAdmin</name>
    <message>
        <location filename="../core/communities/CommunityAdmin.cpp" line="+208"/>
        <source>A community&apos;s name has 4 to 80 characters.</source>
        <translation>Der Name einer Gemeinschaft hat 4 bis 80 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A community&apos;s name needs letters or digits.</source>
        <translation>Der Name einer Gemeinschaft braucht Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The service sent no configuration form.</source>
        <translation>Der Dienst hat kein Konfigurationsformular geschickt.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Unknown role: %1</source>
        <translation>Unbekannte Rolle: %1</translation>
    </message>
</context>
<context>
    <name>Hearth::CommunityDirectory</name>
    <message>
        <location filename="../core/communities/CommunityDirectory.cpp" line="+174"/>
        <source>The service gives no description of this community.</source>
        <translation>Der Dienst beschreibt diese Gemeinschaft nicht.</translation>
    </message>
</context>
<context>
    <name>Hearth::CommunityErrors</name>
    <message>
        <location filename="../core/communities/CommunityErrors.cpp" line="+22"/>
        <source>The service did not answer.</source>
        <translation>Der Dienst hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The community does not allow this.</source>
        <translation>Die Gemeinschaft erlaubt das nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This community is for its members only.</source>
        <translation>Diese Gemeinschaft ist nur für ihre Mitglieder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no such community.</source>
        <translation>Diese Gemeinschaft gibt es nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A community with this name already exists.</source>
        <translation>Eine Gemeinschaft mit diesem Namen gibt es schon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service does not allow this.</source>
        <translation>Der Dienst erlaubt das nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service cannot do this.</source>
        <translation>Der Dienst kann das nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service cannot be reached.</source>
        <translation>Der Dienst ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service did not accept this.</source>
        <translation>Der Dienst hat das nicht angenommen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You are offline.</source>
        <translation>Sie sind offline.</translation>
    </message>
</context>
<context>
    <name>Hearth::CommunityService</name>
    <message>
        <location filename="../core/communities/CommunityService.cpp" line="+207"/>
        <source>A community picture is a PNG or JPEG of at most 1 MiB.</source>
        <translation>Das Bild einer Gemeinschaft ist ein PNG oder JPEG von höchstens 1 MiB.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This community is a gallery: a post needs a picture.</source>
        <translation>Diese Gemeinschaft ist eine Galerie: ein Beitrag braucht ein Bild.</translation>
    </message>
</context>
<context>
    <name>Hearth::Database</name>
    <message>
        <location filename="../core/db/Database.cpp" line="+127"/>
        <source>Cannot create the folder %1 for the cache.</source>
        <translation>Der Ordner %1 für den Zwischenspeicher kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Qt SQLite driver is not installed.</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the cache %1: %2. Check that the folder can be written and the disk is not full.</source>
        <translation>Der Zwischenspeicher %1 kann nicht geöffnet werden: %2. Prüfen Sie, ob der Ordner beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the cache %1: %2</source>
        <translation>Der Zwischenspeicher %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the cache %1: %2. Check that the disk is not full and the profile folder can be written.</source>
        <translation>Der Cache %1 kann nicht gelesen werden: %2. Prüfen Sie, dass die Festplatte nicht voll ist und der Profilordner beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache %1 is damaged (%2). Hearth has not written to it; move it aside to start a fresh cache (your account and posts are on the server).</source>
        <translation>Der Zwischenspeicher %1 ist beschädigt (%2). Hearth hat nichts hineingeschrieben; legen Sie ihn beiseite, um mit einem neuen Zwischenspeicher zu beginnen (Ihr Konto und Ihre Beiträge liegen auf dem Server).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write the cache %1: %2. Check that the profile folder can be written (not read-only) and the disk is not full.</source>
        <translation>In den Zwischenspeicher %1 kann nicht geschrieben werden: %2. Prüfen Sie, ob der Profilordner beschreibbar (nicht schreibgeschützt) und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache %1 cannot be used: %2</source>
        <translation>Der Zwischenspeicher %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The cache %1 is in use; only a refused cache is moved aside.</source>
        <translation>Der Zwischenspeicher %1 wird verwendet; nur ein abgelehnter Zwischenspeicher wird beiseitegelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot move %1 aside to %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Hearth::Demo</name>
    <message>
        <location filename="../core/demo/DemoUploads.cpp" line="+19"/>
        <source>demo picture %1 not uploaded: %2</source>
        <translation>Demobild %1 nicht hochgeladen: %2</translation>
    </message>
</context>
<context>
    <name>Hearth::DemoChatSeeder</name>
    <message>
        <location filename="../core/demo/DemoChatSeeder.cpp" line="+124"/>
        <source>Shared a post</source>
        <translation>Hat einen Beitrag geteilt</translation>
    </message>
</context>
<context>
    <name>Hearth::DemoFeedSeeder</name>
    <message>
        <location filename="../core/demo/DemoFeedSeeder.cpp" line="+116"/>
        <source>demo picture %1 not uploaded: %2</source>
        <translation>Demo-Bild %1 nicht hochgeladen: %2</translation>
    </message>
</context>
<context>
    <name>Hearth::DemoRoomSeeder</name>
    <message>
        <location filename="../core/demo/DemoRoomSeeder.cpp" line="+107"/>
        <source>the demo room&apos;s settings were not read: %1</source>
        <translation>die Einstellungen des Demoraums wurden nicht gelesen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+82"/>
        <source>Climbing crew</source>
        <translation>Kletterbande</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>the demo room was not configured: %1</source>
        <translation>der Demoraum wurde nicht eingerichtet: %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the demo room was not bookmarked: %1</source>
        <translation>der Demoraum wurde nicht als Lesezeichen gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Hearth::E2eeService</name>
    <message>
        <location filename="../core/e2ee/E2eeService.cpp" line="+239"/>
        <source>End-to-end encryption could not be set up for this device.</source>
        <translation>Die Ende-zu-Ende-Verschlüsselung konnte für dieses Gerät nicht eingerichtet werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Encryption with older clients (OMEMO 0.3) could not be set up for this device.</source>
        <translation>Die Verschlüsselung mit älteren Clients (OMEMO 0.3) konnte für dieses Gerät nicht eingerichtet werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a private group: its messages cannot be encrypted</source>
        <translation>%1 ist keine private Gruppe: ihre Nachrichten können nicht verschlüsselt werden</translation>
    </message>
</context>
<context>
    <name>Hearth::EntryRewriter</name>
    <message>
        <location filename="../core/import/EntryRewriter.cpp" line="+28"/>
        <source>not an Atom entry</source>
        <translation>kein Atom-Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not well-formed: %1 (line %2)</source>
        <translation>nicht wohlgeformt: %1 (Zeile %2)</translation>
    </message>
</context>
<context>
    <name>Hearth::ExportArchive</name>
    <message>
        <location filename="../core/export/ExportArchive.cpp" line="+48"/>
        <source>%1 is not an XMPP export: it has no manifest.json</source>
        <translation>%1 ist kein XMPP-Export: es fehlt die manifest.json</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>this export is encrypted: it needs its passphrase</source>
        <translation>dieser Export ist verschlüsselt: er braucht seine Passphrase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>manifest.json: the encrypted part&apos;s name is invalid</source>
        <translation>manifest.json: der Name des verschlüsselten Teils ist ungültig</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the encrypted export has no %1</source>
        <translation>dem verschlüsselten Export fehlt %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>cannot open the export in %1: %2</source>
        <translation>der Export kann nicht in %1 geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not listed in the export&apos;s manifest</source>
        <translation>%1 steht nicht im Manifest des Exports</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+40"/>
        <source>%1 does not match its hash in the manifest: the archive is damaged or was changed</source>
        <translation>%1 passt nicht zu seinem Hash im Manifest: das Archiv ist beschädigt oder wurde verändert</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+43"/>
        <source>%1 is listed in the manifest but missing from the archive</source>
        <translation>%1 steht im Manifest, fehlt aber im Archiv</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 is in the archive but not in its manifest</source>
        <translation>%1 ist im Archiv, aber nicht in seinem Manifest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in the archive twice</source>
        <translation>%1 ist zweimal im Archiv</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be read</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Hearth::ExportCipher</name>
    <message>
        <location filename="../core/export/ExportCipher.cpp" line="+35"/>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation>nicht genug Speicher, um den Schlüssel aus der Passphrase abzuleiten</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+46"/>
        <source>libsodium could not start</source>
        <translation>libsodium konnte nicht starten</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+22"/>
        <source>cannot write the encrypted archive</source>
        <translation>das verschlüsselte Archiv kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>cannot read the archive to encrypt</source>
        <translation>das zu verschlüsselnde Archiv kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the encrypted archive is cut short</source>
        <translation>das verschlüsselte Archiv ist abgeschnitten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the encrypted archive&apos;s header is invalid</source>
        <translation>der Kopf des verschlüsselten Archivs ist ungültig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the encrypted archive</source>
        <translation>das verschlüsselte Archiv kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>the encrypted archive is cut short: its end is missing</source>
        <translation>das verschlüsselte Archiv ist abgeschnitten: sein Ende fehlt</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>wrong passphrase (or the encrypted archive is damaged at its start)</source>
        <translation>falsche Passphrase (oder das verschlüsselte Archiv ist am Anfang beschädigt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted archive is cut short or damaged at its end (chunk %1)</source>
        <translation>das verschlüsselte Archiv ist abgeschnitten oder am Ende beschädigt (Block %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong passphrase (or the encrypted archive is cut short or damaged)</source>
        <translation>falsche Passphrase (oder das verschlüsselte Archiv ist abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted archive is damaged (chunk %1 fails its check)</source>
        <translation>das verschlüsselte Archiv ist beschädigt (Block %1 besteht die Prüfung nicht)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write the opened archive</source>
        <translation>das geöffnete Archiv kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the encrypted archive has data after its end</source>
        <translation>das verschlüsselte Archiv hat Daten nach seinem Ende</translation>
    </message>
</context>
<context>
    <name>Hearth::ExportCipher::Params</name>
    <message>
        <location line="-150"/>
        <source>the archive is encrypted in a way this Hearth does not know (%1, %2)</source>
        <translation>das Archiv ist auf eine Weise verschlüsselt, die dieses Hearth nicht kennt (%1, %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the archive&apos;s encryption parameters are invalid or beyond Hearth&apos;s limits</source>
        <translation>die Verschlüsselungsparameter des Archivs sind ungültig oder überschreiten Hearths Grenzen</translation>
    </message>
</context>
<context>
    <name>Hearth::ExportLoader</name>
    <message>
        <location filename="../core/export/ExportLoader.cpp" line="+219"/>
        <location line="+31"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 is not well-formed XML: %2 (line %3)</source>
        <translation>%1 ist kein wohlgeformtes XML: %2 (Zeile %3)</translation>
    </message>
</context>
<context>
    <name>Hearth::ExportManifest</name>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="+90"/>
        <source>manifest.json is not valid JSON: %1 (at byte %2)</source>
        <translation>manifest.json ist kein gültiges JSON: %1 (bei Byte %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>manifest.json: the export format %1 is newer than this Hearth reads (%2)</source>
        <translation>manifest.json: das Exportformat %1 ist neuer als das, was dieses Hearth liest (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json: not a Hearth export (format &quot;%1&quot;)</source>
        <translation>manifest.json: kein Hearth-Export (Format „%1“)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>manifest.json: the account or the export time is missing or invalid</source>
        <translation>manifest.json: das Konto oder die Exportzeit fehlt oder ist ungültig</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>manifest.json: the file entry &quot;%1&quot; is invalid</source>
        <translation>manifest.json: der Dateieintrag „%1“ ist ungültig</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>manifest.json: a dataset entry is invalid (%1 %2)</source>
        <translation>manifest.json: ein Datensatzeintrag ist ungültig (%1 %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>manifest.json: the media entry for %1 is invalid</source>
        <translation>manifest.json: der Medieneintrag für %1 ist ungültig</translation>
    </message>
</context>
<context>
    <name>Hearth::ExportWriter</name>
    <message>
        <location filename="../core/export/ExportWriter.cpp" line="+94"/>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the cache %1: %2</source>
        <translation>der Cache %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot write beside %1: %2</source>
        <translation>neben %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+12"/>
        <location line="+19"/>
        <location line="+242"/>
        <source>cannot read the cached posts: %1</source>
        <translation>die Beiträge im Cache können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-226"/>
        <location line="+363"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>cannot read the cached contacts: %1</source>
        <translation>die Kontakte im Cache können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n pending subscription request(s)</source>
        <translation>
            <numerusform>%n offene Kontaktanfrage</numerusform>
            <numerusform>%n offene Kontaktanfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n post(s) the server no longer has, from the local cache</source>
        <translation>
            <numerusform>%n Beitrag, den der Server nicht mehr hat, aus dem lokalen Cache</numerusform>
            <numerusform>%n Beiträge, die der Server nicht mehr hat, aus dem lokalen Cache</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot read the cached messages: %1</source>
        <translation>die Nachrichten im Cache können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n message(s) only in the local cache (no archive id)</source>
        <translation>
            <numerusform>%n Nachricht nur im lokalen Cache (ohne Archivkennung)</numerusform>
            <numerusform>%n Nachrichten nur im lokalen Cache (ohne Archivkennung)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write account.xml</source>
        <translation>account.xml kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Posts of %1</source>
        <translation>Beiträge von %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+96"/>
        <source>Comments on %1</source>
        <translation>Kommentare zu %1</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>from the local cache (exported offline)</source>
        <translation>aus dem lokalen Cache (offline exportiert)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Items of %1 on %2</source>
        <translation>Einträge von %1 auf %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the user&apos;s own items only; they stay on that service</source>
        <translation>nur die eigenen Einträge; sie bleiben auf diesem Dienst</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot read the cached communities: %1</source>
        <translation>die Gemeinschaften im Cache können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>as far as the cache has read the community</source>
        <translation>so weit, wie der Cache die Gemeinschaft gelesen hat</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot read the cached rooms: %1</source>
        <translation>die Räume im Cache können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the cached messages of %1: %2</source>
        <translation>die Nachrichten von %1 im Cache können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+32"/>
        <source>cannot read the cached profiles: %1</source>
        <translation>die Profile im Cache können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>media %1: cannot read the fetched copy</source>
        <translation>Medium %1: die geladene Kopie kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>media %1 changed while it was exported</source>
        <translation>Medium %1 hat sich während des Exports geändert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot read the export to encrypt: %1</source>
        <translation>der zu verschlüsselnde Export kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is an encrypted export of the XMPP account %1 made by Hearth on %2.
export.zip.sealed is the export (an .xmpp-export.zip), sealed with a passphrase:
libsodium&apos;s Argon2id derives the key and secretstream (XChaCha20-Poly1305) seals it;
the parameters are in manifest.json. Open it with Hearth (hearth --open FILE) and the passphrase.
</source>
        <translation>Dies ist ein verschlüsselter Export des XMPP-Kontos %1, erstellt von Hearth am %2.
export.zip.sealed ist der Export (eine .xmpp-export.zip), mit einer Passphrase versiegelt:
Argon2id von libsodium leitet den Schlüssel ab, secretstream (XChaCha20-Poly1305) versiegelt ihn;
die Parameter stehen in manifest.json. Öffnen Sie ihn mit Hearth (hearth --open DATEI) und der Passphrase.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>encrypting</source>
        <translation>Verschlüsselung</translation>
    </message>
</context>
<context>
    <name>Hearth::FeedService</name>
    <message>
        <location filename="../core/feed/FeedService.cpp" line="+123"/>
        <source>This post takes no comments.</source>
        <translation>Dieser Beitrag nimmt keine Kommentare an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A comment needs text.</source>
        <translation>Ein Kommentar braucht Text.</translation>
    </message>
    <message>
        <location line="+137"/>
        <location line="+66"/>
        <location line="+52"/>
        <source>You are offline.</source>
        <translation>Sie sind offline.</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+62"/>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>Hearth::FeedSync</name>
    <message>
        <location filename="../core/feed/FeedSync.cpp" line="+270"/>
        <location line="+63"/>
        <location line="+96"/>
        <location line="+112"/>
        <location line="+24"/>
        <source>You are offline.</source>
        <translation>Sie sind offline.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Not a post&apos;s address.</source>
        <translation>Das ist keine Beitragsadresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not have this post.</source>
        <translation>Der Server hat diesen Beitrag nicht.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>A post needs a title.</source>
        <translation>Ein Beitrag braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>Hearth::FileUpload</name>
    <message>
        <location filename="../core/upload/FileUpload.cpp" line="+51"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The upload server refused %1: %2</source>
        <translation>Der Upload-Server hat %1 abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>Hearth::ImportPreflight</name>
    <message>
        <location filename="../core/import/ImportPreflight.cpp" line="+137"/>
        <source>%n picture(s) and file(s) stay links to the old server: this server has no upload service.</source>
        <translation>Bilder und Dateien (%n) bleiben Links zum alten Server: Dieser Server hat keinen Upload-Dienst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 pictures and files (%3) are uploaded; %4 are larger than this server takes (%5) and stay links to the old server.</source>
        <translation>%1 von %2 Bildern und Dateien (%3) werden hochgeladen; %4 sind größer, als dieser Server annimmt (%5), und bleiben Links zum alten Server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n picture(s) and file(s) (%1) are uploaded again; posts and messages point at the new copies.</source>
        <translation>Bilder und Dateien (%n, %1) werden erneut hochgeladen; Beiträge und Nachrichten zeigen auf die neuen Kopien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile, the nickname and the avatar are published on the new account.</source>
        <translation>Profil, Spitzname und Avatar werden im neuen Konto veröffentlicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 posts are published with their ids, titles, texts and dates. This server keeps at most %3 items in a node: the %4 oldest posts and their comments stay in the export.</source>
        <translation>%1 von %2 Beiträgen werden mit ihren IDs, Titeln, Texten und Daten veröffentlicht. Dieser Server behält höchstens %3 Einträge pro Knoten: die %4 ältesten Beiträge und ihre Kommentare bleiben im Export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n post(s) are published with their ids, titles, texts and dates; their readers see them once they follow the new address.</source>
        <translation>Beiträge (%n) werden mit ihren Kennungen, Titeln, Texten und Daten veröffentlicht; ihre Leser sehen sie, sobald sie der neuen Adresse folgen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 comments move with their posts (to %2); %3 written by others come back as quotes credited to their authors, since nobody can publish in someone else&apos;s name.</source>
        <translation>%1 Kommentare ziehen mit ihren Beiträgen um (nach %2); %3 von anderen geschriebene kommen als Zitate mit Nennung ihrer Autoren zurück, denn niemand kann im Namen eines anderen veröffentlichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n like(s) by others cannot move: a like can only be given by the person who likes.</source>
        <translation>Likes von anderen (%n) können nicht umziehen: Ein Like kann nur die Person geben, der etwas gefällt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n other personal data node(s) are published as they were.</source>
        <translation>Andere persönliche Daten (%n Knoten) werden unverändert veröffentlicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encryption keys do not move: they belong to the old account&apos;s devices, and the new account makes its own.</source>
        <translation>Verschlüsselungsschlüssel ziehen nicht um: Sie gehören zu den Geräten des alten Kontos, und das neue Konto erzeugt eigene.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 group chat bookmarks are saved on the new account: this server keeps at most %3 in a node.</source>
        <translation>%1 von %2 Gruppenchat-Lesezeichen werden im neuen Konto gespeichert: dieser Server behält höchstens %3 pro Knoten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n group chat bookmark(s) are saved on the new account; a members-only room lets the new address in once one of its owners adds it.</source>
        <translation>Gruppenchat-Lesezeichen (%n) werden im neuen Konto gespeichert; ein Raum nur für Mitglieder lässt die neue Adresse herein, sobald einer seiner Besitzer sie hinzufügt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n blocked address(es) stay blocked.</source>
        <translation>Blockierte Adressen (%n) bleiben blockiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n blog(s) or community(ies) the account followed are followed again from the new address (some may need their owner&apos;s approval).</source>
        <translation>Vom Konto gefolgte Blogs oder Gemeinschaften (%n) werden von der neuen Adresse aus erneut gefolgt (manche brauchen die Zustimmung ihres Besitzers).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n community(ies) you own stay on their server, owned by the old address: add the new address as an owner from the old account before leaving it.</source>
        <translation>Gemeinschaften, die dir gehören (%n), bleiben auf ihrem Server im Besitz der alten Adresse: Füge die neue Adresse vom alten Konto aus als Besitzer hinzu, bevor du es verlässt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n contact(s) are restored with their names and groups.</source>
        <translation>Kontakte (%n) werden mit Namen und Gruppen wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n contact(s) are added with their names and groups and asked to accept the new address; those who shared their presence are approved in advance. Each contact has to accept.</source>
        <translation>Kontakte (%n) werden mit Namen und Gruppen hinzugefügt und gebeten, die neue Adresse anzunehmen; wer seine Anwesenheit geteilt hat, ist vorab bestätigt. Jeder Kontakt muss zustimmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n contact request(s) waiting on the old account cannot move: answer them there.</source>
        <translation>Kontaktanfragen, die im alten Konto warten (%n), können nicht umziehen: Beantworte sie dort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%n message(s) of chat history go into this computer&apos;s cache for the new account, marked as imported. Servers cannot take history over a client connection: others&apos; apps and the server keep none of it.</source>
        <translation>Chatverlauf (%n Nachrichten) kommt in den Zwischenspeicher dieses Computers für das neue Konto, als importiert markiert. Server können keinen Verlauf über eine Client-Verbindung annehmen: Weder der Server noch andere Apps behalten ihn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This export is of this same account: what it holds is restored over what the server has, and no contact is asked anything.</source>
        <translation>Dieser Export stammt von genau diesem Konto: Sein Inhalt wird über das wiederhergestellt, was der Server hat, und kein Kontakt wird etwas gefragt.</translation>
    </message>
</context>
<context>
    <name>Hearth::ImportReader</name>
    <message>
        <location filename="../core/import/ImportReader.cpp" line="+31"/>
        <source>%1 is not well-formed XML: %2 (line %3)</source>
        <translation>%1 ist kein wohlgeformtes XML: %2 (Zeile %3)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+96"/>
        <location line="+69"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Hearth::ImportReport</name>
    <message>
        <location filename="../core/import/ImportReport.cpp" line="+40"/>
        <source>The same account</source>
        <translation>Dasselbe Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures and files</source>
        <translation>Bilder und Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile and avatar</source>
        <translation>Profil und Avatar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other personal data</source>
        <translation>Andere persönliche Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments and likes</source>
        <translation>Kommentare und Likes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group chat bookmarks</source>
        <translation>Gruppenchat-Lesezeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked addresses</source>
        <translation>Blockierte Adressen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed blogs and communities</source>
        <translation>Gefolgte Blogs und Gemeinschaften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat history</source>
        <translation>Chatverlauf</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1: %2 moved, %3 skipped, %4 failed</source>
        <translation>%1: %2 übertragen, %3 übersprungen, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 by an earlier run)</source>
        <translation> (%1 bei einem früheren Lauf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped: %1</source>
        <translation>angehalten: %1</translation>
    </message>
</context>
<context>
    <name>Hearth::ImportSteps</name>
    <message>
        <location filename="../core/import/ImportSteps.cpp" line="+175"/>
        <source>still on the server as it was</source>
        <translation>noch unverändert auf dem Server</translation>
    </message>
</context>
<context>
    <name>Hearth::KeyVault</name>
    <message>
        <location filename="../core/e2ee/KeyVault.cpp" line="+22"/>
        <source>Without a system keychain the encryption keys are kept in the cache unprotected.</source>
        <translation>Ohne Systemschlüsselbund liegen die Verschlüsselungsschlüssel ungeschützt im Cache.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The system keychain&apos;s entry for the encryption keys is damaged.</source>
        <translation>Der Eintrag des Systemschlüsselbunds für die Verschlüsselungsschlüssel ist beschädigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain could not be read (%1); the encryption keys are not protected.</source>
        <translation>Der Systemschlüsselbund konnte nicht gelesen werden (%1); die Verschlüsselungsschlüssel sind nicht geschützt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system keychain could not store a key (%1); the encryption keys are not protected.</source>
        <translation>Der Systemschlüsselbund konnte keinen Schlüssel speichern (%1); die Verschlüsselungsschlüssel sind nicht geschützt.</translation>
    </message>
</context>
<context>
    <name>Hearth::LegacyOmemoManager</name>
    <message>
        <location filename="../core/e2ee/LegacyOmemoManager.cpp" line="+434"/>
        <source>OMEMO 0.3 is not set up on this device</source>
        <translation>OMEMO 0.3 ist auf diesem Gerät nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the message could not be encrypted</source>
        <translation>die Nachricht konnte nicht verschlüsselt werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no member of the group has a trusted device with OMEMO 0.3 to encrypt for</source>
        <translation>kein Mitglied der Gruppe hat ein vertrauenswürdiges Gerät mit OMEMO 0.3, für das verschlüsselt werden kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no trusted device with OMEMO 0.3 to encrypt for</source>
        <translation>%1 hat kein vertrauenswürdiges Gerät mit OMEMO 0.3, für das verschlüsselt werden kann</translation>
    </message>
</context>
<context>
    <name>Hearth::LegacyOmemoStore</name>
    <message>
        <location filename="../core/e2ee/LegacyOmemoStore.cpp" line="+253"/>
        <source>The encryption keys in the cache are locked with a key from the system keychain, which could not open them.</source>
        <translation>Die Verschlüsselungsschlüssel im Cache sind mit einem Schlüssel aus dem Systemschlüsselbund gesperrt, der sie nicht öffnen konnte.</translation>
    </message>
</context>
<context>
    <name>Hearth::LocalProsody</name>
    <message>
        <location filename="../core/server/LocalProsody.cpp" line="+95"/>
        <source>openssl is needed to make the test certificate.</source>
        <translation>openssl wird für das Testzertifikat benötigt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>openssl could not make a certificate: %1</source>
        <translation>openssl konnte kein Zertifikat erstellen: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot create the server folder %1</source>
        <translation>Der Serverordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the server module into %1</source>
        <translation>Das Servermodul kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Prosody is not installed (the Debian package &quot;prosody&quot; provides it).</source>
        <translation>Prosody ist nicht installiert (das Debian-Paket „prosody“ stellt es bereit).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No free port on 127.0.0.1.</source>
        <translation>Kein freier Port auf 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prosody did not start: %1</source>
        <translation>Prosody ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Prosody exited (code %1). Its log ends with:
%2</source>
        <translation>Prosody wurde beendet (Code %1). Sein Protokoll endet mit:
%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prosody did not listen on port %1 in time. Its log ends with:
%2</source>
        <translation>Prosody hat Port %1 nicht rechtzeitig geöffnet. Sein Protokoll endet mit:
%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>prosodyctl is not installed.</source>
        <translation>prosodyctl ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>prosodyctl register %1 failed: %2</source>
        <translation>prosodyctl register %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Hearth::MediaFetcher</name>
    <message>
        <location filename="../core/export/MediaFetcher.cpp" line="+57"/>
        <source>media %1: not fetched (only https, as the app itself fetches)</source>
        <translation>Medium %1: nicht geladen (nur https, wie die App selbst lädt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>media %1: cannot write the spool file: %2</source>
        <translation>Medium %1: die Zwischendatei kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>media %1: larger than %2 MiB, not exported</source>
        <translation>Medium %1: größer als %2 MiB, nicht exportiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>media %1: not fetched: %2</source>
        <translation>Medium %1: nicht geladen: %2</translation>
    </message>
</context>
<context>
    <name>Hearth::MessageArchive</name>
    <message>
        <location filename="../core/chat/MessageArchive.cpp" line="+55"/>
        <source>You are offline.</source>
        <translation>Sie sind offline.</translation>
    </message>
</context>
<context>
    <name>Hearth::NodeCatchUp</name>
    <message>
        <location filename="../core/feed/NodeCatchUp.cpp" line="+49"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The cache could not be updated.</source>
        <translation>Der Zwischenspeicher konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>The cache could not store the posts.</source>
        <translation>Der Zwischenspeicher konnte die Beiträge nicht speichern.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The server did not answer.</source>
        <translation>Der Server hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>Hearth::NodeListing</name>
    <message>
        <location filename="../core/communities/CommunityDirectory.cpp" line="+109"/>
        <source>%1 stopped answering (%2 of %3 communities described).</source>
        <translation>%1 antwortet nicht mehr (%2 von %3 Gemeinschaften beschrieben).</translation>
    </message>
</context>
<context>
    <name>Hearth::OmemoStore</name>
    <message>
        <location filename="../core/e2ee/OmemoStore.cpp" line="+106"/>
        <source>The encryption keys in the cache are locked with a key from the system keychain, which could not open them.</source>
        <translation>Die Verschlüsselungsschlüssel im Cache sind mit einem Schlüssel aus dem Systemschlüsselbund gesperrt, der sie nicht öffnen konnte.</translation>
    </message>
</context>
<context>
    <name>Hearth::RoomService</name>
    <message>
        <location filename="../core/muc/RoomService.cpp" line="+35"/>
        <source>This room needs a password.</source>
        <translation>Dieser Raum braucht ein Passwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only members may join this room.</source>
        <translation>Nur Mitglieder dürfen diesen Raum betreten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are banned from this room.</source>
        <translation>Sie sind aus diesem Raum verbannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone in the room already uses the nickname %1.</source>
        <translation>Jemand im Raum verwendet bereits den Spitznamen %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such room.</source>
        <translation>Diesen Raum gibt es nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room is full.</source>
        <translation>Der Raum ist voll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may not create rooms on this service.</source>
        <translation>Sie dürfen auf diesem Dienst keine Räume anlegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room refused to let you in.</source>
        <translation>Der Raum hat Sie nicht hineingelassen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> Reason: %1</source>
        <translation> Grund: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You were banned from the room.</source>
        <translation>Sie wurden aus dem Raum verbannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You were kicked from the room.</source>
        <translation>Sie wurden aus dem Raum geworfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You were removed from the room&apos;s members.</source>
        <translation>Sie wurden aus den Mitgliedern des Raums entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room is now for members only.</source>
        <translation>Der Raum ist jetzt nur für Mitglieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room&apos;s service is shutting down.</source>
        <translation>Der Dienst des Raums wird beendet.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Rooms could not be saved in or read from the cache: %1</source>
        <translation>Räume konnten nicht im Cache gespeichert oder daraus gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is not a room address.</source>
        <translation>%1 ist keine Raumadresse.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The room did not answer.</source>
        <translation>Der Raum hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+310"/>
        <location line="+20"/>
        <source>Only the room&apos;s owners may change its settings.</source>
        <translation>Nur die Besitzer des Raums dürfen seine Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The room refused the settings.</source>
        <translation>Der Raum hat die Einstellungen abgelehnt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The room %1 exists already: you have joined it.</source>
        <translation>Den Raum %1 gibt es schon: Sie haben ihn betreten.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The room refused.</source>
        <translation>Der Raum hat abgelehnt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The room does not show who %1 is.</source>
        <translation>Der Raum zeigt nicht, wer %1 ist.</translation>
    </message>
</context>
<context>
    <name>Hearth::SecretStore</name>
    <message>
        <location filename="../core/SecretStore.cpp" line="+91"/>
        <location line="+7"/>
        <source>No system keychain in this session.</source>
        <translation>Kein Systemschlüsselbund in dieser Sitzung.</translation>
    </message>
</context>
<context>
    <name>Hearth::SingleInstance</name>
    <message>
        <location filename="../core/SingleInstance.cpp" line="+61"/>
        <source>Hearth is already running on this profile, but it did not answer (%1).</source>
        <translation>Hearth läuft bereits mit diesem Profil, hat aber nicht geantwortet (%1).</translation>
    </message>
</context>
<context>
    <name>Hearth::UploadService</name>
    <message>
        <location filename="../core/upload/UploadService.cpp" line="+111"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The upload service could not be found: %1</source>
        <translation>Der Upload-Dienst wurde nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your server does not offer file uploads (XEP-0363).</source>
        <translation>Ihr Server bietet kein Hochladen von Dateien an (XEP-0363).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) is larger than your server accepts (%3 bytes at most).</source>
        <translation>%1 (%2) ist größer, als Ihr Server annimmt (höchstens %3 Byte).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The server refused %1: %2</source>
        <translation>Der Server hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server offered an insecure (non-https) address for %1.</source>
        <translation>Der Server hat für %1 eine unsichere Adresse (ohne https) angeboten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is not a link to an encrypted file.</source>
        <translation>Dies ist kein Link zu einer verschlüsselten Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The encrypted file is not on a secure (https) address.</source>
        <translation>Die verschlüsselte Datei liegt nicht unter einer sicheren (https-)Adresse.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The encrypted file could not be downloaded: %1</source>
        <translation>Die verschlüsselte Datei konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The encrypted file could not be decrypted: it is damaged or its key is wrong.</source>
        <translation>Die verschlüsselte Datei konnte nicht entschlüsselt werden: Sie ist beschädigt oder ihr Schlüssel ist falsch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decrypted file could not be saved: %1</source>
        <translation>Die entschlüsselte Datei konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Hearth::XmppLink</name>
    <message>
        <location filename="../core/XmppLink.cpp" line="+26"/>
        <source>This is not an xmpp: link.</source>
        <translation>Das ist kein xmpp:-Link.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This link is too long (%1 characters; Hearth opens links of up to %2).</source>
        <translation>Dieser Link ist zu lang (%1 Zeichen; Hearth öffnet Links mit bis zu %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The link has no address.</source>
        <translation>Der Link enthält keine Adresse.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is a server&apos;s address, not a person&apos;s or a group chat&apos;s.</source>
        <translation>%1 ist die Adresse eines Servers, nicht einer Person oder eines Gruppenchats.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The link names an empty node.</source>
        <translation>Der Link nennt einen leeren Knoten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a server&apos;s address: blogs belong to people.</source>
        <translation>%1 ist die Adresse eines Servers: Blogs gehören Personen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link has parameters but no action.</source>
        <translation>Der Link hat Parameter, aber keine Aktion.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The link asks for a pubsub action but names no node.</source>
        <translation>Der Link verlangt eine Pubsub-Aktion, nennt aber keinen Knoten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hearth does not open “%1” links.</source>
        <translation>Hearth öffnet keine „%1“-Links.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link asks for “%1”, which is not an xmpp: action.</source>
        <translation>Der Link verlangt „%1“, das keine xmpp:-Aktion ist.</translation>
    </message>
</context>
<context>
    <name>Hearth::ZipReader</name>
    <message>
        <location filename="../core/export/ZipReader.cpp" line="+39"/>
        <source>%1 is not a readable zip file: %2</source>
        <translation>%1 ist keine lesbare ZIP-Datei: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the archive</source>
        <translation>das Archiv</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is damaged after %2 entries: %3</source>
        <translation>%1 ist nach %2 Einträgen beschädigt: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has more than %2 entries</source>
        <translation>%1 hat mehr als %2 Einträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the entry name &quot;%2&quot; points outside the archive</source>
        <translation>%1: der Eintragsname „%2“ zeigt aus dem Archiv hinaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is not a regular file (a link or a device)</source>
        <translation>%1: %2 ist keine normale Datei (ein Link oder ein Gerät)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is encrypted with zip encryption, which Hearth does not read</source>
        <translation>%1: %2 ist mit ZIP-Verschlüsselung verschlüsselt, die Hearth nicht liest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 declares %3 bytes, beyond the limit</source>
        <translation>%1: %2 gibt %3 Bytes an, über der Grenze</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 is damaged: %3</source>
        <translation>%1: %2 ist beschädigt: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 is larger than it declares or than the limit</source>
        <translation>%1: %2 ist größer als angegeben oder als die Grenze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 expands beyond %2 bytes</source>
        <translation>%1 wird entpackt größer als %2 Bytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 expands more than %3 times: not read</source>
        <translation>%1: %2 wird mehr als %3-fach größer: nicht gelesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 is %3 bytes, more than the %4 allowed for it</source>
        <translation>%1: %2 hat %3 Bytes, mehr als die erlaubten %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is more than the %3 bytes allowed for it</source>
        <translation>%1: %2 ist größer als die erlaubten %3 Bytes</translation>
    </message>
</context>
<context>
    <name>Hearth::ZipWriter</name>
    <message>
        <location filename="../core/export/ZipWriter.cpp" line="+37"/>
        <location line="+115"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>cannot start the zip file</source>
        <translation>die ZIP-Datei kann nicht begonnen werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot write %1: %2 (%3)</source>
        <translation>%1 kann nicht geschrieben werden: %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot set the compression of %1</source>
        <translation>die Kompression von %1 kann nicht eingestellt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>cannot write %1 into the zip file</source>
        <translation>%1 kann nicht in die ZIP-Datei geschrieben werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot finish %1 in the zip file</source>
        <translation>%1 kann in der ZIP-Datei nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>cannot finish the zip file</source>
        <translation>die ZIP-Datei kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/ImportCommand.cpp" line="+66"/>
        <source>(pass the passphrase with --passphrase-env)</source>
        <translation>(gib die Passphrase mit --passphrase-env an)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the export could not be read in time</source>
        <translation>der Export konnte nicht rechtzeitig gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot import: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing %1 into %2 would do this (nothing was written):</source>
        <translation>Der Import von %1 in %2 würde Folgendes tun (nichts wurde geschrieben):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the import did not finish</source>
        <translation>der Import wurde nicht beendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the import stopped: %1 (run it again to go on)</source>
        <translation>der Import wurde angehalten: %1 (starte ihn erneut, um fortzufahren)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 steps failed (see the report); run the import again to retry them</source>
        <translation>%1 Schritte sind fehlgeschlagen (siehe Bericht); starte den Import erneut, um sie zu wiederholen</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../ui/ImportController.cpp" line="+49"/>
        <source>Reading the export and asking the server…</source>
        <translation>Der Export wird gelesen und der Server befragt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This export cannot be imported: %1</source>
        <translation>Dieser Export kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (step %2 of %3)</source>
        <translation>%1 (Schritt %2 von %3)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Give the new address, as user@server.</source>
        <translation>Gib die neue Adresse an, als benutzer@server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saying that this account moved to %1…</source>
        <translation>Es wird bekannt gegeben, dass dieses Konto nach %1 umgezogen ist…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account now says it moved to %1: import its export there and tell your contacts.</source>
        <translation>Dieses Konto sagt jetzt, dass es nach %1 umgezogen ist: Importiere dort seinen Export und benachrichtige deine Kontakte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not say that this account moved: %1</source>
        <translation>Der Umzug dieses Kontos konnte nicht bekannt gegeben werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The import stopped: %1. Import the same file again to go on where it stopped.</source>
        <translation>Der Import wurde angehalten: %1. Importiere dieselbe Datei erneut, um dort weiterzumachen, wo er aufgehört hat.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported, but %n step(s) failed (below). Import the same file again to retry them.</source>
        <translation>
            <numerusform>Importiert, aber %n Schritt ist fehlgeschlagen (unten). Importiere dieselbe Datei erneut, um ihn zu wiederholen.</numerusform>
            <numerusform>Importiert, aber %n Schritte sind fehlgeschlagen (unten). Importiere dieselbe Datei erneut, um sie zu wiederholen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: everything that could move is on %1.</source>
        <translation>Importiert: Alles, was umziehen konnte, ist auf %1.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../qml/ImportDialog.qml" line="+13"/>
        <source>Import an export</source>
        <translation>Einen Export importieren</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 — the account %2, into %3</source>
        <translation>%1 — das Konto %2, nach %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This export is protected with a passphrase.</source>
        <translation>Dieser Export ist mit einer Passphrase geschützt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing has been written yet. This is what the import will do:</source>
        <translation>Noch wurde nichts geschrieben. Das wird der Import tun:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tell my contacts that this account replaces %1</source>
        <translation>Meinen Kontakten sagen, dass dieses Konto %1 ersetzt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Their apps check it with %1 itself: first log in there and say where you moved (Settings → Your data → Say this account moved, or hearth move --to %2).</source>
        <translation>Ihre Apps prüfen das bei %1 selbst: Melde dich zuerst dort an und sage, wohin du umgezogen bist (Einstellungen → Deine Daten → Umzug bekannt geben, oder hearth move --to %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>under way</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 moved, %2 skipped, %3 failed</source>
        <translation>%1 übertragen, %2 übersprungen, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(%1 by an earlier run)</source>
        <translation>(%1 bei einem früheren Lauf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import again</source>
        <translation>Erneut importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../qml/InviteDialog.qml" line="+16"/>
        <source>Invite to %1</source>
        <translation>In %1 einladen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Address, like friend@example.org</source>
        <translation>Adresse, etwa freund@example.org</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A word with the invitation (optional)</source>
        <translation>Ein Wort zur Einladung (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or pick a contact:</source>
        <translation>Oder wählen Sie einen Kontakt:</translation>
    </message>
</context>
<context>
    <name>JidCheck</name>
    <message>
        <location filename="../core/Jid.cpp" line="+109"/>
        <source>Enter your address, like name@example.org.</source>
        <translation>Geben Sie Ihre Adresse ein, etwa name@example.org.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An address has the form name@example.org: the “@” is missing.</source>
        <translation>Eine Adresse hat die Form name@example.org: das „@“ fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name before the “@” is missing.</source>
        <translation>Der Name vor dem „@“ fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server after the “@” is missing.</source>
        <translation>Der Server nach dem „@“ fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the “/” and what follows it: Hearth chooses the resource itself.</source>
        <translation>Lassen Sie das „/“ und alles danach weg: Hearth wählt die Ressource selbst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name before the “@” contains a character that addresses cannot contain (&quot; &amp; &apos; / : &lt; &gt; @).</source>
        <translation>Der Name vor dem „@“ enthält ein Zeichen, das in Adressen nicht vorkommen darf (&quot; &amp; &apos; / : &lt; &gt; @).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses cannot contain spaces.</source>
        <translation>Adressen dürfen keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This address is too long.</source>
        <translation>Diese Adresse ist zu lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name after the “@” is not a valid host name.</source>
        <translation>Der Servername nach dem „@“ ist kein gültiger Hostname.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../qml/LoginPage.qml" line="+45"/>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your social network on XMPP: log in with an account from any server.</source>
        <translation>Dein soziales Netzwerk auf XMPP: melde dich mit einem Konto von einem beliebigen Server an.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Move it aside and start a fresh cache</source>
        <translation>Beiseitelegen und mit einem neuen Zwischenspeicher beginnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+110"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Address, like name@example.org</source>
        <translation>Adresse, etwa name@example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New password (at least 8 characters)</source>
        <translation>Neues Passwort (mindestens 8 Zeichen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remember the password</source>
        <translation>Passwort merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session only</source>
        <translation>Nur für diese Sitzung merken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in the system keychain, never in Hearth&apos;s files.</source>
        <translation>Im Systemschlüsselbund gespeichert, nie in Hearths Dateien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain is in use, so the password is kept in memory until Hearth quits.</source>
        <translation>Es wird kein Systemschlüsselbund verwendet, daher bleibt das Passwort bis zum Beenden von Hearth im Speicher.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hide server options</source>
        <translation>Serveroptionen ausblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server options</source>
        <translation>Serveroptionen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Host (found automatically if empty)</source>
        <translation>Host (automatisch ermittelt, wenn leer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server host</source>
        <translation>Server-Host</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>STARTTLS (standard)</source>
        <translation>STARTTLS (Standard)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direct TLS</source>
        <translation>Direktes TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection security</source>
        <translation>Verbindungssicherheit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificates are always checked. Unencrypted connections are used only for a server on this computer.</source>
        <translation>Zertifikate werden immer geprüft. Unverschlüsselte Verbindungen gibt es nur zu einem Server auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Creating account…</source>
        <translation>Konto wird erstellt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not every server lets apps create accounts. If yours does not, create one on its website and log in here.</source>
        <translation>Nicht jeder Server lässt Apps Konten anlegen. Wenn Ihrer es nicht erlaubt, legen Sie eines auf seiner Website an und melden Sie sich hier an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open an export…</source>
        <translation>Einen Export öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse an .xmpp-export.zip offline, without an account</source>
        <translation>Eine .xmpp-export.zip offline durchsehen, ohne Konto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open an export</source>
        <translation>Einen Export öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XMPP exports (*.xmpp-export.zip *.zip)</source>
        <translation>XMPP-Exporte (*.xmpp-export.zip *.zip)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+15"/>
        <source>Hearth — %1</source>
        <translation>Hearth — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>This export is encrypted</source>
        <translation>Dieser Export ist verschlüsselt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is encrypted. Enter its passphrase to open it.</source>
        <translation>%1 ist verschlüsselt. Geben Sie die Passphrase ein, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../qml/MessageBubble.qml" line="+18"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Them</source>
        <translation>Gegenüber</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message deleted</source>
        <translation>Nachricht gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 reacted with %2</source>
        <translation>%1 hat mit %2 reagiert</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>an earlier message</source>
        <translation>eine frühere Nachricht</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Shared post</source>
        <translation>Geteilter Beitrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Open the shared post</source>
        <translation>Den geteilten Beitrag öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the encrypted picture %1</source>
        <translation>Verschlüsseltes Bild %1 anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This message was deleted.</source>
        <translation>Diese Nachricht wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(message shortened: it was too long)</source>
        <translation>(Nachricht gekürzt: sie war zu lang)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../ui/MessageListModel.cpp" line="+143"/>
        <source>The messages could not be read from the cache: %1</source>
        <translation>Die Nachrichten konnten nicht aus dem Zwischenspeicher gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>This encrypted message could not be decrypted on this device: it was not encrypted for it, or the secure session with the sender&apos;s device is missing.</source>
        <translation>Diese verschlüsselte Nachricht konnte auf diesem Gerät nicht entschlüsselt werden: sie wurde nicht für es verschlüsselt, oder die sichere Sitzung mit dem Gerät des Absenders fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This message is encrypted with an older OMEMO version (0.3) that this device cannot read.</source>
        <translation>Diese Nachricht ist mit einer älteren OMEMO-Version (0.3) verschlüsselt, die dieses Gerät nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This encrypted message could not be decrypted: it is damaged, or the secure session with the sender&apos;s device broke. Ask the sender to send it again.</source>
        <translation>Diese verschlüsselte Nachricht konnte nicht entschlüsselt werden: Sie ist beschädigt, oder die sichere Sitzung mit dem Gerät des Absenders ist unterbrochen. Bitten Sie den Absender, sie erneut zu senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This encrypted message was not decrypted: it came from a device of the sender whose key changed. Compare the sender&apos;s fingerprints on their profile.</source>
        <translation>Diese verschlüsselte Nachricht wurde nicht entschlüsselt: Sie kam von einem Gerät des Absenders, dessen Schlüssel sich geändert hat. Vergleichen Sie die Fingerabdrücke des Absenders in seinem Profil.</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../qml/NavigationRail.qml" line="+17"/>
        <source>Feed</source>
        <translation>Neuigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>Gemeinschaften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Search everywhere (Ctrl+K)</source>
        <translation>Überall suchen (Strg+K)</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message>
        <location filename="../ui/NotificationCenter.cpp" line="+72"/>
        <source>Sent a file</source>
        <translation>Hat eine Datei gesendet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 mentioned you in %2</source>
        <translation>%1 hat dich in %2 erwähnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+48"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 invites you to a group chat</source>
        <translation>%1 lädt dich in einen Gruppenchat ein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contact request</source>
        <translation>Kontaktanfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 wants to add you as a contact</source>
        <translation>%1 möchte dich als Kontakt hinzufügen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>On your post</source>
        <translation>Zu deinem Beitrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On your post “%1”</source>
        <translation>Zu deinem Beitrag „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 likes it</source>
        <translation>%1 gefällt das</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New activity</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/NotificationCenter.h" line="+83"/>
        <source>In the window</source>
        <translation>Im Fenster</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <location filename="../qml/NotificationsSection.qml" line="+14"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Do not disturb: no notifications at all</source>
        <translation>Nicht stören: gar keine Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mentions in group chats</source>
        <translation>Erwähnungen in Gruppenchats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invitations to group chats</source>
        <translation>Einladungen in Gruppenchats</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact requests</source>
        <translation>Kontaktanfragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comments and likes on my posts</source>
        <translation>Kommentare und Likes zu meinen Beiträgen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show message text</source>
        <translation>Nachrichtentext anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep Hearth running in the tray when its window is closed</source>
        <translation>Hearth im Infobereich weiterlaufen lassen, wenn sein Fenster geschlossen wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This desktop shows no tray icons.</source>
        <translation>Dieser Desktop zeigt keine Symbole im Infobereich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group chats follow each room&apos;s own setting (always, only when mentioned, never) and mutes.</source>
        <translation>Gruppenchats folgen der Einstellung jedes Raums (immer, nur bei Erwähnung, nie) und Stummschaltungen.</translation>
    </message>
</context>
<context>
    <name>OccupantListModel</name>
    <message>
        <location filename="../ui/OccupantListModel.cpp" line="+36"/>
        <source>moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visitor (cannot speak)</source>
        <translation>Besucher (darf nicht sprechen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
</context>
<context>
    <name>PendingBar</name>
    <message>
        <location filename="../qml/PendingBar.qml" line="+17"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting to be sent</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
</context>
<context>
    <name>PictureGallery</name>
    <message>
        <location filename="../qml/PictureGallery.qml" line="+48"/>
        <source>Picture not available</source>
        <translation>Bild nicht verfügbar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Picture %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <location filename="../qml/PictureViewer.qml" line="+33"/>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../qml/PostActions.qml" line="+25"/>
        <source>Like (likes not known yet)</source>
        <translation>Gefällt mir (Anzahl noch unbekannt)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unlike (%n likes)</source>
        <translation>
            <numerusform>Gefällt mir nicht mehr (%n Gefällt mir)</numerusform>
            <numerusform>Gefällt mir nicht mehr (%n Gefällt mir)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Like (%n likes)</source>
        <translation>
            <numerusform>Gefällt mir (%n Gefällt mir)</numerusform>
            <numerusform>Gefällt mir (%n Gefällt mir)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take your like back</source>
        <translation>Ihr Gefällt mir zurücknehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Like</source>
        <translation>Gefällt mir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comments (%1)</source>
        <translation>Kommentare (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments (…)</source>
        <translation>Kommentare (…)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n comments</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments (not known yet)</source>
        <translation>Kommentare (Anzahl noch unbekannt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments are off for this post</source>
        <translation>Kommentare sind für diesen Beitrag deaktiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete this post?</source>
        <translation>Diesen Beitrag löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is removed from your blog for everyone, with its comments.</source>
        <translation>Er wird für alle aus Ihrem Blog entfernt, samt Kommentaren.</translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <location filename="../qml/PostCard.qml" line="+22"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>PostContent</name>
    <message>
        <location filename="../qml/PostContent.qml" line="+49"/>
        <source>claims to be %1 · unverified</source>
        <translation>gibt sich als %1 aus · nicht bestätigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>author unverified</source>
        <translation>Autor nicht bestätigt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server does not confirm that this author wrote it.</source>
        <translation>Der Server bestätigt nicht, dass diese Person es geschrieben hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Shared post</source>
        <translation>Geteilter Beitrag</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <location filename="../qml/PostPage.qml" line="+27"/>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Looking for this post…</source>
        <translation>Dieser Beitrag wird gesucht…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This post is not in your feed</source>
        <translation>Dieser Beitrag ist nicht in Ihrem Feed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It shows here once it is in the cache: from a blog you follow, or after the next sync.</source>
        <translation>Er erscheint hier, sobald er im Cache ist: aus einem Blog, dem Sie folgen, oder nach der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Liked by %1</source>
        <translation>Gefällt %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comments are off for this post.</source>
        <translation>Kommentare sind für diesen Beitrag deaktiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>claims to be %1 · unverified</source>
        <translation>gibt sich als %1 aus · nicht bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author unverified</source>
        <translation>Autor nicht bestätigt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete comment</source>
        <translation>Kommentar löschen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write a comment</source>
        <translation>Einen Kommentar schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your comment</source>
        <translation>Dein Kommentar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <location filename="../ui/ProfileController.cpp" line="+107"/>
        <source>You are offline: the profile can be saved once Hearth is connected.</source>
        <translation>Sie sind offline: Das Profil kann gespeichert werden, sobald Hearth verbunden ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>You are offline: the picture can be changed once Hearth is connected.</source>
        <translation>Sie sind offline: Das Bild kann geändert werden, sobald Hearth verbunden ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The picture could not be published: %1</source>
        <translation>Das Bild konnte nicht veröffentlicht werden: %1</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../qml/ProfileView.qml" line="+12"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Publishing the picture…</source>
        <translation>Bild wird veröffentlicht…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change picture…</source>
        <translation>Bild ändern…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not disturb</source>
        <translation>Bitte nicht stören</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your presence</source>
        <translation>Ihre Anwesenheit</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Status message</source>
        <translation>Statusnachricht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What your contacts see</source>
        <translation>Was deine Kontakte sehen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>About</source>
        <translation>Über mich</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Website</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Town or city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your profile and picture are visible to your contacts. Pictures are cropped to a square of at most 512 pixels.</source>
        <translation>Ihr Profil und Bild sind für Ihre Kontakte sichtbar. Bilder werden auf ein Quadrat von höchstens 512 Pixeln zugeschnitten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a picture</source>
        <translation>Ein Bild wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/upload/EncryptedFile.cpp" line="+72"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No room to prepare the encrypted file: %1</source>
        <translation>Kein Platz, um die verschlüsselte Datei vorzubereiten: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be encrypted.</source>
        <translation>Die Datei konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>The file could not be encrypted: %1</source>
        <translation>Die Datei konnte nicht verschlüsselt werden: %1</translation>
    </message>
</context>
<context>
    <name>QrCameraDialog</name>
    <message>
        <location filename="../qml/QrCameraDialog.qml" line="+14"/>
        <source>Scan their QR code</source>
        <translation>QR-Code scannen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No camera was found. Verify from a picture of their QR code, or paste the link it holds.</source>
        <translation>Keine Kamera gefunden. Verifizieren Sie anhand eines Bildes des QR-Codes, oder fügen Sie den darin enthaltenen Link ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The camera could not be started: %1</source>
        <translation>Die Kamera konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold their QR code in front of the camera.</source>
        <translation>Halten Sie den QR-Code vor die Kamera.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../ui/RequestsModel.cpp" line="+59"/>
        <source>%1 says it is the new address of %2 (checking with %2…)</source>
        <translation>%1 sagt, die neue Adresse von %2 zu sein (wird bei %2 geprüft…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 moved to %2: %1&apos;s account confirms it.</source>
        <translation>%1 ist nach %2 umgezogen: Das Konto %1 bestätigt es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says it is the new address of %2, but %2&apos;s account does not confirm it.</source>
        <translation>%1 sagt, die neue Adresse von %2 zu sein, aber das Konto %2 bestätigt es nicht.</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <location filename="../ui/RoomController.cpp" line="+163"/>
        <source>Enter the room&apos;s address, like room@conference.example.org.</source>
        <translation>Geben Sie die Adresse des Raums ein, etwa raum@conference.example.org.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your server offers no group chat service.</source>
        <translation>Ihr Server bietet keinen Gruppenchat-Dienst.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the room a name.</source>
        <translation>Geben Sie dem Raum einen Namen.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../qml/RoomDialog.qml" line="+21"/>
        <source>Join a group chat</source>
        <translation>Gruppenchat betreten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New group chat</source>
        <translation>Neuer Gruppenchat</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+34"/>
        <source>Join</source>
        <translation>Betreten</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+96"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Room address, like room@conference.example.org</source>
        <translation>Raumadresse, etwa raum@conference.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room address</source>
        <translation>Adresse des Raums</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nickname (optional)</source>
        <translation>Spitzname (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password, if the room has one</source>
        <translation>Passwort, falls der Raum eines hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room password</source>
        <translation>Passwort des Raums</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your bookmarked rooms:</source>
        <translation>Ihre Räume mit Lesezeichen:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name, like Climbing friends</source>
        <translation>Name, etwa Kletterfreunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group name</source>
        <translation>Name der Gruppe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for your server&apos;s group chat service…</source>
        <translation>Gruppenchat-Dienst Ihres Servers wird gesucht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Private group</source>
        <translation>Private Gruppe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public channel</source>
        <translation>Öffentlicher Kanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listed on your server; anyone may join; members do not see each other&apos;s addresses.</source>
        <translation>Auf Ihrem Server gelistet; jeder darf beitreten; Mitglieder sehen die Adressen der anderen nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the people you invite may join; they see each other&apos;s addresses.</source>
        <translation>Nur eingeladene Personen dürfen beitreten; sie sehen die Adressen der anderen.</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../qml/RoomPanel.qml" line="+44"/>
        <source>No subject</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kick %1</source>
        <translation>%1 hinauswerfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ban %1</source>
        <translation>%1 verbannen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Room settings…</source>
        <translation>Raumeinstellungen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Room settings</source>
        <translation>Raumeinstellungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed in the server&apos;s directory</source>
        <translation>Im Verzeichnis des Servers gelistet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members only</source>
        <translation>Nur für Mitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept when everyone has left</source>
        <translation>Bleibt bestehen, wenn alle gegangen sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone sees each other&apos;s addresses</source>
        <translation>Alle sehen die Adressen der anderen</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <location filename="../app/SearchCommand.cpp" line="+83"/>
        <location line="+9"/>
        <source>the search did not finish in 60 s</source>
        <translation>die Suche wurde nicht in 60 s fertig</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>more %1 match: raise --limit or narrow the search</source>
        <translation>weitere Treffer (%1): --limit erhöhen oder die Suche eingrenzen</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../ui/SearchModel.cpp" line="+234"/>
        <source>Search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communities</source>
        <translation>Communitys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All matching contacts</source>
        <translation>Alle gefundenen Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All matching communities</source>
        <translation>Alle gefundenen Communitys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All matching posts</source>
        <translation>Alle gefundenen Beiträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All matching comments</source>
        <translation>Alle gefundenen Kommentare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All matching messages</source>
        <translation>Alle gefundenen Nachrichten</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../qml/SearchPopup.qml" line="+76"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>Communitys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search contacts, communities, posts and messages</source>
        <translation>Kontakte, Communitys, Beiträge und Nachrichten durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From anyone (or type an address)</source>
        <translation>Von allen (oder eine Adresse eingeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Search failed</source>
        <translation>Suche fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found for “%1”</source>
        <translation>Nichts gefunden für „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search everything Hearth keeps</source>
        <translation>Alles durchsuchen, was Hearth aufbewahrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words match the start of words; accents and case do not matter.</source>
        <translation>Jedes Suchwort passt auf einen Wortanfang; Akzente und Groß-/Kleinschreibung zählen nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts, communities, posts, comments and messages, also offline.</source>
        <translation>Kontakte, Communitys, Beiträge, Kommentare und Nachrichten, auch offline.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../ui/SettingsController.cpp" line="+181"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../qml/SettingsView.qml" line="+9"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Blocked addresses</source>
        <translation>Blockierte Adressen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody is blocked. Blocked addresses cannot message you or see your presence.</source>
        <translation>Niemand ist blockiert. Blockierte Adressen können Ihnen nicht schreiben und Ihre Anwesenheit nicht sehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unblock</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who can read your posts (the access model of your blog node).</source>
        <translation>Wer Ihre Beiträge lesen kann (das Zugriffsmodell Ihres Blog-Knotens).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone (public)</source>
        <translation>Alle (öffentlich)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My contacts only</source>
        <translation>Nur meine Kontakte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow my contacts&apos; blogs when I first log in</source>
        <translation>Bei der ersten Anmeldung den Blogs meiner Kontakte folgen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+15"/>
        <source>Drawing</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Automatic uses the graphics card, unless OpenGL here has none behind it: then the processor draws, which takes less memory.</source>
        <translation>Automatisch nutzt die Grafikkarte, außer wenn hier keine hinter OpenGL steht: dann zeichnet der Prozessor, was weniger Speicher braucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth is drawn by the processor now.</source>
        <translation>Hearth wird gerade vom Prozessor gezeichnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth is drawn with the graphics card now.</source>
        <translation>Hearth wird gerade mit der Grafikkarte gezeichnet.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard shortcuts…</source>
        <translation>Tastenkürzel…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Built on</source>
        <translation>Gebaut mit</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Always the graphics card (OpenGL)</source>
        <translation>Immer die Grafikkarte (OpenGL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always the processor (software)</source>
        <translation>Immer der Prozessor (Software)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>OpenGL here: %1.</source>
        <translation>OpenGL hier: %1.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>A change applies the next time Hearth starts.</source>
        <translation>Eine Änderung gilt ab dem nächsten Start von Hearth.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hearth %1: a social network on XMPP that nobody owns. Free software under the GNU GPL, version 3 or later.</source>
        <translation>Hearth %1: ein soziales Netzwerk auf XMPP, das niemandem gehört. Freie Software unter der GNU GPL, Version 3 oder später.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../qml/ShareDialog.qml" line="+22"/>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quote in a new post</source>
        <translation>In einem neuen Beitrag zitieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send in a chat to:</source>
        <translation>In einem Chat senden an:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../qml/ShortcutsDialog.qml" line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Feed, Communities, Chats, Contacts, Profile, Settings</source>
        <translation>Neuigkeiten, Gemeinschaften, Chats, Kontakte, Profil, Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search everywhere</source>
        <translation>Überall suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous conversation with unread messages</source>
        <translation>Nächste oder vorige Unterhaltung mit ungelesenen Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous conversation</source>
        <translation>Nächste oder vorige Unterhaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close a dialog or menu; back from a post, profile or community; close the conversation</source>
        <translation>Dialog oder Menü schließen; zurück von einem Beitrag, Profil oder einer Gemeinschaft; die Unterhaltung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a message; open the selected search result</source>
        <translation>Nachricht senden; das gewählte Suchergebnis öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new line in a message</source>
        <translation>Eine neue Zeile in einer Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between controls; arrows move in lists and menus</source>
        <translation>Zwischen Bedienelementen wechseln; Pfeiltasten bewegen sich in Listen und Menüs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Hearth</source>
        <translation>Hearth beenden</translation>
    </message>
</context>
<context>
    <name>Subcommands</name>
    <message>
        <location filename="../app/Subcommands.cpp" line="+133"/>
        <source>Hearth %1: scriptable access to the feed.</source>
        <translation>Hearth %1: skriptfähiger Zugriff auf den Feed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the profile in &lt;folder&gt;.</source>
        <translation>Das Profil in &lt;folder&gt; verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the account &lt;address&gt; (else the profile&apos;s saved one).</source>
        <translation>Das Konto &lt;address&gt; verwenden (sonst das im Profil gespeicherte).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from the environment variable &lt;name&gt;, not the keychain.</source>
        <translation>Das Passwort aus der Umgebungsvariable &lt;name&gt; lesen, nicht aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to &lt;host&gt;.</source>
        <translation>Mit &lt;host&gt; verbinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &lt;port&gt;.</source>
        <translation>Mit Port &lt;port&gt; verbinden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most &lt;n&gt; posts (default 50).</source>
        <translation>Höchstens &lt;n&gt; Beiträge (Standard 50).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post&apos;s title.</source>
        <translation>Der Titel des Beitrags.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post&apos;s Markdown body, from &lt;file&gt;.</source>
        <translation>Der Markdown-Text des Beitrags, aus &lt;file&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read every followed node completely (sync).</source>
        <translation>Jeden gefolgten Knoten vollständig lesen (sync).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A first read of a node goes on while its posts are less than &lt;n&gt; days old (sync; default 30).</source>
        <translation>Das erste Lesen eines Knotens geht weiter, solange seine Beiträge jünger als &lt;n&gt; Tage sind (sync; Standard 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A first read of a node takes at least &lt;n&gt; posts (sync; default 100).</source>
        <translation>Das erste Lesen eines Knotens nimmt mindestens &lt;n&gt; Beiträge (sync; Standard 100).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the export to &lt;path&gt;: a folder (the file gets its standard name) or a file (export).</source>
        <translation>Den Export nach &amp;lt;path&amp;gt; schreiben: ein Ordner (die Datei bekommt ihren Standardnamen) oder eine Datei (export).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt the export with the passphrase in the environment variable &lt;name&gt; (export).</source>
        <translation>Den Export mit der Passphrase aus der Umgebungsvariable &amp;lt;name&amp;gt; verschlüsseln (export).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the local cache only, without connecting (export).</source>
        <translation>Nur den lokalen Cache exportieren, ohne Verbindung (export).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave pictures and files in posts and chats out (export).</source>
        <translation>Bilder und Dateien in Beiträgen und Chats weglassen (export).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only &lt;kind&gt;: contacts, communities, posts, comments or messages (search).</source>
        <translation>Nur &lt;kind&gt;: contacts, communities, posts, comments oder messages (search).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only what &lt;address&gt; wrote or sent (search).</source>
        <translation>Nur, was &lt;address&gt; geschrieben oder gesendet hat (search).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only from &lt;date&gt; on, YYYY-MM-DD in UTC (search).</source>
        <translation>Nur ab &lt;date&gt;, JJJJ-MM-TT in UTC (search).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import into the account &lt;address&gt; (import; the same as --jid).</source>
        <translation>In das Konto &lt;address&gt; importieren (import; wie --jid).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the contacts to accept this account as the new address of the export&apos;s, as XEP-0283 says (the old account publishes that it moved with hearth move) (import).</source>
        <translation>Die Kontakte bitten, dieses Konto als neue Adresse des exportierten anzunehmen, wie XEP-0283 es vorsieht (das alte Konto gibt den Umzug mit hearth move bekannt) (import).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only say what would move and what would not; write nothing (import).</source>
        <translation>Nur sagen, was umziehen würde und was nicht; nichts schreiben (import).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only before &lt;date&gt;, YYYY-MM-DD in UTC (search).</source>
        <translation>Nur vor &lt;date&gt;, JJJJ-MM-TT in UTC (search).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the device with the fingerprint &lt;key&gt; verified (encryption).</source>
        <translation>Das Gerät mit dem Fingerabdruck &lt;key&gt; als verifiziert markieren (encryption).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust the device with the fingerprint &lt;key&gt; (encryption).</source>
        <translation>Dem Gerät mit dem Fingerabdruck &lt;key&gt; vertrauen (encryption).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distrust the device with the fingerprint &lt;key&gt;: nothing is encrypted for it (encryption).</source>
        <translation>Dem Gerät mit dem Fingerabdruck &lt;key&gt; misstrauen: nichts wird mehr für es verschlüsselt (encryption).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify the keys the xmpp: link of a QR code names (encryption).</source>
        <translation>Die Schlüssel prüfen, die der xmpp:-Link eines QR-Codes nennt (encryption).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the keys of the QR code in the picture &lt;file&gt; (a photo or screenshot of it) (encryption).</source>
        <translation>Die Schlüssel des QR-Codes im Bild &lt;file&gt; verifizieren (ein Foto oder Bildschirmfoto davon) (encryption).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt the conversation with ADDRESS: on, off or auto (encryption).</source>
        <translation>Die Unterhaltung mit ADDRESS verschlüsseln: on, off oder auto (encryption).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take your old device &lt;id&gt; out of your device lists (encryption).</source>
        <translation>Ihr altes Gerät &lt;id&gt; aus Ihren Gerätelisten nehmen (encryption).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The post&apos;s xmpp: URI.</source>
        <translation>Die xmpp:-URI des Beitrags.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment.</source>
        <translation>Der Kommentar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The .xmpp-export.zip to bring into the account.</source>
        <translation>Die .xmpp-export.zip, die ins Konto gebracht wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words to find (each the start of a word; case and accents do not matter).</source>
        <translation>Die zu suchenden Wörter (jeweils ein Wortanfang; Groß-/Kleinschreibung und Akzente zählen nicht).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose devices (else the account&apos;s own).</source>
        <translation>Wessen Geräte (sonst die des Kontos).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 takes %n argument(s)</source>
        <translation>%1 erwartet %n Argumente</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--%1 is for export</source>
        <translation>--%1 ist für export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--passphrase-env is for export and import</source>
        <translation>--passphrase-env ist für export und import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>move needs --to and the new address (user@server)</source>
        <translation>move braucht --to und die neue Adresse (benutzer@server)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is for import</source>
        <translation>--%1 ist für import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--account and --jid name different accounts</source>
        <translation>--account und --jid nennen verschiedene Konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: %1 is not a file</source>
        <translation>import: %1 ist keine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is for search</source>
        <translation>--%1 gehört zu search</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 is for encryption</source>
        <translation>--%1 ist für encryption</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>search needs words to find</source>
        <translation>search braucht Wörter zum Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--kind needs contacts, communities, posts, comments or messages: %1</source>
        <translation>--kind erwartet contacts, communities, posts, comments oder messages: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 needs a date as YYYY-MM-DD: %2</source>
        <translation>--%1 erwartet ein Datum als JJJJ-MM-TT: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export needs --output (a folder or a file name)</source>
        <translation>export braucht --output (einen Ordner oder einen Dateinamen)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--limit needs a number from 1 to 100000</source>
        <translation>--limit braucht eine Zahl von 1 bis 100000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--port needs a number from 1 to 65535</source>
        <translation>--port braucht eine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs a number from %2 to 100000</source>
        <translation>%1 braucht eine Zahl von %2 bis 100000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is for sync</source>
        <translation>%1 ist für sync</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot check the cache %1: %2</source>
        <translation>der Zwischenspeicher %1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cache %1 is damaged:
%2</source>
        <translation>der Zwischenspeicher %1 ist beschädigt:
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cache %1 is sound</source>
        <translation>der Zwischenspeicher %1 ist in Ordnung</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>the server did not answer</source>
        <translation>der Server hat nicht geantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot say that %1 moved: %2</source>
        <translation>es kann nicht bekannt gegeben werden, dass %1 umgezogen ist: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 now says it moved to %2 (contacts can check it); import its export there with --announce-move</source>
        <translation>%1 sagt jetzt, dass es nach %2 umgezogen ist (Kontakte können es prüfen); importiere dort seinen Export mit --announce-move</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no QR code could be read in %1</source>
        <translation>in %1 konnte kein QR-Code gelesen werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the feed did not finish syncing: %1</source>
        <translation>der Feed wurde nicht fertig abgeglichen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%n node(s) not caught up (%1 new items stored)</source>
        <translation>%n Knoten nicht aktuell (%1 neue Einträge gespeichert)</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>Attach the picture (or other file) &lt;file&gt;, uploaded with XEP-0363; repeatable.</source>
        <translation>Das Bild (oder eine andere Datei) &lt;file&gt; anhängen, hochgeladen mit XEP-0363; wiederholbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish on the pubsub service &lt;jid&gt; instead of the own blog (post); the new address (move).</source>
        <translation>Auf dem Pubsub-Dienst &lt;jid&gt; statt im eigenen Blog veröffentlichen (post); die neue Adresse (move).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node on --to (post); the community&apos;s xmpp: URI whose cached posts to print (feed).</source>
        <translation>Der Knoten auf --to (post); die xmpp:-URI der Gemeinschaft, deren Beiträge aus dem Cache ausgegeben werden (feed).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list the follow publicly, for contacts to see (follow).</source>
        <translation>Das Folgen auch öffentlich auflisten, für Kontakte sichtbar (follow).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The community&apos;s xmpp: URI (xmpp:service?;node=name).</source>
        <translation>Die xmpp:-URI der Gemeinschaft (xmpp:dienst?;node=name).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pubsub service to list (else every one of the account&apos;s server).</source>
        <translation>Der aufzulistende Pubsub-Dienst (sonst jeder des Servers des Kontos).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--public is for follow</source>
        <translation>--public gehört zu follow</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--node needs a community&apos;s xmpp: URI (xmpp:service?;node=name): %1</source>
        <translation>--node braucht die xmpp:-URI einer Gemeinschaft (xmpp:dienst?;node=name): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--image is for post</source>
        <translation>--image gilt nur für post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--image: %1 is not a file</source>
        <translation>--image: %1 ist keine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--full is for sync</source>
        <translation>--full ist für sync</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>post needs --title (a post always has a title, as Movim requires)</source>
        <translation>post braucht --title (ein Beitrag hat immer einen Titel, wie Movim es verlangt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the profile folder %1</source>
        <translation>der Profilordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open the cache: %1</source>
        <translation>der Cache kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no account in this profile: log in with the app, or pass --jid and --password-env</source>
        <translation>kein Konto in diesem Profil: melden Sie sich in der App an oder übergeben Sie --jid und --password-env</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+137"/>
        <source>the environment variable %1 is empty</source>
        <translation>die Umgebungsvariable %1 ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no password for %1 in the keychain (%2); use --password-env</source>
        <translation>kein Passwort für %1 im Schlüsselbund (%2); verwenden Sie --password-env</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>synced: %1 new items</source>
        <translation>synchronisiert: %1 neue Einträge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the upload of %1 timed out</source>
        <translation>das Hochladen von %1 hat zu lange gedauert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>not published: %1</source>
        <translation>nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="-257"/>
        <location line="+243"/>
        <source>not a post URI: %1</source>
        <translation>keine Beitrags-URI: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>post not found: %1</source>
        <translation>Beitrag nicht gefunden: %1</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <location filename="../qml/TrayIcon.qml" line="+24"/>
        <source>Hearth: %n unread message(s)</source>
        <translation>
            <numerusform>Hearth: %n ungelesene Nachricht</numerusform>
            <numerusform>Hearth: %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Hearth</source>
        <translation>Hearth öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not disturb (no notifications)</source>
        <translation>Nicht stören (keine Benachrichtigungen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit Hearth</source>
        <translation>Hearth beenden</translation>
    </message>
</context>
<context>
    <name>WindowNotices</name>
    <message>
        <location filename="../qml/WindowNotices.qml" line="+55"/>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>YourDataSection</name>
    <message>
        <location filename="../qml/YourDataSection.qml" line="+18"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export everything your account holds (contacts, profile, posts with their comments and likes, communities, chats, pictures and files) into one file you can keep, browse offline or import into an account on another server. Import brings such a file into this account: moving from another server, or restoring.</source>
        <translation>Exportiere alles, was dein Konto enthält (Kontakte, Profil, Beiträge mit Kommentaren und Likes, Gemeinschaften, Chats, Bilder und Dateien), in eine Datei, die du behalten, offline durchsehen oder in ein Konto auf einem anderen Server importieren kannst. Importieren bringt eine solche Datei in dieses Konto: für den Umzug von einem anderen Server oder zur Wiederherstellung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protect the file with a passphrase</source>
        <translation>Die Datei mit einer Passphrase schützen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without the passphrase nobody can open the file, you included: keep it somewhere safe.</source>
        <translation>Ohne die Passphrase kann niemand die Datei öffnen, auch Sie nicht: bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open an export…</source>
        <translation>Einen Export öffnen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import an export…</source>
        <translation>Einen Export importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import this export into my account…</source>
        <translation>Diesen Export in mein Konto importieren…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to save the export</source>
        <translation>Wo der Export gespeichert werden soll</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open an export</source>
        <translation>Einen Export öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>XMPP exports (*.xmpp-export.zip *.zip)</source>
        <translation>XMPP-Exporte (*.xmpp-export.zip *.zip)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>New address (user@server)</source>
        <translation>Neue Adresse (benutzer@server)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address this account moved to</source>
        <translation>Die Adresse, zu der dieses Konto umgezogen ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say this account moved</source>
        <translation>Umzug bekannt geben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Moving to another server: publish here where you went, then import your export into the new account and let it tell your contacts.</source>
        <translation>Umzug auf einen anderen Server: Gib hier an, wohin du gehst, importiere dann deinen Export in das neue Konto und lass es deine Kontakte benachrichtigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import an export into this account</source>
        <translation>Einen Export in dieses Konto importieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+105"/>
        <source>Hearth is already running on this profile: its window has come forward.</source>
        <translation>Hearth läuft bereits mit diesem Profil: sein Fenster ist nach vorn gekommen.</translation>
    </message>
</context>
</TS>
