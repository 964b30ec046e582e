// JSON decoding, as CPython's json.decoder with its C scanner reads it: the same accepted
// language (NaN, Infinity, -Infinity; ASCII digits only; control characters refused unless
// strict=False), the same hooks, and JSONDecodeError with the same messages and positions
// ("Expecting ',' delimiter: line 1 column 6 (char 5)"). Positions count code points; the scanner
// walks UTF-8 bytes and converts a byte offset when it reports one. The json.decoder module and
// its JSONDecoder and JSONDecodeError classes live here too.
#include "py/floats.hpp"
#include "py/stdlib/json_objects.hpp"
#include "py/unicode.hpp"

#include <cmath>
#include <unordered_map>

namespace revlab::py::json {

namespace {

bool is_ws(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Code points before byte offset `byte`.
std::int64_t char_index(std::string_view s, std::size_t byte) {
    std::int64_t n = 0;
    for (std::size_t i = 0; i < byte && i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
    return n;
}

// Byte offset of code point `index` (the end when past it).
std::size_t byte_index(std::string_view s, std::int64_t index) {
    std::size_t i = 0;
    for (std::int64_t k = 0; k < index && i < s.size(); ++k) {
        ++i;
        while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
            ++i;
    }
    return i;
}

[[noreturn]] void fail(Interp& I, const std::string& msg, const Value& doc, std::int64_t pos) {
    I.raise_value(I.call(Value(decode_error_class(I)), {I.str(msg), doc, Value::integer(pos)}));
}

// A value could not start here: the scanner's StopIteration, which raw_decode reports as
// "Expecting value" at this position.
struct NoValue {
    std::size_t at;
};

class Decoder {
  public:
    Decoder(Interp& I, const Value& doc, const std::string& s, const DecodeOptions& o)
        : I_(I), doc_(doc), s_(s), o_(o) {}

    Value value(std::size_t& i) {
        if (i >= s_.size()) throw NoValue{i};
        switch (s_[i]) {
        case '"':
            return I_.str(string(i));
        case '{':
            return nested(i, true);
        case '[':
            return nested(i, false);
        case 'n':
            if (s_.compare(i, 4, "null") == 0) {
                i += 4;
                return Value();
            }
            break;
        case 't':
            if (s_.compare(i, 4, "true") == 0) {
                i += 4;
                return Value::boolean(true);
            }
            break;
        case 'f':
            if (s_.compare(i, 5, "false") == 0) {
                i += 5;
                return Value::boolean(false);
            }
            break;
        case 'N':
            if (s_.compare(i, 3, "NaN") == 0) return constant(i, "NaN");
            break;
        case 'I':
            if (s_.compare(i, 8, "Infinity") == 0) return constant(i, "Infinity");
            break;
        case '-':
            if (s_.compare(i, 9, "-Infinity") == 0) return constant(i, "-Infinity");
            break;
        default:
            break;
        }
        return number(i);
    }

    [[noreturn]] void error(const std::string& msg, std::size_t byte) const {
        fail(I_, msg, doc_, char_index(s_, byte));
    }

    void skip_ws(std::size_t& i) const {
        while (i < s_.size() && is_ws(s_[i]))
            ++i;
    }

  private:
    Value constant(std::size_t& i, const char* name) {
        const std::size_t n = std::char_traits<char>::length(name);
        i += n;
        if (!o_.parse_constant.is_none()) return I_.call(o_.parse_constant, {I_.str(name)});
        const double v = name[0] == 'N' ? std::nan("") : name[0] == '-' ? -HUGE_VAL : HUGE_VAL;
        return Value::floating(v);
    }

    Value number(std::size_t& i) {
        const std::size_t start = i;
        std::size_t k = i;
        const std::size_t n = s_.size();
        if (k < n && s_[k] == '-') {
            ++k;
            if (k >= n) throw NoValue{start};
        }
        if (k < n && s_[k] >= '1' && s_[k] <= '9') {
            while (k < n && is_digit(s_[k]))
                ++k;
        } else if (k < n && s_[k] == '0') {
            ++k;
        } else {
            throw NoValue{start};
        }
        bool is_float = false;
        if (k + 1 < n && s_[k] == '.' && is_digit(s_[k + 1])) {
            is_float = true;
            k += 2;
            while (k < n && is_digit(s_[k]))
                ++k;
        }
        if (k + 1 < n && (s_[k] == 'e' || s_[k] == 'E')) {
            const std::size_t e_start = k++;
            if (k + 1 < n && (s_[k] == '-' || s_[k] == '+')) ++k;
            while (k < n && is_digit(s_[k]))
                ++k;
            if (is_digit(s_[k - 1]))
                is_float = true;
            else
                k = e_start;
        }
        i = k;
        const std::string text = s_.substr(start, k - start);
        if (is_float) {
            if (!o_.parse_float.is_none()) return I_.call(o_.parse_float, {I_.str(text)});
            return Value::floating(parse_float(text));
        }
        if (!o_.parse_int.is_none()) return I_.call(o_.parse_int, {I_.str(text)});
        if (text.size() <= 18) return Value::integer(std::stoll(text));
        return I_.call(Value(I_.t.int_), {I_.str(text)}); // big: int()'s own limits and errors
    }

    // A string whose opening quote is at i; i ends after the closing one.
    std::string string(std::size_t& i) {
        const std::size_t begin = i;
        std::size_t k = i + 1;
        const std::size_t n = s_.size();
        std::string out;
        while (true) {
            std::size_t next = k;
            char c = 0;
            for (; next < n; ++next) {
                c = s_[next];
                if (c == '"' || c == '\\') break;
                if (static_cast<unsigned char>(c) <= 0x1F && o_.strict)
                    error("Invalid control character at", next);
            }
            if (next >= n) error("Unterminated string starting at", begin);
            out.append(s_, k, next - k);
            ++next;
            if (c == '"') {
                k = next;
                break;
            }
            if (next >= n) error("Unterminated string starting at", begin);
            c = s_[next];
            if (c != 'u') {
                k = next + 1;
                switch (c) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                default:
                    error("Invalid \\escape", k - 2);
                }
                continue;
            }
            ++next;
            std::size_t end = next + 4;
            if (end >= n) error("Invalid \\uXXXX escape", next - 1);
            char32_t cp = hex4(next, end);
            next = end;
            // a surrogate pair written as two escapes is one character
            if (cp >= 0xD800 && cp <= 0xDBFF && end + 6 < n && s_[next] == '\\' && s_[next + 1] == 'u') {
                const char32_t low = hex4(next + 2, end + 6);
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    end += 6;
                }
            }
            // A lone surrogate cannot be stored in Revlab's UTF-8 strs; it reads as U+FFFD.
            append_utf8(out, cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp);
            k = end;
        }
        i = k;
        return out;
    }

    char32_t hex4(std::size_t from, std::size_t end) const {
        char32_t v = 0;
        for (std::size_t k = from; k < end; ++k) {
            const int d = hex_value(s_[k]);
            if (d < 0) error("Invalid \\uXXXX escape", end - 5);
            v = v * 16 + static_cast<char32_t>(d);
        }
        return v;
    }

    // An object or array whose bracket is at i.
    Value nested(std::size_t& i, bool object) {
        // Python counts nesting against the recursion limit, with the frames already running
        if (++depth_ + static_cast<int>(I_.frames().size()) > I_.limits.recursion)
            I_.raise("RecursionError",
                     std::string("maximum recursion depth exceeded while decoding a JSON ") +
                         (object ? "object" : "array") + " from a unicode string");
        Value v = object ? parse_object(i) : parse_array(i);
        --depth_;
        return v;
    }

    Value parse_array(std::size_t& i) {
        std::size_t k = i + 1;
        skip_ws(k);
        std::vector<Value> items;
        if (k >= s_.size() || s_[k] != ']') {
            while (true) {
                items.push_back(value(k));
                I_.heap.reserve(items.size() * sizeof(Value));
                skip_ws(k);
                if (k < s_.size() && s_[k] == ']') break;
                if (k >= s_.size() || s_[k] != ',') error("Expecting ',' delimiter", k);
                ++k;
                skip_ws(k);
            }
        }
        i = k + 1;
        return I_.list(std::move(items));
    }

    Value parse_object(std::size_t& i) {
        std::size_t k = i + 1;
        skip_ws(k);
        const bool pairs = !o_.object_pairs_hook.is_none();
        std::vector<Value> pair_list;
        Ref<DictObj> dict = I_.dict();
        if (k >= s_.size() || s_[k] != '}') {
            while (true) {
                if (k >= s_.size() || s_[k] != '"')
                    error("Expecting property name enclosed in double quotes", k);
                Value key = memo_key(string(k));
                skip_ws(k);
                if (k >= s_.size() || s_[k] != ':') error("Expecting ':' delimiter", k);
                ++k;
                skip_ws(k);
                Value v = value(k);
                if (pairs)
                    pair_list.push_back(I_.tuple({key, v}));
                else
                    dict->set(I_, key, v);
                skip_ws(k);
                if (k < s_.size() && s_[k] == '}') break;
                if (k >= s_.size() || s_[k] != ',') error("Expecting ',' delimiter", k);
                ++k;
                skip_ws(k);
            }
        }
        i = k + 1;
        if (pairs) return I_.call(o_.object_pairs_hook, {I_.list(std::move(pair_list))});
        if (!o_.object_hook.is_none()) return I_.call(o_.object_hook, {Value(dict)});
        return Value(dict);
    }

    // Keys repeat from object to object: one str each, as CPython's scanner memoizes them.
    Value memo_key(std::string text) {
        auto it = memo_.find(text);
        if (it != memo_.end()) return it->second;
        Value key = I_.str(text);
        memo_.emplace(std::move(text), key);
        return key;
    }

    Interp& I_;
    const Value& doc_;
    const std::string& s_;
    const DecodeOptions& o_;
    int depth_ = 0;
    std::unordered_map<std::string, Value> memo_;
};

} // namespace

// The document as a str: bytes are decoded (UTF-8, as json.detect_encoding finds for ASCII-led
// text), anything else is a TypeError.
Value loads_document(Interp& I, const Value& s) {
    if (const std::string* text = str_text(s)) {
        if (text->compare(0, 3, "\xEF\xBB\xBF") == 0)
            fail(I, "Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0);
        return s;
    }
    if (const std::string* b = bytes_data(s)) {
        std::string_view text = *b;
        if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3); // utf-8-sig
        return I.call_method(I.bytes(std::string(text)), "decode", {I.str("utf-8"), I.str("surrogatepass")});
    }
    I.type_error("the JSON object must be str, bytes or bytearray, not " + I.type_name(s));
}

namespace {

// ---- JSONDecodeError, JSONDecoder

Value error_init(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "JSONDecodeError", {"msg", "doc", "pos"});
    const std::string* doc = str_text(a[1]);
    const std::int64_t pos = I.index(a[2], "pos");
    std::int64_t line = 1, col = pos + 1;
    if (doc) {
        const std::size_t end = byte_index(*doc, pos);
        std::size_t last_newline = std::string::npos;
        for (std::size_t k = 0; k < end; ++k)
            if ((*doc)[k] == '\n') ++line, last_newline = k;
        if (last_newline != std::string::npos) col = pos - char_index(*doc, last_newline);
    }
    const std::string text = I.to_str(a[0]) + ": line " + std::to_string(line) + " column " +
                             std::to_string(col) + " (char " + std::to_string(pos) + ")";
    if (InstanceObj* inst = self.get<InstanceObj>()) inst->args = I.tuple({I.str(text)});
    I.setattr(self, "msg", a[0]);
    I.setattr(self, "doc", a[1]);
    I.setattr(self, "pos", a[2]);
    I.setattr(self, "lineno", Value::integer(line));
    I.setattr(self, "colno", Value::integer(col));
    return Value();
}

Value decoder_init(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "JSONDecoder",
           {"$object_hook", "$parse_float", "$parse_int", "$parse_constant", "$strict", "$object_pairs_hook",
            "**"});
    if (!a.extra().empty())
        I.type_error("JSONDecoder.__init__() got an unexpected keyword argument '" + a.extra()[0].first +
                     "'");
    I.setattr(self, "object_hook", a.get(0));
    I.setattr(self, "parse_float", a.get(1));
    I.setattr(self, "parse_int", a.get(2));
    I.setattr(self, "parse_constant", a.get(3));
    I.setattr(self, "strict", a.get(4, Value::boolean(true)));
    I.setattr(self, "object_pairs_hook", a.get(5));
    return Value();
}

Value decoder_decode(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "decode", {"s", "_w="});
    return decode(I, a[0], options_of_decoder(I, self));
}

Value decoder_raw_decode(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "raw_decode", {"s", "idx="});
    if (!str_text(a[0])) I.type_error("first argument must be a string, not " + I.type_name(a[0]));
    auto [v, end] = raw_decode(I, a[0], a.has(1) ? I.index(a[1], "idx") : 0, options_of_decoder(I, self));
    return I.tuple({v, Value::integer(end)});
}

} // namespace

DecodeOptions options_of_decoder(Interp& I, const Value& decoder) {
    DecodeOptions o;
    const auto attr = [&](const char* name) { return I.getattr_if(decoder, name).value_or(Value()); };
    o.object_hook = attr("object_hook");
    o.object_pairs_hook = attr("object_pairs_hook");
    o.parse_float = attr("parse_float");
    o.parse_int = attr("parse_int");
    o.parse_constant = attr("parse_constant");
    if (std::optional<Value> strict = I.getattr_if(decoder, "strict")) o.strict = I.truthy(*strict);
    // The default hooks are the types themselves: no call needed.
    if (o.parse_float.same(Value(I.t.float_))) o.parse_float = Value();
    if (o.parse_int.same(Value(I.t.int_))) o.parse_int = Value();
    return o;
}

std::pair<Value, std::int64_t> raw_decode(Interp& I, const Value& s, std::int64_t idx,
                                          const DecodeOptions& opts) {
    const std::string& text = *str_text(s);
    Decoder d(I, s, text, opts);
    if (idx < 0) I.value_error("idx cannot be negative");
    std::size_t i = byte_index(text, idx);
    try {
        Value v = d.value(i);
        return {v, char_index(text, i)};
    } catch (const NoValue& e) {
        fail(I, "Expecting value", s, char_index(text, e.at));
    }
}

Value decode(Interp& I, const Value& doc, const DecodeOptions& opts) {
    const std::string* str = str_text(doc);
    if (str == nullptr) I.type_error("expected string or bytes-like object, got '" + I.type_name(doc) + "'");
    const std::string& text = *str;
    Decoder d(I, doc, text, opts);
    std::size_t i = 0;
    d.skip_ws(i);
    Value v;
    try {
        v = d.value(i);
    } catch (const NoValue& e) {
        fail(I, "Expecting value", doc, char_index(text, e.at));
    }
    d.skip_ws(i);
    if (i != text.size()) d.error("Extra data", i);
    return v;
}

Ref<ClassObj> decoder_class(Interp& I) {
    const Value* cls = I.import_module("json.decoder")->dict->find("JSONDecoder");
    if (cls == nullptr || !cls->is(ObjType::Class)) I.type_error("json.decoder.JSONDecoder is not a class");
    return Ref<ClassObj>(cls->as<ClassObj>());
}

Ref<ClassObj> decode_error_class(Interp& I) {
    const Value* cls = I.import_module("json.decoder")->dict->find("JSONDecodeError");
    if (cls == nullptr || !cls->is(ObjType::Class))
        I.type_error("json.decoder.JSONDecodeError is not a class");
    return Ref<ClassObj>(cls->as<ClassObj>());
}

void init_decoder_module(Interp& I, ModuleObj& m) {
    Ref<ClassObj> error =
        open_class(I, "JSONDecodeError", "json.decoder", {Ref<ClassObj>(I.t.exc("ValueError"))});
    add_method(I, *error, "__init__", error_init);
    Ref<ClassObj> decoder = open_class(I, "JSONDecoder", "json.decoder");
    add_method(I, *decoder, "__init__", decoder_init);
    add_method(I, *decoder, "decode", decoder_decode);
    add_method(I, *decoder, "raw_decode", decoder_raw_decode);
    DictObj& d = *m.dict;
    d.set(I, "JSONDecodeError", Value(error));
    d.set(I, "JSONDecoder", Value(decoder));
    d.set(I, "NaN", Value::floating(std::nan("")));
    d.set(I, "PosInf", Value::floating(HUGE_VAL));
    d.set(I, "NegInf", Value::floating(-HUGE_VAL));
}

} // namespace revlab::py::json
