#!/usr/bin/env bash
# Benchmarks: snipe against its peers, measured side by side in one run on the same files.
# Usage: bench/run.sh [CORPUS_DIR]   (default: Python 3.11's standard library, without site-packages)
# snipe prints its concise format (one line per finding, as the peers do).
# Prints wall-clock seconds (median of RUNS runs for snipe, one run for the slow peers unless
# RUNS_PEER is set) and the ratio. Never part of the test suite: timings are not assertions.
set -euo pipefail
cd "$(dirname "$0")/.."
SNIPE=${SNIPE:-build/snipe}
RUNS=${RUNS:-5}
RUNS_PEER=${RUNS_PEER:-1}

need=""
for p in pycodestyle flake8 pyflakes3 bc time; do
  dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
done
[ -z "$need" ] || apt-get install -y -qq $need >/dev/null

src=${1:-}
if [ -z "$src" ]; then
  lib=/root/.pyenv/versions/3.11.7/lib/python3.11
  [ -d "$lib" ] || lib=$(ls -d /usr/lib/python3.[0-9]* | sort -V | tail -1)
  src=$(mktemp -d)/py311
  mkdir -p "$src"
  (cd "$lib" && find . -name '*.py' -not -path '*/site-packages/*' -not -path '*/__pycache__/*' | tar -cf - -T -) | (cd "$src" && tar -xf -)
fi
files=$(find "$src" -name '*.py' | wc -l)
bytes=$(find "$src" -name '*.py' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
echo "corpus: $src ($files files, $bytes bytes), $(nproc) cores"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
timeit() { # runs command N times, prints median wall seconds
  local n=$1; shift
  for _ in $(seq "$n"); do
    local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    echo "$e - $s" | bc -l
  done | median
}

compare() { # name, snipe command..., --, peer command...
  local name=$1; shift
  local snipe_cmd=() peer_cmd=()
  while [ "$1" != "--" ]; do snipe_cmd+=("$1"); shift; done; shift
  peer_cmd=("$@")
  local ts tp; ts=$(timeit "$RUNS" "${snipe_cmd[@]}"); tp=$(timeit "$RUNS_PEER" "${peer_cmd[@]}")
  printf '%-40s snipe %8.3f s   %-12s %8.3f s   ratio %8.1fx\n' "$name" "$ts" "${peer_cmd[0]}" "$tp" "$(echo "$tp / $ts" | bc -l)"
}

compare "E501,W291,W293 vs pycodestyle" "$SNIPE" check --no-cache --exit-zero --select E501,W291,W293 --output-format concise "$src" -- \
  pycodestyle --select=E501,W291,W293 --max-line-length=88 "$src"

# Single-thread throughput and peak memory of snipe on the whole corpus.
if command -v /usr/bin/time >/dev/null 2>&1; then
  /usr/bin/time -f '%e s %M KB' -o /tmp/snipe-bench-time "$SNIPE" check --exit-zero --select E501,W291,W293 "$src" >/dev/null 2>&1 || true
  echo "snipe peak memory: $(cut -d' ' -f3,4 /tmp/snipe-bench-time)"
fi

# Pyflakes (all F rules) against Debian's pyflakes3, side by side; both print one line per finding.
compare "F (pyflakes rules) vs pyflakes3" "$SNIPE" check --no-cache --exit-zero --select F --output-format concise "$src" -- \
  pyflakes3 "$src"
# Single-thread throughput (pinned to one CPU) and peak memory of snipe --select F.
if command -v /usr/bin/time >/dev/null 2>&1 && command -v taskset >/dev/null 2>&1; then
  /usr/bin/time -f '%e %M' -o /tmp/snipe-bench-time-f taskset -c 0 "$SNIPE" check --no-cache --exit-zero --select F \
    --output-format concise "$src" >/dev/null 2>&1 || true
  read -r secs kb < /tmp/snipe-bench-time-f
  echo "snipe --select F on one CPU: $secs s, $(echo "$bytes / 1048576 / $secs" | bc -l | cut -c1-5) MB/s, peak memory $kb KB"
fi

# pycodestyle: every E and W rule (preview included) against pycodestyle's default selection,
# and E,W,F against flake8 (both on every core).
compare "E,W --preview vs pycodestyle" "$SNIPE" check --no-cache --exit-zero --select E,W --preview --output-format concise "$src" -- \
  pycodestyle "$src"
compare "E,W,F vs flake8" "$SNIPE" check --no-cache --exit-zero --select E,W,F --output-format concise "$src" -- \
  flake8 --select=E,W,F "$src"

# The parser alone: `snipe debug parse` against CPython 3.13's own parser (compile to an AST,
# one process) on the same files; files either side rejects count as parsed.
PY313=${PY313:-/root/.pyenv/versions/3.13.0/bin/python3}
if [ -x "$PY313" ]; then
  compare "parser vs CPython 3.13 ast" "$SNIPE" debug parse "$src" -- \
    "$PY313" -c 'import ast, pathlib, sys
for p in sorted(pathlib.Path(sys.argv[1]).rglob("*.py")):
    try: compile(p.read_bytes(), str(p), "exec", ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError): pass' "$src"
fi
