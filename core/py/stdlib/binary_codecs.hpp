// Bytes to text and back, as Python's binascii and base64 do it: hex, Base64 (with binascii's
// lenient and strict decoding), Base32, and the CRC-32 of zlib and binascii. No interpreter here:
// errors come back as the message binascii.Error carries.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace revlab::py::binary {

// The decoded bytes, or the message of the binascii.Error it is.
struct Decoded {
    std::string data;
    std::string error; // empty: no error
};

std::string hex_encode(std::string_view data, bool upper = false);
Decoded hex_decode(std::string_view text);

std::string b64_encode(std::string_view data, bool newline);
// binascii.a2b_base64: lenient (characters outside the alphabet are skipped, decoding stops at
// complete padding) unless strict.
Decoded b64_decode(std::string_view text, bool strict);

std::string b32_encode(std::string_view data, bool hex_alphabet);
// base64.b32decode after casefold/map01 were applied.
Decoded b32_decode(std::string_view text, bool hex_alphabet);

std::uint32_t crc32(std::string_view data, std::uint32_t crc = 0);
std::uint32_t adler32(std::string_view data, std::uint32_t value = 1);
std::uint16_t crc_hqx(std::string_view data, std::uint16_t crc);

} // namespace revlab::py::binary
