// An expression written back as Python source (what `from __future__ import annotations` keeps,
// and what error messages quote).
#pragma once

#include "py/ast.hpp"

#include <string>

namespace revlab::py {

std::string unparse(const Expr& e);

} // namespace revlab::py
