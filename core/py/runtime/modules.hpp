// Import statements and the module-level helpers exec.cpp needs. Internal to runtime/.
#pragma once

#include "py/runtime/interp.hpp"

namespace revlab::py {

// `import a.b as c` and `from .x import y` in frame f.
void exec_import(Interp& I, const Stmt& s, Frame& f);

// Whether the module running in f did `from __future__ import annotations` (annotations are
// then kept as strings, never evaluated).
bool future_annotations(Interp& I, Frame& f);

// The source text of an expression (for string annotations).
std::string source_text(Interp& I, Frame& f, const Expr& e);

} // namespace revlab::py
