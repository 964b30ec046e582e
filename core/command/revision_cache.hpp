// versions/__pycache__/revlab-revisions.cache: the headers of the revision files Revlab has read
// (id, down_revision, depends_on, branch_labels, docstring), each under the file's size and
// modification time. Python keeps compiled revision modules in the same folder, which is why
// Alembic lists a long history quickly; with this cache Revlab reads an unchanged file's header
// without parsing it, and parses its body only when a command runs it.
//
// Only files that loaded without error are kept, so an error is reported by every command, as
// before. A file changed in the last two seconds is not kept (its next change might leave the
// stamp as it is: git's "racily clean" problem). A cache that cannot be read is ignored and one that
// cannot be written is not written: it is never a reason for a command to fail. Trees in memory (the
// browser) have no stamps and are never cached.
#pragma once

#include "project/file_tree.hpp"
#include "script/revision.hpp"

#include <unordered_map>
#include <unordered_set>
#include <optional>
#include <string>

namespace revlab::command {

class RevisionCache {
public:
    RevisionCache(project::FileTree& files, const std::string& versions_dir);

    // The stamp of a revision file, or nullopt when this tree keeps none (nothing is cached then).
    std::optional<project::FileStamp> stamp(const std::string& path) const;
    // The revision from its cached header, when the file's stamp is the one cached; its body is
    // parsed from the file on first use.
    std::optional<script::Revision> find(const std::string& name, const std::string& path,
                                         const project::FileStamp& stamp);
    // Keeps the header of a revision just read from its file.
    void remember(const std::string& name, const project::FileStamp& stamp, const script::Revision& rev);
    // Writes the cache when it changed; failures are ignored (see above).
    void save();

    static constexpr const char* kFileName = "__pycache__/revlab-revisions.cache";

private:
    struct Header {
        project::FileStamp stamp;
        std::string id;
        std::vector<std::string> down_revisions, dependencies, branch_labels;
        std::string longdoc;
    };
    void load();

    project::FileTree& files_;
    std::string path_;
    bool enabled_ = false;
    bool changed_ = false;
    std::unordered_map<std::string, Header> headers_; // by file name
    std::unordered_set<std::string> seen_;   // the names looked up or remembered this time
};

} // namespace revlab::command
