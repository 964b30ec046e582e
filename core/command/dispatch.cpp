#include "command/dispatch.hpp"

#include "command/args.hpp"
#include "command/verbs.hpp"

#include <map>

namespace revlab::command {

namespace {

using Verb = void (*)(Invocation&);

Verb verb_function(const std::string& name) {
    static const std::map<std::string, Verb> verbs = {
        {"upgrade", cmd_upgrade},   {"downgrade", cmd_downgrade},       {"stamp", cmd_stamp},
        {"current", cmd_current},   {"history", cmd_history},           {"heads", cmd_heads},
        {"branches", cmd_branches}, {"show", cmd_show},                 {"revision", cmd_revision},
        {"merge", cmd_merge},       {"init", cmd_init},                 {"list-templates", cmd_list_templates},
        {"edit", cmd_edit},         {"migrate", cmd_migrate},           {"check", cmd_check},
    };
    auto it = verbs.find(name);
    return it == verbs.end() ? nullptr : it->second;
}

void print_block(Output& out, const std::string& text, bool to_stderr) {
    size_t start = 0;
    std::string t = text;
    if (!t.empty() && t.back() == '\n') t.pop_back();
    while (true) {
        size_t nl = t.find('\n', start);
        std::string line = t.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        to_stderr ? out.err(line) : out.out(line);
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
}

} // namespace

int run_flask_db(Context& ctx, const std::vector<std::string>& args, Output& out) {
    if (args.empty() || args[0] == "--help") {
        print_block(out, verb_help(""), false);
        return 0;
    }
    const VerbSpec* spec = find_verb(args[0]);
    Verb fn = spec ? verb_function(spec->name) : nullptr;
    if (!fn) {
        print_block(out, usage_error(nullptr, "No such command '" + args[0] + "'."), true);
        return 2;
    }
    ParsedArgs parsed;
    try {
        parsed = parse_verb_args(*spec, std::vector<std::string>(args.begin() + 1, args.end()));
    } catch (const UsageError& e) {
        print_block(out, e.text, true);
        return 2;
    }
    if (parsed.help) {
        if (const char* help = verb_help(spec->name)) print_block(out, help, false);
        return 0;
    }
    Context local = ctx;
    if (auto d = parsed.value("directory")) local.migrations_dir = *d;
    Invocation inv{local, out, parsed, false, nullptr, nullptr};
    try {
        fn(inv);
        return 0;
    } catch (const Error& e) {
        std::string text = "Error: " + std::string(e.what());
        // After env.py configured logging, Flask-Migrate's error goes through its logger.
        if (inv.env_loaded) {
            size_t nl = text.find('\n');
            out.log("ERROR", "flask_migrate", text.substr(0, nl));
            if (nl != std::string::npos) print_block(out, text.substr(nl + 1), true);
        } else {
            print_block(out, text, true);
        }
        return 1;
    }
}

std::vector<std::string> split_command_line(const std::string& line) {
    std::vector<std::string> words;
    std::string cur;
    bool in_word = false;
    char quote = 0;
    for (size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (quote) {
            if (c == quote) quote = 0;
            else if (c == '\\' && quote == '"' && i + 1 < line.size() &&
                     (line[i + 1] == '"' || line[i + 1] == '\\' || line[i + 1] == '$'))
                cur += line[++i];
            else cur += c;
            continue;
        }
        // A `#` that starts a word starts a comment, to the end of the line, as in a POSIX shell:
        // the guide's blocks hold lines such as `# 删除数据库文件` and `rm app.db  # ...`.
        if (c == '#' && !in_word) {
            size_t nl = line.find('\n', i);
            if (nl == std::string::npos) break;
            i = nl - 1;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            in_word = true;
        } else if (c == '\\' && i + 1 < line.size()) {
            cur += line[++i];
            in_word = true;
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (in_word) words.push_back(cur);
            cur.clear();
            in_word = false;
        } else {
            cur += c;
            in_word = true;
        }
    }
    if (quote) throw Error(std::string("unterminated ") + (quote == '"' ? "double" : "single") + " quote in the command line");
    if (in_word) words.push_back(cur);
    return words;
}

} // namespace revlab::command
