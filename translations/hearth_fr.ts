<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="+61"/>
        <source>No system keychain is in use: your password is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The system keychain could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Choose a password of at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your password is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password could not be saved in the system keychain (%1). You will need to enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your password is not saved: you will need to enter it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Offline: enter your password to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Connection lost. Reconnecting in %n s…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
</context>
<context>
    <name>AvatarPicture</name>
    <message>
        <location filename="../ui/AvatarPicture.cpp" line="+19"/>
        <source>This file is not a picture Hearth can read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatsView</name>
    <message>
        <location filename="../qml/ChatsView.qml" line="+6"/>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No conversations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your one-to-one and group conversations will be listed here, the most recent first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+17"/>
        <source>Hearth: a social network on XMPP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this profile&apos;s cache and settings in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a private demo server on this computer and log in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the demo server&apos;s data in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in as &lt;address&gt; without the login page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the password for --jid from the environment variable &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &lt;host&gt; instead of looking up the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &lt;port&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use direct TLS instead of STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not use the system keychain: keep passwords in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a picture of the window to &lt;file&gt; once its data has loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &lt;view&gt; first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the profile page of the contact &lt;address&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the post &lt;uri&gt; (xmpp:service?;node=…;item=…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up on --screenshot after &lt;seconds&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the time to the main window&apos;s first frame, then quit (benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First reconnection delay (tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--port needs a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown view &quot;%1&quot; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--jid needs --password-env: passwords are never taken on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--demo and --jid cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunitiesView</name>
    <message>
        <location filename="../qml/CommunitiesView.qml" line="+6"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No communities followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities you follow on your server and others will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <location filename="../qml/ComposerPage.qml" line="+51"/>
        <source>‹ Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your blog is for your contacts only: people outside your contacts will not see this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say more (Markdown: **bold**, _italic_, [links](https://…), #tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sharing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Allow comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../qml/ConnectionBanner.qml" line="+56"/>
        <source>Retry now</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The local cache has a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionError</name>
    <message>
        <location filename="../core/ConnectionError.cpp" line="+129"/>
        <source>The address is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be found. Check the address, or enter the server&apos;s host name in the server options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the connection. It may be down, or the port may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secure connection could not be set up: the server&apos;s certificate is not valid for this address, or encryption failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server only accepts encrypted logins, and encryption is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not offer encryption. Hearth sends passwords unencrypted only to a server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong address or password.</source>
        <translation>Adresse ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account has been disabled by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server offers no login method that Hearth supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the session because of its policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another session took over this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server does not allow creating accounts from the app. Create one on the server&apos;s website instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This name is already taken on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused to create the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Server says: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <location filename="../core/roster/ContactActions.cpp" line="+24"/>
        <source>The server did not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This contact is not in your contact list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server rejected the address or the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <location filename="../qml/ContactDelegate.qml" line="+32"/>
        <source>Waiting for %1 to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last seen %1</source>
        <translation>Vu pour la dernière fois %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Actions for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactProfilePage</name>
    <message>
        <location filename="../qml/ContactProfilePage.qml" line="+40"/>
        <source>You see each other&apos;s presence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You see their presence; they do not see yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They see your presence; you do not see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your request is waiting for their answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No presence subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>‹ Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has not published a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send a message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chats arrive in a coming version of Hearth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop following %1&apos;s blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show %1&apos;s posts in your feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has not published any post you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Older posts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsController</name>
    <message>
        <location filename="../ui/ContactsController.cpp" line="+65"/>
        <source>Request sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was removed from your contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 can now see when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request from %1 declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is no longer blocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../ui/ContactsModel.cpp" line="+134"/>
        <source>Not in a group</source>
        <translation>Sans groupe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../qml/ContactsView.qml" line="+11"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+1"/>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By group</source>
        <translation>Par groupe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 wants to add you as a contact</source>
        <translation>%1 souhaite vous ajouter à ses contacts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No contacts yet</source>
        <translation>Pas encore de contacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nobody matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add people by their address, like name@example.org, to see when they are online and follow what they post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search looks at names and addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rename or regroup…</source>
        <translation>Renommer ou regrouper…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address, like name@example.org</source>
        <translation type="unfinished">Adresse, comme nom@exemple.org</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation type="unfinished">Adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Groups, separated by commas (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A message with your request (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Groups, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They will no longer see when you are online, and you will no longer see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedController</name>
    <message>
        <location filename="../ui/FeedController.cpp" line="+161"/>
        <source>This post is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A post needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Comment not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Like not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This server does not let you take a like back (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot follow this blog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The blog&apos;s audience was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <location filename="../qml/FeedView.qml" line="+12"/>
        <source>Feed</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation type="unfinished">Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Notifications (%n new)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+85"/>
        <source>Comments and likes on your posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>1 new post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 new posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No posts yet</source>
        <translation>Pas encore de publications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You have not posted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a first post: a title is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts from the contacts and communities you follow will appear here, newest first.</source>
        <translation>Les publications des contacts et communautés que vous suivez apparaîtront ici, les plus récentes en premier.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 liked “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 commented on “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hearth::LocalProsody</name>
    <message>
        <location filename="../core/server/LocalProsody.cpp" line="+95"/>
        <source>openssl is needed to make the test certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>openssl could not make a certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot create the server folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the server module into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Prosody is not installed (the Debian package &quot;prosody&quot; provides it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No free port on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prosody did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prosody exited (code %1). Its log ends with:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prosody did not listen on port %1 in time. Its log ends with:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>prosodyctl is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>prosodyctl register %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JidCheck</name>
    <message>
        <location filename="../core/Jid.cpp" line="+104"/>
        <source>Enter your address, like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An address has the form name@example.org: the “@” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name before the “@” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server after the “@” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the “/” and what follows it: Hearth chooses the resource itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name before the “@” contains a character that addresses cannot contain (&quot; &amp; &apos; / : &lt; &gt; @).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name after the “@” is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../qml/LoginPage.qml" line="+43"/>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your social network on XMPP: log in with an account from any server.</source>
        <translation>Votre réseau social sur XMPP : connectez-vous avec un compte de n’importe quel serveur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+106"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+105"/>
        <source>Create account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Address, like name@example.org</source>
        <translation>Adresse, comme nom@exemple.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New password (at least 8 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remember the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in the system keychain, never in Hearth&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain is in use, so the password is kept in memory until Hearth quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide server options</source>
        <translation>Masquer les options du serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server options</source>
        <translation>Options du serveur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Host (found automatically if empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>STARTTLS (standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direct TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificates are always checked. Unencrypted connections are used only for a server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Creating account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not every server lets apps create accounts. If yours does not, create one on its website and log in here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+14"/>
        <source>Hearth — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../qml/NavigationRail.qml" line="+15"/>
        <source>Feed</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>PictureGallery</name>
    <message>
        <location filename="../qml/PictureGallery.qml" line="+47"/>
        <source>Picture not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Picture %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <location filename="../qml/PictureViewer.qml" line="+30"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message numerus="yes">
        <location filename="../qml/PostActions.qml" line="+22"/>
        <source>Unlike (%n likes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Like (%n likes)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take your like back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n comments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments are off for this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete this post?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is removed from your blog for everyone, with its comments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostContent</name>
    <message>
        <location filename="../qml/PostContent.qml" line="+45"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Shared post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <location filename="../qml/PostPage.qml" line="+27"/>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Looking for this post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This post is not in your feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It shows here once it is in the cache: from a blog you follow, or after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Liked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comments are off for this post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <location filename="../ui/ProfileController.cpp" line="+107"/>
        <source>You are offline: the profile can be saved once Hearth is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+118"/>
        <source>You are offline: the picture can be changed once Hearth is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The picture could not be published: %1</source>
        <translation type="unfinished"></translation>
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
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Publishing the picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change picture…</source>
        <translation>Changer d’image…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Status message</source>
        <translation>Message d’état</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What your contacts see</source>
        <translation>Ce que vos contacts voient</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Town or city</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your profile and picture are visible to your contacts. Pictures are cropped to a square of at most 512 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../ui/SettingsController.cpp" line="+68"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../qml/SettingsView.qml" line="+8"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blocked addresses</source>
        <translation>Adresses bloquées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody is blocked. Blocked addresses cannot message you or see your presence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who can read your posts (the access model of your blog node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My contacts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow my contacts&apos; blogs when I first log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hearth %1: a social network on XMPP that nobody owns. Free software under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Subcommands</name>
    <message>
        <location filename="../app/Subcommands.cpp" line="+110"/>
        <source>Hearth %1: scriptable access to the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the profile in &lt;folder&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the account &lt;address&gt; (else the profile&apos;s saved one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from the environment variable &lt;name&gt;, not the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to &lt;host&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &lt;port&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most &lt;n&gt; posts (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post&apos;s Markdown body, from &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach a picture (XEP-0363 upload).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish on the pubsub service &lt;jid&gt; instead of the own blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node on --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The post&apos;s xmpp: URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 takes %n argument(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--image: picture uploads (XEP-0363) are not available in this version yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>post needs --title (a post always has a title, as Movim requires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the profile folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open the cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no account in this profile: log in with the app, or pass --jid and --password-env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the environment variable %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no password for %1 in the keychain (%2); use --password-env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the feed did not finish syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>synced: %1 new items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>not a post URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>post not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
