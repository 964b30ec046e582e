// Operations as render.py writes them, and the body of upgrade()/downgrade() as
// _render_cmd_body + _indent lay it out through Mako's PythonPrinter.
#include "autogenerate/render.hpp"
#include "autogenerate/render_parts.hpp"

#include "autogenerate/compare_parts.hpp"
#include "autogenerate/types.hpp"
#include "py/str_repr.hpp"
#include "schema/ddl.hpp"

namespace revlab::autogenerate {

namespace {

using py::repr_str;

// The continuation lines of alter_column line up under its first argument.
const std::string kAlterIndent(11, ' ');

// Where a table operation is rendered: inside `with op.batch_alter_table(...) as batch_op:`
// (render_as_batch=True), or at the top level as op.<name>('table', ...), which names the table.
struct Within {
    const std::string* table = nullptr; // null: inside a batch block
    bool batch() const { return table == nullptr; }
    std::string prefix() const { return batch() ? "batch_op." : "op."; }
    // The table as the op's first argument ("'user', "), or nothing inside a batch block.
    std::string table_arg() const { return batch() ? "" : repr_str(*table) + ", "; }
};

std::string py_bool(bool b) {
    return b ? "True" : "False";
}

std::string optional_name(const std::optional<std::string>& name) {
    return name ? repr_str(*name) : "None";
}

std::string index_name(const std::string& name, bool conventional, Within within) {
    return conventional ? within.prefix() + "f(" + repr_str(name) + ")" : repr_str(name);
}

// Index.kwargs: a model's partial index keeps sqlite_where; reflection (SQLAlchemy 1.4) does not.
std::string index_kwargs(const schema::Index& index, Origin origin) {
    if (origin != Origin::Model || !index.where) return "";
    return ", sqlite_where=sa.text(" + repr_str(schema::render_text_clause(*index.where)) + ")";
}

std::string create_table_text(const schema::Table& table, Origin origin, std::set<std::string>& imports) {
    std::vector<std::string> args;
    for (const auto& c : table.columns)
        args.push_back(render_column(c, origin, imports));
    for (auto& c : detail::render_table_constraints(table))
        args.push_back(std::move(c));
    std::string text = "op.create_table(" + repr_str(table.name) + ",\n";
    for (std::size_t i = 0; i < args.size(); ++i)
        text += (i ? ",\n" : "") + args[i];
    if (table.comment && !table.comment->empty()) text += ",\ncomment=" + repr_str(*table.comment);
    if (origin == Origin::Model && table.sqlite_autoincrement) text += ",\nsqlite_autoincrement=True";
    return text + "\n)";
}

std::string alter_column_text(const AlterColumn& op, std::set<std::string>& imports, Within within) {
    std::string text = within.prefix() + "alter_column(" + within.table_arg() + repr_str(op.column);
    auto arg = [&](const std::string& s) { text += ",\n" + kAlterIndent + s; };
    auto type_text = [&](const TypeRef& t) {
        RenderedType r = render_type(t);
        if (r.import) imports.insert(*r.import);
        return r.text;
    };
    auto default_text = [](const std::optional<DefaultRef>& d) {
        return d ? render_server_default(*d) : "None";
    };
    if (op.modify_name) arg("new_column_name=" + repr_str(*op.modify_name));
    if (op.existing_type) arg("existing_type=" + type_text(*op.existing_type));
    if (op.modify_server_default) arg("server_default=" + default_text(*op.modify_server_default));
    if (op.modify_type) arg("type_=" + type_text(*op.modify_type));
    if (op.modify_nullable) arg("nullable=" + py_bool(*op.modify_nullable));
    if (!op.modify_nullable && op.existing_nullable)
        arg("existing_nullable=" + py_bool(*op.existing_nullable));
    if (op.autoincrement) arg("autoincrement=" + py_bool(*op.autoincrement));
    if (!op.modify_server_default && op.existing_server_default && *op.existing_server_default)
        arg("existing_server_default=" + render_server_default(**op.existing_server_default));
    return text + ")";
}

std::string create_index_text(const CreateIndex& op, Within within) {
    std::string cols;
    for (std::size_t i = 0; i < op.index.expressions.size(); ++i) {
        bool expression = i < op.index.is_expression.size() && op.index.is_expression[i];
        const std::string& e = op.index.expressions[i];
        cols += (i ? ", " : "") +
                (expression ? "sa.text(" + repr_str(schema::render_text_clause(e)) + ")" : repr_str(e));
    }
    return within.prefix() + "create_index(" + index_name(op.index.name, op.conventional_name, within) + ", " +
           within.table_arg() + "[" + cols +
           "], unique=" + py_bool(op.index.unique) + index_kwargs(op.index, op.origin) + ")";
}

std::string create_foreign_key_text(const schema::ForeignKey& fk, Within within) {
    std::string text = within.prefix() + "create_foreign_key(" + optional_name(fk.name) + ", " +
                       within.table_arg() + repr_str(fk.referred_table) + ", " +
                       py::repr_str_list(fk.columns) + ", " + py::repr_str_list(fk.referred_columns);
    if (fk.onupdate && !fk.onupdate->empty()) text += ", onupdate=" + repr_str(*fk.onupdate);
    if (fk.ondelete && !fk.ondelete->empty()) text += ", ondelete=" + repr_str(*fk.ondelete);
    if (fk.deferrable_initially && !fk.deferrable_initially->empty())
        text += ", initially=" + repr_str(*fk.deferrable_initially);
    if (fk.deferrable.value_or(false)) text += ", deferrable=True";
    return text + ")";
}

// Mako's PythonPrinter as _render_cmd_body uses it: a line ending in ':' (the batch block)
// indents the lines after it, a blank line dedents. Only the first line of a multi-line
// string is indented; _indent then adds four spaces to every line.
class Printer {
  public:
    void writeline(const std::string& line) {
        bool blank = line.find_first_not_of(" \t") == std::string::npos;
        if (blank && indent_ > 0) --indent_;
        text_ += std::string(4 * static_cast<std::size_t>(indent_), ' ') + line + "\n";
        if (line.rfind("with ", 0) == 0 && !line.empty() && line.back() == ':') ++indent_;
    }

    // _indent: "    " before every line, strip() the whole, drop trailing spaces of each line.
    std::string indented() const {
        std::string out;
        std::size_t start = 0;
        while (start < text_.size()) {
            std::size_t nl = text_.find('\n', start);
            std::string line = "    " + text_.substr(start, nl - start);
            while (!line.empty() && line.back() == ' ')
                line.pop_back();
            out += line + "\n";
            start = nl + 1;
        }
        auto b = out.find_first_not_of(" \t\n");
        auto e = out.find_last_not_of(" \t\n");
        return b == std::string::npos ? "" : out.substr(b, e - b + 1);
    }

  private:
    std::string text_;
    int indent_ = 0;
};

std::string table_op_text(const TableOp& op, std::set<std::string>& imports, Within within);

std::string render_body(const OpList& ops, std::set<std::string>& imports, bool batch) {
    Printer p;
    p.writeline("# ### commands auto generated by Alembic - please adjust! ###");
    bool has_lines = false;
    for (const auto& op : ops.ops) {
        if (const auto* m = std::get_if<ModifyTable>(&op)) {
            if (m->ops.empty()) continue;
            has_lines = true;
            if (!batch) { // _render_modify_table without render_as_batch: each op on its own
                for (const auto& t : m->ops)
                    p.writeline(table_op_text(t, imports, Within{&m->table}));
                continue;
            }
            p.writeline("with op.batch_alter_table(" + repr_str(m->table) + ", schema=None) as batch_op:");
            for (const auto& t : m->ops)
                p.writeline(render_table_op_text(t, imports));
            p.writeline("");
        } else {
            has_lines = true;
            p.writeline(render_op_text(op, imports));
        }
    }
    if (!has_lines) p.writeline("pass");
    p.writeline("# ### end Alembic commands ###");
    return p.indented();
}

std::string table_op_text(const TableOp& op, std::set<std::string>& imports, Within within) {
    return std::visit(
        [&](const auto& o) -> std::string {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, AddColumn>) {
                return within.prefix() + "add_column(" + within.table_arg() +
                       render_column(o.column, o.origin, imports) + ")";
            } else if constexpr (std::is_same_v<T, DropColumn>) {
                return within.prefix() + "drop_column(" + within.table_arg() + repr_str(o.column.name) + ")";
            } else if constexpr (std::is_same_v<T, AlterColumn>) {
                return alter_column_text(o, imports, within);
            } else if constexpr (std::is_same_v<T, CreateIndex>) {
                return create_index_text(o, within);
            } else if constexpr (std::is_same_v<T, DropIndex>) {
                // Outside a batch block the table is a keyword: drop_index(name, table_name='t').
                return within.prefix() + "drop_index(" +
                       index_name(o.index.name, o.conventional_name, within) +
                       (within.batch() ? "" : ", table_name=" + repr_str(*within.table)) +
                       index_kwargs(o.index, o.origin) + ")";
            } else if constexpr (std::is_same_v<T, AddUniqueConstraint>) {
                return within.prefix() + "create_unique_constraint(" + optional_name(o.constraint.name) +
                       ", " + within.table_arg() + py::repr_str_list(o.constraint.columns) + ")";
            } else if constexpr (std::is_same_v<T, AddForeignKey>) {
                return create_foreign_key_text(o.foreign_key, within);
            } else {
                bool fk = o.constraint.kind == schema::Constraint::Kind::ForeignKey;
                // _drop_constraint quotes the table with '%s', not repr().
                return within.prefix() + "drop_constraint(" + optional_name(o.constraint.name()) +
                       (within.batch() ? "" : ", '" + *within.table + "'") + ", type_=" +
                       (fk ? "'foreignkey'" : "'unique'") + ")";
            }
        },
        op);
}

} // namespace

std::string render_table_op_text(const TableOp& op, std::set<std::string>& imports) {
    return table_op_text(op, imports, Within{});
}

std::string render_op_text(const Op& op, std::set<std::string>& imports) {
    return std::visit(
        [&](const auto& o) -> std::string {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, CreateTable>) {
                return create_table_text(o.table, o.origin, imports);
            } else if constexpr (std::is_same_v<T, DropTable>) {
                return "op.drop_table(" + repr_str(o.table.name) + ")";
            } else if constexpr (std::is_same_v<T, RenameTable>) {
                return "op.rename_table(" + repr_str(o.from) + ", " + repr_str(o.to) + ")";
            } else {
                std::string text =
                    "with op.batch_alter_table(" + repr_str(o.table) + ", schema=None) as batch_op:";
                for (const auto& t : o.ops)
                    text += "\n    " + render_table_op_text(t, imports);
                return text;
            }
        },
        op);
}

RenderedScript render_migration(const OpList& upgrade, const OpList& downgrade, bool render_as_batch) {
    std::set<std::string> imports;
    RenderedScript out;
    out.upgrades = render_body(upgrade, imports, render_as_batch);
    out.downgrades = render_body(downgrade, imports, render_as_batch);
    for (const auto& line : imports)
        out.imports += (out.imports.empty() ? "" : "\n") + line;
    return out;
}

} // namespace revlab::autogenerate
