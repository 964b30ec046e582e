#!/usr/bin/env python3
"""Checks every `#include "..."` of core/, cli/, wasm/, tests/, fuzz/ and bench/ against the layer
order of the README's layout table: a file may include its own folder and folders of a lower layer,
never one of its own layer or above. Each upward include is printed as `file:line: ...` and the exit
code is 1.

The build enforces the same order for core/ (each library sees only the folders below it, see
core/CMakeLists.txt); this check also covers the shells and the tests, says which rule a line breaks,
and reads the order from the README, so the table cannot drift from the code.

Usage: check_layers.py [--root DIR]   (DIR: the repository, default: two levels up)
"""

import argparse
import os
import re
import sys

SOURCE_DIRS = ["core", "cli", "wasm", "tests", "fuzz", "bench"]
EXTENSIONS = (".cpp", ".hpp", ".h", ".cc")
# Folders the shells and tests reach by include path rather than by folder name (wasm/api.hpp).
INCLUDE_PATH_DIRS = ["wasm"]
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')


def read_layers(readme):
    """{folder: layer number} from the rows `| <n> | `core/py`, ... | ... |` of the Layout table.
    Folders of core/ are named by their folder (py, sqlite, ...); core/'s own files are `base`;
    the others by their top-level name (cli, wasm, tests, ...)."""
    layers = {}
    in_layout = False
    with open(readme, encoding="utf-8") as f:
        for line in f:
            if line.startswith("## "):
                in_layout = line.strip() == "## Layout"
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")] if in_layout else []
            if len(cells) < 2 or not cells[0].isdigit():
                continue
            for name in re.findall(r"`([^`]+)`", cells[1]):
                name = name.rstrip("/")
                if name == "core":
                    layers["base"] = int(cells[0])
                elif name.startswith("core/"):
                    layers[name[len("core/"):]] = int(cells[0])
                else:
                    layers[name] = int(cells[0])
    if not layers:
        sys.exit(f"{readme}: no layer rows (| <n> | `folder` | ... |) under '## Layout'")
    return layers


def folder_of(root, path):
    """The layer folder a repository file belongs to: py for core/py/x.cpp, base for core/error.hpp,
    cli for cli/main.cpp."""
    parts = os.path.relpath(path, root).split(os.sep)
    if parts[0] == "core":
        return "base" if len(parts) == 2 else parts[1]
    return parts[0]


def resolve(root, including, target):
    """The file an include names, looked up as the compiler does: next to the including file, then
    under core/ (the include root), then the shells' include paths. None when it is not the
    repository's (a generated file, a system header written with quotes)."""
    candidates = [os.path.join(os.path.dirname(including), target), os.path.join(root, "core", target)]
    candidates += [os.path.join(root, d, target) for d in INCLUDE_PATH_DIRS]
    for c in candidates:
        if os.path.isfile(c):
            return os.path.normpath(c)
    return None


def check(root):
    layers = read_layers(os.path.join(root, "README.md"))
    problems = []
    for top in SOURCE_DIRS:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames[:] = sorted(d for d in dirnames if d != "lib")  # lib/: Python sources
            for name in sorted(filenames):
                if not name.endswith(EXTENSIONS):
                    continue
                path = os.path.join(dirpath, name)
                source = folder_of(root, path)
                if source not in layers:
                    problems.append(f"{os.path.relpath(path, root)}:1: folder '{source}' has no layer in the "
                                    "README's layout table")
                    continue
                with open(path, encoding="utf-8", errors="replace") as f:
                    for number, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if not m:
                            continue
                        found = resolve(root, path, m.group(1))
                        if found is None:
                            continue
                        target = folder_of(root, found)
                        if target == source:
                            continue
                        where = f"{os.path.relpath(path, root)}:{number}"
                        if target not in layers:
                            problems.append(f"{where}: includes \"{m.group(1)}\" of folder '{target}', which has "
                                            "no layer in the README's layout table")
                        elif layers[target] >= layers[source]:
                            relation = "the same layer as" if layers[target] == layers[source] else "a layer above"
                            problems.append(f"{where}: '{source}' (layer {layers[source]}) includes "
                                            f"\"{m.group(1)}\" of '{target}' (layer {layers[target]}), "
                                            f"{relation} it")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    root = os.path.abspath(parser.parse_args().root)
    problems = check(root)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} include(s) break the layer order of README.md's layout table")
        return 1
    print("every include goes down the layer order of README.md's layout table")
    return 0


if __name__ == "__main__":
    sys.exit(main())
