// The script suite: revision files become Revisions, and the RevisionMap answers as Alembic's
// does (heads, bases, identifier resolution, walk orders, error texts).
#include "py/parser.hpp"
#include "script/revision.hpp"
#include "script/revision_map.hpp"

#include <catch2/catch.hpp>

using namespace revlab;
using script::RevArg;
using script::Revision;
using script::RevisionMap;

namespace {

Revision rev(std::string id, std::vector<std::string> down, std::vector<std::string> labels = {},
             std::vector<std::string> deps = {}, std::string doc = "") {
    Revision r;
    r.id = std::move(id);
    r.down_revisions = std::move(down);
    r.own_branch_labels = labels;
    r.branch_labels = labels;
    r.dependencies = std::move(deps);
    r.longdoc = doc.empty() ? "msg " + r.id : doc;
    return r;
}

std::vector<std::string> ids(const std::vector<const Revision*>& revs) {
    std::vector<std::string> out;
    for (auto* r : revs) out.push_back(r ? r->id : "None");
    return out;
}

// The transcript's graph: a -> b, b -> e and b -> p (a branch), m merges e and p.
std::vector<Revision> conflict_graph() {
    return {rev("1ac2f2b78e05", {}), rev("4b3b2ef9b1cc", {"1ac2f2b78e05"}), rev("e35d7c4e9523", {"4b3b2ef9b1cc"}),
            rev("9160fc820f3a", {"4b3b2ef9b1cc"}), rev("382dbb8f0d14", {"e35d7c4e9523", "9160fc820f3a"})};
}

std::string revision_error(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.message();
    }
    return "";
}

} // namespace

TEST_CASE("a revision file becomes a Revision", "[script]") {
    auto module = std::make_shared<py::Module>(py::parse(
        "\"\"\"add visit_count field\n\nRevision ID: 44e3cc49892c\nRevises: 2472b4e8b68e\n\"\"\"\n"
        "from alembic import op\nimport sqlalchemy as sa\n\nrevision = '44e3cc49892c'\ndown_revision = '2472b4e8b68e'\n"
        "branch_labels = ('visits',)\ndepends_on = None\n\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n",
        "v.py"));
    Revision r = script::revision_from_module(module, "v.py", "/p/v.py");
    CHECK(r.id == "44e3cc49892c");
    CHECK(r.down_revisions == std::vector<std::string>{"2472b4e8b68e"});
    CHECK(r.own_branch_labels == std::vector<std::string>{"visits"});
    CHECK(r.dependencies.empty());
    CHECK(r.doc() == "add visit_count field");
    CHECK(r.longdoc.rfind("add visit_count field\n\nRevision ID", 0) == 0);
    CHECK(r.body->upgrade() != nullptr);
    CHECK(r.body->downgrade() != nullptr);
}

TEST_CASE("a revision without an id, or with a bad one, is refused in Alembic's words", "[script]") {
    auto parse = [](const std::string& text) {
        auto m = std::make_shared<py::Module>(py::parse(text, "x.py"));
        return script::revision_from_module(m, "x.py", "x.py");
    };
    CHECK_THROWS_WITH(parse("down_revision = None\n"), Catch::Contains("Could not determine revision id"));
    CHECK_THROWS_WITH(parse("revision = 'a-b'\ndown_revision = None\n"),
                      Catch::Contains("Character(s) '-' not allowed in revision identifier 'a-b'"));
    CHECK_THROWS_WITH(parse("revision = 'abcd'\ndown_revision = 'abcd'\n"), Catch::Contains("Self-loop"));
    // Alembic raises these two while building the Revision, and prints them without a location;
    // Revlab names the assignment of a refused id
    CHECK_THROWS_WITH(parse("revision = 'abcd'\ndown_revision = 'abcd'\n"),
                      "Self-loop is detected in revisions (abcd)");
    CHECK_THROWS_WITH(parse("revision = 'a+b@c'\ndown_revision = None\n"),
                      "x.py:1:12: Character(s) '+, @' not allowed in revision identifier 'a+b@c'");
}

TEST_CASE("heads, bases, branch points and merge points", "[script]") {
    RevisionMap map(conflict_graph());
    CHECK(map.heads() == std::vector<std::string>{"382dbb8f0d14"});
    CHECK(map.bases() == std::vector<std::string>{"1ac2f2b78e05"});
    CHECK(map.find("4b3b2ef9b1cc")->is_branch_point());
    CHECK(map.find("382dbb8f0d14")->is_merge_point());
    RevisionMap two({rev("aaaa", {}), rev("bbbb", {"aaaa"}), rev("cccc", {"aaaa"})});
    CHECK(two.heads() == std::vector<std::string>{"bbbb", "cccc"});
}

TEST_CASE("identifiers resolve as in Alembic", "[script]") {
    RevisionMap map(conflict_graph());
    CHECK(map.get_revision(std::string("head"))->id == "382dbb8f0d14");
    CHECK(map.get_revision(std::string("base")) == nullptr);
    CHECK(map.get_revision(std::string("4b3b"))->id == "4b3b2ef9b1cc");
    CHECK(ids(map.get_revisions(RevArg{std::string("heads")})) == std::vector<std::string>{"382dbb8f0d14"});
    CHECK(revision_error([&] { map.get_revision(std::string("zzzz")); }) == "No such revision or branch 'zzzz'");
    CHECK(map.get_revision(std::string("4b"))->id == "4b3b2ef9b1cc"); // a unique prefix, however short
    CHECK(revision_error([&] { map.get_revision(std::string("zz")); }) ==
          "No such revision or branch 'zz'; please ensure at least four characters are present for partial revision "
          "identifier matches");
    RevisionMap amb({rev("abcd1111", {}), rev("abcd2222", {"abcd1111"})});
    CHECK(revision_error([&] { amb.get_revision(std::string("abcd")); }) ==
          "Multiple revisions start with 'abcd': 'abcd1111', 'abcd2222'...");
}

TEST_CASE("relative identifiers match Alembic's grammar", "[script]") {
    auto m = script::match_relative("ae10+2");
    REQUIRE(m);
    CHECK(*m->symbol == "ae10");
    CHECK(m->steps == 2);
    m = script::match_relative("branch@-1");
    REQUIRE(m);
    CHECK(*m->branch_label == "branch");
    CHECK(!m->symbol);
    CHECK(m->steps == -1);
    CHECK_FALSE(script::match_relative("head"));
    CHECK_FALSE(script::match_relative("abc-def"));
}

TEST_CASE("upgrade and downgrade walk the branches in Alembic's order", "[script]") {
    RevisionMap map(conflict_graph());
    // upgrade heads from 4b3b: Alembic ran phone (9160) before email (e35d); the walk is newest first
    auto up = map.iterate_revisions(RevArg{std::string("heads")}, RevArg{std::vector<std::string>{"4b3b2ef9b1cc"}},
                                    true, false, true, false);
    CHECK(ids(up) == std::vector<std::string>{"382dbb8f0d14", "e35d7c4e9523", "9160fc820f3a"});
    auto down = map.iterate_revisions(RevArg{std::vector<std::string>{"382dbb8f0d14"}}, RevArg{std::string("base")},
                                      false, false, true, true);
    CHECK(ids(down) ==
          std::vector<std::string>{"382dbb8f0d14", "e35d7c4e9523", "9160fc820f3a", "4b3b2ef9b1cc", "1ac2f2b78e05"});
    auto history = map.iterate_revisions(RevArg{std::string("heads")}, RevArg{std::string("base")}, false, true, false, false);
    CHECK(ids(history).size() == 5);
}

TEST_CASE("relative steps and their errors", "[script]") {
    RevisionMap map({rev("aaaa1", {}), rev("bbbb2", {"aaaa1"}), rev("cccc3", {"bbbb2"})});
    auto up = map.iterate_revisions(RevArg{std::string("+2")}, RevArg{std::vector<std::string>{}}, true, false, true, false);
    CHECK(ids(up) == std::vector<std::string>{"bbbb2", "aaaa1"});
    CHECK(revision_error([&] {
              map.iterate_revisions(RevArg{std::string("+4")}, RevArg{std::vector<std::string>{}}, true, false, true, false);
          }) == "Relative revision +4 didn't produce 4 migrations");
    auto down = map.iterate_revisions(RevArg{std::vector<std::string>{"cccc3"}}, RevArg{std::string("-1")}, false, false,
                                      true, true);
    CHECK(ids(down) == std::vector<std::string>{"cccc3"});
}

TEST_CASE("cycles, missing parents and duplicate labels are refused", "[script]") {
    CHECK(revision_error([] { RevisionMap m({rev("aaaa", {"bbbb"}), rev("bbbb", {"aaaa"})}); }) ==
          "Cycle is detected in revisions (aaaa, bbbb)");
    CHECK(revision_error([] { RevisionMap m({rev("aaaa", {"zzzz"})}); })
              .rfind("Revision zzzz referenced from aaaa is not present", 0) == 0);
    CHECK(revision_error([] { RevisionMap m({rev("aaaa", {}, {"x"}), rev("bbbb", {"aaaa"}, {"x"})}); }) ==
          "Branch name 'x' in revision bbbb already used by revision aaaa");
}

TEST_CASE("branch labels and label@head", "[script]") {
    RevisionMap map({rev("aaaa", {}), rev("bbbb", {"aaaa"}, {"shop"}), rev("cccc", {"aaaa"}, {"blog"}),
                     rev("dddd", {"bbbb"})});
    CHECK(map.get_revision(std::string("shop@head"))->id == "dddd");
    CHECK(map.get_revision(std::string("blog@head"))->id == "cccc");
    CHECK(revision_error([&] { map.get_revision(std::string("head")); }).rfind("Multiple heads are present", 0) == 0);
    CHECK(map.find("dddd")->branch_labels == std::vector<std::string>{"shop"});
}

TEST_CASE("a cycle with no head or no base lists its revisions in file order", "[script]") {
    // Alembic passes list(map) then, unsorted; only the unreachable remainder is sorted.
    CHECK(revision_error([] { RevisionMap m({rev("bbbb", {"aaaa"}), rev("aaaa", {"bbbb"})}); }) ==
          "Cycle is detected in revisions (bbbb, aaaa)");
    CHECK(revision_error([] {
              RevisionMap m({rev("zzzz", {}), rev("yyyy", {"zzzz"}), rev("dddd", {"cccc"}), rev("cccc", {"dddd"})});
          }) == "Cycle is detected in revisions (cccc, dddd)");
}

TEST_CASE("an id in two files warns, and the earlier file stays a head", "[script]") {
    std::vector<std::string> warned;
    RevisionMap map({rev("aaaa", {}), rev("bbbb", {"aaaa"}, {}, {}, "first"), rev("bbbb", {"aaaa"}, {}, {}, "second"),
                     rev("cccc", {"bbbb"})},
                    [&](const std::string& w) { warned.push_back(w); });
    CHECK(warned == std::vector<std::string>{"Revision bbbb is present more than once"});
    // Alembic's ordered sets hold both Revision objects; nothing points at the replaced one
    CHECK(map.heads() == std::vector<std::string>{"bbbb", "cccc"});
    CHECK(map.real_heads() == std::vector<std::string>{"bbbb", "cccc"});
    CHECK(map.bases() == std::vector<std::string>{"aaaa"});
    CHECK(map.find("bbbb")->doc() == "second");
    CHECK(revision_error([&] { map.get_revision(std::string("head")); }).rfind("Multiple heads are present", 0) == 0);
    CHECK(revision_error([&] {
              map.iterate_revisions(RevArg{std::string("heads")}, RevArg{std::string("base")}, false, true, false, false);
          }) == "Requested revision cccc overlaps with other requested revisions bbbb");
}

TEST_CASE("relative identifiers with no revision to start from read as Alembic prints them", "[script]") {
    RevisionMap map({rev("aaaa1", {}), rev("bbbb2", {"aaaa1"})});
    // upgrade formats "current - n" with the parsed int: "+0" reads "0"
    CHECK(revision_error([&] {
              map.iterate_revisions(RevArg{std::string("+0")}, RevArg{std::vector<std::string>{}}, true, false, true, false);
          }) == "Relative revision 0 didn't produce 0 migrations");
    CHECK(revision_error([&] {
              map.iterate_revisions(RevArg{std::string("-01")}, RevArg{std::vector<std::string>{"bbbb2"}}, true, false,
                                    true, false);
          }) == "Relative revision -1 didn't produce 1 migrations");
    // downgrade keeps the text
    CHECK(revision_error([&] {
              map.iterate_revisions(RevArg{std::vector<std::string>{"bbbb2"}}, RevArg{std::string("+1")}, false, false,
                                    true, true);
          }) == "Relative revision +1 didn't produce 1 migrations");
}

TEST_CASE("downgrade -1 from several current heads warns and takes the first", "[script]") {
    std::vector<std::string> warned;
    RevisionMap map({rev("aaaa", {}), rev("bbbb", {"aaaa"}), rev("cccc", {"aaaa"})},
                    [&](const std::string& w) { warned.push_back(w); });
    auto down = map.iterate_revisions(RevArg{std::vector<std::string>{"cccc", "bbbb"}}, RevArg{std::string("-1")}, false,
                                      false, true, true);
    CHECK(ids(down) == std::vector<std::string>{"cccc"});
    CHECK(warned == std::vector<std::string>{
                        "downgrade -1 from multiple heads is ambiguous; this usage will be disallowed in a future release."});
}
