// The models loader (models::load_models) and what `flask db migrate` does with its result:
// compare it with an empty database, reverse the operations and render the revision's text.
#include "common.hpp"

#include "autogenerate/compare.hpp"
#include "autogenerate/ops.hpp"
#include "autogenerate/render.hpp"
#include "models/models.hpp"
#include "schema/ddl.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace revlab;
    const std::string source(fuzz::as_text(data, size));
    fuzz::expect_errors([&] {
        models::MetaData metadata = models::load_models(source, "app/models.py");
        for (const auto& table : metadata.tables) {
            (void)schema::create_table_sql(table);
            for (const auto& index : table.indexes) (void)schema::create_index_sql(index);
        }
        auto comparison = autogenerate::compare_metadata(metadata.tables, {});
        (void)autogenerate::render_migration(comparison.upgrade, autogenerate::reverse(comparison.upgrade));
    });
    return 0;
}
