// A console line as a user types it in the guide's examples: `uv run flask db upgrade`,
// `set FLASK_APP=main.py`, `rm app.db`, plus the few shell commands a user reaches for while
// following along (ls, cat, sqlite3 app.db .schema).
#include "command/dispatch.hpp"

#include "sqlite/database.hpp"

#include <algorithm>

namespace revlab::command {

namespace {

bool is_database_name(const Context& ctx, const std::string& name) {
    std::string url = ctx.database.url();
    std::string file = url.substr(url.rfind('/') + 1);
    return name == file || name == "./" + file;
}

int run_rm(Context& ctx, const std::vector<std::string>& words, Output& out) {
    bool force = false;
    std::vector<std::string> targets;
    for (size_t i = 1; i < words.size(); ++i) {
        if (words[i] == "-f" || words[i] == "-rf" || words[i] == "-fr") force = true;
        else targets.push_back(words[i]);
    }
    if (targets.empty()) {
        out.err("rm: missing operand");
        return 1;
    }
    int rc = 0;
    for (const auto& t : targets) {
        if (is_database_name(ctx, t)) {
            if (!ctx.database.exists()) {
                if (!force) out.err("rm: cannot remove '" + t + "': No such file or directory"), rc = 1;
                continue;
            }
            ctx.database.remove();
        } else if (ctx.files.exists(t) && !ctx.files.is_dir(t)) {
            ctx.files.remove(t);
        } else if (!force) {
            out.err("rm: cannot remove '" + t + "': No such file or directory");
            rc = 1;
        }
    }
    return rc;
}

int run_sqlite3(Context& ctx, const std::vector<std::string>& words, Output& out) {
    if (words.size() < 2 || !is_database_name(ctx, words[1])) {
        out.err("usage: sqlite3 app.db [.schema | .tables | \"SQL\"]");
        return 1;
    }
    sqlite::Database& db = ctx.database.open();
    std::string cmd = words.size() > 2 ? words[2] : ".schema";
    if (cmd == ".schema") {
        for (const auto& row : db.query("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"))
            if (auto* s = std::get_if<std::string>(&row[0])) {
                std::string text = *s + ";";
                size_t start = 0;
                while (true) {
                    size_t nl = text.find('\n', start);
                    out.out(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
                    if (nl == std::string::npos) break;
                    start = nl + 1;
                }
            }
        return 0;
    }
    if (cmd == ".tables") {
        std::string line;
        for (const auto& row : db.query("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"))
            if (auto* s = std::get_if<std::string>(&row[0])) line += (line.empty() ? "" : "  ") + *s;
        if (!line.empty()) out.out(line);
        return 0;
    }
    // As the sqlite3 shell runs its argument: every statement in turn, each row as a|b|c, within
    // the step budget; the output is capped as the page's SQL box is. A transaction left open is
    // rolled back, as when the shell exits (the page's database outlives the line).
    sqlite::ResultSize size;
    try {
        db.exec(cmd, [&](const sqlite::Statement& st) {
            std::string line;
            for (int c = 0; c < st.column_count(); ++c) {
                if (c) line += "|";
                size.add(st.column_bytes(c) + 1);
                if (!st.column_is_null(c)) line += st.column_text(c);
            }
            out.out(std::move(line));
        });
    } catch (const Error& e) {
        db.rollback_user_transaction();
        out.err("Error: " + e.message());
        return 1;
    }
    db.rollback_user_transaction();
    return 0;
}

int run_words(Context& ctx, const std::vector<std::string>& words, Output& out);

} // namespace

int run_console_line(Context& ctx, const std::string& line, Output& out) {
    std::vector<std::string> words;
    try {
        words = split_command_line(line);
    } catch (const Error& e) {
        out.err(e.message());
        return 2;
    }
    // `uv run ...` runs the command in the project's environment: here, the same thing.
    if (words.size() >= 2 && words[0] == "uv" && words[1] == "run") words.erase(words.begin(), words.begin() + 2);
    if (words.size() >= 3 && (words[0] == "python" || words[0] == "python3") && words[1] == "-m" && words[2] == "flask")
        words.erase(words.begin(), words.begin() + 2);
    if (words.empty()) return 0;
    // A console answers every line as a shell would, with a message and an exit status: a path
    // the file tree refuses (`ls ..`, `cat a<NUL>b`) must not escape as an exception.
    try {
        return run_words(ctx, words, out);
    } catch (const Error& e) {
        out.err(words[0] + ": " + e.message());
        return 1;
    }
}

namespace {

int run_words(Context& ctx, const std::vector<std::string>& words, Output& out) {
    const std::string& cmd = words[0];
    if (cmd == "set" || cmd == "export" || cmd == "cd" || cmd == "source") return 0; // the environment is implied
    if (cmd == "rm" || cmd == "del") return run_rm(ctx, words, out);
    if (cmd == "sqlite3") return run_sqlite3(ctx, words, out);
    if (cmd == "ls" || cmd == "dir") {
        std::string dir = words.size() > 1 ? words[1] : "";
        if (!ctx.files.is_dir(dir)) {
            out.err("ls: cannot access '" + dir + "': No such file or directory");
            return 2;
        }
        auto names = ctx.files.list(dir);
        std::sort(names.begin(), names.end());
        if (dir.empty() && ctx.database.exists() && std::find(names.begin(), names.end(), "app.db") == names.end()) {
            names.push_back("app.db");
            std::sort(names.begin(), names.end());
        }
        for (const auto& n : names) out.out(n);
        return 0;
    }
    if (cmd == "cat" || cmd == "type") {
        if (words.size() < 2) return 0;
        try {
            std::string text = ctx.files.read(words[1]);
            if (!text.empty() && text.back() == '\n') text.pop_back();
            size_t start = 0;
            while (true) {
                size_t nl = text.find('\n', start);
                out.out(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
                if (nl == std::string::npos) break;
                start = nl + 1;
            }
        } catch (const Error&) {
            out.err("cat: " + words[1] + ": No such file or directory");
            return 1;
        }
        return 0;
    }
    // `python main.py` / `uv run main.py`: the app starts, as main.py's init_database() does.
    if ((cmd == "python" || cmd == "python3" || cmd == "main.py") &&
        (cmd == "main.py" || (words.size() >= 2 && words[1] == "main.py")))
        return run_app_start(ctx, out);
    if (cmd == "flask") {
        std::vector<std::string> rest(words.begin() + 1, words.end());
        // flask --app main.py db ...: the app option names what Revlab already knows.
        while (rest.size() >= 2 && (rest[0] == "--app" || rest[0] == "-A")) rest.erase(rest.begin(), rest.begin() + 2);
        if (!rest.empty() && rest[0] == "db") return run_flask_db(ctx, std::vector<std::string>(rest.begin() + 1, rest.end()), out);
        if (!rest.empty() && rest[0] == "run") return run_app_start(ctx, out);
        if (rest.empty() || rest[0] == "--help") {
            out.out("Usage: flask [OPTIONS] COMMAND [ARGS]...");
            out.out("");
            out.out("Commands:");
            out.out("  db      Perform database migrations.");
            return 0;
        }
        out.err("Usage: flask [OPTIONS] COMMAND [ARGS]...");
        out.err("Try 'flask --help' for help.");
        out.err("");
        out.err("Error: No such command '" + rest[0] + "'.");
        return 2;
    }
    out.err(cmd + ": command not found");
    return 127;
}

} // namespace

} // namespace revlab::command
