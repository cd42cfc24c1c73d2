#!/bin/sh
# Packs the PyInstaller app bundle into a compressed disk image with a link to /Applications,
# so that it installs by dragging. Runs on macOS (hdiutil).
#
#     packaging/macos/make_dmg.sh build/macos/dist/ForumGuide.app dist/forumguide-0.1.0-macos-arm64.dmg
set -eu

app="${1:?usage: make_dmg.sh PATH/ForumGuide.app OUTPUT.dmg}"
output="${2:?usage: make_dmg.sh PATH/ForumGuide.app OUTPUT.dmg}"
[ -d "$app/Contents/MacOS" ] || { echo "$app is not an app bundle" >&2; exit 1; }

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
# ditto keeps the bundle's symlinks, permissions and extended attributes (its signature).
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"
mkdir -p "$(dirname "$output")"
hdiutil create -volname "ForumGuide" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$output"
hdiutil verify "$output"
echo "$output"
