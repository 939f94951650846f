"""cpython_oracle.py: CPython's verdict on Python files for the syntax tests (tests/unit/test_syntax_cpython.c).

Run with Python 3.13 (the reference grammar). Modes:
  dump LIST OUT        for each path in LIST (one a line), write one line to OUT, in order:
                       `OK <crc32> <bytes>` of ast.dump(tree, include_attributes=True, show_empty=True)
                       encoded as UTF-8, or `ERR <line>` when CPython rejects the file.
  full PATH            print that dump (or `SyntaxError: msg at line:col`) for one file.
  mutants SEED N DIR LIST
                       write N token-level mutants of the files in LIST to DIR/mNNNN.py (each one
                       token deleted, duplicated, replaced or preceded by another; fixed seed) and
                       their verdicts, in the `dump` format, to DIR/verdicts.txt.
"""
import ast
import io
import os
import random
import sys
import tokenize
import warnings
import zlib


def verdict(src):
    """(True, dump) or (False, 'SyntaxError: ...') for source bytes or text."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(src, type_comments=False)
    except SyntaxError as e:
        return False, "SyntaxError: %s at %s:%s" % (e.msg, e.lineno, e.offset)
    except ValueError as e:  # e.g. null bytes
        return False, "SyntaxError: %s at None:None" % e
    return True, ast.dump(tree, include_attributes=True, indent=None, show_empty=True)


def line_for(ok, text):
    if not ok:
        return "ERR %s" % text.rsplit(" at ", 1)[-1].split(":")[0]
    data = text.encode("utf-8", "surrogatepass")
    return "OK %08x %d" % (zlib.crc32(data), len(data))


def mode_dump(listfile, outfile):
    with open(listfile, encoding="utf-8", errors="surrogateescape") as fh:
        paths = [line.rstrip("\n") for line in fh if line.strip()]
    with open(outfile, "w") as out:
        for p in paths:
            with open(p, "rb") as fh:
                src = fh.read()
            out.write(line_for(*verdict(src)) + "\n")


EXTRA = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '*', '**', 'if', 'else', 'lambda', 'not', 'in', 'is',
         '@', 'yield', 'async', 'await', '->', ':=', ';', 'match', 'case', '_', '|', '.', '...', 'for', 'from',
         'import', 'as', 'del', 'global', 'return', '-', '~', 'f"{x}"', "b''", '1j', '0x1', 'None', 'type',
         'with', 'except', '*x', 'x']
KINDS = (tokenize.NAME, tokenize.OP, tokenize.NUMBER, tokenize.STRING)


def mutate(rng, src):
    """One token-level mutant of src, or None when src has no usable token."""
    try:
        toks = [t for t in tokenize.generate_tokens(io.StringIO(src).readline) if t.type in KINDS]
    except (tokenize.TokenError, SyntaxError):
        return None
    if not toks:
        return None
    offs = [0]
    for line in src.splitlines(keepends=True):
        offs.append(offs[-1] + len(line))
    t = toks[rng.randrange(len(toks))]
    s, e = offs[t.start[0] - 1] + t.start[1], offs[t.end[0] - 1] + t.end[1]
    op = rng.choice(["del", "dup", "ins", "repl"])
    if op == "del":
        return src[:s] + src[e:]
    if op == "dup":
        return src[:e] + " " + src[s:e] + src[e:]
    if op == "ins":
        return src[:s] + rng.choice(EXTRA) + " " + src[s:]
    return src[:s] + rng.choice(EXTRA) + src[e:]


def mode_mutants(seed, n, outdir, listfile):
    with open(listfile, encoding="utf-8") as fh:
        paths = [line.rstrip("\n") for line in fh if line.strip()]
    rng = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    lines = []
    tries = 0
    while len(lines) < n and tries < 50 * n:
        tries += 1
        p = paths[rng.randrange(len(paths))]
        try:
            with open(p, encoding="utf-8") as fh:
                src = fh.read()
        except (OSError, UnicodeDecodeError):
            continue
        m = mutate(rng, src)
        if m is None:
            continue
        with open(os.path.join(outdir, "m%04d.py" % len(lines)), "w", encoding="utf-8", newline="") as fh:
            fh.write(m)
        lines.append(line_for(*verdict(m.encode("utf-8"))))
    with open(os.path.join(outdir, "verdicts.txt"), "w") as out:
        out.write("".join(l + "\n" for l in lines))


def main(argv):
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10000))
    if len(argv) == 3 and argv[0] == "dump":
        mode_dump(argv[1], argv[2])
    elif len(argv) == 2 and argv[0] == "full":
        with open(argv[1], "rb") as fh:
            print(verdict(fh.read())[1])
    elif len(argv) == 5 and argv[0] == "mutants":
        mode_mutants(int(argv[1]), int(argv[2]), argv[3], argv[4])
    else:
        sys.exit(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
