#!/bin/sh
# /init of the test VM's initramfs (busybox sh; copied in by tests/vm/prepare.sh).
#
# Kernel command line (set by run-in-vm.sh):  wgdesk.work=/abs/path/of/WORKDIR
# 9p shares (virtio):  hostroot = host's /, read-only
#                      work     = WORKDIR, read-write, mounted at the same path
#                      wgrun    = this run's directory: cmd.sh in, out.log + status out
# Runs cmd.sh with the host's own bash/binaries/libraries in a chroot on the host's root,
# writes its exit status to wgrun/status, and powers off.

export PATH=/bin:/sbin:/usr/bin:/usr/sbin
/bin/busybox mkdir -p /proc /sys /dev
/bin/busybox mount -t proc proc /proc
/bin/busybox mount -t sysfs sysfs /sys
/bin/busybox mount -t devtmpfs devtmpfs /dev
/bin/busybox --install -s

fail() {
    echo "wgdesk-init: FATAL: $*" >/dev/console
    poweroff -f
    sleep 10
}

work=
read -r cmdline </proc/cmdline
for w in $cmdline; do
    case $w in
        wgdesk.work=*) work=${w#wgdesk.work=} ;;
    esac
done

# Modules in dependency order (prepare.sh wrote the order). A module that is built into
# this kernel has no file; "File exists" means it was already loaded: both are fine.
# Each line: module name, then optional module parameters.
while read -r m params; do
    # shellcheck disable=SC2086  # params: word splitting wanted
    if ! err=$(insmod "/modules/$m.ko" $params 2>&1); then
        case $err in
            *exists*) ;;
            *) echo "wgdesk-init: insmod $m: $err" >/dev/console ;;
        esac
    fi
done </modules/order

# msize: 9p's default (8 KiB) is slow and makes qemu warn; 256 KiB is well below the
# virtio transport's limit.
p9='trans=virtio,version=9p2000.L,msize=262144'

mount -t 9p -o "$p9" wgrun /wgrun || fail "cannot mount the run share"
mount -t 9p -o "$p9,ro" hostroot /mnt || fail "cannot mount the host root"

# The host root is read-only: give the VM its own /tmp, /run (/var/run -> /run) and /dev.
mount -t tmpfs -o mode=1777 tmpfs /mnt/tmp
mount -t tmpfs -o mode=0755 tmpfs /mnt/run
mkdir -p /mnt/run/wireguard /mnt/run/netns /mnt/run/lock /mnt/run/user
mount -t proc proc /mnt/proc
mount -t sysfs sysfs /mnt/sys
mount -t devtmpfs devtmpfs /mnt/dev
mkdir -p /mnt/dev/pts /mnt/dev/shm
# devtmpfs lacks these; bash's <(...) process substitution needs /dev/fd.
ln -sf /proc/self/fd /mnt/dev/fd
ln -sf /proc/self/fd/0 /mnt/dev/stdin
ln -sf /proc/self/fd/1 /mnt/dev/stdout
ln -sf /proc/self/fd/2 /mnt/dev/stderr
mount -t devpts -o newinstance,ptmxmode=0666 devpts /mnt/dev/pts
mount -t tmpfs -o mode=1777 tmpfs /mnt/dev/shm

# WORKDIR at its host path. Mounted AFTER the tmpfs on /mnt/tmp, so a WORKDIR under /tmp
# is not hidden by it (mkdir works there because /mnt/tmp is now a writable tmpfs).
[ -n "$work" ] || fail "no wgdesk.work= on the kernel command line"
mkdir -p "/mnt$work" 2>/dev/null
mount -t 9p -o "$p9" work "/mnt$work" || fail "cannot mount the work share at $work"

ip link set lo up

# Run the command: a clean environment (cmd.sh exports what it needs), stdout+stderr into
# the run share (the redirection is opened here, outside the chroot).
cp /wgrun/cmd.sh /mnt/run/wgdesk-cmd.sh
env -i chroot /mnt /bin/bash --noprofile --norc /run/wgdesk-cmd.sh \
    </dev/null >/wgrun/out.log 2>&1
rc=$?

# Write-then-rename so the host never reads a half-written status.
echo "$rc" >/wgrun/status.tmp && mv /wgrun/status.tmp /wgrun/status
sync
poweroff -f
sleep 10
