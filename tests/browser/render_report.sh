#!/usr/bin/env bash
# Renders an HTML report in headless Chromium and checks that it rendered: the page's own
# script ran under its Content-Security-Policy (the lines table became sortable), and the
# screenshot has the window's size, is not blank, and shows the level colours of the
# summary and the charts. Skipped (exit 77) when Chromium is not installed.
#
# Usage: render_report.sh CHAINRISK SOURCE_DIR BOM [SCREENSHOT_COPY]
set -uo pipefail
bin=$1 src=$2 bom=$3 copy=${4:-}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "SKIP: chromium not found; install it to run this test (apt-get install chromium)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# From the BOM's directory, so the page is titled with the file's name, not a build path.
(cd "$(dirname "$bom")" && "$bin" scan "$(basename "$bom")" --format html -o "$work/report.html")
code=$?
[ "$code" -le 1 ] || { echo "FAIL: scan exited $code"; exit 1; }

width=1280 height=2000
run_browser() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --no-first-run --user-data-dir="$(mktemp -d -p "$work")" "$@" "file://$work/report.html" 2>"$work/browser.log"
}
run_browser --dump-dom >"$work/dom.html" || { cat "$work/browser.log"; echo "FAIL: chromium --dump-dom"; exit 1; }
if ! grep -q '<table class="lines js" id="lines-table">' "$work/dom.html"; then
  echo "FAIL: the page's script did not run (blocked by its Content-Security-Policy?)"
  exit 1
fi
# Markup in the input (hostile.csv) must reach the browser as text: the page's own script
# is the only one, and no element or event handler the input spelled out was built (the
# page itself has no img, iframe or textarea, and no on...= attribute).
injected='<(img|iframe|textarea)[ >]|<b>bold</b>|<i>CL</i>| on[a-z]+="'
if [ "$(grep -o '<script' "$work/dom.html" | wc -l)" != 1 ] || grep -Eq "$injected" "$work/dom.html"; then
  grep -En "<script|$injected" "$work/dom.html" | cut -c1-300
  echo "FAIL: markup from the input became elements in the page"
  exit 1
fi
run_browser --screenshot="$work/report.png" --window-size=$width,$height --hide-scrollbars ||
  { cat "$work/browser.log"; echo "FAIL: chromium --screenshot"; exit 1; }
# Level colours of html_assets.cpp: critical and high fill the verdict, tiles, bars and
# badges; without charts they would cover far fewer pixels.
python3 "$src/tests/tools/check_png.py" "$work/report.png" $width $height 7f1d1d:3000 c2410c:3000 || exit 1
[ -z "$copy" ] || cp "$work/report.png" "$copy"
echo "rendered $(basename "$bom") in $("$browser" --version 2>/dev/null | head -n1)"
