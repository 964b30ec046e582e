#!/usr/bin/python3
"""The expected results of the Python conformance cases, from real Python (Debian's /usr/bin/python3).

usage: expect.py --write [CASES...]   run the cases through /usr/bin/python3 and (re)write their .expected
       expect.py --check [CASES...]   fail unless every .expected is what /usr/bin/python3 does today
       options: --topic T (repeatable), -j N (parallel runs, default 2), --timeout S (per run, default 20)

A case is cases/TOPIC/NAME.py; harness.py describes how it runs and the .expected format. Both modes run each
case twice, under PYTHONHASHSEED 0 and under another seed, and refuse a case that:
  - gives different outcomes under the two seeds (it depends on str hashing, e.g. a set of strings' order);
  - prints an address (" at 0x"), or the temporary folder's path, or a line starting with the trailer mark;
  - is named NAME_error.py but does not end with an exception's `Type: message` line, or is not so
    named and ends with an exception;
  - on success, writes anything to stderr that looks like a warning (a SyntaxWarning names the file);
  - is named like a standard module (NAME.py on sys.path would shadow `import NAME`);
  - times out.
--check also fails on a case without .expected and an .expected without case. Prints one line per problem
and a summary; exits 1 on any problem.
"""
import argparse
import re
import sys
from concurrent.futures import ThreadPoolExecutor

import harness

OTHER_SEED = "4242"
# The last line Python prints for an uncaught exception (or a SyntaxError, which has no traceback).
EXCEPTION_LINE = re.compile(r"[A-Za-z_][\w.]*(: .*)?$")
# sys.stdlib_module_names exists from 3.10 on; the list of the Python that runs the cases is the one that
# matters, so ask it rather than the Python that runs this script.
STDLIB_NAMES_CODE = "import sys; print('\\n'.join(sorted(sys.stdlib_module_names)))"


def stdlib_names():
    import subprocess

    out = subprocess.run([harness.REAL_PYTHON, "-c", STDLIB_NAMES_CODE], capture_output=True, text=True,
                         check=True, env=harness.ENVIRONMENT)
    return set(out.stdout.split())


def judge(path, timeout, shadowed):
    """Runs one case twice and returns (outcome or None, [problems])."""
    problems = []
    if path.stem in shadowed:
        problems.append(f"is named like the standard module {path.stem!r}, which it would shadow")
    prefix = [harness.REAL_PYTHON]
    first, full_stderr = harness.run(prefix, path, timeout)
    second, _ = harness.run(prefix, path, timeout, hash_seed=OTHER_SEED)
    if first.exit == "timeout":
        return None, problems + [f"timed out after {timeout} s"]
    if first != second:
        diff = "\n      ".join(harness.short_diff(first, second, limit=12))
        problems.append(f"differs under PYTHONHASHSEED={OTHER_SEED} (str hashing: sort it):\n      {diff}")
    # Only what .expected records: a traceback names the case's path, and is not compared.
    for stream, text in (("stdout", first.stdout), ("stderr", first.stderr)):
        if " at 0x" in text:
            problems.append(f"shows an address on {stream} (' at 0x')")
        if "revlab-py-" in text:
            problems.append(f"shows the temporary folder's path on {stream}")
        if any(line.startswith(harness.MARK) for line in text.splitlines()):
            problems.append(f"prints a line starting with {harness.MARK!r} on {stream}")
    wants_error = path.stem.endswith("_error")
    if wants_error and first.exit == "0":
        problems.append("is named *_error but ended normally")
    if wants_error and first.exit != "0" and not EXCEPTION_LINE.match(first.stderr):
        problems.append(f"is named *_error but its last stderr line is no `Type: message`: {first.stderr!r}")
    if not wants_error and first.exit != "0":
        problems.append(f"ended with exit {first.exit} ({first.stderr}): name it *_error if that is meant")
    if first.exit == "0" and "Warning" in first.stderr:
        problems.append(f"prints a warning on stderr: {first.stderr.strip()}")
    return first, problems


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", action="store_true")
    mode.add_argument("--check", action="store_true")
    ap.add_argument("--topic", action="append", default=[])
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("cases", nargs="*")
    args = ap.parse_intermixed_args()

    paths = harness.case_files(args.cases, args.topic)
    if not paths:
        raise SystemExit("no cases")
    shadowed = stdlib_names()
    bad = 0
    changed = 0

    def report(path, message):
        nonlocal bad
        bad += 1
        print(f"{harness.case_id(path)}: {message}")

    with ThreadPoolExecutor(max_workers=args.j) as pool:
        results = pool.map(lambda p: (p, *judge(p, args.timeout, shadowed)), paths)
        for path, outcome, problems in results:
            for problem in problems:
                report(path, problem)
            if outcome is None:
                continue
            text = harness.format_outcome(outcome)
            assert harness.parse_expected(text) == outcome, "format_outcome and parse_expected disagree"
            exp = harness.expected_path(path)
            old = exp.read_text(encoding="utf-8") if exp.exists() else None
            if args.write:
                if problems:
                    continue  # never record what a refused case did
                if old != text:
                    exp.write_text(text, encoding="utf-8")
                    changed += 1
                    print(f"{harness.case_id(path)}: {'written' if old is None else 'changed'}")
            elif old is None:
                report(path, "has no .expected: run expect.py --write")
            elif old != text:
                try:
                    recorded = harness.parse_expected(old, str(exp))
                except ValueError as e:
                    report(path, f"unreadable .expected: {e}")
                    continue
                diff = "\n      ".join(harness.short_diff(recorded, outcome))
                report(path, f"real Python no longer does what .expected says:\n      {diff}")

    if not args.cases and not args.topic:
        for exp in sorted(harness.CASES.glob("*/*.expected")):
            if not exp.with_suffix(".py").exists():
                if args.write:
                    exp.unlink()
                    print(f"{exp.parent.name}/{exp.name}: removed (no case)")
                else:
                    report(exp, "is an .expected without a case")

    errors = sum(1 for p in paths if p.stem.endswith("_error"))
    verb = f"{changed} written or changed" if args.write else "checked"
    print(f"{len(paths)} cases ({errors} ending in an exception), {verb}, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
