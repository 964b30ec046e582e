#!/usr/bin/python3
"""One ctest entry of the real projects of ../shared/realworld, through their duo.py (README there).

usage: realworld.py REALWORLD_DIR REVLAB PROJECT [--rows] [--share K/N] [--write OUT.py]
  by itself:      duo.py on r_PROJECT.py as it is (the tables stay empty);
  --rows:         the seeded variant of it (seed.py), through duo.py's own scenario runner;
  --share K/N:    the K-th of N shares of it (seed.py: split, seeded_steps), so that an entry stays short;
  --write OUT.py: only write the scenario (`duo.py OUT.py` reruns it), do not run it.
Exits 0 when duo.py finds every step alike, 1 on any difference, and 77 (ctest's SKIP_RETURN_CODE) when
REALWORLD_DIR is absent: those projects are test data kept beside the checkout, not part of it.
Run with /usr/bin/python3 (Debian's Flask-Migrate).
"""
import argparse
import ast
import os
import re
import subprocess
import sys
import tempfile
import time

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))

# werkzeug's generate_password_hash salts at random, so a data migration that hashes passwords (ihatemoney's
# b78f8a8bdb16) writes different text in each tool. Such a value is compared as what it hashes: it must verify,
# under the real werkzeug, against the value the same row and column held at the previous step (or, failing
# that, another row's value in that column then).
HASH = re.compile(r"^pbkdf2:\w+:\d+\$[A-Za-z0-9]+\$[0-9a-f]+$")


def mask_hashes(duo):
    from werkzeug.security import check_password_hash
    dump, labels, before = duo.dump, {}, {}

    def key(cols, row):
        pk = [v for c, v in zip(cols, row) if c[4]]
        return (tuple(pk) if pk else tuple(v for v in row if not (isinstance(v, str) and HASH.match(v))))

    def label(v, olds):
        """olds: the row's own value before, then the column's other values before (a loop may copy a hash)."""
        for old in olds if v not in labels else ():
            if isinstance(old, str) and old != v and check_password_hash(v, old):
                labels[v] = "<%s hash of %s>" % (v.split("$")[0], labels.get(old, repr(old)))
                break
        return labels.get(v, v)

    def masked(path):
        out = dump(path)
        prev, now = before.get(path, {}), {}
        for table, t in out.items():
            if not isinstance(t, dict):
                continue
            rows = [ast.literal_eval(r) for r in t["rows"]]
            names = [c[0] for c in t["columns"]]
            now[table] = {key(t["columns"], r): dict(zip(names, r)) for r in rows}
            old_rows = prev.get(table, {})
            fixed = []
            for r in rows:
                old = old_rows.get(key(t["columns"], r), {})
                fixed.append(tuple(label(v, [old.get(c)] + [o.get(c) for o in old_rows.values()])
                                   if isinstance(v, str) and HASH.match(v) else v for c, v in zip(names, r)))
            t["rows"] = sorted(repr(r) for r in fixed)
        before[path] = now
        return out
    duo.dump = masked


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("realworld")
    ap.add_argument("revlab")
    ap.add_argument("project")
    ap.add_argument("--rows", action="store_true")
    ap.add_argument("--share", default="1/1")
    ap.add_argument("--write")
    a = ap.parse_args()
    k, n = (int(x) for x in a.share.split("/"))
    name = "realworld.%s%s%s" % (a.project, ".rows" if a.rows else "", ".%d" % k if n > 1 else "")
    scenario = os.path.join(a.realworld, "r_%s.py" % a.project)
    if not os.path.isfile(os.path.join(a.realworld, "duo.py")) or not os.path.isfile(scenario):
        print("%s: skipped: %s is absent (../shared/realworld, test data kept beside the checkout)"
              % (name, scenario if os.path.isdir(a.realworld) else a.realworld))
        return SKIP
    os.environ["REVLAB"] = os.path.abspath(a.revlab)
    if not a.rows and n == 1 and not a.write:  # the scenario as it is
        return subprocess.run([sys.executable, os.path.join(a.realworld, "duo.py"), scenario]).returncode

    sys.path.insert(0, a.realworld)
    import duo
    import runpy
    import seed
    started = time.time()
    steps, rows = runpy.run_path(scenario)["STEPS"], 0
    if a.rows:
        steps, rows = seed.seeded_steps(duo, steps, k, n)
    else:
        steps = seed.split(steps, k, n)
    out = a.write or os.path.join(tempfile.mkdtemp(prefix="rw-"), "%s.py" % name.replace(".", "_"))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# made by tests/realworld/realworld.py%s --share %s from %s\nSTEPS = %r\n"
                % (" --rows" if a.rows else "", a.share, scenario, steps))
    print("%s: %d steps, %d rows inserted, made in %.1f s: %s" % (name, len(steps), rows, time.time() - started, out),
          flush=True)
    if a.write:
        return 0
    mask_hashes(duo)
    sys.argv = ["duo.py", out]
    code = duo.main()
    if code:
        print("the scenario stays at %s; duo.py reruns it, werkzeug hashes unmasked: REVLAB=%s %s %s %s"
              % (out, os.environ["REVLAB"], sys.executable, os.path.join(a.realworld, "duo.py"), out))
    else:
        os.remove(out)
        os.rmdir(os.path.dirname(out))
    return code


if __name__ == "__main__":
    sys.exit(main())
