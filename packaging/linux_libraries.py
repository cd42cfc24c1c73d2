"""The system libraries the Linux bundle leaves to the system, and the Debian packages of each.

The bundle carries Python, Qt and what they need, except the desktop's own libraries: the
graphics stack, X11/xcb, Wayland, keyboard, fonts, D-Bus, GLib, the C++ runtime, printing,
Kerberos and the basic compression libraries. Those must
match the system they run on (a bundled copy can clash with the system's GL drivers or font
configuration), so the .deb depends on them instead; so does OpenSSL, whose security updates
should reach the app. ``forumguide.spec`` leaves out every
library named by ``BUNDLE_EXCLUDED_PREFIXES``; ``build_linux.py`` reads every binary's needs
and turns each library that is not in the bundle into a ``Depends:`` entry through
``PACKAGES``, and fails on one it does not know.
"""

from __future__ import annotations

BUNDLE_EXCLUDED_PREFIXES = (
    "libGL.",
    "libEGL.",
    "libOpenGL.",
    "libGLX.",
    "libX11",
    "libXau.",
    "libXdmcp.",
    "libXext.",
    "libXrender.",
    "libxcb",
    "libxkbcommon",
    "libwayland-",
    "libfontconfig.",
    "libfreetype.",
    "libdbus-1.",
    "libglib-2.0.",
    "libgobject-2.0.",
    "libgio-2.0.",
    "libgmodule-2.0.",
    "libgthread-2.0.",
    "libstdc++.",
    "libgcc_s.",
    # OpenSSL, for schedules fetched over HTTPS: the system's copy gets its security updates.
    "libssl.",
    "libcrypto.",
    # Printing (CUPS, with its TLS and service discovery) and Kerberos, which QtNetwork and
    # CUPS link against: security fixes for them come with the system's updates, and they
    # are 9.9 MB that a bundled copy would add.
    "libcups.",
    "libgssapi_krb5.",
    # Compression libraries every Debian and Ubuntu system has (priority required).
    "libz.",
    "libbz2.",
)

# The C library itself: never bundled, always installed.
GLIBC = frozenset(
    {
        "libc.so.6",
        "libm.so.6",
        "libdl.so.2",
        "libpthread.so.0",
        "librt.so.1",
        "libutil.so.1",
        "libresolv.so.2",
        "ld-linux-x86-64.so.2",
    }
)

# soname -> Depends entry. Where Debian renamed a package for the 64-bit time_t transition
# (Debian 13, Ubuntu 24.04), the new name comes first with the old one as the alternative.
PACKAGES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libssl.so.3": "libssl3t64 | libssl3",
    "libcrypto.so.3": "libssl3t64 | libssl3",
    "libglib-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgmodule-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0t64 | libglib2.0-0",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libcups.so.2": "libcups2t64 | libcups2",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libz.so.1": "zlib1g",
    "libbz2.so.1.0": "libbz2-1.0",
}

# Needed although no binary links against them: Qt draws text with whatever fonts
# fontconfig finds, and a bare system may have none.
EXTRA_DEPENDS = ("fonts-dejavu-core",)


class UnknownLibraryError(LookupError):
    """A binary needs a system library that ``PACKAGES`` does not name."""


def depends_for(sonames: set[str]) -> list[str]:
    """The ``Depends:`` entries for system libraries the bundle needs, sorted, glibc first.

    Raises:
        UnknownLibraryError: a soname is neither glibc nor in ``PACKAGES``.
    """
    unknown = sorted(name for name in sonames if name not in PACKAGES and name not in GLIBC)
    if unknown:
        raise UnknownLibraryError(
            "the bundle needs system libraries with no known Debian package: "
            + ", ".join(unknown)
            + " (add them to packaging/linux_libraries.py, or bundle them)"
        )
    entries = {PACKAGES[name] for name in sonames if name in PACKAGES}
    entries.update(EXTRA_DEPENDS)
    head = ["libc6"] if sonames & GLIBC else []
    return head + sorted(entries)
