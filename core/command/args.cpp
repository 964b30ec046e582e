#include "command/args.hpp"

#include <algorithm>

namespace revlab::command {

namespace {

OptionSpec opt(std::vector<std::string> names, std::string dest, bool flag = false, bool multiple = false) {
    return OptionSpec{std::move(names), flag, multiple, std::move(dest)};
}

OptionSpec directory() { return opt({"-d", "--directory"}, "directory"); }

// Python difflib's SequenceMatcher.ratio(), for click's "Did you mean" suggestions.
size_t matching_chars(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return 0;
    size_t best = 0, ai = 0, bi = 0;
    for (size_t i = 0; i < a.size(); ++i)
        for (size_t j = 0; j < b.size(); ++j) {
            size_t k = 0;
            while (i + k < a.size() && j + k < b.size() && a[i + k] == b[j + k]) ++k;
            if (k > best) best = k, ai = i, bi = j;
        }
    if (best == 0) return 0;
    return best + matching_chars(a.substr(0, ai), b.substr(0, bi)) +
           matching_chars(a.substr(ai + best), b.substr(bi + best));
}

double ratio(const std::string& a, const std::string& b) {
    size_t total = a.size() + b.size();
    return total ? 2.0 * static_cast<double>(matching_chars(a, b)) / static_cast<double>(total) : 1.0;
}

} // namespace

std::optional<std::string> ParsedArgs::value(const std::string& dest) const {
    auto it = values.find(dest);
    if (it == values.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

bool ParsedArgs::flag(const std::string& dest) const {
    auto it = flags.find(dest);
    return it != flags.end() && it->second;
}

std::vector<std::string> ParsedArgs::all(const std::string& dest) const {
    auto it = values.find(dest);
    return it == values.end() ? std::vector<std::string>{} : it->second;
}

const std::vector<VerbSpec>& verb_specs() {
    static const std::vector<VerbSpec> specs = {
        {"branches", "[OPTIONS]", {directory(), opt({"-v", "--verbose"}, "verbose", true)}, 0, {}},
        {"check", "[OPTIONS]", {directory()}, 0, {}},
        {"current", "[OPTIONS]", {directory(), opt({"-v", "--verbose"}, "verbose", true)}, 0, {}},
        {"downgrade", "[OPTIONS] [REVISION]",
         {directory(), opt({"--sql"}, "sql", true), opt({"--tag"}, "tag"), opt({"-x", "--x-arg"}, "x_arg", false, true)},
         1, {"-1"}},
        {"edit", "[OPTIONS] [REVISION]", {directory()}, 1, {"head"}},
        {"heads", "[OPTIONS]",
         {directory(), opt({"-v", "--verbose"}, "verbose", true), opt({"--resolve-dependencies"}, "resolve_dependencies", true)},
         0, {}},
        {"history", "[OPTIONS]",
         {directory(), opt({"-r", "--rev-range"}, "rev_range"), opt({"-v", "--verbose"}, "verbose", true),
          opt({"-i", "--indicate-current"}, "indicate_current", true)},
         0, {}},
        {"init", "[OPTIONS]",
         {directory(), opt({"--multidb"}, "multidb", true), opt({"-t", "--template"}, "template"),
          opt({"--package"}, "package", true)},
         0, {}},
        {"list-templates", "[OPTIONS]", {}, 0, {}},
        {"merge", "[OPTIONS] [REVISIONS]...",
         {directory(), opt({"-m", "--message"}, "message"), opt({"--branch-label"}, "branch_label"),
          opt({"--rev-id"}, "rev_id")},
         -1, {}},
        {"migrate", "[OPTIONS]",
         {directory(), opt({"-m", "--message"}, "message"), opt({"--sql"}, "sql", true), opt({"--head"}, "head"),
          opt({"--splice"}, "splice", true), opt({"--branch-label"}, "branch_label"),
          opt({"--version-path"}, "version_path"), opt({"--rev-id"}, "rev_id"),
          opt({"-x", "--x-arg"}, "x_arg", false, true),
          opt({"--no-rename-detection"}, "no_rename_detection", true)},
         0, {}},
        {"revision", "[OPTIONS]",
         {directory(), opt({"-m", "--message"}, "message"), opt({"--autogenerate"}, "autogenerate", true),
          opt({"--sql"}, "sql", true), opt({"--head"}, "head"), opt({"--splice"}, "splice", true),
          opt({"--branch-label"}, "branch_label"), opt({"--version-path"}, "version_path"),
          opt({"--rev-id"}, "rev_id"), opt({"--depends-on"}, "depends_on", false, true)},
         0, {}},
        {"show", "[OPTIONS] [REVISION]", {directory()}, 1, {"head"}},
        {"stamp", "[OPTIONS] [REVISION]...",
         {directory(), opt({"--sql"}, "sql", true), opt({"--tag"}, "tag"), opt({"--purge"}, "purge", true)}, -1,
         {"head"}},
        {"upgrade", "[OPTIONS] [REVISION]",
         {directory(), opt({"--sql"}, "sql", true), opt({"--tag"}, "tag"), opt({"-x", "--x-arg"}, "x_arg", false, true)},
         1, {"head"}},
    };
    return specs;
}

const VerbSpec* find_verb(const std::string& name) {
    for (const auto& s : verb_specs())
        if (s.name == name) return &s;
    return nullptr;
}

std::string usage_error(const VerbSpec* spec, const std::string& message) {
    std::string cmd = spec ? "flask db " + spec->name : "flask db";
    std::string usage = spec ? spec->usage_args : "[OPTIONS] COMMAND [ARGS]...";
    return "Usage: " + cmd + " " + usage + "\nTry '" + cmd + " --help' for help.\n\nError: " + message;
}

ParsedArgs parse_verb_args(const VerbSpec& spec, const std::vector<std::string>& args) {
    ParsedArgs parsed;
    // A `multiple` option the verb takes is there even when not given, as click passes `()` for it
    // (Flask-Migrate's env.py then sees cmd_opts.x == [], and None for verbs without -x).
    for (const auto& o : spec.options)
        if (o.multiple) parsed.values[o.dest];
    auto find_option = [&](const std::string& name) -> const OptionSpec* {
        for (const auto& o : spec.options)
            if (std::find(o.names.begin(), o.names.end(), name) != o.names.end()) return &o;
        return nullptr;
    };
    auto no_such = [&](const std::string& name) {
        std::vector<std::string> close;
        std::vector<std::string> all_names{"--help"};
        for (const auto& o : spec.options)
            for (const auto& n : o.names) all_names.push_back(n);
        std::vector<std::pair<double, std::string>> scored;
        for (const auto& n : all_names)
            if (double r = ratio(name, n); r >= 0.6) scored.emplace_back(r, n);
        std::stable_sort(scored.begin(), scored.end(), [](auto& a, auto& b) { return a.first > b.first; });
        std::string msg = "No such option: " + name;
        if (!scored.empty()) {
            std::string alts;
            for (size_t i = 0; i < scored.size() && i < 3; ++i) alts += (i ? ", " : "") + scored[i].second;
            msg += scored.size() == 1 ? " Did you mean " + alts + "?" : " (Possible options: " + alts + ")";
        }
        throw UsageError{usage_error(&spec, msg)};
    };
    auto store = [&](const OptionSpec& o, const std::string& v) {
        auto& slot = parsed.values[o.dest];
        if (!o.multiple) slot.clear();
        slot.push_back(v);
    };
    bool options_done = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (options_done || a.size() < 2 || a[0] != '-' || a == "-") {
            parsed.positional.push_back(a);
            continue;
        }
        if (a == "--") {
            options_done = true;
            continue;
        }
        if (a == "--help") {
            parsed.help = true;
            continue;
        }
        if (a.rfind("--", 0) == 0) {
            auto eq = a.find('=');
            std::string name = a.substr(0, eq);
            const OptionSpec* o = find_option(name);
            if (!o) no_such(name);
            if (o->flag) {
                if (eq != std::string::npos)
                    throw UsageError{usage_error(&spec, "Option '" + name + "' does not take a value.")};
                parsed.flags[o->dest] = true;
            } else if (eq != std::string::npos) {
                store(*o, a.substr(eq + 1));
            } else {
                if (i + 1 >= args.size()) throw UsageError{"Error: Option '" + name + "' requires an argument."};
                store(*o, args[++i]);
            }
            continue;
        }
        // Short options: -v, -vi (grouped flags), -mmessage, -m message
        for (size_t k = 1; k < a.size(); ++k) {
            std::string name = std::string("-") + a[k];
            const OptionSpec* o = find_option(name);
            if (!o) {
                // click reports the whole token when its first letter is unknown (e.g. "-1")
                no_such(k == 1 ? a : name);
            }
            if (o->flag) {
                parsed.flags[o->dest] = true;
                continue;
            }
            if (k + 1 < a.size()) store(*o, a.substr(k + 1));
            else if (i + 1 < args.size()) store(*o, args[++i]);
            else throw UsageError{"Error: Option '" + name + "' requires an argument."};
            break;
        }
    }
    if (spec.max_positional >= 0 && static_cast<int>(parsed.positional.size()) > spec.max_positional) {
        std::vector<std::string> extra(parsed.positional.begin() + spec.max_positional, parsed.positional.end());
        std::string list;
        for (const auto& e : extra) list += (list.empty() ? "" : " ") + e;
        throw UsageError{usage_error(&spec, std::string("Got unexpected extra argument") +
                                                (extra.size() > 1 ? "s" : "") + " (" + list + ")")};
    }
    if (parsed.positional.empty()) parsed.positional = spec.positional_defaults;
    return parsed;
}

} // namespace revlab::command
