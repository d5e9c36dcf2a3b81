#!/bin/sh
# Installs a ShopCRM .deb on a clean Debian 12 and runs it there: a minimal system made with
# debootstrap (kept in CACHE and copied for each check, so the cached one stays untouched), the
# package installed with apt-get as a shop would, then the command line's demo and the window
# opened offscreen on that demo. Needs root and Debian's archive.
#
#   check_deb.sh PACKAGE.deb [CACHE]      prints what it checked; exits non-zero on a failure
#   check_deb.sh BUILD-FOLDER [CACHE]     packages that build (cpack) first; 77 (skipped) where
#                                         it cannot run: not root, or no debootstrap or cpack
set -eu
cache=${2:-/var/cache/shopcrm-check/bookworm}
if [ -d "$1" ]; then
    for tool in debootstrap cpack chroot dpkg-shlibdeps; do
        command -v $tool >/dev/null || { echo "skipped: $tool is not installed" >&2; exit 77; }
    done
    [ "$(id -u)" = 0 ] || { echo "skipped: installing into a chroot needs root" >&2; exit 77; }
    out=$(mktemp -d /tmp/shopcrm-cpack.XXXXXX)
    cpack --config "$1/CPackConfig.cmake" -G DEB -B "$out" >/dev/null
    set -- "$(ls "$out"/shopcrm_*.deb)" "$cache"
    echo "built: $(basename "$1"), $(du -k "$1" | cut -f1) KiB"
fi
deb=$(readlink -f "$1")
[ -f "$deb" ] || { echo "no package: $1" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "run as root (chroot)" >&2; exit 2; }

if [ ! -x "$cache/usr/bin/apt-get" ]; then
    mkdir -p "$(dirname "$cache")"
    debootstrap --variant=minbase bookworm "$cache" http://deb.debian.org/debian >/dev/null
fi
root=$(mktemp -d /tmp/shopcrm-deb.XXXXXX)
cleanup() {
    umount "$root/proc" 2>/dev/null || true
    rm -rf "$root" ${out:+"$out"}
}
trap cleanup EXIT
cp -a "$cache/." "$root/"
mount -t proc proc "$root/proc"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
name=$(basename "$deb")

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 sh -c "$1"; }

# No compiler, no -dev package: what the package pulls in is all there is.
in_root "test ! -e /usr/bin/g++ && test ! -e /usr/bin/cmake"
in_root "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/$name >/dev/null 2>&1"
echo "installed: $(in_root "dpkg-query -W -f='\${Package} \${Version} \${Installed-Size} KiB' shopcrm")"
for f in /usr/bin/shopcrm /usr/bin/shopcrm-cli /usr/share/applications/shopcrm.desktop \
         /usr/share/icons/hicolor/scalable/apps/shopcrm.svg \
         /usr/share/metainfo/org.shopcrm.ShopCRM.metainfo.xml /usr/share/man/man1/shopcrm-cli.1.gz; do
    in_root "test -s $f" || { echo "missing from the package: $f" >&2; exit 1; }
done
in_root "shopcrm-cli --version"
in_root "zcat /usr/share/man/man1/shopcrm-cli.1.gz | grep -q 'customer add'"
# As a shop would start: the demo, then the program on its default database and on the demo.
in_root "cd /root && shopcrm-cli --db demo.db demo --customers 50 --orders 300 >/dev/null && shopcrm-cli --db demo.db users off >/dev/null"
in_root "cd /root && shopcrm-cli --db demo.db report monthly --year $(date +%Y) --json | head -c 200" >/dev/null
in_root "cd /root && QT_QPA_PLATFORM=offscreen shopcrm --db demo.db --screenshot /root/window.png"
in_root "test -s /root/window.png"
cp "$root/root/window.png" "${SHOPCRM_DEB_SHOT:-/tmp/shopcrm-deb-window.png}"
in_root "QT_QPA_PLATFORM=offscreen shopcrm-cli init >/dev/null && test -s /root/.local/share/ShopCRM/shopcrm.db"
echo "ok: installed on a clean Debian 12, demo made, window opened (picture in ${SHOPCRM_DEB_SHOT:-/tmp/shopcrm-deb-window.png})"
