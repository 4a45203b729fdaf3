#!/usr/bin/env bash
# prepare.sh OUTDIR
#
# Builds what tests/vm/run-in-vm.sh needs to boot a throw-away VM whose kernel has
# WireGuard (the host kernel may not):
#   OUTDIR/vmlinuz      Debian 6.1 generic amd64 kernel (has wireguard, 9p, virtio as modules)
#   OUTDIR/initrd.img   busybox-static + the needed modules + /init (see init.sh next to this file)
#   OUTDIR/stamp        marks a finished build; holds the kernel package and this script's hash
#
# Idempotent: when the stamp matches, it returns at once without asking apt anything.
# Needs: apt-get, apt-cache, dpkg, modinfo (kmod), busybox-static, gzip, xz (for .ko.xz),
# flock. Works as root (CI) or as a user allowed to run apt-get download.
set -euo pipefail

usage() { echo "usage: $0 OUTDIR" >&2; exit 2; }
[[ $# -eq 1 ]] || usage

here=$(cd -P "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$1"
out=$(cd -P "$1" && pwd)

# The stamp depends on this script and on the init script baked into the initrd, so
# editing either triggers a rebuild (the downloaded .deb is reused).
script_hash=$(cat "${BASH_SOURCE[0]}" "$here/init.sh" | sha256sum | cut -c1-16)

stamp_ok() {
    [[ -f $out/stamp && -f $out/vmlinuz && -f $out/initrd.img ]] &&
        grep -qx "script=$script_hash" "$out/stamp"
}
stamp_ok && exit 0

# Several test processes may call this at once (ctest -j): serialise, then re-check.
exec 9>"$out/.prepare.lock"
flock 9
stamp_ok && exit 0

log() { echo "prepare.sh: $*" >&2; }

# --- 1. Which kernel package? -------------------------------------------------------------
# The linux-image-amd64 metapackage depends on the current ABI's signed image, e.g.
# linux-image-6.1.0-56-amd64. Fall back to the newest matching name apt-cache knows.
find_kernel_pkg() {
    local pkg
    pkg=$(apt-cache depends linux-image-amd64 2>/dev/null |
          sed -n 's/^ *Depends: \(linux-image-6\.1\.[0-9]*-[0-9]*-amd64\)$/\1/p' | head -n1)
    if [[ -z $pkg ]]; then
        # Only the plain flavour: not -cloud (no 9p), -rt, -unsigned or -dbg.
        pkg=$(apt-cache search --names-only '^linux-image-6\.1\.[0-9]+-[0-9]+-amd64$' 2>/dev/null |
              awk '{print $1}' | sort -V | tail -n1)
    fi
    echo "$pkg"
}
pkg=$(find_kernel_pkg)
if [[ -z $pkg ]]; then
    log "no kernel package in the apt lists; running apt-get update"
    apt-get update -qq
    pkg=$(find_kernel_pkg)
fi
[[ -n $pkg ]] || { log "cannot find a linux-image-6.1.*-amd64 package"; exit 1; }
kver=${pkg#linux-image-}   # e.g. 6.1.0-56-amd64
log "kernel package: $pkg"

# --- 2. Download (cached) and unpack -------------------------------------------------------
mkdir -p "$out/deb"
shopt -s nullglob
debs=("$out/deb/${pkg}_"*_amd64.deb)
if [[ ${#debs[@]} -eq 0 ]]; then
    # apt-get download writes into the current directory. As root, apt would otherwise
    # drop to the _apt user, who cannot write here (only a warning, but avoid it).
    (cd "$out/deb" && apt-get download -q -o APT::Sandbox::User=root "$pkg" >&2)
    debs=("$out/deb/${pkg}_"*_amd64.deb)
fi
shopt -u nullglob
[[ ${#debs[@]} -gt 0 ]] || { log "apt-get download $pkg produced no .deb"; exit 1; }
deb=${debs[-1]}

work=$(mktemp -d "$out/.build.XXXXXX")
trap 'rm -rf "$work"' EXIT
dpkg -x "$deb" "$work/pkg"
moddir=$work/pkg/lib/modules/$kver
[[ -d $moddir ]] || { log "no $moddir in $deb"; exit 1; }

# --- 3. Resolve modules ------------------------------------------------------------------
# The package ships no modules.dep, so resolve with `modinfo -F depends`. Module names
# treat '-' and '_' alike (libcurve25519-generic vs file names), so normalise to '_'.
declare -A modfile=()
while IFS= read -r -d '' f; do
    b=${f##*/}; b=${b%%.ko*}
    modfile[${b//-/_}]=$f
done < <(find "$moddir/kernel" -name '*.ko*' -print0)

declare -A seen=()
order=()
add_mod() {   # depth-first, dependencies first
    local m=${1//-/_} f dep
    [[ -n ${seen[$m]:-} ]] && return 0
    seen[$m]=1
    f=${modfile[$m]:-}
    if [[ -z $f ]]; then
        # Built in (listed in modules.builtin) or absent: nothing to load.
        grep -q "/${m}.ko\$" <(sed 's/-/_/g' "$moddir/modules.builtin") 2>/dev/null ||
            log "note: module $m not found (assuming built in)"
        return 0
    fi
    local deps
    deps=$(modinfo -F depends "$f")
    for dep in ${deps//,/ }; do add_mod "$dep"; done
    order+=("$m")
}
# virtio_pci: the PCI transport for the 9p devices; 9p + 9pnet_virtio: host file shares;
# wireguard: what we test; tun, veth, dummy: commonly needed by network tests.
for m in virtio_pci 9pnet_virtio 9p wireguard tun veth dummy; do add_mod "$m"; done

# --- 4. Build the initramfs ---------------------------------------------------------------
root=$work/root
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,dev,proc,sys,mnt,wgrun,modules,tmp}
cp /bin/busybox "$root/bin/busybox"   # busybox-static: no libraries needed
ln -s busybox "$root/bin/sh"          # /init uses #!/bin/sh; it installs the other applets

: >"$root/modules/order"
for m in "${order[@]}"; do
    f=${modfile[$m]}
    case $f in
        *.ko)     cp "$f" "$root/modules/$m.ko" ;;
        *.ko.xz)  xz -dc "$f" >"$root/modules/$m.ko" ;;
        *.ko.zst) zstd -qdc "$f" >"$root/modules/$m.ko" ;;
        *.ko.gz)  gzip -dc "$f" >"$root/modules/$m.ko" ;;
        *) log "unknown module format: $f"; exit 1 ;;
    esac
    # dummy would otherwise create a stray dummy0 in every namespace's init netns.
    case $m in
        dummy) echo "$m numdummies=0" ;;
        *)     echo "$m" ;;
    esac >>"$root/modules/order"
done
install -m 0755 "$here/init.sh" "$root/init"

# busybox cpio -o needs a file list on stdin; paths relative to the root.
(cd "$root" && find . -mindepth 1 | LC_ALL=C sort | busybox cpio -o -H newc -R 0:0 2>/dev/null) |
    gzip -6 >"$work/initrd.img"

cp "$work/pkg/boot/vmlinuz-$kver" "$work/vmlinuz"
mv -f "$work/vmlinuz" "$out/vmlinuz"
mv -f "$work/initrd.img" "$out/initrd.img"
{
    echo "package=$pkg"
    echo "deb=${deb##*/}"
    echo "modules=${order[*]}"
    echo "script=$script_hash"
} >"$out/stamp"
log "ready: $out/vmlinuz, $out/initrd.img (modules: ${order[*]})"
