#include "py/stdlib/binary_codecs.hpp"

#include <array>

namespace revlab::py::binary {

namespace {

constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kB32[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr char kB32Hex[] = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

int b64_value(unsigned char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

constexpr std::array<std::uint32_t, 256> make_crc_table() {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
        std::uint32_t c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        t[n] = c;
    }
    return t;
}
constexpr std::array<std::uint32_t, 256> kCrcTable = make_crc_table();

} // namespace

std::string hex_encode(std::string_view data, bool upper) {
    const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string out;
    out.reserve(data.size() * 2);
    for (unsigned char c : data) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out;
}

Decoded hex_decode(std::string_view text) {
    Decoded d;
    if (text.size() % 2) {
        d.error = "Odd-length string";
        return d;
    }
    d.data.reserve(text.size() / 2);
    for (std::size_t i = 0; i < text.size(); i += 2) {
        const int hi = hex_value(static_cast<unsigned char>(text[i]));
        const int lo = hex_value(static_cast<unsigned char>(text[i + 1]));
        if (hi < 0 || lo < 0) {
            d.data.clear();
            d.error = "Non-hexadecimal digit found";
            return d;
        }
        d.data += static_cast<char>(hi * 16 + lo);
    }
    return d;
}

std::string b64_encode(std::string_view data, bool newline) {
    std::string out;
    out.reserve((data.size() + 2) / 3 * 4 + 1);
    std::size_t i = 0;
    for (; i + 3 <= data.size(); i += 3) {
        const std::uint32_t v = (static_cast<unsigned char>(data[i]) << 16) |
                                (static_cast<unsigned char>(data[i + 1]) << 8) |
                                static_cast<unsigned char>(data[i + 2]);
        out += kB64[v >> 18];
        out += kB64[(v >> 12) & 63];
        out += kB64[(v >> 6) & 63];
        out += kB64[v & 63];
    }
    if (i < data.size()) {
        const std::uint32_t a = static_cast<unsigned char>(data[i]);
        const std::uint32_t b = i + 1 < data.size() ? static_cast<unsigned char>(data[i + 1]) : 0;
        out += kB64[a >> 2];
        out += kB64[((a & 3) << 4) | (b >> 4)];
        out += i + 1 < data.size() ? kB64[(b & 15) << 2] : '=';
        out += '=';
    }
    if (newline) out += '\n';
    return out;
}

Decoded b64_decode(std::string_view text, bool strict) {
    Decoded d;
    const auto fail = [&](const char* msg) {
        d.data.clear();
        d.error = msg;
        return d;
    };
    if (strict && !text.empty() && text[0] == '=') return fail("Leading padding not allowed");
    int quad = 0, pads = 0;
    unsigned left = 0;
    bool padding = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '=') {
            padding = true;
            if (quad >= 2 && quad + ++pads >= 4) {
                // complete padding ends the data (strict: nothing may follow it)
                if (strict && i + 1 < text.size()) return fail("Excess data after padding");
                return d;
            }
            continue;
        }
        const int v = b64_value(c);
        if (v < 0) {
            if (strict) return fail("Only base64 data is allowed");
            continue;
        }
        if (strict && padding) return fail("Discontinuous padding not allowed");
        pads = 0;
        switch (quad) {
        case 0:
            left = static_cast<unsigned>(v);
            quad = 1;
            break;
        case 1:
            d.data += static_cast<char>((left << 2) | (static_cast<unsigned>(v) >> 4));
            left = static_cast<unsigned>(v) & 0x0F;
            quad = 2;
            break;
        case 2:
            d.data += static_cast<char>((left << 4) | (static_cast<unsigned>(v) >> 2));
            left = static_cast<unsigned>(v) & 0x03;
            quad = 3;
            break;
        default:
            d.data += static_cast<char>((left << 6) | static_cast<unsigned>(v));
            quad = 0;
            break;
        }
    }
    if (quad == 1) {
        const std::size_t chars = d.data.size() / 3 * 4 + 1;
        d.data.clear();
        d.error = "Invalid base64-encoded string: number of data characters (" + std::to_string(chars) +
                  ") cannot be 1 more than a multiple of 4";
        return d;
    }
    if (quad != 0) return fail("Incorrect padding");
    return d;
}

std::string b32_encode(std::string_view data, bool hex_alphabet) {
    const char* alphabet = hex_alphabet ? kB32Hex : kB32;
    std::string out;
    for (std::size_t i = 0; i < data.size(); i += 5) {
        std::uint64_t v = 0;
        const std::size_t n = std::min<std::size_t>(5, data.size() - i);
        for (std::size_t k = 0; k < 5; ++k)
            v = (v << 8) | (k < n ? static_cast<unsigned char>(data[i + k]) : 0);
        static constexpr std::size_t kChars[] = {0, 2, 4, 5, 7, 8}; // characters carrying n bytes
        for (std::size_t k = 0; k < 8; ++k)
            out += k < kChars[n] ? alphabet[(v >> (35 - 5 * k)) & 31] : '=';
    }
    return out;
}

Decoded b32_decode(std::string_view text, bool hex_alphabet) {
    Decoded d;
    if (text.size() % 8) {
        d.error = "Incorrect padding";
        return d;
    }
    std::size_t end = text.size();
    while (end > 0 && text[end - 1] == '=')
        --end;
    const std::size_t pads = text.size() - end;
    const char* alphabet = hex_alphabet ? kB32Hex : kB32;
    std::uint64_t acc = 0;
    for (std::size_t i = 0; i < end; i += 8) {
        acc = 0;
        const std::size_t n = std::min<std::size_t>(8, end - i);
        for (std::size_t k = 0; k < n; ++k) {
            const char* at = std::char_traits<char>::find(alphabet, 32, text[i + k]);
            if (at == nullptr) {
                d.data.clear();
                d.error = "Non-base32 digit found";
                return d;
            }
            acc = (acc << 5) | static_cast<std::uint64_t>(at - alphabet);
        }
        if (n < 8) acc <<= 5 * (8 - n);
        for (int k = 4; k >= 0; --k)
            d.data += static_cast<char>(acc >> (8 * k));
    }
    if (pads != 0 && pads != 1 && pads != 3 && pads != 4 && pads != 6) {
        d.data.clear();
        d.error = "Incorrect padding";
        return d;
    }
    if (pads && !d.data.empty()) {
        static constexpr std::size_t kKeep[] = {5, 4, 0, 3, 2, 0, 1}; // bytes of the last quantum
        d.data.resize(d.data.size() - 5 + kKeep[pads]);
    }
    return d;
}

std::uint32_t crc32(std::string_view data, std::uint32_t crc) {
    crc = ~crc;
    for (unsigned char c : data)
        crc = kCrcTable[(crc ^ c) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

std::uint32_t adler32(std::string_view data, std::uint32_t value) {
    std::uint32_t a = value & 0xFFFF, b = value >> 16;
    for (unsigned char c : data) {
        a = (a + c) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

std::uint16_t crc_hqx(std::string_view data, std::uint16_t crc) {
    for (unsigned char c : data) {
        crc ^= static_cast<std::uint16_t>(c << 8);
        for (int k = 0; k < 8; ++k)
            crc = static_cast<std::uint16_t>(crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1);
    }
    return crc;
}

} // namespace revlab::py::binary
