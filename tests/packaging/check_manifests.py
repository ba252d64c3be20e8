#!/usr/bin/env python3
"""Issue 18: the packaging files for what this machine cannot build.

The Flatpak manifest, the Windows/macOS workflow and the macOS Info.plist
are read as their tools read them: each parses, every downloaded source is
pinned by a SHA-256 (the QXmpp one equal to scripts/bootstrap.sh's), the
patches they apply exist, and the xmpp: URL scheme is declared.
"""
import pathlib
import plistlib
import re
import sys

import yaml

root = pathlib.Path(sys.argv[1])
problems = []


def check(ok, what):
    if not ok:
        problems.append(what)


bootstrap = (root / "scripts/bootstrap.sh").read_text()
qxmpp_sha = re.search(r"^QXMPP_SHA256=([0-9a-f]{64})$", bootstrap, re.M).group(1)
# The patches bootstrap.sh applies to QXmpp, in its order.
patches = re.findall(r'^  "(qxmpp-[^ "]+\.patch) [0-9a-f]{64}"$', bootstrap, re.M)
check(len(patches) >= 1, "bootstrap.sh: no QXmpp patches found")

manifest_path = root / "packaging/flatpak/im.hearth.Hearth.yml"
manifest = yaml.safe_load(manifest_path.read_text())
check(manifest.get("app-id") == "im.hearth.Hearth", "flatpak: app-id")
check(manifest.get("runtime") == "org.kde.Platform" and manifest.get("sdk") == "org.kde.Sdk", "flatpak: the KDE runtime")
check(manifest.get("command") == "hearth", "flatpak: command")
names = [m["name"] for m in manifest["modules"]]
check(names[-1] == "hearth" and {"qxmpp", "qtkeychain"} <= set(names), f"flatpak: modules {names}")
for module in manifest["modules"]:
    for source in module.get("sources", []):
        if source["type"] == "archive":
            check(re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")) is not None,
                  f"flatpak: {module['name']} has no SHA-256")
            check(source["url"].startswith("https://"), f"flatpak: {module['name']} not over https")
        if source["type"] in ("patch", "dir"):
            check((manifest_path.parent / source["path"]).exists(), f"flatpak: {source['path']} missing")
    if module["name"] == "qxmpp":
        shas = [s.get("sha256") for s in module["sources"] if s["type"] == "archive"]
        check(shas == [qxmpp_sha], "flatpak: QXmpp's SHA-256 is not bootstrap.sh's")
        applied = [pathlib.Path(s["path"]).name for s in module["sources"] if s["type"] == "patch"]
        check(applied == patches, f"flatpak: QXmpp's patches {applied} are not bootstrap.sh's {patches}")
check("--talk-name=org.freedesktop.Notifications" in manifest.get("finish-args", []), "flatpak: notifications")

workflow = yaml.safe_load((root / ".github/workflows/platforms.yml").read_text())
jobs = workflow.get("jobs", {})
check({"windows", "macos"} <= set(jobs), f"workflow: jobs {list(jobs)}")
check(workflow.get("env", {}).get("QXMPP_SHA256") == qxmpp_sha, "workflow: QXmpp's SHA-256 is not bootstrap.sh's")
check(workflow.get("env", {}).get("QXMPP_PATCHES", "").split() == patches, "workflow: QXmpp's patches are not bootstrap.sh's")
for name, job in jobs.items():
    steps = job.get("steps", [])
    check(all(("run" in s) != ("uses" in s) for s in steps), f"workflow: {name} has a step with both or neither of run/uses")
    text = "\n".join(str(s.get("run", "")) for s in steps)
    check("sha256sum -c" in text or "shasum -a 256 -c" in text, f"workflow: {name} does not check QXmpp's tarball")
    check("ctest" in text, f"workflow: {name} runs no tests")

plist_text = (root / "packaging/macos/Info.plist.in").read_text()
plist = plistlib.loads(plist_text.encode())
schemes = [s for t in plist.get("CFBundleURLTypes", []) for s in t.get("CFBundleURLSchemes", [])]
check(schemes == ["xmpp"], f"Info.plist: URL schemes {schemes}")
check(plist.get("CFBundleIdentifier") == "im.hearth.Hearth", "Info.plist: identifier")

for p in problems:
    print("check_manifests: FAIL:", p, file=sys.stderr)
print(f"check_manifests: flatpak modules {names}; workflow jobs {sorted(jobs)}; macOS schemes {schemes}")
sys.exit(1 if problems else 0)
