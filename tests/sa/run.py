#!/usr/bin/python3
"""Runs the SQLAlchemy conformance cases through a candidate and compares each with its .expected.

usage: run.py CANDIDATE [--topic T]... [-j N] [--timeout S] [--with-lib DIR] [CASES...]

CANDIDATE is a Python (`/usr/bin/python3`, with real SQLAlchemy 1.4.46: it must pass every case, which
tests this runner) or the revlab binary, called as `REVLAB python FILE.py`. CASES are paths, TOPIC/NAME
or NAME; the default is every case. A case passes when stdout, the exit code and stderr (all of it on
exit 0, the last line otherwise) are as its .expected says (harness.py). Prints one line per case; for a
failure, a short unified diff and the command that runs the case alone; then `N passed, N failed`.
Exits 0 only if every case passed.

--with-lib DIR copies DIR's files next to each case before it runs: a way to try modules that are not
built into the candidate yet (they are found on the case's import path). Never used by ctest.
"""
import argparse
import sys
from concurrent.futures import ThreadPoolExecutor

import harness


def run_cases(prefix, paths, args):
    def one(path):
        expected = harness.read_expected(path)
        actual, _ = harness.run(prefix, path, args.timeout, extra_dir=args.with_lib)
        return path, expected, actual

    passed = failed = 0
    with ThreadPoolExecutor(max_workers=args.j) as pool:
        for path, expected, actual in pool.map(one, paths):
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


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("candidate")
    ap.add_argument("cases", nargs="*")
    ap.add_argument("--topic", action="append", default=[])
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10, help="seconds per case (10)")
    ap.add_argument("--with-lib", default=None, help="a folder whose files are copied next to each case")
    args = ap.parse_intermixed_args()

    prefix = harness.command_for(args.candidate)
    paths = harness.case_files(args.cases, args.topic)
    passed, failed = run_cases(prefix, paths, args)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
