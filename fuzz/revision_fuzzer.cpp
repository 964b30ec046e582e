// The revision loader: an input is several revision files, separated by a line "#--file--".
// Each is parsed and read as a Revision (script::revision_from_module); those that load become a
// RevisionMap, which is then asked what the verbs ask it (heads, identifier resolution, walks).
// When the map builds, the same files are put in the demo project and run: upgrade, offline
// upgrade, downgrade to base, so the op.* interpreter meets mutated operations too.
#include "common.hpp"

#include "py/parser.hpp"
#include "script/revision.hpp"
#include "script/revision_map.hpp"

namespace {

using namespace revlab;
using script::RevArg;
using script::RevisionMap;

void ask(const RevisionMap& map) {
    fuzz::expect_errors([&] { (void)map.heads(), (void)map.real_heads(), (void)map.bases(); });
    std::vector<std::string> idents = {"head", "heads", "base", "-1", "+1", "head-1", "base+2", "heads@head"};
    for (const auto& r : map.revisions()) {
        if (idents.size() > 40) break;
        idents.push_back(r.id);
        idents.push_back(r.id.substr(0, 2));
        idents.push_back(r.id + "+1");
        for (const auto& label : r.branch_labels) idents.push_back(label + "@head"), idents.push_back(label + "@-1");
    }
    std::vector<std::string> all_ids;
    for (const auto& r : map.revisions()) all_ids.push_back(r.id);
    for (const auto& id : idents) {
        fuzz::expect_errors([&] { (void)map.get_revisions(RevArg{id}); });
        fuzz::expect_errors([&] { (void)map.get_revision(id); });
        // upgrade to it from nothing, and downgrade from every revision down to it
        fuzz::expect_errors([&] { (void)map.iterate_revisions(RevArg{id}, RevArg{}, true, false, true, false); });
        fuzz::expect_errors([&] { (void)map.iterate_revisions(RevArg{all_ids}, RevArg{id}, false, false, true, true); });
    }
    fuzz::expect_errors([&] {
        (void)map.iterate_revisions(RevArg{std::string("heads")}, RevArg{std::string("base")}, false, true, false, false);
    });
    fuzz::expect_errors([&] { (void)map.get_all_current(all_ids); });
    fuzz::expect_errors([&] {
        std::vector<const script::Revision*> bases, heads;
        for (const auto& id : map.bases()) bases.push_back(map.find(id));
        for (const auto& id : map.heads()) heads.push_back(map.find(id));
        (void)map.descendants(bases, RevisionMap::Edges::WithDependencies);
        (void)map.ancestors(heads, true);
        (void)map.filter_for_lineage(heads, std::string("base"), true);
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto texts = fuzz::split(fuzz::as_text(data, size), "\n#--file--\n", 6);
    std::vector<script::Revision> revisions;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const std::string path = "migrations/versions/f" + std::to_string(i) + ".py";
        fuzz::expect_errors([&] {
            auto module = std::make_shared<py::Module>(py::parse(texts[i], path));
            revisions.push_back(script::revision_from_module(module, path, "/backend/" + path));
        });
    }
    if (revisions.empty()) return 0;
    bool built = false;
    fuzz::expect_errors([&] {
        RevisionMap map(std::move(revisions), [](const std::string&) {});
        ask(map);
        built = true;
    });
    if (!built) return 0;

    fuzz::MemoryProject project("visits");
    for (const auto& name : project.files.list("migrations/versions"))
        project.files.remove("migrations/versions/" + name);
    for (std::size_t i = 0; i < texts.size(); ++i)
        project.files.write("migrations/versions/f" + std::to_string(i) + ".py", std::string(texts[i]));
    project.run("flask db upgrade");
    project.run("flask db downgrade base");
    project.run("flask db upgrade --sql");
    return 0;
}
