#!/usr/bin/python3
"""Writes the fuzzers' seed corpora from the repository's own fixtures (nothing binary is committed).

Usage: python3 fuzz/seeds.py OUTDIR      -> OUTDIR/{py,interp,revision,models,console,json}/seed-NNN

- py:       every .py file of migrations/ and tests/conformance/ops_corpus, the models of
            tests/unit/models_test.cpp, and the catalog's .py cases (tests/bad_inputs);
- interp:   the Python corpus of tests/python (cases and hostile programs) and the catalog's .py cases;
- revision: each revision file alone, and the demo's chain with each corpus file on top, joined
            by the fuzzer's separator line "#--file--";
- models:   the demo's app/models.py, models_test.cpp's sources, the catalog's models cases;
- console:  the guide's commands and every verb with its flags, a few per input (one per line);
- json:     the wasm API's requests (API.md), including a restore of a small real database.
"""
import base64
import hashlib
import json
import pathlib
import re
import sqlite3
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEPARATOR = "\n#--file--\n"


def write(outdir, target, seeds):
    folder = outdir / target
    folder.mkdir(parents=True, exist_ok=True)
    for seed in seeds:
        data = seed.encode() if isinstance(seed, str) else seed
        (folder / ("seed-" + hashlib.sha1(data).hexdigest()[:12])).write_bytes(data)


def read(path):
    return path.read_text(encoding="utf-8", errors="surrogateescape")


def models_test_sources():
    text = read(ROOT / "tests/unit/models_test.cpp")
    return re.findall(r'R"py\((.*?)\)py"', text, re.S)


def catalog(suffix):
    """The bad-input catalog's cases whose file name ends with `suffix` (small ones only)."""
    folder = ROOT / "tests/bad_inputs"
    if not folder.is_dir():
        return []
    return [p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and p.name.endswith(suffix) and p.stat().st_size < 64 * 1024]


def main():
    outdir = pathlib.Path(sys.argv[1])
    versions = sorted((ROOT / "migrations/visits/migrations/versions").glob("*.py"))
    corpus = sorted((ROOT / "tests/conformance/ops_corpus").glob("*.py"))
    demo_models = ROOT / "migrations/visits/app/models.py"

    py_files = sorted((ROOT / "migrations").rglob("*.py")) + corpus
    write(outdir, "py", [read(p) for p in py_files] + models_test_sources() + catalog(".py"))
    # interp: the Python corpus (programs checked against /usr/bin/python3) and its hostile programs.
    programs = sorted((ROOT / "tests/python").glob("cases/**/*.py")) + sorted((ROOT / "tests/python").glob("hostile/**/*.py"))
    write(outdir, "interp", [read(p) for p in programs] + catalog(".py"))

    chain = [read(p) for p in versions]
    revision = [read(p) for p in versions + corpus] + [SEPARATOR.join(chain)]
    revision += [SEPARATOR.join(chain + [read(p)]) for p in corpus]
    revision += [SEPARATOR.join(chain).encode() + SEPARATOR.encode() + case for case in catalog(".revision.py")]
    write(outdir, "revision", revision)

    write(outdir, "models", [read(demo_models)] + models_test_sources() + catalog(".models.py"))

    lines = [
        "uv run flask db upgrade", "flask db current", "flask db history --verbose", "flask db heads",
        "flask db downgrade", "flask db downgrade base", "flask db downgrade -1", "flask db upgrade +1",
        "flask db upgrade --sql", "flask db downgrade 44e3cc49892c:2472b4e8b68e --sql",
        "flask db stamp head", "flask db stamp base --purge", "flask db stamp 2472 44e3",
        "flask db revision -m \"add email\"", "flask db revision --autogenerate -m 'x' --head base --splice",
        "flask db revision -m x --branch-label feature --depends-on 2472b4e8b68e",
        "flask db migrate -m \"guide's step\"", "flask db check", "flask db merge heads -m merge",
        "flask db show head", "flask db branches -v", "flask db history -r base:head -i",
        "flask db edit", "flask db list-templates", "flask db init -d other", "flask db --help",
        "flask db upgrade --help", "set FLASK_APP=main.py", "export FLASK_APP=main.py", "rm app.db",
        "rm -f app.db", "ls migrations/versions", "cat app/models.py", "sqlite3 app.db .schema",
        "sqlite3 app.db .tables", "sqlite3 app.db \"SELECT * FROM alembic_version\"",
        "python -m flask --app main.py db current", "flask db upgrade 'unterminated", "echo \\\"x\\\"",
        # endless and file-reaching SQL, and identifiers that carry SQL (issue 17)
        "sqlite3 app.db \"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c\"",
        "sqlite3 app.db \"ATTACH DATABASE 'x.db' AS x\"", "sqlite3 app.db \"VACUUM INTO 'x.db'\"",
        "sqlite3 app.db \"BEGIN; DELETE FROM user_visits\"", "sqlite3 app.db \"PRAGMA journal_mode=OFF\"",
        "flask db stamp \"x'; DROP TABLE user_visits; /*\"",
    ]
    console = lines + [
        "flask db upgrade\nflask db downgrade -1\nflask db current",
        "flask db revision -m a\nflask db revision -m b --head 2472b4e8b68e --splice\nflask db heads\nflask db merge heads -m m\nflask db upgrade heads",
        "flask db upgrade\nsqlite3 app.db \"INSERT INTO user_visits (ip_address) VALUES ('1')\"\nflask db downgrade base",
        "flask db migrate -m x\nflask db upgrade\nflask db check",
    ]
    write(outdir, "console", console + catalog(".console"))

    db = sqlite3.connect(":memory:")
    db.executescript("""
        CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
        INSERT INTO alembic_version VALUES ('2472b4e8b68e');
        CREATE TABLE user_visits (id INTEGER NOT NULL, ip_address VARCHAR(45) NOT NULL, user_agent VARCHAR(200),
            visit_time DATETIME, PRIMARY KEY (id));
        INSERT INTO user_visits (ip_address, user_agent) VALUES ('10.0.0.1', 'curl');
    """)
    database = base64.b64encode(db.serialize()).decode() if hasattr(db, "serialize") else ""
    requests = [
        {"cmd": "run", "line": "flask db upgrade"}, {"cmd": "state"}, {"cmd": "files"},
        {"cmd": "read_file", "path": "app/models.py"},
        {"cmd": "write_file", "path": "migrations/versions/x_bad.py", "content": "def upgrade(:\n"},
        {"cmd": "delete_file", "path": "app/models.py"}, {"cmd": "schema"},
        {"cmd": "query", "sql": "SELECT version_num FROM alembic_version"},
        {"cmd": "dry_run", "line": "flask db downgrade base", "schema": True}, {"cmd": "snapshot"},
        {"cmd": "restore", "database": ""}, {"cmd": "restore", "files": {"app/models.py": "x = 1\n"}, "dirs": ["a"]},
        {"cmd": "reset"}, {"cmd": "reset", "example": None}, {"cmd": "nope"},
        {"cmd": "rows", "table": "user_visits", "limit": 2, "offset": 1},
        {"cmd": "query", "sql": "SELECT ? || ?", "params": ["'; DROP TABLE user_visits; --", 1]},
        {"cmd": "query", "sql": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c",
         "sql_steps": 100000},
        {"cmd": "query", "sql": "SELECT zeroblob(1e9)"}, {"cmd": "query", "sql": "ATTACH DATABASE 'x.db' AS x"},
        {"files": {"a": 5}}, {"example": "../../etc/passwd"}, {"files": {"../../x": "y"}},
    ]
    if database:
        requests.append({"cmd": "restore", "database": database})
    seeds = [json.dumps(r) for r in requests]
    seeds.append(json.dumps([{"cmd": "run", "line": "flask db upgrade"}, {"cmd": "snapshot"},
                             {"cmd": "run", "line": "flask db downgrade base"}, {"cmd": "schema"}]))
    if database:
        seeds.append(json.dumps([{"cmd": "restore", "database": database}, {"cmd": "run", "line": "flask db upgrade"},
                                 {"cmd": "schema"}]))
    seeds += ["{}", "[]", "\"run\"", "{\"cmd\": 1}"]
    write(outdir, "json", seeds + catalog(".json"))


if __name__ == "__main__":
    main()
