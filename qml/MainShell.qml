import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// The main window: navigation on the left, the connection banner and the
// current view on the right.
Page {
    id: root
    objectName: "mainShell"

    readonly property var views: ["feed", "communities", "chats", "contacts", "profile", "settings"]

    function showView(key) {
        const index = views.indexOf(key === "compose" ? "feed" : key === "discover" ? "communities" : key)
        if (index >= 0)
            rail.currentIndex = index
    }

    Component.onCompleted: {
        AppController.links.viewsReady = true
        if (AppController.startView.length > 0)
            showView(AppController.startView)
        if (AppController.startSearch.length > 0) {
            AppController.search.text = AppController.startSearch
            searchPopup.open()
        }
    }

    Connections {
        target: AppController.chats
        function onShowRequested() { root.showView("chats") }
        // A post shared in a chat: the feed opens it.
        function onPostRequested(uri) {
            root.showView("feed")
            feedView.item.openPost(uri)
        }
    }

    Component.onDestruction: AppController.links.viewsReady = false

    // xmpp: links (from posts, messages, the desktop) and later starts of
    // Hearth on this profile: each opens where it belongs, filled in for the
    // user to confirm; nothing is sent from a link.
    Connections {
        target: AppController.links
        function onChatRequested(jid, body) {
            AppController.chats.openChat(jid, body)
            root.showView("chats")
        }
        function onJoinRequested(jid, password) {
            root.showView("chats")
            chatsView.item.openJoin(jid, password)
        }
        function onAddContactRequested(jid, name, group) {
            root.showView("contacts")
            contactsView.item.openAdd(jid, name, group)
        }
        function onProfileRequested(jid) {
            root.showView("contacts")
            contactsView.item.openProfile({ jid: jid })
        }
        function onPostRequested(uri) {
            root.showView("feed")
            feedView.item.openPost(uri)
        }
        function onCommunityRequested(uri) {
            root.showView("communities")
            communitiesView.item.openCommunity(uri)
        }
        function onViewRequested(view) { root.showView(view) }
        function onSearchRequested(text) {
            AppController.search.text = text
            searchPopup.open()
        }
        function onImportRequested(file) {
            root.showView("settings")
            AppController.dataImport.choose(file)
        }
        function onFailed(message) { linkToast.show(message, true) }
    }
    Toast { id: linkToast; objectName: "linkToast" }

    // Notifications stay quiet for the conversation the user is reading.
    Binding {
        target: AppController.notifications
        property: "conversationInFront"
        value: Window.active && rail.currentIndex === root.views.indexOf("chats") ? AppController.chats.currentChat : ""
    }
    // Where the desktop has no notification service, they show here.
    // (Bottom right, above a chat's composer: over the content, not over a
    // view's own buttons.)
    WindowNotices {
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        anchors.rightMargin: 16
        anchors.bottomMargin: 80
        z: 20
    }

    Shortcut {
        sequences: ["Ctrl+K", StandardKey.Find]
        onActivated: searchPopup.open()
    }
    // The keyboard (Settings → Keyboard shortcuts lists them, as F1 does).
    function openConversation(jid) {
        if (jid.length === 0)
            return
        AppController.chats.openChat(jid, "")
        showView("chats")
    }
    Shortcut {
        sequence: StandardKey.New
        enabled: !AppController.readOnly
        onActivated: {
            root.showView("feed")
            feedView.item.compose("", "")
        }
    }
    Shortcut {
        sequence: "Alt+Down"
        onActivated: root.openConversation(AppController.chats.neighbourChat(1, true))
    }
    Shortcut {
        sequence: "Alt+Up"
        onActivated: root.openConversation(AppController.chats.neighbourChat(-1, true))
    }
    Shortcut {
        sequence: "Ctrl+Tab"
        onActivated: root.openConversation(AppController.chats.neighbourChat(1, false))
    }
    Shortcut {
        sequence: "Ctrl+Shift+Tab"
        onActivated: root.openConversation(AppController.chats.neighbourChat(-1, false))
    }
    Shortcut {
        // Back from a post, a profile, a community, or out of a conversation.
        sequence: "Esc"
        onActivated: {
            const view = stack.children[stack.currentIndex].item
            if (view && view.back)
                view.back()
        }
    }
    Shortcut {
        sequences: [StandardKey.HelpContents, "Ctrl+/"]
        onActivated: shortcutsDialog.open()
    }
    Shortcut {
        sequence: StandardKey.Quit
        onActivated: Qt.quit()
    }
    ShortcutsDialog { id: shortcutsDialog }

    // --search-open: the first hit opened once the answer is in.
    property bool searchOpened: false
    Connections {
        target: AppController.search
        enabled: AppController.startSearchOpen && !root.searchOpened
        function onBusyChanged() {
            if (AppController.search.searched && !AppController.search.busy)
                Qt.callLater(() => { root.searchOpened = searchPopup.activateFirst() })
        }
    }

    SearchPopup {
        id: searchPopup
        parent: Overlay.overlay
        onOpenContact: (jid) => {
            root.showView("contacts")
            contactsView.item.openProfile({ jid: jid })
        }
        onOpenCommunity: (uri) => {
            root.showView("communities")
            communitiesView.item.openCommunity(uri)
        }
        onOpenPost: (uri) => {
            root.showView("feed")
            feedView.item.openPost(uri)
        }
        onOpenChat: (jid, messageRow) => AppController.chats.startChatAt(jid, messageRow)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            id: rail
            Layout.fillHeight: true
            onSearchRequested: searchPopup.open()
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ConnectionBanner {
                Layout.fillWidth: true
            }

            // Each view is made the first time it is shown, then kept (its
            // scroll position and state stay): nothing the user has not
            // opened costs start-up time or memory.
            StackLayout {
                id: stack
                objectName: "viewStack"
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: rail.currentIndex
                onCurrentIndexChanged: children[currentIndex].active = true
                Component.onCompleted: children[currentIndex].active = true

                Loader { id: feedView; active: false; sourceComponent: FeedView {} }
                Loader { id: communitiesView; active: false; sourceComponent: CommunitiesView {} }
                Loader { id: chatsView; active: false; sourceComponent: ChatsView {} }
                Loader { id: contactsView; active: false; sourceComponent: ContactsView {} }
                Loader { active: false; sourceComponent: ProfileView {} }
                Loader { active: false; sourceComponent: SettingsView {} }
            }
        }
    }
}
