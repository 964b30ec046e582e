// The bytes methods that mirror str's. Where bytes and str agree byte for byte (searching,
// splitting at a separator, padding, replacing), str's method runs on the Latin-1 text of the
// bytes (each byte one code point) and its result is turned back into bytes. Where Python's bytes
// know only ASCII (case, character classes, whitespace, line breaks), the method is written here.
#include "py/runtime/args.hpp"
#include "py/runtime/classes.hpp"
#include "py/runtime/setup.hpp"
#include "py/unicode.hpp"

#include <algorithm>

namespace revlab::py {

namespace {

const std::string& self_bytes(Interp& I, const Value& self) {
    const BytesObj* b = builtin_self(self).get<BytesObj>();
    if (b == nullptr)
        I.type_error("descriptor requires a 'bytes' object but received a '" + I.type_name(self) + "'");
    return b->bytes;
}

Value latin1_str(Interp& I, const std::string& b) {
    std::string out;
    out.reserve(b.size());
    for (unsigned char c : b)
        append_utf8(out, c);
    return I.str(std::move(out));
}

std::string latin1_bytes(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        CodePoint cp = decode_utf8(s, i);
        out += static_cast<char>(cp.value);
        i += cp.size;
    }
    return out;
}

// A str result back to bytes (in lists and tuples too); numbers and bools as they are.
Value back(Interp& I, const Value& r) {
    if (const StrObj* s = r.get<StrObj>()) return I.bytes(latin1_bytes(s->text));
    if (const ListObj* l = r.get<ListObj>()) {
        std::vector<Value> items;
        for (const Value& v : l->items)
            items.push_back(back(I, v));
        return I.list(std::move(items));
    }
    if (const TupleObj* t = r.get<TupleObj>()) {
        std::vector<Value> items;
        for (const Value& v : t->items)
            items.push_back(back(I, v));
        return I.tuple(std::move(items));
    }
    return r;
}

Value as_text_arg(Interp& I, const Value& v, bool byte_value) {
    if (const BytesObj* b = builtin_self(v).get<BytesObj>()) return latin1_str(I, b->bytes);
    if (byte_value && I.is_int(v)) { // b.find(97): a byte given as its value
        const std::int64_t n = I.index(v, "byte");
        if (n < 0 || n > 255) I.value_error("byte must be in range(0, 256)");
        return latin1_str(I, std::string(1, static_cast<char>(n)));
    }
    if (v.is(ObjType::Str)) I.type_error("a bytes-like object is required, not 'str'");
    return v;
}

// bytes.name(*args) as str.name on the Latin-1 text; `data` is the name.
Value via_str(Interp& I, const Value& self, CallArgs& args, const Value& data) {
    const std::string& name = data.as<StrObj>()->text;
    const bool byte_value =
        name == "find" || name == "rfind" || name == "index" || name == "rindex" || name == "count";
    CallArgs text_args;
    for (std::size_t i = 0; i < args.pos.size(); ++i)
        text_args.pos.push_back(as_text_arg(I, args.pos[i], byte_value && i == 0));
    for (auto& [k, v] : args.kw)
        text_args.kw.emplace_back(k, as_text_arg(I, v, false));
    if (name == "index" || name == "rindex") { // bytes say "subsection", str "substring"
        Value at = I.call_method(latin1_str(I, self_bytes(I, self)), name == "index" ? "find" : "rfind",
                                 std::move(text_args));
        if (at.is_int() && at.as_int() < 0) I.value_error("subsection not found");
        return at;
    }
    return back(I, I.call_method(latin1_str(I, self_bytes(I, self)), name, std::move(text_args)));
}

bool ascii_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
bool ascii_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
bool ascii_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
bool ascii_alpha(unsigned char c) {
    return ascii_upper(c) || ascii_lower(c);
}
bool ascii_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}

// isalpha, isdigit, isspace, isalnum, isascii, isupper, islower, as bytes have them.
Value bytes_predicate(Interp& I, const Value& self, CallArgs& args, const Value& data) {
    const std::string& name = data.as<StrObj>()->text;
    no_args(I, args, name);
    const std::string& b = self_bytes(I, self);
    if (name == "isascii")
        return Value::boolean(
            std::all_of(b.begin(), b.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
    if (b.empty()) return Value::boolean(false);
    bool cased = false;
    for (unsigned char c : b) {
        if (name == "isalpha" && !ascii_alpha(c)) return Value::boolean(false);
        if (name == "isdigit" && !ascii_digit(c)) return Value::boolean(false);
        if (name == "isspace" && !ascii_space(c)) return Value::boolean(false);
        if (name == "isalnum" && !ascii_alpha(c) && !ascii_digit(c)) return Value::boolean(false);
        if (name == "isupper" && ascii_lower(c)) return Value::boolean(false);
        if (name == "islower" && ascii_upper(c)) return Value::boolean(false);
        cased = cased || ascii_alpha(c);
    }
    return Value::boolean(name == "isupper" || name == "islower" ? cased : true);
}

// capitalize, swapcase, title: ASCII letters only.
Value bytes_recase(Interp& I, const Value& self, CallArgs& args, const Value& data) {
    const std::string& name = data.as<StrObj>()->text;
    no_args(I, args, name);
    std::string b = self_bytes(I, self);
    bool previous_cased = false;
    for (std::size_t i = 0; i < b.size(); ++i) {
        const auto c = static_cast<unsigned char>(b[i]);
        bool up = false;
        if (name == "capitalize")
            up = i == 0;
        else if (name == "title")
            up = !previous_cased;
        else
            up = ascii_lower(c);
        if (ascii_alpha(c)) b[i] = static_cast<char>(up ? std::toupper(c) : std::tolower(c));
        previous_cased = ascii_alpha(c);
    }
    return I.bytes(std::move(b));
}

// split()/rsplit() at runs of ASCII whitespace, or at a separator (str's method).
Value bytes_split(Interp& I, const Value& self, CallArgs& args, const Value& data) {
    const std::string& name = data.as<StrObj>()->text;
    CallArgs original = args; // Args takes its arguments
    Args a(I, args, name, {"sep=", "maxsplit="});
    if (a.has(0) && !a[0].is_none()) return via_str(I, self, original, data);
    std::int64_t maxsplit = a.has(1) ? I.index(a[1], "maxsplit") : -1;
    const std::string& b = self_bytes(I, self);
    std::vector<std::string> parts;
    if (name == "split") {
        std::size_t i = 0;
        while (true) {
            while (i < b.size() && ascii_space(static_cast<unsigned char>(b[i])))
                ++i;
            if (i == b.size()) break;
            if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
                parts.push_back(b.substr(i)); // the rest as it is
                break;
            }
            std::size_t j = i;
            while (j < b.size() && !ascii_space(static_cast<unsigned char>(b[j])))
                ++j;
            parts.push_back(b.substr(i, j - i));
            i = j;
        }
    } else {
        std::size_t i = b.size();
        while (true) {
            while (i > 0 && ascii_space(static_cast<unsigned char>(b[i - 1])))
                --i;
            if (i == 0) break;
            if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
                parts.push_back(b.substr(0, i)); // the rest as it is
                break;
            }
            std::size_t j = i;
            while (j > 0 && !ascii_space(static_cast<unsigned char>(b[j - 1])))
                --j;
            parts.push_back(b.substr(j, i - j));
            i = j;
        }
        std::reverse(parts.begin(), parts.end());
    }
    std::vector<Value> out;
    for (std::string& p : parts)
        out.push_back(I.bytes(std::move(p)));
    return I.list(std::move(out));
}

// strip()/lstrip()/rstrip(): ASCII whitespace, or the given bytes (str's method).
Value bytes_strip(Interp& I, const Value& self, CallArgs& args, const Value& data) {
    const std::string& name = data.as<StrObj>()->text;
    CallArgs original = args; // Args takes its arguments
    Args a(I, args, name, {"chars=", "/"});
    if (a.has(0) && !a[0].is_none()) return via_str(I, self, original, data);
    const std::string& b = self_bytes(I, self);
    std::size_t s = 0, e = b.size();
    if (name != "rstrip")
        while (s < e && ascii_space(static_cast<unsigned char>(b[s])))
            ++s;
    if (name != "lstrip")
        while (e > s && ascii_space(static_cast<unsigned char>(b[e - 1])))
            --e;
    return I.bytes(b.substr(s, e - s));
}

Value bytes_splitlines(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "splitlines", {"keepends="});
    const bool keep = a.has(0) && I.truthy(a[0]);
    const std::string& b = self_bytes(I, self);
    std::vector<Value> out;
    std::size_t i = 0;
    while (i < b.size()) {
        std::size_t j = i;
        while (j < b.size() && b[j] != '\n' && b[j] != '\r')
            ++j;
        std::size_t end = j;
        if (j < b.size()) j += (b[j] == '\r' && j + 1 < b.size() && b[j + 1] == '\n') ? 2 : 1;
        out.push_back(I.bytes(b.substr(i, (keep ? j : end) - i)));
        i = j;
    }
    return I.list(std::move(out));
}

Value bytes_translate(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "translate", {"table", "/", "delete="});
    const std::string& b = self_bytes(I, self);
    std::string table;
    if (!a[0].is_none()) {
        const BytesObj* t = builtin_self(a[0]).get<BytesObj>();
        if (t == nullptr) I.type_error("a bytes-like object is required, not '" + I.type_name(a[0]) + "'");
        if (t->bytes.size() != 256) I.value_error("translation table must be 256 characters long");
        table = t->bytes;
    }
    std::string deleted;
    if (a.has(1)) {
        const BytesObj* d = builtin_self(a[1]).get<BytesObj>();
        if (d == nullptr) I.type_error("a bytes-like object is required, not '" + I.type_name(a[1]) + "'");
        deleted = d->bytes;
    }
    std::string out;
    for (char c : b) {
        if (deleted.find(c) != std::string::npos) continue;
        out += table.empty() ? c : table[static_cast<unsigned char>(c)];
    }
    return I.bytes(std::move(out));
}

Value bytes_maketrans(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "maketrans", {"frm", "to", "/"});
    const BytesObj* from = builtin_self(a[0]).get<BytesObj>();
    const BytesObj* to = builtin_self(a[1]).get<BytesObj>();
    if (from == nullptr || to == nullptr) I.type_error("a bytes-like object is required, not 'str'");
    if (from->bytes.size() != to->bytes.size()) I.value_error("maketrans arguments must have same length");
    std::string table(256, '\0');
    for (int i = 0; i < 256; ++i)
        table[static_cast<std::size_t>(i)] = static_cast<char>(i);
    for (std::size_t i = 0; i < from->bytes.size(); ++i)
        table[static_cast<unsigned char>(from->bytes[i])] = to->bytes[i];
    return I.bytes(std::move(table));
}

} // namespace

void install_bytes_text_methods(Interp& I) {
    ClassObj& c = *I.t.bytes;
    for (const char* name :
         {"find", "rfind", "index", "rindex", "count", "partition", "rpartition", "center", "ljust", "rjust",
          "zfill", "replace", "removeprefix", "removesuffix", "expandtabs"})
        add_method(I, c, name, via_str, I.str(name));
    for (const char* name : {"split", "rsplit"})
        add_method(I, c, name, bytes_split, I.str(name));
    for (const char* name : {"strip", "lstrip", "rstrip"})
        add_method(I, c, name, bytes_strip, I.str(name));
    for (const char* name : {"isalpha", "isdigit", "isspace", "isalnum", "isascii", "isupper", "islower"})
        add_method(I, c, name, bytes_predicate, I.str(name));
    for (const char* name : {"capitalize", "swapcase", "title"})
        add_method(I, c, name, bytes_recase, I.str(name));
    add_method(I, c, "splitlines", bytes_splitlines);
    add_method(I, c, "translate", bytes_translate);
    Value maketrans = I.builtin("maketrans", bytes_maketrans);
    c.dict->set(I, "maketrans", Value(I.heap.make<StaticMethodObj>(maketrans)));
}

} // namespace revlab::py
