#include "operations/sql_expression.hpp"

#include "operations/builders.hpp"
#include "operations/evaluator.hpp"
#include "operations/literals.hpp"
#include "sqlite/database.hpp"

#include <algorithm>

namespace revlab::operations {

using sqlite::quote_identifier;

namespace {

std::string method_of(const Value& call) {
    auto dot = call.s.rfind('.');
    return dot == std::string::npos ? call.s : call.s.substr(dot + 1);
}

// accounts.c.name: a Ref "<table>().c.name" whose receiver is the table.
std::optional<std::string> column_of(const Value& v, const Value** table) {
    if (v.kind != Value::Kind::Ref || !v.receiver || !is_table_value(*v.receiver)) return std::nullopt;
    auto c = v.s.rfind("().c.");
    if (c == std::string::npos) return std::nullopt;
    std::string name = v.s.substr(c + 5);
    if (name.find('.') != std::string::npos) return std::nullopt;
    if (table) *table = v.receiver.get();
    return name;
}

class Compiler {
  public:
    explicit Compiler(const TableShape& shape) : shape_(shape) {}

    std::string condition(const Value& v, bool in_and = false) const {
        if (v.kind == Value::Kind::Call) {
            const std::string name = canonical_name(v.s);
            if (name == "operator.and" || name == "sa.and_") return join(v, " AND ", true);
            if (name == "operator.or" || name == "sa.or_") {
                std::string s = join(v, " OR ", false);
                return in_and && v.items.size() > 1 ? "(" + s + ")" : s;
            }
            if (name == "operator.not" || name == "sa.not_") return "NOT (" + condition(*v.items.at(0)) + ")";
            if (name.rfind("operator.", 0) == 0)
                return comparison(name.substr(9), *v.items.at(0), *v.items.at(1));
            if (name == "sa.text") return sql_text(v, "a condition");
            if (v.receiver) return column_method(v);
        }
        throw Error(v.loc, "Revlab cannot compile " + v.describe() + " as a condition");
    }

    std::string operand(const Value& v, const schema::ColumnType* type) const {
        if (auto col = column_of(v, nullptr)) return qualified(*col);
        if (v.kind == Value::Kind::Call &&
            (canonical_name(v.s) == "sa.column" || canonical_name(v.s) == "sa.literal_column") &&
            !v.items.empty() && v.items[0]->kind == Value::Kind::Str)
            return canonical_name(v.s) == "sa.column" ? quote_identifier(v.items[0]->s) : v.items[0]->s;
        return typed_literal(v, type);
    }

    std::string qualified(const std::string& column) const {
        if (!shape_.has(column))
            throw Error("table '" + shape_.name + "' has no column '" + column + "' (sa.table() lists them)");
        return quote_identifier(shape_.name) + "." + quote_identifier(column);
    }

  private:
    std::string join(const Value& v, const char* op, bool is_and) const {
        std::string out;
        for (const auto& item : v.items)
            out += (out.empty() ? "" : op) + condition(*item, is_and);
        return out;
    }

    const schema::ColumnType* type_for(const Value& side) const {
        auto col = column_of(side, nullptr);
        return col ? shape_.type_of(*col) : nullptr;
    }

    std::string comparison(const std::string& op, const Value& a, const Value& b) const {
        static const std::pair<const char*, const char*> ops[] = {
            {"eq", " = "}, {"ne", " != "}, {"lt", " < "}, {"le", " <= "}, {"gt", " > "}, {"ge", " >= "}};
        const char* text = nullptr;
        for (const auto& [name, sql] : ops)
            if (op == name) text = sql;
        if (!text) throw Error(a.loc, "Revlab cannot compile the operator '" + op + "' here");
        // x == None is IS NULL, as in SQLAlchemy.
        if (b.kind == Value::Kind::None && (op == "eq" || op == "ne"))
            return operand(a, nullptr) + (op == "eq" ? " IS NULL" : " IS NOT NULL");
        return operand(a, type_for(b)) + text + operand(b, type_for(a));
    }

    // accounts.c.name.is_(None): the call is named "<table>().c.name.is_", its receiver the table.
    std::string column_method(const Value& call) const {
        const std::string m = method_of(call);
        Value target = call;
        target.kind = Value::Kind::Ref;
        target.s = call.s.substr(0, call.s.size() - m.size() - 1);
        auto col = column_of(target, nullptr);
        if (!col) throw Error(call.loc, "Revlab cannot compile " + call.describe() + " as a condition");
        const std::string left = qualified(*col);
        const schema::ColumnType* type = shape_.type_of(*col);
        auto arg = [&](size_t i) -> const Value& {
            if (i >= call.items.size()) throw Error(call.loc, m + "() is missing an argument");
            return *call.items[i];
        };
        if (m == "is_")
            return left + (arg(0).kind == Value::Kind::None ? " IS NULL" : " IS " + operand(arg(0), type));
        if (m == "is_not" || m == "isnot")
            return left +
                   (arg(0).kind == Value::Kind::None ? " IS NOT NULL" : " IS NOT " + operand(arg(0), type));
        if (m == "in_" || m == "not_in" || m == "notin_") {
            std::string list;
            for (const auto& x : expect_sequence(arg(0), "the values of in_()"))
                list += (list.empty() ? "" : ", ") + operand(*x, type);
            return left + (m == "in_" ? " IN (" : " NOT IN (") + list + ")";
        }
        if (m == "like" || m == "not_like" || m == "notlike")
            return left + (m == "like" ? " LIKE " : " NOT LIKE ") + operand(arg(0), type);
        if (m == "between")
            return left + " BETWEEN " + operand(arg(0), type) + " AND " + operand(arg(1), type);
        throw Error(call.loc, "Revlab cannot compile the column method ." + m + "() in a condition");
    }

    const TableShape& shape_;
};

// The values of insert()/update(): a dict, or keyword arguments; in the table's column order.
std::vector<std::pair<std::string, const Value*>> values_of(const std::vector<const Value*>& calls,
                                                            const TableShape& shape) {
    std::vector<std::pair<std::string, const Value*>> given;
    for (const Value* call : calls) {
        for (const auto& item : call->items) {
            if (item->kind != Value::Kind::Dict)
                throw Error(item->loc, "values() takes a dict or keyword arguments");
            for (size_t i = 0; i < item->items.size(); ++i)
                given.emplace_back(expect_str(*item->items[i], "a column name"), item->values[i].get());
        }
        for (const auto& [k, v] : call->kwargs)
            given.emplace_back(k, v.get());
    }
    std::vector<std::pair<std::string, const Value*>> out;
    for (const auto& [name, type] : shape.columns)
        for (const auto& g : given)
            if (g.first == name) out.push_back(g);
    for (const auto& g : given)
        if (!shape.has(g.first)) throw Error(g.second->loc, "Unconsumed column names: " + g.first);
    return out;
}

} // namespace

bool is_table_statement(const Value& v) {
    const Value* at = &v;
    while (at->kind == Value::Kind::Call && at->receiver) {
        std::string m = method_of(*at);
        if ((m == "insert" || m == "update" || m == "delete") && is_table_value(*at->receiver)) return true;
        at = at->receiver.get();
    }
    return false;
}

std::string statement_sql(const Value& v, const std::string& what) {
    if (!is_table_statement(v)) return sql_text(v, what);
    // Walk the chain back to the table: accounts.update().where(...).values(...)
    std::vector<const Value*> wheres, values;
    const Value* at = &v;
    std::string verb;
    while (true) {
        std::string m = method_of(*at);
        if (is_table_value(*at->receiver) && (m == "insert" || m == "update" || m == "delete")) {
            verb = m;
            break;
        }
        if (m == "where" || m == "filter")
            wheres.insert(wheres.begin(), at);
        else if (m == "values")
            values.insert(values.begin(), at);
        else
            throw Error(at->loc,
                        "Revlab compiles .where() and .values() on a table's insert/update/delete, not ." +
                            m + "()");
        at = at->receiver.get();
    }
    const TableShape shape = table_shape(*at->receiver);
    const Compiler compiler(shape);
    std::string where;
    size_t conditions = 0;
    for (const Value* w : wheres)
        conditions += w->items.size();
    for (const Value* w : wheres) // several where()s are ANDed, so an OR among them needs parentheses
        for (const auto& cond : w->items)
            where += (where.empty() ? "" : " AND ") + compiler.condition(*cond, conditions > 1);
    const std::string table = quote_identifier(shape.name);
    if (verb == "delete") {
        if (!values.empty()) throw Error(v.loc, "delete() takes no values()");
        return "DELETE FROM " + table + (where.empty() ? "" : " WHERE " + where);
    }
    if (!where.empty() && verb == "insert") throw Error(v.loc, "insert() takes no where()");
    auto vals = values_of(values, shape);
    if (vals.empty()) throw Error(v.loc, verb + "() needs values(...)");
    if (verb == "insert") {
        std::string cols, literals;
        for (const auto& [name, value] : vals) {
            cols += (cols.empty() ? "" : ", ") + quote_identifier(name);
            literals += (literals.empty() ? "" : ", ") + compiler.operand(*value, shape.type_of(name));
        }
        return "INSERT INTO " + table + " (" + cols + ") VALUES (" + literals + ")";
    }
    std::string set;
    for (const auto& [name, value] : vals)
        set += (set.empty() ? "" : ", ") + quote_identifier(name) + "=" +
               compiler.operand(*value, shape.type_of(name));
    return "UPDATE " + table + " SET " + set + (where.empty() ? "" : " WHERE " + where);
}

} // namespace revlab::operations
