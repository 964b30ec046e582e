#include "command/verbs.hpp"

#include "command/binds.hpp"
#include "runtime/migration.hpp"

namespace revlab::command {

void Invocation::load_env(bool offline, bool autogenerate, const runtime::EngineRunner& runner) {
    runtime::RunOptions options;
    options.files = &ctx.files;
    options.script_steps = ctx.script_steps;
    options.module_trees = ctx.module_trees;
    scripts = runtime::script_host(out, options);
    install_app_settings(scripts->interp(), ctx);
    env = std::make_unique<runtime::Environment>(out, *scripts);
    runtime::EnvironmentSettings settings;
    settings.migrations_dir = ctx.migrations_dir;
    settings.offline = offline;
    settings.autogenerate = autogenerate;
    settings.url = ctx.database.url();
    if (args.takes("x_arg")) settings.x_args = args.all("x_arg");
    // Online, env.py connects (Flask-Migrate's run_migrations_online), which makes the database file.
    settings.database = offline ? nullptr : &ctx.database.open();
    settings.binds = bind_urls(ctx);
    settings.open_bind = [this](const std::string& url) -> sqlite::Database* {
        for (const auto& [key, bind_url] : bind_urls(ctx))
            if (bind_url == url) return &ctx.binds->get(key).open();
        return nullptr;
    };
    // From the first run_migrations() on, logging is configured as env.py left it.
    env->run(ctx.files, settings, [&](const runtime::EngineRun& engine) {
        env_loaded = true;
        *ctx.version_table = env->options().version_table;
        if (runner) runner(engine);
    });
    env_loaded = true;
}

void Invocation::print(const std::string& text) {
    std::string t = text;
    size_t start = 0;
    while (true) {
        size_t nl = t.find('\n', start);
        if (nl == std::string::npos) {
            out.out(t.substr(start));
            break;
        }
        out.out(t.substr(start, nl - start));
        start = nl + 1;
    }
}

namespace {
std::string substitute(std::string text, const std::string& key, const std::string& value) {
    for (size_t pos; (pos = text.find(key)) != std::string::npos;) text.replace(pos, key.size(), value);
    return text;
}
} // namespace

void rethrow_revision_error(const script::RevisionError& e, const RevisionErrorTexts& texts) {
    using K = script::RevisionError::Kind;
    switch (e.kind()) {
    case K::RangeNotAncestor: {
        std::string text = texts.ancestor.empty()
                               ? "Requested range %(start)s:%(end)s does not refer to ancestor/descendant revisions "
                                 "along the same branch"
                               : texts.ancestor;
        text = substitute(text, "%(start)s", texts.start.empty() ? e.lower : texts.start);
        text = substitute(text, "%(end)s", texts.end.empty() ? e.upper : texts.end);
        throw Error(text);
    }
    case K::MultipleHeads: {
        std::string text = texts.multiple_heads.empty()
                               ? "Multiple head revisions are present for given argument '%(head_arg)s'; please "
                                 "specify a specific target revision, '<branchname>@%(head_arg)s' to narrow to a "
                                 "specific head, or 'heads' for all heads"
                               : texts.multiple_heads;
        text = substitute(text, "%(head_arg)s", texts.end.empty() ? e.argument : texts.end);
        text = substitute(text, "%(heads)s", script::format_as_comma(e.heads));
        throw Error(text);
    }
    case K::Resolution:
        throw Error(texts.resolution.empty() ? "Can't locate revision identified by '" + e.argument + "'"
                                             : texts.resolution);
    case K::General: throw Error(e.message());
    }
    throw Error(e.message());
}

} // namespace revlab::command
