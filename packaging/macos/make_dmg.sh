#!/usr/bin/env bash
# macOS: wrap the .app that `python packaging/build.py` made into a disk image.
#   bash packaging/macos/make_dmg.sh        -> packaging/out/SynergyExplorer-<version>-macos-<arch>.dmg
# The image shows the app beside a link to /Applications: the user drags one onto the other.
# PyInstaller signs the app ad hoc; it is not notarised (see packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
app="packaging/out/dist/Synergy Explorer.app"
[ -d "$app" ] || { echo "no $app: run python packaging/build.py first" >&2; exit 1; }
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' synergy_gui/__init__.py)
arch=$(uname -m)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
dmg="packaging/out/SynergyExplorer-${version}-macos-${arch}.dmg"
rm -f "$dmg"
hdiutil create -volname "Synergy Explorer" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"
echo "$dmg"
