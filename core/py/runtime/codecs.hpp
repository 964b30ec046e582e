// Text codecs, as Python's str.encode(), bytes.decode(), str(b, encoding) and bytes(s, encoding)
// have them: UTF-8, UTF-16 and UTF-32 (with a byte order mark, or -le/-be), ASCII and Latin-1,
// with the error handlers strict (UnicodeEncodeError / UnicodeDecodeError with Python's message
// and its encoding, object, start, end and reason), ignore, replace, backslashreplace and, when
// encoding, xmlcharrefreplace. Internal to runtime/.
#pragma once

#include "py/runtime/interp.hpp"

#include <string>
#include <string_view>

namespace revlab::py {

// `text` (a str's UTF-8) in `encoding`; `str_value` is the str itself (the error's object).
std::string encode_text(Interp& I, const Value& str_value, std::string_view encoding,
                        std::string_view errors);
// `data` (a bytes' content) decoded from `encoding`, as UTF-8; `bytes_value` is the error's object.
std::string decode_bytes(Interp& I, const Value& bytes_value, std::string_view encoding,
                         std::string_view errors);

// str() of a UnicodeEncodeError or UnicodeDecodeError made from its five arguments; nullopt for
// one made otherwise.
std::optional<std::string> unicode_error_text(Interp& I, const InstanceObj& e);

} // namespace revlab::py
