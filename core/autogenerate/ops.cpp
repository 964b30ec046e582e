// The downgrade side of the operation tree, following each Alembic op's reverse(), including
// its quirks: a dropped index comes back with unique=False (DropIndexOp.reverse rebuilds the
// index from its name and columns only), and a dropped constraint comes back as it was reflected.
#include "autogenerate/ops.hpp"

#include <algorithm>

namespace revlab::autogenerate {

namespace {

AlterColumn reverse_alter(const AlterColumn& op) {
    // AlterColumnOp.reverse: every modify_x swaps with its existing_x.
    AlterColumn r = op;
    if (op.modify_type) {
        r.modify_type = op.existing_type;
        r.existing_type = op.modify_type;
    }
    if (op.modify_nullable) {
        r.modify_nullable = op.existing_nullable;
        r.existing_nullable = op.modify_nullable;
    }
    if (op.modify_server_default) {
        // An unset existing default swaps in as None (Alembic's False would mean "no change").
        r.modify_server_default =
            op.existing_server_default ? *op.existing_server_default : std::optional<DefaultRef>{};
        r.existing_server_default = op.modify_server_default;
    }
    if (op.modify_name) {
        r.column = *op.modify_name;
        r.modify_name = op.column;
    }
    return r;
}

schema::Constraint unique_constraint(const schema::UniqueConstraint& u) {
    schema::Constraint c{schema::Constraint::Kind::Unique, {}, {}, {}};
    c.unique = u;
    return c;
}

schema::Constraint foreign_key_constraint(const schema::ForeignKey& fk) {
    schema::Constraint c{schema::Constraint::Kind::ForeignKey, {}, {}, {}};
    c.foreign_key = fk;
    return c;
}

TableOp reverse_table_op(const TableOp& op) {
    return std::visit(
        [](const auto& o) -> TableOp {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, AddColumn>) {
                return DropColumn{o.table, o.column, o.origin};
            } else if constexpr (std::is_same_v<T, DropColumn>) {
                return AddColumn{o.table, o.column, o.origin};
            } else if constexpr (std::is_same_v<T, AlterColumn>) {
                return reverse_alter(o);
            } else if constexpr (std::is_same_v<T, CreateIndex>) {
                return DropIndex{o.table, o.index, o.conventional_name, o.origin};
            } else if constexpr (std::is_same_v<T, DropIndex>) {
                schema::Index index = o.index;
                index.unique = false;
                if (o.origin == Origin::Database) index.where.reset(); // reflection keeps no WHERE
                return CreateIndex{o.table, index, o.conventional_name, o.origin};
            } else if constexpr (std::is_same_v<T, AddUniqueConstraint>) {
                return DropConstraint{o.table, unique_constraint(o.constraint)};
            } else if constexpr (std::is_same_v<T, AddForeignKey>) {
                return DropConstraint{o.table, foreign_key_constraint(o.foreign_key)};
            } else {
                if (o.constraint.kind == schema::Constraint::Kind::ForeignKey)
                    return AddForeignKey{o.table, o.constraint.foreign_key};
                return AddUniqueConstraint{o.table, o.constraint.unique};
            }
        },
        op);
}

Op reverse_op(const Op& op) {
    return std::visit(
        [](const auto& o) -> Op {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, CreateTable>) {
                return DropTable{o.table, o.origin};
            } else if constexpr (std::is_same_v<T, DropTable>) {
                return CreateTable{o.table, o.origin};
            } else if constexpr (std::is_same_v<T, RenameTable>) {
                return RenameTable{o.to, o.from};
            } else {
                ModifyTable m{o.table, {}};
                for (auto it = o.ops.rbegin(); it != o.ops.rend(); ++it)
                    m.ops.push_back(reverse_table_op(*it));
                return m;
            }
        },
        op);
}

} // namespace

OpList reverse(const OpList& upgrade) {
    OpList down;
    for (auto it = upgrade.ops.rbegin(); it != upgrade.ops.rend(); ++it)
        down.ops.push_back(reverse_op(*it));
    return down;
}

std::vector<schema::ForeignKey> foreign_keys(const schema::Table& table) {
    std::vector<schema::ForeignKey> out;
    for (const auto& c : table.constraints)
        if (c.kind == schema::Constraint::Kind::ForeignKey) out.push_back(c.foreign_key);
    for (const auto& col : table.columns)
        for (auto fk : col.foreign_keys) {
            if (fk.columns.empty()) fk.columns = {col.name};
            out.push_back(std::move(fk));
        }
    return out;
}

std::vector<schema::UniqueConstraint> unique_constraints(const schema::Table& table) {
    std::vector<schema::UniqueConstraint> out;
    for (const auto& c : table.constraints)
        if (c.kind == schema::Constraint::Kind::Unique) out.push_back(c.unique);
    for (const auto& col : table.columns)
        if (col.unique && !col.index) out.push_back({std::nullopt, {col.name}});
    return out;
}

bool conventional_index_name(const schema::Table& table, const schema::Index& index) {
    bool expression = !index.is_expression.empty() && index.is_expression[0];
    if (index.expressions.size() != 1 || expression) return false;
    const schema::Column* col = table.find_column(index.expressions[0]);
    return col && col->index && index.name == "ix_" + table.name + "_" + col->name;
}

} // namespace revlab::autogenerate
