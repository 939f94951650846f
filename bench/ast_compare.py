#!/usr/bin/env python3
"""Compare `snipe debug ast` with CPython 3.13's ast.dump(..., include_attributes=True, show_empty=True).

usage: bench/ast_compare.py [--snipe build/snipe] [--cache /tmp/astcache] [--out DIR] ROOT...

For every .py file under the roots, the oracle's output is cached under CACHE/<abs path>.dump
(computed with PYTHON3_13 when missing), snipe is run on batches of files, and the two are compared
line by line. Prints: files, identical, different, both-rejected, and the first differences; writes
the list of differing files to OUT/ast-diff.txt.
"""
import argparse
import os
import subprocess
import sys

PY = os.environ.get("PYTHON3_13", "/root/.pyenv/versions/3.13.0/bin/python3")
ORACLE = "/work/shared/oracle/ast-dump.py"


def oracle_dump(cache, path):
    dst = os.path.join(cache, path.lstrip("/")) + ".dump"
    if not os.path.exists(dst):
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        r = subprocess.run([PY, ORACLE, "--show-empty", path], capture_output=True)
        with open(dst, "wb") as fh:
            fh.write(r.stdout)
    with open(dst, "rb") as fh:
        return fh.read().rstrip(b"\n")


def snipe_dumps(snipe, paths):
    out = {}
    for i in range(0, len(paths), 200):
        batch = paths[i:i + 200]
        r = subprocess.run([snipe, "debug", "ast"] + batch, capture_output=True)
        cur = None
        for line in r.stdout.split(b"\n"):
            if line.startswith(b"== "):
                cur = line[3:].decode("utf-8", "surrogateescape")
            elif cur is not None and cur not in out:
                out[cur] = line
        if len(batch) == 1:
            out[batch[0]] = r.stdout.rstrip(b"\n")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--snipe", default="build/snipe")
    ap.add_argument("--cache", default="/tmp/astcache")
    ap.add_argument("--out", default="/tmp")
    ap.add_argument("roots", nargs="+")
    a = ap.parse_args()
    paths = []
    for root in a.roots:
        for dp, dn, fn in os.walk(root):
            dn.sort()
            paths += [os.path.join(dp, f) for f in sorted(fn) if f.endswith(".py")]
    mine = snipe_dumps(a.snipe, paths)
    same = diff = both_err = 0
    diffs = []
    for p in paths:
        o = oracle_dump(a.cache, p)
        m = mine.get(p, b"<missing>")
        o_err = o.startswith(b"SyntaxError")
        m_err = m.startswith(b"SyntaxError")
        if o_err and m_err:
            both_err += 1
        elif o == m:
            same += 1
        else:
            diff += 1
            diffs.append((p, o, m))
    print("%d files: %d identical, %d rejected by both, %d different" % (len(paths), same, both_err, diff))
    with open(os.path.join(a.out, "ast-diff.txt"), "w") as fh:
        for p, o, m in diffs:
            k = 0
            while k < min(len(o), len(m)) and o[k] == m[k]:
                k += 1
            fh.write("%s\n  oracle: %r\n  snipe:  %r\n" % (p, o[max(0, k - 150):k + 100], m[max(0, k - 150):k + 100]))
    for p, o, m in diffs[:5]:
        k = 0
        while k < min(len(o), len(m)) and o[k] == m[k]:
            k += 1
        print(p)
        print("  oracle:", o[max(0, k - 150):k + 80])
        print("  snipe: ", m[max(0, k - 150):k + 80])


if __name__ == "__main__":
    main()
