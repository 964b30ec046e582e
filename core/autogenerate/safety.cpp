#include "autogenerate/safety.hpp"

#include "autogenerate/types.hpp"

namespace revlab::autogenerate {

namespace {

// Batch mode copies a column whose type changes affinity with CAST(col AS new type)
// (SQLiteImpl.cast_for_batch_migrate). Converting to text keeps every value, as does widening an
// integer or a boolean to a number; anything else can turn values into 0, or cut decimals.
bool lossless_conversion(const std::string& from, const std::string& to) {
    if (from == to || to == "string" || to == "json") return true;
    if (to == "numeric") return from == "integer" || from == "boolean";
    if (to == "integer") return from == "boolean";
    if (to == "datetime") return from == "date";
    return false;
}

// Same family, smaller declared size. SQLite itself keeps longer strings and more digits, but
// the model now promises less, and another database would truncate or refuse the values.
bool narrows(const schema::ColumnType& from, const schema::ColumnType& to) {
    if (from.affinity() == "string") return to.length && (!from.length || *to.length < *from.length);
    if (from.affinity() == "numeric" && to.precision)
        return (from.precision && *to.precision < *from.precision) ||
               (from.scale && to.scale.value_or(0) < *from.scale);
    return false;
}

} // namespace

std::vector<std::string> data_loss_warnings(const OpList& upgrade) {
    std::vector<std::string> out;
    for (const auto& op : upgrade.ops) {
        if (const auto* d = std::get_if<DropTable>(&op)) {
            out.push_back("upgrade drops table '" + d->table.name + "': its data will be lost");
            continue;
        }
        const auto* m = std::get_if<ModifyTable>(&op);
        if (!m) continue;
        for (const auto& t : m->ops) {
            if (const auto* dc = std::get_if<DropColumn>(&t)) {
                out.push_back("upgrade drops column '" + m->table + "." + dc->column.name +
                              "': its data will be lost");
            } else if (const auto* a = std::get_if<AlterColumn>(&t);
                       a && a->modify_type && a->existing_type) {
                const auto& from = a->existing_type->type;
                const auto& to = a->modify_type->type;
                std::string change = " column '" + m->table + "." + a->column + "' from " + type_repr(from) +
                                     " to " + type_repr(to) + ": ";
                if (!lossless_conversion(from.affinity(), to.affinity()))
                    out.push_back("upgrade converts" + change +
                                  "batch mode copies it with CAST, values that do not "
                                  "convert will be lost");
                else if (from.affinity() == to.affinity() && narrows(from, to))
                    out.push_back("upgrade narrows" + change +
                                  "values that no longer fit may be cut or refused");
            }
        }
    }
    return out;
}

} // namespace revlab::autogenerate
