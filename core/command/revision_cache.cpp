#include "command/revision_cache.hpp"

#include "error.hpp"
#include "py/lexer.hpp"
#include "py/parser.hpp"

#include <algorithm>
#include <charconv>
#include <vector>

namespace revlab::command {

namespace {

constexpr const char* kMagic = "revlab-revisions 1";
constexpr std::int64_t kRacyNs = 2'000'000'000;

// Fields are separated by tabs and list items by \x1f; both, newlines and backslashes are escaped.
std::string escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\x1f': out += "\\u"; break;
        default: out += c;
        }
    }
    return out;
}

std::optional<std::string> unescape(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\') {
            out += s[i];
            continue;
        }
        if (++i == s.size()) return std::nullopt;
        switch (s[i]) {
        case '\\': out += '\\'; break;
        case 't': out += '\t'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 'u': out += '\x1f'; break;
        default: return std::nullopt;
        }
    }
    return out;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "\x1f" : "") + escape(items[i]);
    return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == sep) {
            out.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    return out;
}

std::optional<std::vector<std::string>> split_list(std::string_view s) {
    std::vector<std::string> out;
    if (s.empty()) return out;
    for (auto item : split(s, '\x1f')) {
        auto v = unescape(item);
        if (!v) return std::nullopt;
        out.push_back(std::move(*v));
    }
    return out;
}

bool parse_int(std::string_view s, std::int64_t& out) {
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
}

} // namespace

RevisionCache::RevisionCache(project::FileTree& files, const std::string& versions_dir)
    : files_(files), path_(versions_dir + "/" + kFileName) {
    // A tree that stamps files is one that can be cached.
    enabled_ = files_.now_ns() != 0;
    if (enabled_) load();
}

void RevisionCache::load() {
    std::string text;
    try {
        if (!files_.exists(path_)) return;
        text = files_.read(path_);
    } catch (const Error&) {
        return;
    }
    auto lines = split(text, '\n');
    std::unordered_map<std::string, Header> headers;
    headers.reserve(lines.size());
    // The magic line first, "end <count>" last: a cache cut short by a crash or a concurrent
    // writer is not trusted.
    if (lines.size() < 3 || lines[0] != kMagic || !lines.back().empty()) return;
    auto last = lines[lines.size() - 2];
    std::int64_t count = 0;
    if (last.substr(0, 4) != "end " || !parse_int(last.substr(4), count) ||
        count != static_cast<std::int64_t>(lines.size()) - 3)
        return;
    for (std::size_t i = 1; i + 2 < lines.size(); ++i) {
        auto f = split(lines[i], '\t');
        if (f.size() != 8) return;
        Header h;
        auto name = unescape(f[0]), id = unescape(f[3]), doc = unescape(f[7]);
        auto down = split_list(f[4]), deps = split_list(f[5]), labels = split_list(f[6]);
        if (!name || !id || !doc || !down || !deps || !labels || !parse_int(f[1], h.stamp.size) ||
            !parse_int(f[2], h.stamp.mtime_ns))
            return;
        h.id = std::move(*id);
        h.longdoc = std::move(*doc);
        h.down_revisions = std::move(*down);
        h.dependencies = std::move(*deps);
        h.branch_labels = std::move(*labels);
        headers.emplace(std::move(*name), std::move(h));
    }
    headers_ = std::move(headers);
}

std::optional<project::FileStamp> RevisionCache::stamp(const std::string& path) const {
    if (!enabled_) return std::nullopt;
    return files_.stamp(path);
}

std::optional<script::Revision> RevisionCache::find(const std::string& name, const std::string& path,
                                                    const project::FileStamp& stamp) {
    auto it = headers_.find(name);
    if (it == headers_.end() || !(it->second.stamp == stamp)) return std::nullopt;
    seen_.insert(name);
    const Header& h = it->second;
    script::Revision rev;
    rev.id = h.id;
    rev.down_revisions = h.down_revisions;
    rev.dependencies = h.dependencies;
    rev.own_branch_labels = h.branch_labels;
    rev.branch_labels = h.branch_labels;
    rev.longdoc = h.longdoc;
    rev.file = path;
    rev.path = files_.display_path(path);
    const project::FileTree& files = files_;
    rev.body = std::make_shared<const script::RevisionBody>(
        [&files, path]() -> std::shared_ptr<const py::Module> {
            return std::make_shared<py::Module>(py::parse(files.read(path, py::kMaxSourceBytes), path));
        });
    return rev;
}

void RevisionCache::remember(const std::string& name, const project::FileStamp& stamp, const script::Revision& rev) {
    if (!enabled_) return;
    seen_.insert(name);
    // Written just now: a change within the same clock tick might keep this stamp. Next time.
    if (stamp.mtime_ns > files_.now_ns() - kRacyNs) return;
    headers_[name] = Header{stamp, rev.id, rev.down_revisions, rev.dependencies, rev.own_branch_labels, rev.longdoc};
    changed_ = true;
}

void RevisionCache::save() {
    if (!enabled_) return;
    // Files that are gone are forgotten.
    for (auto it = headers_.begin(); it != headers_.end();)
        if (!seen_.count(it->first)) {
            it = headers_.erase(it);
            changed_ = true;
        } else {
            ++it;
        }
    if (!changed_) return;
    std::vector<const std::pair<const std::string, Header>*> sorted;
    for (const auto& entry : headers_) sorted.push_back(&entry);
    std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });
    std::string text = std::string(kMagic) + "\n";
    for (const auto* entry : sorted) {
        const auto& [name, h] = *entry;
        text += escape(name) + "\t" + std::to_string(h.stamp.size) + "\t" + std::to_string(h.stamp.mtime_ns) + "\t" +
                escape(h.id) + "\t" + join(h.down_revisions) + "\t" + join(h.dependencies) + "\t" +
                join(h.branch_labels) + "\t" + escape(h.longdoc) + "\n";
    }
    text += "end " + std::to_string(headers_.size()) + "\n";
    try {
        files_.write(path_, text);
        changed_ = false;
    } catch (const Error&) {
        // A read-only project: no cache, and nothing else changes.
    }
}

} // namespace revlab::command
