// The heap of one interpreter: it owns the memory accounting that the sandbox's memory cap is
// checked against, frees objects whose count drops to zero (without deep recursion: freeing a list
// of a million nested lists must not overflow the stack), and, when the interpreter ends, breaks
// the reference cycles that counting alone leaves behind.
#pragma once

#include "py/runtime/value.hpp"

#include <cstddef>
#include <functional>
#include <vector>

namespace revlab::py {

class Heap {
public:
    // Called when live bytes pass the cap; it must throw (the interpreter stops the script).
    using OverLimit = std::function<void(std::size_t live, std::size_t cap)>;

    explicit Heap(std::size_t cap_bytes = 256u << 20) : cap_(cap_bytes) {}
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;
    ~Heap();

    template <class T, class... Args>
    T* make(Args&&... args) {
        return new T(*this, std::forward<Args>(args)...); // owned by its references from here on
    }

    void on_over_limit(OverLimit f) { over_limit_ = std::move(f); }
    std::size_t live_bytes() const { return live_; }
    std::size_t cap() const { return cap_; }
    void set_cap(std::size_t cap) { cap_ = cap; }

    // Checks, before a large allocation, that `more` bytes would still fit under the cap.
    void reserve(std::size_t more);

    // Clears every container (breaking cycles) so that everything unreachable from outside frees.
    void collect_all();

    // Objects whose last reference went while they wanted finalizing, held until the interpreter
    // runs their finalize() at a safe point (Interp::step), never in the middle of an operation.
    bool has_finalizable() const { return !finalizable_.empty(); }
    Ref<Object> take_finalizable();

    // --- for Object and Value
    void add(Object* o, std::size_t bytes);
    void account(std::ptrdiff_t delta);
    void track(Object* o);
    void untrack(Object* o);
    void free(Object* o);

private:
    std::size_t cap_;
    std::size_t live_ = 0;
    OverLimit over_limit_;
    Object* containers_ = nullptr; // doubly linked through Object::prev_/next_
    int freeing_ = 0;              // depth of nested frees
    std::vector<Object*> pending_; // objects to free once the current free returns
    std::vector<Ref<Object>> finalizable_;
    bool closing_ = false; // collect_all: nothing is finalized any more
};

// --- inline parts of value.hpp that need the Heap -------------------------------------------------

inline Value::Value(Object* o) {
    if (o == nullptr) return;
    tag_ = Tag::Object;
    u_.o = o;
    ++o->refs_;
}

template <class T>
Value::Value(const Ref<T>& r) : Value(static_cast<Object*>(r.get())) {}

inline bool Value::is(ObjType t) const { return tag_ == Tag::Object && u_.o->type() == t; }

template <class T>
T* Value::get() const {
    return is(T::kType) ? static_cast<T*>(u_.o) : nullptr;
}

inline void Value::retain() const {
    if (tag_ == Tag::Object) ++u_.o->refs_;
}

inline void Value::release() {
    if (tag_ == Tag::Object && --u_.o->refs_ == 0) u_.o->heap().free(u_.o);
    tag_ = Tag::None;
}

inline bool Value::same(const Value& other) const {
    if (tag_ != other.tag_) return false;
    switch (tag_) {
    case Tag::None:
    case Tag::NotImplemented:
    case Tag::Ellipsis:
    case Tag::Unbound:
        return true;
    case Tag::Bool:
        return u_.b == other.u_.b;
    case Tag::Int:
        return u_.i == other.u_.i;
    case Tag::Float:
        return u_.f == other.u_.f || (u_.f != u_.f && other.u_.f != other.u_.f);
    case Tag::Object:
        return u_.o == other.u_.o;
    }
    return false;
}

template <class T>
void Ref<T>::reset() {
    if (p_ && --p_->refs_ == 0) p_->heap().free(p_);
    p_ = nullptr;
}

} // namespace revlab::py
