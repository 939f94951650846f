#!/bin/sh
# compare.sh: `snipe check --fix` against Ruff's fixes (the oracle's --apply-fixes) on perturbed
# copies of the standard libraries, then check that a second --fix changes nothing.
#   bench/fix/compare.sh [SNIPE] [WORKDIR]      (needs /tmp/corpus/py311 and py313, and the oracle)
# SEL (default W291,W292,W293) picks the rules, PREVIEW=1 adds --preview to both sides, and
# PERTURB=0 fixes the libraries as they are instead of perturbed copies.
set -eu
SNIPE=$(realpath "${1:-build/snipe}")
WORK=${2:-/tmp/snipe-fixcmp}
HERE=$(cd "$(dirname "$0")" && pwd)
ORACLE=${ORACLE:-/work/shared/oracle/ruff-oracle.mjs}
SEL=${SEL:-W291,W292,W293}
PREVIEW=${PREVIEW:-0}
PERTURB=${PERTURB:-1}
PFLAG=
[ "$PREVIEW" = 1 ] && PFLAG=--preview
mkdir -p "$WORK"
for v in py311 py313; do
    rm -rf "$WORK/$v.pert" "$WORK/$v.snipe" "$WORK/$v.ruff"
    cp -r "/tmp/corpus/$v" "$WORK/$v.pert"
    [ "$PERTURB" = 1 ] && python3 "$HERE/perturb.py" 1 "$WORK/$v.pert" >/dev/null
    cp -r "$WORK/$v.pert" "$WORK/$v.snipe"
    node "$ORACLE" --select $SEL $PFLAG --apply-fixes "$WORK/$v.ruff" "$WORK/$v.pert" >"$WORK/$v.ruff.log" 2>&1
    start=$(date +%s.%N)
    "$SNIPE" check --select $SEL $PFLAG --exclude none-excluded --fix --unsafe-fixes --no-cache "$WORK/$v.snipe" >"$WORK/$v.snipe.log" 2>&1 || true
    end=$(date +%s.%N)
    total=0; same=0; differ=0
    for f in $(cd "$WORK/$v.pert" && find . -name '*.py' | sort); do
        total=$((total + 1))
        if cmp -s "$WORK/$v.snipe/$f" "$WORK/$v.ruff/$f"; then same=$((same + 1)); else differ=$((differ + 1)); echo "DIFFER $v $f"; fi
    done
    changed=$(cd "$WORK/$v.pert" && for f in $(find . -name '*.py'); do cmp -s "$f" "$WORK/$v.snipe/$f" || echo "$f"; done | wc -l)
    (cd "$WORK/$v.snipe" && find . -name '*.py' -exec sha1sum {} + | sort) >"$WORK/$v.before"
    "$SNIPE" check --select $SEL $PFLAG --exclude none-excluded --fix --unsafe-fixes --no-cache "$WORK/$v.snipe" >"$WORK/$v.snipe2.log" 2>&1 && rc2=0 || rc2=$?
    (cd "$WORK/$v.snipe" && find . -name '*.py' -exec sha1sum {} + | sort) >"$WORK/$v.after"
    if cmp -s "$WORK/$v.before" "$WORK/$v.after"; then second="unchanged"; else second="CHANGED"; fi
    leftovers=$(find "$WORK/$v.snipe" -name '*.snipe-tmp' | wc -l)
    printf '%s: %d files, %d fixed by snipe, %d byte-identical to Ruff, %d differ; summary: %s; fix time %.2fs; second --fix: %s (exit %d, %s); temp files left: %d\n' \
        "$v" "$total" "$changed" "$same" "$differ" "$(tail -n 1 "$WORK/$v.snipe.log")" "$(echo "$end - $start" | bc)" \
        "$second" "$rc2" "$(tail -n 1 "$WORK/$v.snipe2.log")" "$leftovers"
done
