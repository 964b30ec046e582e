// The `struct` module: pack, unpack, unpack_from, iter_unpack, calcsize and the Struct class, with
// CPython's format language (byte order @ = < > !, repeat counts, x c b B ? h H i I l L q Q n N e f
// d s p P) and its struct.error messages. Native ('@') sizes and alignment are those of the
// x86-64 Linux Python that real Flask-Migrate runs on, in every build (wasm too), so a script packs
// the same bytes everywhere.
#include "py/stdlib/native.hpp"
#include "py/stdlib/native_util.hpp"

#include <cmath>
#include <cstring>

namespace revlab::py {

namespace {

struct Item {
    char code;
    std::size_t count;  // repeats (for s and p: the length)
    std::size_t size;   // of one value
    std::size_t offset; // where the first value starts
};

struct Format {
    std::vector<Item> items;
    std::size_t size = 0;
    std::size_t values = 0; // how many Python values pack takes and unpack gives
    bool little = true;
    std::string text;
};

[[noreturn]] void struct_error(Interp& I, const Value& error_cls, const std::string& msg) {
    I.raise(error_cls.as<ClassObj>(), msg);
}

std::size_t native_size(char c) {
    switch (c) {
    case 'x':
    case 'c':
    case 'b':
    case 'B':
    case '?':
    case 's':
    case 'p':
        return 1;
    case 'h':
    case 'H':
    case 'e':
        return 2;
    case 'i':
    case 'I':
    case 'f':
        return 4;
    case 'l':
    case 'L':
    case 'q':
    case 'Q':
    case 'n':
    case 'N':
    case 'P':
    case 'd':
        return 8;
    default:
        return 0;
    }
}

std::size_t standard_size(char c) {
    switch (c) {
    case 'x':
    case 'c':
    case 'b':
    case 'B':
    case '?':
    case 's':
    case 'p':
        return 1;
    case 'h':
    case 'H':
    case 'e':
        return 2;
    case 'i':
    case 'I':
    case 'l':
    case 'L':
    case 'f':
        return 4;
    case 'q':
    case 'Q':
    case 'd':
        return 8;
    default:
        return 0; // n, N and P exist only in native mode
    }
}

Format parse_format(Interp& I, const Value& error_cls, const Value& fmt) {
    std::string text;
    if (const std::string* s = str_text(fmt))
        text = *s;
    else if (const std::string* b = bytes_data(fmt))
        text = *b;
    else
        I.type_error("Struct() argument 1 must be a str or bytes object, not " + I.type_name(fmt));
    Format f;
    f.text = text;
    std::size_t i = 0;
    bool native = true;
    if (!text.empty() && std::string_view("@=<>!").find(text[0]) != std::string_view::npos) {
        native = text[0] == '@';
        f.little = text[0] == '<' || text[0] == '@' || text[0] == '=';
        ++i;
    }
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') continue;
        std::size_t count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
                count = count * 10 + static_cast<std::size_t>(text[i] - '0');
                if (count > 0x7FFFFFFF) struct_error(I, error_cls, "total struct size too long");
                ++i;
            }
            if (i >= text.size()) struct_error(I, error_cls, "repeat count given without format specifier");
        }
        const char code = text[i];
        const std::size_t size = native ? native_size(code) : standard_size(code);
        if (size == 0) struct_error(I, error_cls, "bad char in struct format");
        if (native && size > 1) f.size = (f.size + size - 1) / size * size; // align
        Item item{code, count, size, f.size};
        if (code == 's' || code == 'p') {
            f.size += count;
            f.values += 1;
        } else {
            f.size += count * size;
            if (code != 'x') f.values += count;
        }
        f.items.push_back(item);
    }
    return f;
}

void put_uint(std::string& out, std::size_t at, std::uint64_t v, std::size_t size, bool little) {
    for (std::size_t k = 0; k < size; ++k) {
        const auto byte = static_cast<char>(v >> (8 * k));
        out[at + (little ? k : size - 1 - k)] = byte;
    }
}

std::uint64_t get_uint(std::string_view in, std::size_t at, std::size_t size, bool little) {
    std::uint64_t v = 0;
    for (std::size_t k = 0; k < size; ++k) {
        const auto byte = static_cast<unsigned char>(in[at + (little ? k : size - 1 - k)]);
        v |= std::uint64_t{byte} << (8 * k);
    }
    return v;
}

// IEEE 754 half precision, rounded to nearest even (as CPython's PyFloat_Pack2).
std::uint16_t to_half(Interp& I, double x) {
    std::uint16_t sign = std::signbit(x) ? 0x8000 : 0;
    if (std::isnan(x)) return static_cast<std::uint16_t>(sign | 0x7E00);
    const double a = std::fabs(x);
    if (std::isinf(a)) return static_cast<std::uint16_t>(sign | 0x7C00);
    if (a == 0) return sign;
    int e = 0;
    double m = std::frexp(a, &e); // a = m * 2**e, 0.5 <= m < 1
    m *= 2;
    e -= 1; // a = m * 2**e, 1 <= m < 2
    std::uint32_t bits;
    if (e < -14) { // subnormal: a / 2**-24, rounded
        const double scaled = std::ldexp(a, 24);
        bits = static_cast<std::uint32_t>(std::nearbyint(scaled));
    } else {
        const double frac = std::ldexp(m - 1, 10);
        std::uint32_t f = static_cast<std::uint32_t>(std::nearbyint(frac));
        if (f == 1024) {
            f = 0;
            ++e;
        }
        if (e > 15) I.raise("OverflowError", "float too large to pack with e format");
        bits = (static_cast<std::uint32_t>(e + 15) << 10) | f;
    }
    return static_cast<std::uint16_t>(sign | bits);
}

double from_half(std::uint16_t h) {
    const int e = (h >> 10) & 31;
    const int f = h & 1023;
    double v;
    if (e == 0)
        v = std::ldexp(f, -24);
    else if (e == 31)
        v = f ? NAN : HUGE_VAL;
    else
        v = std::ldexp(1024 + f, e - 25);
    return (h & 0x8000) ? -v : v;
}

std::int64_t pack_int(Interp& I, const Value& err, const Value& v, const Item& it) {
    std::optional<BigInt> n = I.big(builtin_self(v));
    if (!n && I.hasattr(v, "__index__")) n = I.big(I.call_method(v, "__index__", {}));
    if (!n) struct_error(I, err, "required argument is not an integer");
    const bool is_unsigned = std::string_view("BHILQN").find(it.code) != std::string_view::npos;
    const std::size_t bits = it.size * 8;
    if (is_unsigned) {
        if (n->is_negative() || n->bit_length() > 64) struct_error(I, err, "argument out of range");
        const std::uint64_t u =
            n->fits_int64() ? static_cast<std::uint64_t>(n->to_int64())
                            : static_cast<std::uint64_t>((*n - BigInt::from_uint64(1ULL << 63)).to_int64()) +
                                  (1ULL << 63);
        if (bits < 64 && u >> bits) {
            const std::string max = std::to_string((1ULL << bits) - 1);
            if (it.size == 1) struct_error(I, err, "ubyte format requires 0 <= number <= 255");
            if (it.size == 2) struct_error(I, err, "ushort format requires 0 <= number <= 65535");
            struct_error(I, err, std::string("'") + it.code + "' format requires 0 <= number <= " + max);
        }
        return static_cast<std::int64_t>(u);
    }
    if (!n->fits_int64()) struct_error(I, err, "argument out of range");
    const std::int64_t s = n->to_int64();
    if (bits < 64) {
        const std::int64_t lo = -(std::int64_t{1} << (bits - 1)), hi = (std::int64_t{1} << (bits - 1)) - 1;
        if (s < lo || s > hi) {
            if (it.size == 1) struct_error(I, err, "byte format requires -128 <= number <= 127");
            if (it.size == 2) struct_error(I, err, "short format requires -32768 <= number <= 32767");
            struct_error(I, err,
                         std::string("'") + it.code + "' format requires " + std::to_string(lo) +
                             " <= number <= " + std::to_string(hi));
        }
    }
    return s;
}

double pack_float(Interp& I, const Value& err, const Value& v) {
    const Value& b = builtin_self(v);
    if (!b.is_float() && !I.is_int(b) && !I.hasattr(v, "__float__") && !I.hasattr(v, "__index__"))
        struct_error(I, err, "required argument is not a float");
    return I.to_float(v, "argument");
}

std::string pack(Interp& I, const Value& err, const Format& f, const std::vector<Value>& values) {
    if (values.size() != f.values)
        struct_error(I, err,
                     "pack expected " + std::to_string(f.values) + " items for packing (got " +
                         std::to_string(values.size()) + ")");
    I.heap.reserve(f.size);
    std::string out(f.size, '\0');
    std::size_t v = 0;
    for (const Item& it : f.items) {
        if (it.code == 'x') continue;
        if (it.code == 's' || it.code == 'p') {
            const std::string* data = bytes_data(values[v++]);
            if (data == nullptr)
                struct_error(I, err, std::string("argument for '") + it.code + "' must be a bytes object");
            if (it.code == 's') {
                std::memcpy(out.data() + it.offset, data->data(), std::min(it.count, data->size()));
            } else if (it.count > 0) {
                const std::size_t n = std::min(it.count - 1, data->size());
                std::memcpy(out.data() + it.offset + 1, data->data(), n);
                out[it.offset] = static_cast<char>(std::min<std::size_t>(n, 255));
            }
            continue;
        }
        for (std::size_t k = 0; k < it.count; ++k) {
            const std::size_t at = it.offset + k * it.size;
            const Value& value = values[v++];
            switch (it.code) {
            case 'c': {
                const std::string* data = bytes_data(value);
                if (data == nullptr || data->size() != 1)
                    struct_error(I, err, "char format requires a bytes object of length 1");
                out[at] = (*data)[0];
                break;
            }
            case '?':
                out[at] = I.truthy(value) ? 1 : 0;
                break;
            case 'e':
                put_uint(out, at, to_half(I, pack_float(I, err, value)), 2, f.little);
                break;
            case 'f': {
                const double d = pack_float(I, err, value);
                const float x = static_cast<float>(d);
                if (std::isinf(x) && !std::isinf(d))
                    I.raise("OverflowError", "float too large to pack with f format");
                std::uint32_t bits;
                std::memcpy(&bits, &x, 4);
                put_uint(out, at, bits, 4, f.little);
                break;
            }
            case 'd': {
                const double d = pack_float(I, err, value);
                std::uint64_t bits;
                std::memcpy(&bits, &d, 8);
                put_uint(out, at, bits, 8, f.little);
                break;
            }
            default:
                put_uint(out, at, static_cast<std::uint64_t>(pack_int(I, err, value, it)), it.size, f.little);
                break;
            }
        }
    }
    return out;
}

Value unpack(Interp& I, const Format& f, std::string_view in) {
    std::vector<Value> out;
    for (const Item& it : f.items) {
        if (it.code == 'x') continue;
        if (it.code == 's') {
            out.push_back(I.bytes(std::string(in.substr(it.offset, it.count))));
            continue;
        }
        if (it.code == 'p') {
            std::size_t n = it.count == 0 ? 0 : static_cast<unsigned char>(in[it.offset]);
            n = std::min(n, it.count == 0 ? 0 : it.count - 1);
            out.push_back(I.bytes(std::string(in.substr(it.offset + 1, n))));
            continue;
        }
        for (std::size_t k = 0; k < it.count; ++k) {
            const std::size_t at = it.offset + k * it.size;
            const std::uint64_t u = get_uint(in, at, it.size, f.little);
            switch (it.code) {
            case 'c':
                out.push_back(I.bytes(std::string(1, in[at])));
                break;
            case '?':
                out.push_back(Value::boolean(u != 0));
                break;
            case 'e':
                out.push_back(Value::floating(from_half(static_cast<std::uint16_t>(u))));
                break;
            case 'f': {
                float x;
                const auto bits = static_cast<std::uint32_t>(u);
                std::memcpy(&x, &bits, 4);
                out.push_back(Value::floating(x));
                break;
            }
            case 'd': {
                double x;
                std::memcpy(&x, &u, 8);
                out.push_back(Value::floating(x));
                break;
            }
            case 'b':
            case 'h':
            case 'i':
            case 'l':
            case 'q':
            case 'n': {
                const std::size_t bits = it.size * 8;
                std::int64_t s = static_cast<std::int64_t>(u);
                if (bits < 64 && (u >> (bits - 1)) & 1)
                    s = static_cast<std::int64_t>(u | (~std::uint64_t{0} << bits));
                out.push_back(Value::integer(s));
                break;
            }
            default: // unsigned
                out.push_back(u > static_cast<std::uint64_t>(INT64_MAX)
                                  ? I.integer(BigInt::from_uint64(u))
                                  : Value::integer(static_cast<std::int64_t>(u)));
                break;
            }
        }
    }
    return I.tuple(std::move(out));
}

const std::string& buffer_arg(Interp& I, const Value& v) {
    if (const std::string* b = bytes_data(v)) return *b;
    I.type_error("a bytes-like object is required, not '" + I.type_name(v) + "'");
}

// ---- the module's functions; data is struct.error

Value struct_pack(Interp& I, const Value&, CallArgs& args, const Value& err) {
    if (args.pos.empty()) I.type_error("pack expected at least 1 argument, got 0");
    const Format f = parse_format(I, err, args.pos[0]);
    return I.bytes(pack(I, err, f, std::vector<Value>(args.pos.begin() + 1, args.pos.end())));
}

Value struct_unpack(Interp& I, const Value&, CallArgs& args, const Value& err) {
    Args a(I, args, "unpack", {"format", "buffer", "/"});
    const Format f = parse_format(I, err, a[0]);
    const std::string& in = buffer_arg(I, a[1]);
    if (in.size() != f.size)
        struct_error(I, err, "unpack requires a buffer of " + std::to_string(f.size) + " bytes");
    return unpack(I, f, in);
}

Value struct_unpack_from(Interp& I, const Value&, CallArgs& args, const Value& err) {
    Args a(I, args, "unpack_from", {"format", "/", "buffer", "offset="});
    const Format f = parse_format(I, err, a[0]);
    const std::string& in = buffer_arg(I, a[1]);
    std::int64_t offset = a.has(2) ? I.index(a[2], "offset") : 0;
    if (offset < 0) {
        if (-offset > static_cast<std::int64_t>(in.size()))
            struct_error(I, err,
                         "offset " + std::to_string(offset) + " out of range for " +
                             std::to_string(in.size()) + "-byte buffer");
        offset += static_cast<std::int64_t>(in.size());
    }
    if (static_cast<std::int64_t>(in.size()) - offset < static_cast<std::int64_t>(f.size))
        struct_error(I, err,
                     "unpack_from requires a buffer of at least " + std::to_string(f.size + offset) +
                         " bytes for unpacking " + std::to_string(f.size) + " bytes at offset " +
                         std::to_string(offset) + " (actual buffer size is " + std::to_string(in.size()) +
                         ")");
    return unpack(I, f, std::string_view(in).substr(static_cast<std::size_t>(offset), f.size));
}

Value struct_iter_unpack(Interp& I, const Value&, CallArgs& args, const Value& err) {
    Args a(I, args, "iter_unpack", {"format", "buffer", "/"});
    const Format f = parse_format(I, err, a[0]);
    const std::string& in = buffer_arg(I, a[1]);
    if (f.size == 0) struct_error(I, err, "cannot iteratively unpack with a struct of length 0");
    if (in.size() % f.size)
        struct_error(I, err,
                     "iterative unpacking requires a buffer of a multiple of " + std::to_string(f.size) +
                         " bytes");
    std::vector<Value> out;
    for (std::size_t at = 0; at < in.size(); at += f.size)
        out.push_back(unpack(I, f, std::string_view(in).substr(at, f.size)));
    return I.iter(I.list(std::move(out)));
}

Value struct_calcsize(Interp& I, const Value&, CallArgs& args, const Value& err) {
    Args a(I, args, "calcsize", {"format", "/"});
    return Value::integer(static_cast<std::int64_t>(parse_format(I, err, a[0]).size));
}

// ---- Struct(format): the format parsed once; its methods take the same arguments minus it.

class StructObj : public NativeObj {
  public:
    StructObj(Heap& h, Ref<ClassObj> c) : NativeObj(h, std::move(c), sizeof(StructObj)) {}
    Format format;
    Value format_value, error;
    void clear() override {
        NativeObj::clear();
        format_value = error = Value();
    }
};

StructObj& struct_self(Interp& I, const Value& self, const char* name) {
    return native_self<StructObj>(I, self, name, "_struct.Struct");
}

// Struct.__new__(cls, format); the class's dict keeps struct.error under a private name.
Value struct_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    Ref<ClassObj> cls(args.pos.at(0).as<ClassObj>());
    args.pos.erase(args.pos.begin());
    Args a(I, args, "Struct", {"format"});
    const Value err = *cls->lookup("_error");
    Ref<StructObj> s = I.heap.make<StructObj>(cls);
    s->format = parse_format(I, err, a[0]);
    s->format_value = str_text(a[0]) ? a[0] : I.str(s->format.text);
    s->error = err;
    return Value(s);
}

Value method_pack(Interp& I, const Value& self, CallArgs& args, const Value&) {
    StructObj& s = struct_self(I, self, "pack");
    return I.bytes(pack(I, s.error, s.format, args.pos));
}

Value method_unpack(Interp& I, const Value& self, CallArgs& args, const Value&) {
    StructObj& s = struct_self(I, self, "unpack");
    CallArgs inner{s.format_value};
    inner.pos.insert(inner.pos.end(), args.pos.begin(), args.pos.end());
    return struct_unpack(I, Value(), inner, s.error);
}

Value method_unpack_from(Interp& I, const Value& self, CallArgs& args, const Value&) {
    StructObj& s = struct_self(I, self, "unpack_from");
    CallArgs inner{s.format_value};
    inner.pos.insert(inner.pos.end(), args.pos.begin(), args.pos.end());
    inner.kw = args.kw;
    return struct_unpack_from(I, Value(), inner, s.error);
}

Value method_iter_unpack(Interp& I, const Value& self, CallArgs& args, const Value&) {
    StructObj& s = struct_self(I, self, "iter_unpack");
    CallArgs inner{s.format_value};
    inner.pos.insert(inner.pos.end(), args.pos.begin(), args.pos.end());
    return struct_iter_unpack(I, Value(), inner, s.error);
}

Value struct_size(Interp& I, const Value&, CallArgs& args, const Value&) {
    return Value::integer(static_cast<std::int64_t>(struct_self(I, args.pos.at(0), "size").format.size));
}

Value struct_format(Interp& I, const Value&, CallArgs& args, const Value&) {
    return struct_self(I, args.pos.at(0), "format").format_value;
}

void init_struct(Interp& I, ModuleObj& m) {
    DictObj& d = *m.dict;
    Ref<ClassObj> error = open_class(I, "error", "struct", {Ref<ClassObj>(I.t.exc("Exception"))});
    const Value err(error);
    Ref<ClassObj> cls = native_class(I, "Struct", "_struct");
    add_method(I, *cls, "pack", method_pack);
    add_method(I, *cls, "unpack", method_unpack);
    add_method(I, *cls, "unpack_from", method_unpack_from);
    add_method(I, *cls, "iter_unpack", method_iter_unpack);
    add_property(I, *cls, "size", struct_size);
    add_property(I, *cls, "format", struct_format);
    d.set(I, "error", err);
    add_staticmethod(I, *cls, "__new__", struct_new);
    cls->dict->set(I, "_error", err);
    d.set(I, "Struct", Value(cls));
    d.set(I, "pack", I.builtin("pack", struct_pack, Value(), err));
    d.set(I, "unpack", I.builtin("unpack", struct_unpack, Value(), err));
    d.set(I, "unpack_from", I.builtin("unpack_from", struct_unpack_from, Value(), err));
    d.set(I, "iter_unpack", I.builtin("iter_unpack", struct_iter_unpack, Value(), err));
    d.set(I, "calcsize", I.builtin("calcsize", struct_calcsize, Value(), err));
}

} // namespace

void register_struct_module(Interp& I) {
    I.add_native_module("struct", init_struct);
}

} // namespace revlab::py
