// Methods of range and slice.
#include "py/runtime/args.hpp"
#include "py/runtime/classes.hpp"
#include "py/runtime/items.hpp"
#include "py/runtime/setup.hpp"

namespace revlab::py {

namespace {

Value range_index(Interp& I, const Value& self, CallArgs& args, const Value& count) {
    Args a(I, args, count.as_bool() ? "count" : "index", {"value", "/"});
    const RangeObj& r = *self.as<RangeObj>();
    const bool in = I.contains(self, a[0]);
    if (count.as_bool()) return Value::integer(in ? 1 : 0);
    if (!in) I.value_error(I.repr(a[0]) + " is not in range");
    return Value::integer((I.index(a[0], "index") - r.start) / r.step);
}

Value slice_indices(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "indices", {"length", "/"});
    const std::int64_t n = I.index(a[0], "length");
    if (n < 0) I.value_error("length should not be negative");
    SliceBounds b = slice_bounds(I, *self.as<SliceObj>(), n);
    return I.tuple({Value::integer(b.start), Value::integer(b.stop), Value::integer(b.step)});
}

} // namespace

void install_range_methods(Interp& I) {
    add_method(I, *I.t.range, "index", range_index, Value::boolean(false));
    add_method(I, *I.t.range, "count", range_index, Value::boolean(true));
    add_method(I, *I.t.slice, "indices", slice_indices);
}

} // namespace revlab::py
