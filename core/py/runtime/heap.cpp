#include "py/runtime/heap.hpp"

namespace revlab::py {

Object::Object(Heap& heap, ObjType type, std::size_t bytes) : type_(type), heap_(&heap), bytes_(bytes) {
    heap.add(this, bytes);
}

Object::~Object() {
    heap_->account(-static_cast<std::ptrdiff_t>(bytes_));
    if (tracked_) heap_->untrack(this);
}

void Object::account(std::ptrdiff_t delta) {
    bytes_ = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(bytes_) + delta);
    heap_->account(delta);
}

Heap::~Heap() {
    collect_all();
}

void Heap::add(Object* o, std::size_t bytes) {
    (void)o;
    account(static_cast<std::ptrdiff_t>(bytes));
}

void Heap::account(std::ptrdiff_t delta) {
    live_ = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(live_) + delta);
    if (delta > 0 && live_ > cap_ && over_limit_) {
        OverLimit f = over_limit_;
        f(live_, cap_);
    }
}

void Heap::reserve(std::size_t more) {
    if (live_ + more > cap_ && over_limit_) {
        OverLimit f = over_limit_;
        f(live_ + more, cap_);
    }
}

void Heap::track(Object* o) {
    if (o->tracked_) return;
    o->tracked_ = true;
    o->prev_ = nullptr;
    o->next_ = containers_;
    if (containers_) containers_->prev_ = o;
    containers_ = o;
}

void Heap::untrack(Object* o) {
    if (!o->tracked_) return;
    if (o->prev_) o->prev_->next_ = o->next_;
    else containers_ = o->next_;
    if (o->next_) o->next_->prev_ = o->prev_;
    o->tracked_ = false;
    o->prev_ = o->next_ = nullptr;
}

// Freeing an object releases what it holds, which may free more: past a small depth the rest
// waits in `pending_`, so a chain of any length frees in a loop instead of a recursion.
void Heap::free(Object* o) {
    if (o->wants_finalize_ && !closing_) {
        o->wants_finalize_ = false; // once: it is freed when the Ref taken here goes
        finalizable_.emplace_back(o);
        return;
    }
    if (freeing_ > 16) {
        pending_.push_back(o);
        return;
    }
    ++freeing_;
    delete o;
    --freeing_;
    if (freeing_ == 0) {
        while (!pending_.empty()) {
            Object* next = pending_.back();
            pending_.pop_back();
            ++freeing_;
            delete next;
            --freeing_;
        }
    }
}

Ref<Object> Heap::take_finalizable() {
    Ref<Object> o = std::move(finalizable_.back());
    finalizable_.pop_back();
    return o;
}

void Heap::collect_all() {
    closing_ = true;
    finalizable_.clear();
    // Hold every container, clear them all (cycles break), then let go.
    std::vector<Ref<Object>> all;
    for (Object* o = containers_; o != nullptr; o = o->next_)
        all.emplace_back(o);
    over_limit_ = nullptr; // clearing frees memory; nothing here may throw
    for (Ref<Object>& o : all)
        o->clear();
    all.clear();
}

} // namespace revlab::py
