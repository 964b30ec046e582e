// JSON encoding, as CPython's json.encoder writes it: str, None, True, False, int, float, list
// and tuple, dict (keys str, int, float, bool or None), and default() for the rest, checked in
// that order (so an IntEnum is its int, a str subclass its text). Floats are float.__repr__,
// NaN and infinities JavaScript's names unless allow_nan=False. The json.encoder module and its
// JSONEncoder class live here too.
#include "py/floats.hpp"
#include "py/stdlib/json_objects.hpp"
#include "py/unicode.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace revlab::py::json {

namespace {

const char kHex[] = "0123456789abcdef";

void append_u_escape(std::string& out, unsigned v) {
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += kHex[(v >> shift) & 0xF];
}

class Encoder {
  public:
    Encoder(Interp& I, const EncodeOptions& o) : I_(I), o_(o) {}

    void value(const Value& v, int level) {
        const Value& b = builtin_self(v);
        if (const StrObj* s = b.get<StrObj>()) {
            out_ += quote(s->text, o_.ensure_ascii);
        } else if (v.is_none()) {
            out_ += "null";
        } else if (v.is_bool()) {
            out_ += v.as_bool() ? "true" : "false";
        } else if (I_.is_int(b)) {
            out_ += I_.repr(b.is_bool() ? Value::integer(b.as_bool()) : b);
        } else if (b.is_float()) {
            out_ += float_text(b.as_float());
        } else if (b.is(ObjType::List) || b.is(ObjType::Tuple)) {
            array(v, b, level);
        } else if (b.is(ObjType::Dict)) {
            object(v, b, level);
        } else {
            other(v, level);
        }
        I_.heap.reserve(out_.size());
    }

    std::string take() { return std::move(out_); }

  private:
    std::string float_text(double d) {
        if (std::isnan(d) || std::isinf(d)) {
            if (!o_.allow_nan) I_.value_error("Out of range float values are not JSON compliant");
            return std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        }
        return float_repr(d);
    }

    // Circular references: the containers (and default() arguments) being encoded right now.
    class Marker {
      public:
        Marker(Encoder& e, const Value& v) : e_(e) {
            // Python counts nesting against the recursion limit, with the frames already running
            if (++e_.depth_ + static_cast<int>(e_.I_.frames().size()) > e_.I_.limits.recursion)
                e_.I_.raise("RecursionError",
                            "maximum recursion depth exceeded while encoding a JSON object");
            if (!e_.o_.check_circular || !v.is_object()) return;
            key_ = v.obj();
            if (!e_.markers_.insert(key_).second) {
                key_ = nullptr;
                e_.I_.value_error("Circular reference detected");
            }
        }
        ~Marker() {
            --e_.depth_;
            if (key_) e_.markers_.erase(key_);
        }
        Marker(const Marker&) = delete;
        Marker& operator=(const Marker&) = delete;

      private:
        Encoder& e_;
        const Object* key_ = nullptr;
    };

    void newline(int level) {
        out_ += '\n';
        for (int k = 0; k < level; ++k)
            out_ += *o_.indent;
    }

    void array(const Value& v, const Value& b, int level) {
        const std::vector<Value> items = b.is(ObjType::List)
                                             ? b.as<ListObj>()->items
                                             : b.as<TupleObj>()->items; // a copy: default() may change it
        if (items.empty()) {
            out_ += "[]";
            return;
        }
        Marker mark(*this, v);
        out_ += '[';
        if (o_.indent) newline(level + 1);
        bool first = true;
        for (const Value& item : items) {
            if (!first) {
                out_ += o_.item_separator;
                if (o_.indent) newline(level + 1);
            }
            first = false;
            value(item, level + 1);
        }
        if (o_.indent) newline(level);
        out_ += ']';
    }

    // A key as JSON has it: a str, or nullopt to skip it (skipkeys).
    std::optional<std::string> key_text(const Value& k) {
        const Value& b = builtin_self(k);
        if (const StrObj* s = b.get<StrObj>()) return s->text;
        if (b.is_float()) return float_text(b.as_float());
        if (k.is_bool()) return std::string(k.as_bool() ? "true" : "false");
        if (k.is_none()) return std::string("null");
        if (I_.is_int(b)) return I_.repr(b.is_bool() ? Value::integer(b.as_bool()) : b);
        if (o_.skipkeys) return std::nullopt;
        I_.type_error("keys must be str, int, float, bool or None, not " + I_.type_name(k));
    }

    void object(const Value& v, const Value& b, int level) {
        std::vector<std::pair<Value, Value>> items;
        if (v.is(ObjType::Dict)) {
            for (const DictObj::Entry& e : v.as<DictObj>()->entries())
                if (e.live) items.emplace_back(e.key, e.value);
        } else { // a dict subclass: its own items()
            for (const Value& pair : I_.to_vector(I_.call_method(v, "items", {}))) {
                std::vector<Value> kv = I_.to_vector(pair);
                if (kv.size() != 2) I_.value_error("items must return 2-tuples");
                items.emplace_back(kv[0], kv[1]);
            }
        }
        (void)b;
        if (items.empty()) {
            out_ += "{}";
            return;
        }
        Marker mark(*this, v);
        if (o_.sort_keys)
            std::stable_sort(items.begin(), items.end(), [this](const auto& x, const auto& y) {
                return I_.compare_bool(Op::Lt, x.first, y.first);
            });
        out_ += '{';
        if (o_.indent) newline(level + 1);
        bool first = true;
        for (const auto& [k, item] : items) {
            std::optional<std::string> key = key_text(k);
            if (!key) continue;
            if (!first) {
                out_ += o_.item_separator;
                if (o_.indent) newline(level + 1);
            }
            first = false;
            out_ += quote(*key, o_.ensure_ascii);
            out_ += o_.key_separator;
            value(item, level + 1);
        }
        if (o_.indent) newline(level);
        out_ += '}';
    }

    void other(const Value& v, int level) {
        Marker mark(*this, v);
        if (o_.default_fn.is_none())
            I_.type_error("Object of type " + I_.type_name(v) + " is not JSON serializable");
        const Value replaced = I_.call(o_.default_fn, {v});
        value(replaced, level);
    }

    Interp& I_;
    const EncodeOptions& o_;
    std::string out_;
    std::unordered_set<const Object*> markers_;
    int depth_ = 0;
};

// ---- JSONEncoder

Value encoder_init(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "JSONEncoder",
           {"$skipkeys", "$ensure_ascii", "$check_circular", "$allow_nan", "$sort_keys", "$indent",
            "$separators", "$default", "**"});
    if (!a.extra().empty())
        I.type_error("JSONEncoder.__init__() got an unexpected keyword argument '" + a.extra()[0].first +
                     "'");
    I.setattr(self, "skipkeys", a.get(0, Value::boolean(false)));
    I.setattr(self, "ensure_ascii", a.get(1, Value::boolean(true)));
    I.setattr(self, "check_circular", a.get(2, Value::boolean(true)));
    I.setattr(self, "allow_nan", a.get(3, Value::boolean(true)));
    I.setattr(self, "sort_keys", a.get(4, Value::boolean(false)));
    const Value indent = a.get(5);
    I.setattr(self, "indent", indent);
    if (a.has(6) && !a[6].is_none()) {
        std::vector<Value> seps = I.to_vector(a[6]);
        if (seps.size() != 2)
            I.value_error("too many values to unpack (expected 2)"); // Python's unpacking message
        I.setattr(self, "item_separator", seps[0]);
        I.setattr(self, "key_separator", seps[1]);
    } else if (!indent.is_none()) {
        I.setattr(self, "item_separator", I.str(","));
    }
    if (a.has(7) && !a[7].is_none()) I.setattr(self, "default", a[7]);
    return Value();
}

Value encoder_default(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "default", {"o"});
    I.type_error("Object of type " + I.type_name(a[0]) + " is not JSON serializable");
}

Value encoder_encode(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "encode", {"o"});
    const EncodeOptions o = options_of(I, self);
    return I.str(encode(I, a[0], o));
}

// iterencode(o): the chunks of the encoding; Revlab's is one chunk.
Value encoder_iterencode(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "iterencode", {"o", "_one_shot="});
    const EncodeOptions o = options_of(I, self);
    return I.iter(I.list({I.str(encode(I, a[0], o))}));
}

Value basestring(Interp& I, const Value&, CallArgs& args, const Value& ascii) {
    Args a(I, args, ascii.as_bool() ? "encode_basestring_ascii" : "encode_basestring", {"s", "/"});
    const std::string* s = str_text(a[0]);
    if (s == nullptr) I.type_error("first argument must be a string, not " + I.type_name(a[0]));
    return I.str(quote(*s, ascii.as_bool()));
}

} // namespace

std::string quote(std::string_view utf8, bool ensure_ascii) {
    std::string out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < utf8.size();) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        if (c < 0x80) {
            ++i;
            switch (c) {
            case '"':
                out += "\\\"";
                continue;
            case '\\':
                out += "\\\\";
                continue;
            case '\n':
                out += "\\n";
                continue;
            case '\r':
                out += "\\r";
                continue;
            case '\t':
                out += "\\t";
                continue;
            case '\b':
                out += "\\b";
                continue;
            case '\f':
                out += "\\f";
                continue;
            default:
                break;
            }
            // ensure_ascii escapes DEL too (everything outside ' '..'~'); without it only controls
            if (c < 0x20 || (ensure_ascii && c == 0x7F))
                append_u_escape(out, c);
            else
                out += static_cast<char>(c);
            continue;
        }
        const CodePoint cp = decode_utf8(utf8, i);
        if (!ensure_ascii) {
            out.append(utf8.substr(i, cp.size));
        } else if (cp.value >= 0x10000) {
            const unsigned v = cp.value - 0x10000;
            append_u_escape(out, 0xD800 | (v >> 10));
            append_u_escape(out, 0xDC00 | (v & 0x3FF));
        } else {
            append_u_escape(out, cp.value);
        }
        i += cp.size;
    }
    out += '"';
    return out;
}

std::string encode(Interp& I, const Value& o, const EncodeOptions& opts) {
    Encoder e(I, opts);
    e.value(o, 0);
    return e.take();
}

EncodeOptions options_of(Interp& I, const Value& encoder) {
    EncodeOptions o;
    const auto flag = [&](const char* name, bool fallback) {
        std::optional<Value> v = I.getattr_if(encoder, name);
        return v ? I.truthy(*v) : fallback;
    };
    const auto text = [&](const char* name, const char* fallback) {
        std::optional<Value> v = I.getattr_if(encoder, name);
        if (!v) return std::string(fallback);
        const std::string* s = str_text(*v);
        if (s == nullptr) I.type_error("separator must be str, not " + I.type_name(*v));
        return *s;
    };
    o.skipkeys = flag("skipkeys", false);
    o.ensure_ascii = flag("ensure_ascii", true);
    o.check_circular = flag("check_circular", true);
    o.allow_nan = flag("allow_nan", true);
    o.sort_keys = flag("sort_keys", false);
    o.item_separator = text("item_separator", ", ");
    o.key_separator = text("key_separator", ": ");
    if (std::optional<Value> indent = I.getattr_if(encoder, "indent"); indent && !indent->is_none()) {
        if (const std::string* s = str_text(*indent)) {
            o.indent = *s;
        } else {
            const std::int64_t n = I.index(*indent, "indent");
            o.indent = std::string(static_cast<std::size_t>(std::max<std::int64_t>(n, 0)), ' ');
        }
    }
    o.default_fn = I.getattr(encoder, "default");
    return o;
}

Ref<ClassObj> encoder_class(Interp& I) {
    Ref<ModuleObj> m = I.import_module("json.encoder");
    const Value* cls = m->dict->find("JSONEncoder");
    if (cls == nullptr || !cls->is(ObjType::Class)) I.type_error("json.encoder.JSONEncoder is not a class");
    return Ref<ClassObj>(cls->as<ClassObj>());
}

void init_encoder_module(Interp& I, ModuleObj& m) {
    Ref<ClassObj> cls = open_class(I, "JSONEncoder", "json.encoder");
    cls->dict->set(I, "item_separator", I.str(", "));
    cls->dict->set(I, "key_separator", I.str(": "));
    add_method(I, *cls, "__init__", encoder_init);
    add_method(I, *cls, "default", encoder_default);
    add_method(I, *cls, "encode", encoder_encode);
    add_method(I, *cls, "iterencode", encoder_iterencode);
    DictObj& d = *m.dict;
    d.set(I, "JSONEncoder", Value(cls));
    d.set(I, "encode_basestring", I.builtin("encode_basestring", basestring, Value(), Value::boolean(false)));
    d.set(I, "encode_basestring_ascii",
          I.builtin("encode_basestring_ascii", basestring, Value(), Value::boolean(true)));
    d.set(I, "INFINITY", Value::floating(HUGE_VAL));
}

} // namespace revlab::py::json
