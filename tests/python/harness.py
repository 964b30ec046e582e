"""What expect.py and run.py share: where the cases live, how one case runs, and the .expected format.

A case runs alone: it is copied into a fresh temporary folder, which is the working directory, and run as
`PROGRAM... NAME.py` (a relative name, so nothing of this checkout shows in paths or on sys.path) with an
environment that holds only ENVIRONMENT. The outcome of a run is three things:
  stdout     exactly, decoded as UTF-8 (an undecodable byte shows as \\xNN);
  exit code  as the process ended (a signal shows as its negative number, a timeout as "timeout");
  stderr     all of it when the exit code is 0 (usually nothing: a case that logs shows its lines);
             only its last line otherwise, `ExceptionType: message`, since tracebacks differ between
             implementations.

The .expected format (README.md has an example): stdout verbatim, then trailer lines that start with "#### ":
  #### no newline at end of stdout   only when stdout does not end with a newline (the writer added one)
  #### exit N
  #### stderr                        exit 0 and something on stderr: all of it follows, verbatim
  #### stderr last line              exit != 0: that one line follows
Neither stdout nor stderr may hold a line that starts with "#### " (expect.py refuses such a case).
"""
import os
import shlex
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
HOSTILE = HERE / "hostile"
REAL_PYTHON = "/usr/bin/python3"
MARK = "#### "
# Python needs no variable to run; these make its run reproducible. PYTHONHASHSEED fixes str hashes, but no
# case may depend on them (expect.py also runs every case under another seed and requires the same outcome);
# PYTHONUTF8 makes stdout UTF-8 whatever the locale. Nothing else of the caller's environment gets through.
ENVIRONMENT = {"PYTHONHASHSEED": "0", "PYTHONUTF8": "1", "PYTHONDONTWRITEBYTECODE": "1"}


@dataclass(frozen=True)
class Outcome:
    stdout: str
    exit: str  # "0", "1", "-9" ..., or "timeout"
    stderr: str  # exit 0: all of stderr; otherwise its last line (without the newline)


def case_files(selectors=(), topics=(), root=CASES):
    """The .py files under root, sorted, narrowed to the given topics and to cases named by path, by
    TOPIC/NAME or by NAME (with or without .py). An unknown selector or topic is an error."""
    every = sorted(root.glob("*/*.py"))
    if topics:
        known = {p.parent.name for p in every}
        for topic in topics:
            if topic not in known:
                raise SystemExit(f"no topic {topic!r} under {root} (topics: {', '.join(sorted(known))})")
        every = [p for p in every if p.parent.name in topics]
    if not selectors:
        return every
    chosen = []
    for sel in selectors:
        path = Path(sel)
        if path.suffix == ".py" and path.exists():
            matches = [path.resolve()]
        else:
            stem = sel[:-3] if sel.endswith(".py") else sel
            matches = [p for p in every if f"{p.parent.name}/{p.stem}" == stem or p.stem == stem]
        if not matches:
            raise SystemExit(f"no case {sel!r} under {root}")
        chosen += [m for m in matches if m not in chosen]
    return chosen


def case_id(path):
    return f"{path.parent.name}/{path.stem}"


def expected_path(path):
    return path.with_suffix(".expected")


def command_for(candidate):
    """The command line prefix that runs one file: `/usr/bin/python3 FILE` for a Python, and
    `REVLAB python FILE` for anything else (the revlab binary's verb)."""
    exe = shutil.which(candidate) if os.sep not in candidate else candidate
    if exe is None or not os.access(exe, os.X_OK):
        raise SystemExit(f"cannot run {candidate!r}: not an executable")
    exe = os.path.abspath(exe)
    return [exe] if os.path.basename(exe).startswith("python") else [exe, "python"]


def _limit_memory(limit_bytes):
    def apply():
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit_bytes, limit_bytes))

    return apply


def run(prefix, path, timeout, hash_seed="0", memory_limit=None):
    """Runs one case (see the module's docstring) and returns its Outcome and its full stderr."""
    env = dict(ENVIRONMENT, PYTHONHASHSEED=hash_seed)
    with tempfile.TemporaryDirectory(prefix="revlab-py-") as tmp:
        shutil.copyfile(path, os.path.join(tmp, path.name))
        # A session of its own, so that a timeout kills whatever the program started too.
        proc = subprocess.Popen(prefix + [path.name], cwd=tmp, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                                preexec_fn=_limit_memory(memory_limit) if memory_limit else None)
        try:
            out, err = proc.communicate(timeout=timeout)
            code = str(proc.returncode)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            code = "timeout"
    stdout = out.decode("utf-8", "backslashreplace")
    stderr = err.decode("utf-8", "backslashreplace")
    if code == "0":
        kept = stderr
    else:
        lines = stderr.rstrip("\n").split("\n")
        kept = lines[-1] if lines else ""
    return Outcome(stdout, code, kept), stderr


def format_outcome(outcome):
    text = outcome.stdout
    if text and not text.endswith("\n"):
        text += "\n" + MARK + "no newline at end of stdout\n"
    text += f"{MARK}exit {outcome.exit}\n"
    if outcome.exit == "0":
        if outcome.stderr:
            text += f"{MARK}stderr\n{outcome.stderr}"
            if not outcome.stderr.endswith("\n"):
                text += "\n" + MARK + "no newline at end of stderr\n"
    else:
        text += f"{MARK}stderr last line\n{outcome.stderr}\n"
    return text


def parse_expected(text, where="<expected>"):
    """The inverse of format_outcome."""
    lines = text.splitlines(keepends=True)
    i = 0
    while i < len(lines) and not lines[i].startswith(MARK):
        i += 1
    stdout = "".join(lines[:i])
    if i < len(lines) and lines[i] == MARK + "no newline at end of stdout\n":
        stdout = stdout[:-1]
        i += 1
    if i >= len(lines) or not lines[i].startswith(MARK + "exit "):
        raise ValueError(f"{where}: no '{MARK}exit N' line")
    code = lines[i][len(MARK + "exit "):].rstrip("\n")
    i += 1
    stderr = ""
    if code == "0":
        if i < len(lines):
            if lines[i] != MARK + "stderr\n":
                raise ValueError(f"{where}: after '{MARK}exit 0' only '{MARK}stderr' may follow")
            stderr = "".join(lines[i + 1:])
            if stderr.endswith("\n" + MARK + "no newline at end of stderr\n"):
                stderr = stderr[: -len(MARK + "no newline at end of stderr\n") - 1]
    else:
        if lines[i:i + 1] != [MARK + "stderr last line\n"] or len(lines) != i + 2:
            raise ValueError(f"{where}: after '{MARK}exit {code}' comes '{MARK}stderr last line' and one line")
        stderr = lines[i + 1].rstrip("\n")
    return Outcome(stdout, code, stderr)


def read_expected(path):
    return parse_expected(expected_path(path).read_text(encoding="utf-8"), str(expected_path(path)))


def short_diff(expected, actual, limit=30):
    import difflib

    diff = list(difflib.unified_diff(format_outcome(expected).splitlines(), format_outcome(actual).splitlines(),
                                     "expected", "actual", lineterm="", n=2))
    if len(diff) > limit:
        diff = diff[:limit] + [f"... ({len(diff) - limit} more diff lines)"]
    return diff


def reproduce(prefix, path):
    """A shell command that runs this case alone, as the harness does."""
    env = " ".join(f"{k}={v}" for k, v in ENVIRONMENT.items())
    command = " ".join(shlex.quote(part) for part in prefix + [path.name])
    return f'cd "$(mktemp -d)" && cp {shlex.quote(str(path))} . && env -i {env} {command}'
