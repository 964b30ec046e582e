// HMAC (RFC 2104) and PBKDF2-HMAC (RFC 8018) over the hashes of hash_algorithms.hpp. The keyed
// inner and outer states are computed once, so each PBKDF2 iteration costs two copies and two
// short updates: 260,000 iterations of SHA-256 (werkzeug's default) take a fraction of a second.
#include "py/stdlib/hash_algorithms.hpp"

namespace revlab::py::hashing {

Hmac::Hmac(std::unique_ptr<Hash> prototype, std::string_view key) {
    const std::size_t block = prototype->block_size();
    std::string k(key);
    if (k.size() > block) {
        std::unique_ptr<Hash> h = prototype->clone();
        h->update(k);
        k = h->digest();
    }
    k.resize(block, '\0');
    std::string ipad(block, '\0'), opad(block, '\0');
    for (std::size_t i = 0; i < block; ++i) {
        ipad[i] = static_cast<char>(k[i] ^ 0x36);
        opad[i] = static_cast<char>(k[i] ^ 0x5C);
    }
    inner_ = prototype->clone();
    inner_->update(ipad);
    outer_ = std::move(prototype);
    outer_->update(opad);
}

Hmac::Hmac(const Hmac& other) : inner_(other.inner_->clone()), outer_(other.outer_->clone()) {}

std::string Hmac::digest() const {
    std::unique_ptr<Hash> outer = outer_->clone();
    outer->update(inner_->digest());
    return outer->digest();
}

std::string pbkdf2_hmac(const Hash& prototype, std::string_view password, std::string_view salt,
                        std::uint64_t iterations, std::size_t dklen, const std::function<void()>& tick) {
    const Hmac keyed(prototype.clone(), password);
    std::string out;
    for (std::uint32_t block = 1; out.size() < dklen; ++block) {
        Hmac first(keyed);
        first.update(salt);
        const char counter[4] = {static_cast<char>(block >> 24), static_cast<char>(block >> 16),
                                 static_cast<char>(block >> 8), static_cast<char>(block)};
        first.update(std::string_view(counter, 4));
        std::string u = first.digest();
        std::string t = u;
        // U_i = HMAC(U_{i-1}): the keyed states copied into two work objects, no allocation
        std::unique_ptr<Hash> inner = keyed.inner_->clone(), outer = keyed.outer_->clone();
        std::string inner_digest;
        for (std::uint64_t i = 1; i < iterations; ++i) {
            inner->assign(*keyed.inner_);
            inner->update(u);
            inner->digest_to(inner_digest);
            outer->assign(*keyed.outer_);
            outer->update(inner_digest);
            outer->digest_to(u);
            for (std::size_t k = 0; k < t.size(); ++k)
                t[k] = static_cast<char>(t[k] ^ u[k]);
            if (tick) tick();
        }
        out += t;
    }
    out.resize(dklen);
    return out;
}

} // namespace revlab::py::hashing
