// repr(), str(), format(), ascii(), the % operator and str.format, with CPython's output.
#include "py/runtime/text.hpp"

#include "py/floats.hpp"
#include "py/format_spec.hpp"
#include "py/percent_format.hpp"
#include "py/runtime/dispatch.hpp"
#include "py/runtime/codecs.hpp"
#include "py/runtime/generators.hpp"
#include "py/str_repr.hpp"

#include <algorithm>
#include <cstdio>

namespace revlab::py {

namespace {

// Containers that are being printed right now: a list that holds itself prints as [...].
class ReprGuard {
public:
    ReprGuard(std::vector<const Object*>& stack, const Object* o) : stack_(stack) {
        for (const Object* x : stack)
            if (x == o) recursive = true;
        if (!recursive) stack.push_back(o);
    }
    ~ReprGuard() {
        if (!recursive) stack_.pop_back();
    }
    ReprGuard(const ReprGuard&) = delete;
    ReprGuard& operator=(const ReprGuard&) = delete;
    bool recursive = false;

private:
    std::vector<const Object*>& stack_;
};

std::string address(const void* p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<std::uintptr_t>(p)));
    return buf;
}

std::string join_reprs(Interp& I, const std::vector<Value>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += I.repr(items[i]);
        I.heap.reserve(out.size());
    }
    return out;
}

std::string class_repr(const ClassObj& c) {
    const Value* module = c.dict->find("__module__");
    std::string m = module != nullptr && module->is(ObjType::Str) ? module->as<StrObj>()->text : "";
    if (m.empty() || m == "builtins") return "<class '" + c.qualname + "'>";
    return "<class '" + m + "." + c.qualname + "'>";
}

std::string module_of(Interp& I, ClassObj* c) {
    (void)I;
    const Value* module = c->dict->find("__module__");
    return module != nullptr && module->is(ObjType::Str) ? module->as<StrObj>()->text : "";
}

} // namespace

std::string bytes_repr(std::string_view b) {
    const bool has_single = b.find('\'') != std::string_view::npos;
    const bool has_double = b.find('"') != std::string_view::npos;
    const char quote = has_single && !has_double ? '"' : '\'';
    std::string out = "b";
    out += quote;
    static const char* hex = "0123456789abcdef";
    for (unsigned char c : b) {
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7f) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    out += quote;
    return out;
}

std::string Interp::repr(const Value& v) {
    switch (v.tag()) {
    case Value::Tag::None:
        return "None";
    case Value::Tag::Bool:
        return v.as_bool() ? "True" : "False";
    case Value::Tag::Int:
        return std::to_string(v.as_int());
    case Value::Tag::Float:
        return float_repr(v.as_float());
    case Value::Tag::NotImplemented:
        return "NotImplemented";
    case Value::Tag::Ellipsis:
    case Value::Tag::Unbound:
        return "Ellipsis";
    case Value::Tag::Object:
        break;
    }
    step();
    check_stack();
    Object* o = v.obj();
    switch (o->type()) {
    case ObjType::Str:
        return repr_str(v.as<StrObj>()->text);
    case ObjType::Bytes:
        return bytes_repr(v.as<BytesObj>()->bytes);
    case ObjType::BigInt:
        try {
            return v.as<BigIntObj>()->value.to_string(10);
        } catch (const NumberError& e) {
            number_error(e);
        }
    case ObjType::List: {
        ReprGuard g(repr_stack, o);
        if (g.recursive) return "[...]";
        std::vector<Value> items = v.as<ListObj>()->items;
        return "[" + join_reprs(*this, items) + "]";
    }
    case ObjType::Tuple: {
        ReprGuard g(repr_stack, o);
        if (g.recursive) return "(...)";
        const auto& items = v.as<TupleObj>()->items;
        if (items.size() == 1) return "(" + repr(items[0]) + ",)";
        return "(" + join_reprs(*this, items) + ")";
    }
    case ObjType::Dict: {
        ReprGuard g(repr_stack, o);
        if (g.recursive) return "{...}";
        std::vector<std::pair<Value, Value>> items;
        for (const DictObj::Entry& e : v.as<DictObj>()->entries())
            if (e.live) items.emplace_back(e.key, e.value);
        std::string out = "{";
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0) out += ", ";
            out += repr(items[i].first) + ": " + repr(items[i].second);
            heap.reserve(out.size());
        }
        return out + "}";
    }
    case ObjType::Set:
    case ObjType::FrozenSet: {
        const bool frozen = o->type() == ObjType::FrozenSet;
        std::vector<Value> items;
        for (const DictObj::Entry& e : v.as<SetObj>()->table->entries())
            if (e.live) items.push_back(e.key);
        if (items.empty()) return frozen ? "frozenset()" : "set()";
        ReprGuard g(repr_stack, o);
        if (g.recursive) return frozen ? "frozenset(...)" : "{...}";
        std::string inner = "{" + join_reprs(*this, items) + "}";
        return frozen ? "frozenset(" + inner + ")" : inner;
    }
    case ObjType::Range: {
        const RangeObj& r = *v.as<RangeObj>();
        std::string out = "range(" + std::to_string(r.start) + ", " + std::to_string(r.stop);
        if (r.step != 1) out += ", " + std::to_string(r.step);
        return out + ")";
    }
    case ObjType::Slice: {
        const SliceObj& s = *v.as<SliceObj>();
        return "slice(" + repr(s.start) + ", " + repr(s.stop) + ", " + repr(s.step) + ")";
    }
    case ObjType::Function: {
        const FunctionObj& f = *v.as<FunctionObj>();
        return "<function " + to_str(f.qualname) + " at " + address(o) + ">";
    }
    case ObjType::Builtin: {
        const BuiltinObj& b = *v.as<BuiltinObj>();
        if (b.self.is_object() || b.self.is_int() || b.self.is_float() || b.self.is_bool())
            return "<built-in method " + b.name + " of " + type_name(b.self) + " object at " + address(o) + ">";
        return "<built-in function " + b.name + ">";
    }
    case ObjType::BoundMethod: {
        const BoundMethodObj& m = *v.as<BoundMethodObj>();
        std::string name = "?";
        if (const FunctionObj* f = m.function.get<FunctionObj>()) name = to_str(f->qualname);
        return "<bound method " + name + " of " + repr(m.self) + ">";
    }
    case ObjType::Class:
        if (const Value* f = user_dunder(*this, v, "__repr__")) return to_str(call_dunder(*this, *f, v, {}));
        return class_repr(*v.as<ClassObj>());
    case ObjType::Module:
        return "<module '" + v.as<ModuleObj>()->name + "'>";
    case ObjType::Property:
        return "<property object at " + address(o) + ">";
    case ObjType::ClassMethod:
        return "<classmethod(" + repr(v.as<ClassMethodObj>()->function) + ")>";
    case ObjType::StaticMethod:
        return "<staticmethod(" + repr(v.as<StaticMethodObj>()->function) + ")>";
    case ObjType::Cell:
        return "<cell at " + address(o) + ">";
    case ObjType::Super:
        return "<super: <class '" + v.as<SuperObj>()->type->name + "'>, <" + type_name(v.as<SuperObj>()->self) +
               " object>>";
    case ObjType::Iterator:
        return "<" + v.as<IteratorObj>()->name + " object at " + address(o) + ">";
    case ObjType::Generator:
        return "<generator object " + static_cast<const GeneratorObj*>(o)->qualname + " at " + address(o) + ">";
    case ObjType::DictView: {
        const DictViewObj& d = *v.as<DictViewObj>();
        std::vector<Value> items;
        for (const DictObj::Entry& e : d.dict->entries()) {
            if (!e.live) continue;
            if (d.kind == DictViewObj::Kind::Keys) items.push_back(e.key);
            else if (d.kind == DictViewObj::Kind::Values) items.push_back(e.value);
            else items.push_back(tuple({e.key, e.value}));
        }
        const char* name = d.kind == DictViewObj::Kind::Keys ? "dict_keys" : d.kind == DictViewObj::Kind::Values ? "dict_values" : "dict_items";
        return std::string(name) + "([" + join_reprs(*this, items) + "])";
    }
    case ObjType::Instance:
    case ObjType::Native: {
        if (const Value* f = user_dunder(*this, v, "__repr__")) {
            ReprGuard g(repr_stack, o);
            if (g.recursive) return "...";
            Value r = call_dunder(*this, *f, v, {});
            if (!r.is(ObjType::Str)) type_error("__repr__ returned non-string (type " + type_name(r) + ")");
            return r.as<StrObj>()->text;
        }
        ClassObj* cls = type_of(v);
        if (const InstanceObj* inst = v.get<InstanceObj>()) {
            if (cls->is_subclass_of(t.base_exception)) {
                std::vector<Value> args = inst->args.is_none() ? std::vector<Value>{} : to_vector(inst->args);
                if (args.size() == 1) return cls->name + "(" + repr(args[0]) + ")";
                return cls->name + "(" + join_reprs(*this, args) + ")";
            }
            if (!inst->base.is_none()) return repr(inst->base);
        }
        std::string m = module_of(*this, cls);
        return "<" + (m.empty() || m == "builtins" ? "" : m + ".") + cls->qualname + " object at " + address(o) + ">";
    }
    }
    return "<object>";
}

std::string Interp::to_str(const Value& v) {
    if (const StrObj* s = v.get<StrObj>()) return s->text;
    if (v.is(ObjType::Instance) || v.is(ObjType::Native) || v.is(ObjType::Class)) {
        if (const Value* f = user_dunder(*this, v, "__str__")) {
            Value r = call_dunder(*this, *f, v, {});
            if (!r.is(ObjType::Str)) type_error("__str__ returned non-string (type " + type_name(r) + ")");
            return r.as<StrObj>()->text;
        }
        if (const InstanceObj* inst = v.get<InstanceObj>()) {
            ClassObj* cls = inst->cls.get();
            if (cls->is_subclass_of(t.base_exception)) {
                if (std::optional<std::string> text = unicode_error_text(*this, *inst)) return *text;
                std::vector<Value> args = inst->args.is_none() ? std::vector<Value>{} : to_vector(inst->args);
                if (args.empty()) return "";
                if (args.size() == 1)
                    return cls->is_subclass_of(t.exc("KeyError")) ? repr(args[0]) : to_str(args[0]);
                return repr(tuple(args));
            }
            if (!inst->base.is_none() && !user_dunder(*this, v, "__repr__")) return to_str(inst->base);
        }
    }
    return repr(v);
}

std::string ascii_of(Interp& I, const Value& v) {
    if (const StrObj* s = v.get<StrObj>()) return ascii_str(s->text);
    std::string r = I.repr(v);
    // Escape what repr left non-ASCII, as ascii() does.
    Value tmp = I.str(r);
    std::string quoted = ascii_str(r);
    return quoted.substr(1, quoted.size() - 2);
}

Value Interp::format(const Value& v, std::string_view spec) {
    try {
        if (v.is(ObjType::Instance) || v.is(ObjType::Native) || v.is(ObjType::Class)) {
            if (const Value* f = user_dunder(*this, v, "__format__"))
                return call_dunder(*this, *f, v, {str(std::string(spec))});
            if (const InstanceObj* inst = v.get<InstanceObj>(); inst != nullptr && !inst->base.is_none() &&
                                                                 !user_dunder(*this, v, "__str__"))
                return format(inst->base, spec);
        }
        if (v.is_bool()) {
            if (spec.empty()) return str(v.as_bool() ? "True" : "False");
            return str(format_int(BigInt(v.as_bool() ? 1 : 0), spec, "bool"));
        }
        if (v.is_int()) {
            if (spec.empty()) return str(std::to_string(v.as_int()));
            return str(format_int(BigInt(v.as_int()), spec));
        }
        if (const BigIntObj* b = v.get<BigIntObj>()) return str(format_int(b->value, spec));
        if (v.is_float()) {
            if (spec.empty()) return str(float_repr(v.as_float()));
            return str(format_float(v.as_float(), spec));
        }
        if (const StrObj* s = v.get<StrObj>()) {
            if (spec.empty()) return v;
            return str(format_str(s->text, spec));
        }
    } catch (const NumberError& e) {
        number_error(e);
    }
    if (spec.empty()) return str(to_str(v));
    type_error("unsupported format string passed to " + type_name(v) + ".__format__");
}

// ---- the % operator -------------------------------------------------------------------------------

std::string percent_format(Interp& I, const std::string& fmt, const Value& args, bool bytes) {
    std::vector<Value> positional;
    Value mapping;
    if (const TupleObj* t = args.get<TupleObj>()) {
        positional = t->items;
    } else {
        positional.push_back(args);
        const bool is_mapping = (args.is(ObjType::Dict) || (args.is(ObjType::Instance) && user_dunder(I, args, "__getitem__")) ||
                                 (args.is(ObjType::Instance) && args.as<InstanceObj>()->base.is(ObjType::Dict))) &&
                                !args.is(ObjType::Str);
        if (is_mapping) mapping = args;
    }
    std::size_t next = 0;
    bool used_mapping = false;
    std::string out;
    std::size_t i = 0;
    try {
        while (i < fmt.size()) {
            const std::size_t pct = fmt.find('%', i);
            if (pct == std::string::npos) {
                out.append(fmt, i, std::string::npos);
                break;
            }
            out.append(fmt, i, pct - i);
            PercentSpec spec = parse_percent_spec(fmt, pct);
            i = spec.end;
            if (spec.literal) {
                out += '%';
                continue;
            }
            auto take = [&]() -> Value {
                if (next >= positional.size()) I.type_error("not enough arguments for format string");
                return positional[next++];
            };
            if (spec.width_star) set_star_width(spec, I.index(take(), "*"));
            if (spec.precision_star) set_star_precision(spec, I.index(take(), "*"));
            Value arg;
            if (spec.has_key) {
                if (mapping.is_none()) I.type_error("format requires a mapping");
                used_mapping = true;
                arg = I.getitem(mapping, bytes ? I.bytes(spec.key) : I.str(spec.key));
            } else {
                arg = take();
            }
            const char32_t c = spec.conversion;
            if (!is_percent_conversion(c)) throw unsupported_format_character(fmt, spec);
            switch (c) {
            case 's':
            case 'r':
            case 'a': {
                std::string text;
                if (bytes && c == 's') {
                    if (const BytesObj* b = arg.get<BytesObj>()) text = b->bytes;
                    else I.type_error("%b requires a bytes-like object, or an object that implements __bytes__, not '" +
                                      I.type_name(arg) + "'");
                } else {
                    text = c == 's' ? I.to_str(arg) : c == 'r' ? I.repr(arg) : ascii_of(I, arg);
                }
                out += percent_format_str(text, spec);
                break;
            }
            case 'c': {
                std::string ch;
                if (const StrObj* s = arg.get<StrObj>()) {
                    if (s->length() != 1) I.type_error("%c requires int or char");
                    ch = s->text;
                } else if (I.is_int(arg)) {
                    std::int64_t n = I.index(arg, "%c");
                    if (n < 0 || n > 0x10FFFF) I.raise("OverflowError", "%c arg not in range(0x110000)");
                    char32_t cp = static_cast<char32_t>(n);
                    if (cp < 0x80) ch = std::string(1, static_cast<char>(cp));
                    else if (cp < 0x800) ch = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
                    else if (cp < 0x10000)
                        ch = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                              static_cast<char>(0x80 | (cp & 0x3F))};
                    else
                        ch = {static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                              static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
                } else {
                    I.type_error("%c requires int or char");
                }
                PercentSpec s2 = spec;
                s2.precision = -1;
                out += percent_format_str(ch, s2);
                break;
            }
            case 'd':
            case 'i':
            case 'u':
            case 'o':
            case 'x':
            case 'X': {
                Value n = arg;
                if (n.is_float()) {
                    if (c == 'o' || c == 'x' || c == 'X')
                        I.type_error(std::string("%") + static_cast<char>(c) + " format: an integer is required, not float");
                    n = I.integer(BigInt::from_double(n.as_float()));
                } else if (!I.is_int(n)) {
                    if (const Value* f = user_dunder(I, n, c == 'd' || c == 'i' || c == 'u' ? "__int__" : "__index__"))
                        n = call_dunder(I, *f, n, {});
                    else if (const InstanceObj* inst = n.get<InstanceObj>(); inst != nullptr && I.is_int(inst->base))
                        n = inst->base;
                    else
                        I.type_error(std::string("%") + static_cast<char>(c) + " format: " +
                                     (c == 'd' || c == 'i' || c == 'u' ? "a real number" : "an integer") +
                                     " is required, not " + I.type_name(arg));
                }
                out += percent_format_int(*I.big(n), spec);
                break;
            }
            default: { // e E f F g G
                if (!I.is_int(arg) && !arg.is_float() && !user_dunder(I, arg, "__float__") &&
                    !(arg.is(ObjType::Instance) && !arg.as<InstanceObj>()->base.is_none()))
                    I.type_error("must be real number, not " + I.type_name(arg));
                out += percent_format_float(I.to_float(arg, "%f"), spec);
                break;
            }
            }
            I.heap.reserve(out.size());
        }
    } catch (const NumberError& e) {
        I.number_error(e);
    }
    if (next < positional.size() && !used_mapping && mapping.is_none())
        I.type_error(std::string("not all arguments converted during ") + (bytes ? "bytes" : "string") + " formatting");
    return out;
}

// ---- str.format -----------------------------------------------------------------------------------

namespace {

class Formatter {
public:
    Formatter(Interp& I, const CallArgs& args) : I_(I), args_(args) {}

    std::string run(const std::string& fmt, int depth) {
        if (depth > 2) I_.value_error("Max string recursion exceeded");
        std::string out;
        std::size_t i = 0;
        while (i < fmt.size()) {
            const char c = fmt[i];
            if (c == '{') {
                if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
                    out += '{';
                    i += 2;
                    continue;
                }
                std::size_t j = i + 1;
                int nest = 1;
                while (j < fmt.size()) {
                    if (fmt[j] == '{') ++nest;
                    else if (fmt[j] == '}' && --nest == 0) break;
                    ++j;
                }
                if (j >= fmt.size()) I_.value_error("expected '}' before end of string");
                out += field(fmt.substr(i + 1, j - i - 1), depth);
                I_.heap.reserve(out.size());
                i = j + 1;
                continue;
            }
            if (c == '}') {
                if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
                    out += '}';
                    i += 2;
                    continue;
                }
                I_.value_error("Single '}' encountered in format string");
            }
            out += c;
            ++i;
        }
        return out;
    }

private:
    std::string field(const std::string& body, int depth) {
        // name[.attr|[key]]...[!conv][:spec]
        std::size_t end = 0;
        while (end < body.size() && body[end] != '!' && body[end] != ':') {
            if (body[end] == '[') {
                while (end < body.size() && body[end] != ']')
                    ++end;
            }
            if (end < body.size()) ++end;
        }
        std::string name = body.substr(0, end);
        char conversion = 0;
        std::string spec;
        if (end < body.size() && body[end] == '!') {
            if (end + 1 >= body.size()) I_.value_error("end of string while looking for conversion specifier");
            conversion = body[end + 1];
            end += 2;
            if (end < body.size() && body[end] != ':') I_.value_error("expected ':' after conversion specifier");
        }
        // The field's own value is looked up (and its automatic number taken) before the nested
        // fields of its spec, as Python does: "{:{}.{}f}".format(value, width, precision).
        Value v = lookup(name);
        if (end < body.size() && body[end] == ':') spec = run(body.substr(end + 1), depth + 1);
        if (conversion == 'r') v = I_.str(I_.repr(v));
        else if (conversion == 's') v = I_.str(I_.to_str(v));
        else if (conversion == 'a') v = I_.str(ascii_of(I_, v));
        else if (conversion != 0)
            I_.value_error(std::string("Unknown conversion specifier ") + conversion);
        return I_.format(v, spec).as<StrObj>()->text;
    }

    Value lookup(const std::string& name) {
        std::size_t i = 0;
        while (i < name.size() && name[i] != '.' && name[i] != '[')
            ++i;
        std::string first = name.substr(0, i);
        Value v;
        if (first.empty()) {
            if (manual_) I_.value_error("cannot switch from manual field specification to automatic field numbering");
            automatic_ = true;
            v = positional(next_++);
        } else if (std::all_of(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            if (automatic_) I_.value_error("cannot switch from automatic field numbering to manual field specification");
            manual_ = true;
            v = positional(std::stoul(first));
        } else {
            bool found = false;
            for (const auto& [k, value] : args_.kw)
                if (k == first) {
                    v = value;
                    found = true;
                }
            if (!found) I_.raise_value(I_.make_exception(I_.t.exc("KeyError"), {I_.str(first)}));
        }
        while (i < name.size()) {
            if (name[i] == '.') {
                std::size_t j = i + 1;
                while (j < name.size() && name[j] != '.' && name[j] != '[')
                    ++j;
                v = I_.getattr(v, name.substr(i + 1, j - i - 1));
                i = j;
            } else {
                std::size_t j = name.find(']', i);
                if (j == std::string::npos) I_.value_error("Missing ']' in format string");
                std::string key = name.substr(i + 1, j - i - 1);
                const bool numeric = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
                v = I_.getitem(v, numeric ? Value::integer(std::stoll(key)) : I_.str(key));
                i = j + 1;
            }
        }
        return v;
    }

    Value positional(std::size_t k) {
        if (k >= args_.pos.size())
            I_.raise("IndexError", "Replacement index " + std::to_string(k) + " out of range for positional args tuple");
        return args_.pos[k];
    }

    Interp& I_;
    const CallArgs& args_;
    std::size_t next_ = 0;
    bool automatic_ = false, manual_ = false;
};

} // namespace

std::string format_string(Interp& I, const std::string& fmt, const CallArgs& args) {
    return Formatter(I, args).run(fmt, 0);
}

} // namespace revlab::py
