<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppController</name>
    <message>
        <location filename="../ui/AppController.cpp" line="+108"/>
        <source>No system keychain is in use: your password is kept in memory for this session only.</source>
        <translation>Aucun trousseau système n&apos;est utilisé : votre mot de passe est gardé en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The system keychain could not be read (%1).</source>
        <translation>Le trousseau système n&apos;a pas pu être lu (%1).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Choisissez un mot de passe d&apos;au moins %n caractère.</numerusform>
            <numerusform>Choisissez un mot de passe d&apos;au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your password is stored in the system keychain.</source>
        <translation>Votre mot de passe est enregistré dans le trousseau système.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password could not be saved in the system keychain (%1). You will need to enter it again next time.</source>
        <translation>Votre mot de passe n&apos;a pas pu être enregistré dans le trousseau système (%1). Il faudra le saisir de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your password is not saved: you will need to enter it next time.</source>
        <translation>Votre mot de passe n&apos;est pas enregistré : il faudra le saisir la prochaine fois.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Offline: enter your password to connect.</source>
        <translation>Hors ligne : saisissez votre mot de passe pour vous connecter.</translation>
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
        <translation>
            <numerusform>Connexion perdue. Reconnexion dans %n s…</numerusform>
            <numerusform>Connexion perdue. Reconnexion dans %n s…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
</context>
<context>
    <name>AttachmentTile</name>
    <message>
        <location filename="../qml/AttachmentTile.qml" line="+71"/>
        <source>Uploading %1</source>
        <translation>Envoi de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>AvatarPicture</name>
    <message>
        <location filename="../ui/AvatarPicture.cpp" line="+20"/>
        <source>This file is not a picture Hearth can read (%1).</source>
        <translation>Ce fichier n&apos;est pas une image que Hearth sait lire (%1).</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../ui/ChatController.cpp" line="+69"/>
        <source>%1 was not sent: %2</source>
        <translation>%1 n&apos;a pas été envoyé : %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sending %1 (%2 %)</source>
        <translation>Envoi de %1 (%2 %)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
</context>
<context>
    <name>ChatListModel</name>
    <message>
        <location filename="../ui/ChatListModel.cpp" line="+42"/>
        <source>The chats could not be read from the cache: %1</source>
        <translation>Les conversations n&apos;ont pas pu être lues dans le cache : %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypted message (not readable on this device)</source>
        <translation>Message chiffré (illisible sur cet appareil)</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../qml/ChatPage.qml" line="+67"/>
        <source>typing…</source>
        <translation>écrit…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Room menu</source>
        <translation>Menu du salon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite…</source>
        <translation>Inviter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change nickname…</source>
        <translation>Changer de pseudo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only when mentioned</source>
        <translation>Seulement si je suis mentionné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Join automatically</source>
        <translation>Rejoindre automatiquement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leave the room</source>
        <translation>Quitter le salon</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your nickname in %1</source>
        <translation>Votre pseudo dans %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>React with %1</source>
        <translation>Réagir avec %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yourself</source>
        <translation>vous-même</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete for everyone</source>
        <translation>Supprimer pour tout le monde</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>You are not in this room.</source>
        <translation>Vous n&apos;êtes pas dans ce salon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Replying to %1: %2</source>
        <translation>Réponse à %1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Editing your message</source>
        <translation>Modification de votre message</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Encrypted end to end (OMEMO) for the group&apos;s members: only their devices and yours can read it. Click to stop encrypting.</source>
        <translation>Chiffré de bout en bout (OMEMO) pour les membres du groupe : seuls leurs appareils et les vôtres peuvent le lire. Cliquez pour arrêter de chiffrer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an OMEMO device, these members cannot read it: %1.</source>
        <translation>Sans appareil OMEMO, ces membres ne peuvent pas le lire : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted end to end (OMEMO): only %1&apos;s devices and yours can read it. Click to stop encrypting.</source>
        <translation>Chiffré de bout en bout (OMEMO) : seuls les appareils de %1 et les vôtres peuvent le lire. Cliquez pour ne plus chiffrer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not encrypted. Click to encrypt end to end (OMEMO).</source>
        <translation>Non chiffré. Cliquez pour chiffrer de bout en bout (OMEMO).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted: no member of this private group has a device that announces OMEMO. Click to encrypt anyway; messages are not sent until it can be.</source>
        <translation>Non chiffré : aucun membre de ce groupe privé n’a d’appareil qui annonce OMEMO. Cliquez pour chiffrer quand même ; les messages ne partent pas tant que ce n’est pas possible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted: %1 has no device that announces OMEMO. Click to encrypt anyway; messages are not sent until it can be.</source>
        <translation>Non chiffré : %1 n&apos;a aucun appareil qui annonce OMEMO. Cliquez pour chiffrer quand même ; les messages ne partent pas tant que ce n&apos;est pas possible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption on</source>
        <translation>Chiffrement activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Encryption off</source>
        <translation>Chiffrement désactivé</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location line="+65"/>
        <source>Send pictures or files</source>
        <translation>Envoyer des images ou des fichiers</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Encrypted message to %1</source>
        <translation>Message chiffré à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>ChatsView</name>
    <message>
        <location filename="../qml/ChatsView.qml" line="+12"/>
        <source>Chats</source>
        <translation>Discussions</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Join a room</source>
        <translation>Rejoindre un salon</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+51"/>
        <source>%1 invites you to %2</source>
        <translation>%1 vous invite dans %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+51"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+50"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>%n invitation(s) from people you do not know</source>
        <translation>
            <numerusform>%n invitation d&apos;une personne que vous ne connaissez pas</numerusform>
            <numerusform>%n invitations de personnes que vous ne connaissez pas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Unmute</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute</source>
        <translation>Mettre en sourdine</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n non lu</numerusform>
            <numerusform>%1, %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Draft: %1</source>
        <translation>Brouillon : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You: %1</source>
        <translation>Vous : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group chat</source>
        <translation>Discussion de groupe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>muted</source>
        <translation>en sourdine</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No conversations yet</source>
        <translation>Aucune conversation pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pick a conversation</source>
        <translation>Choisissez une conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your conversations are on the left, the most recent first.</source>
        <translation>Vos conversations sont à gauche, les plus récentes en premier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start one from a contact&apos;s page, or join a group chat. Your conversations will be listed here, the most recent first.</source>
        <translation>Commencez-en une depuis la page d&apos;un contact ou rejoignez une discussion de groupe. Vos conversations s&apos;afficheront ici, les plus récentes en premier.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+22"/>
        <source>Hearth: a social network on XMPP.

Commands (hearth COMMAND --help): sync, feed, post, comment, like, communities, follow, unfollow, export, import, search, check.</source>
        <translation>Hearth : un réseau social sur XMPP.

Commandes (hearth COMMANDE --help) : sync, feed, post, comment, like, communities, follow, unfollow, export, import, search, check.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep this profile&apos;s cache and settings in &lt;dir&gt;.</source>
        <translation>Garder le cache et les réglages de ce profil dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a private demo server on this computer and log in to it.</source>
        <translation>Démarrer un serveur de démonstration privé sur cet ordinateur et s&apos;y connecter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the demo server&apos;s data in &lt;dir&gt;.</source>
        <translation>Garder les données du serveur de démonstration dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in as &lt;address&gt; without the login page.</source>
        <translation>Se connecter en tant que &lt;address&gt; sans la page de connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the password for --jid from the environment variable &lt;name&gt;.</source>
        <translation>Lire le mot de passe de --jid dans la variable d&apos;environnement &lt;name&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &lt;host&gt; instead of looking up the server.</source>
        <translation>Se connecter à &lt;host&gt; au lieu de chercher le serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &lt;port&gt;.</source>
        <translation>Se connecter au port &lt;port&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use direct TLS instead of STARTTLS.</source>
        <translation>Utiliser TLS direct au lieu de STARTTLS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not use the system keychain: keep passwords in memory for this session only.</source>
        <translation>Ne pas utiliser le trousseau système : garder les mots de passe en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a picture of the window to &lt;file&gt; once its data has loaded, then quit.</source>
        <translation>Enregistrer une image de la fenêtre dans &lt;file&gt; une fois ses données chargées, puis quitter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &lt;view&gt; first: %1.</source>
        <translation>Ouvrir d&apos;abord &lt;view&gt; : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the profile page of the contact &lt;address&gt;.</source>
        <translation>Ouvrir la page de profil du contact &lt;address&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the post &lt;uri&gt; (xmpp:service?;node=…;item=…).</source>
        <translation>Ouvrir la publication &lt;uri&gt; (xmpp:service?;node=…;item=…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the community &lt;uri&gt; (xmpp:service?;node=…).</source>
        <translation>Ouvrir la communauté &lt;uri&gt; (xmpp:service?;node=…).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the conversation with &lt;address&gt;.</source>
        <translation>Ouvrir la conversation avec &lt;address&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open search everywhere with &lt;text&gt; typed in.</source>
        <translation>Ouvrir la recherche globale avec &lt;text&gt; déjà saisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the first hit of --search (screenshots).</source>
        <translation>Ouvrir le premier résultat de --search (captures d&apos;écran).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the composer with &lt;file&gt; attached (repeatable).</source>
        <translation>Ouvrir l&apos;éditeur avec &lt;file&gt; en pièce jointe (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up on --screenshot after &lt;seconds&gt;.</source>
        <translation>Abandonner --screenshot après &lt;seconds&gt; secondes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the time to the main window&apos;s first frame, then quit (benchmarks).</source>
        <translation>Afficher le temps jusqu&apos;à la première image de la fenêtre, puis quitter (mesures).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First reconnection delay (tests).</source>
        <translation>Premier délai de reconnexion (tests).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scroll the feed through &lt;n&gt; posts, then quit (benchmarks).</source>
        <translation>Faire défiler le fil sur &lt;n&gt; publications, puis quitter (mesures).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open these chats in turn, then quit (benchmarks).</source>
        <translation>Ouvrir ces conversations l&apos;une après l&apos;autre, puis quitter (mesures).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the memory at each stage (login page or feed, chats, these chats opened), then quit (benchmarks).</source>
        <translation>Afficher la mémoire à chaque étape (page de connexion ou fil, discussions, ces discussions ouvertes), puis quitter (mesures de performance).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the display&apos;s OpenGL renderer, then quit (the app asks itself).</source>
        <translation>Afficher le moteur de rendu OpenGL de l’écran, puis quitter (l’application se le demande elle-même).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse the export &lt;file&gt; (an .xmpp-export.zip), offline and read-only.</source>
        <translation>Parcourir l&apos;export &amp;lt;file&amp;gt; (un .xmpp-export.zip), hors ligne et en lecture seule.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --open: the profile whose account &quot;Import into my account&quot; imports into.</source>
        <translation>Avec --open : le profil dont le compte reçoit « Importer dans mon compte ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the passphrase of an encrypted --open export from the environment variable &lt;name&gt; (else the window asks).</source>
        <translation>Lire la phrase secrète d&apos;un export chiffré (--open) dans la variable d&apos;environnement &amp;lt;name&amp;gt; (sinon la fenêtre la demande).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the account into the folder &lt;dir&gt; once it is online, shown in Settings (as Settings → Your data → Export does).</source>
        <translation>Exporter le compte dans le dossier &lt;dir&gt; une fois en ligne, affiché dans Paramètres (comme Paramètres → Vos données → Exporter).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the export &lt;file&gt; into the account once it is online: Settings → Your data → Import shows what will move, and waits for the user (hearth import runs it without a window).</source>
        <translation>Importer l’export &lt;file&gt; dans le compte une fois en ligne : Réglages → Vos données → Importer montre ce qui sera transféré et attend l’utilisateur (hearth import le fait sans fenêtre).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the --import at once (screenshots).</source>
        <translation>Lancer --import tout de suite (captures d’écran).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --import-run and --screenshot: the picture as the import reaches &lt;dataset&gt; (its progress).</source>
        <translation>Avec --import-run et --screenshot : l’image quand l’import atteint &lt;dataset&gt; (sa progression).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot: scroll the page to the item named &lt;name&gt; first.</source>
        <translation>Avec --screenshot : faire défiler d’abord la page jusqu’à l’élément nommé &lt;name&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a line when a link handed to this window is shown (benchmarks).</source>
        <translation>Afficher une ligne quand un lien remis à cette fenêtre est affiché (mesures).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>xmpp: links to open, like xmpp:alice@example.org?message (a chat), ?join (a group chat), ?roster (add a contact), ?;node=…;item=… (a post). If Hearth already runs on this profile, its window opens them.</source>
        <translation>Liens xmpp: à ouvrir, comme xmpp:alice@example.org?message (une discussion), ?join (une discussion de groupe), ?roster (ajouter un contact), ?;node=…;item=… (une publication). Si Hearth tourne déjà sur ce profil, sa fenêtre les ouvre.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--port needs a number from 1 to 65535</source>
        <translation>--port attend un nombre de 1 à 65535</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown view &quot;%1&quot; (one of: %2)</source>
        <translation>vue inconnue « %1 » (parmi : %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--jid needs --password-env: passwords are never taken on the command line</source>
        <translation>--jid demande --password-env : les mots de passe ne sont jamais pris sur la ligne de commande</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--export-to: %1 is not a folder</source>
        <translation>--export-to : %1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--import: %1 is not a file</source>
        <translation>--import : %1 n’est pas un fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--open browses an export in a cache of its own: not with --demo, --jid or --profile</source>
        <translation>--open parcourt un export dans un cache à part : pas avec --demo, --jid ou --profile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--open: %1 is not a file</source>
        <translation>--open : %1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--demo and --jid cannot be used together</source>
        <translation>--demo et --jid ne peuvent pas être utilisés ensemble</translation>
    </message>
</context>
<context>
    <name>CommunitiesController</name>
    <message>
        <location filename="../ui/CommunitiesController.cpp" line="+165"/>
        <source>Your communities could not be read from the cache: %1</source>
        <translation>Vos communautés n’ont pas pu être lues depuis le cache : %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+187"/>
        <source>You are offline.</source>
        <translation>Vous êtes hors ligne.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>%1 offers no communities.</source>
        <translation>%1 ne propose pas de communautés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Not a community&apos;s address: %1</source>
        <translation>Ce n’est pas l’adresse d’une communauté : %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not followed: %1</source>
        <translation>Non suivie : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not unfollowed: %1</source>
        <translation>Toujours suivie : %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not created: %1</source>
        <translation>Non créée : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The settings could not be read: %1</source>
        <translation>Les réglages n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+47"/>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+15"/>
        <location line="+32"/>
        <source>Settings not saved: %1</source>
        <translation>Réglages non enregistrés : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The members could not be read: %1</source>
        <translation>Les membres n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not approved: %1</source>
        <translation>Non accepté : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not refused: %1</source>
        <translation>Non refusé : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Picture saved.</source>
        <translation>Image enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The picture could not be published: %1</source>
        <translation>L’image n’a pas pu être publiée : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not deleted: %1</source>
        <translation>Non supprimée : %1</translation>
    </message>
</context>
<context>
    <name>CommunitiesView</name>
    <message>
        <location filename="../qml/CommunitiesView.qml" line="+13"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Yours</source>
        <translation>Les vôtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discover</source>
        <translation>Découvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed by contacts</source>
        <translation>Suivies par vos contacts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New community</source>
        <translation>Nouvelle communauté</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No communities followed</source>
        <translation>Aucune communauté suivie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find communities on your server or any other under Discover, or start one.</source>
        <translation>Trouvez des communautés sur votre serveur ou un autre sous Découvrir, ou créez-en une.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Community server</source>
        <translation>Serveur de communautés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another server…</source>
        <translation>Un autre serveur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another community server</source>
        <translation>Un autre serveur de communautés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look</source>
        <translation>Voir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter by name or description</source>
        <translation>Filtrer par nom ou description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter communities</source>
        <translation>Filtrer les communautés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be listed: %2</source>
        <translation>%1 ne peut pas être listé : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing %1… %2 found so far</source>
        <translation>Liste de %1… %2 trouvées pour l’instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 community on %1</source>
        <translation>1 communauté sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 communities on %2</source>
        <translation>%1 communautés sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for community servers…</source>
        <translation>Recherche des serveurs de communautés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discovery needs a connection.</source>
        <translation>La découverte demande une connexion.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing shared yet</source>
        <translation>Rien de partagé pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities your contacts follow publicly show here, the most followed first.</source>
        <translation>Les communautés que vos contacts suivent publiquement apparaissent ici, les plus suivies d’abord.</translation>
    </message>
</context>
<context>
    <name>CommunityCommands</name>
    <message>
        <location filename="../app/CommunityCommands.cpp" line="+78"/>
        <source>the server did not list its services in time</source>
        <translation>le serveur n’a pas listé ses services à temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot list the server&apos;s services: %1</source>
        <translation>impossible de lister les services du serveur : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the follow lists did not come in time</source>
        <translation>les listes d’abonnements ne sont pas arrivées à temps</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot list %1: %2</source>
        <translation>impossible de lister %1 : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not followed: timed out</source>
        <translation>non suivie : délai dépassé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not followed: %1</source>
        <translation>non suivie : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>following %1</source>
        <translation>%1 suivie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not unfollowed: timed out</source>
        <translation>toujours suivie : délai dépassé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not unfollowed: %1</source>
        <translation>toujours suivie : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer following %1</source>
        <translation>%1 n’est plus suivie</translation>
    </message>
</context>
<context>
    <name>CommunityCreateDialog</name>
    <message>
        <location filename="../qml/CommunityCreateDialog.qml" line="+16"/>
        <source>New community</source>
        <translation>Nouvelle communauté</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no community server is known yet: look under Discover first</source>
        <translation>aucun serveur de communautés n’est encore connu : regardez d’abord sous Découvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are offline</source>
        <translation>vous êtes hors ligne</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Asking %1 whether you may create communities…</source>
        <translation>Demande à %1 si vous pouvez créer des communautés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot create a community now: %1.</source>
        <translation>Vous ne pouvez pas créer de communauté maintenant : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot create communities on %1: %2</source>
        <translation>Vous ne pouvez pas créer de communautés sur %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may create communities on %1.</source>
        <translation>Vous pouvez créer des communautés sur %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name (4 to 80 characters)</source>
        <translation>Nom (4 à 80 caractères)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address: xmpp:%1?;node=%2</source>
        <translation>Adresse : xmpp:%1?;node=%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it is about</source>
        <translation>De quoi elle parle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery (pictures)</source>
        <translation>Galerie (images)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can read</source>
        <translation>Qui peut lire</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>My contacts</source>
        <translation>Mes contacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved members</source>
        <translation>Membres acceptés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can post</source>
        <translation>Qui peut publier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishers I choose</source>
        <translation>Les éditeurs que je choisis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followers</source>
        <translation>Les abonnés</translation>
    </message>
</context>
<context>
    <name>CommunityDelegate</name>
    <message>
        <location filename="../qml/CommunityDelegate.qml" line="+20"/>
        <source>%1, %2 unread</source>
        <translation>%1, %2 non lues</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members only</source>
        <translation>Réservée aux membres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yours</source>
        <translation>Les vôtres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for approval</source>
        <translation>En attente d’acceptation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Following</source>
        <translation>Suivie</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Followed by 1 of your contacts</source>
        <translation>Suivie par 1 de vos contacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followed by %1 of your contacts</source>
        <translation>Suivie par %1 de vos contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 subscriber</source>
        <translation>1 abonné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 subscribers</source>
        <translation>%1 abonnés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 post</source>
        <translation>1 publication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 posts</source>
        <translation>%1 publications</translation>
    </message>
</context>
<context>
    <name>CommunityPage</name>
    <message>
        <location filename="../qml/CommunityPage.qml" line="+27"/>
        <source>Members only</source>
        <translation>Réservée aux membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The owner&apos;s contacts can read</source>
        <translation>Les contacts du propriétaire peuvent lire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone can read</source>
        <translation>Tout le monde peut lire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>anyone can post</source>
        <translation>tout le monde peut publier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>followers can post</source>
        <translation>les abonnés peuvent publier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publishers post</source>
        <translation>les éditeurs publient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>‹ Communities</source>
        <translation>‹ Communautés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to communities</source>
        <translation>Retour aux communautés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unfollow</source>
        <translation>Ne plus suivre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Follow %1</source>
        <translation>Suivre %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its posts will appear in your feed.</source>
        <translation>Ses publications apparaîtront dans votre fil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share this subscription publicly (your contacts see it)</source>
        <translation>Rendre cet abonnement public (vos contacts le voient)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 subscriber</source>
        <translation>1 abonné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 subscribers</source>
        <translation>%1 abonnés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for the owner&apos;s approval</source>
        <translation>en attente de l’acceptation du propriétaire</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No posts here yet.</source>
        <translation>Pas encore de publications ici.</translation>
    </message>
</context>
<context>
    <name>CommunitySettingsPage</name>
    <message>
        <location filename="../qml/CommunitySettingsPage.qml" line="+45"/>
        <source>Choose the community&apos;s picture</source>
        <translation>Choisir l’image de la communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The community, its posts and their comments are deleted on the server for everyone. This cannot be undone.</source>
        <translation>La communauté, ses publications et leurs commentaires sont supprimés du serveur pour tout le monde. C’est définitif.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings of %1</source>
        <translation>Réglages de %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change picture…</source>
        <translation>Changer l’image…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gallery (pictures)</source>
        <translation>Galerie (images)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can read</source>
        <translation>Qui peut lire</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>My contacts</source>
        <translation>Mes contacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved members</source>
        <translation>Membres acceptés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can post</source>
        <translation>Qui peut publier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishers I choose</source>
        <translation>Les éditeurs que je choisis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Followers</source>
        <translation>Les abonnés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>asks to join</source>
        <translation>demande à rejoindre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Banned</source>
        <translation>Banni</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Role of %1</source>
        <translation>Rôle de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add someone: name@server</source>
        <translation>Ajouter quelqu’un : nom@serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of a new member</source>
        <translation>Adresse d’un nouveau membre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hide the full configuration</source>
        <translation>Masquer la configuration complète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the full configuration…</source>
        <translation>Afficher la configuration complète…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every field the server offers for this community, as it names them.</source>
        <translation>Tous les champs que le serveur propose pour cette communauté, tels qu’il les nomme.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save the configuration</source>
        <translation>Enregistrer la configuration</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete this community…</source>
        <translation>Supprimer cette communauté…</translation>
    </message>
</context>
<context>
    <name>ComposerController</name>
    <message>
        <location filename="../ui/ComposerController.cpp" line="+98"/>
        <source>A post needs a title.</source>
        <translation>Une publication a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for the uploads to finish.</source>
        <translation>Attendez la fin des envois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some files did not upload: try them again or remove them.</source>
        <translation>Certains fichiers n&apos;ont pas été envoyés : réessayez ou retirez-les.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This post is no longer available.</source>
        <translation>Cette publication n&apos;est plus disponible.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not published: %1</source>
        <translation>Non publié : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You are offline: the post will be published when you are back online.</source>
        <translation>Vous êtes hors ligne : la publication partira dès que vous serez de nouveau en ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not published yet (%1): it will be tried again at the next connection.</source>
        <translation>Pas encore publié (%1) : nouvel essai à la prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <location filename="../qml/ComposerPage.qml" line="+63"/>
        <source>Add pictures or files</source>
        <translation>Ajouter des images ou des fichiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>‹ Cancel</source>
        <translation>‹ Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit post</source>
        <translation>Modifier la publication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share a post</source>
        <translation>Partager une publication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Posting to the gallery %1: add at least one picture.</source>
        <translation>Publication dans la galerie %1 : ajoutez au moins une image.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posting to the community %1</source>
        <translation>Publication dans la communauté %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your blog is for your contacts only: people outside your contacts will not see this post.</source>
        <translation>Votre blog est réservé à vos contacts : les personnes hors de vos contacts ne verront pas cette publication.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title (required)</source>
        <translation>Titre (obligatoire)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say more (Markdown: **bold**, _italic_, [links](https://…), #tags)</source>
        <translation>Développez (Markdown : **gras**, _italique_, [liens](https://…), #étiquettes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Add pictures or files…</source>
        <translation>Ajouter des images ou des fichiers…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sharing: %1</source>
        <translation>Partage : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Allow comments</source>
        <translation>Autoriser les commentaires</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../qml/ConnectionBanner.qml" line="+57"/>
        <source>Retry now</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import into my account…</source>
        <translation>Importer dans mon compte…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The local cache has a problem: %1</source>
        <translation>Le cache local a un problème : %1</translation>
    </message>
</context>
<context>
    <name>ConnectionError</name>
    <message>
        <location filename="../core/ConnectionError.cpp" line="+129"/>
        <source>The address is not valid.</source>
        <translation>L&apos;adresse n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not be found. Check the address, or enter the server&apos;s host name in the server options.</source>
        <translation>Le serveur est introuvable. Vérifiez l&apos;adresse, ou saisissez le nom d&apos;hôte du serveur dans les options du serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the connection. It may be down, or the port may be wrong.</source>
        <translation>Le serveur a refusé la connexion. Il est peut-être arrêté, ou le port est incorrect.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secure connection could not be set up: the server&apos;s certificate is not valid for this address, or encryption failed.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée : le certificat du serveur n&apos;est pas valide pour cette adresse, ou le chiffrement a échoué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server only accepts encrypted logins, and encryption is not available.</source>
        <translation>Le serveur n&apos;accepte que les connexions chiffrées, et le chiffrement n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server does not offer encryption. Hearth sends passwords unencrypted only to a server on this computer.</source>
        <translation>Le serveur ne propose pas de chiffrement. Hearth n&apos;envoie de mot de passe en clair qu&apos;à un serveur situé sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong address or password.</source>
        <translation>Adresse ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account has been disabled by the server.</source>
        <translation>Ce compte a été désactivé par le serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server offers no login method that Hearth supports.</source>
        <translation>Le serveur ne propose aucune méthode de connexion prise en charge par Hearth.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the session because of its policy.</source>
        <translation>Le serveur a refusé la session en raison de sa politique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another session took over this connection.</source>
        <translation>Une autre session a pris le relais de cette connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is shutting down.</source>
        <translation>Le serveur s&apos;arrête.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server does not allow creating accounts from the app. Create one on the server&apos;s website instead.</source>
        <translation>Ce serveur ne permet pas de créer un compte depuis l&apos;application. Créez-en un sur le site web du serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This name is already taken on this server.</source>
        <translation>Ce nom est déjà pris sur ce serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused to create the account.</source>
        <translation>Le serveur a refusé de créer le compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Server says: %1)</source>
        <translation>(Le serveur indique : %1)</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <location filename="../core/roster/ContactActions.cpp" line="+24"/>
        <source>The server did not allow this.</source>
        <translation>Le serveur ne l&apos;a pas permis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This contact is not in your contact list.</source>
        <translation>Ce contact n&apos;est pas dans votre liste de contacts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server rejected the address or the name.</source>
        <translation>Le serveur a refusé l&apos;adresse ou le nom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server did not answer.</source>
        <translation>Le serveur n&apos;a pas répondu.</translation>
    </message>
</context>
<context>
    <name>ContactDelegate</name>
    <message>
        <location filename="../qml/ContactDelegate.qml" line="+33"/>
        <source>Waiting for %1 to accept</source>
        <translation>En attente de l&apos;accord de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last seen %1</source>
        <translation>Vu pour la dernière fois %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Actions for %1</source>
        <translation>Actions pour %1</translation>
    </message>
</context>
<context>
    <name>ContactProfilePage</name>
    <message>
        <location filename="../qml/ContactProfilePage.qml" line="+40"/>
        <source>You see each other&apos;s presence.</source>
        <translation>Vous voyez mutuellement votre présence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You see their presence; they do not see yours.</source>
        <translation>Vous voyez sa présence ; il ou elle ne voit pas la vôtre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They see your presence; you do not see theirs.</source>
        <translation>Il ou elle voit votre présence ; vous ne voyez pas la sienne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your request is waiting for their answer.</source>
        <translation>Votre demande attend sa réponse.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No presence subscription.</source>
        <translation>Aucun abonnement de présence.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>‹ Contacts</source>
        <translation>‹ Contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to contacts</source>
        <translation>Retour aux contacts</translation>
    </message>
    <message>
        <location line="+67"/>
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
        <location line="+13"/>
        <source>Email</source>
        <translation>Courriel</translation>
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
        <location line="+8"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has not published a profile.</source>
        <translation>%1 n&apos;a pas publié de profil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Send a message</source>
        <translation>Envoyer un message</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Chat with %1</source>
        <translation>Discuter avec %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Following</source>
        <translation>Abonné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop following %1&apos;s blog</source>
        <translation>Ne plus suivre le blog de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show %1&apos;s posts in your feed</source>
        <translation>Afficher les publications de %1 dans votre fil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading posts…</source>
        <translation>Chargement des publications…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has not published any post you can see.</source>
        <translation>%1 n&apos;a publié aucune publication visible pour vous.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Older posts</source>
        <translation>Publications plus anciennes</translation>
    </message>
</context>
<context>
    <name>ContactsController</name>
    <message>
        <location filename="../ui/ContactsController.cpp" line="+65"/>
        <source>Request sent to %1.</source>
        <translation>Demande envoyée à %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact saved.</source>
        <translation>Contact enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was removed from your contacts.</source>
        <translation>%1 a été retiré de vos contacts.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 can now see when you are online.</source>
        <translation>%1 peut maintenant voir quand vous êtes en ligne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request from %1 declined.</source>
        <translation>Demande de %1 refusée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is blocked.</source>
        <translation>%1 est bloqué.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is no longer blocked.</source>
        <translation>%1 n&apos;est plus bloqué.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../ui/ContactsModel.cpp" line="+247"/>
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
        <location filename="../qml/ContactsView.qml" line="+12"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+77"/>
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
        <location line="+7"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 wants to add you as a contact</source>
        <translation>%1 souhaite vous ajouter à ses contacts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+69"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>No contacts yet</source>
        <translation>Pas encore de contacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nobody matches “%1”</source>
        <translation>Personne ne correspond à « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add people by their address, like name@example.org, to see when they are online and follow what they post.</source>
        <translation>Ajoutez des personnes par leur adresse, comme nom@example.org, pour voir quand elles sont en ligne et suivre ce qu&apos;elles publient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search looks at names and addresses.</source>
        <translation>La recherche porte sur les noms et les adresses.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rename or regroup…</source>
        <translation>Renommer ou regrouper…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Address, like name@example.org</source>
        <translation>Adresse, comme nom@example.org</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Groups, separated by commas (optional)</source>
        <translation>Groupes, séparés par des virgules (facultatif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>A message with your request (optional)</source>
        <translation>Un message avec votre demande (facultatif)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Groups, separated by commas</source>
        <translation>Groupes, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove %1?</source>
        <translation>Retirer %1 ?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They will no longer see when you are online, and you will no longer see them.</source>
        <translation>Cette personne ne verra plus quand vous êtes en ligne, et vous ne la verrez plus.</translation>
    </message>
</context>
<context>
    <name>CryptoSupport</name>
    <message>
        <location filename="../core/e2ee/CryptoSupport.cpp" line="+41"/>
        <source>QCA&apos;s OpenSSL provider (qca-ossl) is missing or lacks %1: end-to-end encryption is off</source>
        <translation>le fournisseur OpenSSL de QCA (qca-ossl) manque ou ne sait pas faire %1 : le chiffrement de bout en bout est désactivé</translation>
    </message>
</context>
<context>
    <name>DevicesSection</name>
    <message>
        <location filename="../qml/DevicesSection.qml" line="+24"/>
        <location line="+78"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Trusted (not verified)</source>
        <translation>Fiable (non vérifié)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distrusted: receives nothing</source>
        <translation>Non fiable : ne reçoit rien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your encryption keys are locked: the system keychain that holds their key could not open them. Nothing is encrypted or decrypted, and no new keys are made over them, until Hearth can reach the keychain again (restart Hearth once it is unlocked).</source>
        <translation>Vos clés de chiffrement sont verrouillées : le trousseau du système qui détient leur clé n&apos;a pas pu les ouvrir. Rien n&apos;est chiffré ni déchiffré, et aucune nouvelle clé ne les remplace, tant que Hearth ne peut pas atteindre le trousseau (redémarrez Hearth une fois qu&apos;il est déverrouillé).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End-to-end encryption is being set up for this device.</source>
        <translation>Le chiffrement de bout en bout est en cours de mise en place pour cet appareil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No device of this address announces OMEMO encryption.</source>
        <translation>Aucun appareil de cette adresse n&apos;annonce le chiffrement OMEMO.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare these fingerprints with what your other devices and your contacts&apos; devices show.</source>
        <translation>Comparez ces empreintes avec ce qu&apos;affichent vos autres appareils et ceux de vos contacts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare each fingerprint with the one their device shows (in person or on a call), then mark it verified.</source>
        <translation>Comparez chaque empreinte avec celle qu&apos;affiche son appareil (en personne ou par téléphone), puis marquez-la vérifiée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+8"/>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(key not received yet)</source>
        <translation>(clé pas encore reçue)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint %1</source>
        <translation>Empreinte %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The fingerprint matches what this device shows</source>
        <translation>L&apos;empreinte correspond à ce qu&apos;affiche cet appareil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Distrust</source>
        <translation>Ne plus faire confiance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop encrypting for this device</source>
        <translation>Ne plus chiffrer pour cet appareil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust</source>
        <translation>Faire confiance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take this old device out of your device lists: nobody encrypts for it any more. A device still in use adds itself back when it connects.</source>
        <translation>Retirer cet ancien appareil de vos listes d&apos;appareils : plus personne ne chiffre pour lui. Un appareil encore utilisé s&apos;y remet à sa prochaine connexion.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your key&apos;s link (for a QR code)</source>
        <translation>Le lien de votre clé (pour un code QR)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paste the xmpp: link of their QR code</source>
        <translation>Collez le lien xmpp: de son code QR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your key&apos;s link</source>
        <translation>Le lien de votre clé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key link to verify</source>
        <translation>Lien de clé à vérifier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Verified: the keys this code names are marked verified.</source>
        <translation>Vérifié : les clés que nomme ce code sont marquées comme vérifiées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified: the keys of %1 this code names are marked verified.</source>
        <translation>Vérifié : les clés de %1 que nomme ce code sont marquées comme vérifiées.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verify from a picture of their QR code…</source>
        <translation>Vérifier depuis une photo de son code QR…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scan their QR code with the camera…</source>
        <translation>Scanner son code QR avec la caméra…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A picture of their QR code</source>
        <translation>Une photo de son code QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>QR code of your key</source>
        <translation>Code QR de votre clé</translation>
    </message>
</context>
<context>
    <name>EncryptionCommand</name>
    <message>
        <location filename="../app/EncryptionCommand.cpp" line="+95"/>
        <source>the encryption keys of %1 are locked: the system keychain could not open them</source>
        <translation>les clés de chiffrement de %1 sont verrouillées : le trousseau du système n&apos;a pas pu les ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end-to-end encryption could not be set up for %1</source>
        <translation>le chiffrement de bout en bout n&apos;a pas pu être mis en place pour %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--mode takes on, off or auto, with the conversation&apos;s address</source>
        <translation>--mode prend on, off ou auto, avec l&apos;adresse de la conversation</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Device %1 is not one of your other devices</source>
        <translation>L&apos;appareil %1 n&apos;est pas l&apos;un de vos autres appareils</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 names no key of a device Hearth knows</source>
        <translation>%1 ne nomme aucune clé d&apos;un appareil connu de Hearth</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no device with the key %2</source>
        <translation>%1 n&apos;a pas d&apos;appareil avec la clé %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the trust of %1 could not be changed</source>
        <translation>la confiance en %1 n&apos;a pas pu être changée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be joined: %2</source>
        <translation>Impossible de rejoindre %1 : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is not a private group: its messages are not encrypted</source>
        <translation>%1 n’est pas un groupe privé : ses messages ne sont pas chiffrés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 announces no OMEMO device and cannot read the group&apos;s encrypted messages</source>
        <translation>%1 n’annonce aucun appareil OMEMO et ne peut pas lire les messages chiffrés du groupe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this device</source>
        <translation>cet appareil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 announces no OMEMO device</source>
        <translation>%1 n&apos;annonce aucun appareil OMEMO</translation>
    </message>
</context>
<context>
    <name>EncryptionController</name>
    <message>
        <location filename="../ui/EncryptionController.cpp" line="+137"/>
        <source>The device could not be removed from your device lists.</source>
        <translation>L&apos;appareil n&apos;a pas pu être retiré de vos listes d&apos;appareils.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No QR code could be read in this picture.</source>
        <translation>Aucun code QR n’a pu être lu dans cette image.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is not the link of someone&apos;s keys: it names no OMEMO key.</source>
        <translation>Ce n&apos;est pas le lien des clés de quelqu&apos;un : il ne nomme aucune clé OMEMO.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This code does not name a key of any device Hearth knows.</source>
        <translation>Ce code ne nomme la clé d&apos;aucun appareil connu de Hearth.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../app/ExportCommand.cpp" line="+60"/>
        <source>the export did not finish</source>
        <translation>l&apos;export ne s&apos;est pas terminé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export failed: %1</source>
        <translation>l&apos;export a échoué : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 datasets (%2 not complete, see manifest.json), %3 files, %4 media files</source>
        <translation>%1 jeux de données (%2 incomplets, voir manifest.json), %3 fichiers, %4 fichiers multimédias</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message numerus="yes">
        <location filename="../ui/ExportController.cpp" line="+19"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported: everything the account holds.</source>
        <translation>Exporté : tout ce que contient le compte.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported; %n part(s) could not be read completely (the file&apos;s manifest.json says which and why).</source>
        <translation>
            <numerusform>Exporté ; %n partie n&apos;a pas pu être lue entièrement (le manifest.json du fichier dit laquelle et pourquoi).</numerusform>
            <numerusform>Exporté ; %n parties n&apos;ont pas pu être lues entièrement (le manifest.json du fichier dit lesquelles et pourquoi).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>ExportViewer</name>
    <message>
        <location filename="../ui/ExportViewer.cpp" line="+20"/>
        <source>An export of %1 made on %2: read-only, nothing goes online.</source>
        <translation>Un export de %1 fait le %2 : en lecture seule, rien ne passe en ligne.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reading %1 (%n item(s) so far)…</source>
        <translation>
            <numerusform>Lecture de %1 (%n élément jusqu&apos;ici)…</numerusform>
            <numerusform>Lecture de %1 (%n éléments jusqu&apos;ici)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This export cannot be opened: %1</source>
        <translation>Cet export ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>FeedController</name>
    <message>
        <location filename="../ui/FeedController.cpp" line="+161"/>
        <source>This post is no longer available.</source>
        <translation>Cette publication n&apos;est plus disponible.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Comment not sent yet (%1): it will be tried again at the next connection.</source>
        <translation>Commentaire pas encore envoyé (%1) : nouvel essai à la prochaine connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment not sent: %1</source>
        <translation>Commentaire non envoyé : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Like not sent yet (%1): it will be tried again at the next connection.</source>
        <translation>J’aime pas encore envoyé (%1) : nouvel essai à la prochaine connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Like not sent: %1</source>
        <translation>J&apos;aime non envoyé : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This server does not let you take a like back (%1).</source>
        <translation>Ce serveur ne permet pas de retirer un j&apos;aime (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not deleted: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not cancelled: %1</source>
        <translation>Non annulé : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are offline: it will be sent when you are back online.</source>
        <translation>Vous êtes hors ligne : l’envoi se fera dès que vous serez de nouveau en ligne.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot follow this blog: %1</source>
        <translation>Impossible de suivre ce blog : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The blog&apos;s audience was not changed: %1</source>
        <translation>Le public du blog n&apos;a pas été modifié : %1</translation>
    </message>
</context>
<context>
    <name>FeedView</name>
    <message>
        <location filename="../qml/FeedView.qml" line="+13"/>
        <source>Feed</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Notifications (%n new)</source>
        <translation>
            <numerusform>Notifications (%n nouvelle)</numerusform>
            <numerusform>Notifications (%n nouvelles)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+98"/>
        <source>Comments and likes on your posts</source>
        <translation>Commentaires et j&apos;aime sur vos publications</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>1 new post</source>
        <translation>1 nouvelle publication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 new posts</source>
        <translation>%1 nouvelles publications</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No posts yet</source>
        <translation>Pas encore de publications</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>You have not posted yet</source>
        <translation>Vous n&apos;avez encore rien publié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No community posts yet</source>
        <translation>Pas encore de publications de communautés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a first post: a title is enough.</source>
        <translation>Écrivez une première publication : un titre suffit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts from the communities you follow will appear here. Find communities under Communities.</source>
        <translation>Les publications des communautés que vous suivez apparaîtront ici. Trouvez des communautés sous Communautés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts from the contacts and communities you follow will appear here, newest first.</source>
        <translation>Les publications des contacts et communautés que vous suivez apparaîtront ici, les plus récentes en premier.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 liked “%2”</source>
        <translation>%1 aime « %2 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 commented on “%2”: %3</source>
        <translation>%1 a commenté « %2 » : %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing yet.</source>
        <translation>Rien pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>FreedesktopNotifier</name>
    <message>
        <location filename="../ui/FreedesktopNotifier.cpp" line="+79"/>
        <source>The desktop&apos;s notifications (%1)</source>
        <translation>Les notifications du bureau (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unnamed service</source>
        <translation>service sans nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the window: this desktop has no notification service</source>
        <translation>Dans la fenêtre : ce bureau n&apos;a pas de service de notifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking the desktop…</source>
        <translation>Interrogation du bureau…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply…</source>
        <translation>Écrire une réponse…</translation>
    </message>
</context>
<context>
    <name>Hearth</name>
    <message>
        <location filename="../core/XmppLink.cpp" line="+38"/>
        <source>The address in the link contains spaces or control characters.</source>
        <translation>L&apos;adresse du lien contient des espaces ou des caractères de contrôle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The link has no address.</source>
        <translation>Le lien n&apos;a pas d&apos;adresse.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>“%1” is not a valid address.</source>
        <translation>« %1 » n&apos;est pas une adresse valide.</translation>
    </message>
</context>
<context>
    <name>Hearth::AccountExporter</name>
    <message>
        <location filename="../core/export/AccountExporter.cpp" line="+132"/>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>exported offline: from the local cache only, without what the server holds beyond it</source>
        <translation>exporté hors ligne : depuis le cache local seulement, sans ce que le serveur a de plus</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+384"/>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
    <message>
        <location line="-458"/>
        <location line="+100"/>
        <source>the connection was lost during the export: %1</source>
        <translation>la connexion a été perdue pendant l&apos;export : %1</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>the server went away</source>
        <translation>le serveur est parti</translation>
    </message>
    <message>
        <location line="+118"/>
        <location line="+184"/>
        <source>Reading the message archive</source>
        <translation>Lecture de l&apos;archive des messages</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Asking the server what it offers</source>
        <translation>Interrogation du serveur sur ce qu&apos;il propose</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+55"/>
        <source>Reading your own nodes</source>
        <translation>Lecture de vos propres nœuds</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>the server did not list the account&apos;s nodes: %1</source>
        <translation>le serveur n&apos;a pas listé les nœuds du compte : %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>configuration not readable (%1): the importing server&apos;s defaults will apply</source>
        <translation>configuration illisible (%1) : les réglages par défaut du serveur d&apos;import s&apos;appliqueront</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>items not readable: %1</source>
        <translation>éléments illisibles : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node %1: items not readable: %2</source>
        <translation>nœud %1 : éléments illisibles : %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading your profile</source>
        <translation>Lecture de votre profil</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+41"/>
        <source>Reading the archive of %1</source>
        <translation>Lecture de l&apos;archive de %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>the server&apos;s archive could not be read completely (%1): older messages come from the local cache</source>
        <translation>l&apos;archive du serveur n&apos;a pas pu être lue entièrement (%1) : les messages plus anciens viennent du cache local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it kept answering with the same page</source>
        <translation>il répondait toujours la même page</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the whole archive the server keeps (servers may expire old messages; older ones come from the local cache)</source>
        <translation>toute l&apos;archive que garde le serveur (les serveurs peuvent effacer les anciens messages ; les plus anciens viennent du cache local)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading your posts and communities</source>
        <translation>Lecture de vos billets et communautés</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 on %2: not read completely: %3</source>
        <translation>%1 sur %2 : pas lu entièrement : %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Fetching pictures and files</source>
        <translation>Récupération des images et fichiers</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>media not listed: %1</source>
        <translation>médias non listés : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetching pictures and files (%1 of %2)</source>
        <translation>Récupération des images et fichiers (%1 sur %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the export</source>
        <translation>Écriture de l&apos;export</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
</context>
<context>
    <name>Hearth::AccountImporter</name>
    <message>
        <location filename="../core/import/AccountImporter.cpp" line="+146"/>
        <source>Not connected: the import needs the new account online.</source>
        <translation>Non connecté : l’import a besoin du nouveau compte en ligne.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot read the import&apos;s journal: %1</source>
        <translation>impossible de lire le journal de l’import : %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>the connection was lost: start the import again to go on</source>
        <translation>la connexion a été perdue : relancez l’import pour continuer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot write the import&apos;s journal: %1</source>
        <translation>impossible d’écrire le journal de l’import : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>the server keeps at most %n item(s) in a node: this older one stays in the export</source>
        <translation>
            <numerusform>le serveur garde au plus %n élément par nœud : cet élément plus ancien reste dans l’export</numerusform>
            <numerusform>le serveur garde au plus %n éléments par nœud : cet élément plus ancien reste dans l’export</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the server has no upload service: %1 stays a link</source>
        <translation>le serveur n’a pas de service d’envoi de fichiers : %1 reste un lien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than the server takes (%2 bytes): it stays a link</source>
        <translation>%1 dépasse ce que le serveur accepte (%2 octets) : il reste un lien</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot stage %1 for upload: %2</source>
        <translation>impossible de préparer %1 pour l’envoi : %2</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>encryption keys belong to the old account&apos;s devices; the new account makes its own</source>
        <translation>les clés de chiffrement appartiennent aux appareils de l’ancien compte ; le nouveau compte crée les siennes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>its post stays in the export: the server keeps fewer posts</source>
        <translation>son billet reste dans l’export : le serveur garde moins de billets</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the entry does not say where it was published</source>
        <translation>l’entrée ne dit pas où elle a été publiée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a like by %1: only they can give it again</source>
        <translation>un « j’aime » de %1 : seule cette personne peut le redonner</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 asked the old address to be a contact: answer there, or they ask again</source>
        <translation>%1 a demandé à l’ancienne adresse d’être en contact : répondez là-bas, ou la personne redemandera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the new account itself</source>
        <translation>le nouveau compte lui-même</translation>
    </message>
    <message numerus="yes">
        <location line="+85"/>
        <source>%n message(s) in this computer&apos;s cache</source>
        <translation>
            <numerusform>%n message dans le cache de cet ordinateur</numerusform>
            <numerusform>%n messages dans le cache de cet ordinateur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hearth::ChatService</name>
    <message>
        <location filename="../core/chat/ChatService.cpp" line="+131"/>
        <source>A correction, reaction or deletion could not be sent: %1</source>
        <translation>Une correction, une réaction ou une suppression n&apos;a pas pu être envoyée : %1</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>This message was retracted.</source>
        <translation>Ce message a été retiré.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Shared a post</source>
        <translation>A partagé une publication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared a post: %1</source>
        <translation>A partagé une publication : %1</translation>
    </message>
</context>
<context>
    <name>Hearth::CommunityAdmin</name>
    <message>
        <location filename="../core/communities/CommunityAdmin.cpp" line="+208"/>
        <source>A community&apos;s name has 4 to 80 characters.</source>
        <translation>Le nom d’une communauté compte de 4 à 80 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A community&apos;s name needs letters or digits.</source>
        <translation>Le nom d’une communauté doit contenir des lettres ou des chiffres.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The service sent no configuration form.</source>
        <translation>Le service n’a envoyé aucun formulaire de configuration.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Unknown role: %1</source>
        <translation>Rôle inconnu : %1</translation>
    </message>
</context>
<context>
    <name>Hearth::CommunityDirectory</name>
    <message>
        <location filename="../core/communities/CommunityDirectory.cpp" line="+174"/>
        <source>The service gives no description of this community.</source>
        <translation>Le service ne donne aucune description de cette communauté.</translation>
    </message>
</context>
<context>
    <name>Hearth::CommunityErrors</name>
    <message>
        <location filename="../core/communities/CommunityErrors.cpp" line="+22"/>
        <source>The service did not answer.</source>
        <translation>Le service n’a pas répondu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The community does not allow this.</source>
        <translation>La communauté ne le permet pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This community is for its members only.</source>
        <translation>Cette communauté est réservée à ses membres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no such community.</source>
        <translation>Cette communauté n’existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A community with this name already exists.</source>
        <translation>Une communauté de ce nom existe déjà.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service does not allow this.</source>
        <translation>Le service ne le permet pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service cannot do this.</source>
        <translation>Le service ne sait pas le faire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service cannot be reached.</source>
        <translation>Le service est injoignable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service did not accept this.</source>
        <translation>Le service ne l’a pas accepté.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You are offline.</source>
        <translation>Vous êtes hors ligne.</translation>
    </message>
</context>
<context>
    <name>Hearth::CommunityService</name>
    <message>
        <location filename="../core/communities/CommunityService.cpp" line="+207"/>
        <source>A community picture is a PNG or JPEG of at most 1 MiB.</source>
        <translation>L’image d’une communauté est un PNG ou un JPEG d’au plus 1 Mio.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This community is a gallery: a post needs a picture.</source>
        <translation>Cette communauté est une galerie : une publication doit avoir une image.</translation>
    </message>
</context>
<context>
    <name>Hearth::Database</name>
    <message>
        <location filename="../core/db/Database.cpp" line="+127"/>
        <source>Cannot create the folder %1 for the cache.</source>
        <translation>Impossible de créer le dossier %1 pour le cache.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Qt SQLite driver is not installed.</source>
        <translation>Le pilote SQLite de Qt n&apos;est pas installé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open the cache %1: %2. Check that the folder can be written and the disk is not full.</source>
        <translation>Impossible d&apos;ouvrir le cache %1 : %2. Vérifiez que le dossier est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the cache %1: %2</source>
        <translation>Impossible de lire le cache %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the cache %1: %2. Check that the disk is not full and the profile folder can be written.</source>
        <translation>Impossible de lire le cache %1 : %2. Vérifiez que le disque n&apos;est pas plein et que le dossier du profil est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache %1 is damaged (%2). Hearth has not written to it; move it aside to start a fresh cache (your account and posts are on the server).</source>
        <translation>Le cache %1 est endommagé (%2). Hearth n&apos;y a rien écrit ; mettez-le de côté pour repartir d&apos;un cache neuf (votre compte et vos publications sont sur le serveur).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write the cache %1: %2. Check that the profile folder can be written (not read-only) and the disk is not full.</source>
        <translation>Impossible d&apos;écrire dans le cache %1 : %2. Vérifiez que le dossier du profil est accessible en écriture (pas en lecture seule) et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache %1 cannot be used: %2</source>
        <translation>Le cache %1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The cache %1 is in use; only a refused cache is moved aside.</source>
        <translation>Le cache %1 est en cours d&apos;utilisation ; seul un cache refusé est mis de côté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot move %1 aside to %2.</source>
        <translation>Impossible de déplacer %1 vers %2.</translation>
    </message>
</context>
<context>
    <name>Hearth::Demo</name>
    <message>
        <location filename="../core/demo/DemoUploads.cpp" line="+19"/>
        <source>demo picture %1 not uploaded: %2</source>
        <translation>image de démo %1 non envoyée : %2</translation>
    </message>
</context>
<context>
    <name>Hearth::DemoChatSeeder</name>
    <message>
        <location filename="../core/demo/DemoChatSeeder.cpp" line="+124"/>
        <source>Shared a post</source>
        <translation>A partagé une publication</translation>
    </message>
</context>
<context>
    <name>Hearth::DemoFeedSeeder</name>
    <message>
        <location filename="../core/demo/DemoFeedSeeder.cpp" line="+116"/>
        <source>demo picture %1 not uploaded: %2</source>
        <translation>image de démonstration %1 non envoyée : %2</translation>
    </message>
</context>
<context>
    <name>Hearth::DemoRoomSeeder</name>
    <message>
        <location filename="../core/demo/DemoRoomSeeder.cpp" line="+107"/>
        <source>the demo room&apos;s settings were not read: %1</source>
        <translation>les réglages du salon de démo n&apos;ont pas été lus : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+82"/>
        <source>Climbing crew</source>
        <translation>Bande de grimpeurs</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>the demo room was not configured: %1</source>
        <translation>le salon de démo n&apos;a pas été configuré : %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>the demo room was not bookmarked: %1</source>
        <translation>le salon de démo n&apos;a pas été ajouté aux signets : %1</translation>
    </message>
</context>
<context>
    <name>Hearth::E2eeService</name>
    <message>
        <location filename="../core/e2ee/E2eeService.cpp" line="+239"/>
        <source>End-to-end encryption could not be set up for this device.</source>
        <translation>Le chiffrement de bout en bout n&apos;a pas pu être mis en place pour cet appareil.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Encryption with older clients (OMEMO 0.3) could not be set up for this device.</source>
        <translation>Le chiffrement avec les clients plus anciens (OMEMO 0.3) n&apos;a pas pu être mis en place pour cet appareil.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a private group: its messages cannot be encrypted</source>
        <translation>%1 n’est pas un groupe privé : ses messages ne peuvent pas être chiffrés</translation>
    </message>
</context>
<context>
    <name>Hearth::EntryRewriter</name>
    <message>
        <location filename="../core/import/EntryRewriter.cpp" line="+28"/>
        <source>not an Atom entry</source>
        <translation>pas une entrée Atom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not well-formed: %1 (line %2)</source>
        <translation>XML mal formé : %1 (ligne %2)</translation>
    </message>
</context>
<context>
    <name>Hearth::ExportArchive</name>
    <message>
        <location filename="../core/export/ExportArchive.cpp" line="+48"/>
        <source>%1 is not an XMPP export: it has no manifest.json</source>
        <translation>%1 n&apos;est pas un export XMPP : il n&apos;a pas de manifest.json</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>this export is encrypted: it needs its passphrase</source>
        <translation>cet export est chiffré : il faut sa phrase secrète</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>manifest.json: the encrypted part&apos;s name is invalid</source>
        <translation>manifest.json : le nom de la partie chiffrée n&apos;est pas valide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the encrypted export has no %1</source>
        <translation>l&apos;export chiffré n&apos;a pas de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>cannot open the export in %1: %2</source>
        <translation>impossible d&apos;ouvrir l&apos;export dans %1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not listed in the export&apos;s manifest</source>
        <translation>%1 ne figure pas dans le manifeste de l&apos;export</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+40"/>
        <source>%1 does not match its hash in the manifest: the archive is damaged or was changed</source>
        <translation>%1 ne correspond pas à son empreinte dans le manifeste : l&apos;archive est abîmée ou a été modifiée</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+43"/>
        <source>%1 is listed in the manifest but missing from the archive</source>
        <translation>%1 figure dans le manifeste mais manque dans l&apos;archive</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 is in the archive but not in its manifest</source>
        <translation>%1 est dans l&apos;archive mais pas dans son manifeste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in the archive twice</source>
        <translation>%1 est deux fois dans l&apos;archive</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 could not be read</source>
        <translation>%1 n&apos;a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>Hearth::ExportCipher</name>
    <message>
        <location filename="../core/export/ExportCipher.cpp" line="+35"/>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation>pas assez de mémoire pour dériver la clé de la phrase secrète</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+46"/>
        <source>libsodium could not start</source>
        <translation>libsodium n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+22"/>
        <source>cannot write the encrypted archive</source>
        <translation>impossible d&apos;écrire l&apos;archive chiffrée</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>cannot read the archive to encrypt</source>
        <translation>impossible de lire l&apos;archive à chiffrer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the encrypted archive is cut short</source>
        <translation>l&apos;archive chiffrée est tronquée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the encrypted archive&apos;s header is invalid</source>
        <translation>l&apos;en-tête de l&apos;archive chiffrée n&apos;est pas valide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the encrypted archive</source>
        <translation>impossible de lire l&apos;archive chiffrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+31"/>
        <source>the encrypted archive is cut short: its end is missing</source>
        <translation>l&apos;archive chiffrée est tronquée : sa fin manque</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>wrong passphrase (or the encrypted archive is damaged at its start)</source>
        <translation>phrase secrète erronée (ou l&apos;archive chiffrée est abîmée au début)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted archive is cut short or damaged at its end (chunk %1)</source>
        <translation>l&apos;archive chiffrée est tronquée ou abîmée à la fin (bloc %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong passphrase (or the encrypted archive is cut short or damaged)</source>
        <translation>phrase secrète erronée (ou l&apos;archive chiffrée est tronquée ou abîmée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encrypted archive is damaged (chunk %1 fails its check)</source>
        <translation>l&apos;archive chiffrée est abîmée (le bloc %1 échoue à la vérification)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write the opened archive</source>
        <translation>impossible d&apos;écrire l&apos;archive ouverte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the encrypted archive has data after its end</source>
        <translation>l&apos;archive chiffrée a des données après sa fin</translation>
    </message>
</context>
<context>
    <name>Hearth::ExportCipher::Params</name>
    <message>
        <location line="-150"/>
        <source>the archive is encrypted in a way this Hearth does not know (%1, %2)</source>
        <translation>l&apos;archive est chiffrée d&apos;une façon que ce Hearth ne connaît pas (%1, %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the archive&apos;s encryption parameters are invalid or beyond Hearth&apos;s limits</source>
        <translation>les paramètres de chiffrement de l&apos;archive ne sont pas valides ou dépassent les limites de Hearth</translation>
    </message>
</context>
<context>
    <name>Hearth::ExportLoader</name>
    <message>
        <location filename="../core/export/ExportLoader.cpp" line="+219"/>
        <location line="+31"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 is not well-formed XML: %2 (line %3)</source>
        <translation>%1 n&apos;est pas du XML bien formé : %2 (ligne %3)</translation>
    </message>
</context>
<context>
    <name>Hearth::ExportManifest</name>
    <message>
        <location filename="../core/export/ExportManifest.cpp" line="+90"/>
        <source>manifest.json is not valid JSON: %1 (at byte %2)</source>
        <translation>manifest.json n&apos;est pas du JSON valide : %1 (à l&apos;octet %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>manifest.json: the export format %1 is newer than this Hearth reads (%2)</source>
        <translation>manifest.json : le format d&apos;export %1 est plus récent que celui que lit ce Hearth (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manifest.json: not a Hearth export (format &quot;%1&quot;)</source>
        <translation>manifest.json : pas un export Hearth (format « %1 »)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>manifest.json: the account or the export time is missing or invalid</source>
        <translation>manifest.json : le compte ou la date de l&apos;export manque ou n&apos;est pas valide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>manifest.json: the file entry &quot;%1&quot; is invalid</source>
        <translation>manifest.json : l&apos;entrée de fichier « %1 » n&apos;est pas valide</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>manifest.json: a dataset entry is invalid (%1 %2)</source>
        <translation>manifest.json : une entrée de jeu de données n&apos;est pas valide (%1 %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>manifest.json: the media entry for %1 is invalid</source>
        <translation>manifest.json : l&apos;entrée de média pour %1 n&apos;est pas valide</translation>
    </message>
</context>
<context>
    <name>Hearth::ExportWriter</name>
    <message>
        <location filename="../core/export/ExportWriter.cpp" line="+94"/>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the cache %1: %2</source>
        <translation>impossible de lire le cache %1 : %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot write beside %1: %2</source>
        <translation>impossible d&apos;écrire à côté de %1 : %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+12"/>
        <location line="+19"/>
        <location line="+242"/>
        <source>cannot read the cached posts: %1</source>
        <translation>impossible de lire les billets du cache : %1</translation>
    </message>
    <message>
        <location line="-226"/>
        <location line="+363"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location line="-339"/>
        <source>cannot read the cached contacts: %1</source>
        <translation>impossible de lire les contacts du cache : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n pending subscription request(s)</source>
        <translation>
            <numerusform>%n demande d&apos;abonnement en attente</numerusform>
            <numerusform>%n demandes d&apos;abonnement en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n post(s) the server no longer has, from the local cache</source>
        <translation>
            <numerusform>%n billet que le serveur n&apos;a plus, tiré du cache local</numerusform>
            <numerusform>%n billets que le serveur n&apos;a plus, tirés du cache local</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>cannot read the cached messages: %1</source>
        <translation>impossible de lire les messages du cache : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n message(s) only in the local cache (no archive id)</source>
        <translation>
            <numerusform>%n message seulement dans le cache local (sans identifiant d&apos;archive)</numerusform>
            <numerusform>%n messages seulement dans le cache local (sans identifiant d&apos;archive)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot write account.xml</source>
        <translation>impossible d&apos;écrire account.xml</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Posts of %1</source>
        <translation>Billets de %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+96"/>
        <source>Comments on %1</source>
        <translation>Commentaires sur %1</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>from the local cache (exported offline)</source>
        <translation>depuis le cache local (exporté hors ligne)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Items of %1 on %2</source>
        <translation>Éléments de %1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the user&apos;s own items only; they stay on that service</source>
        <translation>les éléments de l&apos;utilisateur seulement ; ils restent sur ce service</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot read the cached communities: %1</source>
        <translation>impossible de lire les communautés du cache : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>as far as the cache has read the community</source>
        <translation>aussi loin que le cache a lu la communauté</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot read the cached rooms: %1</source>
        <translation>impossible de lire les salons du cache : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the cached messages of %1: %2</source>
        <translation>impossible de lire les messages de %1 dans le cache : %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+32"/>
        <source>cannot read the cached profiles: %1</source>
        <translation>impossible de lire les profils du cache : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>media %1: cannot read the fetched copy</source>
        <translation>média %1 : impossible de lire la copie récupérée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>media %1 changed while it was exported</source>
        <translation>le média %1 a changé pendant l&apos;export</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot read the export to encrypt: %1</source>
        <translation>impossible de lire l&apos;export à chiffrer : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is an encrypted export of the XMPP account %1 made by Hearth on %2.
export.zip.sealed is the export (an .xmpp-export.zip), sealed with a passphrase:
libsodium&apos;s Argon2id derives the key and secretstream (XChaCha20-Poly1305) seals it;
the parameters are in manifest.json. Open it with Hearth (hearth --open FILE) and the passphrase.
</source>
        <translation>Ceci est un export chiffré du compte XMPP %1 fait par Hearth le %2.
export.zip.sealed est l&apos;export (un .xmpp-export.zip), scellé par une phrase secrète :
Argon2id de libsodium dérive la clé et secretstream (XChaCha20-Poly1305) le scelle ;
les paramètres sont dans manifest.json. Ouvrez-le avec Hearth (hearth --open FICHIER) et la phrase secrète.
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>encrypting</source>
        <translation>chiffrement</translation>
    </message>
</context>
<context>
    <name>Hearth::FeedService</name>
    <message>
        <location filename="../core/feed/FeedService.cpp" line="+123"/>
        <source>This post takes no comments.</source>
        <translation>Cette publication n’accepte pas de commentaires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A comment needs text.</source>
        <translation>Un commentaire a besoin de texte.</translation>
    </message>
    <message>
        <location line="+137"/>
        <location line="+66"/>
        <location line="+52"/>
        <source>You are offline.</source>
        <translation>Vous êtes hors ligne.</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+62"/>
        <source>The server did not answer.</source>
        <translation>Le serveur n’a pas répondu.</translation>
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
        <translation>Vous êtes hors ligne.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Not a post&apos;s address.</source>
        <translation>Ce n&apos;est pas l&apos;adresse d&apos;une publication.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not have this post.</source>
        <translation>Le serveur n&apos;a pas cette publication.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>A post needs a title.</source>
        <translation>Une publication a besoin d’un titre.</translation>
    </message>
</context>
<context>
    <name>Hearth::FileUpload</name>
    <message>
        <location filename="../core/upload/FileUpload.cpp" line="+51"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The upload server refused %1: %2</source>
        <translation>Le serveur d&apos;envoi a refusé %1 : %2</translation>
    </message>
</context>
<context>
    <name>Hearth::ImportPreflight</name>
    <message>
        <location filename="../core/import/ImportPreflight.cpp" line="+137"/>
        <source>%n picture(s) and file(s) stay links to the old server: this server has no upload service.</source>
        <translation>Images et fichiers (%n) restent des liens vers l’ancien serveur : ce serveur n’a pas de service d’envoi de fichiers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 pictures and files (%3) are uploaded; %4 are larger than this server takes (%5) and stay links to the old server.</source>
        <translation>%1 images et fichiers sur %2 (%3) sont envoyés ; %4 dépassent ce que ce serveur accepte (%5) et restent des liens vers l’ancien serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n picture(s) and file(s) (%1) are uploaded again; posts and messages point at the new copies.</source>
        <translation>Images et fichiers (%n, %1) sont envoyés à nouveau ; publications et messages pointent vers les nouvelles copies.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile, the nickname and the avatar are published on the new account.</source>
        <translation>Le profil, le pseudonyme et l’avatar sont publiés sur le nouveau compte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 posts are published with their ids, titles, texts and dates. This server keeps at most %3 items in a node: the %4 oldest posts and their comments stay in the export.</source>
        <translation>%1 billets sur %2 sont publiés avec leurs identifiants, titres, textes et dates. Ce serveur garde au plus %3 éléments par nœud : les %4 billets les plus anciens et leurs commentaires restent dans l’export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n post(s) are published with their ids, titles, texts and dates; their readers see them once they follow the new address.</source>
        <translation>Publications (%n) publiées avec leurs identifiants, titres, textes et dates ; leurs lecteurs les voient dès qu’ils suivent la nouvelle adresse.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 comments move with their posts (to %2); %3 written by others come back as quotes credited to their authors, since nobody can publish in someone else&apos;s name.</source>
        <translation>%1 commentaires suivent leurs publications (vers %2) ; %3 écrits par d’autres reviennent en citations attribuées à leurs auteurs, car personne ne peut publier au nom d’un autre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n like(s) by others cannot move: a like can only be given by the person who likes.</source>
        <translation>Les « j’aime » d’autres personnes (%n) ne peuvent pas suivre : seul celui qui aime peut le donner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n other personal data node(s) are published as they were.</source>
        <translation>Autres données personnelles (%n nœuds) publiées telles quelles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encryption keys do not move: they belong to the old account&apos;s devices, and the new account makes its own.</source>
        <translation>Les clés de chiffrement ne suivent pas : elles appartiennent aux appareils de l’ancien compte, et le nouveau compte crée les siennes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 group chat bookmarks are saved on the new account: this server keeps at most %3 in a node.</source>
        <translation>%1 marque-pages de salons sur %2 sont enregistrés sur le nouveau compte : ce serveur en garde au plus %3 par nœud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n group chat bookmark(s) are saved on the new account; a members-only room lets the new address in once one of its owners adds it.</source>
        <translation>Signets de salons (%n) enregistrés sur le nouveau compte ; un salon réservé aux membres n’accepte la nouvelle adresse qu’une fois ajoutée par l’un de ses propriétaires.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n blocked address(es) stay blocked.</source>
        <translation>Adresses bloquées (%n) : elles restent bloquées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n blog(s) or community(ies) the account followed are followed again from the new address (some may need their owner&apos;s approval).</source>
        <translation>Blogs ou communautés suivis par le compte (%n) : suivis à nouveau depuis la nouvelle adresse (certains peuvent demander l’accord de leur propriétaire).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n community(ies) you own stay on their server, owned by the old address: add the new address as an owner from the old account before leaving it.</source>
        <translation>Communautés dont vous êtes propriétaire (%n) : elles restent sur leur serveur, à l’ancienne adresse ; ajoutez la nouvelle adresse comme propriétaire depuis l’ancien compte avant de le quitter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n contact(s) are restored with their names and groups.</source>
        <translation>Contacts (%n) restaurés avec leurs noms et groupes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n contact(s) are added with their names and groups and asked to accept the new address; those who shared their presence are approved in advance. Each contact has to accept.</source>
        <translation>Contacts (%n) ajoutés avec leurs noms et groupes, et invités à accepter la nouvelle adresse ; ceux qui partageaient leur présence sont approuvés d’avance. Chaque contact doit accepter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n contact request(s) waiting on the old account cannot move: answer them there.</source>
        <translation>Demandes de contact en attente sur l’ancien compte (%n) : elles ne peuvent pas suivre ; répondez-y là-bas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%n message(s) of chat history go into this computer&apos;s cache for the new account, marked as imported. Servers cannot take history over a client connection: others&apos; apps and the server keep none of it.</source>
        <translation>Historique de discussion (%n messages) : dans le cache de cet ordinateur pour le nouveau compte, marqué comme importé. Les serveurs ne peuvent pas recevoir d’historique par une connexion client : ni le serveur ni les autres applications n’en gardent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This export is of this same account: what it holds is restored over what the server has, and no contact is asked anything.</source>
        <translation>Cet export est celui de ce même compte : son contenu est restauré par-dessus ce que le serveur a, et aucun contact n’est sollicité.</translation>
    </message>
</context>
<context>
    <name>Hearth::ImportReader</name>
    <message>
        <location filename="../core/import/ImportReader.cpp" line="+31"/>
        <source>%1 is not well-formed XML: %2 (line %3)</source>
        <translation>%1 n’est pas du XML bien formé : %2 (ligne %3)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+96"/>
        <location line="+69"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Hearth::ImportReport</name>
    <message>
        <location filename="../core/import/ImportReport.cpp" line="+40"/>
        <source>The same account</source>
        <translation>Le même compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures and files</source>
        <translation>Images et fichiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile and avatar</source>
        <translation>Profil et avatar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other personal data</source>
        <translation>Autres données personnelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments and likes</source>
        <translation>Commentaires et « j’aime »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group chat bookmarks</source>
        <translation>Signets de salons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked addresses</source>
        <translation>Adresses bloquées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed blogs and communities</source>
        <translation>Blogs et communautés suivis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat history</source>
        <translation>Historique des discussions</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1: %2 moved, %3 skipped, %4 failed</source>
        <translation>%1 : %2 transférés, %3 ignorés, %4 en échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 by an earlier run)</source>
        <translation> (%1 lors d’un passage précédent)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped: %1</source>
        <translation>arrêté : %1</translation>
    </message>
</context>
<context>
    <name>Hearth::ImportSteps</name>
    <message>
        <location filename="../core/import/ImportSteps.cpp" line="+175"/>
        <source>still on the server as it was</source>
        <translation>toujours sur le serveur tel quel</translation>
    </message>
</context>
<context>
    <name>Hearth::KeyVault</name>
    <message>
        <location filename="../core/e2ee/KeyVault.cpp" line="+22"/>
        <source>Without a system keychain the encryption keys are kept in the cache unprotected.</source>
        <translation>Sans trousseau système, les clés de chiffrement sont gardées dans le cache sans protection.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The system keychain&apos;s entry for the encryption keys is damaged.</source>
        <translation>L&apos;entrée du trousseau système pour les clés de chiffrement est endommagée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system keychain could not be read (%1); the encryption keys are not protected.</source>
        <translation>Le trousseau système n&apos;a pas pu être lu (%1) ; les clés de chiffrement ne sont pas protégées.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system keychain could not store a key (%1); the encryption keys are not protected.</source>
        <translation>Le trousseau système n&apos;a pas pu enregistrer de clé (%1) ; les clés de chiffrement ne sont pas protégées.</translation>
    </message>
</context>
<context>
    <name>Hearth::LegacyOmemoManager</name>
    <message>
        <location filename="../core/e2ee/LegacyOmemoManager.cpp" line="+434"/>
        <source>OMEMO 0.3 is not set up on this device</source>
        <translation>OMEMO 0.3 n&apos;est pas mis en place sur cet appareil</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the message could not be encrypted</source>
        <translation>le message n&apos;a pas pu être chiffré</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no member of the group has a trusted device with OMEMO 0.3 to encrypt for</source>
        <translation>aucun membre du groupe n’a d’appareil de confiance avec OMEMO 0.3 pour lequel chiffrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no trusted device with OMEMO 0.3 to encrypt for</source>
        <translation>%1 n&apos;a aucun appareil de confiance avec OMEMO 0.3 pour lequel chiffrer</translation>
    </message>
</context>
<context>
    <name>Hearth::LegacyOmemoStore</name>
    <message>
        <location filename="../core/e2ee/LegacyOmemoStore.cpp" line="+253"/>
        <source>The encryption keys in the cache are locked with a key from the system keychain, which could not open them.</source>
        <translation>Les clés de chiffrement du cache sont verrouillées par une clé du trousseau système, qui n&apos;a pas pu les ouvrir.</translation>
    </message>
</context>
<context>
    <name>Hearth::LocalProsody</name>
    <message>
        <location filename="../core/server/LocalProsody.cpp" line="+95"/>
        <source>openssl is needed to make the test certificate.</source>
        <translation>openssl est nécessaire pour créer le certificat de test.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>openssl could not make a certificate: %1</source>
        <translation>openssl n&apos;a pas pu créer de certificat : %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot create the server folder %1</source>
        <translation>Impossible de créer le dossier du serveur %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the server module into %1</source>
        <translation>Impossible d&apos;écrire le module du serveur dans %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Prosody is not installed (the Debian package &quot;prosody&quot; provides it).</source>
        <translation>Prosody n&apos;est pas installé (le paquet Debian « prosody » le fournit).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No free port on 127.0.0.1.</source>
        <translation>Aucun port libre sur 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prosody did not start: %1</source>
        <translation>Prosody n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Prosody exited (code %1). Its log ends with:
%2</source>
        <translation>Prosody s&apos;est arrêté (code %1). Son journal se termine par :
%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prosody did not listen on port %1 in time. Its log ends with:
%2</source>
        <translation>Prosody n&apos;a pas ouvert le port %1 à temps. Son journal se termine par :
%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>prosodyctl is not installed.</source>
        <translation>prosodyctl n&apos;est pas installé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>prosodyctl register %1 failed: %2</source>
        <translation>prosodyctl register %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Hearth::MediaFetcher</name>
    <message>
        <location filename="../core/export/MediaFetcher.cpp" line="+57"/>
        <source>media %1: not fetched (only https, as the app itself fetches)</source>
        <translation>média %1 : non récupéré (https seulement, comme l&apos;application elle-même)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>media %1: cannot write the spool file: %2</source>
        <translation>média %1 : impossible d&apos;écrire le fichier temporaire : %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>media %1: larger than %2 MiB, not exported</source>
        <translation>média %1 : plus de %2 Mio, non exporté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>media %1: not fetched: %2</source>
        <translation>média %1 : non récupéré : %2</translation>
    </message>
</context>
<context>
    <name>Hearth::MessageArchive</name>
    <message>
        <location filename="../core/chat/MessageArchive.cpp" line="+55"/>
        <source>You are offline.</source>
        <translation>Vous êtes hors ligne.</translation>
    </message>
</context>
<context>
    <name>Hearth::NodeCatchUp</name>
    <message>
        <location filename="../core/feed/NodeCatchUp.cpp" line="+49"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The cache could not be updated.</source>
        <translation>Le cache n’a pas pu être mis à jour.</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>The cache could not store the posts.</source>
        <translation>Le cache n’a pas pu enregistrer les publications.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The server did not answer.</source>
        <translation>Le serveur n’a pas répondu.</translation>
    </message>
</context>
<context>
    <name>Hearth::NodeListing</name>
    <message>
        <location filename="../core/communities/CommunityDirectory.cpp" line="+109"/>
        <source>%1 stopped answering (%2 of %3 communities described).</source>
        <translation>%1 ne répond plus (%2 communautés décrites sur %3).</translation>
    </message>
</context>
<context>
    <name>Hearth::OmemoStore</name>
    <message>
        <location filename="../core/e2ee/OmemoStore.cpp" line="+106"/>
        <source>The encryption keys in the cache are locked with a key from the system keychain, which could not open them.</source>
        <translation>Les clés de chiffrement du cache sont verrouillées par une clé du trousseau système, qui n&apos;a pas pu les ouvrir.</translation>
    </message>
</context>
<context>
    <name>Hearth::RoomService</name>
    <message>
        <location filename="../core/muc/RoomService.cpp" line="+35"/>
        <source>This room needs a password.</source>
        <translation>Ce salon demande un mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only members may join this room.</source>
        <translation>Seuls les membres peuvent rejoindre ce salon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are banned from this room.</source>
        <translation>Vous êtes banni de ce salon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone in the room already uses the nickname %1.</source>
        <translation>Quelqu&apos;un dans le salon utilise déjà le pseudo %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such room.</source>
        <translation>Ce salon n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room is full.</source>
        <translation>Le salon est plein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may not create rooms on this service.</source>
        <translation>Vous ne pouvez pas créer de salons sur ce service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room refused to let you in.</source>
        <translation>Le salon a refusé de vous laisser entrer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> Reason: %1</source>
        <translation> Motif : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You were banned from the room.</source>
        <translation>Vous avez été banni du salon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You were kicked from the room.</source>
        <translation>Vous avez été expulsé du salon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You were removed from the room&apos;s members.</source>
        <translation>Vous avez été retiré des membres du salon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room is now for members only.</source>
        <translation>Le salon est désormais réservé aux membres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The room&apos;s service is shutting down.</source>
        <translation>Le service du salon s&apos;arrête.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Rooms could not be saved in or read from the cache: %1</source>
        <translation>Les salons n’ont pas pu être enregistrés dans le cache ni y être lus : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is not a room address.</source>
        <translation>%1 n&apos;est pas une adresse de salon.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The room did not answer.</source>
        <translation>Le salon n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location line="+310"/>
        <location line="+20"/>
        <source>Only the room&apos;s owners may change its settings.</source>
        <translation>Seuls les propriétaires du salon peuvent modifier ses réglages.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The room refused the settings.</source>
        <translation>Le salon a refusé ces réglages.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The room %1 exists already: you have joined it.</source>
        <translation>Le salon %1 existe déjà : vous l&apos;avez rejoint.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The room refused.</source>
        <translation>Le salon a refusé.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The room does not show who %1 is.</source>
        <translation>Le salon ne montre pas qui est %1.</translation>
    </message>
</context>
<context>
    <name>Hearth::SecretStore</name>
    <message>
        <location filename="../core/SecretStore.cpp" line="+91"/>
        <location line="+7"/>
        <source>No system keychain in this session.</source>
        <translation>Pas de trousseau système dans cette session.</translation>
    </message>
</context>
<context>
    <name>Hearth::SingleInstance</name>
    <message>
        <location filename="../core/SingleInstance.cpp" line="+61"/>
        <source>Hearth is already running on this profile, but it did not answer (%1).</source>
        <translation>Hearth tourne déjà sur ce profil, mais il n&apos;a pas répondu (%1).</translation>
    </message>
</context>
<context>
    <name>Hearth::UploadService</name>
    <message>
        <location filename="../core/upload/UploadService.cpp" line="+111"/>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The upload service could not be found: %1</source>
        <translation>Le service d&apos;envoi de fichiers est introuvable : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your server does not offer file uploads (XEP-0363).</source>
        <translation>Votre serveur ne propose pas l&apos;envoi de fichiers (XEP-0363).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2) is larger than your server accepts (%3 bytes at most).</source>
        <translation>%1 (%2) dépasse ce que votre serveur accepte (%3 octets au plus).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The server refused %1: %2</source>
        <translation>Le serveur a refusé %1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server offered an insecure (non-https) address for %1.</source>
        <translation>Le serveur a proposé une adresse non sécurisée (sans https) pour %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is not a link to an encrypted file.</source>
        <translation>Ce n&apos;est pas un lien vers un fichier chiffré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The encrypted file is not on a secure (https) address.</source>
        <translation>Le fichier chiffré n&apos;est pas à une adresse sécurisée (https).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The encrypted file could not be downloaded: %1</source>
        <translation>Le fichier chiffré n&apos;a pas pu être téléchargé : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The encrypted file could not be decrypted: it is damaged or its key is wrong.</source>
        <translation>Le fichier chiffré n&apos;a pas pu être déchiffré : il est endommagé ou sa clé est fausse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decrypted file could not be saved: %1</source>
        <translation>Le fichier déchiffré n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>Hearth::XmppLink</name>
    <message>
        <location filename="../core/XmppLink.cpp" line="+26"/>
        <source>This is not an xmpp: link.</source>
        <translation>Ce n&apos;est pas un lien xmpp:.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This link is too long (%1 characters; Hearth opens links of up to %2).</source>
        <translation>Ce lien est trop long (%1 caractères ; Hearth ouvre les liens d&apos;au plus %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The link has no address.</source>
        <translation>Le lien n&apos;a pas d&apos;adresse.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is a server&apos;s address, not a person&apos;s or a group chat&apos;s.</source>
        <translation>%1 est l&apos;adresse d&apos;un serveur, pas d&apos;une personne ni d&apos;une discussion de groupe.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The link names an empty node.</source>
        <translation>Le lien nomme un nœud vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a server&apos;s address: blogs belong to people.</source>
        <translation>%1 est l&apos;adresse d&apos;un serveur : les blogs appartiennent à des personnes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The link has parameters but no action.</source>
        <translation>Le lien a des paramètres mais pas d&apos;action.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The link asks for a pubsub action but names no node.</source>
        <translation>Le lien demande une action pubsub mais ne nomme aucun nœud.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hearth does not open “%1” links.</source>
        <translation>Hearth n&apos;ouvre pas les liens « %1 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The link asks for “%1”, which is not an xmpp: action.</source>
        <translation>Le lien demande « %1 », qui n&apos;est pas une action xmpp:.</translation>
    </message>
</context>
<context>
    <name>Hearth::ZipReader</name>
    <message>
        <location filename="../core/export/ZipReader.cpp" line="+39"/>
        <source>%1 is not a readable zip file: %2</source>
        <translation>%1 n&apos;est pas un fichier zip lisible : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the archive</source>
        <translation>l&apos;archive</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is damaged after %2 entries: %3</source>
        <translation>%1 est abîmé après %2 entrées : %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has more than %2 entries</source>
        <translation>%1 a plus de %2 entrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the entry name &quot;%2&quot; points outside the archive</source>
        <translation>%1 : le nom d&apos;entrée « %2 » pointe hors de l&apos;archive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is not a regular file (a link or a device)</source>
        <translation>%1 : %2 n&apos;est pas un fichier ordinaire (un lien ou un périphérique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is encrypted with zip encryption, which Hearth does not read</source>
        <translation>%1 : %2 est chiffré par le chiffrement zip, que Hearth ne lit pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 declares %3 bytes, beyond the limit</source>
        <translation>%1 : %2 annonce %3 octets, au-delà de la limite</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 is damaged: %3</source>
        <translation>%1 : %2 est abîmé : %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 is larger than it declares or than the limit</source>
        <translation>%1 : %2 est plus grand qu&apos;annoncé ou que la limite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 expands beyond %2 bytes</source>
        <translation>%1 dépasse %2 octets une fois décompressé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 expands more than %3 times: not read</source>
        <translation>%1 : %2 grossit plus de %3 fois : non lu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 is %3 bytes, more than the %4 allowed for it</source>
        <translation>%1 : %2 fait %3 octets, plus que les %4 permis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is more than the %3 bytes allowed for it</source>
        <translation>%1 : %2 dépasse les %3 octets permis</translation>
    </message>
</context>
<context>
    <name>Hearth::ZipWriter</name>
    <message>
        <location filename="../core/export/ZipWriter.cpp" line="+37"/>
        <location line="+115"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>cannot start the zip file</source>
        <translation>impossible de commencer le fichier zip</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot write %1: %2 (%3)</source>
        <translation>impossible d&apos;écrire %1 : %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot set the compression of %1</source>
        <translation>impossible de régler la compression de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>cannot write %1 into the zip file</source>
        <translation>impossible d&apos;écrire %1 dans le fichier zip</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot finish %1 in the zip file</source>
        <translation>impossible de terminer %1 dans le fichier zip</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+4"/>
        <source>cannot finish the zip file</source>
        <translation>impossible de terminer le fichier zip</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot save %1: %2</source>
        <translation>impossible d&apos;enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/ImportCommand.cpp" line="+66"/>
        <source>(pass the passphrase with --passphrase-env)</source>
        <translation>(donnez la phrase secrète avec --passphrase-env)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the export could not be read in time</source>
        <translation>l’export n’a pas pu être lu à temps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot import: %1</source>
        <translation>import impossible : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing %1 into %2 would do this (nothing was written):</source>
        <translation>Importer %1 dans %2 ferait ceci (rien n’a été écrit) :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the import did not finish</source>
        <translation>l’import ne s’est pas terminé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the import stopped: %1 (run it again to go on)</source>
        <translation>l’import s’est arrêté : %1 (relancez-le pour continuer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 steps failed (see the report); run the import again to retry them</source>
        <translation>%1 étapes ont échoué (voir le rapport) ; relancez l’import pour les réessayer</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../ui/ImportController.cpp" line="+49"/>
        <source>Reading the export and asking the server…</source>
        <translation>Lecture de l’export et interrogation du serveur…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This export cannot be imported: %1</source>
        <translation>Cet export ne peut pas être importé : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (step %2 of %3)</source>
        <translation>%1 (étape %2 sur %3)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Give the new address, as user@server.</source>
        <translation>Donnez la nouvelle adresse, sous la forme utilisateur@serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saying that this account moved to %1…</source>
        <translation>Annonce du déménagement de ce compte vers %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account now says it moved to %1: import its export there and tell your contacts.</source>
        <translation>Ce compte annonce maintenant avoir déménagé vers %1 : importez-y son export et prévenez vos contacts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not say that this account moved: %1</source>
        <translation>Impossible d’annoncer le déménagement de ce compte : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The import stopped: %1. Import the same file again to go on where it stopped.</source>
        <translation>L’import s’est arrêté : %1. Importez à nouveau le même fichier pour reprendre là où il s’est arrêté.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported, but %n step(s) failed (below). Import the same file again to retry them.</source>
        <translation>
            <numerusform>Importé, mais %n étape a échoué (ci-dessous). Importez à nouveau le même fichier pour la réessayer.</numerusform>
            <numerusform>Importé, mais %n étapes ont échoué (ci-dessous). Importez à nouveau le même fichier pour les réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: everything that could move is on %1.</source>
        <translation>Importé : tout ce qui pouvait être transféré est sur %1.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../qml/ImportDialog.qml" line="+13"/>
        <source>Import an export</source>
        <translation>Importer un export</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 — the account %2, into %3</source>
        <translation>%1 — le compte %2, vers %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This export is protected with a passphrase.</source>
        <translation>Cet export est protégé par une phrase secrète.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing has been written yet. This is what the import will do:</source>
        <translation>Rien n’a encore été écrit. Voici ce que fera l’import :</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Tell my contacts that this account replaces %1</source>
        <translation>Dire à mes contacts que ce compte remplace %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Their apps check it with %1 itself: first log in there and say where you moved (Settings → Your data → Say this account moved, or hearth move --to %2).</source>
        <translation>Leurs applications le vérifient auprès de %1 : connectez-vous d’abord là-bas et indiquez où vous allez (Réglages → Vos données → Annoncer le déménagement, ou hearth move --to %2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>under way</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 moved, %2 skipped, %3 failed</source>
        <translation>%1 transférés, %2 ignorés, %3 en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(%1 by an earlier run)</source>
        <translation>(%1 lors d’un passage précédent)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped: %1</source>
        <translation>Ignoré : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import again</source>
        <translation>Importer à nouveau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../qml/InviteDialog.qml" line="+16"/>
        <source>Invite to %1</source>
        <translation>Inviter dans %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Address, like friend@example.org</source>
        <translation>Adresse, par exemple ami@example.org</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A word with the invitation (optional)</source>
        <translation>Un mot avec l&apos;invitation (facultatif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or pick a contact:</source>
        <translation>Ou choisissez un contact :</translation>
    </message>
</context>
<context>
    <name>JidCheck</name>
    <message>
        <location filename="../core/Jid.cpp" line="+109"/>
        <source>Enter your address, like name@example.org.</source>
        <translation>Saisissez votre adresse, comme nom@example.org.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An address has the form name@example.org: the “@” is missing.</source>
        <translation>Une adresse a la forme nom@example.org : il manque le « @ ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name before the “@” is missing.</source>
        <translation>Il manque le nom avant le « @ ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server after the “@” is missing.</source>
        <translation>Il manque le serveur après le « @ ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the “/” and what follows it: Hearth chooses the resource itself.</source>
        <translation>Omettez le « / » et ce qui suit : Hearth choisit la ressource lui-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name before the “@” contains a character that addresses cannot contain (&quot; &amp; &apos; / : &lt; &gt; @).</source>
        <translation>Le nom avant le « @ » contient un caractère interdit dans les adresses (&quot; &amp; &apos; / : &lt; &gt; @).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addresses cannot contain spaces.</source>
        <translation>Les adresses ne peuvent pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This address is too long.</source>
        <translation>Cette adresse est trop longue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server name after the “@” is not a valid host name.</source>
        <translation>Le nom du serveur après le « @ » n&apos;est pas un nom d&apos;hôte valide.</translation>
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
        <translation>Votre réseau social sur XMPP : connectez-vous avec un compte de n’importe quel serveur.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Move it aside and start a fresh cache</source>
        <translation>Le mettre de côté et repartir d&apos;un cache neuf</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+110"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+109"/>
        <source>Create account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <location line="-102"/>
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
        <translation>Nouveau mot de passe (au moins 8 caractères)</translation>
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
        <translation>Mémoriser le mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember for this session only</source>
        <translation>Mémoriser pour cette session seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored in the system keychain, never in Hearth&apos;s files.</source>
        <translation>Enregistré dans le trousseau système, jamais dans les fichiers de Hearth.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain is in use, so the password is kept in memory until Hearth quits.</source>
        <translation>Aucun trousseau système n&apos;est utilisé : le mot de passe reste en mémoire jusqu&apos;à la fermeture de Hearth.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <translation>Hôte (trouvé automatiquement si vide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server host</source>
        <translation>Hôte du serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>STARTTLS (standard)</source>
        <translation>STARTTLS (standard)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direct TLS</source>
        <translation>TLS direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificates are always checked. Unencrypted connections are used only for a server on this computer.</source>
        <translation>Les certificats sont toujours vérifiés. Les connexions non chiffrées ne servent que pour un serveur sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Creating account…</source>
        <translation>Création du compte…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not every server lets apps create accounts. If yours does not, create one on its website and log in here.</source>
        <translation>Tous les serveurs ne laissent pas les applications créer des comptes. Si le vôtre ne le permet pas, créez-en un sur son site web et connectez-vous ici.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open an export…</source>
        <translation>Ouvrir un export…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse an .xmpp-export.zip offline, without an account</source>
        <translation>Parcourir un .xmpp-export.zip hors ligne, sans compte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open an export</source>
        <translation>Ouvrir un export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XMPP exports (*.xmpp-export.zip *.zip)</source>
        <translation>Exports XMPP (*.xmpp-export.zip *.zip)</translation>
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
        <translation>Cet export est chiffré</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is encrypted. Enter its passphrase to open it.</source>
        <translation>%1 est chiffré. Saisissez sa phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../qml/MessageBubble.qml" line="+18"/>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered</source>
        <translation>remis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Them</source>
        <translation>Votre correspondant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message deleted</source>
        <translation>message supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 reacted with %2</source>
        <translation>%1 a réagi avec %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>an earlier message</source>
        <translation>un message précédent</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Shared post</source>
        <translation>Publication partagée</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Open the shared post</source>
        <translation>Ouvrir la publication partagée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the encrypted picture %1</source>
        <translation>Afficher l&apos;image chiffrée %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download %1</source>
        <translation>Télécharger %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This message was deleted.</source>
        <translation>Ce message a été supprimé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(message shortened: it was too long)</source>
        <translation>(message raccourci : il était trop long)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not sent.</source>
        <translation>Non envoyé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../ui/MessageListModel.cpp" line="+143"/>
        <source>The messages could not be read from the cache: %1</source>
        <translation>Les messages n&apos;ont pas pu être lus dans le cache : %1</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>This encrypted message could not be decrypted on this device: it was not encrypted for it, or the secure session with the sender&apos;s device is missing.</source>
        <translation>Ce message chiffré n&apos;a pas pu être déchiffré sur cet appareil : il n&apos;a pas été chiffré pour lui, ou la session sécurisée avec l&apos;appareil de l&apos;expéditeur manque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This message is encrypted with an older OMEMO version (0.3) that this device cannot read.</source>
        <translation>Ce message est chiffré avec une version plus ancienne d&apos;OMEMO (0.3) que cet appareil ne sait pas lire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This encrypted message could not be decrypted: it is damaged, or the secure session with the sender&apos;s device broke. Ask the sender to send it again.</source>
        <translation>Ce message chiffré n&apos;a pas pu être déchiffré : il est endommagé, ou la session sécurisée avec l&apos;appareil de l&apos;expéditeur est rompue. Demandez-lui de le renvoyer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This encrypted message was not decrypted: it came from a device of the sender whose key changed. Compare the sender&apos;s fingerprints on their profile.</source>
        <translation>Ce message chiffré n&apos;a pas été déchiffré : il vient d&apos;un appareil de l&apos;expéditeur dont la clé a changé. Comparez les empreintes de l&apos;expéditeur sur son profil.</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../qml/NavigationRail.qml" line="+17"/>
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
    <message>
        <location line="+28"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Search everywhere (Ctrl+K)</source>
        <translation>Rechercher partout (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>NotificationCenter</name>
    <message>
        <location filename="../ui/NotificationCenter.cpp" line="+72"/>
        <source>Sent a file</source>
        <translation>A envoyé un fichier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 mentioned you in %2</source>
        <translation>%1 vous a mentionné dans %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+48"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1 invites you to a group chat</source>
        <translation>%1 vous invite dans une discussion de groupe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contact request</source>
        <translation>Demande de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 wants to add you as a contact</source>
        <translation>%1 souhaite vous ajouter à ses contacts</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>On your post</source>
        <translation>Sur votre publication</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On your post “%1”</source>
        <translation>Sur votre publication « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 likes it</source>
        <translation>%1 aime</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <location filename="../ui/NotificationCenter.h" line="+83"/>
        <source>In the window</source>
        <translation>Dans la fenêtre</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <location filename="../qml/NotificationsSection.qml" line="+14"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Do not disturb: no notifications at all</source>
        <translation>Ne pas déranger : aucune notification</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mentions in group chats</source>
        <translation>Mentions dans les discussions de groupe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invitations to group chats</source>
        <translation>Invitations à des discussions de groupe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact requests</source>
        <translation>Demandes de contact</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comments and likes on my posts</source>
        <translation>Commentaires et « j&apos;aime » sur mes publications</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show message text</source>
        <translation>Afficher le texte des messages</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep Hearth running in the tray when its window is closed</source>
        <translation>Garder Hearth dans la zone de notification quand sa fenêtre est fermée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This desktop shows no tray icons.</source>
        <translation>Ce bureau n&apos;affiche pas d&apos;icônes de zone de notification.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Group chats follow each room&apos;s own setting (always, only when mentioned, never) and mutes.</source>
        <translation>Les discussions de groupe suivent le réglage de chaque salon (toujours, seulement si je suis mentionné, jamais) et les sourdines.</translation>
    </message>
</context>
<context>
    <name>OccupantListModel</name>
    <message>
        <location filename="../ui/OccupantListModel.cpp" line="+36"/>
        <source>moderator</source>
        <translation>modérateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visitor (cannot speak)</source>
        <translation>visiteur (ne peut pas parler)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
</context>
<context>
    <name>PendingBar</name>
    <message>
        <location filename="../qml/PendingBar.qml" line="+17"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel sending</source>
        <translation>Annuler l’envoi</translation>
    </message>
</context>
<context>
    <name>PictureGallery</name>
    <message>
        <location filename="../qml/PictureGallery.qml" line="+48"/>
        <source>Picture not available</source>
        <translation>Image indisponible</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Picture %1 of %2</source>
        <translation>Image %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <location filename="../qml/PictureViewer.qml" line="+33"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PostActions</name>
    <message>
        <location filename="../qml/PostActions.qml" line="+25"/>
        <source>Like (likes not known yet)</source>
        <translation>J’aime (nombre pas encore connu)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unlike (%n likes)</source>
        <translation>
            <numerusform>Je n&apos;aime plus (%n j&apos;aime)</numerusform>
            <numerusform>Je n&apos;aime plus (%n j&apos;aime)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Like (%n likes)</source>
        <translation>
            <numerusform>J&apos;aime (%n j&apos;aime)</numerusform>
            <numerusform>J&apos;aime (%n j&apos;aime)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take your like back</source>
        <translation>Retirer votre j&apos;aime</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Like</source>
        <translation>J&apos;aime</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comments (%1)</source>
        <translation>Commentaires (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments (…)</source>
        <translation>Commentaires (…)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n comments</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments (not known yet)</source>
        <translation>Commentaires (nombre pas encore connu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments are off for this post</source>
        <translation>Les commentaires sont désactivés pour cette publication</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More actions</source>
        <translation>Plus d&apos;actions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete this post?</source>
        <translation>Supprimer cette publication ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is removed from your blog for everyone, with its comments.</source>
        <translation>Elle est retirée de votre blog pour tout le monde, avec ses commentaires.</translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <location filename="../qml/PostCard.qml" line="+22"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>PostContent</name>
    <message>
        <location filename="../qml/PostContent.qml" line="+49"/>
        <source>claims to be %1 · unverified</source>
        <translation>se présente comme %1 · non vérifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>author unverified</source>
        <translation>auteur non vérifié</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server does not confirm that this author wrote it.</source>
        <translation>Le serveur ne confirme pas que cet auteur l’a écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Download %1</source>
        <translation>Télécharger %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Shared post</source>
        <translation>Publication partagée</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <location filename="../qml/PostPage.qml" line="+27"/>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Looking for this post…</source>
        <translation>Recherche de cette publication…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This post is not in your feed</source>
        <translation>Cette publication n&apos;est pas dans votre fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It shows here once it is in the cache: from a blog you follow, or after the next sync.</source>
        <translation>Elle s&apos;affichera ici une fois dans le cache : depuis un blog que vous suivez, ou après la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Liked by %1</source>
        <translation>Aimé par %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comments are off for this post.</source>
        <translation>Les commentaires sont désactivés pour cette publication.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No comments yet.</source>
        <translation>Pas encore de commentaires.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>claims to be %1 · unverified</source>
        <translation>se présente comme %1 · non vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>author unverified</source>
        <translation>auteur non vérifié</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write a comment</source>
        <translation>Écrire un commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your comment</source>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <location filename="../ui/ProfileController.cpp" line="+107"/>
        <source>You are offline: the profile can be saved once Hearth is connected.</source>
        <translation>Vous êtes hors ligne : le profil pourra être enregistré une fois Hearth connecté.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile could not be saved: %1</source>
        <translation>Le profil n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>You are offline: the picture can be changed once Hearth is connected.</source>
        <translation>Vous êtes hors ligne : l&apos;image pourra être changée une fois Hearth connecté.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The picture could not be published: %1</source>
        <translation>L&apos;image n&apos;a pas pu être publiée : %1</translation>
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
        <location line="+38"/>
        <source>Publishing the picture…</source>
        <translation>Publication de l&apos;image…</translation>
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
        <translation>Votre présence</translation>
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
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your profile and picture are visible to your contacts. Pictures are cropped to a square of at most 512 pixels.</source>
        <translation>Votre profil et votre image sont visibles par vos contacts. Les images sont recadrées en un carré de 512 pixels au plus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../core/upload/EncryptedFile.cpp" line="+72"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No room to prepare the encrypted file: %1</source>
        <translation>Pas de place pour préparer le fichier chiffré : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be encrypted.</source>
        <translation>Le fichier n&apos;a pas pu être chiffré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>The file could not be encrypted: %1</source>
        <translation>Le fichier n&apos;a pas pu être chiffré : %1</translation>
    </message>
</context>
<context>
    <name>QrCameraDialog</name>
    <message>
        <location filename="../qml/QrCameraDialog.qml" line="+14"/>
        <source>Scan their QR code</source>
        <translation>Scanner son code QR</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No camera was found. Verify from a picture of their QR code, or paste the link it holds.</source>
        <translation>Aucune caméra trouvée. Vérifiez à partir d&apos;une image de son code QR, ou collez le lien qu&apos;il contient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The camera could not be started: %1</source>
        <translation>La caméra n&apos;a pas pu être démarrée : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold their QR code in front of the camera.</source>
        <translation>Tenez son code QR devant la caméra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../ui/RequestsModel.cpp" line="+59"/>
        <source>%1 says it is the new address of %2 (checking with %2…)</source>
        <translation>%1 dit être la nouvelle adresse de %2 (vérification auprès de %2…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 moved to %2: %1&apos;s account confirms it.</source>
        <translation>%1 a déménagé vers %2 : le compte %1 le confirme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 says it is the new address of %2, but %2&apos;s account does not confirm it.</source>
        <translation>%1 dit être la nouvelle adresse de %2, mais le compte %2 ne le confirme pas.</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <location filename="../ui/RoomController.cpp" line="+163"/>
        <source>Enter the room&apos;s address, like room@conference.example.org.</source>
        <translation>Saisissez l&apos;adresse du salon, par exemple salon@conference.example.org.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your server offers no group chat service.</source>
        <translation>Votre serveur n&apos;offre pas de service de discussion de groupe.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the room a name.</source>
        <translation>Donnez un nom au salon.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <location filename="../qml/RoomDialog.qml" line="+21"/>
        <source>Join a group chat</source>
        <translation>Rejoindre une discussion de groupe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New group chat</source>
        <translation>Nouvelle discussion de groupe</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+34"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+96"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Room address, like room@conference.example.org</source>
        <translation>Adresse du salon, par exemple salon@conference.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room address</source>
        <translation>Adresse du salon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nickname (optional)</source>
        <translation>Pseudo (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Pseudo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password, if the room has one</source>
        <translation>Mot de passe, si le salon en a un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room password</source>
        <translation>Mot de passe du salon</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your bookmarked rooms:</source>
        <translation>Vos salons en signet :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name, like Climbing friends</source>
        <translation>Nom, par exemple Amis grimpeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for your server&apos;s group chat service…</source>
        <translation>Recherche du service de discussion de groupe de votre serveur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Private group</source>
        <translation>Groupe privé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public channel</source>
        <translation>Canal public</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listed on your server; anyone may join; members do not see each other&apos;s addresses.</source>
        <translation>Listé sur votre serveur ; tout le monde peut le rejoindre ; les membres ne voient pas les adresses des autres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the people you invite may join; they see each other&apos;s addresses.</source>
        <translation>Seules les personnes que vous invitez peuvent le rejoindre ; elles voient les adresses des autres.</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../qml/RoomPanel.qml" line="+44"/>
        <source>No subject</source>
        <translation>Pas de sujet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kick %1</source>
        <translation>Expulser %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ban %1</source>
        <translation>Bannir %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Room settings…</source>
        <translation>Réglages du salon…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Room settings</source>
        <translation>Réglages du salon</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed in the server&apos;s directory</source>
        <translation>Listé dans l&apos;annuaire du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members only</source>
        <translation>Réservé aux membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept when everyone has left</source>
        <translation>Conservé quand tout le monde est parti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone sees each other&apos;s addresses</source>
        <translation>Chacun voit les adresses des autres</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <location filename="../app/SearchCommand.cpp" line="+83"/>
        <location line="+9"/>
        <source>the search did not finish in 60 s</source>
        <translation>la recherche n&apos;a pas abouti en 60 s</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>more %1 match: raise --limit or narrow the search</source>
        <translation>d&apos;autres résultats %1 existent : augmentez --limit ou affinez la recherche</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../ui/SearchModel.cpp" line="+234"/>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All matching contacts</source>
        <translation>Tous les contacts trouvés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All matching communities</source>
        <translation>Toutes les communautés trouvées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All matching posts</source>
        <translation>Toutes les publications trouvées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All matching comments</source>
        <translation>Tous les commentaires trouvés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All matching messages</source>
        <translation>Tous les messages trouvés</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../qml/SearchPopup.qml" line="+76"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search contacts, communities, posts and messages</source>
        <translation>Rechercher contacts, communautés, publications et messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any time</source>
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past week</source>
        <translation>Semaine passée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past month</source>
        <translation>Mois passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past year</source>
        <translation>Année passée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From anyone (or type an address)</source>
        <translation>De n&apos;importe qui (ou saisissez une adresse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Search failed</source>
        <translation>La recherche a échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found for “%1”</source>
        <translation>Rien trouvé pour « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search everything Hearth keeps</source>
        <translation>Cherchez dans tout ce que Hearth conserve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words match the start of words; accents and case do not matter.</source>
        <translation>Chaque mot cherché correspond à un début de mot ; accents et majuscules ne comptent pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts, communities, posts, comments and messages, also offline.</source>
        <translation>Contacts, communautés, publications, commentaires et messages, même hors ligne.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../ui/SettingsController.cpp" line="+181"/>
        <source>System language</source>
        <translation>Langue du système</translation>
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
        <location line="+18"/>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Blocked addresses</source>
        <translation>Adresses bloquées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody is blocked. Blocked addresses cannot message you or see your presence.</source>
        <translation>Personne n&apos;est bloqué. Les adresses bloquées ne peuvent ni vous écrire ni voir votre présence.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who can read your posts (the access model of your blog node).</source>
        <translation>Qui peut lire vos publications (le modèle d&apos;accès du nœud de votre blog).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Everyone (public)</source>
        <translation>Tout le monde (public)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My contacts only</source>
        <translation>Mes contacts seulement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Follow my contacts&apos; blogs when I first log in</source>
        <translation>Suivre les blogs de mes contacts à ma première connexion</translation>
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
        <location line="+15"/>
        <source>Drawing</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Automatic uses the graphics card, unless OpenGL here has none behind it: then the processor draws, which takes less memory.</source>
        <translation>Automatique utilise la carte graphique, sauf si OpenGL n’en a pas derrière lui ici : le processeur affiche alors, ce qui prend moins de mémoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth is drawn by the processor now.</source>
        <translation>Hearth est affiché par le processeur en ce moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hearth is drawn with the graphics card now.</source>
        <translation>Hearth est affiché avec la carte graphique en ce moment.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyboard shortcuts…</source>
        <translation>Raccourcis clavier…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Built on</source>
        <translation>Construit avec</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Always the graphics card (OpenGL)</source>
        <translation>Toujours la carte graphique (OpenGL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always the processor (software)</source>
        <translation>Toujours le processeur (logiciel)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>OpenGL here: %1.</source>
        <translation>OpenGL ici : %1.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>A change applies the next time Hearth starts.</source>
        <translation>Un changement s’applique au prochain démarrage de Hearth.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hearth %1: a social network on XMPP that nobody owns. Free software under the GNU GPL, version 3 or later.</source>
        <translation>Hearth %1 : un réseau social sur XMPP qui n&apos;appartient à personne. Logiciel libre sous GNU GPL, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../qml/ShareDialog.qml" line="+22"/>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quote in a new post</source>
        <translation>Citer dans une nouvelle publication</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send in a chat to:</source>
        <translation>Envoyer dans une discussion à :</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../qml/ShortcutsDialog.qml" line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Feed, Communities, Chats, Contacts, Profile, Settings</source>
        <translation>Fil, Communautés, Discussions, Contacts, Profil, Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search everywhere</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New post</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous conversation with unread messages</source>
        <translation>Conversation suivante ou précédente avec des messages non lus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous conversation</source>
        <translation>Conversation suivante ou précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close a dialog or menu; back from a post, profile or community; close the conversation</source>
        <translation>Fermer une boîte de dialogue ou un menu ; revenir d&apos;une publication, d&apos;un profil ou d&apos;une communauté ; fermer la conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a message; open the selected search result</source>
        <translation>Envoyer un message ; ouvrir le résultat de recherche choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new line in a message</source>
        <translation>Une nouvelle ligne dans un message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between controls; arrows move in lists and menus</source>
        <translation>Passer d&apos;un contrôle à l&apos;autre ; les flèches se déplacent dans les listes et les menus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Hearth</source>
        <translation>Quitter Hearth</translation>
    </message>
</context>
<context>
    <name>Subcommands</name>
    <message>
        <location filename="../app/Subcommands.cpp" line="+133"/>
        <source>Hearth %1: scriptable access to the feed.</source>
        <translation>Hearth %1 : accès scriptable au fil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the profile in &lt;folder&gt;.</source>
        <translation>Utiliser le profil situé dans &lt;folder&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the account &lt;address&gt; (else the profile&apos;s saved one).</source>
        <translation>Utiliser le compte &lt;address&gt; (sinon celui enregistré dans le profil).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from the environment variable &lt;name&gt;, not the keychain.</source>
        <translation>Lire le mot de passe dans la variable d&apos;environnement &lt;name&gt;, pas dans le trousseau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to &lt;host&gt;.</source>
        <translation>Se connecter à &lt;host&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &lt;port&gt;.</source>
        <translation>Se connecter au port &lt;port&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most &lt;n&gt; posts (default 50).</source>
        <translation>Au plus &lt;n&gt; publications (50 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post&apos;s title.</source>
        <translation>Le titre de la publication.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The post&apos;s Markdown body, from &lt;file&gt;.</source>
        <translation>Le texte Markdown de la publication, lu dans &lt;file&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read every followed node completely (sync).</source>
        <translation>Lire entièrement chaque nœud suivi (sync).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A first read of a node goes on while its posts are less than &lt;n&gt; days old (sync; default 30).</source>
        <translation>Une première lecture d’un nœud continue tant que ses publications ont moins de &lt;n&gt; jours (sync ; 30 par défaut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A first read of a node takes at least &lt;n&gt; posts (sync; default 100).</source>
        <translation>Une première lecture d’un nœud prend au moins &lt;n&gt; publications (sync ; 100 par défaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the export to &lt;path&gt;: a folder (the file gets its standard name) or a file (export).</source>
        <translation>Écrire l&apos;export dans &amp;lt;path&amp;gt; : un dossier (le fichier prend son nom standard) ou un fichier (export).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt the export with the passphrase in the environment variable &lt;name&gt; (export).</source>
        <translation>Chiffrer l&apos;export avec la phrase secrète de la variable d&apos;environnement &amp;lt;name&amp;gt; (export).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the local cache only, without connecting (export).</source>
        <translation>Exporter seulement le cache local, sans se connecter (export).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave pictures and files in posts and chats out (export).</source>
        <translation>Laisser de côté les images et fichiers des billets et conversations (export).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only &lt;kind&gt;: contacts, communities, posts, comments or messages (search).</source>
        <translation>Seulement &lt;kind&gt; : contacts, communities, posts, comments ou messages (search).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only what &lt;address&gt; wrote or sent (search).</source>
        <translation>Seulement ce que &lt;address&gt; a écrit ou envoyé (search).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only from &lt;date&gt; on, YYYY-MM-DD in UTC (search).</source>
        <translation>Seulement à partir de &lt;date&gt;, AAAA-MM-JJ en UTC (search).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import into the account &lt;address&gt; (import; the same as --jid).</source>
        <translation>Importer dans le compte &lt;address&gt; (import ; comme --jid).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the contacts to accept this account as the new address of the export&apos;s, as XEP-0283 says (the old account publishes that it moved with hearth move) (import).</source>
        <translation>Demander aux contacts d’accepter ce compte comme nouvelle adresse de celui de l’export, selon XEP-0283 (l’ancien compte annonce son déménagement avec hearth move) (import).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only say what would move and what would not; write nothing (import).</source>
        <translation>Dire seulement ce qui serait transféré ou non ; ne rien écrire (import).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only before &lt;date&gt;, YYYY-MM-DD in UTC (search).</source>
        <translation>Seulement avant &lt;date&gt;, AAAA-MM-JJ en UTC (search).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the device with the fingerprint &lt;key&gt; verified (encryption).</source>
        <translation>Marquer vérifié l&apos;appareil dont l&apos;empreinte est &lt;key&gt; (encryption).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust the device with the fingerprint &lt;key&gt; (encryption).</source>
        <translation>Faire confiance à l&apos;appareil dont l&apos;empreinte est &lt;key&gt; (encryption).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distrust the device with the fingerprint &lt;key&gt;: nothing is encrypted for it (encryption).</source>
        <translation>Ne plus faire confiance à l&apos;appareil dont l&apos;empreinte est &lt;key&gt; : plus rien n&apos;est chiffré pour lui (encryption).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify the keys the xmpp: link of a QR code names (encryption).</source>
        <translation>Vérifier les clés que nomme le lien xmpp: d&apos;un code QR (encryption).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify the keys of the QR code in the picture &lt;file&gt; (a photo or screenshot of it) (encryption).</source>
        <translation>Vérifier les clés du code QR de l’image &lt;file&gt; (une photo ou une capture) (encryption).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt the conversation with ADDRESS: on, off or auto (encryption).</source>
        <translation>Chiffrer la conversation avec ADDRESS : on, off ou auto (encryption).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take your old device &lt;id&gt; out of your device lists (encryption).</source>
        <translation>Retirer votre ancien appareil &lt;id&gt; de vos listes d&apos;appareils (encryption).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The post&apos;s xmpp: URI.</source>
        <translation>L&apos;URI xmpp: de la publication.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comment.</source>
        <translation>Le commentaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The .xmpp-export.zip to bring into the account.</source>
        <translation>Le fichier .xmpp-export.zip à importer dans le compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The words to find (each the start of a word; case and accents do not matter).</source>
        <translation>Les mots à trouver (chacun un début de mot ; majuscules et accents ne comptent pas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whose devices (else the account&apos;s own).</source>
        <translation>Les appareils de qui (sinon ceux du compte).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 takes %n argument(s)</source>
        <translation>%1 prend %n arguments</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--%1 is for export</source>
        <translation>--%1 sert à export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--passphrase-env is for export and import</source>
        <translation>--passphrase-env est pour export et import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>move needs --to and the new address (user@server)</source>
        <translation>move a besoin de --to et de la nouvelle adresse (utilisateur@serveur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is for import</source>
        <translation>--%1 est pour import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--account and --jid name different accounts</source>
        <translation>--account et --jid désignent des comptes différents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: %1 is not a file</source>
        <translation>import : %1 n’est pas un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is for search</source>
        <translation>--%1 sert à search</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 is for encryption</source>
        <translation>--%1 est pour encryption</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>search needs words to find</source>
        <translation>search a besoin de mots à trouver</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--kind needs contacts, communities, posts, comments or messages: %1</source>
        <translation>--kind attend contacts, communities, posts, comments ou messages : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--%1 needs a date as YYYY-MM-DD: %2</source>
        <translation>--%1 attend une date AAAA-MM-JJ : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>export needs --output (a folder or a file name)</source>
        <translation>export a besoin de --output (un dossier ou un nom de fichier)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--limit needs a number from 1 to 100000</source>
        <translation>--limit attend un nombre de 1 à 100000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--port needs a number from 1 to 65535</source>
        <translation>--port attend un nombre de 1 à 65535</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 needs a number from %2 to 100000</source>
        <translation>%1 attend un nombre de %2 à 100000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is for sync</source>
        <translation>%1 sert à sync</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot check the cache %1: %2</source>
        <translation>impossible de vérifier le cache %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cache %1 is damaged:
%2</source>
        <translation>le cache %1 est endommagé :
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cache %1 is sound</source>
        <translation>le cache %1 est sain</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>the server did not answer</source>
        <translation>le serveur n’a pas répondu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot say that %1 moved: %2</source>
        <translation>impossible d’annoncer que %1 a déménagé : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 now says it moved to %2 (contacts can check it); import its export there with --announce-move</source>
        <translation>%1 annonce maintenant avoir déménagé vers %2 (les contacts peuvent le vérifier) ; importez-y son export avec --announce-move</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no QR code could be read in %1</source>
        <translation>aucun code QR n’a pu être lu dans %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the feed did not finish syncing: %1</source>
        <translation>la synchronisation du fil n’a pas abouti : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%n node(s) not caught up (%1 new items stored)</source>
        <translation>%n nœud(s) pas à jour (%1 nouveaux éléments enregistrés)</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>Attach the picture (or other file) &lt;file&gt;, uploaded with XEP-0363; repeatable.</source>
        <translation>Joindre l&apos;image (ou un autre fichier) &lt;file&gt;, envoyée avec XEP-0363 ; répétable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish on the pubsub service &lt;jid&gt; instead of the own blog (post); the new address (move).</source>
        <translation>Publier sur le service pubsub &lt;jid&gt; au lieu de son propre blog (post) ; la nouvelle adresse (move).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The node on --to (post); the community&apos;s xmpp: URI whose cached posts to print (feed).</source>
        <translation>Le nœud sur --to (post) ; l’URI xmpp: de la communauté dont afficher les publications en cache (feed).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list the follow publicly, for contacts to see (follow).</source>
        <translation>Rendre aussi l’abonnement public, visible des contacts (follow).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The community&apos;s xmpp: URI (xmpp:service?;node=name).</source>
        <translation>L’URI xmpp: de la communauté (xmpp:service?;node=nom).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pubsub service to list (else every one of the account&apos;s server).</source>
        <translation>Le service pubsub à lister (sinon chacun de ceux du serveur du compte).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--public is for follow</source>
        <translation>--public s’utilise avec follow</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--node needs a community&apos;s xmpp: URI (xmpp:service?;node=name): %1</source>
        <translation>--node attend l’URI xmpp: d’une communauté (xmpp:service?;node=nom) : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--image is for post</source>
        <translation>--image sert à post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--image: %1 is not a file</source>
        <translation>--image : %1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--full is for sync</source>
        <translation>--full sert à sync</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>post needs --title (a post always has a title, as Movim requires)</source>
        <translation>post demande --title (une publication a toujours un titre, comme l&apos;exige Movim)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the profile folder %1</source>
        <translation>impossible de créer le dossier de profil %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open the cache: %1</source>
        <translation>impossible d&apos;ouvrir le cache : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no account in this profile: log in with the app, or pass --jid and --password-env</source>
        <translation>aucun compte dans ce profil : connectez-vous avec l&apos;application, ou passez --jid et --password-env</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+137"/>
        <source>the environment variable %1 is empty</source>
        <translation>la variable d&apos;environnement %1 est vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no password for %1 in the keychain (%2); use --password-env</source>
        <translation>aucun mot de passe pour %1 dans le trousseau (%2) ; utilisez --password-env</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot connect: %1</source>
        <translation>connexion impossible : %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>synced: %1 new items</source>
        <translation>synchronisé : %1 nouveaux éléments</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the upload of %1 timed out</source>
        <translation>l&apos;envoi de %1 a expiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>not published: %1</source>
        <translation>non publié : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location line="-257"/>
        <location line="+243"/>
        <source>not a post URI: %1</source>
        <translation>pas une URI de publication : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>post not found: %1</source>
        <translation>publication introuvable : %1</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <location filename="../qml/TrayIcon.qml" line="+24"/>
        <source>Hearth: %n unread message(s)</source>
        <translation>
            <numerusform>Hearth : %n message non lu</numerusform>
            <numerusform>Hearth : %n messages non lus</numerusform>
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
        <translation>Ouvrir Hearth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not disturb (no notifications)</source>
        <translation>Ne pas déranger (aucune notification)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit Hearth</source>
        <translation>Quitter Hearth</translation>
    </message>
</context>
<context>
    <name>WindowNotices</name>
    <message>
        <location filename="../qml/WindowNotices.qml" line="+55"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>YourDataSection</name>
    <message>
        <location filename="../qml/YourDataSection.qml" line="+18"/>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export everything your account holds (contacts, profile, posts with their comments and likes, communities, chats, pictures and files) into one file you can keep, browse offline or import into an account on another server. Import brings such a file into this account: moving from another server, or restoring.</source>
        <translation>Exportez tout ce que contient votre compte (contacts, profil, publications avec leurs commentaires et « j’aime », communautés, discussions, images et fichiers) dans un seul fichier à garder, à consulter hors ligne ou à importer dans un compte sur un autre serveur. Importer apporte un tel fichier dans ce compte : pour déménager depuis un autre serveur, ou pour restaurer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Protect the file with a passphrase</source>
        <translation>Protéger le fichier par une phrase secrète</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète à nouveau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without the passphrase nobody can open the file, you included: keep it somewhere safe.</source>
        <translation>Sans la phrase secrète personne ne peut ouvrir le fichier, vous compris : gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open an export…</source>
        <translation>Ouvrir un export…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import an export…</source>
        <translation>Importer un export…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import this export into my account…</source>
        <translation>Importer cet export dans mon compte…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where to save the export</source>
        <translation>Où enregistrer l&apos;export</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open an export</source>
        <translation>Ouvrir un export</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>XMPP exports (*.xmpp-export.zip *.zip)</source>
        <translation>Exports XMPP (*.xmpp-export.zip *.zip)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>New address (user@server)</source>
        <translation>Nouvelle adresse (utilisateur@serveur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address this account moved to</source>
        <translation>L’adresse vers laquelle ce compte a déménagé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say this account moved</source>
        <translation>Annoncer le déménagement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Moving to another server: publish here where you went, then import your export into the new account and let it tell your contacts.</source>
        <translation>Pour changer de serveur : annoncez ici où vous allez, puis importez votre export dans le nouveau compte et laissez-le prévenir vos contacts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import an export into this account</source>
        <translation>Importer un export dans ce compte</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+105"/>
        <source>Hearth is already running on this profile: its window has come forward.</source>
        <translation>Hearth tourne déjà sur ce profil : sa fenêtre est passée au premier plan.</translation>
    </message>
</context>
</TS>
