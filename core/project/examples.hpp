// The example projects shipped with Revlab (the repository's migrations/<name>/ folders),
// compiled into the core: the playground's default content, and the files `flask db init`
// writes (Flask-Migrate's own env.py, alembic.ini and script.py.mako).
#pragma once

#include "project/file_tree.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace revlab::project {

struct EmbeddedFile {
    const char* path; // "visits/app/models.py"
    const char* data;
    std::size_t size;
};

// Every embedded file (generated at build time).
std::span<const EmbeddedFile> embedded_files();

std::vector<std::string> example_names();
// Copies example `name` into `tree` (paths relative to the example's folder). Throws if unknown.
void load_example(const std::string& name, FileTree& tree);
// One file of an example, e.g. ("visits", "migrations/env.py").
std::string example_file(const std::string& name, const std::string& path);

} // namespace revlab::project
