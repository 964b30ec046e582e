// The interpreter's values. A Value is 16 bytes: None, booleans, ints that fit in 64 bits and
// floats live inside it, so arithmetic in a loop allocates nothing; everything else is a
// reference-counted heap Object (a str, a list, a function, a class, an instance, ...).
//
// Reference counting frees most garbage at once, as in CPython. Cycles (a function that refers to
// its module, which refers to it) are broken when the interpreter ends: the Heap keeps every
// container in a list and clears them all (heap.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <utility>

namespace revlab::py {

class Heap;
class Object;

// The heap objects' own types, for the interpreter's switches; the Python class of a value is
// looked up from this (or, for an instance, from the instance itself).
enum class ObjType : std::uint8_t {
    Str,
    Bytes,
    BigInt,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,     // a def or a lambda
    Builtin,      // a function written in C++, maybe bound to a self
    BoundMethod,  // a Python function bound to an instance
    Class,
    Instance,     // an instance of a class defined in Python (or of a builtin type's subclass)
    Module,
    Cell,
    Property,
    ClassMethod,
    StaticMethod,
    Super,
    Iterator,     // a builtin iterator (over a list, a range, a dict, map(), zip(), ...)
    DictView,     // dict.keys(), .values(), .items()
    Generator,    // a generator expression or a generator function's call
    Native,       // an object of the host (a database connection, a result, a batch operation)
};

// A strong reference to a heap object of type T (intrusive count, no atomics: one interpreter
// runs on one thread).
template <class T>
class Ref;

class Value {
public:
    // Unbound marks a local variable not assigned yet (or deleted); it never reaches Python code.
    enum class Tag : std::uint8_t { None, Bool, Int, Float, NotImplemented, Ellipsis, Unbound, Object };

    Value() = default;
    Value(const Value& other) : tag_(other.tag_), u_(other.u_) { retain(); }
    Value(Value&& other) noexcept : tag_(other.tag_), u_(other.u_) { other.tag_ = Tag::None; }
    Value& operator=(const Value& other) {
        Value copy(other);
        swap(copy);
        return *this;
    }
    Value& operator=(Value&& other) noexcept {
        Value moved(std::move(other));
        swap(moved);
        return *this;
    }
    ~Value() { release(); }

    static Value none() { return {}; }
    static Value boolean(bool b) {
        Value v;
        v.tag_ = Tag::Bool;
        v.u_.b = b;
        return v;
    }
    static Value integer(std::int64_t i) {
        Value v;
        v.tag_ = Tag::Int;
        v.u_.i = i;
        return v;
    }
    static Value floating(double f) {
        Value v;
        v.tag_ = Tag::Float;
        v.u_.f = f;
        return v;
    }
    static Value not_implemented() {
        Value v;
        v.tag_ = Tag::NotImplemented;
        return v;
    }
    static Value unbound() {
        Value v;
        v.tag_ = Tag::Unbound;
        return v;
    }
    bool is_unbound() const { return tag_ == Tag::Unbound; }
    static Value ellipsis() {
        Value v;
        v.tag_ = Tag::Ellipsis;
        return v;
    }
    // Takes a new reference to `o` (which may have a count of 0, fresh from the heap).
    explicit Value(Object* o);
    template <class T>
    Value(const Ref<T>& r); // NOLINT: a Ref is a Value of a known type

    Tag tag() const { return tag_; }
    bool is_none() const { return tag_ == Tag::None; }
    bool is_bool() const { return tag_ == Tag::Bool; }
    bool is_int() const { return tag_ == Tag::Int; } // a small int (a big one is an Object)
    bool is_float() const { return tag_ == Tag::Float; }
    bool is_object() const { return tag_ == Tag::Object; }
    bool is(ObjType t) const;

    bool as_bool() const { return u_.b; }
    std::int64_t as_int() const { return u_.i; }
    double as_float() const { return u_.f; }
    Object* obj() const { return tag_ == Tag::Object ? u_.o : nullptr; }
    template <class T>
    T* as() const { return static_cast<T*>(u_.o); } // precondition: is(T::kType)
    template <class T>
    T* get() const; // nullptr unless is(T::kType)

    // Identity, as Python's `is`: the same object, or the same immediate value.
    bool same(const Value& other) const;

    void swap(Value& other) noexcept {
        std::swap(tag_, other.tag_);
        std::swap(u_, other.u_);
    }

private:
    void retain() const;
    void release();

    Tag tag_ = Tag::None;
    union {
        bool b;
        std::int64_t i;
        double f;
        Object* o;
    } u_{};
};

// The base of every heap object. `refs` counts Values and Refs pointing here; the Heap frees the
// object when it drops to zero and keeps the memory accounting the sandbox's cap is checked against.
class Object {
public:
    Object(Heap& heap, ObjType type, std::size_t bytes);
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;
    virtual ~Object();

    ObjType type() const { return type_; }
    Heap& heap() const { return *heap_; }

    // Drops every reference this object holds to other objects: how the heap breaks cycles when
    // the interpreter ends. Objects without references to others have nothing to do.
    virtual void clear() {}

    // What runs, at the interpreter's next step, once the last reference has gone, for an object
    // that set wants_finalize_ (a generator paused inside try or with: close() runs its finally
    // clauses, as CPython does when it frees one).
    virtual void finalize() {}

    // Bytes this object accounts for beyond its own size (a list's buffer, a string's text).
    void account(std::ptrdiff_t delta);

private:
    friend class Value;
    friend class Heap;
    template <class T>
    friend class Ref;

    std::uint32_t refs_ = 0;
    ObjType type_;
    bool tracked_ = false; // in the heap's list of containers

protected:
    bool wants_finalize_ = false;

private:
    Heap* heap_;
    std::size_t bytes_;
    Object* prev_ = nullptr; // the heap's list of containers
    Object* next_ = nullptr;
};

template <class T>
class Ref {
public:
    Ref() = default;
    Ref(T* p) : p_(p) { // NOLINT: Ref<T> r = heap.make<T>(...)
        if (p_) ++p_->refs_;
    }
    Ref(const Ref& other) : Ref(other.p_) {}
    Ref(Ref&& other) noexcept : p_(other.p_) { other.p_ = nullptr; }
    template <class U>
    Ref(const Ref<U>& other) : Ref(static_cast<T*>(other.get())) {} // NOLINT: upcast
    Ref& operator=(Ref other) noexcept {
        std::swap(p_, other.p_);
        return *this;
    }
    ~Ref() { reset(); }

    void reset();
    T* get() const { return p_; }
    T* operator->() const { return p_; }
    T& operator*() const { return *p_; }
    explicit operator bool() const { return p_ != nullptr; }
    friend bool operator==(const Ref& a, const Ref& b) { return a.p_ == b.p_; }

private:
    T* p_ = nullptr;
};

} // namespace revlab::py
