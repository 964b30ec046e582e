#!/usr/bin/python3
"""Runs the Python conformance cases through a candidate and compares each with its .expected.

usage: run.py CANDIDATE [--topic T]... [-j N] [--timeout S] [--known-failures FILE] [CASES...]
       run.py REVLAB --hostile [-j N] [--timeout S] [--memory-limit-gb G] [NAMES...]

CANDIDATE is a Python (`/usr/bin/python3`: it must pass every case, which tests this runner) or the revlab
binary, called as `REVLAB python FILE.py`. CASES are paths, TOPIC/NAME or NAME; the default is every case.
A case passes when stdout, the exit code and stderr (all of it on exit 0, the last line otherwise) are as
its .expected says (harness.py). Prints one line per case; for a failure, a short unified diff and the
command that runs the case alone; then `N passed, N failed`. Exits 0 only if every case passed.

--known-failures FILE lists cases (TOPIC/NAME, one a line, # comments) that the candidate does not pass yet:
they are run and must still fail. One that passes is reported as such and fails the run, so that the list
only shrinks. With it, the exit status is 0 when every other case passed.

--hostile runs hostile/*.py instead: programs a sandbox must stop. Each passes when the candidate ends it
within the timeout with exit 1 and a stderr that holds one of the texts of its `# revlab:` header (several
are separated by ` | `). Each run gets an address-space limit (--memory-limit-gb, 4 by default; 0 for
none, which an ASan build needs), so that a sandbox that fails to stop an allocation cannot take the
machine down. Never with a Python candidate: those programs hang it, fill its memory or touch the system.
"""
import argparse
import os
import sys
from concurrent.futures import ThreadPoolExecutor

import harness



def hostile_header(path):
    """The texts of the `# revlab:` header line: any one of them must show on stderr."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# revlab:"):
            return [t.strip() for t in line[len("# revlab:"):].split(" | ") if t.strip()]
    raise SystemExit(f"{path}: no '# revlab: TEXT' header line")


def read_known_failures(path):
    if not path:
        return set()
    with open(path, encoding="utf-8") as f:
        return {line.split("#")[0].strip() for line in f if line.split("#")[0].strip()}


def run_cases(prefix, paths, args):
    def one(path):
        expected = harness.read_expected(path)
        actual, _ = harness.run(prefix, path, args.timeout)
        return path, expected, actual

    known = read_known_failures(args.known_failures)
    passed = failed = 0
    with ThreadPoolExecutor(max_workers=args.j) as pool:
        for path, expected, actual in pool.map(one, paths):
            if harness.case_id(path) in known:
                if actual == expected:
                    failed += 1
                    print(f"FAIL {harness.case_id(path)}: it passes now; take it off {args.known_failures}")
                else:
                    passed += 1
                    print(f"ok   {harness.case_id(path)} (a known failure: still fails)", flush=True)
                continue
            if actual == expected:
                passed += 1
                print(f"ok   {harness.case_id(path)}", flush=True)
                continue
            failed += 1
            print(f"FAIL {harness.case_id(path)}")
            if actual.exit == "timeout":
                print(f"     timed out after {args.timeout:g} s")
            for line in harness.short_diff(expected, actual, limit=12 if actual.exit == "timeout" else 30):
                print(f"     {line}")
            print(f"     alone: {harness.reproduce(prefix, path)}", flush=True)
    return passed, failed


def run_hostile(prefix, paths, args):
    def one(path):
        texts = hostile_header(path)
        limit = int(args.memory_limit_gb * (1 << 30)) or None
        outcome, stderr = harness.run(prefix, path, args.timeout, memory_limit=limit)
        return path, texts, outcome, stderr

    passed = failed = 0
    with ThreadPoolExecutor(max_workers=args.j) as pool:
        for path, texts, outcome, stderr in pool.map(one, paths):
            said = any(t in stderr for t in texts)
            if outcome.exit == "1" and said:
                passed += 1
                print(f"ok   {path.stem}", flush=True)
                continue
            failed += 1
            wanted = " or ".join(repr(t) for t in texts)
            last = stderr.rstrip("\n").split("\n")[-1][:300]
            print(f"FAIL {path.stem}: wanted exit 1 and {wanted} on stderr; got exit {outcome.exit}, "
                  f"stderr ending {last!r}")
            print(f"     alone: {harness.reproduce(prefix, path)}", flush=True)
    return passed, failed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("candidate")
    ap.add_argument("cases", nargs="*")
    ap.add_argument("--topic", action="append", default=[])
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=None, help="seconds per case (10; hostile: 30)")
    ap.add_argument("--hostile", action="store_true")
    ap.add_argument("--known-failures", default=None, help="cases that must still fail (see above)")
    ap.add_argument("--memory-limit-gb", type=float, default=4, help="address-space limit of a hostile run")
    args = ap.parse_intermixed_args()

    prefix = harness.command_for(args.candidate)
    if args.hostile:
        if len(prefix) == 1:
            raise SystemExit("--hostile is for the revlab binary only: these programs hang or harm a real Python")
        if args.topic:
            raise SystemExit("--hostile has no topics")
        args.timeout = args.timeout or 30
        every = sorted(harness.HOSTILE.glob("*.py"))
        paths = every
        if args.cases:
            names = {os.path.basename(c).removesuffix(".py") for c in args.cases}
            paths = [p for p in every if p.stem in names]
            missing = names - {p.stem for p in paths}
            if missing:
                raise SystemExit(f"no hostile program {', '.join(sorted(missing))}")
        passed, failed = run_hostile(prefix, paths, args)
    else:
        args.timeout = args.timeout or 10
        paths = harness.case_files(args.cases, args.topic)
        passed, failed = run_cases(prefix, paths, args)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
