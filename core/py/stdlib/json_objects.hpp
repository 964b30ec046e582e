// The `json` module's encoder and decoder, as CPython's json package (and its C accelerator)
// behave: the same output byte for byte, the same errors with the same positions. Shared by the
// json_*.cpp files; internal.
#pragma once

#include "py/stdlib/native_util.hpp"

#include <optional>

namespace revlab::py::json {

// What JSONEncoder's attributes say.
struct EncodeOptions {
    bool skipkeys = false;
    bool ensure_ascii = true;
    bool check_circular = true;
    bool allow_nan = true;
    bool sort_keys = false;
    std::optional<std::string> indent; // the text of one level
    std::string item_separator = ", ";
    std::string key_separator = ": ";
    Value default_fn; // called on what JSON cannot represent; None: TypeError
};

// json.dumps(o) with those options, as UTF-8.
std::string encode(Interp& I, const Value& o, const EncodeOptions& opts);
// "..." with JSON's escapes (ensure_ascii: \uXXXX for everything past ASCII).
std::string quote(std::string_view utf8, bool ensure_ascii);
// Reads the options from a JSONEncoder (or a subclass's instance).
EncodeOptions options_of(Interp& I, const Value& encoder);

// What JSONDecoder's attributes say (None: the default behaviour).
struct DecodeOptions {
    Value object_hook, object_pairs_hook, parse_float, parse_int, parse_constant;
    bool strict = true;
};
DecodeOptions options_of_decoder(Interp& I, const Value& decoder);

// json.loads(s): the whole document (whitespace around it), or JSONDecodeError. `s` is a str.
Value decode(Interp& I, const Value& s, const DecodeOptions& opts);
// What json.loads accepts as a document: a str (not starting with a BOM), or bytes in UTF-8.
Value loads_document(Interp& I, const Value& s);
// JSONDecoder.raw_decode(s, idx): the value starting at idx (no whitespace skipped) and where it ends.
std::pair<Value, std::int64_t> raw_decode(Interp& I, const Value& s, std::int64_t idx,
                                          const DecodeOptions& opts);

// The classes, kept by the json.encoder / json.decoder modules' init and found again by json's.
Ref<ClassObj> encoder_class(Interp& I);
Ref<ClassObj> decoder_class(Interp& I);
Ref<ClassObj> decode_error_class(Interp& I);

void init_encoder_module(Interp& I, ModuleObj& m);
void init_decoder_module(Interp& I, ModuleObj& m);

} // namespace revlab::py::json
