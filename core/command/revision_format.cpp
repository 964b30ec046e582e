#include "command/revision_format.hpp"

namespace revlab::command {

using script::format_as_comma;

namespace {
std::string down_text(const script::Revision& rev) {
    return rev.down_revisions.empty() ? "<base>" : format_as_comma(rev.down_revisions);
}
} // namespace

std::string head_only(const script::Revision& rev, const HeadOnlyOptions& o) {
    std::string text = rev.id;
    if (o.include_parents) {
        if (!rev.dependencies.empty())
            text = down_text(rev) + " (" + format_as_comma(rev.dependencies) + ") -> " + text;
        else
            text = down_text(rev) + " -> " + text;
    }
    if (o.include_branches && !rev.branch_labels.empty()) text += " (" + format_as_comma(rev.branch_labels) + ")";
    if (o.head_indicators || o.tree_indicators) {
        if (rev.is_real_head()) text += " (head)";
        if (rev.is_head() && !rev.is_real_head()) text += " (effective head)";
        if (o.current) text += " (current)";
    }
    if (o.tree_indicators) {
        if (rev.is_branch_point()) text += " (branchpoint)";
        if (rev.is_merge_point()) text += " (mergepoint)";
    }
    if (o.include_doc) text += ", " + rev.doc();
    return text;
}

std::string log_entry(const script::Revision& rev, bool current) {
    std::string entry = "Rev: " + rev.id + (rev.is_head() ? " (head)" : "") + (rev.is_branch_point() ? " (branchpoint)" : "") +
                        (rev.is_merge_point() ? " (mergepoint)" : "") + (current ? " (current)" : "") + "\n";
    if (rev.is_merge_point()) entry += "Merges: " + down_text(rev) + "\n";
    else entry += "Parent: " + down_text(rev) + "\n";
    if (!rev.dependencies.empty()) entry += "Also depends on: " + format_as_comma(rev.dependencies) + "\n";
    if (rev.is_branch_point()) entry += "Branches into: " + format_as_comma(rev.nextrev) + "\n";
    if (!rev.branch_labels.empty()) entry += "Branch names: " + format_as_comma(rev.branch_labels) + "\n";
    entry += "Path: " + rev.path + "\n";
    // Python's str.splitlines(), each line indented four spaces.
    std::string doc;
    size_t start = 0;
    bool first = true;
    const std::string& d = rev.longdoc;
    while (start < d.size() || (first && d.empty())) {
        size_t nl = d.find('\n', start);
        std::string line = d.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!first) doc += "\n";
        if (!(d.empty())) doc += "    " + line;
        first = false;
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
    entry += "\n" + doc + "\n";
    return entry;
}

std::string cmd_format(const script::Revision& rev, bool verbose, const HeadOnlyOptions& o) {
    return verbose ? log_entry(rev, o.current) : head_only(rev, o);
}

} // namespace revlab::command
