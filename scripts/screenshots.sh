#!/usr/bin/env bash
# Takes docs/screenshots/*.png: the real WG Desk window under Xvfb, managing a populated
# interface whose peers really handshake and send traffic.
#
# SAFETY: everything runs inside a private network namespace made here (unshare -n); the
# "devices" of three peers live in further namespaces of this script's own, joined by veth
# pairs. All are deleted on exit. Needs root and a build tree (scripts/test.sh makes one).
# Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}

if [ "${WGDESK_SHOT_INSIDE:-}" != 1 ]; then
  for tool in import xdotool ping; do
    command -v "$tool" >/dev/null || {
      apt-get install -y -qq --no-install-recommends imagemagick xdotool iputils-ping >/dev/null
      break
    }
  done
  exec env WGDESK_SHOT_INSIDE=1 unshare -n -- "$0" "$build"
fi

ip link set lo up
export WG_I_PREFER_BUGGY_USERSPACE_TO_POLISHED_KMOD=1
work=$(mktemp -d)
tag=s$$
namespaces=()
cleanup() {
  set +e
  [ -n "${gui:-}" ] && kill "$gui" 2>/dev/null
  [ -n "${receiver:-}" ] && kill "$receiver" 2>/dev/null
  for ns in "${namespaces[@]}"; do
    ip netns pids "$ns" 2>/dev/null | xargs -r kill
    ip netns del "$ns"
  done
  pkill -f "wireguard-go ${tag}" 2>/dev/null
  rm -f /var/run/wireguard/${tag}*.sock
  rm -rf "$work"
}
trap cleanup EXIT

db=$work/wgdesk.db
ctl() { "$build/bin/wgdeskctl" --db "$db" --backend userspace "$@"; }

# A webhook receiver on loopback that accepts everything, so that the delivery log fills.
python3 -c '
import http.server
class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(204)
        self.end_headers()
    def log_message(self, *args):
        pass
http.server.HTTPServer(("127.0.0.1", 8099), Receiver).serve_forever()
' &
receiver=$!
sleep 0.5
echo "Bearer 3f9c2e" | ctl webhook set --url http://127.0.0.1:8099/wgdesk --secret - >/dev/null 2>&1

ctl user add alice --email alice@example.org --firstname Alice --lastname Martin \
  --department Engineering >/dev/null
ctl user add bob --email bob@example.org --firstname Bob --lastname Keller --department Sales >/dev/null
ctl user add carol --email carol@example.org --firstname Carol --lastname Dubois --admin >/dev/null
server=${tag}office
ctl interface create "$server" --address 10.80.0.1/24 --listen-port 51820 \
  --display-name "Office gateway" --external-endpoint 192.168.77.1:51820 --dns 10.80.0.1 --up >/dev/null
ctl interface create ${tag}lab --address 10.90.0.1/24 --listen-port 51821 \
  --display-name "Lab" >/dev/null
ctl interface down ${tag}lab >/dev/null

# Peers: three are real devices (below), the others never connect.
names=("Alice's laptop" "Alice's phone" "Bob's laptop" "Carol's workstation" "Build server"
  "Printer VLAN" "Backup NAS")
owners=(alice alice bob carol carol "" "")
for i in "${!names[@]}"; do
  n=$((i + 2))
  args=(--generate-keys --address 10.80.0.$n/32 --allowed-ip 10.80.0.$n/32
    --display-name "${names[$i]}")
  [ -n "${owners[$i]}" ] && args+=(--user "${owners[$i]}")
  ctl peer add "$server" "${args[@]}" >/dev/null
done
ctl peer add ${tag}lab --generate-keys --address 10.90.0.2/32 --allowed-ip 10.90.0.2/32 \
  --display-name "Lab runner" >/dev/null
serverKey=$(wg show "$server" public-key)

# Three devices, each in a namespace of its own behind a veth pair, using the client
# configuration WG Desk gives for the peer.
ctl --json peer list "$server" >"$work/peers.json"
python3 - "$work/peers.json" >"$work/keys" <<'EOF'
import json, sys
for p in json.load(open(sys.argv[1]))[:3]:
    print(p["Identifier"], p["Addresses"][0].split("/")[0])
EOF
ip addr add 192.168.77.1/24 dev lo
i=0
while read -r key address; do
  i=$((i + 1))
  ns=wgdesk-shot-$$-$i
  ip netns add "$ns"
  namespaces+=("$ns")
  ip link add v$i type veth peer name eth0 netns "$ns"
  ip addr add 192.168.78.$((i * 4 + 1))/30 dev v$i
  ip link set v$i up
  ip -n "$ns" link set lo up
  ip -n "$ns" addr add 192.168.78.$((i * 4 + 2))/30 dev eth0
  ip -n "$ns" link set eth0 up
  ip -n "$ns" route add default via 192.168.78.$((i * 4 + 1))
  ctl peer config "$server" "$key" >"$work/client$i.conf"
  private=$(sed -n 's/^PrivateKey = //p' "$work/client$i.conf")
  dev=${tag}c$i
  ip netns exec "$ns" wireguard-go "$dev"
  ip netns exec "$ns" wg set "$dev" private-key <(echo "$private") peer "$serverKey" \
    endpoint 192.168.77.1:51820 allowed-ips 10.80.0.0/24 persistent-keepalive 5
  ip -n "$ns" addr add "$address/32" dev "$dev"
  ip -n "$ns" link set "$dev" up
  ip -n "$ns" route add 10.80.0.0/24 dev "$dev"
  # Traffic for the graphs: a steady ping and bursts of bigger ones.
  ip netns exec "$ns" ping -q -i 0.2 -s $((i * 400)) 10.80.0.1 >/dev/null 2>&1 &
done <"$work/keys"

out=$top/docs/screenshots
mkdir -p "$out"
export XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORMTHEME= WGDESK_SHOT_OUT=$out
xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" bash -c '
  set -e
  "$0" --db "$1" --backend userspace &
  gui=$!
  sleep 60
  win=$(xdotool search --sync --onlyvisible --name "WG Desk" | head -1)
  xdotool windowsize "$win" 1280 800 windowmove "$win" 0 0
  sleep 2
  # The office interface (second row), then its first peer, so that both graphs show.
  xdotool mousemove 60 140 click 1
  sleep 3
  xdotool mousemove 60 280 click 1
  sleep 3
  import -window root "$WGDESK_SHOT_OUT/main-window.png"
  xdotool mousemove 175 71 click 1
  sleep 2
  import -window root "$WGDESK_SHOT_OUT/users.png"
  xdotool mousemove 275 71 click 1
  sleep 2
  import -window root "$WGDESK_SHOT_OUT/deliveries.png"
  xdotool mousemove 60 71 click 1 mousemove 1170 38 click 1
  sleep 3
  import -window root "$WGDESK_SHOT_OUT/settings.png"
  kill $gui
' "$build/bin/wgdesk" "$db"
echo "Screenshots in $out"
