#include "project/examples.hpp"

#include "error.hpp"

#include <algorithm>

namespace revlab::project {

std::vector<std::string> example_names() {
    std::vector<std::string> names;
    for (const auto& f : embedded_files()) {
        std::string p = f.path;
        auto name = p.substr(0, p.find('/'));
        if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
    return names;
}

void load_example(const std::string& name, FileTree& tree) {
    bool found = false;
    for (const auto& f : embedded_files()) {
        std::string p = f.path;
        if (p.rfind(name + "/", 0) != 0) continue;
        tree.write(p.substr(name.size() + 1), std::string(f.data, f.size));
        found = true;
    }
    if (!found) throw Error("no example project named '" + name + "'");
}

std::string example_file(const std::string& name, const std::string& path) {
    for (const auto& f : embedded_files())
        if (std::string(f.path) == name + "/" + path) return std::string(f.data, f.size);
    throw Error("the example project '" + name + "' has no file '" + path + "'");
}

} // namespace revlab::project
