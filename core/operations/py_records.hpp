// Between the interpreter's objects and the records the operations read. op.create_table(...)
// receives Python objects (sa.Column instances, strings, lists); the builders (builders.hpp) read
// a record of each call: its public name ("sqlalchemy.Column"), its arguments, its keywords. The
// SQLAlchemy emulation (core/sa/lib) gives every such object a __revlab_record__() that says how it
// was made; this file turns those into operations::Value records, and records handed back to a
// script (the table op.create_table returns, an op.inline_literal) into objects it can pass on.
#pragma once

#include "operations/value.hpp"
#include "py/runtime/interp.hpp"

namespace revlab::operations {

// A Python value as a record, located at `loc` (the statement calling the operation).
ValuePtr to_record(py::Interp& I, const py::Value& v, const SourceLocation& loc);

// A record as a Python value: None, bool, int, float, str, a list, or an opaque object that
// to_record turns back into the same record.
py::Value from_record(py::Interp& I, const ValuePtr& record);

} // namespace revlab::operations
