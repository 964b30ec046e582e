#include "operations/value.hpp"

#include <algorithm>

namespace revlab::operations {

namespace {
const char* kind_name(Value::Kind k) {
    switch (k) {
    case Value::Kind::None: return "None";
    case Value::Kind::Bool: return "a boolean";
    case Value::Kind::Int: return "an integer";
    case Value::Kind::Float: return "a number";
    case Value::Kind::Str: return "a string";
    case Value::Kind::Bytes: return "bytes";
    case Value::Kind::List: return "a list";
    case Value::Kind::Tuple: return "a tuple";
    case Value::Kind::Dict: return "a dict";
    case Value::Kind::Ref: return "a name";
    case Value::Kind::Call: return "a call";
    case Value::Kind::Object: return "an object";
    }
    return "a value";
}

ValuePtr make(Value::Kind k, SourceLocation loc) {
    auto v = std::make_shared<Value>();
    v->kind = k;
    v->loc = std::move(loc);
    return v;
}
} // namespace

std::string Value::short_name() const {
    auto dot = s.rfind('.');
    return dot == std::string::npos ? s : s.substr(dot + 1);
}

std::string Value::describe() const {
    switch (kind) {
    case Kind::Ref: return short_name();
    case Kind::Call: return short_name() + "(...)";
    case Kind::Str: return "'" + s + "'";
    default: return kind_name(kind);
    }
}

const Value* Value::kwarg(const std::string& name) const {
    for (const auto& [k, v] : kwargs)
        if (k == name) return v.get();
    return nullptr;
}

ValuePtr make_none(SourceLocation loc) { return make(Value::Kind::None, std::move(loc)); }
ValuePtr make_bool(bool b, SourceLocation loc) {
    auto v = std::make_shared<Value>();
    v->kind = Value::Kind::Bool;
    v->b = b;
    v->loc = std::move(loc);
    return v;
}
ValuePtr make_int(std::int64_t i, SourceLocation loc) {
    auto v = std::make_shared<Value>();
    v->kind = Value::Kind::Int;
    v->i = i;
    v->loc = std::move(loc);
    return v;
}
ValuePtr make_str(std::string s, SourceLocation loc) {
    auto v = std::make_shared<Value>();
    v->kind = Value::Kind::Str;
    v->s = std::move(s);
    v->loc = std::move(loc);
    return v;
}

std::string expect_str(const Value& v, const std::string& what) {
    if (v.kind != Value::Kind::Str) throw Error(v.loc, what + " must be a string, not " + kind_name(v.kind));
    return v.s;
}

std::optional<std::string> expect_optional_str(const Value& v, const std::string& what) {
    if (v.kind == Value::Kind::None) return std::nullopt;
    return expect_str(v, what);
}

bool expect_bool(const Value& v, const std::string& what) {
    if (v.kind == Value::Kind::Bool) return v.b;
    if (v.kind == Value::Kind::Int) return v.i != 0;
    if (v.kind == Value::Kind::None) return false;
    throw Error(v.loc, what + " must be True or False, not " + kind_name(v.kind));
}

std::int64_t expect_int(const Value& v, const std::string& what) {
    if (v.kind == Value::Kind::Int) return v.i;
    throw Error(v.loc, what + " must be an integer, not " + kind_name(v.kind));
}

std::vector<ValuePtr> expect_sequence(const Value& v, const std::string& what) {
    if (v.kind == Value::Kind::List || v.kind == Value::Kind::Tuple) return v.items;
    throw Error(v.loc, what + " must be a list or tuple, not " + kind_name(v.kind));
}

Arguments::Arguments(const Value& call, const std::vector<std::string>& signature, const std::string& callable)
    : callable_(callable), loc_(call.loc) {
    std::vector<std::string> positional, keyword_only;
    bool star_args = false, star_kw = false, after_star = false;
    for (const auto& p : signature) {
        if (p == "*") after_star = true;
        else if (p == "*args") star_args = true, after_star = true;
        else if (p == "**kw") star_kw = true;
        else (after_star ? keyword_only : positional).push_back(p);
    }
    for (size_t i = 0; i < call.items.size(); ++i) {
        if (i < positional.size()) bound_.emplace_back(positional[i], call.items[i]);
        else if (star_args) rest_.push_back(call.items[i]);
        else
            throw Error(call.items[i]->loc, callable + " takes at most " + std::to_string(positional.size()) +
                                                " positional argument" + (positional.size() == 1 ? "" : "s") +
                                                "; pass the rest by keyword");
    }
    for (const auto& [name, value] : call.kwargs) {
        bool known = std::find(positional.begin(), positional.end(), name) != positional.end() ||
                     std::find(keyword_only.begin(), keyword_only.end(), name) != keyword_only.end();
        if (!known) {
            if (star_kw) {
                extra_.emplace_back(name, value);
                continue;
            }
            std::string known_list;
            for (const auto& p : positional) known_list += (known_list.empty() ? "" : ", ") + p;
            for (const auto& p : keyword_only) known_list += (known_list.empty() ? "" : ", ") + p;
            throw Error(value->loc, "unknown argument '" + name + "' to " + callable +
                                        (known_list.empty() ? "" : " (it takes: " + known_list + ")"));
        }
        for (const auto& [bn, _] : bound_)
            if (bn == name) throw Error(value->loc, callable + " got multiple values for argument '" + name + "'");
        bound_.emplace_back(name, value);
    }
}

const Value* Arguments::get(const std::string& name) const {
    for (const auto& [n, v] : bound_)
        if (n == name) return v.get();
    return nullptr;
}

const Value& Arguments::require(const std::string& name) const {
    if (const Value* v = get(name)) return *v;
    throw Error(loc_, callable_ + " is missing its required argument '" + name + "'");
}

} // namespace revlab::operations
