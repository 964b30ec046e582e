// `_revlab_files`: the text of a file of the project, for the standard modules that Python
// programs point at project files (logging.config.fileConfig('migrations/alembic.ini'),
// configparser's read()). Only what the host serves as the project (the files imports read too);
// nothing outside it, nothing written.
#include "py/runtime/args.hpp"
#include "py/stdlib/native.hpp"

namespace revlab::py {

namespace {

// A path inside the project: relative, '/'-separated, no '..' (host paths never leave the project).
std::optional<std::string> inside_project(std::string path) {
    while (path.rfind("./", 0) == 0)
        path.erase(0, 2);
    if (path.empty() || path.front() == '/') return std::nullopt;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = path.find('/', start);
        if (path.compare(start, end == std::string::npos ? std::string::npos : end - start, "..") == 0)
            return std::nullopt;
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return path;
}

// read(path): the file's text; FileNotFoundError as Python's open() raises it when the project
// has no such file.
Value files_read(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "read", {"path", "/"});
    const std::string path = I.host.project_path(I.to_str(a[0]));
    std::optional<std::string> text;
    if (std::optional<std::string> rel = inside_project(path); rel && I.host.read_file)
        text = I.host.read_file(*rel);
    if (!text) I.raise("FileNotFoundError", "[Errno 2] No such file or directory: " + I.repr(a[0]));
    return I.str(std::move(*text));
}

void init_files(Interp& I, ModuleObj& m) {
    m.dict->set(I, "read", I.builtin("read", files_read));
}

} // namespace

void register_files_module(Interp& I) {
    I.add_native_module("_revlab_files", init_files);
}

} // namespace revlab::py
