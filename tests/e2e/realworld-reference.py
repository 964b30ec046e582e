# The reference for realworld.test.mjs: one project's steps through real Flask-Migrate (Debian's
# 4.0.4, `python3 -m flask db ...`) and Python's sqlite3. Each command runs in a process of its own
# forked from tests/conformance/flask_forkserver.py, which has imported Flask and Alembic once (a
# tenth of a process's cost; conformance.fork_vs_subprocess proves the results the same).
# Reads {"files": {path: text}, "steps": [[kind, arg], ...]} as JSON on stdin and prints, as JSON,
# one result per step: db -> {"exit", "out", "err"} (stdout's and stderr's lines), sql -> {},
# query -> {"rows"} (every value as str).
#   kinds: "db" (flask db ARGS), "sql" (a script run on app.db), "query" (one SELECT on app.db)
import base64
import json
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tempfile


def main():
    job = json.load(sys.stdin)
    root = tempfile.mkdtemp(prefix="revlab-e2e-realworld-ref-")
    server = None
    try:
        for rel, text in job["files"].items():
            path = os.path.join(root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        env = dict(os.environ, FLASK_APP="main.py")
        env.pop("PYTHONPATH", None)
        here = os.path.dirname(os.path.abspath(__file__))
        server = subprocess.Popen([sys.executable, os.path.join(here, "..", "conformance", "flask_forkserver.py")],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        db = os.path.join(root, "app.db")
        results = []
        for kind, arg in job["steps"]:
            if kind == "db":
                request = {"cwd": root, "args": ["db"] + shlex.split(arg), "env": env, "timeout": 120}
                server.stdin.write(json.dumps(request).encode() + b"\n")
                server.stdin.flush()
                line = server.stdout.readline()
                if not line:
                    raise RuntimeError("flask_forkserver.py ended (is python3-flask-migrate installed?)")
                answer = json.loads(line)
                text = {k: base64.b64decode(answer[k]).decode("utf-8") for k in ("stdout", "stderr")}
                results.append({"exit": answer["code"], "out": text["stdout"].splitlines(), "err": text["stderr"].splitlines()})
            elif kind == "sql":
                con = sqlite3.connect(db)
                con.executescript(arg)
                con.commit()
                con.close()
                results.append({})
            elif kind == "query":
                con = sqlite3.connect(db)
                rows = [[str(v) for v in row] for row in con.execute(arg)]
                con.close()
                results.append({"rows": rows})
            else:
                raise ValueError("unknown step kind: " + kind)
        server.stdin.close()
        server.wait()
        print(json.dumps(results))
    finally:
        if server and server.poll() is None:
            server.kill()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
