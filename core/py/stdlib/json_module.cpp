// The `json` package: dumps/dump and loads/load with CPython's signatures, over the encoder
// (json_encode.cpp, module json.encoder) and decoder (json_decode.cpp, module json.decoder).
// As in CPython, cls= (or an unknown keyword) goes through the class: cls(**options).encode(obj)
// or .decode(s), so JSONEncoder and JSONDecoder subclasses work.
#include "py/stdlib/json_objects.hpp"
#include "py/stdlib/native.hpp"

namespace revlab::py::json {

namespace {

// The classes as json saw them when it was imported (Python's json keeps its own references).
enum StateSlot : std::size_t { kEncoder, kDecoder };

Value state_item(const Value& state, StateSlot slot) {
    return state.as<TupleObj>()->items[slot];
}

// dumps and dump share their keyword arguments; `first` is how many positional ones come first.
Value encode_with(Interp& I, CallArgs& args, const Value& state, const char* name, bool to_file) {
    std::initializer_list<std::string_view> dumps_sig = {
        "obj",     "$skipkeys",   "$ensure_ascii", "$check_circular", "$allow_nan", "$cls",
        "$indent", "$separators", "$default",      "$sort_keys",      "**"};
    std::initializer_list<std::string_view> dump_sig = {
        "obj",  "fp",      "$skipkeys",   "$ensure_ascii", "$check_circular", "$allow_nan",
        "$cls", "$indent", "$separators", "$default",      "$sort_keys",      "**"};
    Args a(I, args, name, to_file ? dump_sig : dumps_sig);
    const std::size_t k = to_file ? 2 : 1; // where the keywords begin
    const Value& obj = a[0];
    std::string text;
    const Value cls = a.get(k + 4);
    if (cls.is_none() && a.extra().empty()) {
        EncodeOptions o;
        o.skipkeys = a.has(k) && I.truthy(a[k]);
        o.ensure_ascii = !a.has(k + 1) || I.truthy(a[k + 1]);
        o.check_circular = !a.has(k + 2) || I.truthy(a[k + 2]);
        o.allow_nan = !a.has(k + 3) || I.truthy(a[k + 3]);
        const Value indent = a.get(k + 5);
        if (!indent.is_none()) {
            if (const std::string* s = str_text(indent))
                o.indent = *s;
            else
                o.indent = std::string(
                    static_cast<std::size_t>(std::max<std::int64_t>(I.index(indent, "indent"), 0)), ' ');
            o.item_separator = ",";
        }
        if (a.has(k + 6) && !a[k + 6].is_none()) {
            std::vector<Value> seps = I.to_vector(a[k + 6]);
            if (seps.size() != 2) I.value_error("too many values to unpack (expected 2)");
            for (std::size_t j = 0; j < 2; ++j)
                if (!str_text(seps[j])) I.type_error("separator must be str, not " + I.type_name(seps[j]));
            o.item_separator = *str_text(seps[0]);
            o.key_separator = *str_text(seps[1]);
        }
        o.default_fn = a.get(k + 7);
        o.sort_keys = a.has(k + 8) && I.truthy(a[k + 8]);
        text = encode(I, obj, o);
    } else {
        CallArgs init;
        const char* names[] = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan",
                               "indent",   "separators",   "default",        "sort_keys"};
        const std::size_t slots[] = {k, k + 1, k + 2, k + 3, k + 5, k + 6, k + 7, k + 8};
        const Value defaults[] = {Value::boolean(false),
                                  Value::boolean(true),
                                  Value::boolean(true),
                                  Value::boolean(true),
                                  Value(),
                                  Value(),
                                  Value(),
                                  Value::boolean(false)};
        for (std::size_t j = 0; j < 8; ++j)
            init.kw.emplace_back(names[j], a.get(slots[j], defaults[j]));
        for (auto& kv : a.extra())
            init.kw.push_back(kv);
        const Value encoder = I.call(cls.is_none() ? state_item(state, kEncoder) : cls, std::move(init));
        const Value result = I.call_method(encoder, "encode", {obj});
        if (to_file) {
            I.call_method(a[1], "write", {result});
            return Value();
        }
        return result;
    }
    if (to_file) {
        I.call_method(a[1], "write", {I.str(std::move(text))});
        return Value();
    }
    return I.str(std::move(text));
}

Value json_dumps(Interp& I, const Value&, CallArgs& args, const Value& state) {
    return encode_with(I, args, state, "dumps", false);
}

Value json_dump(Interp& I, const Value&, CallArgs& args, const Value& state) {
    return encode_with(I, args, state, "dump", true);
}

Value decode_with(Interp& I, const Value& text, Args& a, std::size_t k, const Value& state) {
    const Value doc = loads_document(I, text);
    Value cls = a.get(k);
    for (const auto& kv : a.extra())
        if (cls.is_none() && kv.first != "strict")
            cls = state_item(state, kDecoder); // it refuses the keyword
    // object_hook, parse_float, parse_int, parse_constant, object_pairs_hook
    const char* names[] = {"object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"};
    if (cls.is_none()) {
        DecodeOptions o;
        Value* fields[] = {&o.object_hook, &o.parse_float, &o.parse_int, &o.parse_constant,
                           &o.object_pairs_hook};
        for (std::size_t j = 0; j < 5; ++j)
            *fields[j] = a.get(k + 1 + j);
        for (auto& kv : a.extra())
            o.strict = I.truthy(kv.second); // "strict", the only other keyword JSONDecoder takes
        if (o.parse_float.same(Value(I.t.float_))) o.parse_float = Value();
        if (o.parse_int.same(Value(I.t.int_))) o.parse_int = Value();
        return decode(I, doc, o);
    }
    CallArgs init;
    for (std::size_t j = 0; j < 5; ++j)
        if (a.has(k + 1 + j) && !a[k + 1 + j].is_none()) init.kw.emplace_back(names[j], a[k + 1 + j]);
    for (auto& kv : a.extra())
        init.kw.push_back(kv);
    const Value decoder = I.call(cls, std::move(init));
    return I.call_method(decoder, "decode", {doc});
}

Value json_loads(Interp& I, const Value&, CallArgs& args, const Value& state) {
    Args a(I, args, "loads",
           {"s", "$cls", "$object_hook", "$parse_float", "$parse_int", "$parse_constant",
            "$object_pairs_hook", "**"});
    return decode_with(I, a[0], a, 1, state);
}

Value json_load(Interp& I, const Value&, CallArgs& args, const Value& state) {
    Args a(I, args, "load",
           {"fp", "$cls", "$object_hook", "$parse_float", "$parse_int", "$parse_constant",
            "$object_pairs_hook", "**"});
    const Value text = I.call_method(a[0], "read", {});
    return decode_with(I, text, a, 1, state);
}

void init_json(Interp& I, ModuleObj& m) {
    Ref<ModuleObj> decoder = I.import_module("json.decoder");
    Ref<ModuleObj> encoder = I.import_module("json.encoder");
    const Value state = I.tuple({Value(encoder_class(I)), Value(decoder_class(I))});
    DictObj& d = *m.dict;
    d.set(I, "dumps", I.builtin("dumps", json_dumps, Value(), state));
    d.set(I, "dump", I.builtin("dump", json_dump, Value(), state));
    d.set(I, "loads", I.builtin("loads", json_loads, Value(), state));
    d.set(I, "load", I.builtin("load", json_load, Value(), state));
    d.set(I, "JSONEncoder", Value(encoder_class(I)));
    d.set(I, "JSONDecoder", Value(decoder_class(I)));
    d.set(I, "JSONDecodeError", Value(decode_error_class(I)));
    d.set(I, "decoder", Value(decoder));
    d.set(I, "encoder", Value(encoder));
    d.set(I, "__version__", I.str("2.0.9"));
}

} // namespace

} // namespace revlab::py::json

namespace revlab::py {

void register_json_module(Interp& I) {
    I.add_native_module("json", json::init_json);
    I.add_native_module("json.encoder", json::init_encoder_module);
    I.add_native_module("json.decoder", json::init_decoder_module);
}

} // namespace revlab::py
