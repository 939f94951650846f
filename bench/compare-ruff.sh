#!/bin/sh
# compare-ruff.sh: compare snipe's diagnostics with Ruff 0.17's (the oracle in ../shared/oracle)
# on code, row, column, end row and end column.
#   bench/compare-ruff.sh --select E501,W291 [--line-length N] [--target-version pyXY] [--preview] [--pathless] DIR [DIR...]
# Prints, per DIR, the number of diagnostics of each side, how many agree, and the first
# differences (lines `-` only in Ruff, `+` only in snipe). Exit status 1 when any differ.
# --pathless: also compare like with like. The oracle lints every file as if it had no path (no
# `__init__.py` rules, no package), as Ruff's command line lints standard input given without
# --stdin-filename; so snipe is also run once per file on its standard input (`snipe check -`),
# and a second line gives that agreement. Its differences are the ones listed.
# snipe's side comes from `snipe check --output-format json-lines` when that prints JSON, else
# from bench/lint-dump.c (built here against build/obj; run `make` first).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
oracle=${RUFF_ORACLE:-$top/../../shared/oracle/ruff-oracle.mjs}
[ -f "$oracle" ] || oracle=/work/shared/oracle/ruff-oracle.mjs
# The oracle's own default target is py311 (Ruff's is py310): both sides get the same one.
select="" ; extra="" ; dirs="" ; pathless="" ; target=py311
while [ $# -gt 0 ]; do
  case "$1" in
    --select) select=$2; shift 2 ;;
    --line-length) extra="$extra --line-length $2"; shift 2 ;;
    --preview) extra="$extra --preview"; shift ;;
    --target-version) target=$2; shift 2 ;;
    --pathless) pathless=1; shift ;;
    *) dirs="$dirs $1"; shift ;;
  esac
done
extra="$extra --target-version $target"
[ -n "$select" ] && [ -n "$dirs" ] || { echo "usage: $0 --select CODES [--line-length N] [--target-version pyXY] [--preview] [--pathless] DIR..." >&2; exit 2; }
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
# Each file on snipe's standard input without a name, as the oracle sees it; `file` put back.
snipe_pathless() {  # DIR
  ( cd "$1" && find . -name '*.py' -o -name '*.pyi' | LC_ALL=C sort | python3 -c '
import json, subprocess, sys
cmd = sys.argv[1:]
for name in sys.stdin:
    name = name.strip()
    with open(name, "rb") as f:
        out = subprocess.run(cmd, stdin=f, capture_output=True).stdout
    for line in out.decode("utf-8", "replace").splitlines():
        if line.startswith("{"):
            d = json.loads(line); d["filename"] = name; print(json.dumps(d))
' "$top/build/snipe" check --isolated --select "$select" $extra --output-format json-lines --exit-zero - ) | norm "$1"
}
# The agreement of the oracle's list ($tmp/ruff) and one of snipe's (FILE): prints the counts.
agreement() {  # LABEL FILE
  # Files the oracle skipped (not UTF-8; snipe lints them or reports E902) are left out.
  sed -n 's/^SKIP \(.*\): not valid UTF-8.*/\1	/p' "$tmp/oracle.err" > "$tmp/skipped"
  echo "	E902	" >> "$tmp/skipped"; echo "	invalid-syntax	" >> "$tmp/skipped"
  awk -F'\t' 'NR == FNR { if ($1 != "") skip[$1] = 1; next } !($1 in skip) && $2 != "E902" && $2 != "invalid-syntax" && $2 != "None"' "$tmp/skipped" "$2" > "$2.f"
  nr=$(wc -l < "$tmp/ruff"); ns=$(wc -l < "$2.f")
  same=$(LC_ALL=C comm -12 "$tmp/ruff" "$2.f" | wc -l)
  pct=$(python3 -c "import sys; r,s,a=map(int,sys.argv[1:]); t=r+s-a; print('%.3f%%' % (100.0*a/t if t else 100))" "$nr" "$ns" "$same")
  echo "$1: ruff $nr, snipe $ns, agree $same, agreement $pct"
}
status=0
for dir in $dirs; do
  dir=${dir%/}
  # ORACLE_CACHE=DIR keeps the oracle's answers (it takes a minute a corpus) for the next run.
  key=$(printf '%s' "$select $extra $(cd "$dir" && pwd)" | md5sum | cut -c1-16)
  if [ -n "${ORACLE_CACHE:-}" ] && [ -s "$ORACLE_CACHE/$key.ruff" ]; then
    cp "$ORACLE_CACHE/$key.ruff" "$tmp/ruff"; cp "$ORACLE_CACHE/$key.err" "$tmp/oracle.err"
  else
    node "$oracle" --select "$select" $extra --no-syntax-errors "$dir" 2>"$tmp/oracle.err" > "$tmp/ruff.json" ||
      { cat "$tmp/oracle.err" >&2; echo "$0: the oracle failed (run its setup.sh, or set RUFF_ORACLE)" >&2; exit 2; }
    norm < "$tmp/ruff.json" > "$tmp/ruff"
    if [ -n "${ORACLE_CACHE:-}" ]; then
      mkdir -p "$ORACLE_CACHE"; cp "$tmp/ruff" "$ORACLE_CACHE/$key.ruff"; cp "$tmp/oracle.err" "$ORACLE_CACHE/$key.err"
    fi
  fi
  snipe_side "$dir" > "$tmp/snipe"
  echo "($(tail -1 "$tmp/oracle.err"))"
  agreement "$dir (raw)" "$tmp/snipe"
  if [ -n "$pathless" ]; then
    snipe_pathless "$dir" > "$tmp/snipe.pl"
    agreement "$dir (path-less, like the oracle)" "$tmp/snipe.pl"
    mv "$tmp/snipe.pl.f" "$tmp/snipe.f"
  fi
  nr=$(wc -l < "$tmp/ruff"); ns=$(wc -l < "$tmp/snipe.f")
  same=$(LC_ALL=C comm -12 "$tmp/ruff" "$tmp/snipe.f" | wc -l)
  if [ "$nr" != "$same" ] || [ "$ns" != "$same" ]; then
    status=1
    LC_ALL=C comm -23 "$tmp/ruff" "$tmp/snipe.f" | head -${DIFFS:-20} | sed 's/^/- /'
    LC_ALL=C comm -13 "$tmp/ruff" "$tmp/snipe.f" | head -${DIFFS:-20} | sed 's/^/+ /'
  fi
done
exit $status
