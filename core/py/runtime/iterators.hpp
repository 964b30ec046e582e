// The builtin iterators (over a list, a range, a str, a dict and its views; enumerate, zip, map,
// filter, reversed; a generator's buffered values) and the dict views. An object of a Python class
// is iterated through its own __iter__/__next__ instead (protocol.cpp).
#pragma once

#include "py/runtime/callables.hpp"

namespace revlab::py {

class IteratorObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Iterator;
    enum class Kind : std::uint8_t {
        Sequence,   // source: a list, tuple, str or bytes, by index
        Range,      // over a range's numbers
        DictKeys,   // source: a DictObj; version guards against changes
        DictValues,
        DictItems,
        Buffer,     // items: values computed ahead (a generator function's yields, sorted(), ...)
        Enumerate,  // inner: an iterator; counter
        Zip,        // items: the iterators; strict
        Map,        // func, items: the iterators
        Filter,     // func (None: truthiness), inner
        Reversed,   // source: a list or tuple, index counting down
        CallIter,   // iter(func, sentinel)
    };
    IteratorObj(Heap& h, Kind k);

    Kind kind;
    Value source;
    Value func;
    Value sentinel;
    std::vector<Value> items;
    std::int64_t index = 0;
    std::int64_t stop = 0, step = 1; // Range
    std::uint64_t version = 0;       // Dict*: the dict's version when iteration began
    std::size_t size_at_start = 0;
    bool strict = false;             // zip(strict=True)
    bool done = false;
    std::string name;                // for repr: "list_iterator", "enumerate", ...
    void clear() override;
};

class DictViewObj : public Object {
public:
    static constexpr ObjType kType = ObjType::DictView;
    enum class Kind : std::uint8_t { Keys, Values, Items };
    DictViewObj(Heap& h, Kind k, Ref<DictObj> d);
    Kind kind;
    Ref<DictObj> dict;
    void clear() override { dict.reset(); }
};

} // namespace revlab::py
