// The mako suite: script.py.mako rendered as Mako renders it (command/mako.hpp), run in the
// sandboxed interpreter. Expected texts are what Mako 1.2 (Debian's python3-mako) renders.
#include "command/mako.hpp"
#include "command/template.hpp"
#include "error.hpp"
#include "operations/script_host.hpp"

#include <catch2/catch.hpp>

namespace {

std::string render(const std::string& text, revlab::command::TemplateValues values = {}) {
    revlab::operations::ScriptHost host(
        nullptr, [](std::string_view) {}, [](std::string_view) {});
    if (values.create_date.empty()) values.create_date = "2026-12-07 10:00:00.000001";
    return revlab::command::render_script_template(host, text, values, "migrations/script.py.mako");
}

} // namespace

TEST_CASE("text, expressions and Alembic's values render as Mako renders them", "[mako]") {
    revlab::command::TemplateValues v;
    v.message = "add 'x'";
    v.up_revision = "abc";
    v.down_revision = {"p1", "p2"};
    v.branch_labels = {"feature"};
    CHECK(render("${message}|${repr(up_revision)}|${down_revision | comma,n}|${repr(down_revision)}|"
                 "${repr(branch_labels)}|${repr(depends_on)}\n",
                 v) == "add 'x'|'abc'|p1, p2|('p1', 'p2')|('feature',)|None\n");
    // create_date is a datetime; an absent value is Mako's UNDEFINED: false, so the else branch renders.
    CHECK(render(
              "${create_date.year} ${upgrades if upgrades else \"pass\"} ${imports if imports else \"\"}!") ==
          "2026 pass !");
    CHECK(render("${'<a&b>' | h} ${' pad ' | trim}|${'%s_upgrades' % 'x'}") ==
          "&lt;a&amp;b&gt; pad|x_upgrades");
}

TEST_CASE("control lines, blocks, comments and continuations", "[mako]") {
    const std::string text =
        "<%!\nimport re\n%>head\n"
        "## a comment line vanishes\n"
        "<%\n    names = ['', 'logs']\n    if True:\n        names.append('archive')\n%>\n"
        "% for name in names:\n"
        "def upgrade_${name}():\n"
        "    ${context.get('%s_upgrades' % name, 'pass')}\n"
        "%   if name == 'logs':\n"
        "# logs\n"
        "%   else:\n"
        "# not logs\n"
        "%   endif\n"
        "% endfor\n"
        "one \\\nline ${re.sub('a', 'b', 'aa')}\n"
        "100%% <%text>${kept}</%text> <%doc>gone</%doc>done\n%% literal\n";
    revlab::command::TemplateValues v;
    v.bodies = {{"logs_upgrades", "op.drop_table('t')"}};
    CHECK(render(text, v) == "head\n\n"
                             "def upgrade_():\n    pass\n# not logs\n"
                             "def upgrade_logs():\n    op.drop_table('t')\n# logs\n"
                             "def upgrade_archive():\n    pass\n# not logs\n"
                             "one line bb\n"
                             "100%% ${kept} done\n% literal\n");
}

TEST_CASE("a template's errors name its line", "[mako]") {
    auto fails = [](const std::string& text) -> std::string {
        try {
            render(text);
        } catch (const revlab::Error& e) {
            return (e.where() ? e.where()->str() + ": " : std::string()) + e.message();
        }
        return "rendered";
    };
    CHECK(fails("a\n${oops\n") == "migrations/script.py.mako:2:1: the template's ${ is never closed with }");
    CHECK(fails("% for x in y:\nz\n") ==
          "migrations/script.py.mako:1:1: the template's '% for' has no '% endfor'");
    CHECK(fails("% endif\n") == "migrations/script.py.mako:1:1: the template's '% endif' closes no '% if'");
    CHECK(fails("<%def name='x()'>y</%def>\n").find("does not support Mako's <%def> tag") !=
          std::string::npos);
    // A Python error inside the template is placed at the template's line.
    const std::string undefined = fails("line one\n${1 // 0}\n");
    CHECK(undefined.rfind("migrations/script.py.mako:2:1: ZeroDivisionError", 0) == 0);
    CHECK(fails("${upgrades}").find("NameError: Undefined") != std::string::npos);
}
