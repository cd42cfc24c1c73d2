#!/usr/bin/env bash
# Installs the system libraries Qt needs on Debian/Ubuntu when they are missing.
# With the argument `gui`, also those that a real window on X11 needs.
# Does nothing elsewhere, or when everything is present.
set -euo pipefail

needed=()
# Read each listing once: `grep -q` in a pipe would stop early and, with pipefail, fail it.
libraries=$(ldconfig -p 2>/dev/null || true)
fonts=$(fc-list 2>/dev/null || true)
have_lib() { grep -qF "$1" <<<"$libraries"; }
have_lib 'libEGL.so.1' || needed+=(libegl1)
have_lib 'libGL.so.1' || needed+=(libgl1)
have_lib 'libxkbcommon.so.0' || needed+=(libxkbcommon0)
have_lib 'libfontconfig.so.1' || needed+=(libfontconfig1)
have_lib 'libdbus-1.so.3' || needed+=(libdbus-1-3)
have_lib 'libglib-2.0.so.0' || needed+=(libglib2.0-0)
grep -qi 'dejavu' <<<"$fonts" || needed+=(fonts-dejavu-core)
# What the packaging tests use: the validators of the desktop entry and the AppStream
# metainfo, objdump/readelf/strip and patchelf for the frozen bundle, dpkg-deb for the .deb,
# lintian to check it as Debian does, and xz for the tarball.
command -v desktop-file-validate >/dev/null 2>&1 || needed+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || needed+=(appstream)
command -v objdump >/dev/null 2>&1 || needed+=(binutils)
command -v patchelf >/dev/null 2>&1 || needed+=(patchelf)
command -v dpkg-deb >/dev/null 2>&1 || needed+=(dpkg)
command -v lintian >/dev/null 2>&1 || needed+=(lintian)
command -v xz >/dev/null 2>&1 || needed+=(xz-utils)
if [ "${1:-}" = "gui" ]; then
    # What Qt's xcb platform plugin loads to open a real window on X11.
    have_lib 'libxcb-cursor.so.0' || needed+=(libxcb-cursor0)
    have_lib 'libxcb-icccm.so.4' || needed+=(libxcb-icccm4)
    have_lib 'libxcb-keysyms.so.1' || needed+=(libxcb-keysyms1)
    have_lib 'libxcb-image.so.0' || needed+=(libxcb-image0)
    have_lib 'libxcb-render-util.so.0' || needed+=(libxcb-render-util0)
    have_lib 'libxcb-randr.so.0' || needed+=(libxcb-randr0)
    have_lib 'libxcb-shape.so.0' || needed+=(libxcb-shape0)
    have_lib 'libxcb-xkb.so.1' || needed+=(libxcb-xkb1)
    have_lib 'libxkbcommon-x11.so.0' || needed+=(libxkbcommon-x11-0)
fi

[ ${#needed[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Qt needs these system libraries: ${needed[*]}; install them with your package manager." >&2
    exit 0
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing system libraries for Qt: ${needed[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${needed[@]}"
