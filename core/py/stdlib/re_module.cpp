// The `re` module: compile() with Python's cache, the module-level functions (each compiles, or
// finds in the cache, and calls the Pattern's method), re.error with its msg/pattern/pos/lineno/
// colno, re.escape, and the flags as re.RegexFlag values (an int subclass whose repr is
// "re.IGNORECASE|re.MULTILINE", as Python's enum.IntFlag prints them).
#include "py/stdlib/native.hpp"
#include "py/stdlib/re_objects.hpp"

#include <cstdio>

namespace revlab::py::re {

namespace {

// The flags in the order Python's RegexFlag defines them, which is the order its repr names them.
struct FlagName {
    const char* name;
    const char* alias;
    unsigned value;
};
constexpr FlagName kFlags[] = {
    {"ASCII", "A", regex::kAscii},         {"IGNORECASE", "I", regex::kIgnoreCase},
    {"LOCALE", "L", regex::kLocale},       {"UNICODE", "U", regex::kUnicode},
    {"MULTILINE", "M", regex::kMultiline}, {"DOTALL", "S", regex::kDotAll},
    {"VERBOSE", "X", regex::kVerbose},     {"TEMPLATE", "T", regex::kTemplate},
    {"DEBUG", nullptr, regex::kDebug},
};
constexpr unsigned kAllFlags = 0x1FF;
constexpr std::size_t kMaxCache = 512; // Python's _MAXCACHE

// ---- RegexFlag

std::int64_t flag_int(Interp& I, const Value& v) {
    return I.index(v, "flags");
}

Value make_flag(Interp& I, ClassObj* cls, std::int64_t value) {
    Ref<InstanceObj> f = I.heap.make<InstanceObj>(Ref<ClassObj>(cls));
    f->base = Value::integer(value);
    return Value(f);
}

std::string flag_repr(std::int64_t v) {
    if (v == 0) return "re.NOFLAG";
    std::string out;
    std::int64_t rest = v;
    for (const FlagName& f : kFlags)
        if (v & f.value) {
            out += (out.empty() ? "re." : "|re.") + std::string(f.name);
            rest &= ~static_cast<std::int64_t>(f.value);
        }
    if (rest != 0) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(rest));
        out += (out.empty() ? "" : "|") + std::string(buf);
    }
    return out;
}

Value flag_repr_fn(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "__repr__");
    return I.str(flag_repr(flag_int(I, self)));
}

// a | b, a & b, a ^ b with an int: a RegexFlag; anything else is not ours to answer.
Value flag_binary(Interp& I, const Value& self, CallArgs& args, const Value& op) {
    if (args.pos.size() != 1 || !I.is_int(builtin_self(args.pos[0]))) return Value::not_implemented();
    const std::int64_t a = flag_int(I, self), b = flag_int(I, args.pos[0]);
    const std::int64_t r = op.as_int() == '|' ? a | b : op.as_int() == '&' ? a & b : a ^ b;
    return make_flag(I, I.type_of(self), r);
}

Value flag_invert(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "__invert__");
    return make_flag(I, I.type_of(self), ~flag_int(I, self) & kAllFlags);
}

// ---- re.error

Value error_init(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "error", {"msg", "pattern=", "pos="});
    const Value msg = a[0];
    const Value pattern = a.get(1);
    const Value pos = a.get(2);
    std::string text = I.to_str(msg);
    Value lineno, colno;
    if (!pattern.is_none() && !pos.is_none()) {
        const std::int64_t p = I.index(pos, "pos");
        text += " at position " + std::to_string(p);
        // Lines and columns count code points (bytes for a bytes pattern), as Python's do.
        std::u32string chars;
        if (const std::string* s = str_text(pattern))
            chars = regex::to_u32(*s);
        else if (const std::string* b = bytes_data(pattern))
            for (unsigned char c : *b)
                chars += c;
        std::int64_t line = 1, last_newline = -1;
        for (std::int64_t k = 0; k < p && k < static_cast<std::int64_t>(chars.size()); ++k)
            if (chars[static_cast<std::size_t>(k)] == U'\n') ++line, last_newline = k;
        lineno = Value::integer(line);
        colno = Value::integer(p - last_newline);
        if (chars.find(U'\n') != std::u32string::npos)
            text += " (line " + std::to_string(line) + ", column " + std::to_string(p - last_newline) + ")";
    }
    if (InstanceObj* inst = self.get<InstanceObj>()) inst->args = I.tuple({I.str(text)});
    I.setattr(self, "msg", msg);
    I.setattr(self, "pattern", pattern);
    I.setattr(self, "pos", pos);
    I.setattr(self, "lineno", lineno);
    I.setattr(self, "colno", colno);
    return Value();
}

// ---- compiling, with the cache

Value compile_pattern(Interp& I, const Value& state, const Value& pattern, const Value& flags_value) {
    const std::int64_t flags = flags_value.is_unbound() ? 0 : flag_int(I, flags_value);
    if (const PatternObj* p = dynamic_cast<const PatternObj*>(pattern.get<NativeObj>())) {
        (void)p;
        if (flags != 0) I.value_error("cannot process flags argument with a compiled pattern");
        return pattern;
    }
    const std::string* text = str_text(pattern);
    const std::string* data = text ? nullptr : bytes_data(pattern);
    if (text == nullptr && data == nullptr) I.type_error("first argument must be string or compiled pattern");

    DictObj& cache = *state.as<TupleObj>()->items[kCache].as<DictObj>();
    const Value key = I.tuple({Value(I.type_of(pattern)), pattern, Value::integer(flags)});
    if (const Value* hit = cache.find(I, key)) return *hit;

    std::u32string chars;
    if (text) {
        chars = regex::to_u32(*text);
    } else {
        for (unsigned char c : *data)
            chars += c;
    }
    std::shared_ptr<const regex::Program> program;
    try {
        InterpBudget budget(I);
        program = regex::compile(chars, static_cast<unsigned>(flags), data != nullptr, &budget);
    } catch (const regex::SyntaxError& e) {
        switch (e.kind) {
        case regex::SyntaxError::Kind::Overflow:
            I.raise("OverflowError", e.message);
        case regex::SyntaxError::Kind::Value:
            I.value_error(e.message);
        case regex::SyntaxError::Kind::Recursion:
            I.raise("RecursionError", e.message);
        case regex::SyntaxError::Kind::Error:
            break;
        }
        raise_error(I, state, e.message, e.pos >= 0 ? pattern : Value(), e.pos);
    }
    Ref<PatternObj> p = I.heap.make<PatternObj>(Ref<ClassObj>(state_class(state, kPatternClass)));
    p->account(static_cast<std::ptrdiff_t>(program->bytes())); // the sandbox's cap counts the program
    p->program = std::move(program);
    p->pattern = pattern;
    p->bytes = data != nullptr;
    p->state = state;
    if (cache.size() >= kMaxCache) { // drop the oldest, as Python does
        for (const DictObj::Entry& e : cache.entries())
            if (e.live) {
                const Value oldest = e.key;
                cache.erase(I, oldest);
                break;
            }
    }
    cache.set(I, key, Value(p));
    return Value(p);
}

// re.f(pattern, ...rest, flags=0) is re.compile(pattern, flags).f(...rest).
Value call_on_pattern(Interp& I, CallArgs& args, const Value& state, const char* function, const char* method,
                      std::initializer_list<std::string_view> signature, std::size_t nargs) {
    Args a(I, args, function, signature);
    Value p = compile_pattern(I, state, a[0], a[nargs]);
    CallArgs inner;
    for (std::size_t k = 1; k < nargs; ++k)
        if (a.has(k)) inner.pos.push_back(a[k]);
    return I.call_method(p, method, std::move(inner));
}

Value re_compile(Interp& I, const Value&, CallArgs& args, const Value& state) {
    Args a(I, args, "compile", {"pattern", "flags="});
    return compile_pattern(I, state, a[0], a.get(1, Value::integer(0)));
}

Value re_match(Interp& I, const Value&, CallArgs& args, const Value& state) {
    return call_on_pattern(I, args, state, "match", "match", {"pattern", "string", "flags="}, 2);
}
Value re_search(Interp& I, const Value&, CallArgs& args, const Value& state) {
    return call_on_pattern(I, args, state, "search", "search", {"pattern", "string", "flags="}, 2);
}
Value re_fullmatch(Interp& I, const Value&, CallArgs& args, const Value& state) {
    return call_on_pattern(I, args, state, "fullmatch", "fullmatch", {"pattern", "string", "flags="}, 2);
}
Value re_findall(Interp& I, const Value&, CallArgs& args, const Value& state) {
    return call_on_pattern(I, args, state, "findall", "findall", {"pattern", "string", "flags="}, 2);
}
Value re_finditer(Interp& I, const Value&, CallArgs& args, const Value& state) {
    return call_on_pattern(I, args, state, "finditer", "finditer", {"pattern", "string", "flags="}, 2);
}
Value re_sub(Interp& I, const Value&, CallArgs& args, const Value& state) {
    return call_on_pattern(I, args, state, "sub", "sub", {"pattern", "repl", "string", "count=", "flags="},
                           4);
}
Value re_subn(Interp& I, const Value&, CallArgs& args, const Value& state) {
    return call_on_pattern(I, args, state, "subn", "subn", {"pattern", "repl", "string", "count=", "flags="},
                           4);
}
Value re_split(Interp& I, const Value&, CallArgs& args, const Value& state) {
    return call_on_pattern(I, args, state, "split", "split", {"pattern", "string", "maxsplit=", "flags="}, 3);
}

Value re_purge(Interp& I, const Value&, CallArgs& args, const Value& state) {
    no_args(I, args, "purge");
    std::vector<Value>& items = state.as<TupleObj>()->items;
    items[kCache].as<DictObj>()->clear_all();
    items[kLastString] = items[kLastText] = Value();
    return Value();
}

// The characters re.escape() puts a backslash before: the special ones, and whitespace.
bool needs_escape(char32_t c) {
    return c < 0x80 && std::string_view("()[]{}?*+-|^$\\.&~# \t\n\r\v\f").find(static_cast<char>(c)) !=
                           std::string_view::npos;
}

Value re_escape(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "escape", {"pattern"});
    const std::string* text = str_text(a[0]);
    const std::string* data = text ? text : bytes_data(a[0]);
    if (data == nullptr) I.type_error("expected str or bytes, got '" + I.type_name(a[0]) + "'");
    std::string out;
    out.reserve(data->size());
    for (char c : *data) { // UTF-8 continuation bytes are never special
        if (needs_escape(static_cast<unsigned char>(c))) out += '\\';
        out += c;
    }
    return text ? I.str(std::move(out)) : I.bytes(std::move(out));
}

void init_re(Interp& I, ModuleObj& m) {
    DictObj& d = *m.dict;
    Ref<ClassObj> pattern_cls = native_class(I, "Pattern", "re");
    Ref<ClassObj> match_cls = native_class(I, "Match", "re");
    Ref<ClassObj> scanner_cls = native_class(I, "callable_iterator", "builtins");
    Ref<ClassObj> text_cls = native_class(I, "_subject_text", "re"); // never seen by scripts
    Ref<ClassObj> error_cls = open_class(I, "error", "re", {Ref<ClassObj>(I.t.exc("Exception"))});
    add_method(I, *error_cls, "__init__", error_init);
    Ref<ClassObj> flag_cls = open_class(I, "RegexFlag", "re", {I.t.int_});
    add_method(I, *flag_cls, "__repr__", flag_repr_fn);
    add_method(I, *flag_cls, "__str__", flag_repr_fn);
    for (const char* op : {"or", "and", "xor"}) {
        const Value code = Value::integer(op[0] == 'o' ? '|' : op[0] == 'a' ? '&' : '^');
        add_method(I, *flag_cls, std::string("__") + op + "__", flag_binary, code);
        add_method(I, *flag_cls, std::string("__r") + op + "__", flag_binary, code);
    }
    add_method(I, *flag_cls, "__invert__", flag_invert);

    const Value state = I.tuple({Value(pattern_cls), Value(match_cls), Value(scanner_cls), Value(error_cls),
                                 Value(flag_cls), Value(text_cls), Value(I.dict()), Value(), Value()});
    for (const FlagName& f : kFlags) {
        const Value v = make_flag(I, flag_cls.get(), f.value);
        flag_cls->dict->set(I, f.name, v);
        d.set(I, f.name, v);
        if (f.alias) {
            flag_cls->dict->set(I, f.alias, v);
            d.set(I, f.alias, v);
        }
    }
    const Value noflag = make_flag(I, flag_cls.get(), 0);
    flag_cls->dict->set(I, "NOFLAG", noflag);
    d.set(I, "NOFLAG", noflag);

    init_pattern_class(I, *pattern_cls);
    init_match_class(I, *match_cls);
    init_scanner_class(I, *scanner_cls);

    d.set(I, "Pattern", Value(pattern_cls));
    d.set(I, "Match", Value(match_cls));
    d.set(I, "error", Value(error_cls));
    d.set(I, "RegexFlag", Value(flag_cls));
    d.set(I, "__version__", I.str("2.2.1"));
    const std::pair<const char*, NativeFn> functions[] = {
        {"compile", re_compile}, {"match", re_match},
        {"search", re_search},   {"fullmatch", re_fullmatch},
        {"findall", re_findall}, {"finditer", re_finditer},
        {"sub", re_sub},         {"subn", re_subn},
        {"split", re_split},     {"purge", re_purge},
        {"escape", re_escape},
    };
    for (const auto& [name, fn] : functions)
        d.set(I, name, I.builtin(name, fn, Value(), state));
}

} // namespace

ClassObj* state_class(const Value& state, StateSlot slot) {
    return state.as<TupleObj>()->items[slot].as<ClassObj>();
}

void raise_error(Interp& I, const Value& state, const std::string& msg, const Value& pattern,
                 std::int64_t pos) {
    CallArgs args{I.str(msg)};
    if (!pattern.is_none()) {
        args.pos.push_back(pattern);
        args.pos.push_back(Value::integer(pos));
    }
    I.raise_value(I.call(Value(Ref<ClassObj>(state_class(state, kErrorClass))), std::move(args)));
}

} // namespace revlab::py::re

namespace revlab::py {

void register_re_module(Interp& I) {
    I.add_native_module("re", re::init_re);
}

} // namespace revlab::py
