// Functions, classes, instances and modules: the objects a program defines.
#pragma once

#include "py/ast.hpp"
#include "py/runtime/objects.hpp"

#include <memory>
#include <string>
#include <vector>

namespace revlab::py {

class Interp;

// The arguments of a call: positional values, then keyword names and values, as Python passes
// them after unpacking *args and **kwargs.
struct CallArgs {
    std::vector<Value> pos;
    std::vector<std::pair<std::string, Value>> kw;

    CallArgs() = default;
    CallArgs(std::initializer_list<Value> p) : pos(p) {}
    explicit CallArgs(std::vector<Value> p) : pos(std::move(p)) {}
};

// A function written in C++. `self` is the bound object for a method (None for a plain function);
// `data` is the Builtin's own payload (a native closure's state).
using NativeFn = Value (*)(Interp& I, const Value& self, CallArgs& args, const Value& data);

// A parsed and resolved file, shared by the module and every function defined in it: the
// functions' bodies are nodes of this tree.
using Source = Module;

class FunctionObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Function;
    FunctionObj(Heap& h, std::shared_ptr<const Source> src, const CodeInfo* code);

    std::shared_ptr<const Source> source; // keeps the tree alive
    const CodeInfo* code;
    const std::vector<StmtPtr>* body = nullptr; // a def's statements
    const Expr* lambda_body = nullptr;           // a lambda's expression
    const std::vector<Param>* params = nullptr;
    Ref<DictObj> globals;
    std::vector<Value> defaults;                        // for the last len(defaults) positional parameters
    std::vector<std::pair<std::string, Value>> kwdefaults;
    std::vector<Ref<CellObj>> closure;
    Value name, qualname, doc, module, annotations;
    Ref<DictObj> dict; // attributes set on the function (functools.wraps sets __wrapped__)

    void clear() override;
};

class BuiltinObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Builtin;
    BuiltinObj(Heap& h, std::string name, NativeFn fn, Value self = {}, Value data = {});

    std::string name;
    NativeFn fn;
    Value self;
    Value data;
    bool is_method = false; // found in a class: binds to the instance it is looked up on
    bool bound = false;     // self is the instance it was looked up on (str.upper is unbound)
    bool is_classmethod = false;
    void clear() override { self = data = Value(); }
};

// A Python function bound to its first argument (obj.method).
class BoundMethodObj : public Object {
public:
    static constexpr ObjType kType = ObjType::BoundMethod;
    BoundMethodObj(Heap& h, Value function, Value self);
    Value function;
    Value self;
    void clear() override { function = self = Value(); }
};

// Which builtin type a class is, or inherits its instances' layout from.
enum class Builtin : std::uint8_t {
    None, Object, Type, Int, Bool, Float, Str, Bytes, List, Tuple, Dict, Set, FrozenSet, BaseException,
};

class ClassObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Class;
    ClassObj(Heap& h, std::string name);

    std::string name;
    std::string qualname;
    Ref<ClassObj> metaclass; // null for `type` itself... set for every class
    std::vector<Ref<ClassObj>> bases;
    std::vector<ClassObj*> mro; // self first; kept alive through `bases`
    Ref<DictObj> dict;
    Builtin builtin = Builtin::None; // the builtin type this is, or the one whose values it extends
    bool is_builtin_type = false;     // a builtin type itself (its attributes cannot be set)
    bool is_native = false;           // instances are NativeObj of the host

    bool is_subclass_of(const ClassObj* other) const;
    // Looks `name` up along the MRO; nullptr when absent.
    const Value* lookup(std::string_view name) const;
    const Value* lookup(std::string_view name, std::int64_t hash) const; // hash = hash_text(name)
    void clear() override;
};

// One line of a traceback: where, and in which function.
struct TraceEntry {
    SourceLocation loc;
    std::string function;
};

class InstanceObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Instance;
    InstanceObj(Heap& h, Ref<ClassObj> cls);

    Ref<ClassObj> cls;
    Ref<DictObj> dict; // made on the first attribute set
    // The value of a builtin base: a subclass of str holds its str here, of dict its dict, of
    // int its int. None for a plain instance.
    Value base;
    Value args; // an exception's args (a tuple)
    // An exception's traceback: the frames it passed through, outermost first.
    std::shared_ptr<std::vector<TraceEntry>> traceback;
    Value cause, context;
    bool suppress_context = false;
    void clear() override;
};

class ModuleObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Module;
    ModuleObj(Heap& h, std::string name);
    std::string name;
    Ref<DictObj> dict;
    std::shared_ptr<const Source> source; // for a module of Python source
    bool initializing = false;            // still running its body (a circular import sees it half done)
    void clear() override;
};

class SuperObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Super;
    SuperObj(Heap& h, Ref<ClassObj> type, Value self);
    Ref<ClassObj> type; // look up after this class in self's MRO
    Value self;
    void clear() override;
};

// An object of the host (a database connection, a query result, a batch operation): its methods
// are BuiltinObjs in its class's dict, and its state is whatever the subclass holds.
class NativeObj : public Object {
public:
    static constexpr ObjType kType = ObjType::Native;
    NativeObj(Heap& h, Ref<ClassObj> cls, std::size_t bytes);
    Ref<ClassObj> cls;
    Ref<DictObj> dict; // attributes a script sets on it
    void clear() override;
};

} // namespace revlab::py
