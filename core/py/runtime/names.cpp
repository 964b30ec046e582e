// Names and assignment targets: reading, writing and deleting a name where the resolver put it,
// unpacking into tuple targets, and making functions with their defaults and closures.
#include "py/runtime/exec.hpp"

#include "py/runtime/dispatch.hpp"
#include "py/runtime/modules.hpp"

namespace revlab::py {

namespace {

[[noreturn]] void unbound_local(Interp& I, const std::string& name) {
    I.raise("UnboundLocalError", "cannot access local variable '" + name + "' where it is not associated with a value");
}

[[noreturn]] void unbound_free(Interp& I, const std::string& name) {
    I.raise("NameError", "cannot access free variable '" + name +
                             "' where it is not associated with a value in enclosing scope");
}

[[noreturn]] void not_defined(Interp& I, const std::string& name) {
    I.raise("NameError", "name '" + name + "' is not defined");
}

Value load_global(Interp& I, const std::string& name, Frame& f) {
    const std::int64_t hash = hash_text(name); // once, for both dicts
    if (const Value* v = f.globals->find(name, hash)) return *v;
    if (const Value* v = I.builtins->find(name, hash)) return *v;
    if (name == "__builtins__")
        I.raise("NameError", "name '__builtins__' is not available in Revlab's sandbox (scripts cannot reach the "
                             "interpreter's internals)");
    not_defined(I, name);
}

CellObj& cell_in(Frame& f, NameScope scope, int slot) {
    if (scope == NameScope::Cell) return *f.slots[static_cast<std::size_t>(slot)].as<CellObj>();
    return *(*f.closure)[static_cast<std::size_t>(slot)];
}

} // namespace

Value load_name(Interp& I, const Expr& e, Frame& f) {
    switch (e.scope) {
    case NameScope::Local: {
        const Value& v = f.slots[static_cast<std::size_t>(e.slot)];
        if (v.is_unbound()) unbound_local(I, e.text);
        return v;
    }
    case NameScope::Cell:
    case NameScope::Free: {
        CellObj& c = cell_in(f, e.scope, e.slot);
        if (c.empty) {
            if (e.scope == NameScope::Cell) unbound_local(I, e.text);
            unbound_free(I, e.text);
        }
        return c.value;
    }
    case NameScope::ClassBody:
        if (f.ns != nullptr)
            if (const Value* v = f.ns->find(e.text)) return *v;
        return load_global(I, e.text, f);
    case NameScope::ClassFree: {
        if (f.ns != nullptr)
            if (const Value* v = f.ns->find(e.text)) return *v;
        CellObj& c = *(*f.closure)[static_cast<std::size_t>(e.slot)];
        if (c.empty) unbound_free(I, e.text);
        return c.value;
    }
    case NameScope::Global:
    case NameScope::Unresolved:
        return load_global(I, e.text, f);
    }
    not_defined(I, e.text);
}

void store_name(Interp& I, NameScope scope, int slot, const std::string& name, Value v, Frame& f) {
    switch (scope) {
    case NameScope::Local:
        f.slots[static_cast<std::size_t>(slot)] = std::move(v);
        return;
    case NameScope::Cell:
    case NameScope::Free: {
        CellObj& c = cell_in(f, scope, slot);
        c.value = std::move(v);
        c.empty = false;
        return;
    }
    case NameScope::ClassBody:
    case NameScope::ClassFree:
        f.ns->set(I, name, std::move(v));
        return;
    case NameScope::Global:
    case NameScope::Unresolved:
        f.globals->set(I, name, std::move(v));
        return;
    }
}

void delete_name(Interp& I, const Expr& e, Frame& f) {
    switch (e.scope) {
    case NameScope::Local: {
        Value& v = f.slots[static_cast<std::size_t>(e.slot)];
        if (v.is_unbound()) unbound_local(I, e.text);
        v = Value::unbound();
        return;
    }
    case NameScope::Cell:
    case NameScope::Free: {
        CellObj& c = cell_in(f, e.scope, e.slot);
        if (c.empty) unbound_local(I, e.text);
        c.value = Value();
        c.empty = true;
        return;
    }
    case NameScope::ClassBody:
    case NameScope::ClassFree:
        if (f.ns == nullptr || !f.ns->erase(e.text)) not_defined(I, e.text);
        return;
    case NameScope::Global:
    case NameScope::Unresolved:
        if (!f.globals->erase(e.text)) not_defined(I, e.text);
        return;
    }
}

namespace {

void unpack(Interp& I, const Expr& target, const Value& v, Frame& f) {
    const auto& targets = target.items;
    std::size_t star = targets.size();
    for (std::size_t i = 0; i < targets.size(); ++i)
        if (targets[i]->kind == ExprKind::Starred) star = i;
    std::vector<Value> values;
    if (const TupleObj* t = v.get<TupleObj>()) values = t->items;
    else if (const ListObj* l = v.get<ListObj>()) values = l->items;
    else {
        // Any iterable; without a starred target, read one past the count to detect "too many".
        Value it;
        try {
            it = I.iter(v);
        } catch (PyException& e) {
            if (!I.isinstance(e.exc, I.t.exc("TypeError"))) throw;
            I.type_error("cannot unpack non-iterable " + I.type_name(v) + " object");
        }
        while (auto x = I.next(it)) {
            values.push_back(std::move(*x));
            if (star == targets.size() && values.size() > targets.size()) break;
        }
    }
    if (star == targets.size()) {
        if (values.size() < targets.size())
            I.value_error("not enough values to unpack (expected " + std::to_string(targets.size()) + ", got " +
                          std::to_string(values.size()) + ")");
        if (values.size() > targets.size())
            I.value_error("too many values to unpack (expected " + std::to_string(targets.size()) + ")");
        for (std::size_t i = 0; i < targets.size(); ++i)
            assign(I, *targets[i], values[i], f);
        return;
    }
    const std::size_t after = targets.size() - star - 1;
    if (values.size() < targets.size() - 1)
        I.value_error("not enough values to unpack (expected at least " + std::to_string(targets.size() - 1) +
                      ", got " + std::to_string(values.size()) + ")");
    for (std::size_t i = 0; i < star; ++i)
        assign(I, *targets[i], values[i], f);
    std::vector<Value> middle(values.begin() + static_cast<std::ptrdiff_t>(star),
                              values.end() - static_cast<std::ptrdiff_t>(after));
    assign(I, *targets[star]->items[0], I.list(std::move(middle)), f);
    for (std::size_t i = 0; i < after; ++i)
        assign(I, *targets[star + 1 + i], values[values.size() - after + i], f);
}

} // namespace

void assign(Interp& I, const Expr& target, const Value& v, Frame& f) {
    switch (target.kind) {
    case ExprKind::Name:
        store_name(I, target.scope, target.slot, target.text, v, f);
        return;
    case ExprKind::Attribute:
        I.setattr(I.eval(*target.object, f), target.text, v);
        return;
    case ExprKind::Subscript: {
        Value obj = I.eval(*target.object, f);
        I.setitem(obj, subscript_key(I, target, f), v);
        return;
    }
    case ExprKind::Tuple:
    case ExprKind::List:
        unpack(I, target, v, f);
        return;
    case ExprKind::Starred:
        assign(I, *target.items[0], v, f);
        return;
    default:
        I.raise("SyntaxError", "cannot assign to expression");
    }
}

std::vector<Ref<CellObj>> make_closure(Interp& I, const CodeInfo& code, Frame& f) {
    (void)I;
    std::vector<Ref<CellObj>> closure;
    closure.reserve(code.free.size());
    for (const auto& [scope, slot] : code.free_from) {
        if (scope == NameScope::Cell)
            closure.emplace_back(f.slots[static_cast<std::size_t>(slot)].as<CellObj>());
        else if (scope == NameScope::Free)
            closure.push_back((*f.closure)[static_cast<std::size_t>(slot)]);
        else
            closure.push_back(I.heap.make<CellObj>()); // cannot happen after resolve(); stays empty
    }
    return closure;
}

Value make_function(Interp& I, const std::shared_ptr<const Source>& src, const CodeInfo& code,
                    const std::vector<Param>& params, Frame& f) {
    Ref<FunctionObj> fn = I.heap.make<FunctionObj>(src, &code);
    fn->params = &params;
    fn->globals = Ref<DictObj>(f.globals);
    for (const Param& p : params) {
        if (!p.default_value) continue;
        Value d = I.eval(*p.default_value, f);
        if (p.keyword_only) fn->kwdefaults.emplace_back(p.name, std::move(d));
        else fn->defaults.push_back(std::move(d));
    }
    fn->closure = make_closure(I, code, f);
    // Parameter annotations, evaluated now unless the module keeps them as text
    // (`from __future__ import annotations`).
    Ref<DictObj> annotations;
    for (const Param& p : params) {
        if (!p.annotation || p.name.empty()) continue;
        if (!annotations) annotations = I.dict();
        annotations->set(I, p.name, future_annotations(I, f) ? I.str(source_text(I, f, *p.annotation))
                                                              : I.eval(*p.annotation, f));
    }
    if (annotations) fn->annotations = Value(annotations);
    fn->name = I.str(code.name);
    fn->qualname = I.str(code.qualname);
    if (const Value* m = f.globals->find("__name__")) fn->module = *m;
    return Value(fn);
}

const std::shared_ptr<const Source>& source_of(Interp& I, Frame& f) {
    (void)I;
    return *f.source;
}

} // namespace revlab::py
