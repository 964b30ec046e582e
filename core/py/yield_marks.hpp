// Marks, in a generator's body, the statements and expressions that hold one of its yields (the
// `yields` flag of Stmt and Expr), so that the interpreter runs exactly those as resumable
// coroutines (runtime/gen_exec.cpp) and everything else on the ordinary tree-walker.
//
// A yield may sit wherever a script puts one in practice: as a statement, as the value of an
// assignment, augmented assignment, return or raise, in a test of if/while/assert, as the iterable
// of a for, as a with-statement's context, and inside calls, operators, comparisons, attribute
// access, simple subscripts and displays. Elsewhere (an assignment target, a slice, an f-string, a
// default value, a decorator, an except clause's type) the resolver refuses it with a located
// error, before anything runs.
#pragma once

#include "ast.hpp"

namespace revlab::py {

// Marks a generator function's body (or a generator lambda's expression). Returns whether one of
// its yields sits inside a try or with statement (closing it paused there runs code).
bool mark_yields(std::vector<StmtPtr>& body);
void mark_yields(Expr& lambda_body);

} // namespace revlab::py
