#!/usr/bin/env python3
"""Differential test of snipe's parser against CPython 3.13 on token-level mutants of a corpus.

usage: PYTHON3.13 bench/syntax_mutants.py [--snipe build/snipe] [--seed 1] [--n 1000] [--lines]
                                             [--dir /tmp/snipe-mutants] ROOT

Each mutant is one corpus file with one token deleted, duplicated, replaced or preceded by another
token (with --lines: one line deleted, duplicated, indented, dedented, tabbed or joined to the next). For every mutant it compares accept/reject with ast.parse, the dump when both accept, and the
line of the first error when both reject. Must run under Python 3.13 (the reference grammar).
"""
import argparse, ast, io, os, random, subprocess, sys, tokenize, warnings

EXTRA = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '*', '**', 'if', 'else', 'lambda', 'not', 'in', 'is', '@',
         'yield', 'async', 'await', '->', ':=', ';', 'match', 'case', '_', '|', '.', '...', 'for', 'from', 'import',
         'as', 'del', 'global', 'return', '-', '~', 'f"{x}"', "b''", '1j', '0x1', 'None', 'type', 'with', 'except',
         '*x', 'x']


def snipe_lines(snipe, names):
    out = {}
    for i in range(0, len(names), 200):
        r = subprocess.run([snipe, 'debug', 'ast'] + names[i:i + 200], capture_output=True)
        cur = None
        for line in r.stdout.split(b'\n'):
            if line.startswith(b'== '):
                cur = line[3:].decode()
            elif cur and cur not in out:
                out[cur] = line.decode('utf-8', 'replace')
    return out


def record(a, expect, m):
    """Write mutant m and remember what CPython makes of it."""
    name = os.path.join(a.dir, 'm%05d.py' % len(expect))
    open(name, 'w').write(m)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            expect[name] = ast.dump(ast.parse(m), include_attributes=True, show_empty=True)
        except SyntaxError as ex:
            expect[name] = ('error', ex.lineno)
        except ValueError:
            expect[name] = ('error', None)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--snipe', default='build/snipe')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--n', type=int, default=1000)
    ap.add_argument('--dir', default='/tmp/snipe-mutants')
    ap.add_argument('--lines', action='store_true', help='line-level mutations')
    ap.add_argument('root')
    a = ap.parse_args()
    random.seed(a.seed)
    files = sorted(os.path.join(dp, f) for dp, dn, fn in os.walk(a.root) for f in fn if f.endswith('.py'))
    os.makedirs(a.dir, exist_ok=True)
    expect = {}
    while len(expect) < a.n:
        f = random.choice(files)
        try:
            src = open(f, 'rb').read().decode('utf-8')
            toks = [] if a.lines else list(tokenize.generate_tokens(io.StringIO(src).readline))
        except Exception:
            continue
        if a.lines:
            lines = src.splitlines(keepends=True)
            if len(lines) < 3:
                continue
            i = random.randrange(len(lines) - 1)
            op = random.choice(['del', 'dup', 'indent', 'dedent', 'tab', 'join'])
            if op == 'del':
                del lines[i]
            elif op == 'dup':
                lines.insert(i, lines[i])
            elif op == 'indent':
                lines[i] = '    ' + lines[i]
            elif op == 'dedent':
                lines[i] = lines[i][4:] if lines[i].startswith('    ') else lines[i].lstrip(' ')
            elif op == 'tab':
                lines[i] = lines[i].replace('    ', '\t', 1)
            else:
                lines[i] = lines[i].rstrip('\r\n') + ' '
            record(a, expect, ''.join(lines))
            continue
        offs = [0]
        for l in src.splitlines(keepends=True):
            offs.append(offs[-1] + len(l))
        cand = [t for t in toks if t.type in (tokenize.NAME, tokenize.OP, tokenize.NUMBER, tokenize.STRING)]
        if not cand:
            continue
        t = random.choice(cand)
        s, e = offs[t.start[0] - 1] + t.start[1], offs[t.end[0] - 1] + t.end[1]
        op = random.choice(['del', 'dup', 'ins', 'repl'])
        m = {'del': src[:s] + src[e:], 'dup': src[:e] + ' ' + src[s:e] + src[e:],
             'ins': src[:s] + random.choice(EXTRA) + ' ' + src[s:],
             'repl': src[:s] + random.choice(EXTRA) + src[e:]}[op]
        record(a, expect, m)
    mine = snipe_lines(a.snipe, sorted(expect))
    agree = fa = fr = dd = both = line = 0
    bad = []
    for n, o in sorted(expect.items()):
        m = mine.get(n, '')
        mrej = m.startswith('SyntaxError')
        if isinstance(o, tuple):
            if mrej:
                agree += 1
                both += 1
                try:
                    line += int(m.rsplit(' at ', 1)[1].split(':')[0]) == o[1]
                except (IndexError, ValueError):
                    pass
            else:
                fa += 1
                bad.append(n)
        elif mrej:
            fr += 1
            bad.append(n)
        elif o == m:
            agree += 1
        else:
            dd += 1
            bad.append(n)
    print('%d mutants: %d agree, %d accepted only by snipe, %d rejected only by snipe, %d dumps differ; '
          'first error on the same line in %d of %d rejected by both' % (len(expect), agree, fa, fr, dd, line, both))
    for n in bad[:20]:
        print('  ', n)


if __name__ == '__main__':
    main()
