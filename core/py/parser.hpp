// The parser for the declarative Python subset of revision scripts and models.py: a recursive
// descent over the tokens of lexer.hpp, producing the tree of ast.hpp. Anything outside the subset
// (loops, try, comprehensions, f-strings, ...) is refused with its place and what to do instead,
// never skipped: Revlab must not silently misread a migration.
#pragma once

#include "ast.hpp"

#include <string>
#include <string_view>

namespace revlab::py {

// Parses a whole file. `path` is used in error locations. Throws revlab::Error on any problem:
// a syntax error, a construct outside the subset, a bad encoding, nesting deeper than kMaxNesting
// (lexer.hpp) levels, or a file larger than kMaxSourceBytes.
Module parse(std::string_view source, const std::string& path);

} // namespace revlab::py
