#include "py/runtime/interp.hpp"

#include "py/unicode.hpp"

namespace revlab::py {

// ---- str -----------------------------------------------------------------------------------------

std::size_t StrObj::length() const {
    if (length_ < 0) {
        std::int64_t n = 0;
        for (unsigned char c : text)
            n += (c & 0xC0) != 0x80;
        length_ = n;
    }
    return static_cast<std::size_t>(length_);
}

std::int64_t StrObj::hash() const {
    if (!hashed_) {
        hash_ = hash_text(text);
        hashed_ = true;
    }
    return hash_;
}

// ---- list, tuple ---------------------------------------------------------------------------------

ListObj::ListObj(Heap& h, std::vector<Value> v) : Object(h, kType, sizeof(ListObj)), items(std::move(v)) {
    h.track(this);
    resized();
}

void ListObj::resized() {
    const std::size_t now = items.capacity() * sizeof(Value);
    if (now != accounted_) {
        account(static_cast<std::ptrdiff_t>(now) - static_cast<std::ptrdiff_t>(accounted_));
        accounted_ = now;
    }
}

TupleObj::TupleObj(Heap& h, std::vector<Value> v)
    : Object(h, kType, sizeof(TupleObj) + v.size() * sizeof(Value)), items(std::move(v)) {
    h.track(this);
}

// ---- dict ----------------------------------------------------------------------------------------

DictObj::DictObj(Heap& h) : Object(h, kType, sizeof(DictObj)) {
    h.track(this);
}

namespace {

constexpr std::int32_t kEmpty = -1;
constexpr std::int32_t kDeleted = -2;

// A str key equals a str with the same text, and an instance of a str subclass holding it (a
// member of `class Color(str, Enum)` is a key that 'red' finds).
bool str_key_equals(const Value& key, std::string_view text) {
    if (const StrObj* s = key.get<StrObj>()) return s->text == text;
    if (const InstanceObj* i = key.get<InstanceObj>())
        if (const StrObj* s = i->base.get<StrObj>()) return s->text == text;
    return false;
}

} // namespace

// The index slot holding `key`, or the negative of (1 + the first free slot) when absent. With
// `text` set, the key is that str and no Python code runs.
std::int64_t DictObj::slot_of(Interp* I, const Value& key, std::int64_t hash, std::string_view* text) const {
    if (index_.empty()) return -1;
    const std::size_t mask = index_.size() - 1;
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    std::uint64_t perturb = static_cast<std::uint64_t>(hash);
    std::int64_t first_free = -1;
    for (;;) {
        const std::int32_t e = index_[i];
        if (e == kEmpty) return -(first_free >= 0 ? first_free : static_cast<std::int64_t>(i)) - 1;
        if (e == kDeleted) {
            if (first_free < 0) first_free = static_cast<std::int64_t>(i);
        } else {
            const Entry& entry = entries_[static_cast<std::size_t>(e)];
            if (entry.hash == hash) {
                if (text != nullptr) {
                    if (str_key_equals(entry.key, *text)) return static_cast<std::int64_t>(i);
                } else if (entry.key.same(key)) {
                    return static_cast<std::int64_t>(i);
                } else if (I != nullptr) {
                    // A user __eq__ may change this dict; the entry is copied first.
                    Value k = entry.key;
                    if (I->eq(k, key)) return static_cast<std::int64_t>(i);
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

const Value* DictObj::find(std::string_view key, std::int64_t hash) const {
    std::int64_t s = slot_of(nullptr, Value(), hash, &key);
    return s < 0 ? nullptr : &entries_[static_cast<std::size_t>(index_[static_cast<std::size_t>(s)])].value;
}

Value* DictObj::find_mut(std::string_view key) {
    return const_cast<Value*>(static_cast<const DictObj*>(this)->find(key));
}

const Value* DictObj::find(Interp& I, const Value& key, std::int64_t hash) const {
    if (const StrObj* s = key.get<StrObj>()) {
        std::string_view text = s->text;
        std::int64_t slot = slot_of(nullptr, key, hash, &text);
        return slot < 0 ? nullptr : &entries_[static_cast<std::size_t>(index_[static_cast<std::size_t>(slot)])].value;
    }
    std::int64_t slot = slot_of(&I, key, hash, nullptr);
    return slot < 0 ? nullptr : &entries_[static_cast<std::size_t>(index_[static_cast<std::size_t>(slot)])].value;
}

const Value* DictObj::find(Interp& I, const Value& key) const {
    return find(I, key, I.hash(key));
}

void DictObj::insert_new(Value key, std::int64_t hash, Value value) {
    if ((used_ + 1) * 3 >= index_.size() * 2) rebuild(std::max<std::size_t>(8, size_ * 3 + 8));
    const std::size_t mask = index_.size() - 1;
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    std::uint64_t perturb = static_cast<std::uint64_t>(hash);
    while (index_[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    index_[i] = static_cast<std::int32_t>(entries_.size());
    const std::size_t before = entries_.capacity();
    entries_.push_back(Entry{std::move(key), std::move(value), hash, true});
    if (entries_.capacity() != before)
        account(static_cast<std::ptrdiff_t>((entries_.capacity() - before) * sizeof(Entry)));
    ++used_;
    ++size_;
    ++version_;
}

void DictObj::rebuild(std::size_t want) {
    std::size_t capacity = 8;
    while (capacity < want)
        capacity <<= 1;
    const std::size_t entries_before = entries_.capacity();
    // Compact the entries (drop deleted ones), then index them again.
    if (used_ != size_) {
        std::vector<Entry> live;
        live.reserve(size_);
        for (Entry& e : entries_)
            if (e.live) live.push_back(std::move(e));
        entries_ = std::move(live);
        used_ = size_;
    }
    // Room for every entry this index takes before its next rebuild, at once: growing one entry at
    // a time reallocated an instance's attributes 1, 2, 4 and 8 entries in (every object pays it).
    entries_.reserve(capacity * 2 / 3 + 1);
    account((static_cast<std::ptrdiff_t>(entries_.capacity()) - static_cast<std::ptrdiff_t>(entries_before)) *
            static_cast<std::ptrdiff_t>(sizeof(Entry)));
    const std::ptrdiff_t before = static_cast<std::ptrdiff_t>(index_.size() * sizeof(std::int32_t));
    index_.assign(capacity, kEmpty);
    account(static_cast<std::ptrdiff_t>(capacity * sizeof(std::int32_t)) - before);
    const std::size_t mask = capacity - 1;
    for (std::size_t n = 0; n < entries_.size(); ++n) {
        std::size_t i = static_cast<std::size_t>(entries_[n].hash) & mask;
        std::uint64_t perturb = static_cast<std::uint64_t>(entries_[n].hash);
        while (index_[i] >= 0) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        index_[i] = static_cast<std::int32_t>(n);
    }
}

void DictObj::set(Interp& I, std::string_view key, Value value) {
    set(I, key, hash_text(key), std::move(value));
}

void DictObj::set(Interp& I, std::string_view key, std::int64_t hash, Value value) {
    std::int64_t slot = slot_of(nullptr, Value(), hash, &key);
    if (slot >= 0) {
        entries_[static_cast<std::size_t>(index_[static_cast<std::size_t>(slot)])].value = std::move(value);
        return;
    }
    insert_new(I.str(std::string(key)), hash, std::move(value));
}

void DictObj::set(Interp& I, const Value& key, std::int64_t hash, Value value) {
    std::int64_t slot;
    if (const StrObj* s = key.get<StrObj>()) {
        std::string_view text = s->text;
        slot = slot_of(nullptr, key, hash, &text);
    } else {
        slot = slot_of(&I, key, hash, nullptr);
    }
    if (slot >= 0) {
        entries_[static_cast<std::size_t>(index_[static_cast<std::size_t>(slot)])].value = std::move(value);
        return;
    }
    insert_new(key, hash, std::move(value));
}

void DictObj::set(Interp& I, const Value& key, Value value) {
    set(I, key, I.hash(key), std::move(value));
}

bool DictObj::erase(Interp& I, const Value& key, Value* old) {
    const std::int64_t hash = I.hash(key);
    std::int64_t slot;
    if (const StrObj* s = key.get<StrObj>()) {
        std::string_view text = s->text;
        slot = slot_of(nullptr, key, hash, &text);
    } else {
        slot = slot_of(&I, key, hash, nullptr);
    }
    if (slot < 0) return false;
    Entry& e = entries_[static_cast<std::size_t>(index_[static_cast<std::size_t>(slot)])];
    if (old) *old = e.value;
    Value dead_key = std::move(e.key), dead_value = std::move(e.value); // freed after the table is consistent
    e.key = Value();
    e.value = Value();
    e.live = false;
    index_[static_cast<std::size_t>(slot)] = kDeleted;
    --size_;
    ++version_;
    return true;
}

bool DictObj::erase(std::string_view key) {
    std::int64_t slot = slot_of(nullptr, Value(), hash_text(key), &key);
    if (slot < 0) return false;
    Entry& e = entries_[static_cast<std::size_t>(index_[static_cast<std::size_t>(slot)])];
    Value dead_key = std::move(e.key), dead_value = std::move(e.value);
    e.key = Value();
    e.value = Value();
    e.live = false;
    index_[static_cast<std::size_t>(slot)] = kDeleted;
    --size_;
    ++version_;
    return true;
}

void DictObj::clear_all() {
    std::vector<Entry> old = std::move(entries_);
    entries_.clear();
    index_.clear();
    size_ = used_ = 0;
    ++version_;
    old.clear(); // frees the values after the dict is empty and consistent
}

// ---- set, range, slice, cell, descriptors ---------------------------------------------------------

SetObj::SetObj(Heap& h, bool f) : Object(h, f ? ObjType::FrozenSet : ObjType::Set, sizeof(SetObj)), frozen(f) {
    table = h.make<DictObj>();
    h.track(this);
}

std::int64_t RangeObj::length() const {
    if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
    if (step < 0 && start > stop) return (start - stop - 1) / (-step) + 1;
    return 0;
}

SliceObj::SliceObj(Heap& h, Value a, Value b, Value c)
    : Object(h, kType, sizeof(SliceObj)), start(std::move(a)), stop(std::move(b)), step(std::move(c)) {
    h.track(this);
}

CellObj::CellObj(Heap& h, Value v) : Object(h, kType, sizeof(CellObj)), value(std::move(v)) {
    h.track(this);
}

PropertyObj::PropertyObj(Heap& h, Value g, Value s, Value d, Value doc_)
    : Object(h, kType, sizeof(PropertyObj)), fget(std::move(g)), fset(std::move(s)), fdel(std::move(d)),
      doc(std::move(doc_)) {
    h.track(this);
}

ClassMethodObj::ClassMethodObj(Heap& h, Value f) : Object(h, kType, sizeof(ClassMethodObj)), function(std::move(f)) {
    h.track(this);
}

StaticMethodObj::StaticMethodObj(Heap& h, Value f)
    : Object(h, kType, sizeof(StaticMethodObj)), function(std::move(f)) {
    h.track(this);
}

// ---- functions, classes, instances, modules -------------------------------------------------------

FunctionObj::FunctionObj(Heap& h, std::shared_ptr<const Source> src, const CodeInfo* c)
    : Object(h, kType, sizeof(FunctionObj)), source(std::move(src)), code(c) {
    h.track(this);
}

void FunctionObj::clear() {
    globals.reset();
    defaults.clear();
    kwdefaults.clear();
    closure.clear();
    name = qualname = doc = module = annotations = Value();
    dict.reset();
}

BuiltinObj::BuiltinObj(Heap& h, std::string n, NativeFn f, Value s, Value d)
    : Object(h, kType, sizeof(BuiltinObj) + n.size()), name(std::move(n)), fn(f), self(std::move(s)),
      data(std::move(d)) {
    h.track(this);
}

BoundMethodObj::BoundMethodObj(Heap& h, Value f, Value s)
    : Object(h, kType, sizeof(BoundMethodObj)), function(std::move(f)), self(std::move(s)) {
    h.track(this);
}

ClassObj::ClassObj(Heap& h, std::string n) : Object(h, kType, sizeof(ClassObj)), name(std::move(n)), qualname(name) {
    dict = h.make<DictObj>();
    h.track(this);
}

bool ClassObj::is_subclass_of(const ClassObj* other) const {
    for (const ClassObj* c : mro)
        if (c == other) return true;
    return false;
}

const Value* ClassObj::lookup(std::string_view key) const {
    return lookup(key, hash_text(key));
}

const Value* ClassObj::lookup(std::string_view key, std::int64_t hash) const {
    for (const ClassObj* c : mro)
        if (const Value* v = c->dict->find(key, hash)) return v;
    return nullptr;
}

void ClassObj::clear() {
    metaclass.reset();
    bases.clear();
    mro.clear();
    if (dict) dict->clear_all();
}

InstanceObj::InstanceObj(Heap& h, Ref<ClassObj> c) : Object(h, kType, sizeof(InstanceObj)), cls(std::move(c)) {
    h.track(this);
}

void InstanceObj::clear() {
    cls.reset();
    dict.reset();
    base = args = cause = context = Value();
}

ModuleObj::ModuleObj(Heap& h, std::string n) : Object(h, kType, sizeof(ModuleObj)), name(std::move(n)) {
    dict = h.make<DictObj>();
    h.track(this);
}

void ModuleObj::clear() {
    if (dict) dict->clear_all();
}

SuperObj::SuperObj(Heap& h, Ref<ClassObj> t, Value s)
    : Object(h, kType, sizeof(SuperObj)), type(std::move(t)), self(std::move(s)) {
    h.track(this);
}

void SuperObj::clear() {
    type.reset();
    self = Value();
}

NativeObj::NativeObj(Heap& h, Ref<ClassObj> c, std::size_t bytes) : Object(h, kType, bytes), cls(std::move(c)) {
    h.track(this);
}

void NativeObj::clear() {
    cls.reset();
    dict.reset();
}

IteratorObj::IteratorObj(Heap& h, Kind k) : Object(h, kType, sizeof(IteratorObj)), kind(k) {
    h.track(this);
}

void IteratorObj::clear() {
    source = func = sentinel = Value();
    items.clear();
}

DictViewObj::DictViewObj(Heap& h, Kind k, Ref<DictObj> d)
    : Object(h, kType, sizeof(DictViewObj)), kind(k), dict(std::move(d)) {
    h.track(this);
}

} // namespace revlab::py
