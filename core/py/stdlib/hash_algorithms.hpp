// The hash functions of hashlib and hmac, written here (the wasm build has no OpenSSL): MD5,
// SHA-1, SHA-224/256/384/512 (hash_sha.cpp), SHA-3 and SHAKE, BLAKE2b/2s (hash_sha3_blake2.cpp);
// HMAC and PBKDF2 over any of them (hash_hmac.cpp). Checked against Python's hashlib on many
// inputs (tests/unit/py_stdlib_test.cpp). Nothing here knows the interpreter.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace revlab::py::hashing {

class Hash {
  public:
    virtual ~Hash() = default;
    virtual void update(std::string_view data) = 0;
    // The digest of the data so far, into `out` (replacing what it held); the object is unchanged
    // (more data may follow). `length` is for the SHAKE functions, whose digests have any length;
    // the others ignore it.
    virtual void digest_to(std::string& out, std::size_t length = 0) const = 0;
    std::string digest(std::size_t length = 0) const {
        std::string out;
        digest_to(out, length);
        return out;
    }
    virtual std::unique_ptr<Hash> clone() const = 0;
    // Takes the state of `other`, a hash of the same algorithm, without allocating (PBKDF2's loop).
    virtual void assign(const Hash& other) = 0;
    virtual std::string name() const = 0;        // as hashlib names it: "sha256", "blake2b"
    virtual std::size_t digest_size() const = 0; // 0 for SHAKE
    virtual std::size_t block_size() const = 0;
};

// The hash hashlib.new(name) gives ("md5", "sha1", "sha224", "sha256", "sha384", "sha512",
// "sha3_224" .. "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s"); nullptr when unknown.
std::unique_ptr<Hash> make_hash(std::string_view name);

struct Blake2Params {
    std::size_t digest_size = 0; // 0: the largest (64 for BLAKE2b, 32 for BLAKE2s)
    std::string key, salt, person;
};
// BLAKE2b (`big`) or BLAKE2s with parameters; the caller checks their lengths (max_sizes()).
std::unique_ptr<Hash> make_blake2(bool big, const Blake2Params& p);
struct Blake2Limits {
    std::size_t digest, key, salt, person;
};
Blake2Limits blake2_limits(bool big);

// HMAC (RFC 2104) over a hash: the inner and outer states keyed once, then fed.
class Hmac {
  public:
    Hmac(std::unique_ptr<Hash> prototype, std::string_view key);
    Hmac(const Hmac& other);
    Hmac& operator=(const Hmac&) = delete;
    void update(std::string_view data) { inner_->update(data); }
    std::string digest() const;
    const Hash& hash() const { return *inner_; }

  private:
    friend std::string pbkdf2_hmac(const Hash&, std::string_view, std::string_view, std::uint64_t,
                                   std::size_t, const std::function<void()>&);
    std::unique_ptr<Hash> inner_, outer_;
};

// PBKDF2-HMAC (RFC 8018) of `prototype`'s hash. `tick` is called once per iteration of each block
// (the interpreter's step budget).
std::string pbkdf2_hmac(const Hash& prototype, std::string_view password, std::string_view salt,
                        std::uint64_t iterations, std::size_t dklen, const std::function<void()>& tick);

std::string to_hex(std::string_view bytes);

} // namespace revlab::py::hashing
