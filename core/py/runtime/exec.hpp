// Running statements (exec.cpp) and the name and target operations both statements and
// expressions use (names.cpp). Internal to runtime/.
#pragma once

#include "py/runtime/interp.hpp"

namespace revlab::py {

// How a block ended: normally, or by break, continue or return (the value is in the frame).
enum class Flow : std::uint8_t { Normal, Break, Continue, Return };

// Runs a function or module body.
void run_body(Interp& I, const std::vector<StmtPtr>& body, Frame& f);
Flow run_block(Interp& I, const std::vector<StmtPtr>& body, Frame& f);

// Names, as the resolver placed them.
Value load_name(Interp& I, const Expr& name, Frame& f);
void store_name(Interp& I, NameScope scope, int slot, const std::string& name, Value v, Frame& f);
void delete_name(Interp& I, const Expr& name, Frame& f);

// An assignment target (a name, attribute, subscript, or a tuple/list with at most one starred).
void assign(Interp& I, const Expr& target, const Value& v, Frame& f);

// The key of a subscript expression obj[...]: a value, a slice, or a tuple of them.
Value subscript_key(Interp& I, const Expr& subscript, Frame& f);

// The closure an inner def, lambda or comprehension gets from frame f.
std::vector<Ref<CellObj>> make_closure(Interp& I, const CodeInfo& code, Frame& f);

// A def or lambda evaluated in frame f: defaults, closure and annotations bound now.
Value make_function(Interp& I, const std::shared_ptr<const Source>& src, const CodeInfo& code,
                    const std::vector<Param>& params, Frame& f);

// The source (syntax tree owner) of the code running in frame f.
const std::shared_ptr<const Source>& source_of(Interp& I, Frame& f);

} // namespace revlab::py
