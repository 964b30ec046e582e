// A minimal `io` module: StringIO and BytesIO, the in-memory files json.dump/json.load, csv-like
// helpers and logging handlers write to. Positions count code points (StringIO) or bytes
// (BytesIO); writing past the end pads with NULs, writing in the middle overwrites, as in Python.
#include "py/stdlib/native.hpp"
#include "py/stdlib/native_util.hpp"
#include "py/stdlib/regex.hpp"

namespace revlab::py {

namespace {

class MemoryFile : public NativeObj {
  public:
    MemoryFile(Heap& h, Ref<ClassObj> c, bool is_text)
        : NativeObj(h, std::move(c), sizeof(MemoryFile)), text(is_text) {}
    bool text;
    std::u32string chars; // StringIO
    std::string bytes;    // BytesIO
    std::size_t pos = 0;
    bool closed = false;
    std::size_t size() const { return text ? chars.size() : bytes.size(); }
};

MemoryFile& file(Interp& I, const Value& self, const char* method) {
    MemoryFile& f = native_self<MemoryFile>(I, self, method, "_io.StringIO");
    if (f.closed) I.value_error("I/O operation on closed file");
    return f;
}

Value make_value(Interp& I, const MemoryFile& f, std::size_t from, std::size_t n) {
    if (f.text) return I.str(regex::to_utf8(std::u32string_view(f.chars).substr(from, n)));
    return I.bytes(f.bytes.substr(from, n));
}

// StringIO.__new__(cls, initial_value='', newline='\n') and BytesIO.__new__(cls, initial_bytes=b'').
Value io_new(Interp& I, CallArgs& args, bool text) {
    Ref<ClassObj> cls(args.pos.at(0).as<ClassObj>());
    args.pos.erase(args.pos.begin());
    Args a(I, args, text ? "StringIO" : "BytesIO", {text ? "initial_value=" : "initial_bytes=", "newline="});
    Ref<MemoryFile> f = I.heap.make<MemoryFile>(cls, text);
    if (a.has(0) && !a[0].is_none()) {
        if (text) {
            const std::string* s = str_text(a[0]);
            if (s == nullptr) I.type_error("initial_value must be str or None, not " + I.type_name(a[0]));
            f->chars = regex::to_u32(*s);
        } else {
            f->bytes = binary_arg(I, a[0]);
        }
    }
    return Value(f);
}

Value stringio_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    return io_new(I, args, true);
}

Value bytesio_new(Interp& I, const Value&, CallArgs& args, const Value&) {
    return io_new(I, args, false);
}

Value io_write(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "write", {"s", "/"});
    MemoryFile& f = file(I, self, "write");
    std::size_t n = 0;
    if (f.text) {
        const std::string* s = str_text(a[0]);
        if (s == nullptr) I.type_error("string argument expected, got '" + I.type_name(a[0]) + "'");
        const std::u32string add = regex::to_u32(*s);
        if (f.pos > f.chars.size()) f.chars.resize(f.pos, U'\0');
        f.chars.replace(f.pos, std::min(add.size(), f.chars.size() - f.pos), add);
        n = add.size();
    } else {
        const std::string& add = binary_arg(I, a[0]);
        if (f.pos > f.bytes.size()) f.bytes.resize(f.pos, '\0');
        f.bytes.replace(f.pos, std::min(add.size(), f.bytes.size() - f.pos), add);
        n = add.size();
    }
    f.pos += n;
    I.heap.reserve(f.size() * (f.text ? 4 : 1));
    return Value::integer(static_cast<std::int64_t>(n));
}

Value io_writelines(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "writelines", {"lines", "/"});
    file(I, self, "writelines");
    I.for_each(a[0], [&](const Value& line) {
        I.call_method(self, "write", {line});
        return true;
    });
    return Value();
}

std::size_t size_arg(Interp& I, Args& a, std::size_t i, std::size_t fallback) {
    if (!a.has(i) || a[i].is_none()) return fallback;
    const std::int64_t n = I.index(a[i], "size");
    return n < 0 ? fallback : static_cast<std::size_t>(n);
}

Value io_read(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "read", {"size=", "/"});
    MemoryFile& f = file(I, self, "read");
    const std::size_t from = std::min(f.pos, f.size());
    const std::size_t n = std::min(size_arg(I, a, 0, f.size()), f.size() - from);
    f.pos = from + n;
    return make_value(I, f, from, n);
}

Value io_readline(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "readline", {"size=", "/"});
    MemoryFile& f = file(I, self, "readline");
    const std::size_t from = std::min(f.pos, f.size());
    const std::size_t limit = std::min(size_arg(I, a, 0, f.size()), f.size() - from);
    std::size_t n = 0;
    while (n < limit) {
        const bool newline = f.text ? f.chars[from + n] == U'\n' : f.bytes[from + n] == '\n';
        ++n;
        if (newline) break;
    }
    f.pos = from + n;
    return make_value(I, f, from, n);
}

Value io_readlines(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "readlines", {"hint=", "/"});
    file(I, self, "readlines");
    std::vector<Value> lines;
    while (true) {
        CallArgs none;
        Value line = io_readline(I, self, none, Value());
        if (I.len(line) == 0) break;
        lines.push_back(std::move(line));
    }
    return I.list(std::move(lines));
}

Value io_getvalue(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "getvalue");
    MemoryFile& f = file(I, self, "getvalue");
    return make_value(I, f, 0, f.size());
}

Value io_seek(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "seek", {"pos", "whence=", "/"});
    MemoryFile& f = file(I, self, "seek");
    const std::int64_t pos = I.index(a[0], "pos");
    const std::int64_t whence = a.has(1) ? I.index(a[1], "whence") : 0;
    if (whence == 0) {
        if (pos < 0) I.value_error("Negative seek position " + std::to_string(pos));
        f.pos = static_cast<std::size_t>(pos);
    } else if (whence == 1 || whence == 2) {
        if (pos != 0 && f.text) I.raise("OSError", "Can't do nonzero cur-relative seeks");
        const std::int64_t base =
            whence == 1 ? static_cast<std::int64_t>(f.pos) : static_cast<std::int64_t>(f.size());
        f.pos = static_cast<std::size_t>(std::max<std::int64_t>(0, base + pos));
    } else {
        I.value_error("Invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
    }
    return Value::integer(static_cast<std::int64_t>(f.pos));
}

Value io_tell(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "tell");
    return Value::integer(static_cast<std::int64_t>(file(I, self, "tell").pos));
}

Value io_truncate(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "truncate", {"size=", "/"});
    MemoryFile& f = file(I, self, "truncate");
    const std::size_t n = size_arg(I, a, 0, f.pos);
    if (n < f.size()) {
        if (f.text)
            f.chars.resize(n);
        else
            f.bytes.resize(n);
    }
    return Value::integer(static_cast<std::int64_t>(n));
}

Value io_close(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "close");
    native_self<MemoryFile>(I, self, "close", "_io.StringIO").closed = true;
    return Value();
}

Value io_closed(Interp& I, const Value&, CallArgs& args, const Value&) {
    return Value::boolean(native_self<MemoryFile>(I, args.pos.at(0), "closed", "_io.StringIO").closed);
}

Value io_true(Interp& I, const Value& self, CallArgs&, const Value&) {
    file(I, self, "readable");
    return Value::boolean(true);
}

Value io_flush(Interp& I, const Value& self, CallArgs&, const Value&) {
    file(I, self, "flush");
    return Value();
}

Value io_enter(Interp& I, const Value& self, CallArgs&, const Value&) {
    file(I, self, "__enter__");
    return self;
}

Value io_exit(Interp& I, const Value& self, CallArgs&, const Value&) {
    CallArgs none;
    return io_close(I, self, none, Value());
}

Value io_iter(Interp& I, const Value& self, CallArgs&, const Value&) {
    file(I, self, "__iter__");
    return self;
}

Value io_next(Interp& I, const Value& self, CallArgs&, const Value&) {
    CallArgs none;
    Value line = io_readline(I, self, none, Value());
    if (I.len(line) == 0) I.raise_value(I.make_exception(I.t.exc("StopIteration"), {}));
    return line;
}

Ref<ClassObj> file_class(Interp& I, const char* name) {
    Ref<ClassObj> cls = native_class(I, name, "_io");
    add_method(I, *cls, "write", io_write);
    add_method(I, *cls, "writelines", io_writelines);
    add_method(I, *cls, "read", io_read);
    add_method(I, *cls, "readline", io_readline);
    add_method(I, *cls, "readlines", io_readlines);
    add_method(I, *cls, "getvalue", io_getvalue);
    add_method(I, *cls, "seek", io_seek);
    add_method(I, *cls, "tell", io_tell);
    add_method(I, *cls, "truncate", io_truncate);
    add_method(I, *cls, "close", io_close);
    add_method(I, *cls, "flush", io_flush);
    add_method(I, *cls, "readable", io_true);
    add_method(I, *cls, "writable", io_true);
    add_method(I, *cls, "seekable", io_true);
    add_method(I, *cls, "__enter__", io_enter);
    add_method(I, *cls, "__exit__", io_exit);
    add_method(I, *cls, "__iter__", io_iter);
    add_method(I, *cls, "__next__", io_next);
    add_property(I, *cls, "closed", io_closed);
    return cls;
}

void init_io(Interp& I, ModuleObj& m) {
    DictObj& d = *m.dict;
    for (const bool text : {true, false}) {
        const char* name = text ? "StringIO" : "BytesIO";
        Ref<ClassObj> cls = file_class(I, name);
        add_staticmethod(I, *cls, "__new__", text ? stringio_new : bytesio_new);
        d.set(I, name, Value(cls));
    }
    d.set(I, "SEEK_SET", Value::integer(0));
    d.set(I, "SEEK_CUR", Value::integer(1));
    d.set(I, "SEEK_END", Value::integer(2));
    d.set(I, "UnsupportedOperation",
          Value(open_class(I, "UnsupportedOperation", "io",
                           {Ref<ClassObj>(I.t.exc("OSError")), Ref<ClassObj>(I.t.exc("ValueError"))})));
}

} // namespace

void register_io_module(Interp& I) {
    I.add_native_module("io", init_io);
}

} // namespace revlab::py
