#include "py/stdlib/native_util.hpp"

namespace revlab::py {

Ref<ClassObj> native_class(Interp& I, const std::string& name, const std::string& module) {
    Ref<ClassObj> cls = I.heap.make<ClassObj>(name);
    cls->mro = {cls.get(), I.t.object.get()};
    cls->bases = {I.t.object};
    cls->metaclass = I.t.type;
    cls->builtin = Builtin::Object;
    cls->is_builtin_type = true;
    cls->is_native = true;
    cls->dict->set(I, "__module__", I.str(module));
    return cls;
}

Ref<ClassObj> open_class(Interp& I, const std::string& name, const std::string& module,
                         std::vector<Ref<ClassObj>> bases) {
    Ref<DictObj> ns = I.dict();
    ns->set(I, "__module__", I.str(module));
    return make_class(I, I.t.type, name, std::move(bases), ns, {});
}

void add_property(Interp& I, ClassObj& cls, const std::string& name, NativeFn getter) {
    cls.dict->set(I, name,
                  Value(I.heap.make<PropertyObj>(I.builtin(name, getter), Value(), Value(), Value())));
}

const std::string* str_text(const Value& v) {
    if (const StrObj* s = builtin_self(v).get<StrObj>()) return &s->text;
    return nullptr;
}

const std::string* bytes_data(const Value& v) {
    if (const BytesObj* b = builtin_self(v).get<BytesObj>()) return &b->bytes;
    return nullptr;
}

// The data argument of an encoder or checksum: bytes-like only.
const std::string& binary_arg(Interp& I, const Value& v) {
    if (const std::string* b = bytes_data(v)) return *b;
    I.type_error("a bytes-like object is required, not '" + I.type_name(v) + "'");
}

// The data argument of a decoder: bytes, or a str of ASCII characters.
std::string ascii_arg(Interp& I, const Value& v, const char* type_message) {
    if (const std::string* b = bytes_data(v)) return *b;
    if (const std::string* s = str_text(v)) {
        for (char c : *s)
            if (static_cast<unsigned char>(c) >= 0x80)
                I.value_error("string argument should contain only ASCII characters");
        return *s;
    }
    I.type_error(std::string(type_message) + ", not '" + I.type_name(v) + "'");
}

} // namespace revlab::py
