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
            feedView.openPost(uri)
        }
    }

    Shortcut {
        sequences: ["Ctrl+K", StandardKey.Find]
        onActivated: searchPopup.open()
    }

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
            contactsView.openProfile({ jid: jid })
        }
        onOpenCommunity: (uri) => {
            root.showView("communities")
            communitiesView.openCommunity(uri)
        }
        onOpenPost: (uri) => {
            root.showView("feed")
            feedView.openPost(uri)
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

            StackLayout {
                objectName: "viewStack"
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: rail.currentIndex

                FeedView { id: feedView }
                CommunitiesView { id: communitiesView }
                ChatsView {}
                ContactsView { id: contactsView }
                ProfileView {}
                SettingsView {}
            }
        }
    }
}
