// Methods of str. Text is UTF-8; positions given to and returned by the methods count code
// points, as Python's do, so the ASCII case (nearly all of migration scripts) takes fast paths.
#include "py/char_class.hpp"
#include "py/runtime/args.hpp"
#include "py/runtime/codecs.hpp"
#include "py/runtime/classes.hpp"
#include "py/runtime/items.hpp"
#include "py/runtime/setup.hpp"
#include "py/runtime/text.hpp"
#include "py/unicode.hpp"

#include <algorithm>

namespace revlab::py {

namespace {

const StrObj& self_str(Interp& I, const Value& self) {
    const StrObj* s = builtin_self(self).get<StrObj>();
    if (s == nullptr) I.type_error("descriptor requires a 'str' object but received a '" + I.type_name(self) + "'");
    return *s;
}

const std::string& str_arg(Interp& I, const Value& v, const char* what) {
    const StrObj* s = builtin_self(v).get<StrObj>();
    if (s == nullptr) I.type_error(std::string(what) + " must be str, not " + I.type_name(v));
    return s->text;
}

std::u32string decode(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        CodePoint c = decode_utf8(s, i);
        out.push_back(c.value);
        i += c.size;
    }
    return out;
}

std::string encode(std::u32string_view s) {
    std::string out;
    for (char32_t c : s)
        append_utf8(out, c);
    return out;
}

bool ascii(const std::string& s) {
    for (unsigned char c : s)
        if (c >= 0x80) return false;
    return true;
}


bool is_lower_char(char32_t c) { return is_lowercase(c); }
bool is_upper_char(char32_t c) { return is_uppercase(c); }
bool is_alpha_char(char32_t c) { return c < 0x80 ? ((c | 32) >= 'a' && (c | 32) <= 'z') : is_word(c) && decimal_value(c) < 0 && c != '_'; }

// A case mapping of each code point on its own (upper, casefold), ASCII on a fast path.
std::string map_chars(const std::string& s, void (*f)(std::u32string&, char32_t)) {
    if (ascii(s) && f == append_upper) {
        std::string out = s;
        for (char& c : out)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        return out;
    }
    std::u32string out;
    for (char32_t c : decode(s))
        f(out, c);
    return encode(out);
}

// str.lower(): code point by code point, with the final-sigma rule, which reads the neighbours.
std::string lower_text(const std::string& s) {
    if (ascii(s)) {
        std::string out = s;
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        return out;
    }
    const std::u32string u = decode(s);
    std::u32string out;
    for (std::size_t i = 0; i < u.size(); ++i)
        append_lower_at(out, u, i);
    return encode(out);
}

// Python's whitespace for split()/strip() without arguments.
bool space(char32_t c) { return c < 0x80 ? (c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31)) : is_space(c); }

Value str_upper(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "upper");
    return I.str(map_chars(self_str(I, self).text, append_upper));
}

Value str_lower(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "lower");
    return I.str(lower_text(self_str(I, self).text));
}

Value str_casefold(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "casefold");
    return I.str(map_chars(self_str(I, self).text, append_fold));
}

// As CPython's do_swapcase: an upper-case letter is lower-cased (final sigma included), a lower-case
// one upper-cased, anything else kept.
Value str_swapcase(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "swapcase");
    const std::u32string u = decode(self_str(I, self).text);
    std::u32string out;
    for (std::size_t i = 0; i < u.size(); ++i) {
        if (is_uppercase(u[i])) append_lower_at(out, u, i);
        else if (is_lowercase(u[i])) append_upper(out, u[i]);
        else out += u[i];
    }
    return I.str(encode(out));
}

// The first code point title-cased ("ǆ" -> "ǅ"), the rest lower-cased.
Value str_capitalize(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "capitalize");
    const std::u32string u = decode(self_str(I, self).text);
    std::u32string out;
    for (std::size_t i = 0; i < u.size(); ++i) {
        if (i == 0) append_title(out, u[i]);
        else append_lower_at(out, u, i);
    }
    return I.str(encode(out));
}

// Title case after an uncased character, lower case after a cased one.
Value str_title(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "title");
    const std::u32string u = decode(self_str(I, self).text);
    std::u32string out;
    bool previous_cased = false;
    for (std::size_t i = 0; i < u.size(); ++i) {
        if (previous_cased) append_lower_at(out, u, i);
        else append_title(out, u[i]);
        previous_cased = is_cased(u[i]);
    }
    return I.str(encode(out));
}

std::u32string strip_set(Interp& I, const Value& chars) {
    if (chars.is_unbound() || chars.is_none()) return {};
    return decode(str_arg(I, chars, "strip arg"));
}

Value str_strip(Interp& I, const Value& self, CallArgs& args, const Value& which) {
    Args a(I, args, which.as_int() == 0 ? "strip" : which.as_int() == 1 ? "lstrip" : "rstrip", {"chars=", "/"});
    const std::string& s = self_str(I, self).text;
    const bool use_space = a[0].is_unbound() || a[0].is_none();
    std::u32string set = strip_set(I, a[0]);
    auto strip_it = [&](char32_t c) { return use_space ? space(c) : set.find(c) != std::u32string::npos; };
    std::u32string u = decode(s);
    std::size_t b = 0, e = u.size();
    if (which.as_int() != 2)
        while (b < e && strip_it(u[b]))
            ++b;
    if (which.as_int() != 1)
        while (e > b && strip_it(u[e - 1]))
            --e;
    return I.str(encode(u.substr(b, e - b)));
}

std::vector<std::string> split_whitespace(const std::string& s, std::int64_t maxsplit, bool from_right) {
    std::u32string u = decode(s);
    std::vector<std::string> out;
    if (!from_right) {
        std::size_t i = 0;
        while (i < u.size()) {
            while (i < u.size() && space(u[i]))
                ++i;
            if (i == u.size()) break;
            if (maxsplit >= 0 && static_cast<std::int64_t>(out.size()) == maxsplit) {
                std::size_t e = u.size();
                while (e > i && space(u[e - 1]))
                    --e;
                out.push_back(encode(u.substr(i, e - i)));
                return out;
            }
            std::size_t j = i;
            while (j < u.size() && !space(u[j]))
                ++j;
            out.push_back(encode(u.substr(i, j - i)));
            i = j;
        }
        return out;
    }
    std::size_t i = u.size();
    while (i > 0) {
        while (i > 0 && space(u[i - 1]))
            --i;
        if (i == 0) break;
        if (maxsplit >= 0 && static_cast<std::int64_t>(out.size()) == maxsplit) {
            std::size_t b = 0;
            while (b < i && space(u[b]))
                ++b;
            out.push_back(encode(u.substr(b, i - b)));
            break;
        }
        std::size_t j = i;
        while (j > 0 && !space(u[j - 1]))
            --j;
        out.push_back(encode(u.substr(j, i - j)));
        i = j;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

Value str_split(Interp& I, const Value& self, CallArgs& args, const Value& right) {
    Args a(I, args, right.as_bool() ? "rsplit" : "split", {"sep=", "maxsplit="});
    const std::string& s = self_str(I, self).text;
    const std::int64_t maxsplit = a.has(1) ? I.index(a[1], "maxsplit") : -1;
    std::vector<std::string> parts;
    if (!a.has(0) || a[0].is_none()) {
        parts = split_whitespace(s, maxsplit, right.as_bool());
    } else {
        const std::string& sep = str_arg(I, a[0], "must be str or None");
        if (sep.empty()) I.value_error("empty separator");
        if (!right.as_bool()) {
            std::size_t start = 0;
            for (;;) {
                if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) break;
                std::size_t at = s.find(sep, start);
                if (at == std::string::npos) break;
                parts.push_back(s.substr(start, at - start));
                start = at + sep.size();
            }
            parts.push_back(s.substr(start));
        } else {
            std::size_t end = s.size();
            for (;;) {
                if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) break;
                if (end < sep.size()) break;
                std::size_t at = s.rfind(sep, end - sep.size());
                if (at == std::string::npos) break;
                parts.push_back(s.substr(at + sep.size(), end - at - sep.size()));
                end = at;
            }
            parts.push_back(s.substr(0, end));
            std::reverse(parts.begin(), parts.end());
        }
    }
    std::vector<Value> out;
    out.reserve(parts.size());
    for (std::string& p : parts)
        out.push_back(I.str(std::move(p)));
    return I.list(std::move(out));
}

Value str_splitlines(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "splitlines", {"keepends="});
    const bool keep = a.has(0) && I.truthy(a[0]);
    std::u32string u = decode(self_str(I, self).text);
    std::vector<Value> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < u.size(); ++i) {
        const char32_t c = u[i];
        const bool brk = c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x1c || c == 0x1d || c == 0x1e ||
                         c == 0x85 || c == 0x2028 || c == 0x2029;
        if (!brk) continue;
        std::size_t end = i + 1;
        if (c == '\r' && i + 1 < u.size() && u[i + 1] == '\n') end = i + 2;
        out.push_back(I.str(encode(u.substr(start, (keep ? end : i) - start))));
        start = end;
        i = end - 1;
    }
    if (start < u.size()) out.push_back(I.str(encode(u.substr(start))));
    return I.list(std::move(out));
}

Value str_join(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "join", {"iterable", "/"});
    const std::string& sep = self_str(I, self).text;
    std::string out;
    std::size_t n = 0;
    for (const Value& v : I.to_vector(a[0])) {
        const StrObj* s = builtin_self(v).get<StrObj>();
        if (s == nullptr)
            I.type_error("sequence item " + std::to_string(n) + ": expected str instance, " + I.type_name(v) + " found");
        if (n++ > 0) out += sep;
        out += s->text;
        if ((n & 255) == 0) I.heap.reserve(out.size());
    }
    I.heap.reserve(out.size());
    return I.str(std::move(out));
}

Value str_replace(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "replace", {"old", "new", "count=", "/"});
    const std::string& s = self_str(I, self).text;
    const std::string& from = str_arg(I, a[0], "replace() argument 1");
    const std::string& to = str_arg(I, a[1], "replace() argument 2");
    std::int64_t count = a.has(2) ? I.index(a[2], "count") : -1;
    std::string out;
    if (from.empty()) {
        // inserts `to` between every character (and at both ends)
        std::u32string u = decode(s);
        std::int64_t done = 0;
        for (std::size_t i = 0; i <= u.size(); ++i) {
            if (count < 0 || done < count) {
                out += to;
                ++done;
            }
            if (i < u.size()) append_utf8(out, u[i]);
        }
        return I.str(std::move(out));
    }
    std::size_t pos = 0;
    std::int64_t done = 0;
    for (;;) {
        if (count >= 0 && done >= count) break;
        std::size_t at = s.find(from, pos);
        if (at == std::string::npos) break;
        out.append(s, pos, at - pos);
        out += to;
        pos = at + from.size();
        ++done;
        if ((done & 255) == 0) I.heap.reserve(out.size());
    }
    out.append(s, pos, std::string::npos);
    return I.str(std::move(out));
}

// Byte offsets of code-point positions [start, end) given as Python indices (None allowed).
std::pair<std::size_t, std::size_t> byte_range(Interp& I, const StrObj& s, const Value& start, const Value& end) {
    const std::int64_t n = static_cast<std::int64_t>(s.length());
    auto norm = [&](const Value& v, std::int64_t d) {
        if (v.is_unbound() || v.is_none()) return d;
        std::int64_t x = I.index(v, "slice index");
        if (x < 0) x = std::max<std::int64_t>(0, x + n);
        return std::min(x, n);
    };
    std::int64_t b = norm(start, 0), e = norm(end, n);
    if (e < b) return {1, 0};
    if (s.is_ascii()) return {static_cast<std::size_t>(b), static_cast<std::size_t>(e)};
    std::size_t bb = 0, eb = 0;
    std::int64_t cp = 0;
    for (std::size_t i = 0; i <= s.text.size(); ++i) {
        if (i < s.text.size() && (static_cast<unsigned char>(s.text[i]) & 0xC0) == 0x80) continue;
        if (cp == b) bb = i;
        if (cp == e) {
            eb = i;
            break;
        }
        ++cp;
    }
    return {bb, eb};
}

std::int64_t cp_index(const StrObj& s, std::size_t byte) {
    if (s.is_ascii()) return static_cast<std::int64_t>(byte);
    std::int64_t n = 0;
    for (std::size_t i = 0; i < byte; ++i)
        n += (static_cast<unsigned char>(s.text[i]) & 0xC0) != 0x80;
    return n;
}

// find, rfind, index, rindex, count
Value str_find(Interp& I, const Value& self, CallArgs& args, const Value& which) {
    static const char* names[] = {"find", "rfind", "index", "rindex", "count"};
    const std::int64_t w = which.as_int();
    Args a(I, args, names[w], {"sub", "start=", "end=", "/"});
    const StrObj& s = self_str(I, self);
    const std::string& sub = str_arg(I, a[0], "must be str, not");
    auto [b, e] = byte_range(I, s, a[1], a[2]);
    if (w == 4) {
        if (b > e) return Value::integer(0);
        if (sub.empty()) return Value::integer(cp_index(s, e) - cp_index(s, b) + 1);
        std::int64_t n = 0;
        for (std::size_t at = s.text.find(sub, b); at != std::string::npos && at + sub.size() <= e; at = s.text.find(sub, at + sub.size()))
            ++n;
        return Value::integer(n);
    }
    std::size_t found = std::string::npos;
    if (b <= e && sub.size() <= e - b) {
        if (w == 0 || w == 2) {
            found = s.text.find(sub, b);
            if (found != std::string::npos && found + sub.size() > e) found = std::string::npos;
        } else {
            found = s.text.rfind(sub, e - sub.size());
            if (found != std::string::npos && found < b) found = std::string::npos;
        }
    }
    if (found == std::string::npos) {
        if (w >= 2) I.value_error("substring not found");
        return Value::integer(-1);
    }
    return Value::integer(cp_index(s, found));
}

Value str_startswith(Interp& I, const Value& self, CallArgs& args, const Value& ends) {
    Args a(I, args, ends.as_bool() ? "endswith" : "startswith", {"prefix", "start=", "end=", "/"});
    const StrObj& s = self_str(I, self);
    auto [b, e] = byte_range(I, s, a[1], a[2]);
    std::vector<Value> options;
    if (const TupleObj* t = a[0].get<TupleObj>()) options = t->items;
    else if (builtin_self(a[0]).is(ObjType::Str)) options.push_back(a[0]);
    else
        I.type_error(std::string(ends.as_bool() ? "endswith" : "startswith") +
                     " first arg must be str or a tuple of str, not " + I.type_name(a[0]));
    if (b > e) return Value::boolean(false);
    const std::string_view view(s.text.data() + b, e - b);
    for (const Value& o : options) {
        const std::string& p = str_arg(I, o, "tuple for startswith must only contain str, not");
        if (p.size() > view.size()) continue;
        if (ends.as_bool() ? view.substr(view.size() - p.size()) == p : view.substr(0, p.size()) == p)
            return Value::boolean(true);
    }
    return Value::boolean(false);
}

// isdigit, isalpha, isalnum, isspace, isupper, islower, isdecimal, isnumeric, isascii, isidentifier, istitle, isprintable
Value str_is(Interp& I, const Value& self, CallArgs& args, const Value& which) {
    no_args(I, args, "is");
    std::u32string u = decode(self_str(I, self).text);
    const std::int64_t w = which.as_int();
    if (w == 8) { // isascii
        for (char32_t c : u)
            if (c >= 0x80) return Value::boolean(false);
        return Value::boolean(true);
    }
    if (w == 11) { // isprintable
        for (char32_t c : u)
            if (!is_printable(c)) return Value::boolean(false);
        return Value::boolean(true);
    }
    if (u.empty()) return Value::boolean(false);
    if (w == 9) { // isidentifier
        if (!(is_alpha_char(u[0]) || u[0] == '_')) return Value::boolean(false);
        for (char32_t c : u)
            if (!is_word(c)) return Value::boolean(false);
        return Value::boolean(true);
    }
    if (w == 4 || w == 5) { // isupper/islower: at least one cased character, none of the other case
        bool cased = false;
        for (char32_t c : u) {
            if ((w == 4 ? is_lower_char(c) : is_upper_char(c)) || is_titlecase(c)) return Value::boolean(false);
            cased = cased || (w == 4 ? is_upper_char(c) : is_lower_char(c));
        }
        return Value::boolean(cased);
    }
    if (w == 10) { // istitle
        bool previous_cased = false, any = false;
        for (char32_t c : u) {
            if (is_upper_char(c) || is_titlecase(c)) {
                if (previous_cased) return Value::boolean(false);
                previous_cased = any = true;
            } else if (is_lower_char(c)) {
                if (!previous_cased) return Value::boolean(false);
                previous_cased = any = true;
            } else {
                previous_cased = false;
            }
        }
        return Value::boolean(any);
    }
    for (char32_t c : u) {
        bool ok = false;
        switch (w) {
        case 0: // isdigit
        case 6: // isdecimal
        case 7: // isnumeric
            ok = decimal_value(c) >= 0 || (w != 6 && (c == 0xB2 || c == 0xB3 || c == 0xB9));
            break;
        case 1: ok = is_alpha_char(c); break;
        case 2: ok = is_alpha_char(c) || decimal_value(c) >= 0; break;
        case 3: ok = space(c); break;
        default: break;
        }
        if (!ok) return Value::boolean(false);
    }
    return Value::boolean(true);
}

Value str_pad(Interp& I, const Value& self, CallArgs& args, const Value& which) {
    Args a(I, args, which.as_int() == 0 ? "center" : which.as_int() == 1 ? "ljust" : "rjust", {"width", "fillchar=", "/"});
    const StrObj& s = self_str(I, self);
    const std::int64_t width = I.index(a[0], "width");
    std::string fill = " ";
    if (a.has(1)) {
        const StrObj* f = builtin_self(a[1]).get<StrObj>();
        if (f == nullptr || f->length() != 1) I.type_error("The fill character must be exactly one character long");
        fill = f->text;
    }
    const std::int64_t len = static_cast<std::int64_t>(s.length());
    if (width <= len) return I.str(s.text);
    I.heap.reserve(static_cast<std::size_t>(width) * fill.size());
    const std::int64_t total = width - len;
    std::int64_t left = 0;
    if (which.as_int() == 0) left = total / 2 + (total & width & 1);
    else if (which.as_int() == 2) left = total;
    auto repeat = [&](std::int64_t n) {
        std::string out;
        for (std::int64_t i = 0; i < n; ++i)
            out += fill;
        return out;
    };
    return I.str(repeat(left) + s.text + repeat(total - left));
}

Value str_zfill(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "zfill", {"width", "/"});
    const StrObj& s = self_str(I, self);
    const std::int64_t width = I.index(a[0], "width");
    const std::int64_t len = static_cast<std::int64_t>(s.length());
    if (width <= len) return I.str(s.text);
    std::string out = s.text;
    std::size_t at = !out.empty() && (out[0] == '+' || out[0] == '-') ? 1 : 0;
    out.insert(at, static_cast<std::size_t>(width - len), '0');
    return I.str(std::move(out));
}

Value str_partition(Interp& I, const Value& self, CallArgs& args, const Value& right) {
    Args a(I, args, right.as_bool() ? "rpartition" : "partition", {"sep", "/"});
    const std::string& s = self_str(I, self).text;
    const std::string& sep = str_arg(I, a[0], "must be str, not");
    if (sep.empty()) I.value_error("empty separator");
    std::size_t at = right.as_bool() ? s.rfind(sep) : s.find(sep);
    if (at == std::string::npos)
        return right.as_bool() ? I.tuple({I.str(""), I.str(""), I.str(s)}) : I.tuple({I.str(s), I.str(""), I.str("")});
    return I.tuple({I.str(s.substr(0, at)), I.str(sep), I.str(s.substr(at + sep.size()))});
}

Value str_format(Interp& I, const Value& self, CallArgs& args, const Value&) {
    return I.str(format_string(I, self_str(I, self).text, args));
}

Value str_format_map(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "format_map", {"mapping", "/"});
    CallArgs kw;
    for (const Value& k : I.to_vector(I.call_method(a[0], "keys", CallArgs{})))
        kw.kw.emplace_back(I.to_str(k), I.getitem(a[0], k));
    return I.str(format_string(I, self_str(I, self).text, kw));
}

Value str_encode(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "encode", {"encoding=", "errors="});
    self_str(I, self);
    const std::string enc = a.has(0) ? str_arg(I, a[0], "encode() argument 'encoding'") : "utf-8";
    const std::string errors = a.has(1) ? str_arg(I, a[1], "encode() argument 'errors'") : "strict";
    return I.bytes(encode_text(I, builtin_self(self), enc, errors));
}

Value str_removeaffix(Interp& I, const Value& self, CallArgs& args, const Value& suffix) {
    Args a(I, args, suffix.as_bool() ? "removesuffix" : "removeprefix", {"affix", "/"});
    const std::string& s = self_str(I, self).text;
    const std::string& p = str_arg(I, a[0], "must be str, not");
    if (suffix.as_bool()) {
        if (!p.empty() && s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0)
            return I.str(s.substr(0, s.size() - p.size()));
    } else if (s.compare(0, p.size(), p) == 0) {
        return I.str(s.substr(p.size()));
    }
    return I.str(s);
}

Value str_expandtabs(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "expandtabs", {"tabsize="});
    const std::int64_t size = a.has(0) ? I.index(a[0], "tabsize") : 8;
    std::u32string u = decode(self_str(I, self).text), out;
    std::int64_t col = 0;
    for (char32_t c : u) {
        if (c == '\t') {
            if (size > 0) {
                const std::int64_t n = size - col % size;
                out.append(static_cast<std::size_t>(n), U' ');
                col += n;
            }
        } else {
            out.push_back(c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
    }
    return I.str(encode(out));
}

Value str_translate(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "translate", {"table", "/"});
    std::u32string u = decode(self_str(I, self).text);
    std::string out;
    for (char32_t c : u) {
        Value mapped;
        try {
            mapped = I.getitem(a[0], Value::integer(c));
        } catch (PyException& e) {
            if (!I.isinstance(e.exc, I.t.exc("LookupError"))) throw;
            append_utf8(out, c);
            continue;
        }
        if (mapped.is_none()) continue;
        if (I.is_int(mapped)) append_utf8(out, static_cast<char32_t>(I.index(mapped, "translate")));
        else out += str_arg(I, mapped, "character mapping must return integer, None or str");
    }
    return I.str(std::move(out));
}

Value str_maketrans(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "maketrans", {"x", "y=", "z=", "/"});
    Ref<DictObj> d = I.dict();
    if (!a.has(1)) {
        const DictObj* src = a[0].get<DictObj>();
        if (src == nullptr) I.type_error("if you give only one argument to maketrans it must be a dict");
        for (const DictObj::Entry& e : src->entries()) {
            if (!e.live) continue;
            Value k = e.key;
            if (const StrObj* s = k.get<StrObj>()) k = Value::integer(decode(s->text).at(0));
            d->set(I, k, e.value);
        }
        return Value(d);
    }
    std::u32string x = decode(str_arg(I, a[0], "maketrans x")), y = decode(str_arg(I, a[1], "maketrans y"));
    if (x.size() != y.size()) I.value_error("the first two maketrans arguments must have equal length");
    for (std::size_t i = 0; i < x.size(); ++i)
        d->set(I, Value::integer(x[i]), Value::integer(y[i]));
    if (a.has(2))
        for (char32_t c : decode(str_arg(I, a[2], "maketrans z")))
            d->set(I, Value::integer(c), Value());
    return Value(d);
}

Value str_len(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "__len__");
    return Value::integer(static_cast<std::int64_t>(self_str(I, self).length()));
}

Value str_getitem(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__getitem__", {"key", "/"});
    return I.getitem(builtin_self(self), a[0]);
}

Value str_contains(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__contains__", {"key", "/"});
    return Value::boolean(I.contains(builtin_self(self), a[0]));
}

Value str_dunder_str(Interp& I, const Value& self, CallArgs&, const Value&) {
    return I.str(self_str(I, self).text);
}

Value str_dunder_hash(Interp& I, const Value& self, CallArgs&, const Value&) {
    return Value::integer(self_str(I, self).hash());
}

Value str_dunder_eq(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__eq__", {"value", "/"});
    const StrObj* o = builtin_self(a[0]).get<StrObj>();
    if (o == nullptr) return Value::not_implemented();
    return Value::boolean(o->text == self_str(I, self).text);
}

} // namespace

void install_str_methods(Interp& I) {
    ClassObj& c = *I.t.str;
    add_method(I, c, "upper", str_upper);
    add_method(I, c, "lower", str_lower);
    add_method(I, c, "casefold", str_casefold);
    add_method(I, c, "swapcase", str_swapcase);
    add_method(I, c, "capitalize", str_capitalize);
    add_method(I, c, "title", str_title);
    add_method(I, c, "strip", str_strip, Value::integer(0));
    add_method(I, c, "lstrip", str_strip, Value::integer(1));
    add_method(I, c, "rstrip", str_strip, Value::integer(2));
    add_method(I, c, "split", str_split, Value::boolean(false));
    add_method(I, c, "rsplit", str_split, Value::boolean(true));
    add_method(I, c, "splitlines", str_splitlines);
    add_method(I, c, "join", str_join);
    add_method(I, c, "replace", str_replace);
    add_method(I, c, "find", str_find, Value::integer(0));
    add_method(I, c, "rfind", str_find, Value::integer(1));
    add_method(I, c, "index", str_find, Value::integer(2));
    add_method(I, c, "rindex", str_find, Value::integer(3));
    add_method(I, c, "count", str_find, Value::integer(4));
    add_method(I, c, "startswith", str_startswith, Value::boolean(false));
    add_method(I, c, "endswith", str_startswith, Value::boolean(true));
    const char* predicates[] = {"isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower",
                                "isdecimal", "isnumeric", "isascii", "isidentifier", "istitle", "isprintable"};
    for (int i = 0; i < 12; ++i)
        add_method(I, c, predicates[i], str_is, Value::integer(i));
    add_method(I, c, "center", str_pad, Value::integer(0));
    add_method(I, c, "ljust", str_pad, Value::integer(1));
    add_method(I, c, "rjust", str_pad, Value::integer(2));
    add_method(I, c, "zfill", str_zfill);
    add_method(I, c, "partition", str_partition, Value::boolean(false));
    add_method(I, c, "rpartition", str_partition, Value::boolean(true));
    add_method(I, c, "format", str_format);
    add_method(I, c, "format_map", str_format_map);
    add_method(I, c, "encode", str_encode);
    add_method(I, c, "removeprefix", str_removeaffix, Value::boolean(false));
    add_method(I, c, "removesuffix", str_removeaffix, Value::boolean(true));
    add_method(I, c, "expandtabs", str_expandtabs);
    add_method(I, c, "translate", str_translate);
    add_staticmethod(I, c, "maketrans", str_maketrans);
    add_method(I, c, "__len__", str_len);
    add_method(I, c, "__getitem__", str_getitem);
    add_method(I, c, "__contains__", str_contains);
    add_method(I, c, "__str__", str_dunder_str);
    add_method(I, c, "__hash__", str_dunder_hash);
    add_method(I, c, "__eq__", str_dunder_eq);
}

} // namespace revlab::py
