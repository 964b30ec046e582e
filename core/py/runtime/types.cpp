// The builtin types of one interpreter: `type` and `object` made by hand (each is the other's
// base or class), then every other builtin type and the exception hierarchy.
#include "py/runtime/classes.hpp"
#include "py/runtime/setup.hpp"

namespace revlab::py {

namespace {

// Python 3.11's builtin exceptions, each after its base.
constexpr std::pair<const char*, const char*> kExceptions[] = {
    {"BaseException", nullptr},
    {"SystemExit", "BaseException"},
    {"KeyboardInterrupt", "BaseException"},
    {"GeneratorExit", "BaseException"},
    {"Exception", "BaseException"},
    {"StopIteration", "Exception"},
    {"StopAsyncIteration", "Exception"},
    {"ArithmeticError", "Exception"},
    {"FloatingPointError", "ArithmeticError"},
    {"OverflowError", "ArithmeticError"},
    {"ZeroDivisionError", "ArithmeticError"},
    {"AssertionError", "Exception"},
    {"AttributeError", "Exception"},
    {"BufferError", "Exception"},
    {"EOFError", "Exception"},
    {"ImportError", "Exception"},
    {"ModuleNotFoundError", "ImportError"},
    {"LookupError", "Exception"},
    {"IndexError", "LookupError"},
    {"KeyError", "LookupError"},
    {"MemoryError", "Exception"},
    {"NameError", "Exception"},
    {"UnboundLocalError", "NameError"},
    {"OSError", "Exception"},
    {"FileNotFoundError", "OSError"},
    {"FileExistsError", "OSError"},
    {"PermissionError", "OSError"},
    {"TimeoutError", "OSError"},
    {"ConnectionError", "OSError"},
    {"IsADirectoryError", "OSError"},
    {"NotADirectoryError", "OSError"},
    {"ReferenceError", "Exception"},
    {"RuntimeError", "Exception"},
    {"NotImplementedError", "RuntimeError"},
    {"RecursionError", "RuntimeError"},
    {"SyntaxError", "Exception"},
    {"IndentationError", "SyntaxError"},
    {"SystemError", "Exception"},
    {"TypeError", "Exception"},
    {"ValueError", "Exception"},
    {"UnicodeError", "ValueError"},
    {"UnicodeDecodeError", "UnicodeError"},
    {"UnicodeEncodeError", "UnicodeError"},
    {"Warning", "Exception"},
    {"UserWarning", "Warning"},
    {"DeprecationWarning", "Warning"},
    {"PendingDeprecationWarning", "Warning"},
    {"SyntaxWarning", "Warning"},
    {"RuntimeWarning", "Warning"},
    {"FutureWarning", "Warning"},
    {"ImportWarning", "Warning"},
    {"UnicodeWarning", "Warning"},
    {"BytesWarning", "Warning"},
    {"ResourceWarning", "Warning"},
};

} // namespace

void setup_types(Interp& I) {
    Types& t = I.t;
    // type and object refer to each other: made by hand.
    t.object = I.heap.make<ClassObj>("object");
    t.type = I.heap.make<ClassObj>("type");
    t.object->mro = {t.object.get()};
    t.object->is_builtin_type = true;
    t.object->builtin = Builtin::Object;
    t.object->metaclass = t.type;
    t.type->bases = {t.object};
    t.type->mro = {t.type.get(), t.object.get()};
    t.type->is_builtin_type = true;
    t.type->builtin = Builtin::Type;
    t.type->metaclass = t.type;
    t.object->dict->set(I, "__module__", I.str("builtins"));
    t.type->dict->set(I, "__module__", I.str("builtins"));

    t.int_ = make_builtin_type(I, "int", t.object, Builtin::Int);
    t.bool_ = make_builtin_type(I, "bool", t.int_, Builtin::Bool);
    t.float_ = make_builtin_type(I, "float", t.object, Builtin::Float);
    t.str = make_builtin_type(I, "str", t.object, Builtin::Str);
    t.bytes = make_builtin_type(I, "bytes", t.object, Builtin::Bytes);
    t.list = make_builtin_type(I, "list", t.object, Builtin::List);
    t.tuple = make_builtin_type(I, "tuple", t.object, Builtin::Tuple);
    t.dict = make_builtin_type(I, "dict", t.object, Builtin::Dict);
    t.set = make_builtin_type(I, "set", t.object, Builtin::Set);
    t.frozenset = make_builtin_type(I, "frozenset", t.object, Builtin::FrozenSet);
    t.range = make_builtin_type(I, "range", t.object, Builtin::Object);
    t.slice = make_builtin_type(I, "slice", t.object, Builtin::Object);
    t.none = make_builtin_type(I, "NoneType", t.object, Builtin::Object);
    t.not_implemented = make_builtin_type(I, "NotImplementedType", t.object, Builtin::Object);
    t.ellipsis = make_builtin_type(I, "ellipsis", t.object, Builtin::Object);
    t.function = make_builtin_type(I, "function", t.object, Builtin::Object);
    t.builtin_function = make_builtin_type(I, "builtin_function_or_method", t.object, Builtin::Object);
    t.method = make_builtin_type(I, "method", t.object, Builtin::Object);
    t.module = make_builtin_type(I, "module", t.object, Builtin::Object);
    t.cell = make_builtin_type(I, "cell", t.object, Builtin::Object);
    t.property = make_builtin_type(I, "property", t.object, Builtin::Object);
    t.classmethod = make_builtin_type(I, "classmethod", t.object, Builtin::Object);
    t.staticmethod = make_builtin_type(I, "staticmethod", t.object, Builtin::Object);
    t.super = make_builtin_type(I, "super", t.object, Builtin::Object);
    t.iterator = make_builtin_type(I, "iterator", t.object, Builtin::Object);
    t.dict_keys = make_builtin_type(I, "dict_keys", t.object, Builtin::Object);
    t.dict_values = make_builtin_type(I, "dict_values", t.object, Builtin::Object);
    t.dict_items = make_builtin_type(I, "dict_items", t.object, Builtin::Object);
    t.generator = make_builtin_type(I, "generator", t.object, Builtin::Object);

    for (const auto& [name, base] : kExceptions) {
        Ref<ClassObj> parent = base ? Ref<ClassObj>(t.exc(base)) : t.object;
        Ref<ClassObj> cls = make_builtin_type(I, name, parent, Builtin::BaseException);
        t.exceptions.emplace(name, cls);
    }
    t.base_exception = t.exc("BaseException");

    install_object_methods(I);
    install_constructors(I);
    install_str_methods(I);
    install_bytes_methods(I);
    install_number_methods(I);
    install_list_methods(I);
    install_dict_methods(I);
    install_set_methods(I);
    install_range_methods(I);
    install_generator_methods(I);
    install_dunder_methods(I);
}

} // namespace revlab::py
