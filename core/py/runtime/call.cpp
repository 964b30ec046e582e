// Calling: dispatch on what is called, and binding a call's arguments to a Python function's
// parameters with CPython's rules and error messages.
#include "py/runtime/interp.hpp"

#include "py/runtime/classes.hpp"
#include "py/runtime/dispatch.hpp"
#include "py/runtime/exec.hpp"
#include "py/runtime/generators.hpp"

namespace revlab::py {

namespace {

std::string quoted_list(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += names.size() == 2 ? " and " : i + 1 == names.size() ? ", and " : ", ";
        out += "'" + names[i] + "'";
    }
    return out;
}

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// Binds `args` to the slots of `frame` as Python binds a call to a def's parameters. The slots
// start unbound (bind_call), and an argument is never unbound, so a parameter is filled exactly
// when its slot is bound: no bookkeeping of its own on this path, which every call takes.
void bind_arguments(Interp& I, FunctionObj& fn, CallArgs& args, Frame& frame) {
    const CodeInfo& code = *fn.code;
    // The function's name, for the messages only (a copy on every call would cost an allocation).
    auto fname = [&]() -> std::string {
        return fn.qualname.is(ObjType::Str) ? fn.qualname.as<StrObj>()->text : code.name;
    };
    const std::size_t npos = static_cast<std::size_t>(code.positional);
    const std::size_t nkwonly = static_cast<std::size_t>(code.keyword_only);
    auto filled = [&](std::size_t i) { return !frame.slots[i].is_unbound(); };

    // Positional arguments.
    const std::size_t given = args.pos.size();
    for (std::size_t i = 0; i < given && i < npos; ++i) frame.slots[i] = std::move(args.pos[i]);
    if (given > npos) {
        if (code.star_slot < 0) {
            const std::size_t with_default = fn.defaults.size();
            std::string takes;
            if (with_default > 0)
                takes = "from " + std::to_string(npos - with_default) + " to " + std::to_string(npos);
            else
                takes = std::to_string(npos);
            std::string kwonly_given;
            std::size_t kw_count = 0;
            for (const auto& [name, value] : args.kw)
                for (std::size_t k = 0; k < nkwonly; ++k)
                    if (code.slots[npos + k] == name) ++kw_count;
            if (kw_count > 0)
                kwonly_given = " positional argument" + std::string(given == 1 ? "" : "s") + " (and " +
                               std::to_string(kw_count) + " keyword-only argument" + (kw_count == 1 ? "" : "s") + ")";
            I.type_error(fname() + "() takes " + takes + " positional argument" +
                         ((npos == 1 && with_default == 0) ? "" : "s") + " but " + std::to_string(given) +
                         (kwonly_given.empty() ? (given == 1 ? " was" : " were") + std::string(" given")
                                               : kwonly_given + " were given"));
        }
        std::vector<Value> rest(std::make_move_iterator(args.pos.begin() + static_cast<std::ptrdiff_t>(npos)),
                                std::make_move_iterator(args.pos.end()));
        frame.slots[static_cast<std::size_t>(code.star_slot)] = I.tuple(std::move(rest));
    } else if (code.star_slot >= 0) {
        frame.slots[static_cast<std::size_t>(code.star_slot)] = I.tuple();
    }

    // Keyword arguments.
    Ref<DictObj> extra;
    if (code.kwstar_slot >= 0) extra = I.dict();
    std::vector<std::string> posonly_as_keyword;
    for (auto& [name, value] : args.kw) {
        std::size_t k = 0;
        for (; k < npos + nkwonly; ++k)
            if (code.slots[k] == name) break;
        if (k < npos + nkwonly && k < static_cast<std::size_t>(code.positional_only)) {
            if (extra) {
                extra->set(I, name, std::move(value));
                continue;
            }
            posonly_as_keyword.push_back(name);
            continue;
        }
        if (k == npos + nkwonly) {
            if (!extra) I.type_error(fname() + "() got an unexpected keyword argument '" + name + "'");
            extra->set(I, name, std::move(value));
            continue;
        }
        if (filled(k)) I.type_error(fname() + "() got multiple values for argument '" + name + "'");
        frame.slots[k] = std::move(value);
    }
    if (!posonly_as_keyword.empty())
        I.type_error(fname() + "() got some positional-only arguments passed as keyword arguments: '" +
                     [&] {
                         std::string s;
                         for (std::size_t i = 0; i < posonly_as_keyword.size(); ++i)
                             s += (i ? ", " : "") + posonly_as_keyword[i];
                         return s;
                     }() +
                     "'");
    if (extra) frame.slots[static_cast<std::size_t>(code.kwstar_slot)] = Value(extra);

    // Defaults, then what is still missing.
    const std::size_t first_default = npos - fn.defaults.size();
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < npos; ++i) {
        if (filled(i)) continue;
        if (i >= first_default) {
            frame.slots[i] = fn.defaults[i - first_default];
        } else {
            missing.push_back(code.slots[i]);
        }
    }
    if (!missing.empty())
        I.type_error(fname() + "() missing " + plural(missing.size(), "required positional argument") + ": " +
                     quoted_list(missing));
    for (std::size_t k = 0; k < nkwonly; ++k) {
        if (filled(npos + k)) continue;
        const std::string& name = code.slots[npos + k];
        bool found = false;
        for (const auto& [kname, kvalue] : fn.kwdefaults)
            if (kname == name) {
                frame.slots[npos + k] = kvalue;
                found = true;
            }
        if (!found) missing.push_back(name);
    }
    if (!missing.empty())
        I.type_error(fname() + "() missing " + plural(missing.size(), "required keyword-only argument") + ": " +
                     quoted_list(missing));
}

} // namespace

Value Interp::run_function(FunctionObj& fn, CallArgs& args) {
    if (fn.code->is_generator) return make_generator_call(*this, fn, args);
    Frame frame;
    return run_function_in(fn, args, frame);
}

void Interp::bind_call(FunctionObj& fn, CallArgs& args, Frame& frame) {
    frame.code = fn.code;
    frame.function = &fn;
    frame.globals = fn.globals.get();
    frame.closure = &fn.closure;
    frame.source = &fn.source;
    frame.name = fn.code->name;
    frame.where = &fn.code->loc;
    // Locals start unbound: reading one before its assignment is an UnboundLocalError, not None.
    frame.slots.assign(fn.code->slots.size(), Value::unbound());
    bind_arguments(*this, fn, args, frame);
    for (std::size_t i = 0; i < frame.slots.size(); ++i)
        if (fn.code->is_cell[i]) {
            Value initial = frame.slots[i].is_unbound() ? Value() : std::move(frame.slots[i]);
            Ref<CellObj> cell = heap.make<CellObj>(std::move(initial));
            cell->empty = i >= static_cast<std::size_t>(fn.code->positional + fn.code->keyword_only) &&
                          static_cast<int>(i) != fn.code->star_slot && static_cast<int>(i) != fn.code->kwstar_slot;
            frame.slots[i] = Value(cell);
        }
}

Value Interp::run_function_in(FunctionObj& fn, CallArgs& args, Frame& frame) {
    Ref<FunctionObj> keep(&fn); // the function may be deleted from its namespace while it runs
    frame.code = fn.code;
    frame.name = fn.code->name;
    frame.where = &fn.code->loc;
    frame.source = &fn.source;
    FrameGuard guard(*this, frame);
    bind_call(fn, args, frame);
    step();
    if (fn.lambda_body != nullptr) return eval(*fn.lambda_body, frame);
    run_body(*this, *fn.body, frame);
    return std::move(frame.return_value);
}

Value Interp::call(const Value& f, CallArgs args) {
    if (!f.is_object()) type_error("'" + type_name(f) + "' object is not callable");
    switch (f.obj()->type()) {
    case ObjType::Function:
        return run_function(*f.as<FunctionObj>(), args);
    case ObjType::Builtin: {
        BuiltinObj* b = f.as<BuiltinObj>();
        Ref<BuiltinObj> keep(b);
        step();
        if (b->is_method && !b->bound && !b->is_classmethod) {
            // str.upper(s): an unbound method takes its instance as the first argument
            if (args.pos.empty()) type_error("unbound method " + b->name + "() needs an argument");
            Value self = std::move(args.pos.front());
            args.pos.erase(args.pos.begin());
            return b->fn(*this, self, args, b->data);
        }
        return b->fn(*this, b->self, args, b->data);
    }
    case ObjType::BoundMethod: {
        BoundMethodObj* m = f.as<BoundMethodObj>();
        Value function = m->function;
        args.pos.insert(args.pos.begin(), m->self);
        return call(function, std::move(args));
    }
    case ObjType::Class:
        return instantiate(*this, Ref<ClassObj>(f.as<ClassObj>()), args);
    case ObjType::StaticMethod:
        return call(f.as<StaticMethodObj>()->function, std::move(args));
    case ObjType::Instance:
    case ObjType::Native:
        if (const Value* c = user_dunder(*this, f, "__call__")) {
            Value method = bind_descriptor(*this, *c, f);
            return call(method, std::move(args));
        }
        break;
    default:
        break;
    }
    type_error("'" + type_name(f) + "' object is not callable");
}

Value Interp::call_method(const Value& obj, std::string_view name, CallArgs args) {
    // Python functions found on the class are called without making a bound method.
    if (const InstanceObj* inst = obj.get<InstanceObj>()) {
        if (inst->dict == nullptr || inst->dict->find(name) == nullptr) {
            if (const Value* f = inst->cls->lookup(name); f != nullptr && f->is(ObjType::Function)) {
                Value fn = *f;
                args.pos.insert(args.pos.begin(), obj);
                return call(fn, std::move(args));
            }
        }
    }
    return call(getattr(obj, name), std::move(args));
}

std::optional<Value> Interp::call_method_if(const Value& obj, std::string_view name, CallArgs args) {
    std::optional<Value> f = getattr_if(obj, name);
    if (!f) return std::nullopt;
    return call(*f, std::move(args));
}

} // namespace revlab::py
