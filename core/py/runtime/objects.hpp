// The heap objects of Python's builtin types: str, bytes, int (big), list, tuple, dict, set,
// frozenset, range, slice, cell and the descriptors. Functions, classes, instances and modules are
// in callables.hpp; iterators in iterators.hpp.
#pragma once

#include "py/bigint.hpp"
#include "py/runtime/heap.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace revlab::py {

class Interp;

// A str: UTF-8 text, with its length in code points and its hash computed once when asked.
class StrObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Str;
    StrObj(Heap& h, std::string s) : Object(h, kType, sizeof(StrObj) + s.size()), text(std::move(s)) {}

    const std::string text;
    // Length in code points (len()).
    std::size_t length() const;
    bool is_ascii() const { return length() == text.size(); }
    std::int64_t hash() const;

private:
    mutable std::int64_t length_ = -1;
    mutable std::int64_t hash_ = -1;
    mutable bool hashed_ = false;
};

// The hash of a str's UTF-8 text (the same for a std::string key and a StrObj): FNV-1a over the
// bytes, folded into Python's hash range (never -1). Inline and constexpr, so that a lookup of a
// literal name ("__setattr__") hashes it at compile time.
constexpr std::int64_t hash_text(std::string_view s) {
    std::uint64_t h = 14695981039346656037ull;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    std::int64_t r = static_cast<std::int64_t>(h >> 1);
    return r == -1 ? -2 : r;
}

class BytesObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Bytes;
    BytesObj(Heap& h, std::string b) : Object(h, kType, sizeof(BytesObj) + b.size()), bytes(std::move(b)) {}
    const std::string bytes;
};

class BigIntObj : public Object {
public:
    static constexpr ObjType kType = ObjType::BigInt;
    BigIntObj(Heap& h, BigInt v) : Object(h, kType, sizeof(BigIntObj) + v.limbs().size() * 4), value(std::move(v)) {}
    const BigInt value;
};

// list and tuple share their storage; a tuple is never changed after it is made.
class ListObj : public Object {
public:
    static constexpr ObjType kType = ObjType::List;
    explicit ListObj(Heap& h, std::vector<Value> v = {});
    std::vector<Value> items;
    void clear() override { items.clear(); }
    // Call after changing `items` so the heap's accounting follows the buffer.
    void resized();

private:
    std::size_t accounted_ = 0;
};

class TupleObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Tuple;
    explicit TupleObj(Heap& h, std::vector<Value> v = {});
    std::vector<Value> items;
    void clear() override { items.clear(); }
};

// An insertion-ordered hash table keyed by Values with Python's equality (dict, and the namespaces
// of modules, classes and instances). Equality and hashing of user objects call into Python, so
// the operations take the interpreter.
class DictObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Dict;
    explicit DictObj(Heap& h);

    struct Entry {
        Value key;
        Value value;
        std::int64_t hash = 0;
        bool live = false;
    };

    std::size_t size() const { return size_; }
    // Lookup by a str key without making a str object (names, attributes).
    const Value* find(std::string_view key) const { return find(key, hash_text(key)); }
    // The same with hash_text(key) computed by the caller, once for several dicts (an attribute
    // looked up along a class's MRO, a global then a builtin).
    const Value* find(std::string_view key, std::int64_t hash) const;
    Value* find_mut(std::string_view key);
    void set(Interp& I, std::string_view key, Value value);
    void set(Interp& I, std::string_view key, std::int64_t hash, Value value);
    // Generic lookup; `hash` is Python's hash of the key.
    const Value* find(Interp& I, const Value& key, std::int64_t hash) const;
    const Value* find(Interp& I, const Value& key) const;
    void set(Interp& I, const Value& key, std::int64_t hash, Value value);
    void set(Interp& I, const Value& key, Value value);
    // Removes the key; returns the value it had (None and false when absent).
    bool erase(Interp& I, const Value& key, Value* old = nullptr);
    bool erase(std::string_view key);
    void clear_all();
    void clear() override { clear_all(); }

    // Entries in insertion order; skip the ones that are not live.
    const std::vector<Entry>& entries() const { return entries_; }
    // A counter bumped by every insertion and removal: iterators check it ("dictionary changed
    // size during iteration").
    std::uint64_t version() const { return version_; }

private:
    std::int64_t slot_of(Interp* I, const Value& key, std::int64_t hash, std::string_view* text) const;
    void insert_new(Value key, std::int64_t hash, Value value);
    void rebuild(std::size_t capacity);

    std::vector<Entry> entries_;
    std::vector<std::int32_t> index_; // -1 empty, -2 deleted, else entry number
    std::size_t size_ = 0;
    std::size_t used_ = 0; // entries_.size() including dead ones
    std::uint64_t version_ = 0;
};

// set and frozenset: a DictObj's keys (its values unused).
class SetObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Set;
    SetObj(Heap& h, bool frozen);
    Ref<DictObj> table;
    bool frozen;
    std::int64_t hash_cache = 0;
    bool hashed = false;
    void clear() override { table->clear_all(); }
};

class RangeObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Range;
    RangeObj(Heap& h, std::int64_t a, std::int64_t b, std::int64_t s)
        : Object(h, kType, sizeof(RangeObj)), start(a), stop(b), step(s) {}
    const std::int64_t start, stop, step;
    std::int64_t length() const;
    std::int64_t at(std::int64_t i) const { return start + i * step; }
};

class SliceObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Slice;
    SliceObj(Heap& h, Value a, Value b, Value c);
    Value start, stop, step;
    void clear() override { start = stop = step = Value(); }
};

// A variable shared between a function and the functions defined inside it.
class CellObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Cell;
    explicit CellObj(Heap& h, Value v = {});
    Value value;
    bool empty = true; // never assigned (or deleted): reading it is a NameError
    void clear() override { value = Value(); }
};

// property, classmethod, staticmethod: what the decorators wrap a function in.
class PropertyObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Property;
    PropertyObj(Heap& h, Value fget, Value fset, Value fdel, Value doc);
    Value fget, fset, fdel, doc;
    void clear() override { fget = fset = fdel = doc = Value(); }
};

class ClassMethodObj : public Object {
public:
    static constexpr ObjType kType = ObjType::ClassMethod;
    ClassMethodObj(Heap& h, Value f);
    Value function;
    void clear() override { function = Value(); }
};

class StaticMethodObj : public Object {
public:
    static constexpr ObjType kType = ObjType::StaticMethod;
    StaticMethodObj(Heap& h, Value f);
    Value function;
    void clear() override { function = Value(); }
};

} // namespace revlab::py
