// Raising: making exception instances, recording where they were raised (the traceback), chaining
// them to the exception being handled (__context__), and printing them as Python does.
#include "py/runtime/interp.hpp"

#include "py/runtime/dispatch.hpp"

namespace revlab::py {

Value Interp::make_exception(ClassObj* cls, std::vector<Value> args) {
    Ref<InstanceObj> e = heap.make<InstanceObj>(Ref<ClassObj>(cls));
    e->args = tuple(std::move(args));
    return Value(e);
}

void Interp::raise(ClassObj* cls, std::string message) {
    if (cls == nullptr) cls = t.exc("RuntimeError");
    std::vector<Value> args;
    args.push_back(str(std::move(message)));
    raise_value(make_exception(cls, std::move(args)));
}

void Interp::raise_value(Value exc) {
    if (exc.is(ObjType::Class)) exc = call(exc, CallArgs{});
    InstanceObj* inst = exc.get<InstanceObj>();
    if (inst == nullptr) type_error("exceptions must derive from BaseException");
    if (!inst->traceback) {
        auto tb = std::make_shared<std::vector<TraceEntry>>();
        for (const Frame* f : frames_)
            tb->push_back(TraceEntry{f->where ? *f->where : SourceLocation(), std::string(f->name)});
        inst->traceback = std::move(tb);
    }
    Value handling = current_exception();
    if (inst->context.is_none() && !handling.is_none() && !handling.same(exc)) inst->context = handling;
    throw PyException{std::move(exc)};
}

void Interp::number_error(const NumberError& e) {
    switch (e.kind) {
    case NumberError::Kind::ZeroDivision:
        raise("ZeroDivisionError", e.message);
    case NumberError::Kind::Overflow:
        raise("OverflowError", e.message);
    case NumberError::Kind::Value:
        raise("ValueError", e.message);
    case NumberError::Kind::Type:
        raise("TypeError", e.message);
    case NumberError::Kind::Memory:
        halt("the script used more than the sandbox allows: " + e.message);
    }
    raise("ValueError", e.message);
}

std::string Interp::exception_line(const Value& exc) {
    ClassObj* cls = type_of(exc);
    std::string name = cls->qualname;
    if (const Value* m = cls->dict->find("__module__"))
        if (const StrObj* s = m->get<StrObj>(); s != nullptr && s->text != "builtins" && s->text != "__main__")
            name = s->text + "." + name;
    std::string message;
    try {
        message = to_str(exc);
    } catch (PyException&) {
        message = "<exception str() failed>";
    }
    return message.empty() ? name : name + ": " + message;
}

std::string Interp::traceback_text(const Value& exc) {
    std::string out;
    if (const InstanceObj* inst = exc.get<InstanceObj>()) {
        // The chain first, as Python prints it: the cause or context, then the link sentence.
        if (!inst->cause.is_none()) {
            out += traceback_text(inst->cause);
            out += "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (!inst->context.is_none() && !inst->suppress_context) {
            out += traceback_text(inst->context);
            out += "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
        out += "Traceback (most recent call last):\n";
        if (inst->traceback)
            for (const TraceEntry& e : *inst->traceback)
                out += "  File \"" + e.loc.file() + "\", line " + std::to_string(e.loc.line) + ", in " + e.function + "\n";
    }
    out += exception_line(exc) + "\n";
    return out;
}

} // namespace revlab::py
