// The methods of iterators and generators: __iter__, __next__, and a generator's send(), throw()
// and close(); and function.__get__.
#include "py/runtime/classes.hpp"
#include "py/runtime/generators.hpp"
#include "py/runtime/setup.hpp"

namespace revlab::py {

namespace {

Value iter_self(Interp&, const Value& self, CallArgs&, const Value&) {
    return self;
}

Value iter_next(Interp& I, const Value& self, CallArgs&, const Value&) {
    if (std::optional<Value> v = I.next(self)) return *v;
    I.raise_value(I.make_exception(I.t.exc("StopIteration"), {}));
}

GeneratorObj& generator(Interp& I, const Value& self, const char* method) {
    GeneratorObj* g = self.get<GeneratorObj>();
    if (g == nullptr)
        I.type_error(std::string("descriptor '") + method + "' for 'generator' objects doesn't apply to a '" +
                     I.type_name(self) + "' object");
    return *g;
}

// The value the generator yields next, or StopIteration with what it returned.
Value step(Interp& I, GeneratorObj& g, const Value& sent, const Value& thrown) {
    Value returned;
    if (std::optional<Value> v = g.advance(I, sent, thrown, returned)) return *v;
    raise_stop_iteration(I, returned);
}

Value gen_next(Interp& I, const Value& self, CallArgs&, const Value&) {
    return step(I, generator(I, self, "__next__"), Value(), Value());
}

Value gen_send(Interp& I, const Value& self, CallArgs& args, const Value&) {
    if (args.pos.size() != 1 || !args.kw.empty())
        I.type_error("generator.send() takes exactly one argument (" + std::to_string(args.pos.size()) +
                     " given)");
    return step(I, generator(I, self, "send"), args.pos[0], Value());
}

// throw(exc), or the older throw(type[, value[, traceback]]).
Value gen_throw(Interp& I, const Value& self, CallArgs& args, const Value&) {
    GeneratorObj& g = generator(I, self, "throw");
    if (args.pos.empty() || args.pos.size() > 3 || !args.kw.empty())
        I.type_error("throw expected at least 1 argument, got " + std::to_string(args.pos.size()));
    const Value& typ = args.pos[0];
    const Value value = args.pos.size() > 1 ? args.pos[1] : Value();
    ClassObj* base = I.t.exc("BaseException");
    Value exc;
    if (ClassObj* cls = typ.get<ClassObj>(); cls != nullptr && cls->is_subclass_of(base)) {
        if (I.isinstance(value, cls))
            exc = value;
        else if (value.is_none())
            exc = I.call(typ, CallArgs{});
        else if (const TupleObj* t = value.get<TupleObj>())
            exc = I.call(typ, CallArgs(t->items));
        else
            exc = I.call(typ, {value});
    } else if (I.isinstance(typ, base)) {
        if (!value.is_none()) I.type_error("instance exception may not have a separate value");
        exc = typ;
    } else {
        I.type_error("exceptions must be classes or instances deriving from BaseException, not " +
                     I.type_name(typ));
    }
    return step(I, g, Value(), exc);
}

Value gen_close(Interp& I, const Value& self, CallArgs&, const Value&) {
    close_generator(I, generator(I, self, "close"));
    return Value();
}

// function.__get__: functions are descriptors (enum and attrs-like code ask).
Value function_get(Interp& I, const Value& self, CallArgs& args, const Value&) {
    if (args.pos.empty()) I.type_error("__get__(None, None) is invalid");
    if (args.pos[0].is_none()) return self;
    return Value(I.heap.make<BoundMethodObj>(self, args.pos[0]));
}

} // namespace

void install_generator_methods(Interp& I) {
    add_method(I, *I.t.function, "__get__", function_get);
    add_method(I, *I.t.iterator, "__iter__", iter_self);
    add_method(I, *I.t.iterator, "__next__", iter_next);
    add_method(I, *I.t.generator, "__iter__", iter_self);
    add_method(I, *I.t.generator, "__next__", gen_next);
    add_method(I, *I.t.generator, "send", gen_send);
    add_method(I, *I.t.generator, "throw", gen_throw);
    add_method(I, *I.t.generator, "close", gen_close);
}

} // namespace revlab::py
