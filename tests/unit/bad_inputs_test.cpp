// The bad-input catalog (tests/bad_inputs/, see its README.md): every case is a file a user could
// give Revlab (a revision script, a models.py, a console line, a JSON request) and the message it
// must get back. The runner feeds each one through the core as the page does, and checks that
// the message is there, that nothing crashed or escaped as an exception, and that nothing was
// lost: the database and the project's files are exactly as they were before the failing command.
#include "support.hpp"

#include "api.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

extern "C" {
int revlab_open(const char* options_json);
const char* revlab_call(int handle, const char* request_json);
void revlab_close(int handle);
}

using revlab::testing::TestProject;
namespace fs = std::filesystem;

namespace {

enum class Kind { Revision, Models, Console, Json, Open };

struct Case {
    std::string name; // the file name without its kind suffix
    Kind kind = Kind::Console;
    std::string content;
    // From the .expect file.
    std::vector<std::string> run; // commands, in order (revision and models cases have defaults)
    std::optional<int> exit_code;
    std::vector<std::string> errors; // substrings of the output
    std::string at;                  // file:line:col
    bool files_may_change = false;
    std::optional<std::uint64_t> steps; // the SQL step budget, when the case sets one
};

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// "\xNN" escapes, for the few cases whose bytes (NUL, invalid UTF-8) a text file cannot hold.
std::string decode_escapes(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 3 < text.size() && text[i + 1] == 'x' && std::isxdigit(static_cast<unsigned char>(text[i + 2])) &&
            std::isxdigit(static_cast<unsigned char>(text[i + 3]))) {
            out += static_cast<char>(std::stoi(text.substr(i + 2, 2), nullptr, 16));
            i += 3;
        } else {
            out += text[i];
        }
    }
    return out;
}

Case load_case(const fs::path& file, Kind kind, const std::string& name) {
    Case c;
    c.name = name;
    c.kind = kind;
    c.content = read_file(file);
    const fs::path expect = file.parent_path() / (name + ".expect");
    REQUIRE(fs::exists(expect));
    std::istringstream lines(read_file(expect));
    std::string line;
    size_t repeat = 1;
    while (std::getline(lines, line)) {
        if (line.empty() || line[0] == '#') continue;
        const auto colon = line.find(": ");
        REQUIRE(colon != std::string::npos);
        const std::string key = line.substr(0, colon), value = line.substr(colon + 2);
        if (key == "run") c.run.push_back(value);
        else if (key == "exit") c.exit_code = std::stoi(value);
        else if (key == "error") c.errors.push_back(value);
        else if (key == "at") c.at = value;
        else if (key == "repeat") repeat = std::stoul(value);
        else if (key == "escapes") c.content = decode_escapes(c.content);
        else if (key == "files") c.files_may_change = value == "changed";
        else if (key == "steps") c.steps = std::stoull(value);
        else FAIL("unknown key '" << key << "' in " << expect.string());
    }
    if (repeat > 1) {
        std::string once = c.content;
        c.content.clear();
        c.content.reserve(once.size() * repeat);
        for (size_t i = 0; i < repeat; ++i) c.content += once;
    }
    if (c.run.empty() && kind == Kind::Revision) c.run.push_back("flask db upgrade");
    if (c.run.empty() && kind == Kind::Models) c.run.push_back("flask db migrate -m bad");
    return c;
}

std::vector<Case> load_catalog() {
    const fs::path dir = fs::path(REVLAB_SOURCE_DIR) / "tests" / "bad_inputs";
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    // The first suffix that matches decides (".open.json" before ".json").
    const std::pair<const char*, Kind> suffixes[] = {{".revision.py", Kind::Revision}, {".models.py", Kind::Models},
                                                     {".console", Kind::Console},       {".open.json", Kind::Open},
                                                     {".json", Kind::Json}};
    std::vector<Case> cases;
    for (const auto& f : files) {
        const std::string file = f.filename().string();
        for (const auto& suffix : suffixes) {
            const std::string s = suffix.first;
            if (file.size() > s.size() && file.compare(file.size() - s.size(), s.size(), s) == 0) {
                cases.push_back(load_case(f, suffix.second, file.substr(0, file.size() - s.size())));
                break;
            }
        }
    }
    return cases;
}

// A revision case may hold several files, separated by a line "#--file--".
std::vector<std::string> split_files(const std::string& content) {
    std::vector<std::string> parts;
    const std::string sep = "\n#--file--\n";
    size_t start = 0;
    for (size_t at; (at = content.find(sep, start)) != std::string::npos; start = at + sep.size())
        parts.push_back(content.substr(start, at - start));
    parts.push_back(content.substr(start));
    return parts;
}

std::map<std::string, std::string> all_files(const TestProject& p) {
    std::map<std::string, std::string> files;
    for (const auto& f : p.files.all_files()) files[f] = p.files.read(f);
    return files;
}

// The demo at its head with a few rows: what a bad input must not damage.
void prepare(TestProject& p) {
    REQUIRE(p.run("flask db upgrade").exit_code == 0);
    p.database().exec("INSERT INTO user_visits (ip_address, user_agent, visit_count) VALUES "
                      "('10.0.0.1', 'curl', 3), ('10.0.0.2', NULL, 1)");
}

void check_message(const Case& c, const std::string& output) {
    INFO("output:\n" << output);
    for (const auto& e : c.errors) CHECK(output.find(e) != std::string::npos);
    if (!c.at.empty()) CHECK(output.find(c.at) != std::string::npos);
}

void run_project_case(const Case& c) {
    TestProject p;
    prepare(p);
    if (c.steps) p.db.set_step_budget(*c.steps);
    if (c.kind == Kind::Revision) {
        const auto parts = split_files(c.content);
        for (size_t i = 0; i < parts.size(); ++i)
            p.files.write("migrations/versions/" + c.name + (i ? "_" + std::to_string(i + 1) : "") + ".py", parts[i]);
    } else if (c.kind == Kind::Models) {
        p.files.write("app/models.py", c.content);
    }
    const std::string bytes = p.db.bytes();
    const auto files = all_files(p);

    std::vector<std::string> commands = c.run;
    if (c.kind == Kind::Console) {
        std::istringstream lines(c.content);
        for (std::string line; std::getline(lines, line);) commands.push_back(line);
    }
    std::string output;
    int exit_code = 0;
    for (const auto& command : commands) {
        try {
            auto r = p.run(command);
            output += r.text();
            exit_code = r.exit_code;
        } catch (const std::exception& e) {
            FAIL("'" << command << "' threw instead of answering: " << e.what());
        }
    }
    check_message(c, output);
    if (c.exit_code) CHECK(exit_code == *c.exit_code);
    CHECK(p.db.bytes() == bytes);
    if (!c.files_may_change) CHECK(all_files(p) == files);
}

// JSON requests go through the wasm module's own entry points, bad JSON included.
void run_json_case(const Case& c) {
    const int handle = revlab_open("{\"example\": \"visits\"}");
    REQUIRE(handle > 0);
    auto call = [handle](const std::string& request) { return nlohmann::json::parse(revlab_call(handle, request.c_str())); };
    REQUIRE(call(R"({"cmd": "run", "line": "flask db upgrade"})")["exit_code"] == 0);
    REQUIRE(call(R"json({"cmd": "query", "sql": "INSERT INTO user_visits (ip_address, visit_count) VALUES ('10.0.0.1', 3)"})json")["ok"] == true);
    const auto before = call(R"({"cmd": "snapshot"})");
    // C strings end at the first NUL: a request holding one is cut there, as in the page.
    const auto reply = call(c.content);
    INFO("reply: " << reply.dump());
    CHECK(reply["ok"] == false);
    const std::string error = reply.value("error", "");
    check_message(c, error + (reply.contains("where") ? " " + reply["where"]["file"].get<std::string>() + ":" +
                                                             std::to_string(reply["where"]["line"].get<int>()) + ":" +
                                                             std::to_string(reply["where"]["column"].get<int>())
                                                       : std::string()));
    CHECK(call(R"({"cmd": "snapshot"})") == before);
    revlab_close(handle);
}

// Options given to revlab_open, as the page opens a project from a link or an import: no handle,
// the reason from revlab_call(0, ...), and a module that still opens projects and runs commands.
void run_open_case(const Case& c) {
    CHECK(revlab_open(c.content.c_str()) == 0);
    const auto reply = nlohmann::json::parse(revlab_call(0, "{}"));
    INFO("reply: " << reply.dump());
    CHECK(reply["ok"] == false);
    check_message(c, reply.value("error", ""));
    const int handle = revlab_open("{}");
    REQUIRE(handle > 0);
    const auto run = nlohmann::json::parse(revlab_call(handle, R"({"cmd": "run", "line": "flask db upgrade"})"));
    CHECK(run["exit_code"] == 0);
    revlab_close(handle);
}

void run_cases(const std::vector<Case>& cases) {
    for (const auto& c : cases) {
        INFO("case " << c.name);
        CHECK_FALSE(c.errors.empty());
        if (c.kind == Kind::Json) run_json_case(c);
        else if (c.kind == Kind::Open) run_open_case(c);
        else run_project_case(c);
    }
}

// The cases whose file name starts with one of `initials` (r: revisions, m: models, c: console,
// j and o: the JSON API).
std::vector<Case> cases_starting_with(const std::string& initials) {
    std::vector<Case> out;
    for (auto& c : load_catalog())
        if (!c.name.empty() && initials.find(c.name[0]) != std::string::npos) out.push_back(std::move(c));
    return out;
}

} // namespace

// One test case, and one ctest entry (a tag each), per kind of input: the revision scripts, which
// run in the interpreter, are the slow part, above all as wasm.
TEST_CASE("the bad-input catalog: every case is one of its kinds", "[catalog]") {
    const auto all = load_catalog();
    CHECK(all.size() >= 140);
    for (const auto& c : all) {
        INFO("case " << c.name);
        CHECK(std::string("rmcjo").find(c.name.empty() ? '?' : c.name[0]) != std::string::npos);
    }
}

TEST_CASE("the bad-input catalog: revision scripts get their message, and lose nothing", "[catalog_revisions]") {
    const auto cases = cases_starting_with("r");
    CHECK(cases.size() >= 70);
    run_cases(cases);
}

TEST_CASE("the bad-input catalog: models, console lines and JSON get their message, and lose nothing",
          "[catalog]") {
    const auto cases = cases_starting_with("mcjo");
    CHECK(cases.size() >= 70);
    run_cases(cases);
}
