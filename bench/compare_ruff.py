#!/usr/bin/env python3
"""compare_ruff.py: compare snipe's diagnostics with the Ruff oracle's on one directory.

Usage: bench/compare_ruff.py RUFF_JSONL SNIPE_JSONL ROOT [--show N] [--code PREFIX] [--skip-init] [--noqa-filter]
  --skip-init    leave __init__.py files out (the oracle cannot reproduce Ruff's __init__.py rules)
  --noqa-filter  drop snipe's diagnostics on lines with a matching `# noqa` (for builds without noqa)
  RUFF_JSONL:  node ../shared/oracle/ruff-oracle.mjs --select F ROOT > ruff.jsonl
  SNIPE_JSONL: build/snipe check --no-cache --select F --output-format json-lines ROOT > snipe.jsonl
Compares (file, code, row, col, end_row, end_col); prints the agreement, the counts per code and
the first differences. Syntax errors and files the oracle skipped are left out of both sides."""
import json, os, re, sys

NOQA_FILTER = "--noqa-filter" in sys.argv
SKIP_INIT = "--skip-init" in sys.argv
from collections import Counter

def load_ruff(path):
    out = Counter()
    for line in open(path):
        d = json.loads(line)
        if d["code"] == "invalid-syntax":
            continue
        out[(d["file"], d["code"], d["row"], d["col"], d["end_row"], d["end_col"])] += 1
    return out

NOQA = re.compile(r"#\s*noqa(?::\s*([A-Z0-9, ]+))?", re.I)
FILE_NOQA = re.compile(r"#\s*(?:flake8|ruff)\s*:\s*noqa\s*$", re.I | re.M)
_lines = {}

def suppressed(root, f, code, row, end_row):
    """Until snipe has `# noqa`: a bare or matching noqa comment on the first or last line, or a
    file-level `# flake8: noqa` / `# ruff: noqa`."""
    if f not in _lines:
        try:
            text = open(os.path.join(root, f), encoding="utf-8", errors="replace").read()
        except OSError:
            text = ""
        _lines[f] = (text.splitlines(), bool(FILE_NOQA.search(text)))
    lines, file_noqa = _lines[f]
    if file_noqa:
        return True
    for r in {row, end_row}:
        if 0 < r <= len(lines):
            m = NOQA.search(lines[r - 1])
            if m and (not m.group(1) or code in [c.strip() for c in m.group(1).split(",")]):
                return True
    return False

def load_snipe(path, root):
    out = Counter()
    root = os.path.abspath(root)
    for line in open(path):
        if not line.strip():
            continue
        d = json.loads(line)
        if d.get("code") in (None, "invalid-syntax", "E902"):
            continue
        f = os.path.relpath(os.path.abspath(d["filename"]), root)
        if NOQA_FILTER and suppressed(root, f, d["code"], d["location"]["row"], d["end_location"]["row"]):
            continue
        out[(f, d["code"], d["location"]["row"], d["location"]["column"], d["end_location"]["row"], d["end_location"]["column"])] += 1
    return out

def main():
    args = sys.argv[1:]
    args = [a for a in args if a not in ("--noqa-filter", "--skip-init")]
    show, prefix = 40, ""
    if "--show" in args:
        i = args.index("--show"); show = int(args[i + 1]); del args[i:i + 2]
    if "--code" in args:
        i = args.index("--code"); prefix = args[i + 1]; del args[i:i + 2]
    ruff, snipe = load_ruff(args[0]), load_snipe(args[1], args[2])
    # files with syntax errors in snipe's view: AST rules do not run there
    bad = set()
    for line in open(args[1]):
        d = json.loads(line) if line.strip() else {}
        if d.get("code") in (None, "invalid-syntax", "E902") and d.get("filename"):
            bad.add(os.path.relpath(os.path.abspath(d["filename"]), os.path.abspath(args[2])))
    nbad = len(bad)
    if SKIP_INIT:  # the oracle lints every file as if it had no path: __init__.py rules differ
        bad |= {k[0] for k in list(ruff) + list(snipe) if os.path.basename(k[0]) in ("__init__.py", "__init__.pyi")}
    code_re = re.compile("^" + re.escape(prefix) + ("[0-9]" if prefix and not prefix[-1].isdigit() else ""))
    ruff = Counter({k: v for k, v in ruff.items() if k[0] not in bad and code_re.match(k[1])})
    snipe = Counter({k: v for k, v in snipe.items() if k[0] not in bad and code_re.match(k[1])})
    both = ruff & snipe
    only_r, only_s = ruff - snipe, snipe - ruff
    total = sum((ruff | snipe).values())
    agree = sum(both.values())
    print(f"ruff {sum(ruff.values())}  snipe {sum(snipe.values())}  agree {agree}  "
          f"only-ruff {sum(only_r.values())}  only-snipe {sum(only_s.values())}  "
          f"agreement {100.0 * agree / total if total else 100:.3f}%  (files left out: {nbad} with syntax errors, {len(bad) - nbad} __init__.py)")
    per = Counter()
    for k, v in only_r.items(): per[(k[1], "only-ruff")] += v
    for k, v in only_s.items(): per[(k[1], "only-snipe")] += v
    for (code, side), v in sorted(per.items()):
        print(f"  {code} {side}: {v}")
    diffs = sorted([("R",) + k for k in only_r] + [("S",) + k for k in only_s], key=lambda t: (t[1], t[3], t[4]))
    try:
        for d in diffs[:show]:
            print("  ", *d)
    except BrokenPipeError:
        pass

main()
