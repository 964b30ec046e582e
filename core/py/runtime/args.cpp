#include "py/runtime/args.hpp"

#include "py/runtime/dispatch.hpp"

#include <algorithm>

namespace revlab::py {

namespace {

struct Spec {
    std::string_view name;
    bool required = false;
    bool keyword_only = false;
    bool positional_only = false;
};

} // namespace

Args::Args(Interp& I, CallArgs& args, std::string_view function, std::initializer_list<std::string_view> signature) {
    std::vector<Spec> specs;
    bool star = false, kwstar = false;
    for (std::string_view s : signature) {
        if (s == "/") {
            for (Spec& p : specs)
                p.positional_only = true;
            continue;
        }
        if (s == "*") {
            star = true;
            continue;
        }
        if (s == "**") {
            kwstar = true;
            continue;
        }
        Spec p;
        if (s.front() == '$') {
            p.keyword_only = true;
            s.remove_prefix(1);
            if (s.back() == '!') {
                p.required = true;
                s.remove_suffix(1);
            }
        } else if (s.back() == '=') {
            s.remove_suffix(1);
        } else {
            p.required = true;
        }
        p.name = s;
        specs.push_back(p);
    }
    values_.assign(specs.size(), Value::unbound());
    std::size_t positional = 0, required = 0;
    for (const Spec& p : specs) {
        if (!p.keyword_only) ++positional;
        if (p.required && !p.keyword_only) ++required;
    }
    const std::string f(function);
    if (args.pos.size() > positional) {
        if (!star) {
            if (positional == 0) I.type_error(f + "() takes no arguments (" + std::to_string(args.pos.size()) + " given)");
            if (positional == required)
                I.type_error(f + "() takes exactly " + (positional == 1 ? std::string("one argument") : std::to_string(positional) + " arguments") +
                             " (" + std::to_string(args.pos.size()) + " given)");
            I.type_error(f + "() takes at most " + std::to_string(positional) + " argument" + (positional == 1 ? "" : "s") +
                         " (" + std::to_string(args.pos.size()) + " given)");
        }
        rest_.assign(args.pos.begin() + static_cast<std::ptrdiff_t>(positional), args.pos.end());
    }
    std::size_t k = 0;
    for (std::size_t i = 0; i < specs.size() && k < args.pos.size(); ++i)
        if (!specs[i].keyword_only) values_[i] = std::move(args.pos[k++]);
    for (auto& [name, value] : args.kw) {
        std::size_t i = 0;
        for (; i < specs.size(); ++i)
            if (specs[i].name == name && !specs[i].positional_only) break;
        if (i == specs.size()) {
            if (kwstar) {
                extra_.emplace_back(name, std::move(value));
                continue;
            }
            bool positional_only = false;
            for (const Spec& p : specs)
                positional_only = positional_only || (p.name == name && p.positional_only);
            if (positional_only || specs.empty() || std::all_of(specs.begin(), specs.end(), [](const Spec& p) { return p.positional_only; }))
                I.type_error(f + "() takes no keyword arguments");
            I.type_error("'" + name + "' is an invalid keyword argument for " + f + "()");
        }
        if (!values_[i].is_unbound())
            I.type_error("argument for " + f + "() given by name ('" + name + "') and position (" + std::to_string(i + 1) + ")");
        values_[i] = std::move(value);
    }
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (!specs[i].required || !values_[i].is_unbound()) continue;
        if (specs[i].keyword_only)
            I.type_error(f + "() missing required keyword-only argument: '" + std::string(specs[i].name) + "'");
        if (positional == required && !star)
            I.type_error(f + "() takes exactly " + (positional == 1 ? std::string("one argument") : std::to_string(positional) + " arguments") +
                         " (" + std::to_string(args.pos.size()) + " given)");
        I.type_error(f + "() missing required argument '" + std::string(specs[i].name) + "' (pos " + std::to_string(i + 1) + ")");
    }
}

void no_args(Interp& I, const CallArgs& args, std::string_view function) {
    if (!args.kw.empty()) I.type_error(std::string(function) + "() takes no keyword arguments");
    if (!args.pos.empty())
        I.type_error(std::string(function) + "() takes no arguments (" + std::to_string(args.pos.size()) + " given)");
}

const Value& builtin_self(const Value& self) {
    return unwrap(self);
}

} // namespace revlab::py
