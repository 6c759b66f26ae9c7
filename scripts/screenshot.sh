#!/usr/bin/env bash
# Take the screenshots in docs/screenshots/: pages of `kcli browse`, shot with headless Chromium.
#
#   scripts/screenshot.sh                      # needs kcli (with the web extra) and chromium on PATH
#   KCLI="python -m karabakh_cli" PORT=8799 scripts/screenshot.sh
#
# Chromium comes from Debian (apt-get install -y chromium); curl waits for the server.
set -euo pipefail
cd "$(dirname "$0")/.."

read -r -a kcli <<<"${KCLI:-kcli}"
chromium=${CHROMIUM:-chromium}
port=${PORT:-8799}
out=docs/screenshots
base="http://127.0.0.1:$port"

for tool in "$chromium" curl; do
    command -v "$tool" >/dev/null || { echo "screenshot.sh: $tool is not installed" >&2; exit 1; }
done
mkdir -p "$out"
work=$(mktemp -d)
"${kcli[@]}" browse --port "$port" >"$work/browse.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

for _ in $(seq 100); do
    curl -sf -o /dev/null "$base/kcli" && break
    kill -0 "$server" 2>/dev/null || { cat "$work/browse.log" >&2; exit 1; }
    sleep 0.2
done
curl -sf -o /dev/null "$base/kcli" || { echo "screenshot.sh: kcli browse did not start" >&2; exit 1; }

shoot() {  # NAME PATH: save the page at PATH as $out/NAME.png
    "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --hide-scrollbars --user-data-dir="$work/profile" --window-size=1280,900 \
        --screenshot="$out/$1.png" "$base$2" >>"$work/chromium.log" 2>&1 \
        || { cat "$work/chromium.log" >&2; exit 1; }
    echo "$out/$1.png" >&2
}

shoot browse-actor /kcli/actors/pakistan
shoot browse-facets /kcli/events
shoot browse-nam-seven /kcli/nam-members-on-the-council-2020-10-19
shoot browse-search "/kcli/search?q=ceasefi*"
