#!/usr/bin/python3
"""An OMEMO peer that is not Hearth, for Hearth's interop tests (issue 19).

Built on Debian's python-omemo (python3-omemo with the python3-twomemo or
python3-oldmemo backend) and slixmpp; the XEP-0384 glue (device list and
bundles on PEP, the <encrypted> message element, XEP-0420's envelope for
OMEMO 2) is written here, so both sides share no code.

Run with Debian's interpreter (/usr/bin/python3: the packages live there).
It logs in, sets up its device, then speaks a line protocol:
  stdout  ready <device id>
          recv <sender bare JID> <text>           a message it decrypted
          undecryptable <sender bare JID> <why>
          sent <to>                               after a send
          joined <room>                           in the room (XEP-0045)
          grecv <room> <sender bare JID> <text>   a group message it decrypted
                                                  (the sender from the occupants)
          error <what>
  stdin   send <bare JID> <text>                  encrypts (building a session
                                                  if needed) and sends
          join <room> <nick>
          gsend <room> <JID,JID…> <text>          encrypts for those members
                                                  and sends to the room
          quit
"""

import argparse
import asyncio
import base64
import logging
import os
import sys
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from typing import Any, Dict, FrozenSet, Optional

import slixmpp
from slixmpp.stanza import Message as XmppMessage
from slixmpp.xmlstream.handler import CoroutineCallback
from slixmpp.xmlstream.matcher import MatchXPath

import omemo
from omemo.storage import Just, Maybe, Nothing, Storage
from omemo.types import DeviceInformation, TrustLevel

import oldmemo
import oldmemo.etree
import twomemo
import twomemo.etree

SCE_NS = "urn:xmpp:sce:1"
PUBLISH_OPTIONS = "http://jabber.org/protocol/pubsub#publish-options"


def say(line: str) -> None:
    print(line, flush=True)


class MemoryStorage(Storage):
    """The peer lives for one test: its keys need not outlive it."""

    def __init__(self) -> None:
        super().__init__()
        self.data: Dict[str, Any] = {}

    async def _load(self, key: str) -> Maybe[Any]:
        return Just(self.data[key]) if key in self.data else Nothing()

    async def _store(self, key: str, value: Any) -> None:
        self.data[key] = value

    async def _delete(self, key: str) -> None:
        self.data.pop(key, None)


class Nodes:
    """Where each OMEMO version keeps its device list and bundles (XEP-0384 0.3 and 0.8)."""

    def __init__(self, namespace: str) -> None:
        self.namespace = namespace
        self.legacy = namespace == oldmemo.oldmemo.NAMESPACE
        self.etree = oldmemo.etree if self.legacy else twomemo.etree

    def device_list(self) -> str:
        return "eu.siacs.conversations.axolotl.devicelist" if self.legacy else "urn:xmpp:omemo:2:devices"

    def bundle(self, device_id: int) -> str:
        return f"eu.siacs.conversations.axolotl.bundles:{device_id}" if self.legacy else "urn:xmpp:omemo:2:bundles"

    def bundle_item(self, device_id: int) -> str:
        return "current" if self.legacy else str(device_id)


class Peer(omemo.SessionManager):
    xmpp: "Client"
    nodes: Nodes

    @staticmethod
    async def _upload_bundle(bundle: omemo.Bundle) -> None:
        nodes = Peer.nodes
        await Peer.xmpp.publish(nodes.bundle(bundle.device_id), nodes.bundle_item(bundle.device_id),
                                nodes.etree.serialize_bundle(bundle), max_items="max")

    @staticmethod
    async def _download_bundle(namespace: str, bare_jid: str, device_id: int) -> omemo.Bundle:
        nodes = Peer.nodes
        payload = await Peer.xmpp.fetch(bare_jid, nodes.bundle(device_id), nodes.bundle_item(device_id))
        if payload is None:
            raise omemo.BundleDownloadFailed(f"no bundle for {bare_jid}/{device_id}")
        return nodes.etree.parse_bundle(payload, bare_jid, device_id)

    @staticmethod
    async def _delete_bundle(namespace: str, device_id: int) -> None:
        return None  # the test's server goes away with the test

    @staticmethod
    async def _upload_device_list(namespace: str, device_list: Dict[int, Optional[str]]) -> None:
        nodes = Peer.nodes
        await Peer.xmpp.publish(nodes.device_list(), "current", nodes.etree.serialize_device_list(device_list))

    @staticmethod
    async def _download_device_list(namespace: str, bare_jid: str) -> Dict[int, Optional[str]]:
        payload = await Peer.xmpp.fetch(bare_jid, Peer.nodes.device_list(), "current")
        return {} if payload is None else Peer.nodes.etree.parse_device_list(payload)

    async def _evaluate_custom_trust_level(self, device: DeviceInformation) -> TrustLevel:
        # Blind trust: this peer checks the protocol, not the user's decisions.
        return TrustLevel.TRUSTED

    async def _make_trust_decision(self, undecided: FrozenSet[DeviceInformation], identifier: Optional[str]) -> None:
        return None

    @staticmethod
    async def _send_message(message: omemo.Message, bare_jid: str) -> None:
        # Empty messages the library sends on its own (session confirmation).
        Peer.xmpp.send_encrypted(bare_jid, Peer.nodes.etree.serialize_message(message), None)


class Client(slixmpp.ClientXMPP):
    def __init__(self, jid: str, password: str, namespace: str) -> None:
        super().__init__(jid, password)
        self.nodes = Nodes(namespace)
        self.session: Optional[Peer] = None
        self.occupants: Dict[str, str] = {}  # room/nick -> real bare JID
        self.nicks: Dict[str, str] = {}      # room -> own nick
        self.register_plugin("xep_0004")
        self.register_plugin("xep_0030")
        self.register_plugin("xep_0060")
        self.register_plugin("xep_0199")
        self.add_event_handler("session_start", self.on_start)
        # Encrypted messages with or without a body (a key transport has
        # none, and slixmpp's "message" event only comes for a body).
        self.register_handler(CoroutineCallback(
            "OMEMO", MatchXPath(f"{{jabber:client}}message/{{{self.nodes.namespace}}}encrypted"), self.on_message))
        self.add_event_handler("message", self.on_plain)
        self.add_event_handler("presence", self.on_presence)

    async def publish(self, node: str, item: str, payload: ET.Element, max_items: Optional[str] = None) -> None:
        form = self["xep_0004"].make_form(ftype="submit")
        form.add_field(var="FORM_TYPE", ftype="hidden", value=PUBLISH_OPTIONS)
        form.add_field(var="pubsub#access_model", value="open")
        if max_items is not None:
            form.add_field(var="pubsub#max_items", value=max_items)
        await self["xep_0060"].publish(None, node, id=item, payload=payload, options=form, timeout=20)

    async def fetch(self, jid: str, node: str, item: str) -> Optional[ET.Element]:
        try:
            iq = await self["xep_0060"].get_items(jid, node, item_ids=[item], timeout=20)
        except (slixmpp.exceptions.IqError, slixmpp.exceptions.IqTimeout) as error:
            logging.info("no %s item %s at %s: %s", node, item, jid, error)
            return None
        for entry in iq["pubsub"]["items"]:
            return entry.xml[0] if len(entry.xml) else None
        return None

    def send_encrypted(self, to: str, encrypted: ET.Element, fallback: Optional[str], mtype: str = "chat") -> None:
        message = self.make_message(mto=to, mtype=mtype)
        if fallback is not None:
            message["body"] = fallback
            eme = ET.SubElement(message.xml, "{urn:xmpp:eme:0}encryption")
            eme.set("namespace", self.nodes.namespace)
            eme.set("name", "OMEMO" if self.nodes.legacy else "OMEMO 2")
        ET.SubElement(message.xml, "{urn:xmpp:hints}store")
        message.xml.append(encrypted)
        message.send()

    async def on_start(self, _event: Any) -> None:
        self.send_presence()
        await self.get_roster()
        Peer.xmpp = self
        Peer.nodes = self.nodes
        backend = (oldmemo.Oldmemo if self.nodes.legacy else twomemo.Twomemo)(storage := MemoryStorage())
        self.session = await Peer.create([backend], storage, self.boundjid.bare, "omemo_peer", "blind")
        await self.session.after_history_sync()
        own, _ = await self.session.get_own_device_information()
        say(f"ready {own.device_id}")

    # ---- sending: XEP-0420's envelope (OMEMO 2) or the bare text (0.3) ----
    def plaintext(self, to: str, text: str) -> bytes:
        if self.nodes.legacy:
            return text.encode("utf-8")
        envelope = ET.Element(f"{{{SCE_NS}}}envelope")
        content = ET.SubElement(envelope, f"{{{SCE_NS}}}content")
        ET.SubElement(content, "{jabber:client}body").text = text
        ET.SubElement(envelope, f"{{{SCE_NS}}}rpad").text = base64.b64encode(os.urandom(8)).decode("ascii")
        ET.SubElement(envelope, f"{{{SCE_NS}}}time").set("stamp", datetime.now(timezone.utc).isoformat(timespec="seconds"))
        ET.SubElement(envelope, f"{{{SCE_NS}}}to").set("jid", to)
        ET.SubElement(envelope, f"{{{SCE_NS}}}from").set("jid", self.boundjid.bare)
        return ET.tostring(envelope, encoding="utf-8")

    async def send_text(self, to: str, text: str) -> None:
        assert self.session is not None
        await self.session.refresh_device_list(self.nodes.namespace, to)
        messages, errors = await self.session.encrypt(frozenset({to}), {self.nodes.namespace: self.plaintext(to, text)})
        for error in errors:
            logging.warning("while encrypting: %s", error)
        for message in messages:
            fallback = ("I sent you an OMEMO encrypted message but your client doesn't seem to support that."
                        if self.nodes.legacy else "This message is encrypted with OMEMO 2.")
            self.send_encrypted(to, self.nodes.etree.serialize_message(message), fallback)
        say(f"sent {to}")

    # ---- groups: occupants' real JIDs from their presences ----
    def join(self, room: str, nick: str) -> None:
        self.nicks[room] = nick
        presence = self.make_presence(pto=f"{room}/{nick}")
        x = ET.SubElement(presence.xml, "{http://jabber.org/protocol/muc}x")
        ET.SubElement(x, "{http://jabber.org/protocol/muc}history").set("maxstanzas", "0")
        presence.send()

    def on_presence(self, presence: Any) -> None:
        room, nick = presence["from"].bare, presence["from"].resource
        item = presence.xml.find("{http://jabber.org/protocol/muc#user}x/{http://jabber.org/protocol/muc#user}item")
        if room not in self.nicks or item is None:
            return
        if item.get("jid"):
            self.occupants[f"{room}/{nick}"] = item.get("jid").split("/")[0]
        codes = [s.get("code") for s in presence.xml.findall("{http://jabber.org/protocol/muc#user}x/{http://jabber.org/protocol/muc#user}status")]
        if "110" in codes:
            say(f"joined {room}")

    async def send_group(self, room: str, members: FrozenSet[str], text: str) -> None:
        assert self.session is not None
        for member in members:
            await self.session.refresh_device_list(self.nodes.namespace, member)
        messages, errors = await self.session.encrypt(members, {self.nodes.namespace: self.plaintext(room, text)})
        for error in errors:
            logging.warning("while encrypting: %s", error)
        for message in messages:
            self.send_encrypted(room, self.nodes.etree.serialize_message(message), "OMEMO group message", "groupchat")
        say(f"sent {room}")

    # ---- receiving ----
    async def on_plain(self, stanza: XmppMessage) -> None:
        if stanza.xml.find(f"{{{self.nodes.namespace}}}encrypted") is None:
            await self.on_message(stanza)

    async def on_message(self, stanza: XmppMessage) -> None:
        group = stanza["type"] == "groupchat"
        if self.session is None or stanza["type"] not in ("chat", "normal", "groupchat"):
            return
        encrypted = stanza.xml.find(f"{{{self.nodes.namespace}}}encrypted")
        sender = stanza["from"].bare
        if group:
            if stanza["from"].resource == self.nicks.get(sender) or encrypted is None:
                return  # its own echo, or plain
            room, sender = sender, self.occupants.get(str(stanza["from"]), "")
        if encrypted is None:
            if stanza["body"]:
                say(f"plain {sender} {stanza['body']}")
            return
        try:
            if self.nodes.legacy:
                parsed = await oldmemo.etree.parse_message(encrypted, sender, self.boundjid.bare, self.session)
            else:
                parsed = twomemo.etree.parse_message(encrypted, sender)
            plaintext, _device, _key = await self.session.decrypt(parsed)
        except Exception as error:  # report any failure, never die on input
            say(f"undecryptable {sender} {type(error).__name__}: {error}".replace("\n", " "))
            return
        if plaintext is None:
            say(f"empty {sender}")  # a key transport: a session confirmed or new
            return
        if self.nodes.legacy:
            text = plaintext.decode("utf-8")
        else:
            body = ET.fromstring(plaintext).find(f"{{{SCE_NS}}}content/{{jabber:client}}body")
            text = body.text if body is not None and body.text else ""
        say(f"grecv {room} {sender} {text}" if group else f"recv {sender} {text}")


async def commands(client: Client) -> None:
    loop = client.loop
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while True:
        line = (await reader.readline()).decode("utf-8")
        if not line or line.strip() == "quit":
            client.disconnect()
            return
        parts = line.rstrip("\n").split(" ", 2)
        if parts[0] == "join" and len(parts) == 3:
            client.join(parts[1], parts[2])
        elif parts[0] == "gsend" and len(parts) == 3 and " " in parts[2]:
            members, text = parts[2].split(" ", 1)
            try:
                await client.send_group(parts[1], frozenset(members.split(",")), text)
            except Exception as error:
                say(f"error {type(error).__name__}: {error}".replace("\n", " "))
        elif parts[0] == "send" and len(parts) == 3:
            try:
                await client.send_text(parts[1], parts[2])
            except Exception as error:
                say(f"error {type(error).__name__}: {error}".replace("\n", " "))
        else:
            say(f"error unknown command: {line.strip()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jid", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--version", choices=("2", "0.3"), default="2", help="OMEMO 2 (twomemo) or 0.3 (oldmemo)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.DEBUG if os.environ.get("OMEMO_PEER_DEBUG") else logging.WARNING, stream=sys.stderr)
    namespace = oldmemo.oldmemo.NAMESPACE if args.version == "0.3" else twomemo.twomemo.NAMESPACE
    client = Client(args.jid, args.password, namespace)
    # The test's own server on loopback, without TLS (as Hearth's tests).
    client["feature_mechanisms"].unencrypted_plain = True
    client.connect((args.host, args.port), use_ssl=False, force_starttls=False, disable_starttls=True)
    # Held: asyncio keeps only a weak reference to a task.
    reader = client.loop.create_task(commands(client))
    client.loop.run_until_complete(client.disconnected)
    reader.cancel()
    return 0


if __name__ == "__main__":
    sys.exit(main())
