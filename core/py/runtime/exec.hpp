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
// One statement (it takes a step and records where the frame is).
Flow run_statement(Interp& I, const Stmt& s, Frame& f);

// The parts of try, with and raise that generators' coroutines (gen_exec.cpp) share.
// The first `except` clause of try_stmt that matches exc, or nullptr.
const Handler* find_handler(Interp& I, const Stmt& try_stmt, const Value& exc, Frame& f);
// Entering an except clause (exc is being handled, bound to its name) and leaving it.
void enter_handler(Interp& I, const Handler& h, const Value& exc, Frame& f);
void leave_handler(Interp& I, const Handler& h, Frame& f);
// A with-statement's manager: calls __enter__ and gives its result; exit_bound gets __exit__.
Value enter_context(Interp& I, const Value& mgr, Value& exit_bound);
// Calls __exit__ with the exception leaving the block (None: left normally); whether it
// suppressed the exception.
bool exit_context(Interp& I, const Value& exit_bound, const Value& exc, Frame& f);
// `raise exc` (a class or an instance), with `from cause` when there is one.
[[noreturn]] void raise_from(Interp& I, Value exc, std::optional<Value> cause);

// Names, as the resolver placed them.
Value load_name(Interp& I, const Expr& name, Frame& f);
void store_name(Interp& I, NameScope scope, int slot, const std::string& name, Value v, Frame& f);
void delete_name(Interp& I, const Expr& name, Frame& f);

// An assignment target (a name, attribute, subscript, or a tuple/list with at most one starred).
void assign(Interp& I, const Expr& target, const Value& v, Frame& f);

// The key of a subscript expression obj[...]: a value, a slice, or a tuple of them.
Value subscript_key(Interp& I, const Expr& subscript, Frame& f);

// Unpacking in calls and displays (eval.cpp), shared with gen_eval.cpp. f(*seq) appends seq's
// items to args.pos, f(**mapping) its items to args.kw (callee names the function in the errors),
// {**mapping} puts them in d.
void append_star_args(Interp& I, CallArgs& args, const Value& seq, const Value& callee);
void append_kwargs(Interp& I, CallArgs& args, const Value& mapping, const Value& callee);
// A keyword written after a ** unpacking: TypeError when the unpacking gave it already.
void check_new_keyword(Interp& I, const CallArgs& args, const std::string& name, const Value& callee);
void merge_mapping(Interp& I, DictObj& d, const Value& mapping);

// The closure an inner def, lambda or comprehension gets from frame f.
std::vector<Ref<CellObj>> make_closure(Interp& I, const CodeInfo& code, Frame& f);

// A def or lambda evaluated in frame f: defaults, closure and annotations bound now.
Value make_function(Interp& I, const std::shared_ptr<const Source>& src, const CodeInfo& code,
                    const std::vector<Param>& params, Frame& f);

// The source (syntax tree owner) of the code running in frame f.
const std::shared_ptr<const Source>& source_of(Interp& I, Frame& f);

} // namespace revlab::py
