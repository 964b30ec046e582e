// The schema layer (part of the operations suite): the SQL Revlab writes must be, byte for byte,
// what SQLAlchemy 1.4.46 and Alembic 1.8.1 write on SQLite, because SQLite keeps that text in
// sqlite_master and schemas are compared by it. Every expected string below was printed by the
// real tool through tests/conformance/schema_reference.py (/usr/bin/python3, Debian's packages);
// the section a case comes from is named next to it.
#include "schema/ddl.hpp"
#include "schema/pattern.hpp"
#include "schema/reflect.hpp"
#include "schema/table.hpp"
#include "sqlite/database.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

using namespace revlab;
using namespace revlab::schema;

namespace {

// --- Model builders, to write the cases compactly -----------------------------------------------

ColumnType type(std::string name) {
    ColumnType t;
    t.name = std::move(name);
    return t;
}
ColumnType sized(std::string name, long long length) {
    ColumnType t = type(std::move(name));
    t.length = length;
    return t;
}
ColumnType numeric(std::string name, std::optional<int> precision, std::optional<int> scale = std::nullopt) {
    ColumnType t = type(std::move(name));
    t.precision = precision;
    t.scale = scale;
    return t;
}
ColumnType enum_type(std::vector<std::string> values, std::optional<std::string> name = std::nullopt,
                     bool create_constraint = false) {
    ColumnType t = type("Enum");
    t.enum_values = std::move(values);
    t.enum_name = std::move(name);
    t.create_constraint = create_constraint;
    return t;
}
ColumnType boolean(bool create_constraint = false, std::optional<std::string> name = std::nullopt) {
    ColumnType t = type("Boolean");
    t.create_constraint = create_constraint;
    t.enum_name = std::move(name);
    return t;
}

Column col(std::string name, ColumnType t, bool nullable = true) {
    Column c;
    c.name = std::move(name);
    c.type = std::move(t);
    c.nullable = nullable;
    return c;
}
// sa.Column(name, type, primary_key=True): NOT NULL unless said otherwise.
Column pk_col(std::string name, ColumnType t) {
    Column c = col(std::move(name), std::move(t), false);
    c.primary_key = true;
    return c;
}
Column with_default(Column c, ServerDefault::Kind kind, std::string sql) {
    c.server_default = ServerDefault{kind, std::move(sql)};
    return c;
}
ForeignKey fk(std::vector<std::string> columns, std::string table, std::vector<std::string> referred,
              std::optional<std::string> name = std::nullopt) {
    ForeignKey f;
    f.name = std::move(name);
    f.columns = std::move(columns);
    f.referred_table = std::move(table);
    f.referred_columns = std::move(referred);
    return f;
}
Column with_fk(Column c, ForeignKey f) {
    if (f.columns.empty()) f.columns = {c.name};
    c.foreign_keys.push_back(std::move(f));
    return c;
}
Constraint unique(std::vector<std::string> columns, std::optional<std::string> name = std::nullopt) {
    Constraint c{Constraint::Kind::Unique, {}, {}, {}};
    c.unique = {std::move(name), std::move(columns)};
    return c;
}
Constraint foreign(ForeignKey f) {
    Constraint c{Constraint::Kind::ForeignKey, {}, {}, {}};
    c.foreign_key = std::move(f);
    return c;
}
Constraint check(std::string sql, std::optional<std::string> name = std::nullopt) {
    Constraint c{Constraint::Kind::Check, {}, {}, {}};
    c.check = {std::move(name), std::move(sql)};
    return c;
}
Index index(std::string name, std::string table, std::vector<std::string> columns, bool unique = false) {
    Index i;
    i.name = std::move(name);
    i.table = std::move(table);
    i.expressions = std::move(columns);
    i.is_expression.assign(i.expressions.size(), false);
    i.unique = unique;
    return i;
}
// Column(index=True[, unique=True]): SQLAlchemy's ix_<table>_<column>.
Column indexed(Column c, Table& t, bool unique_index = false) {
    c.index = true;
    c.unique = unique_index;
    t.indexes.push_back(index("ix_" + t.name + "_" + c.name, t.name, {c.name}, unique_index));
    return c;
}

sqlite::Database database(const std::vector<std::string>& setup) {
    sqlite::Database db(":memory:");
    for (const auto& sql : setup)
        db.exec(sql);
    return db;
}

// What batch mode would write for `name`: reflect it, render it back.
std::vector<std::string> reflected_sql(sqlite::Database& db, const std::string& name) {
    Table t = reflect_table(db, name);
    std::vector<std::string> out{create_table_sql(t)};
    for (const auto& i : t.indexes)
        out.push_back(create_index_sql(i));
    return out;
}

std::string error_of(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

} // namespace

// --- Types ----------------------------------------------------------------------------------------

TEST_CASE("column types render as SQLAlchemy's SQLite type compiler renders them", "[operations]") {
    // section "types": label, compiled type, _type_affinity
    auto collated = [](ColumnType t, std::string c) {
        t.collation = std::move(c);
        return t;
    };
    auto tz = type("DateTime");
    tz.timezone = true;
    auto enum_len = enum_type({"a"});
    enum_len.length = 20;
    auto enum_len_plain = enum_len;
    enum_len_plain.native_enum = false;
    struct Case {
        ColumnType t;
        std::string ddl, affinity;
    };
    std::vector<Case> cases = {
        {type("Integer"), "INTEGER", "integer"},
        {type("BigInteger"), "BIGINT", "integer"},
        {type("SmallInteger"), "SMALLINT", "integer"},
        {type("String"), "VARCHAR", "string"},
        {sized("String", 50), "VARCHAR(50)", "string"},
        {sized("String", 0), "VARCHAR", "string"},
        {collated(sized("String", 10), "NOCASE"), "VARCHAR(10) COLLATE \"NOCASE\"", "string"},
        {sized("Unicode", 20), "VARCHAR(20)", "string"},
        {type("Text"), "TEXT", "string"},
        {sized("Text", 5), "TEXT(5)", "string"},
        {type("UnicodeText"), "TEXT", "string"},
        {type("Boolean"), "BOOLEAN", "boolean"},
        {type("Date"), "DATE", "date"},
        {tz, "DATETIME", "datetime"},
        {type("Time"), "TIME", "time"},
        {type("Interval"), "DATETIME", "interval"},
        {type("Float"), "FLOAT", "numeric"},
        {numeric("Float", 10), "FLOAT", "numeric"},
        {type("Numeric"), "NUMERIC", "numeric"},
        {numeric("Numeric", 10), "NUMERIC(10)", "numeric"},
        {numeric("Numeric", 10, 2), "NUMERIC(10, 2)", "numeric"},
        {numeric("Numeric", std::nullopt, 2), "NUMERIC", "numeric"},
        {type("LargeBinary"), "BLOB", "binary"},
        {sized("LargeBinary", 10), "BLOB", "binary"},
        {type("JSON"), "JSON", "json"},
        {type("PickleType"), "BLOB", "binary"},
        {enum_type({"a", "bcd"}), "VARCHAR(3)", "string"},
        {enum_type({}), "VARCHAR", "string"},
        {enum_len, "VARCHAR(1)", "string"},
        {enum_len_plain, "VARCHAR(20)", "string"},
        {enum_type({"\xc3\xa9", "ab"}), "VARCHAR(2)", "string"}, // len() counts characters
        {type("INTEGER"), "INTEGER", "integer"},
        {type("BIGINT"), "BIGINT", "integer"},
        {type("SMALLINT"), "SMALLINT", "integer"},
        {type("VARCHAR"), "VARCHAR", "string"},
        {sized("VARCHAR", 5), "VARCHAR(5)", "string"},
        {sized("NVARCHAR", 5), "NVARCHAR(5)", "string"},
        {type("CHAR"), "CHAR", "string"},
        {sized("CHAR", 3), "CHAR(3)", "string"},
        {sized("NCHAR", 2), "NCHAR(2)", "string"},
        {type("TEXT"), "TEXT", "string"},
        {type("CLOB"), "CLOB", "string"},
        {sized("CLOB", 5), "CLOB", "string"},
        {type("BLOB"), "BLOB", "binary"},
        {type("BINARY"), "BINARY", "binary"},
        {sized("BINARY", 4), "BINARY(4)", "binary"},
        {sized("VARBINARY", 4), "VARBINARY(4)", "binary"},
        {type("BOOLEAN"), "BOOLEAN", "boolean"},
        {type("DATE"), "DATE", "date"},
        {type("DATETIME"), "DATETIME", "datetime"},
        {type("TIMESTAMP"), "TIMESTAMP", "datetime"},
        {type("TIME"), "TIME", "time"},
        {type("REAL"), "REAL", "numeric"},
        {type("FLOAT"), "FLOAT", "numeric"},
        {numeric("NUMERIC", 5, 1), "NUMERIC(5, 1)", "numeric"},
        {type("DECIMAL"), "DECIMAL", "numeric"},
        {numeric("DECIMAL", 5), "DECIMAL(5)", "numeric"},
        {numeric("DECIMAL", 5, 2), "DECIMAL(5, 2)", "numeric"},
        {collated(sized("CHAR", 3), "x"), "CHAR(3) COLLATE \"x\"", "string"},
        {collated(type("TEXT"), "x"), "TEXT COLLATE \"x\"", "string"},
        {collated(type("NVARCHAR"), "a\"b"), "NVARCHAR COLLATE \"a\"b\"", "string"}, // not escaped
    };
    for (const auto& c : cases) {
        INFO(c.t.name);
        CHECK(c.t.ddl() == c.ddl);
        CHECK(c.t.affinity() == c.affinity);
    }
}

TEST_CASE("a column without a type cannot be rendered, as in SQLAlchemy", "[operations]") {
    CHECK(error_of([] { (void)type("NullType").ddl(); }) ==
          "Can't generate DDL for NullType(); did you forget to specify a type on this Column?");
    Table t;
    t.name = "n";
    t.columns = {col("a", type("NullType")), col("b", type("INTEGER"))};
    // section "reflect", case no_type_column
    CHECK(
        error_of([&] { create_table_sql(t); }) ==
        "(in table 'n', column 'a'): Can't generate DDL for NullType(); did you forget to specify a type on "
        "this Column?");
}

TEST_CASE("declared types reflect through SQLite's affinity rules as SQLAlchemy resolves them",
          "[operations]") {
    // section "declared": declared type, reflected class, its DDL ("ERROR" for NullType)
    struct Case {
        std::string declared, cls, ddl;
    };
    std::vector<Case> cases = {
        {"INTEGER", "INTEGER", "INTEGER"},
        {"int", "INTEGER", "INTEGER"},
        {"BIGINT", "BIGINT", "BIGINT"},
        {"UNSIGNED BIG INT", "INTEGER", "INTEGER"},
        {"TINYINT", "INTEGER", "INTEGER"},
        {"MEDIUMINT", "INTEGER", "INTEGER"},
        {"INT2", "INTEGER", "INTEGER"},
        {"INT8", "INTEGER", "INTEGER"},
        {"VARCHAR(45)", "VARCHAR", "VARCHAR(45)"},
        {"varchar(45)", "VARCHAR", "VARCHAR(45)"},
        {"VARCHAR (45)", "TEXT", "TEXT(45)"},
        {"CHARACTER(20)", "TEXT", "TEXT(20)"},
        {"NCHAR(55)", "NCHAR", "NCHAR(55)"},
        {"NATIVE CHARACTER(70)", "TEXT", "TEXT(70)"},
        {"NVARCHAR(100)", "NVARCHAR", "NVARCHAR(100)"},
        {"TEXT", "TEXT", "TEXT"},
        {"CLOB", "TEXT", "TEXT"},
        {"BLOB", "BLOB", "BLOB"},
        {"", "NullType", "ERROR"},
        {"REAL", "REAL", "REAL"},
        {"DOUBLE", "FLOAT", "FLOAT"},
        {"DOUBLE PRECISION", "REAL", "REAL"},
        {"FLOAT", "FLOAT", "FLOAT"},
        {"FLOAT(53)", "FLOAT", "FLOAT"},
        {"NUMERIC", "NUMERIC", "NUMERIC"},
        {"DECIMAL(10,5)", "DECIMAL", "DECIMAL(10, 5)"},
        {"DECIMAL(10, 5)", "DECIMAL", "DECIMAL(10, 5)"},
        {"NUMERIC(10, 2)", "NUMERIC", "NUMERIC(10, 2)"},
        {"BOOLEAN", "BOOLEAN", "BOOLEAN"},
        {"BOOL", "BOOLEAN", "BOOLEAN"},
        {"DATE", "DATE", "DATE"},
        {"DATETIME", "DATETIME", "DATETIME"},
        {"DATETIME(6)", "DATETIME", "DATETIME"},
        {"TIMESTAMP", "TIMESTAMP", "TIMESTAMP"},
        {"TIME", "TIME", "TIME"},
        {"DATE_CHAR", "DATE", "DATE"},
        {"DATETIME_CHAR", "DATETIME", "DATETIME"},
        {"TIME_CHAR", "TIME", "TIME"},
        {"JSON", "JSON", "JSON"},
        {"XBLOB", "NullType", "ERROR"},
        {"INTEGER(11)", "INTEGER", "INTEGER"},
        {"VARCHAR(10, 5)", "VARCHAR", "VARCHAR(10) COLLATE \"5\""},
        {"CHAR(1)", "CHAR", "CHAR(1)"},
        {"REAL(5, 2)", "REAL", "REAL"},
        {"FLOATING POINT", "INTEGER", "INTEGER"}, // "INT" in "POINT" wins first
        {"MONEY", "NUMERIC", "NUMERIC"},
        {"STRING", "NUMERIC", "NUMERIC"},
        {"VARCHAR(", "VARCHAR", "VARCHAR"},
        {"(10)", "NullType", "ERROR"},
        {"TEXT(10)", "TEXT", "TEXT(10)"},
        {"BLOB(10)", "BLOB", "BLOB"},
        {"DATE(1)", "DATE", "DATE"},
        {"JSON(1)", "JSON", "JSON"},
        {"NVARCHAR(1, 2)", "NVARCHAR", "NVARCHAR"},
        {"NUMERIC(1,2,3,4,5)", "NUMERIC", "NUMERIC"},
        {"TIMESTAMP(3)", "TIMESTAMP", "TIMESTAMP"},
        {"BOOLEAN(1)", "BOOLEAN", "BOOLEAN"},
        {"BOOLEAN(0)", "BOOLEAN", "BOOLEAN"},
        {"VARCHAR(10) NOT", "VARCHAR", "VARCHAR(10)"},
        {"INT\n(5)", "INTEGER", "INTEGER"},
        {"DEC(5)", "NUMERIC", "NUMERIC(5)"},
        {"CHAR(1)(2)", "CHAR", "CHAR(1)"},
        {"\xc3\xa9(3)", "NUMERIC", "NUMERIC(3)"},
    };
    for (const auto& c : cases) {
        INFO("declared: " << c.declared);
        ColumnType t = reflected_type(c.declared);
        CHECK(t.name == c.cls);
        if (c.ddl == "ERROR")
            CHECK_THROWS_AS(t.ddl(), Error);
        else
            CHECK(t.ddl() == c.ddl);
    }
    CHECK(reflected_type("DATETIME(6)").timezone);         // DATETIME(timezone=6)
    CHECK(reflected_type("BOOLEAN(1)").create_constraint); // BOOLEAN(create_constraint=1)
    CHECK(reflected_type("NUMERIC(10, 2)") == numeric("NUMERIC", 10, 2));
}

// --- CREATE TABLE -------------------------------------------------------------------------------

TEST_CASE("op.create_table renders the guide's user_visits table as Alembic does", "[operations]") {
    Table t;
    t.name = "user_visits";
    t.columns = {col("id", type("Integer"), false), col("ip", sized("String", 45)),
                 col("user_agent", sized("String", 255)), col("timestamp", type("DateTime"))};
    t.primary_key = PrimaryKey{std::nullopt, {"id"}};
    // section "tables", case visits
    CHECK(create_table_sql(t) ==
          "\nCREATE TABLE user_visits (\n\tid INTEGER NOT NULL, \n\tip VARCHAR(45), \n\t"
          "user_agent VARCHAR(255), \n\ttimestamp DATETIME, \n\tPRIMARY KEY (id)\n)\n\n");
    t.columns[0].primary_key = true; // the same key declared on the column instead
    t.primary_key.reset();
    CHECK(create_table_sql(t) ==
          "\nCREATE TABLE user_visits (\n\tid INTEGER NOT NULL, \n\tip VARCHAR(45), \n\t"
          "user_agent VARCHAR(255), \n\ttimestamp DATETIME, \n\tPRIMARY KEY (id)\n)\n\n");
}

TEST_CASE("server defaults: a string is quoted, text() is verbatim, an expression gets parentheses",
          "[operations]") {
    Table t;
    t.name = "d";
    t.columns = {
        pk_col("id", type("Integer")),
        with_default(col("s", sized("String", 10)), ServerDefault::Kind::Literal, "'it''s'"), // "it's"
        with_default(col("t", type("DateTime")), ServerDefault::Kind::Expression, "CURRENT_TIMESTAMP"),
        with_default(col("u", type("Integer")), ServerDefault::Kind::Text, "1 + 1"),
        with_default(col("v", type("String")), ServerDefault::Kind::Text, "':x' || 'a\\:b'"),
        with_default(col("w", type("Boolean"), false), ServerDefault::Kind::Expression, "0"), // sa.false()
        with_default(col("x", type("Date")), ServerDefault::Kind::Expression, "CURRENT_DATE"),
    };
    // section "tables", case defaults (SQLite then refuses "DEFAULT 1 + 1", as it does for Alembic)
    CHECK(create_table_sql(t) ==
          "\nCREATE TABLE d (\n\tid INTEGER NOT NULL, \n\ts VARCHAR(10) DEFAULT 'it''s', \n\tt DATETIME "
          "DEFAULT "
          "(CURRENT_TIMESTAMP), \n\tu INTEGER DEFAULT 1 + 1, \n\tv VARCHAR DEFAULT 'NULL' || 'a:b', \n\tw "
          "BOOLEAN "
          "DEFAULT (0) NOT NULL, \n\tx DATE DEFAULT (CURRENT_DATE), \n\tPRIMARY KEY (id)\n)\n\n");
    t.columns = {with_default(col("n", numeric("Numeric", 10, 2)), ServerDefault::Kind::Text, "0")};
    CHECK(server_default_sql(*t.columns[0].server_default) == "0");
}

TEST_CASE("text() is compiled as SQLAlchemy compiles it: bind parameters become NULL", "[operations]") {
    // From CheckConstraint(text) through SQLAlchemy 1.4.46's compiler with literal_binds.
    CHECK(render_text_clause("a = :x$y") == "a = ?");
    CHECK(render_text_clause("a = :x") == "a = NULL");
    CHECK(render_text_clause("a=:1") == "a=NULL");
    CHECK(render_text_clause(":ab:") == ":ab:");
    CHECK(render_text_clause("x::y") == "x::y");
    CHECK(render_text_clause("a \\:x") == "a :x");
    CHECK(render_text_clause("a \\:x:") == "a \\:x:");
    CHECK(render_text_clause("a \\::") == "a \\::");
    CHECK(render_text_clause("\\:") == ":");
    CHECK(render_text_clause("a=:x and b=:x") == "a=NULL and b=NULL");
    CHECK(render_text_clause("'12:30'") == "'12:30'");
    CHECK(render_text_clause("'a::b'") == "'a::b'");
    CHECK(render_text_clause("'%'") == "'%'");
}

TEST_CASE("column-level constraints follow the explicit ones, column by column", "[operations]") {
    // op.create_table('t', Column('id', Integer, nullable=False),
    //     Column('a', Integer, ForeignKey('p.id'), unique=True), Column('b',
    //     Boolean(create_constraint=True)), Column('c', Integer, unique=True, index=True), Column('e',
    //     Enum('x', 'yy', name='en', create_constraint=True)), Column('d', Integer, ForeignKey('p.id')),
    //     CheckConstraint('a > 0'), UniqueConstraint('b', name='uq_b'), PrimaryKeyConstraint('id'),
    //     ForeignKeyConstraint(['d'], ['p.id'], name='fk_d'))
    Table t;
    t.name = "t";
    Column a = with_fk(col("a", type("Integer")), fk({}, "p", {"id"}));
    a.unique = true;
    t.columns = {col("id", type("Integer"), false), a, col("b", boolean(true))};
    t.columns.push_back(indexed(col("c", type("Integer")), t, true));
    t.columns.push_back(col("e", enum_type({"x", "yy"}, "en", true)));
    t.columns.push_back(with_fk(col("d", type("Integer")), fk({}, "p", {"id"})));
    t.constraints = {check("a > 0"), unique({"b"}, "uq_b"), foreign(fk({"d"}, "p", {"id"}, "fk_d"))};
    t.primary_key = PrimaryKey{std::nullopt, {"id"}};
    // section "tables", case column_level_order
    CHECK(create_table_sql(t) ==
          "\nCREATE TABLE t (\n\tid INTEGER NOT NULL, \n\ta INTEGER, \n\tb BOOLEAN, \n\tc INTEGER, \n\te "
          "VARCHAR(2), "
          "\n\td INTEGER, \n\tPRIMARY KEY (id), \n\tCHECK (a > 0), \n\tCONSTRAINT uq_b UNIQUE (b), "
          "\n\tCONSTRAINT fk_d "
          "FOREIGN KEY(d) REFERENCES p (id), \n\tUNIQUE (a), \n\tFOREIGN KEY(a) REFERENCES p (id), \n\tCHECK "
          "(b IN "
          "(0, 1)), \n\tCONSTRAINT en CHECK (e IN ('x', 'yy')), \n\tFOREIGN KEY(d) REFERENCES p (id)\n)\n\n");
    REQUIRE(t.indexes.size() == 1);
    CHECK(create_index_sql(t.indexes[0]) == "CREATE UNIQUE INDEX ix_t_c ON t (c)");

    // Reflected back (with p present), the two keys on d are one, and the order becomes
    // FOREIGN KEYs, UNIQUEs, CHECKs. Section "roundtrip", case column_level_order.
    auto db = database(
        {"CREATE TABLE p (id INTEGER PRIMARY KEY)", create_table_sql(t), create_index_sql(t.indexes[0])});
    CHECK(reflected_sql(db, "t") ==
          std::vector<std::string>{
              "\nCREATE TABLE t (\n\tid INTEGER NOT NULL, \n\ta INTEGER, \n\tb BOOLEAN, \n\tc INTEGER, \n\te "
              "VARCHAR(2), \n\td INTEGER, \n\tPRIMARY KEY (id), \n\tCONSTRAINT fk_d FOREIGN KEY(d) "
              "REFERENCES p (id), "
              "\n\tFOREIGN KEY(a) REFERENCES p (id), \n\tCONSTRAINT uq_b UNIQUE (b), \n\tUNIQUE (a), "
              "\n\tCHECK (a > 0), "
              "\n\tCHECK (b IN (0, 1)), \n\tCONSTRAINT en CHECK (e IN ('x', 'yy'))\n)\n\n",
              "CREATE UNIQUE INDEX ix_t_c ON t (c)"});
}

TEST_CASE("identifiers are quoted as SQLAlchemy quotes them, and foreign key options are kept",
          "[operations]") {
    Table t;
    t.name = "T x";
    ForeignKey zfk = fk({}, "p", {"id"});
    zfk.ondelete = "CASCADE";
    zfk.onupdate = "SET NULL";
    zfk.deferrable = true;
    zfk.deferrable_initially = "DEFERRED";
    Column z = with_fk(col("z", boolean(true, "ck_z")), zfk);
    z.unique = true;
    ForeignKey ofk = fk({}, "P", {"Id"}, "fk_o");
    ofk.match = "FULL";
    t.columns = {pk_col("Id", type("Integer")), z,
                 with_fk(col("order", enum_type({"it's", "b\"c"}, std::nullopt, true)), ofk)};
    ForeignKey composite = fk({"z", "order"}, "Other T", {"a", "b"});
    composite.deferrable = false;
    t.constraints = {unique({"z", "order"}), foreign(composite)};
    // section "tables", case quoting_and_fk_options
    CHECK(create_table_sql(t) ==
          "\nCREATE TABLE \"T x\" (\n\t\"Id\" INTEGER NOT NULL, \n\tz BOOLEAN, \n\t\"order\" VARCHAR(4), "
          "\n\tPRIMARY "
          "KEY (\"Id\"), \n\tUNIQUE (z, \"order\"), \n\tFOREIGN KEY(z, \"order\") REFERENCES \"Other T\" (a, "
          "b) NOT "
          "DEFERRABLE, \n\tUNIQUE (z), \n\tCONSTRAINT ck_z CHECK (z IN (0, 1)), \n\tFOREIGN KEY(z) "
          "REFERENCES p (id) "
          "ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED, \n\tCHECK (\"order\" IN "
          "('it''s', "
          "'b\"c')), \n\tCONSTRAINT fk_o FOREIGN KEY(\"order\") REFERENCES \"P\" (\"Id\") MATCH FULL\n)\n\n");

    Table r;
    r.name = "select";
    r.columns = {pk_col("from", type("Integer")), col("Group", sized("String", 1)),
                 col("a b", type("Integer")),     col("q\"t", type("Integer")),
                 col("1st", type("Integer")),     col("$x", type("Integer")),
                 col("x$", type("Integer")),      col("\xc3\xbcn\xc3\xaf", type("Integer"))};
    r.constraints = {unique({"Group", "a b"}, "Uq"), check("\"from\" > 0", "check")};
    r.indexes = {index("ix_select_group", "select", {"Group"})};
    // section "tables", case reserved_words
    const std::string created = "\nCREATE TABLE \"select\" (\n\t\"from\" INTEGER NOT NULL, \n\t\"Group\" "
                                "VARCHAR(1), \n\t\"a b\" INTEGER, "
                                "\n\t\"q\"\"t\" INTEGER, \n\t\"1st\" INTEGER, \n\t\"$x\" INTEGER, \n\tx$ "
                                "INTEGER, \n\t\"\xc3\xbcn\xc3\xaf\" "
                                "INTEGER, \n\tPRIMARY KEY (\"from\"), \n\tCONSTRAINT \"Uq\" UNIQUE "
                                "(\"Group\", \"a b\"), \n\tCONSTRAINT "
                                "\"check\" CHECK (\"from\" > 0)\n)\n\n";
    CHECK(create_table_sql(r) == created);
    CHECK(create_index_sql(r.indexes[0]) == "CREATE INDEX ix_select_group ON \"select\" (\"Group\")");
    // Section "roundtrip", case reserved_words: the same text comes back.
    auto db = database({created, create_index_sql(r.indexes[0])});
    CHECK(reflected_sql(db, "select") ==
          std::vector<std::string>{created, "CREATE INDEX ix_select_group ON \"select\" (\"Group\")"});
    Table back = reflect_table(db, "select");
    REQUIRE(back.constraints.size() == 2);
    CHECK(back.constraints[0].unique == UniqueConstraint{"Uq", {"Group", "a b"}});
    CHECK(back.constraints[1].check == CheckConstraint{"check", "\"from\" > 0"});
}

TEST_CASE("primary keys: implicit, explicit, named, composite and sqlite_autoincrement", "[operations]") {
    Table c;
    c.name = "c";
    c.columns = {pk_col("b", type("Integer")), pk_col("a", sized("String", 3)), col("v", type("Text"))};
    // section "tables", case composite_pk
    const std::string composite =
        "\nCREATE TABLE c (\n\tb INTEGER NOT NULL, \n\ta VARCHAR(3) NOT NULL, \n\tv TEXT, "
        "\n\tPRIMARY KEY (b, a)\n)\n\n";
    CHECK(create_table_sql(c) == composite);
    auto db = database({composite});
    CHECK(reflected_sql(db, "c") == std::vector<std::string>{composite});

    Table e;
    e.name = "c";
    e.columns = {col("a", type("Integer"), false), col("b", type("Integer"), false)};
    e.primary_key = PrimaryKey{"Pk C", {"b", "a"}};
    // section "tables", case composite_pk_explicit_order; reflection cannot see a quoted PK name
    const std::string named =
        "\nCREATE TABLE c (\n\ta INTEGER NOT NULL, \n\tb INTEGER NOT NULL, \n\tCONSTRAINT "
        "\"Pk C\" PRIMARY KEY (b, a)\n)\n\n";
    CHECK(create_table_sql(e) == named);
    auto db2 = database({named});
    CHECK(reflected_sql(db2, "c") ==
          std::vector<std::string>{"\nCREATE TABLE c (\n\ta INTEGER NOT NULL, \n\tb INTEGER NOT NULL, "
                                   "\n\tPRIMARY KEY (b, a)\n)\n\n"});

    Table n;
    n.name = "n";
    n.columns = {col("x", type("Integer")), col("y", type("Integer"))};
    CHECK(create_table_sql(n) == "\nCREATE TABLE n (\n\tx INTEGER, \n\ty INTEGER\n)\n\n"); // case no_pk

    Table a;
    a.name = "a";
    a.sqlite_autoincrement = true;
    a.columns = {pk_col("id", type("Integer")), col("x", sized("String", 5))};
    // section "tables", case autoincrement; reflection does not see AUTOINCREMENT (case autoincrement)
    const std::string autoinc =
        "\nCREATE TABLE a (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n\tx VARCHAR(5)\n)\n\n";
    CHECK(create_table_sql(a) == autoinc);
    auto db3 = database({autoinc});
    CHECK(reflected_sql(db3, "a") ==
          std::vector<std::string>{
              "\nCREATE TABLE a (\n\tid INTEGER NOT NULL, \n\tx VARCHAR(5), \n\tPRIMARY KEY "
              "(id)\n)\n\n"});
    CHECK(table_names(db3) == std::vector<std::string>{"a"}); // sqlite_sequence is not a user table

    // case autoincrement_named_pk: the inline key swallows the constraint's name
    Table big;
    big.name = "a";
    big.sqlite_autoincrement = true;
    big.columns = {col("id", type("BigInteger"), false)};
    big.primary_key = PrimaryKey{"pk_a", {"id"}};
    CHECK(create_table_sql(big) ==
          "\nCREATE TABLE a (\n\tid BIGINT NOT NULL PRIMARY KEY AUTOINCREMENT\n)\n\n");

    // case autoincrement_with_fk: a foreign key keeps the key at table level
    Table withfk;
    withfk.name = "a";
    withfk.sqlite_autoincrement = true;
    withfk.columns = {with_fk(pk_col("id", type("Integer")), fk({}, "b", {"id"}))};
    CHECK(create_table_sql(withfk) == "\nCREATE TABLE a (\n\tid INTEGER NOT NULL, \n\tPRIMARY KEY (id), \n\t"
                                      "FOREIGN KEY(id) REFERENCES b (id)\n)\n\n");
    withfk.columns[0].foreign_keys.clear();
    withfk.constraints = {foreign(fk({"id"}, "b", {"id"}))}; // a table-level key counts as well
    CHECK(create_table_sql(withfk) == "\nCREATE TABLE a (\n\tid INTEGER NOT NULL, \n\tPRIMARY KEY (id), \n\t"
                                      "FOREIGN KEY(id) REFERENCES b (id)\n)\n\n");

    // case autoincrement_not_integer
    Table str;
    str.name = "a";
    str.sqlite_autoincrement = true;
    str.columns = {pk_col("id", sized("String", 5))};
    CHECK(create_table_sql(str) ==
          "\nCREATE TABLE a (\n\tid VARCHAR(5) NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n");

    // autoincrement=True on a composite key is a CompileError in SQLAlchemy's SQLite dialect
    c.columns[0].autoincrement = true;
    CHECK(error_of([&] { create_table_sql(c); }) ==
          "(in table 'c', column 'b'): SQLite does not support autoincrement for composite primary keys");
}

TEST_CASE("Enum and Boolean CHECKs are named after the type and cope with odd values", "[operations]") {
    Table t;
    t.name = "e";
    t.columns = {col("e", enum_type({"a", "b"}, "Mood", true)), col("f", enum_type({}, std::nullopt, true)),
                 col("g", enum_type({"x", "yz"}))};
    // section "tables", case enum_named (SQLite then refuses the subquery, as it does for Alembic)
    CHECK(create_table_sql(t) ==
          "\nCREATE TABLE e (\n\te VARCHAR(1), \n\tf VARCHAR, \n\tg VARCHAR(2), \n\t"
          "CONSTRAINT \"Mood\" CHECK (e IN ('a', 'b')), \n\tCHECK (f IN (SELECT 1 FROM "
          "(SELECT 1) WHERE 1!=1))\n)\n\n");
}

TEST_CASE("foreign key phrases are checked as SQLAlchemy checks them", "[operations]") {
    Table t;
    t.name = "t";
    ForeignKey bad = fk({}, "p", {"id"});
    bad.ondelete = "CASCADES";
    t.columns = {with_fk(col("a", type("Integer")), bad)};
    CHECK(error_of([&] { create_table_sql(t); }) ==
          "Unexpected SQL phrase: 'CASCADES' (matching against '^(?:RESTRICT|CASCADE|SET NULL|NO ACTION|SET "
          "DEFAULT)$')");
    t.columns[0].foreign_keys[0].ondelete = "set null"; // any case, kept as written
    t.columns[0].foreign_keys[0].deferrable_initially = "immediate";
    CHECK(create_table_sql(t) ==
          "\nCREATE TABLE t (\n\ta INTEGER, \n\tFOREIGN KEY(a) REFERENCES p (id) ON DELETE "
          "set null INITIALLY immediate\n)\n\n");
}

// --- Indexes and ALTERs ---------------------------------------------------------------------------

TEST_CASE("indexes: column lists, expressions and partial WHERE clauses", "[operations]") {
    Table t;
    t.name = "i";
    t.columns = {pk_col("id", type("Integer")), col("x", type("Integer")), col("Y", sized("String", 5))};
    t.columns.push_back(indexed(col("z", type("Integer")), t));
    t.columns.push_back(indexed(col("w", type("Integer")), t, true));
    Index multi = index("ix_multi", "i", {"x", "Y"});
    Index expr = index("Ix Expr", "i", {"x", "lower(\"Y\")"}, true);
    expr.is_expression = {false, true};
    expr.where = "x > 5";
    Index partial = index("ix_i_x", "i", {"x"});
    partial.where = "x = :v OR x = 1";
    // section "tables", case indexes
    const std::string created =
        "\nCREATE TABLE i (\n\tid INTEGER NOT NULL, \n\tx INTEGER, \n\t\"Y\" VARCHAR(5), "
        "\n\tz INTEGER, \n\tw INTEGER, \n\tPRIMARY KEY (id)\n)\n\n";
    CHECK(create_table_sql(t) == created);
    CHECK(create_index_sql(t.indexes[0]) == "CREATE INDEX ix_i_z ON i (z)");
    CHECK(create_index_sql(t.indexes[1]) == "CREATE UNIQUE INDEX ix_i_w ON i (w)");
    CHECK(create_index_sql(multi) == "CREATE INDEX ix_multi ON i (x, \"Y\")");
    CHECK(create_index_sql(expr) == "CREATE UNIQUE INDEX \"Ix Expr\" ON i (x, lower(\"Y\")) WHERE x > 5");
    CHECK(create_index_sql(partial) == "CREATE INDEX ix_i_x ON i (x) WHERE x = NULL OR x = 1");
    CHECK(drop_index_sql("Ix Expr") == "\nDROP INDEX \"Ix Expr\"");

    // section "roundtrip", case indexes: sorted by name, the expression index left out
    auto db = database({created, create_index_sql(t.indexes[0]), create_index_sql(t.indexes[1]),
                        create_index_sql(multi), create_index_sql(expr), create_index_sql(partial)});
    CHECK(reflected_sql(db, "i") ==
          std::vector<std::string>{created, "CREATE UNIQUE INDEX ix_i_w ON i (w)",
                                   "CREATE INDEX ix_i_x ON i (x) WHERE x = NULL OR x = 1",
                                   "CREATE INDEX ix_i_z ON i (z)", "CREATE INDEX ix_multi ON i (x, \"Y\")"});
}

TEST_CASE("Alembic's SQLite ALTER statements", "[operations]") {
    // section "alters"
    Column added =
        with_default(col("New Col", sized("String", 10), false), ServerDefault::Kind::Literal, "'a''b'");
    added.unique = true; // neither UNIQUE nor PRIMARY KEY is part of ADD COLUMN
    added.index = true;
    CHECK(add_column_sql("Tab", added) ==
          "ALTER TABLE \"Tab\" ADD COLUMN \"New Col\" VARCHAR(10) DEFAULT 'a''b' NOT NULL");
    Column n2 = with_default(pk_col("n2", type("Integer")), ServerDefault::Kind::Text, "0");
    CHECK(add_column_sql("Tab", n2) == "ALTER TABLE \"Tab\" ADD COLUMN n2 INTEGER DEFAULT 0 NOT NULL");
    CHECK(add_column_sql("Tab", col("b", boolean(true))) == "ALTER TABLE \"Tab\" ADD COLUMN b BOOLEAN");
    CHECK(add_column_sql("Tab", with_default(col("c", type("DateTime")), ServerDefault::Kind::Expression,
                                             "CURRENT_TIMESTAMP")) ==
          "ALTER TABLE \"Tab\" ADD COLUMN c DATETIME DEFAULT (CURRENT_TIMESTAMP)");
    CHECK(rename_column_sql("Tab", "x", "select") == "ALTER TABLE \"Tab\" RENAME x TO \"select\"");
    CHECK(drop_index_sql("ix_Tab_New Col") == "\nDROP INDEX \"ix_Tab_New Col\"");
    CHECK(drop_column_sql("Tab", "b") == "ALTER TABLE \"Tab\" DROP COLUMN b");
    CHECK(rename_table_sql("Tab", "order") == "ALTER TABLE \"Tab\" RENAME TO \"order\"");
    CHECK(drop_table_sql("order") == "\nDROP TABLE \"order\"");
    CHECK(column_spec_sql(n2, nullptr) == "n2 INTEGER DEFAULT 0 NOT NULL");
}

// --- Reflection -----------------------------------------------------------------------------------

TEST_CASE("a table Alembic wrote reflects to the same CREATE TABLE", "[operations]") {
    // section "reflect", case alembic_style
    const std::string created = "\nCREATE TABLE t (\n\tid INTEGER NOT NULL, \n\tp_id INTEGER, \n\tname "
                                "VARCHAR(50) DEFAULT 'x' NOT NULL, \n\t"
                                "flag BOOLEAN, \n\tCONSTRAINT pk_t PRIMARY KEY (id), \n\tCONSTRAINT fk_t_p "
                                "FOREIGN KEY(p_id) REFERENCES p "
                                "(id) ON DELETE CASCADE, \n\tCONSTRAINT uq_t_name UNIQUE (name), \n\tUNIQUE "
                                "(p_id, name), \n\tCONSTRAINT "
                                "ck_flag CHECK (flag IN (0, 1)), \n\tCHECK (length(name) > 0)\n)\n\n";
    auto db = database({"\nCREATE TABLE p (\n\tid INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n", created,
                        "CREATE INDEX ix_t_name ON t (name)",
                        "CREATE UNIQUE INDEX ix_t_p ON t (p_id) WHERE p_id > 0"});
    CHECK(reflected_sql(db, "t") ==
          std::vector<std::string>{created, "CREATE INDEX ix_t_name ON t (name)",
                                   "CREATE UNIQUE INDEX ix_t_p ON t (p_id) WHERE p_id > 0"});

    Table t = reflect_table(db, "t");
    REQUIRE(t.columns.size() == 4);
    CHECK(t.columns[2].name == "name");
    CHECK(t.columns[2].type == sized("VARCHAR", 50));
    CHECK_FALSE(t.columns[2].nullable);
    CHECK(t.columns[2].server_default == ServerDefault{ServerDefault::Kind::Text, "'x'"});
    CHECK(t.columns[0].primary_key);
    CHECK(t.primary_key == PrimaryKey{"pk_t", {"id"}});
    REQUIRE(t.constraints.size() == 5);
    ForeignKey expected = fk({"p_id"}, "p", {"id"}, "fk_t_p");
    expected.ondelete = "CASCADE";
    CHECK(t.constraints[0].foreign_key == expected);
    CHECK(t.constraints[1].unique == UniqueConstraint{"uq_t_name", {"name"}});
    CHECK(t.constraints[2].unique == UniqueConstraint{std::nullopt, {"p_id", "name"}});
    CHECK(t.constraints[3].check == CheckConstraint{"ck_flag", "flag IN (0, 1)"});
    CHECK(t.constraints[4].check == CheckConstraint{std::nullopt, "length(name) > 0"});
    REQUIRE(t.indexes.size() == 2);
    CHECK(t.indexes[1].where == "p_id > 0");
    CHECK(t.indexes[1].unique);
    CHECK(t.indexes[1].table == "t");
}

TEST_CASE("a hand-written one-line table reflects as oddly as SQLAlchemy reflects it", "[operations]") {
    // section "reflect", case one_line: the UNIQUE and CHECK patterns run across the whole line.
    auto db =
        database({"CREATE TABLE p (id INTEGER PRIMARY KEY)",
                  "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, a INT REFERENCES p, b VARCHAR(10) "
                  "UNIQUE, c TEXT CHECK (c > 0), CONSTRAINT ck1 CHECK (a<>b), CONSTRAINT uq UNIQUE (a, b), "
                  "CONSTRAINT fk FOREIGN KEY (b) REFERENCES p(id) ON DELETE CASCADE)",
                  "CREATE INDEX ix ON t (a DESC, b)", "CREATE INDEX ix2 ON t (lower(b))",
                  "CREATE UNIQUE INDEX ix3 ON t (c) WHERE c > 5 AND a = 1"});
    CHECK(reflected_sql(db, "t") ==
          std::vector<std::string>{"\nCREATE TABLE t (\n\tid INTEGER, \n\ta INTEGER, \n\tb VARCHAR(10), "
                                   "\n\tc TEXT, \n\tPRIMARY KEY (id), "
                                   "\n\tCONSTRAINT fk FOREIGN KEY(b) REFERENCES p (id) ON DELETE CASCADE, "
                                   "\n\tFOREIGN KEY(a) REFERENCES p "
                                   "(id), \n\tCONSTRAINT \"ck1 CHECK (a<>b), CONSTRAINT uq\" UNIQUE (a, b), "
                                   "\n\tCHECK (c > 0), CONSTRAINT "
                                   "ck1 CHECK (a<>b), CONSTRAINT uq UNIQUE (a, b), CONSTRAINT fk FOREIGN KEY "
                                   "(b) REFERENCES p(id) ON "
                                   "DELETE CASCADE)\n)\n\n",
                                   "CREATE INDEX ix ON t (a, b)",
                                   "CREATE UNIQUE INDEX ix3 ON t (c) WHERE c > 5 AND a = 1"});
}

TEST_CASE("inline UNIQUE, quoted names, defaults and generated columns reflect as in SQLAlchemy",
          "[operations]") {
    auto db =
        database({"CREATE TABLE u (id integer primary key, email varchar unique, \"Nick Name\" text not null "
                  "unique, code char(3) unique)"});
    // section "reflect", case inline_unique: "char(3) unique" is not seen (the pattern has no parentheses)
    CHECK(reflected_sql(db, "u") ==
          std::vector<std::string>{
              "\nCREATE TABLE u (\n\tid INTEGER, \n\temail VARCHAR, \n\t\"Nick Name\" TEXT NOT "
              "NULL, \n\tcode CHAR(3), \n\tPRIMARY KEY (id), \n\tUNIQUE (email), \n\tUNIQUE "
              "(\"Nick Name\")\n)\n\n"});

    auto quoted =
        database({"CREATE TABLE \"Parent\" (\"Key\" INTEGER PRIMARY KEY)",
                  "CREATE TABLE \"My Table\" (\n\t\"Id\" INTEGER NOT NULL, \n\t\"Parent Key\" INTEGER, \n\t"
                  "CONSTRAINT \"My PK\" PRIMARY KEY (\"Id\"), \n\tCONSTRAINT \"My FK\" FOREIGN KEY(\"Parent "
                  "Key\") REFERENCES \"Parent\" (\"Key\"), \n\tCONSTRAINT \"My UQ\" UNIQUE (\"Parent Key\"), "
                  "\n\tCONSTRAINT \"My CK\" CHECK (\"Id\" > 0)\n)"});
    // section "reflect", case quoted_names: quoted PK and FK names are lost, UNIQUE and CHECK keep theirs
    CHECK(reflected_sql(quoted, "My Table") ==
          std::vector<std::string>{
              "\nCREATE TABLE \"My Table\" (\n\t\"Id\" INTEGER NOT NULL, \n\t\"Parent Key\" "
              "INTEGER, \n\tPRIMARY KEY (\"Id\"), \n\tFOREIGN KEY(\"Parent Key\") REFERENCES "
              "\"Parent\" (\"Key\"), \n\tCONSTRAINT \"My UQ\" UNIQUE (\"Parent Key\"), \n\t"
              "CONSTRAINT \"My CK\" CHECK (\"Id\" > 0)\n)\n\n"});

    auto defaults =
        database({"CREATE TABLE d (a INTEGER DEFAULT 0, b TEXT DEFAULT 'it''s', c DATETIME DEFAULT "
                  "(CURRENT_TIMESTAMP), d TEXT DEFAULT CURRENT_TIMESTAMP, e TEXT DEFAULT ':x', f REAL "
                  "DEFAULT -1.5, g BLOB DEFAULT x'00', h TEXT DEFAULT NULL)"});
    // section "reflect", case defaults: SQLite gives the text without parentheses; ':x' is a bind
    CHECK(reflected_sql(defaults, "d") ==
          std::vector<std::string>{
              "\nCREATE TABLE d (\n\ta INTEGER DEFAULT 0, \n\tb TEXT DEFAULT 'it''s', \n\tc "
              "DATETIME DEFAULT CURRENT_TIMESTAMP, \n\td TEXT DEFAULT CURRENT_TIMESTAMP, \n\te "
              "TEXT DEFAULT 'NULL', \n\tf REAL DEFAULT -1.5, \n\tg BLOB DEFAULT x'00', \n\th "
              "TEXT DEFAULT NULL\n)\n\n"});
    CHECK(reflect_table(defaults, "d").columns[2].server_default ==
          ServerDefault{ServerDefault::Kind::Text, "CURRENT_TIMESTAMP"});

    auto generated =
        database({"CREATE TABLE g (a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL, c TEXT "
                  "AS (upper(a)) STORED, d INTEGER NOT NULL)"});
    // section "reflect", case generated
    CHECK(reflected_sql(generated, "g") ==
          std::vector<std::string>{
              "\nCREATE TABLE g (\n\ta INTEGER, \n\tb INTEGER GENERATED ALWAYS AS (a * 2) "
              "VIRTUAL, \n\tc TEXT GENERATED ALWAYS AS (upper(a)) STORED, \n\td INTEGER NOT "
              "NULL\n)\n\n"});
    CHECK(reflect_table(generated, "g").columns[1].computed == Computed{"a * 2", false});
}

TEST_CASE("foreign keys reflect with names and options parsed from the SQL", "[operations]") {
    auto db = database(
        {"CREATE TABLE p (a INTEGER, b INTEGER, PRIMARY KEY (a, b))",
         "CREATE TABLE q (id INTEGER PRIMARY KEY)",
         "CREATE TABLE t (\n\tx INTEGER, \n\ty INTEGER, \n\tz INTEGER REFERENCES q, \n\tFOREIGN KEY(x, "
         "y) REFERENCES p (a, b) ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED, "
         "\n\tCONSTRAINT f2 FOREIGN KEY(y) REFERENCES p (b) NOT DEFERRABLE, \n\tFOREIGN KEY(x) "
         "REFERENCES p (a) ON DELETE NO ACTION MATCH FULL, \n\tFOREIGN KEY(z) REFERENCES \"q\" (id) ON "
         "delete restrict on update set default deferrable initially immediate\n)"});
    // section "reflect", case fk_variants_ok: the inline key on z and the explicit one are one key
    CHECK(
        reflected_sql(db, "t") ==
        std::vector<std::string>{
            "\nCREATE TABLE t (\n\tx INTEGER, \n\ty INTEGER, \n\tz INTEGER, \n\tFOREIGN KEY(x, y) REFERENCES "
            "p (a, "
            "b) ON DELETE SET NULL ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED, \n\tCONSTRAINT f2 "
            "FOREIGN "
            "KEY(y) REFERENCES p (b) NOT DEFERRABLE, \n\tFOREIGN KEY(x) REFERENCES p (a), \n\tFOREIGN KEY(z) "
            "REFERENCES q (id) ON DELETE RESTRICT ON UPDATE SET DEFAULT DEFERRABLE INITIALLY "
            "IMMEDIATE\n)\n\n"});
    Table t = reflect_table(db, "t");
    REQUIRE(t.constraints.size() == 4);
    CHECK(t.constraints[1].foreign_key.deferrable == false);
    CHECK(t.constraints[3].foreign_key.deferrable_initially == "IMMEDIATE");
    CHECK_FALSE(t.constraints[2].foreign_key.match); // MATCH is not reflected

    // section "reflect", cases fk_variants, fk_missing_table, fk_missing_in_chain
    auto mismatched = database({"CREATE TABLE p (a INTEGER, b INTEGER, PRIMARY KEY (a, b))",
                                "CREATE TABLE t (x INTEGER, z INTEGER REFERENCES p)"});
    CHECK(error_of([&] { reflect_table(mismatched, "t"); }) ==
          "ForeignKeyConstraint number of constrained columns must match the number of referenced columns.");
    auto missing = database({"CREATE TABLE t (id INTEGER PRIMARY KEY, a INT REFERENCES missing(x))"});
    CHECK(error_of([&] { reflect_table(missing, "t"); }).rfind("No such table: 'missing'", 0) == 0);
    auto chain = database({"CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INT REFERENCES b(id))",
                           "CREATE TABLE b (id INTEGER PRIMARY KEY, c_id INT REFERENCES c(id))",
                           "CREATE TABLE t (id INTEGER PRIMARY KEY, a_id INT REFERENCES a(id))"});
    CHECK(error_of([&] { reflect_table(chain, "t"); }).rfind("No such table: 'c'", 0) == 0);
}

TEST_CASE("CHECK constraints, declared types and key orders reflect as in SQLAlchemy", "[operations]") {
    auto checks =
        database({"CREATE TABLE c (\n\ta INTEGER CHECK (a > 0), \n\tb INTEGER, \n\tCONSTRAINT \"b pos\" "
                  "CHECK (b >= 0), \n\tconstraint lower_ck check (a < b)\n)"});
    // section "reflect", case checks_multiline
    CHECK(reflected_sql(checks, "c") ==
          std::vector<std::string>{
              "\nCREATE TABLE c (\n\ta INTEGER, \n\tb INTEGER, \n\tCHECK (a > 0), \n\tCONSTRAINT "
              "\"b pos\" CHECK (b >= 0), \n\tCONSTRAINT lower_ck CHECK (a < b)\n)\n\n"});

    auto types =
        database({"CREATE TABLE ty (a VARCHAR(45), b NUMERIC(10, 2), c FLOAT(53), d DATETIME(6), e BOOL, "
                  "f DOUBLE, g UNSIGNED BIG INT, h DECIMAL(10,5), i NVARCHAR(20), j JSON, k DATE_CHAR, l "
                  "CLOB, m INTEGER(11), n BOOLEAN(1), o MONEY, q INTEGER REFERENCES ty(a), UNIQUE(a))"});
    // section "reflect", case types: BOOLEAN(1) is create_constraint=1, its CHECK made first
    CHECK(
        reflected_sql(types, "ty") ==
        std::vector<std::string>{
            "\nCREATE TABLE ty (\n\ta VARCHAR(45), \n\tb NUMERIC(10, 2), \n\tc FLOAT, \n\td DATETIME, \n\te "
            "BOOLEAN, \n\tf FLOAT, \n\tg INTEGER, \n\th DECIMAL(10, 5), \n\ti NVARCHAR(20), \n\tj JSON, "
            "\n\tk "
            "DATE, \n\tl TEXT, \n\tm INTEGER, \n\tn BOOLEAN, \n\to NUMERIC, \n\tq INTEGER, \n\tCHECK (n IN "
            "(0, "
            "1)), \n\tFOREIGN KEY(q) REFERENCES ty (a), \n\tUNIQUE (a)\n)\n\n"});

    // section "reflect", cases autoindex_pk and composite_pk_order
    auto k = database({"CREATE TABLE k (code TEXT PRIMARY KEY, n INTEGER, UNIQUE (n))"});
    CHECK(reflected_sql(k, "k") ==
          std::vector<std::string>{"\nCREATE TABLE k (\n\tcode TEXT, \n\tn INTEGER, \n\t"
                                   "PRIMARY KEY (code), \n\tUNIQUE (n)\n)\n\n"});
    auto cp = database({"CREATE TABLE cp (a INTEGER, b INTEGER, c INTEGER, PRIMARY KEY (c, a))"});
    CHECK(reflected_sql(cp, "cp") ==
          std::vector<std::string>{"\nCREATE TABLE cp (\n\ta INTEGER, \n\tb INTEGER, \n\t"
                                   "c INTEGER, \n\tPRIMARY KEY (c, a)\n)\n\n"});
    CHECK(reflect_table(cp, "cp").primary_key_columns() == std::vector<std::string>{"c", "a"});

    // section "reflect", case no_type_column
    auto untyped = database({"CREATE TABLE n (a, b INTEGER)"});
    CHECK(reflect_table(untyped, "n").columns[0].type.name == "NullType");
    CHECK(
        error_of([&] { reflected_sql(untyped, "n"); }) ==
        "(in table 'n', column 'a'): Can't generate DDL for NullType(); did you forget to specify a type on "
        "this Column?");
}

TEST_CASE("the demo's user_visits table survives reflection unchanged", "[operations]") {
    // section "reflect", case visits: the table after both revisions of the guide
    const std::string created =
        "\nCREATE TABLE user_visits (\n\tid INTEGER NOT NULL, \n\tip VARCHAR(45), \n\t"
        "user_agent VARCHAR(255), \n\ttimestamp DATETIME, \n\tvisit_count INTEGER DEFAULT "
        "'1' NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n";
    auto db = database({created});
    CHECK(reflected_sql(db, "user_visits") == std::vector<std::string>{created});
    auto v = database(
        {"CREATE TABLE base (id INTEGER PRIMARY KEY, x TEXT)", "CREATE VIEW v AS SELECT id, x FROM base"});
    CHECK(reflected_sql(v, "v") ==
          std::vector<std::string>{"\nCREATE TABLE v (\n\tid INTEGER, \n\tx TEXT\n)\n\n"});
}

TEST_CASE("table_names lists user tables by name; a missing table is an error", "[operations]") {
    auto db =
        database({"CREATE TABLE b (id INTEGER PRIMARY KEY AUTOINCREMENT)", "CREATE TABLE A (x)",
                  "CREATE TABLE \"a b\" (x)", "CREATE VIEW v AS SELECT 1", "CREATE INDEX ix ON b (id)"});
    CHECK(table_names(db) == std::vector<std::string>{"A", "a b", "b"});
    CHECK(error_of([&] { reflect_table(db, "nope"); }) == "No such table: 'nope'");
    CHECK(reflect_table(db, "B").name == "B"); // SQLite finds tables case-insensitively
}

// --- The pattern engine reflection runs on ----------------------------------------------------------

TEST_CASE("patterns match as Python's re does", "[operations]") {
    // Each expectation is what Python 3.11's re module returns for the same call.
    auto groups = [](const std::optional<PatternMatch>& m) {
        std::vector<std::string> out;
        if (!m) return out;
        for (std::size_t i = 0; i < m->spans.size(); ++i)
            out.push_back(m->group(i).value_or("<None>"));
        return out;
    };
    CHECK(groups(Pattern(R"re((a+?)(b*))re").match("aaabbb")) == std::vector<std::string>{"a", "a", ""});
    CHECK(groups(Pattern(R"re((a+)(b*))re").search("xxaaabbb")) ==
          std::vector<std::string>{"aaabbb", "aaa", "bbb"});
    CHECK(groups(Pattern(R"re((?:x(\d+))?y)re").search("zy")) == std::vector<std::string>{"y", "<None>"});
    CHECK(groups(Pattern(R"re(CONSTRAINT "?(.+?)"? +UNIQUE)re", true).search("constraint \"a b\" unique")) ==
          std::vector<std::string>{"constraint \"a b\" unique", "a b"});
    CHECK(groups(Pattern(R"re((.+) *\),? *)re").search("a), b)\nc)")) ==
          std::vector<std::string>{"a), b)", "a), b"});
    CHECK(groups(Pattern(R"re(\bON\b)re").search("MONO ON")) == std::vector<std::string>{"ON"});
    CHECK(groups(Pattern(R"re(^"|"$)re").search("x\"")) == std::vector<std::string>{"\""});
    CHECK(groups(Pattern(R"re([^a-c]+)re", true).search("ABCdef")) == std::vector<std::string>{"def"});
    CHECK(groups(Pattern(R"re(\x5c(:\w*))re").search("a\\:b")) == std::vector<std::string>{"\\:b", ":b"});
    auto all = Pattern(R"re((?:"(.+?)")|([a-z0-9_]+))re", true).find_all("\"a b\", C_1 ,\"x\"");
    REQUIRE(all.size() == 3);
    CHECK(all[0].group(1) == "a b");
    CHECK(all[1].group(2) == "C_1");
    CHECK_FALSE(all[1].group(1));
    CHECK(Pattern(R"re( *\bON\b *)re").split("ON DELETE CASCADE ON UPDATE SET NULL ") ==
          std::vector<std::string>{"", "DELETE CASCADE", "UPDATE SET NULL "});
    CHECK(Pattern("x*").find_all("axxb").size() == 4); // '', 'xx', '', '' as in re.findall
    CHECK(Pattern::escape("a b.c") == "a\\ b\\.c");
    CHECK_THROWS_AS(Pattern("(a"), Error);
}

TEST_CASE("an untyped column takes the type of the column its foreign key refers to", "[operations]") {
    // section "reflect", case untyped_fk_column: through this table (c -> a) and another (e -> r.x -> p.code)
    auto db = database(
        {"CREATE TABLE p (id BIGINT PRIMARY KEY, code VARCHAR(3))",
         "CREATE TABLE t (c REFERENCES t(a), a REFERENCES p, b REFERENCES p(code), e REFERENCES r(x))",
         "CREATE TABLE r (x REFERENCES p(code))"});
    CHECK(reflected_sql(db, "t") ==
          std::vector<std::string>{
              "\nCREATE TABLE t (\n\tc BIGINT, \n\ta BIGINT, \n\tb VARCHAR(3), \n\te VARCHAR(3), "
              "\n\tFOREIGN KEY(e) REFERENCES r (x), \n\tFOREIGN KEY(b) REFERENCES p (code), \n\t"
              "FOREIGN KEY(a) REFERENCES p (id), \n\tFOREIGN KEY(c) REFERENCES t (a)\n)\n\n"});
    // section "reflect", case blank_column_name
    auto blank = database({"CREATE TABLE t (a INTEGER, \"\" TEXT)"});
    CHECK(error_of([&] { reflect_table(blank, "t"); }) ==
          "Column must be constructed with a non-blank name or assign a non-blank .name before adding to a "
          "Table.");
}
