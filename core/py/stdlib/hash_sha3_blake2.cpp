// SHA-3 and SHAKE (FIPS 202: the Keccak-f[1600] sponge) and BLAKE2b/BLAKE2s (RFC 7693).
#include "py/stdlib/hash_algorithms.hpp"

#include <algorithm>
#include <array>
#include <cstring>

namespace revlab::py::hashing {

namespace {

constexpr std::uint64_t rotl64(std::uint64_t x, int n) {
    return n == 0 ? x : (x << n) | (x >> (64 - n));
}
template <class Word> constexpr Word rotr(Word x, int n) {
    return (x >> n) | (x << (sizeof(Word) * 8 - n));
}

// ---- Keccak

void keccak_f(std::uint64_t a[25]) {
    static constexpr std::uint64_t RC[24] = {
        0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000, 0x000000000000808b,
        0x0000000080000001, 0x8000000080008081, 0x8000000000008009, 0x000000000000008a, 0x0000000000000088,
        0x0000000080008009, 0x000000008000000a, 0x000000008000808b, 0x800000000000008b, 0x8000000000008089,
        0x8000000000008003, 0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008};
    // rotation offsets and the pi permutation, lane by lane (x + 5y)
    static constexpr int R[25] = {0,  1,  62, 28, 27, 36, 44, 6,  55, 20, 3,  10, 43,
                                  25, 39, 41, 45, 15, 21, 8,  18, 2,  61, 56, 14};
    for (int round = 0; round < 24; ++round) {
        std::uint64_t c[5], d[5], b[25];
        for (int x = 0; x < 5; ++x)
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        for (int x = 0; x < 5; ++x)
            d[x] = c[(x + 4) % 5] ^ rotl64(c[(x + 1) % 5], 1);
        for (int i = 0; i < 25; ++i)
            a[i] ^= d[i % 5];
        for (int x = 0; x < 5; ++x)
            for (int y = 0; y < 5; ++y)
                b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl64(a[x + 5 * y], R[x + 5 * y]);
        for (int x = 0; x < 5; ++x)
            for (int y = 0; y < 5; ++y)
                a[x + 5 * y] = b[x + 5 * y] ^ (~b[(x + 1) % 5 + 5 * y] & b[(x + 2) % 5 + 5 * y]);
        a[0] ^= RC[round];
    }
}

class Sha3 : public Hash {
  public:
    // rate in bytes; out: digest bytes (0 for SHAKE); suffix: the domain bits (0x06 SHA-3, 0x1F SHAKE)
    Sha3(std::string n, std::size_t rate, std::size_t out, unsigned char suffix)
        : name_(std::move(n)), rate_(rate), out_(out), suffix_(suffix) {}

    void update(std::string_view data) override {
        for (unsigned char c : data) {
            state_[fill_ / 8] ^= std::uint64_t{c} << (8 * (fill_ % 8));
            if (++fill_ == rate_) {
                keccak_f(state_.data());
                fill_ = 0;
            }
        }
    }
    void digest_to(std::string& out, std::size_t length) const override {
        if (out_ != 0) length = out_;
        Sha3 copy = *this;
        copy.state_[copy.fill_ / 8] ^= std::uint64_t{suffix_} << (8 * (copy.fill_ % 8));
        copy.state_[(rate_ - 1) / 8] ^= std::uint64_t{0x80} << (8 * ((rate_ - 1) % 8));
        keccak_f(copy.state_.data());
        out.clear();
        while (true) {
            for (std::size_t k = 0; k < rate_ && out.size() < length; ++k)
                out += static_cast<char>(copy.state_[k / 8] >> (8 * (k % 8)));
            if (out.size() >= length) break;
            keccak_f(copy.state_.data());
        }
    }
    std::unique_ptr<Hash> clone() const override { return std::make_unique<Sha3>(*this); }
    void assign(const Hash& other) override { *this = static_cast<const Sha3&>(other); }
    std::string name() const override { return name_; }
    std::size_t digest_size() const override { return out_; }
    std::size_t block_size() const override { return rate_; }

  private:
    std::string name_;
    std::size_t rate_, out_;
    unsigned char suffix_;
    std::array<std::uint64_t, 25> state_{};
    std::size_t fill_ = 0;
};

// ---- BLAKE2: Word is uint64_t (BLAKE2b: 12 rounds, 128-byte blocks) or uint32_t (BLAKE2s:
// 10 rounds, 64-byte blocks). The last block is compressed with a flag, so a full block waits in
// the buffer until more data shows it is not the last.

template <class Word> struct Blake2Traits;
template <> struct Blake2Traits<std::uint64_t> {
    static constexpr int kRounds = 12;
    static constexpr int kRot[4] = {32, 24, 16, 63};
    static constexpr std::uint64_t kIV[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b,
                                             0xa54ff53a5f1d36f1, 0x510e527fade682d1, 0x9b05688c2b3e6c1f,
                                             0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
};
template <> struct Blake2Traits<std::uint32_t> {
    static constexpr int kRounds = 10;
    static constexpr int kRot[4] = {16, 12, 8, 7};
    static constexpr std::uint32_t kIV[8] = {0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A,
                                             0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19};
};

constexpr unsigned char kSigma[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
};

template <class Word> Word load_le(const unsigned char* p) {
    Word w = 0;
    for (std::size_t k = 0; k < sizeof(Word); ++k)
        w |= Word{p[k]} << (8 * k);
    return w;
}

template <class Word> class Blake2 : public Hash {
    using T = Blake2Traits<Word>;
    static constexpr std::size_t kBlock = 16 * sizeof(Word);

  public:
    Blake2(const Blake2Params& p, std::size_t out) : out_(out) {
        for (int i = 0; i < 8; ++i)
            h_[i] = T::kIV[i];
        // the parameter block: digest length, key length, fanout 1, depth 1, then salt and person
        unsigned char param[8 * sizeof(Word)] = {};
        param[0] = static_cast<unsigned char>(out);
        param[1] = static_cast<unsigned char>(p.key.size());
        param[2] = 1;
        param[3] = 1;
        const std::size_t salt_at = sizeof(Word) == 8 ? 32 : 16;
        std::memcpy(param + salt_at, p.salt.data(), p.salt.size());
        std::memcpy(param + salt_at + 2 * sizeof(Word), p.person.data(), p.person.size());
        for (int i = 0; i < 8; ++i)
            h_[i] ^= load_le<Word>(param + i * sizeof(Word));
        if (!p.key.empty()) {
            std::string block(kBlock, '\0');
            std::memcpy(block.data(), p.key.data(), p.key.size());
            update(block);
        }
    }

    void update(std::string_view data) override {
        auto p = reinterpret_cast<const unsigned char*>(data.data());
        std::size_t n = data.size();
        while (n > 0) {
            if (fill_ == kBlock) { // more data: the buffered block is not the last
                counter_ += kBlock;
                compress(buf_.data(), false);
                fill_ = 0;
            }
            const std::size_t take = std::min(n, kBlock - fill_);
            std::memcpy(buf_.data() + fill_, p, take);
            fill_ += take;
            p += take;
            n -= take;
        }
    }
    void digest_to(std::string& out, std::size_t) const override {
        Blake2 copy = *this;
        copy.counter_ += copy.fill_;
        std::memset(copy.buf_.data() + copy.fill_, 0, kBlock - copy.fill_);
        copy.compress(copy.buf_.data(), true);
        out.clear();
        for (std::size_t k = 0; k < out_; ++k)
            out += static_cast<char>(copy.h_[k / sizeof(Word)] >> (8 * (k % sizeof(Word))));
    }
    std::unique_ptr<Hash> clone() const override { return std::make_unique<Blake2>(*this); }
    void assign(const Hash& other) override { *this = static_cast<const Blake2&>(other); }
    std::string name() const override { return sizeof(Word) == 8 ? "blake2b" : "blake2s"; }
    std::size_t digest_size() const override { return out_; }
    std::size_t block_size() const override { return kBlock; }

  private:
    void compress(const unsigned char* block, bool last) {
        Word m[16], v[16];
        for (int i = 0; i < 16; ++i)
            m[i] = load_le<Word>(block + i * sizeof(Word));
        for (int i = 0; i < 8; ++i) {
            v[i] = h_[i];
            v[i + 8] = T::kIV[i];
        }
        v[12] ^= static_cast<Word>(counter_);
        if (sizeof(Word) == 4) v[13] ^= static_cast<Word>(counter_ >> 32);
        if (last) v[14] = ~v[14];
        const auto g = [&](int a, int b, int c, int d, Word x, Word y) {
            v[a] = v[a] + v[b] + x;
            v[d] = rotr<Word>(v[d] ^ v[a], T::kRot[0]);
            v[c] = v[c] + v[d];
            v[b] = rotr<Word>(v[b] ^ v[c], T::kRot[1]);
            v[a] = v[a] + v[b] + y;
            v[d] = rotr<Word>(v[d] ^ v[a], T::kRot[2]);
            v[c] = v[c] + v[d];
            v[b] = rotr<Word>(v[b] ^ v[c], T::kRot[3]);
        };
        for (int r = 0; r < T::kRounds; ++r) {
            const unsigned char* s = kSigma[r];
            g(0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; ++i)
            h_[i] ^= v[i] ^ v[i + 8];
    }

    std::size_t out_;
    Word h_[8];
    std::array<unsigned char, kBlock> buf_{};
    std::size_t fill_ = 0;
    std::uint64_t counter_ = 0; // bytes compressed (BLAKE2b's 128-bit counter never needs its high half here)
};

} // namespace

std::unique_ptr<Hash> make_sha3(std::string_view name) {
    if (name == "sha3_224") return std::make_unique<Sha3>("sha3_224", 144, 28, 0x06);
    if (name == "sha3_256") return std::make_unique<Sha3>("sha3_256", 136, 32, 0x06);
    if (name == "sha3_384") return std::make_unique<Sha3>("sha3_384", 104, 48, 0x06);
    if (name == "sha3_512") return std::make_unique<Sha3>("sha3_512", 72, 64, 0x06);
    if (name == "shake_128") return std::make_unique<Sha3>("shake_128", 168, 0, 0x1F);
    if (name == "shake_256") return std::make_unique<Sha3>("shake_256", 136, 0, 0x1F);
    return nullptr;
}

Blake2Limits blake2_limits(bool big) {
    return big ? Blake2Limits{64, 64, 16, 16} : Blake2Limits{32, 32, 8, 8};
}

std::unique_ptr<Hash> make_blake2(bool big, const Blake2Params& p) {
    const Blake2Limits lim = blake2_limits(big);
    const std::size_t out = p.digest_size == 0 ? lim.digest : p.digest_size;
    if (big) return std::make_unique<Blake2<std::uint64_t>>(p, out);
    return std::make_unique<Blake2<std::uint32_t>>(p, out);
}

} // namespace revlab::py::hashing
