#!/usr/bin/env bash
# package.deb: `cpack -G DEB` builds a package that a CI image can install. Builds it from
# the build directory into a scratch directory, checks its control fields (the Depends
# field covers every shared library the binary needs) and contents (binary, man page,
# completions, docs, licence, data provenance), unpacks it with `dpkg -x` into a scratch root
# and runs the binary from there. Skipped (77) without cpack or dpkg.
# Usage: deb_test.sh BUILD_DIR SOURCE_DIR VERSION
set -uo pipefail
build=$1 src=$2 version=$3
for tool in cpack dpkg dpkg-deb; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool not installed"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

# Into the scratch directory, so neither a stale package nor a parallel run can stand in.
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  fail "cpack -G DEB failed"
  exit 1
fi
arch=$(dpkg --print-architecture)
deb=$work/out/chainrisk_${version}_${arch}.deb
[ -f "$deb" ] || { ls "$work/out"; fail "no $(basename "$deb")"; exit 1; }

# Control fields.
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = chainrisk ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version)"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture: $(field Architecture)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends=$(field Depends)
echo "Depends: $depends"
# The package names of Depends, one a line (versions and alternatives dropped).
depends_names=$(sed 's/([^)]*)//g; s/[,|]/\n/g' <<<"$depends" | tr -d ' ')
# Every shared library the binary needs comes from a package that Depends names, itself or
# through a virtual package it provides (libspdlog1.10 provides libspdlog1.10-fmt9).
for lib in $(objdump -p "$build/chainrisk" | awk '$1 == "NEEDED" { print $2 }'); do
  path=$(ldconfig -p | awk -v l="$lib" '$1 == l { print $NF; exit }')
  [ -n "$path" ] || { fail "$lib: not found by ldconfig"; continue; }
  real=$(readlink -f "$path")
  owner=$(dpkg -S "$real" 2>/dev/null || dpkg -S "/usr$real" 2>/dev/null || dpkg -S "${real#/usr}" 2>/dev/null)
  owner=${owner%%:*}
  [ -n "$owner" ] || { fail "$lib ($real): no installed package owns it"; continue; }
  names="$owner $(dpkg-query -W -f='${Provides}' "$owner" | sed 's/([^)]*)//g; s/,/ /g')"
  found=
  for n in $names; do
    grep -qxF -- "$n" <<<"$depends_names" && found=$n
  done
  [ -n "$found" ] || fail "$lib comes from $owner, which Depends does not name"
done

# Contents.
dpkg-deb --contents "$deb" >"$work/contents"
for f in usr/bin/chainrisk usr/share/man/man1/chainrisk.1.gz \
         usr/share/bash-completion/completions/chainrisk usr/share/zsh/vendor-completions/_chainrisk \
         usr/share/doc/chainrisk/copyright usr/share/doc/chainrisk/LICENSE usr/share/doc/chainrisk/README.md \
         usr/share/doc/chainrisk/user-guide.md usr/share/doc/chainrisk/ci.md usr/share/doc/chainrisk/data.md \
         usr/share/doc/chainrisk/data/manifest.json usr/share/doc/chainrisk/examples/copper-cable.csv; do
  grep -q " \./$f\$" "$work/contents" || fail "not in the package: /$f"
done
grep -q "^-rwxr-xr-x root/root .* \./usr/bin/chainrisk\$" "$work/contents" || fail "/usr/bin/chainrisk is not root-owned 0755"
grep -q "man1/chainrisk.1.gz" "$work/contents" ||
  echo "(help2man builds the man page: apt-get install help2man, then configure again)"

# Unpack and run from the scratch root.
root=$work/root
dpkg -x "$deb" "$root" || { fail "dpkg -x"; exit 1; }
bin=$root/usr/bin/chainrisk
first=$("$bin" --version | head -n1)
[ "$first" = "chainrisk $version" ] || fail "--version prints '$first'"
"$bin" scan "$root/usr/share/doc/chainrisk/examples/copper-cable.csv" --format json >"$work/report.json" 2>"$work/stderr"
code=$?
[ "$code" = 0 ] || fail "scan exits $code"
grep -q '"schema": "chainrisk.report/v1"' "$work/report.json" || fail "scan --format json: no chainrisk.report/v1 report"
grep -q '"level": "critical"' "$work/report.json" || fail "scan --format json: the copper cable BOM has no critical line"
"$bin" scan "$root/usr/share/doc/chainrisk/examples/copper-cable.csv" --fail-on high >/dev/null 2>&1
code=$?
[ "$code" = 1 ] || fail "scan --fail-on high exits $code, expected 1"
"$bin" scan "$work/missing.csv" >/dev/null 2>&1
code=$?
[ "$code" = 2 ] || fail "scan of a missing file exits $code, expected 2"

# The man page has the hand-written sections and one subsection per command.
if [ -f "$root/usr/share/man/man1/chainrisk.1.gz" ]; then
  man=$(gzip -dc "$root/usr/share/man/man1/chainrisk.1.gz")
  for section in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS '"EXIT STATUS"' FILES EXAMPLES '"SEE ALSO"'; do
    grep -qx "\.SH $section" <<<"$man" || fail "man page: no section $section"
  done
  for cmd in scan validate explain commodity country entity "data info" "data import"; do
    grep -qx "\.SS \"chainrisk $cmd\"" <<<"$man" || fail "man page: no subsection for $cmd"
  done
fi
# The completion scripts in the package are the ones in the tree.
cmp -s "$root/usr/share/bash-completion/completions/chainrisk" "$src/src/cli/completions/chainrisk.bash" ||
  fail "packaged bash completion differs from src/cli/completions/chainrisk.bash"
[ $status = 0 ] && echo "ok: $(basename "$deb"), $(wc -l <"$work/contents") entries"
exit $status
