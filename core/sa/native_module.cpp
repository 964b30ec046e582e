// `_revlab_sa`: what the SQLAlchemy emulation (core/sa/lib) needs from the host, and only that:
// run one SQL statement with bound parameters and get its rows, run it for many parameter sets,
// read a table's schema as SQLAlchemy's SQLite dialect reflects it, and know whether the run is
// offline. SQL text comes from the emulation's compiler; values cross as SQLite stores them
// (None, int, float, str, bytes), and the emulation's types convert them as SQLAlchemy's do.
#include "py/runtime/args.hpp"
#include "py/runtime/classes.hpp"
#include "sa/bind.hpp"
#include "sa/embedded.hpp"

namespace revlab::sa {

using py::Args;
using py::CallArgs;
using py::Interp;
using py::Value;

namespace {

// The Bind, reachable from every native through its `data` Value.
class BindHandle : public py::NativeObj {
public:
    BindHandle(py::Heap& h, py::Ref<py::ClassObj> klass, std::shared_ptr<Bind> b, Inspector i)
        : NativeObj(h, std::move(klass), sizeof(BindHandle)), bind(std::move(b)), inspector(std::move(i)) {}
    std::shared_ptr<Bind> bind;
    Inspector inspector;
};

const Inspector& inspector_of(const Value& data) {
    return static_cast<BindHandle*>(data.get<py::NativeObj>())->inspector;
}

Bind& bind_of(Interp& I, const Value& data) {
    BindHandle* h = static_cast<BindHandle*>(data.get<py::NativeObj>());
    if (h == nullptr || h->bind->db == nullptr)
        I.raise("RuntimeError", "there is no database connection here: SQLAlchemy's connection is available while "
                                "a migration runs (op.get_bind())");
    return *h->bind;
}


Value from_sql(Interp& I, const sqlite::Value& v) {
    switch (v.index()) {
    case 0:
        return Value();
    case 1:
        return Value::integer(std::get<std::int64_t>(v));
    case 2:
        return Value::floating(std::get<double>(v));
    case 3:
        return I.str(std::get<std::string>(v));
    default:
        return I.bytes(std::get<sqlite::Blob>(v).bytes);
    }
}

std::vector<Value> param_list(Interp& I, const Value& params) {
    if (params.is_none() || params.is_unbound()) return {};
    return I.to_vector(params);
}

// SQLite refused a statement: a Python exception the emulation's _dbapi.classify() turns into
// sqlite3's (IntegrityError, OperationalError, ...) and SQLAlchemy wraps, so scripts catch it.
[[noreturn]] void sql_error(Interp& I, const Error& e) {
    I.raise("RuntimeError", e.message());
}

// execute(sql, params=None) -> (keys | None, rows, rowcount, lastrowid)
Value sa_execute(Interp& I, const Value&, CallArgs& args, const Value& data) {
    Args a(I, args, "execute", {"sql", "params="});
    Bind& b = bind_of(I, data);
    const std::string sql = I.to_str(a[0]);
    std::vector<Value> params = param_list(I, a.get(1));
    if (b.offline) {
        if (!params.empty())
            I.raise("RuntimeError", "offline (--sql) statements cannot take parameters; render them as literals");
        if (b.emit) b.emit(sql);
        // The shadow schema follows DDL so that later operations can reflect it.
        try {
            b.db->exec(sql);
        } catch (const Error&) {
        }
        return I.tuple({Value(), I.list(), Value::integer(-1), Value()});
    }
    if (b.trace) b.trace(sql);
    try {
        sqlite::Statement stmt = b.db->prepare_cached(sql); // a data migration's per-row UPDATE is prepared once
        for (std::size_t i = 0; i < params.size(); ++i)
            stmt.bind(static_cast<int>(i + 1), to_sql(I, params[i], i + 1));
        std::vector<Value> rows;
        const int columns = stmt.column_count();
        while (stmt.step()) {
            I.step();
            std::vector<Value> row;
            row.reserve(static_cast<std::size_t>(columns));
            for (int c = 0; c < columns; ++c)
                row.push_back(from_sql(I, stmt.column(c)));
            rows.push_back(I.tuple(std::move(row)));
            if ((rows.size() & 1023) == 0) I.heap.reserve(rows.size() * sizeof(Value));
        }
        Value keys;
        if (columns > 0) {
            std::vector<Value> names;
            for (int c = 0; c < columns; ++c)
                names.push_back(I.str(stmt.column_name(c)));
            keys = I.list(std::move(names));
        }
        const std::int64_t rowcount = columns > 0 ? -1 : b.db->changes();
        const std::int64_t rowid = b.db->last_insert_rowid();
        return I.tuple({keys, I.list(std::move(rows)), Value::integer(rowcount), Value::integer(rowid)});
    } catch (const Error& e) {
        sql_error(I, e);
    }
}

// executemany(sql, seq_of_params) -> rowcount
Value sa_executemany(Interp& I, const Value&, CallArgs& args, const Value& data) {
    Args a(I, args, "executemany", {"sql", "seq_of_params"});
    Bind& b = bind_of(I, data);
    const std::string sql = I.to_str(a[0]);
    if (b.offline) I.raise("RuntimeError", "offline (--sql) statements cannot take parameters; render them as literals");
    if (b.trace) b.trace(sql);
    try {
        sqlite::Statement stmt = b.db->prepare(sql);
        std::int64_t total = 0;
        for (const Value& params : I.to_vector(a[1])) {
            I.step();
            stmt.reset();
            std::vector<Value> values = param_list(I, params);
            for (std::size_t i = 0; i < values.size(); ++i)
                stmt.bind(static_cast<int>(i + 1), to_sql(I, values[i], i + 1));
            while (stmt.step()) {
            }
            total += b.db->changes();
        }
        return Value::integer(total);
    } catch (const Error& e) {
        sql_error(I, e);
    }
}

Value sa_offline(Interp& I, const Value&, CallArgs& args, const Value& data) {
    py::no_args(I, args, "offline");
    BindHandle* h = static_cast<BindHandle*>(data.get<py::NativeObj>());
    return Value::boolean(h != nullptr && h->bind->offline);
}

Value sa_connected(Interp& I, const Value&, CallArgs& args, const Value& data) {
    py::no_args(I, args, "connected");
    BindHandle* h = static_cast<BindHandle*>(data.get<py::NativeObj>());
    return Value::boolean(h != nullptr && h->bind->db != nullptr);
}

// connect(url): the database a script's create_engine(url).connect() reaches. During a migration
// that is always the command's connection, whatever the URL says (as Flask-Migrate's env.py gives
// Alembic the app's engine).
Value sa_connect(Interp& I, const Value&, CallArgs& args, const Value& data) {
    Args a(I, args, "connect", {"url"});
    BindHandle* h = static_cast<BindHandle*>(data.get<py::NativeObj>());
    Bind& b = *h->bind;
    if (b.db == nullptr) {
        if (!b.open) I.raise("RuntimeError", "scripts cannot open databases here; use the migration's connection (op.get_bind())");
        b.db = b.open(I.to_str(a[0]));
    }
    return Value();
}

Value sa_table_names(Interp& I, const Value&, CallArgs& args, const Value& data) {
    py::no_args(I, args, "table_names");
    std::vector<Value> out;
    for (const std::string& n : inspector_of(data).table_names(*bind_of(I, data).db))
        out.push_back(I.str(n));
    return I.list(std::move(out));
}

// reflect(table) -> dict, or None for a table that does not exist (Inspector::reflect).
Value sa_reflect(Interp& I, const Value&, CallArgs& args, const Value& data) {
    Args a(I, args, "reflect", {"table"});
    Bind& b = bind_of(I, data);
    const std::string name = I.to_str(a[0]);
    if (!b.db->table_exists(name)) return Value();
    return inspector_of(data).reflect(I, *b.db, name);
}

} // namespace

sqlite::Value to_sql(Interp& I, const Value& v, std::size_t position) {
    if (v.is_none()) return std::monostate{};
    if (v.is_bool()) return static_cast<std::int64_t>(v.as_bool());
    if (v.is_int()) return v.as_int();
    if (v.is_float()) return v.as_float();
    if (const py::StrObj* s = v.get<py::StrObj>()) return s->text;
    if (const py::BytesObj* b = v.get<py::BytesObj>()) return sqlite::Blob{b->bytes};
    if (v.is(py::ObjType::BigInt)) I.raise("OverflowError", "Python int too large to convert to SQLite INTEGER");
    // Any other value goes through sqlite3's adapters, as in Python 3.11 (the default ones turn a
    // date or datetime into ISO text); the hook raises sqlite3's ProgrammingError for the rest:
    // "Error binding parameter 1: type 'dict' is not supported".
    const Value adapt = I.getattr(Value(I.import_module("sqlalchemy._dbapi")), "adapt");
    const Value adapted = I.call(adapt, {v, Value::integer(static_cast<std::int64_t>(position))});
    if (adapted.is_none() || adapted.is_int() || adapted.is_float() || adapted.get<py::StrObj>() ||
        adapted.get<py::BytesObj>())
        return to_sql(I, adapted, position);
    I.raise("TypeError", "an sqlite3 adapter returned a value SQLite cannot store");
}

void install(Interp& I, std::shared_ptr<Bind> bind, Inspector inspector) {
    for (const py::EmbeddedModule& m : sqlalchemy_sources())
        I.add_source_module(std::string(m.name), m.text, m.package);
    I.add_native_module("_revlab_sa", [bind, inspector](Interp& in, py::ModuleObj& m) {
        py::Ref<py::ClassObj> cls = in.heap.make<py::ClassObj>("Bind");
        cls->mro = {cls.get(), in.t.object.get()};
        cls->bases = {in.t.object};
        cls->metaclass = in.t.type;
        cls->is_native = true;
        Value handle(in.heap.make<BindHandle>(cls, bind, inspector));
        const std::pair<const char*, py::NativeFn> functions[] = {
            {"execute", sa_execute},         {"executemany", sa_executemany}, {"offline", sa_offline},
            {"connected", sa_connected},     {"table_names", sa_table_names}, {"reflect", sa_reflect},
            {"connect", sa_connect},
        };
        for (const auto& [name, fn] : functions)
            m.dict->set(in, name, in.builtin(name, fn, Value(), handle));
        m.dict->set(in, "sqlite_version", in.str(sqlite::library_version()));
    });
}

} // namespace revlab::sa
