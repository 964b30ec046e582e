#include "py/runtime/codecs.hpp"

#include "py/unicode.hpp"

#include <algorithm>
#include <cstdio>

namespace revlab::py {

namespace {

enum class Codec { Utf8, Ascii, Latin1, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be };

struct CodecInfo {
    Codec codec;
    const char* name; // as Python's errors and exceptions name it
};

// Python's aliases of the codecs here, after its normalization (lower case, '_' and ' ' as '-').
CodecInfo lookup(Interp& I, std::string_view encoding) {
    std::string n(encoding);
    std::transform(n.begin(), n.end(), n.begin(), [](char c) {
        return static_cast<char>(c == '_' || c == ' ' ? '-' : std::tolower(static_cast<unsigned char>(c)));
    });
    static const std::pair<const char*, CodecInfo> aliases[] = {
        {"utf-8", {Codec::Utf8, "utf-8"}},
        {"utf8", {Codec::Utf8, "utf-8"}},
        {"u8", {Codec::Utf8, "utf-8"}},
        {"utf", {Codec::Utf8, "utf-8"}},
        {"cp65001", {Codec::Utf8, "utf-8"}},
        {"ascii", {Codec::Ascii, "ascii"}},
        {"us-ascii", {Codec::Ascii, "ascii"}},
        {"646", {Codec::Ascii, "ascii"}},
        {"latin-1", {Codec::Latin1, "latin-1"}},
        {"latin1", {Codec::Latin1, "latin-1"}},
        {"latin", {Codec::Latin1, "latin-1"}},
        {"iso-8859-1", {Codec::Latin1, "latin-1"}},
        {"iso8859-1", {Codec::Latin1, "latin-1"}},
        {"8859", {Codec::Latin1, "latin-1"}},
        {"cp819", {Codec::Latin1, "latin-1"}},
        {"l1", {Codec::Latin1, "latin-1"}},
        {"utf-16", {Codec::Utf16, "utf-16"}},
        {"utf16", {Codec::Utf16, "utf-16"}},
        {"utf-16-le", {Codec::Utf16Le, "utf-16-le"}},
        {"utf-16le", {Codec::Utf16Le, "utf-16-le"}},
        {"utf-16-be", {Codec::Utf16Be, "utf-16-be"}},
        {"utf-16be", {Codec::Utf16Be, "utf-16-be"}},
        {"utf-32", {Codec::Utf32, "utf-32"}},
        {"utf32", {Codec::Utf32, "utf-32"}},
        {"utf-32-le", {Codec::Utf32Le, "utf-32-le"}},
        {"utf-32le", {Codec::Utf32Le, "utf-32-le"}},
        {"utf-32-be", {Codec::Utf32Be, "utf-32-be"}},
        {"utf-32be", {Codec::Utf32Be, "utf-32-be"}},
    };
    for (const auto& [alias, info] : aliases)
        if (n == alias) return info;
    I.raise("LookupError", "unknown encoding: " + std::string(encoding));
}

void check_errors(Interp& I, std::string_view errors, bool encoding) {
    for (const char* known :
         {"strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"})
        if (errors == known) return;
    if (encoding && errors == "xmlcharrefreplace") return;
    I.raise("LookupError", "unknown error handler name '" + std::string(errors) + "'");
}

std::string hex(unsigned v, int digits) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*x", digits, v);
    return buf;
}

// \xNN, \uNNNN or \UNNNNNNNN, as backslashreplace and the errors' messages write a code point.
std::string escaped(char32_t c) {
    const auto v = static_cast<unsigned>(c);
    if (v <= 0xff) return "\\x" + hex(v, 2);
    if (v <= 0xffff) return "\\u" + hex(v, 4);
    return "\\U" + hex(v, 8);
}

[[noreturn]] void raise_unicode_error(Interp& I, const char* cls, const char* codec, const Value& object,
                                      std::size_t start, std::size_t end, const char* reason) {
    auto index = [](std::size_t n) { return Value::integer(static_cast<std::int64_t>(n)); };
    I.raise_value(
        I.make_exception(I.t.exc(cls), {I.str(codec), object, index(start), index(end), I.str(reason)}));
}

// ---- encoding -------------------------------------------------------------------------------------

void put_unit(std::string& out, std::uint32_t unit, int bytes, bool big_endian) {
    for (int k = 0; k < bytes; ++k) {
        const int shift = 8 * (big_endian ? bytes - 1 - k : k);
        out += static_cast<char>((unit >> shift) & 0xff);
    }
}

void put_utf16(std::string& out, char32_t c, bool big_endian) {
    if (c < 0x10000) return put_unit(out, c, 2, big_endian);
    const std::uint32_t v = c - 0x10000;
    put_unit(out, 0xd800 + (v >> 10), 2, big_endian);
    put_unit(out, 0xdc00 + (v & 0x3ff), 2, big_endian);
}

// ASCII or Latin-1: runs of characters past `limit` go to the error handler.
std::string encode_narrow(Interp& I, const Value& str_value, const CodecInfo& info, std::string_view errors) {
    const std::string& text = str_value.as<StrObj>()->text;
    const char32_t limit = info.codec == Codec::Ascii ? 0x80 : 0x100;
    std::u32string u;
    for (std::size_t i = 0; i < text.size();) {
        CodePoint cp = decode_utf8(text, i);
        u += cp.value;
        i += cp.size;
    }
    std::string out;
    for (std::size_t i = 0; i < u.size();) {
        if (u[i] < limit) {
            out += static_cast<char>(u[i++]);
            continue;
        }
        std::size_t end = i;
        while (end < u.size() && u[end] >= limit)
            ++end;
        if (errors == "strict" || errors == "surrogateescape" || errors == "surrogatepass")
            raise_unicode_error(I, "UnicodeEncodeError", info.name, str_value, i, end,
                                limit == 0x80 ? "ordinal not in range(128)" : "ordinal not in range(256)");
        for (; i < end; ++i) {
            if (errors == "replace")
                out += '?';
            else if (errors == "backslashreplace")
                out += escaped(u[i]);
            else if (errors == "xmlcharrefreplace")
                out += "&#" + std::to_string(static_cast<unsigned>(u[i])) + ";";
        }
    }
    return out;
}

// ---- decoding -------------------------------------------------------------------------------------

// What an error handler puts for the undecodable bytes data[start, end).
void decode_error(Interp& I, const CodecInfo& info, const Value& bytes_value, std::string_view errors,
                  std::size_t start, std::size_t end, const char* reason, std::string& out) {
    if (errors == "strict")
        raise_unicode_error(I, "UnicodeDecodeError", info.name, bytes_value, start, end, reason);
    const std::string& data = bytes_value.as<BytesObj>()->bytes;
    if (errors == "replace")
        append_utf8(out, 0xfffd);
    else if (errors == "backslashreplace" || errors == "surrogateescape")
        for (std::size_t k = start; k < end; ++k)
            out += "\\x" + hex(static_cast<unsigned char>(data[k]), 2);
}

// The length of the valid UTF-8 sequence at data[i], or 0 with the error's end and reason, as
// CPython decides them (a maximal invalid prefix is one error).
std::size_t utf8_sequence(const std::string& data, std::size_t i, std::size_t& end, const char*& reason) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(data[k]); };
    const unsigned char c = b(i);
    if (c < 0x80) return 1;
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xbf; // the range of the second byte
    if (c >= 0xc2 && c <= 0xdf)
        n = 2;
    else if (c >= 0xe0 && c <= 0xef)
        n = 3, lo = c == 0xe0 ? 0xa0 : 0x80, hi = c == 0xed ? 0x9f : 0xbf;
    else if (c >= 0xf0 && c <= 0xf4)
        n = 4, lo = c == 0xf0 ? 0x90 : 0x80, hi = c == 0xf4 ? 0x8f : 0xbf;
    if (n == 0) {
        end = i + 1;
        reason = "invalid start byte";
        return 0;
    }
    for (std::size_t k = 1; k < n; ++k) {
        if (i + k >= data.size()) {
            end = data.size();
            reason = "unexpected end of data";
            return 0;
        }
        const unsigned char x = b(i + k);
        const bool ok = k == 1 ? x >= lo && x <= hi : (x & 0xc0) == 0x80;
        if (!ok) {
            end = i + k;
            reason = "invalid continuation byte";
            return 0;
        }
    }
    return n;
}

std::string decode_utf8_bytes(Interp& I, const Value& bytes_value, const CodecInfo& info,
                              std::string_view errors) {
    const std::string& data = bytes_value.as<BytesObj>()->bytes;
    std::string out;
    out.reserve(data.size());
    for (std::size_t i = 0; i < data.size();) {
        std::size_t end = 0;
        const char* reason = nullptr;
        const std::size_t n = utf8_sequence(data, i, end, reason);
        if (n > 0) {
            out.append(data, i, n);
            i += n;
            continue;
        }
        decode_error(I, info, bytes_value, errors, i, end, reason, out);
        i = end;
    }
    return out;
}

std::string decode_wide(Interp& I, const Value& bytes_value, CodecInfo info, std::string_view errors) {
    const std::string& data = bytes_value.as<BytesObj>()->bytes;
    const bool utf16 =
        info.codec == Codec::Utf16 || info.codec == Codec::Utf16Le || info.codec == Codec::Utf16Be;
    const std::size_t unit = utf16 ? 2 : 4;
    bool big = info.codec == Codec::Utf16Be || info.codec == Codec::Utf32Be;
    std::size_t i = 0;
    auto read = [&](std::size_t at) {
        std::uint32_t v = 0;
        for (std::size_t k = 0; k < unit; ++k)
            v |= static_cast<std::uint32_t>(static_cast<unsigned char>(data[at + k]))
                 << (8 * (big ? unit - 1 - k : k));
        return v;
    };
    if (info.codec == Codec::Utf16 || info.codec == Codec::Utf32) { // a byte order mark decides
        big = false;
        if (data.size() >= unit) {
            if (read(0) == 0xfeff)
                i = unit;
            else {
                big = true;
                if (read(0) == 0xfeff)
                    i = unit;
                else
                    big = false;
            }
        }
    }
    std::string out;
    while (i < data.size()) {
        if (i + unit > data.size()) {
            decode_error(I, info, bytes_value, errors, i, data.size(), "truncated data", out);
            break;
        }
        std::uint32_t v = read(i);
        if (!utf16) {
            if (v >= 0x110000)
                decode_error(I, info, bytes_value, errors, i, i + 4, "code point not in range(0x110000)",
                             out);
            else if (v >= 0xd800 && v < 0xe000)
                decode_error(I, info, bytes_value, errors, i, i + 4,
                             "code point in surrogate code point range(0xd800, 0xe000)", out);
            else
                append_utf8(out, v);
            i += 4;
            continue;
        }
        if (v < 0xd800 || v >= 0xe000) {
            append_utf8(out, v);
            i += 2;
        } else if (v >= 0xdc00) {
            decode_error(I, info, bytes_value, errors, i, i + 2, "illegal encoding", out);
            i += 2;
        } else if (i + 4 > data.size()) {
            decode_error(I, info, bytes_value, errors, i, data.size(), "unexpected end of data", out);
            break;
        } else {
            const std::uint32_t low = read(i + 2);
            if (low < 0xdc00 || low >= 0xe000) {
                decode_error(I, info, bytes_value, errors, i, i + 2, "illegal UTF-16 surrogate", out);
                i += 2;
                continue;
            }
            append_utf8(out, 0x10000 + ((v - 0xd800) << 10) + (low - 0xdc00));
            i += 4;
        }
    }
    return out;
}

} // namespace

std::string encode_text(Interp& I, const Value& str_value, std::string_view encoding,
                        std::string_view errors) {
    const CodecInfo info = lookup(I, encoding);
    check_errors(I, errors, true);
    const std::string& text = str_value.as<StrObj>()->text;
    switch (info.codec) {
    case Codec::Utf8:
        return text;
    case Codec::Ascii:
    case Codec::Latin1:
        return encode_narrow(I, str_value, info, errors);
    default:
        break;
    }
    const bool utf16 =
        info.codec == Codec::Utf16 || info.codec == Codec::Utf16Le || info.codec == Codec::Utf16Be;
    const bool big = info.codec == Codec::Utf16Be || info.codec == Codec::Utf32Be;
    std::string out;
    if (info.codec == Codec::Utf16 || info.codec == Codec::Utf32) put_unit(out, 0xfeff, utf16 ? 2 : 4, false);
    for (std::size_t i = 0; i < text.size();) {
        CodePoint cp = decode_utf8(text, i);
        i += cp.size;
        if (utf16)
            put_utf16(out, cp.value, big);
        else
            put_unit(out, cp.value, 4, big);
    }
    I.heap.reserve(out.size());
    return out;
}

std::string decode_bytes(Interp& I, const Value& bytes_value, std::string_view encoding,
                         std::string_view errors) {
    const CodecInfo info = lookup(I, encoding);
    check_errors(I, errors, false);
    const std::string& data = bytes_value.as<BytesObj>()->bytes;
    std::string out;
    switch (info.codec) {
    case Codec::Utf8:
        return decode_utf8_bytes(I, bytes_value, info, errors);
    case Codec::Ascii:
    case Codec::Latin1:
        for (std::size_t i = 0; i < data.size(); ++i) {
            const unsigned char c = static_cast<unsigned char>(data[i]);
            if (c >= 0x80 && info.codec == Codec::Ascii)
                decode_error(I, info, bytes_value, errors, i, i + 1, "ordinal not in range(128)", out);
            else
                append_utf8(out, c);
        }
        return out;
    default:
        return decode_wide(I, bytes_value, info, errors);
    }
}

std::optional<std::string> unicode_error_text(Interp& I, const InstanceObj& e) {
    const bool encode = e.cls->is_subclass_of(I.t.exc("UnicodeEncodeError"));
    if (!encode && !e.cls->is_subclass_of(I.t.exc("UnicodeDecodeError"))) return std::nullopt;
    const TupleObj* args = e.args.get<TupleObj>();
    if (args == nullptr || args->items.size() != 5) return std::nullopt;
    const StrObj* codec = args->items[0].get<StrObj>();
    const StrObj* reason = args->items[4].get<StrObj>();
    if (codec == nullptr || reason == nullptr || !args->items[2].is_int() || !args->items[3].is_int())
        return std::nullopt;
    const std::int64_t start = args->items[2].as_int(), end = args->items[3].as_int();
    std::string head = "'" + codec->text + "' codec can't " + (encode ? "encode " : "decode ");
    const std::string where = end == start + 1
                                  ? " in position " + std::to_string(start)
                                  : " in position " + std::to_string(start) + "-" + std::to_string(end - 1);
    if (end == start + 1) {
        if (encode) {
            const StrObj* s = args->items[1].get<StrObj>();
            std::size_t i = 0;
            for (std::int64_t k = 0; s != nullptr && k < start && i < s->text.size(); ++k)
                i += decode_utf8(s->text, i).size;
            if (s != nullptr && i < s->text.size())
                return head + "character '" + escaped(decode_utf8(s->text, i).value) + "'" + where + ": " +
                       reason->text;
        } else if (const BytesObj* b = args->items[1].get<BytesObj>();
                   b != nullptr && start >= 0 && static_cast<std::size_t>(start) < b->bytes.size()) {
            return head + "byte 0x" +
                   hex(static_cast<unsigned char>(b->bytes[static_cast<std::size_t>(start)]), 2) + where +
                   ": " + reason->text;
        }
    }
    return head + (encode ? "characters" : "bytes") + where + ": " + reason->text;
}

} // namespace revlab::py
