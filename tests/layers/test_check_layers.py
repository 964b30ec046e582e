#!/usr/bin/env python3
"""The layer check, checked: on a small repository (a README with a layout table and a few core
folders) it passes while every include goes down, and fails naming file:line for an include that
goes up a layer, one to a folder of the same layer, and one written with "../"."""

import os
import subprocess
import sys
import tempfile

CHECK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "check_layers.py")

README = """# Fixture

## Layout

| layer | folder | what it holds |
|---|---|---|
| 0 | `core/` (its own files) | the error type |
| 1 | `core/low` | the lowest layer |
| 2 | `core/mid`, `core/side` | a layer of two folders |
| 3 | `core/high` | the highest layer of core |
| 4 | `cli/` | the shell |

## Tests
| 9 | `core/mid` | a table outside Layout is not read |
"""

FILES = {
    "core/error.hpp": "#pragma once\n",
    "core/low/low.hpp": '#pragma once\n#include "error.hpp"\n',
    "core/low/low.cpp": '#include "low/low.hpp"\n',
    "core/mid/mid.hpp": '#pragma once\n#include "low/low.hpp"\n',
    "core/side/side.hpp": "#pragma once\n",
    "core/high/high.hpp": '#pragma once\n#include "mid/mid.hpp"\n#include "side/side.hpp"\n',
    "cli/main.cpp": '#include "high/high.hpp"\n#include "error.hpp"\n#include <vector>\n#include "gen.hpp"\n',
}


def write(root, files):
    for path, text in files.items():
        os.makedirs(os.path.join(root, os.path.dirname(path)), exist_ok=True)
        with open(os.path.join(root, path), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(root, "README.md"), "w", encoding="utf-8") as f:
        f.write(README)


def run(root):
    p = subprocess.run([sys.executable, CHECK, "--root", root], capture_output=True, text=True)
    return p.returncode, p.stdout


def expect(condition, message, output):
    if not condition:
        print(f"FAILED: {message}\n--- check_layers.py said:\n{output}")
        sys.exit(1)


def main():
    with tempfile.TemporaryDirectory() as clean:
        write(clean, FILES)
        code, out = run(clean)
        expect(code == 0, "a tree whose includes all go down passes", out)

    broken = dict(FILES)
    # Up a layer (the cycle this check was written for: autogenerate including command/).
    broken["core/low/low.cpp"] = '#include "low/low.hpp"\n\n#include "high/high.hpp"\n'
    # Across a layer: two folders of one layer are not below each other (sa and schema).
    broken["core/mid/mid.cpp"] = '#include "mid/mid.hpp"\n#include "side/side.hpp"\n'
    # Up, spelled as a relative path.
    broken["core/side/side.cpp"] = '#include "../high/high.hpp"\n'
    with tempfile.TemporaryDirectory() as root:
        write(root, broken)
        code, out = run(root)
        expect(code == 1, "an upward include makes the check fail", out)
        expect("core/low/low.cpp:3: 'low' (layer 1) includes \"high/high.hpp\" of 'high' (layer 3), a layer above it"
               in out, "the upward include is named with its file:line", out)
        expect("core/mid/mid.cpp:2: 'mid' (layer 2) includes \"side/side.hpp\" of 'side' (layer 2), the same layer"
               in out, "an include within one layer is named", out)
        expect("core/side/side.cpp:1:" in out, "a relative upward include is named", out)
        expect(out.count("includes") == 3, "exactly the three bad lines are reported", out)
    print("check_layers.py passes a downward tree and names each upward include with file:line")


if __name__ == "__main__":
    main()
