// The `hashlib` and `hmac` modules over hash_algorithms.hpp: constructors (md5() ... blake2s(),
// new(name)), hash objects with update/digest/hexdigest/copy/name/digest_size/block_size,
// pbkdf2_hmac, and hmac's new/digest/compare_digest, with CPython's error messages.
#include "py/stdlib/hash_algorithms.hpp"
#include "py/stdlib/native.hpp"
#include "py/stdlib/native_util.hpp"

#include <algorithm>
#include <cstdio>

namespace revlab::py {

namespace {

using hashing::Hash;

class HashObj : public NativeObj {
  public:
    HashObj(Heap& h, Ref<ClassObj> c, std::unique_ptr<Hash> algo)
        : NativeObj(h, std::move(c), sizeof(HashObj)), hash(std::move(algo)) {}
    std::unique_ptr<Hash> hash;
};

class HmacObj : public NativeObj {
  public:
    HmacObj(Heap& h, Ref<ClassObj> c, hashing::Hmac m)
        : NativeObj(h, std::move(c), sizeof(HmacObj)), mac(std::move(m)) {}
    hashing::Hmac mac;
};

// The data a hash is fed: bytes (or a subclass). A str must be encoded first, as Python says.
const std::string& hash_data(Interp& I, const Value& v) {
    if (const std::string* b = bytes_data(v)) return *b;
    if (str_text(v)) I.type_error("Strings must be encoded before hashing");
    I.type_error("object supporting the buffer API required");
}

// A bytes-like argument of pbkdf2_hmac and hmac ("a bytes-like object is required, not 'str'").
const std::string& bytes_arg(Interp& I, const Value& v) {
    if (const std::string* b = bytes_data(v)) return *b;
    I.type_error("a bytes-like object is required, not '" + I.type_name(v) + "'");
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// ---- hash objects

HashObj& hash_self(Interp& I, const Value& self, std::string_view method) {
    return native_self<HashObj>(I, self, method, "_hashlib.HASH");
}

Value new_hash_object(Interp& I, ClassObj* cls, std::unique_ptr<Hash> h, const Value& data) {
    if (!data.is_unbound() && !data.is_none()) h->update(hash_data(I, data));
    return Value(I.heap.make<HashObj>(Ref<ClassObj>(cls), std::move(h)));
}

Value hash_update(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "update", {"obj", "/"});
    hash_self(I, self, "update").hash->update(hash_data(I, a[0]));
    return Value();
}

// digest() and hexdigest(); SHAKE's take the length.
std::string digest_of(Interp& I, const Value& self, CallArgs& args, const char* name) {
    HashObj& h = hash_self(I, self, name);
    if (h.hash->digest_size() == 0) {
        Args a(I, args, name, {"length"});
        const std::int64_t n = I.index(a[0], "length");
        if (n < 0) I.value_error("value must be positive");
        I.heap.reserve(static_cast<std::size_t>(n) * 2);
        return h.hash->digest(static_cast<std::size_t>(n));
    }
    no_args(I, args, name);
    return h.hash->digest();
}

Value hash_digest(Interp& I, const Value& self, CallArgs& args, const Value&) {
    return I.bytes(digest_of(I, self, args, "digest"));
}

Value hash_hexdigest(Interp& I, const Value& self, CallArgs& args, const Value&) {
    return I.str(hashing::to_hex(digest_of(I, self, args, "hexdigest")));
}

Value hash_copy(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "copy");
    HashObj& h = hash_self(I, self, "copy");
    return Value(I.heap.make<HashObj>(h.cls, h.hash->clone()));
}

Value hash_repr(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "__repr__");
    HashObj& h = hash_self(I, self, "__repr__");
    char addr[32];
    std::snprintf(addr, sizeof addr, "%p", static_cast<const void*>(&h));
    return I.str("<" + h.hash->name() + " _hashlib.HASH object @ " + addr + ">");
}

Value hash_name(Interp& I, const Value&, CallArgs& args, const Value&) {
    return I.str(hash_self(I, args.pos.at(0), "name").hash->name());
}
Value hash_digest_size(Interp& I, const Value&, CallArgs& args, const Value&) {
    return Value::integer(
        static_cast<std::int64_t>(hash_self(I, args.pos.at(0), "digest_size").hash->digest_size()));
}
Value hash_block_size(Interp& I, const Value&, CallArgs& args, const Value&) {
    return Value::integer(
        static_cast<std::int64_t>(hash_self(I, args.pos.at(0), "block_size").hash->block_size()));
}

// ---- constructors: data carries (the HASH class, the algorithm's name)

ClassObj* hash_class(const Value& data) {
    return data.as<TupleObj>()->items[0].as<ClassObj>();
}
const std::string& algorithm(const Value& data) {
    return data.as<TupleObj>()->items[1].as<StrObj>()->text;
}

Value hashlib_named(Interp& I, const Value&, CallArgs& args, const Value& data) {
    const std::string& name = algorithm(data);
    Args a(I, args, name, {"string=", "$usedforsecurity"});
    return new_hash_object(I, hash_class(data), hashing::make_hash(name), a.get(0, Value::unbound()));
}

Value hashlib_new(Interp& I, const Value&, CallArgs& args, const Value& data) {
    Args a(I, args, "new", {"name", "data=", "$usedforsecurity", "$string"});
    const std::string* name = str_text(a[0]);
    if (name == nullptr) I.type_error("new() argument 'name' must be str, not " + I.type_name(a[0]));
    std::unique_ptr<Hash> h = hashing::make_hash(lower(*name));
    if (!h) I.value_error("unsupported hash type " + *name);
    return new_hash_object(I, hash_class(data), std::move(h), a.has(1) ? a[1] : a.get(3, Value::unbound()));
}

// blake2b(data=b'', *, digest_size=64, key=b'', salt=b'', person=b'', ...) and blake2s.
Value hashlib_blake2(Interp& I, const Value&, CallArgs& args, const Value& data) {
    const bool big = algorithm(data) == "blake2b";
    const char* name = big ? "blake2b" : "blake2s";
    Args a(I, args, name,
           {"data=", "/", "$digest_size", "$key", "$salt", "$person", "$fanout", "$depth", "$leaf_size",
            "$node_offset", "$node_depth", "$inner_size", "$last_node", "$usedforsecurity"});
    const hashing::Blake2Limits lim = hashing::blake2_limits(big);
    hashing::Blake2Params p;
    p.digest_size = lim.digest;
    if (a.has(1)) {
        const std::int64_t n = I.index(a[1], "digest_size");
        if (n < 1 || n > static_cast<std::int64_t>(lim.digest))
            I.value_error("digest_size must be between 1 and " + std::to_string(lim.digest) + " bytes");
        p.digest_size = static_cast<std::size_t>(n);
    }
    const auto field = [&](std::size_t i, std::string& out, std::size_t max, const char* what) {
        if (!a.has(i)) return;
        out = bytes_arg(I, a[i]);
        if (out.size() > max)
            I.value_error(std::string(what) + " must be at most " + std::to_string(max) + " bytes");
    };
    field(2, p.key, lim.key, "maximum key length is");
    field(3, p.salt, lim.salt, "maximum salt length is");
    field(4, p.person, lim.person, "maximum person length is");
    for (std::size_t i = 5; i <= 11; ++i)
        if (a.has(i))
            I.value_error(std::string(name) + ": tree hashing parameters are not supported by Revlab");
    return new_hash_object(I, hash_class(data), hashing::make_blake2(big, p), a.get(0, Value::unbound()));
}

Value hashlib_pbkdf2_hmac(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "pbkdf2_hmac", {"hash_name", "password", "salt", "iterations", "dklen="});
    const std::string* name = str_text(a[0]);
    if (name == nullptr)
        I.type_error("pbkdf2_hmac() argument 'hash_name' must be str, not " + I.type_name(a[0]));
    const std::string& password = bytes_arg(I, a[1]);
    const std::string& salt = bytes_arg(I, a[2]);
    const std::int64_t iterations = I.index(a[3], "iterations");
    if (iterations < 1) I.value_error("iteration value must be greater than 0.");
    if (iterations > 0x7FFFFFFF) I.raise("OverflowError", "iteration value is too great.");
    std::unique_ptr<Hash> h = hashing::make_hash(lower(*name));
    if (!h || h->digest_size() == 0) I.value_error("[digital envelope routines] unsupported");
    std::int64_t dklen = static_cast<std::int64_t>(h->digest_size());
    if (a.has(4) && !a[4].is_none()) {
        dklen = I.index(a[4], "dklen");
        if (dklen < 1) I.value_error("key length must be greater than 0.");
        if (dklen > 0x7FFFFFFF) I.raise("OverflowError", "key length is too great.");
    }
    I.heap.reserve(static_cast<std::size_t>(dklen));
    const std::string key = hashing::pbkdf2_hmac(*h, password, salt, static_cast<std::uint64_t>(iterations),
                                                 static_cast<std::size_t>(dklen), [&I] { I.step(); });
    return I.bytes(key);
}

void init_hashlib(Interp& I, ModuleObj& m) {
    DictObj& d = *m.dict;
    Ref<ClassObj> cls = native_class(I, "HASH", "_hashlib");
    add_method(I, *cls, "update", hash_update);
    add_method(I, *cls, "digest", hash_digest);
    add_method(I, *cls, "hexdigest", hash_hexdigest);
    add_method(I, *cls, "copy", hash_copy);
    add_method(I, *cls, "__repr__", hash_repr);
    add_property(I, *cls, "name", hash_name);
    add_property(I, *cls, "digest_size", hash_digest_size);
    add_property(I, *cls, "block_size", hash_block_size);
    static constexpr const char* kNames[] = {"md5",       "sha1",      "sha224",   "sha256",   "sha384",
                                             "sha512",    "sha3_224",  "sha3_256", "sha3_384", "sha3_512",
                                             "shake_128", "shake_256", "blake2b",  "blake2s"};
    Value names = I.set(true);
    for (const char* name : kNames) {
        const Value data = I.tuple({Value(cls), I.str(name)});
        const bool blake = std::string_view(name).substr(0, 5) == "blake";
        d.set(I, name, I.builtin(name, blake ? hashlib_blake2 : hashlib_named, Value(), data));
        names.as<SetObj>()->table->set(I, I.str(name), Value());
    }
    d.set(I, "new", I.builtin("new", hashlib_new, Value(), I.tuple({Value(cls), I.str("")})));
    d.set(I, "pbkdf2_hmac", I.builtin("pbkdf2_hmac", hashlib_pbkdf2_hmac));
    d.set(I, "algorithms_guaranteed", names);
    d.set(I, "algorithms_available", names);
}

// ---- hmac

HmacObj& hmac_self(Interp& I, const Value& self, std::string_view method) {
    return native_self<HmacObj>(I, self, method, "hmac.HMAC");
}

// digestmod: a name, a hashlib constructor (hashlib.sha256), or anything returning a hash object.
std::unique_ptr<Hash> hash_for(Interp& I, const Value& digestmod) {
    if (const std::string* name = str_text(digestmod)) {
        std::unique_ptr<Hash> h = hashing::make_hash(lower(*name));
        if (!h || h->digest_size() == 0)
            I.value_error("[digital envelope routines] unsupported"); // OpenSSL's words
        return h;
    }
    Value made = I.call(digestmod, CallArgs{});
    if (NativeObj* n = made.get<NativeObj>())
        if (HashObj* h = dynamic_cast<HashObj*>(n)) return h->hash->clone();
    I.type_error("digestmod must be a hash name or a hashlib constructor, not " + I.type_name(digestmod));
}

// hmac keys: bytes (Python: "key: expected bytes or bytearray, but got 'str'").
const std::string& hmac_key(Interp& I, const Value& key) {
    if (const std::string* b = bytes_data(key)) return *b;
    I.type_error("key: expected bytes or bytearray, but got '" + I.type_name(key) + "'");
}

Value hmac_new(Interp& I, const Value&, CallArgs& args, const Value& cls) {
    Args a(I, args, "new", {"key", "msg=", "digestmod="});
    const std::string& key = hmac_key(I, a[0]);
    if (!a.has(2) || a[2].is_none() || (str_text(a[2]) && str_text(a[2])->empty()))
        I.type_error("Missing required parameter 'digestmod'.");
    hashing::Hmac mac(hash_for(I, a[2]), key);
    if (a.has(1) && !a[1].is_none()) mac.update(hash_data(I, a[1]));
    return Value(I.heap.make<HmacObj>(Ref<ClassObj>(cls.as<ClassObj>()), std::move(mac)));
}

Value hmac_update(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "update", {"msg"});
    hmac_self(I, self, "update").mac.update(hash_data(I, a[0]));
    return Value();
}
Value hmac_digest(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "digest");
    return I.bytes(hmac_self(I, self, "digest").mac.digest());
}
Value hmac_hexdigest(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "hexdigest");
    return I.str(hashing::to_hex(hmac_self(I, self, "hexdigest").mac.digest()));
}
Value hmac_copy(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "copy");
    HmacObj& m = hmac_self(I, self, "copy");
    return Value(I.heap.make<HmacObj>(m.cls, hashing::Hmac(m.mac)));
}
Value hmac_name(Interp& I, const Value&, CallArgs& args, const Value&) {
    return I.str("hmac-" + hmac_self(I, args.pos.at(0), "name").mac.hash().name());
}
Value hmac_digest_size(Interp& I, const Value&, CallArgs& args, const Value&) {
    return Value::integer(
        static_cast<std::int64_t>(hmac_self(I, args.pos.at(0), "digest_size").mac.hash().digest_size()));
}
Value hmac_block_size(Interp& I, const Value&, CallArgs& args, const Value&) {
    return Value::integer(
        static_cast<std::int64_t>(hmac_self(I, args.pos.at(0), "block_size").mac.hash().block_size()));
}

Value hmac_oneshot(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "digest", {"key", "msg", "digest"});
    hashing::Hmac mac(hash_for(I, a[2]), hmac_key(I, a[0]));
    mac.update(hash_data(I, a[1]));
    return I.bytes(mac.digest());
}

// compare_digest(a, b): ASCII str or bytes, in time that does not depend on where they differ.
Value hmac_compare_digest(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "compare_digest", {"a", "b", "/"});
    const std::string* x = str_text(a[0]);
    const std::string* y = str_text(a[1]);
    if (x && y) {
        const auto ascii = [](const std::string& s) {
            return std::all_of(s.begin(), s.end(),
                               [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        };
        if (!ascii(*x) || !ascii(*y))
            I.type_error("comparing strings with non-ASCII characters is not supported");
    } else {
        x = bytes_data(a[0]);
        y = bytes_data(a[1]);
        if (!x && !y)
            I.type_error("unsupported operand types(s) or combination of types: '" + I.type_name(a[0]) +
                         "' and '" + I.type_name(a[1]) + "'");
        if (!x || !y)
            I.type_error("a bytes-like object is required, not '" + I.type_name(x ? a[1] : a[0]) + "'");
    }
    // Every byte of x is looked at, whatever the answer: the time does not tell where they differ.
    const std::string& other = x->size() == y->size() ? *y : *x;
    unsigned diff = x->size() == y->size() ? 0 : 1;
    for (std::size_t i = 0; i < x->size(); ++i)
        diff |= static_cast<unsigned char>((*x)[i] ^ other[i]);
    return Value::boolean(diff == 0);
}

void init_hmac(Interp& I, ModuleObj& m) {
    DictObj& d = *m.dict;
    Ref<ClassObj> cls = native_class(I, "HMAC", "hmac");
    add_method(I, *cls, "update", hmac_update);
    add_method(I, *cls, "digest", hmac_digest);
    add_method(I, *cls, "hexdigest", hmac_hexdigest);
    add_method(I, *cls, "copy", hmac_copy);
    add_property(I, *cls, "name", hmac_name);
    add_property(I, *cls, "digest_size", hmac_digest_size);
    add_property(I, *cls, "block_size", hmac_block_size);
    d.set(I, "HMAC", Value(cls));
    d.set(I, "new", I.builtin("new", hmac_new, Value(), Value(cls)));
    d.set(I, "digest", I.builtin("digest", hmac_oneshot));
    d.set(I, "compare_digest", I.builtin("compare_digest", hmac_compare_digest));
    d.set(I, "digest_size", Value());
}

} // namespace

void register_hashlib_modules(Interp& I) {
    I.add_native_module("hashlib", init_hashlib);
    I.add_native_module("hmac", init_hmac);
}

} // namespace revlab::py
