#!/usr/bin/env python3
"""perturb.py: add W291/W292/W293 violations to a copy of a Python tree, deterministically.

usage: perturb.py SEED DIR

The standard library has no trailing whitespace, so the fix comparison with Ruff needs some.
Per file (UTF-8 files only; others are left alone): about 5% of lines get trailing whitespace
(spaces, tabs, form feeds), about 1% get a whitespace-only line after them, 10% of files lose
their final newline, 5% are converted to CRLF. Lines ending in a backslash are never touched and
never followed by an inserted line (that would be a syntax error, which Ruff refuses to fix).
"""
import os
import random
import sys

WS = [" ", "  ", "\t", " \t ", "    ", "\x0c", "   \t"]


def perturb(text, rng):
    lines = text.splitlines(keepends=True)
    out = []
    for line in lines:
        body = line.rstrip("\r\n")
        end = line[len(body):]
        if body.endswith("\\"):
            out.append(line)
            continue
        if rng.random() < 0.05:
            body += rng.choice(WS)
        out.append(body + end)
        if end and rng.random() < 0.01:
            out.append(rng.choice(WS[:5]) + end)
    text = "".join(out)
    if rng.random() < 0.05:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if rng.random() < 0.10:
        text = text.rstrip("\r\n")
    return text


def main():
    seed, root = int(sys.argv[1]), sys.argv[2]
    changed = 0
    for dirpath, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(dirpath, name)
            raw = open(path, "rb").read()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                continue
            rng = random.Random(f"{seed}:{os.path.relpath(path, root)}")
            new = perturb(text, rng)
            if new != text:
                with open(path, "wb") as f:
                    f.write(new.encode("utf-8"))
                changed += 1
    print(f"perturbed {changed} files")


main()
