#!/bin/sh
# compare-ruff.sh: compare snipe's diagnostics with Ruff 0.17's (the oracle in ../shared/oracle)
# on code, row, column, end row and end column.
#   bench/compare-ruff.sh --select E501,W291 [--line-length N] [--preview] DIR [DIR...]
# Prints, per DIR, the number of diagnostics of each side, how many agree, and the first
# differences (lines `-` only in Ruff, `+` only in snipe). Exit status 1 when any differ.
# snipe's side comes from `snipe check --output-format json-lines` when that prints JSON, else
# from bench/lint-dump.c (built here against build/obj; run `make` first).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
oracle=${RUFF_ORACLE:-$top/../../shared/oracle/ruff-oracle.mjs}
[ -f "$oracle" ] || oracle=/work/shared/oracle/ruff-oracle.mjs
select="" ; extra="" ; dirs=""
while [ $# -gt 0 ]; do
  case "$1" in
    --select) select=$2; shift 2 ;;
    --line-length) extra="$extra --line-length $2"; shift 2 ;;
    --preview) extra="$extra --preview"; shift ;;
    *) dirs="$dirs $1"; shift ;;
  esac
done
[ -n "$select" ] && [ -n "$dirs" ] || { echo "usage: $0 --select CODES [--line-length N] [--preview] DIR..." >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# Normalise a JSON-lines stream to "file<TAB>code<TAB>row<TAB>col<TAB>end_row<TAB>end_col".
norm() { python3 -c '
import json, os, sys
root = os.path.abspath(sys.argv[1]) + "/" if len(sys.argv) > 1 else None
for line in sys.stdin:
    line = line.strip()
    if not line.startswith("{"): continue
    d = json.loads(line)
    f = d.get("file") or d.get("filename")
    if root and os.path.isabs(f) and f.startswith(root): f = f[len(root):]
    if f.startswith("./"): f = f[2:]
    loc = d.get("location"); end = d.get("end_location")
    r, c = (loc["row"], loc["column"]) if loc else (d["row"], d["col"])
    er, ec = (end["row"], end["column"]) if end else (d["end_row"], d["end_col"])
    print("\t".join(map(str, (f, d["code"], r, c, er, ec))))
' "$@" | LC_ALL=C sort; }
snipe_side() {  # DIR
  dir=$1
  if printf 'x = 1 \n' | "$top/build/snipe" check --isolated --select W291 --output-format json-lines --exit-zero - 2>/dev/null | head -c 1 | grep -q '{'; then
    # Files named one by one: Ruff's default excludes (`venv`, `build` ...) do not apply to them,
    # as they do not to the oracle.
    ( cd "$dir" && find . -name '*.py' -o -name '*.pyi' | LC_ALL=C sort |
      xargs "$top/build/snipe" check --isolated --select "$select" $extra --output-format json-lines --exit-zero 2>/dev/null ) | norm "$dir"
  else
    if [ ! -x "$tmp/lint-dump" ]; then
      objs=$(find "$top/build/obj/src" -name '*.o' ! -path '*/cli/main.o' | sort)
      libs=$(sed -n 's/^LDLIBS *= *//p' "$top/Makefile")
      cc -O2 -std=c17 -D_GNU_SOURCE -I"$top/src" -o "$tmp/lint-dump" "$here/lint-dump.c" $objs $libs
    fi
    find "$dir" -name '*.py' -o -name '*.pyi' | LC_ALL=C sort | "$tmp/lint-dump" --root "$dir" --select "$select" $extra | norm
  fi
}
status=0
for dir in $dirs; do
  dir=${dir%/}
  node "$oracle" --select "$select" $extra --no-syntax-errors "$dir" 2>"$tmp/oracle.err" | norm > "$tmp/ruff"
  snipe_side "$dir" > "$tmp/snipe"
  # Files Ruff skipped (not UTF-8) are left out of snipe's side too (snipe reports E902 there).
  grep -v -e "	E902	" -e "	invalid-syntax	" "$tmp/snipe" > "$tmp/snipe.f" || true
  nr=$(wc -l < "$tmp/ruff"); ns=$(wc -l < "$tmp/snipe.f")
  same=$(LC_ALL=C comm -12 "$tmp/ruff" "$tmp/snipe.f" | wc -l)
  echo "$dir: ruff $nr, snipe $ns, agree $same ($(tail -1 "$tmp/oracle.err"))"
  if [ "$nr" != "$same" ] || [ "$ns" != "$same" ]; then
    status=1
    LC_ALL=C comm -23 "$tmp/ruff" "$tmp/snipe.f" | head -${DIFFS:-20} | sed 's/^/- /'
    LC_ALL=C comm -13 "$tmp/ruff" "$tmp/snipe.f" | head -${DIFFS:-20} | sed 's/^/+ /'
  fi
done
exit $status
