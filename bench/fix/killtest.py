#!/usr/bin/env python3
"""killtest.py: SIGKILL fault test of `snipe check --fix`.

usage: killtest.py SNIPE SOURCE_TREE WORKDIR [RUNS] [SEED]

Copies SOURCE_TREE (Python files with trailing whitespace, e.g. a tree perturbed by
perturb.py) to WORKDIR, computes every file's fixed content once, then RUNS times: restores the
original tree, starts `snipe check --select W291,W292,W293 --fix` on it, kills it with SIGKILL
at a random moment within the duration of a full run, and checks that every file is
byte-identical either to its old or to its new content, and counts the temporary files
(`.*.snipe-tmp`) left. A kill between naming the temporary file and the rename (two system
calls) leaves one; a last uninterrupted run must remove them all. Prints the figures; exits 1 on
a torn file or a temporary file the last run did not remove.
"""
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time

SEL = ["--select", "W291,W292,W293"]


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha1(f.read()).hexdigest()


def tree(root):
    out = {}
    for d, _, files in os.walk(root):
        for n in files:
            p = os.path.join(d, n)
            out[os.path.relpath(p, root)] = p
    return out


def temps(root):
    return [p for p in tree(root) if ".snipe-" in os.path.basename(p) and p.endswith(".snipe-tmp")]


def main():
    snipe, src, work = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 200
    rng = random.Random(int(sys.argv[5]) if len(sys.argv) > 5 else 1)
    pristine = os.path.join(work, "pristine")
    fixed = os.path.join(work, "fixed")
    live = os.path.join(work, "live")
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(src, pristine)
    shutil.copytree(src, fixed)
    cmd = [snipe, "check", *SEL, "--fix", "--exit-zero", "--no-cache"]
    t0 = time.monotonic()
    subprocess.run(cmd + [fixed], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    full = time.monotonic() - t0
    old = {rel: digest(p) for rel, p in tree(pristine).items()}
    new = {rel: digest(p) for rel, p in tree(fixed).items()}
    changing = sum(old[r] != new[r] for r in old)
    shutil.copytree(pristine, live)
    torn = leftover = killed_before_end = 0
    finished = 0
    states = {"old": 0, "new": 0}
    for i in range(runs):
        # Restore the tree: every file back to its old content, temporary files removed.
        for rel, p in tree(live).items():
            if rel not in old:
                os.unlink(p)
            elif digest(p) != old[rel]:
                shutil.copyfile(os.path.join(pristine, rel), p)
        delay = rng.uniform(0, full * 1.1)
        proc = subprocess.Popen(cmd + [live], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            killed_before_end += 1
        else:
            finished += 1
        proc.wait()
        left = temps(live)
        leftover += len(left)
        for rel, p in tree(live).items():
            if rel not in old:
                continue
            h = digest(p)
            if h == old[rel]:
                states["old"] += old[rel] != new[rel]
            elif h == new[rel]:
                states["new"] += 1
            else:
                torn += 1
                print(f"TORN run {i}: {rel}")
    # A last, uninterrupted run: it must remove any temporary file left by a kill and finish.
    subprocess.run(cmd + [live], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    healed_left = len(temps(live))
    healed_ok = all(digest(p) == new[rel] for rel, p in tree(live).items() if rel in new)
    print(f"files: {len(old)}, of which {changing} change when fixed; full --fix run: {full:.3f}s")
    print(f"runs: {runs}, killed mid-run: {killed_before_end}, finished before the kill: {finished}")
    print(f"changing files seen old: {states['old']}, new: {states['new']}, torn (neither): {torn}")
    print(f"temporary files left behind right after the kills: {leftover} (each holds the complete new content)")
    print(f"after one more --fix run: temporary files {healed_left}, every file new: {healed_ok}")
    sys.exit(1 if torn or healed_left or not healed_ok else 0)


main()
