#!/usr/bin/env bash
# Installs everything WG Desk needs to build, run and test on Debian 12 (as root).
# Usage: scripts/install-deps.sh [run|test]
set -euo pipefail
mode=${1:-test}
export DEBIAN_FRONTEND=noninteractive

build=(cmake ninja-build g++ pkg-config git ca-certificates
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev libqt6svg6 libqt6sql6-sqlite qt6-qpa-plugins
  libnl-3-dev libnl-genl-3-dev libnl-route-3-dev libsodium-dev libqrencode-dev)
runtime=(wireguard-tools wireguard-go iproute2 util-linux
  breeze-icon-theme qt6-translations-l10n fonts-dejavu-core)
testing=(python3 qemu-system-x86 busybox-static xz-utils kmod xvfb xauth openssl procps zbar-tools)

pkgs=("${build[@]}" "${runtime[@]}")
[ "$mode" = test ] && pkgs+=("${testing[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
