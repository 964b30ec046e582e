#include "project/file_tree.hpp"

#include "error.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

namespace revlab::project {

namespace fs = std::filesystem;

std::string normalize_path(const std::string& path) {
    std::vector<std::string> parts;
    std::string part;
    auto flush = [&] {
        if (part.empty() || part == ".") {
        } else if (part == "..") {
            throw Error("the path '" + path + "' leads outside the project");
        } else {
            parts.push_back(part);
        }
        part.clear();
    };
    for (char c : path) {
        if (c == '/' || c == '\\') flush();
        else if (c == '\0') throw Error("a path may not contain NUL characters");
        else part += c;
    }
    flush();
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
    return out;
}

std::string parent_dir(const std::string& path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? "" : path.substr(0, slash);
}

std::string join_path(const std::string& dir, const std::string& name) {
    if (dir.empty()) return name;
    return dir + "/" + name;
}

namespace {
// "4 MiB", "512 KiB", "1000 bytes"
std::string size_text(std::size_t bytes) {
    if (bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
    if (bytes % (1u << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
    return std::to_string(bytes) + " bytes";
}
} // namespace

void file_too_large(const std::string& path, std::uint64_t size, std::size_t max_bytes) {
    throw Error(SourceLocation{path, 1, 1}, "the file is too large (" + std::to_string(size) +
                                                " bytes); Revlab reads files of up to " + size_text(max_bytes));
}

std::string file_kind(unsigned mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a FIFO";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a file";
}

// --- MemoryFileTree -------------------------------------------------------------------------------

bool MemoryFileTree::exists(const std::string& path) const {
    auto p = normalize_path(path);
    return files_.count(p) || is_dir(p);
}

bool MemoryFileTree::is_dir(const std::string& path) const {
    auto p = normalize_path(path);
    if (p.empty() || dirs_.count(p)) return true;
    auto it = files_.lower_bound(p + "/");
    return it != files_.end() && it->first.compare(0, p.size() + 1, p + "/") == 0;
}

std::string MemoryFileTree::read_at_most(const std::string& path, std::size_t max_bytes) const {
    auto it = files_.find(normalize_path(path));
    if (it == files_.end()) throw Error("No such file: '" + path + "'");
    if (it->second.size() > max_bytes) file_too_large(path, it->second.size(), max_bytes);
    return it->second;
}

void MemoryFileTree::write(const std::string& path, const std::string& content) {
    auto p = normalize_path(path);
    if (p.empty()) throw Error("a file needs a name");
    if (is_dir(p) && !files_.count(p)) throw Error("'" + path + "' is a folder");
    size_t old = files_.count(p) ? files_[p].size() : 0;
    if (total_bytes_ - old + content.size() > kMaxTotalBytes)
        throw Error("the project would hold more than 64 MiB of files; remove some first");
    total_bytes_ = total_bytes_ - old + content.size();
    files_[p] = content;
    for (auto d = parent_dir(p); !d.empty(); d = parent_dir(d)) dirs_[d] = true;
}

void MemoryFileTree::remove(const std::string& path) {
    auto p = normalize_path(path);
    auto it = files_.find(p);
    if (it == files_.end()) throw Error("No such file: '" + path + "'");
    total_bytes_ -= it->second.size();
    files_.erase(it);
}

void MemoryFileTree::make_dir(const std::string& path) {
    for (auto d = normalize_path(path); !d.empty(); d = parent_dir(d)) dirs_[d] = true;
}

std::vector<std::string> MemoryFileTree::list(const std::string& dir) const {
    auto d = normalize_path(dir);
    std::string prefix = d.empty() ? "" : d + "/";
    // A set, not a search of the list so far: a folder of 20,000 revisions made this quadratic.
    std::set<std::string> names;
    auto add = [&](const std::string& full) {
        if (full.compare(0, prefix.size(), prefix) != 0 || full.size() == prefix.size()) return;
        const std::string_view rest = std::string_view(full).substr(prefix.size());
        names.emplace(rest.substr(0, rest.find('/')));
    };
    // The maps are sorted: the paths under `prefix` are one run, from its lower bound.
    for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.starts_with(prefix); ++it)
        add(it->first);
    for (auto it = dirs_.lower_bound(prefix); it != dirs_.end() && it->first.starts_with(prefix); ++it)
        add(it->first);
    return {names.begin(), names.end()};
}

std::vector<std::string> MemoryFileTree::all_files() const {
    std::vector<std::string> out;
    for (const auto& [f, _] : files_) out.push_back(f);
    return out;
}

std::string MemoryFileTree::display_path(const std::string& path) const {
    return root_ + "/" + normalize_path(path);
}

// --- DiskFileTree ---------------------------------------------------------------------------------

DiskFileTree::DiskFileTree(std::string root) : root_(std::move(root)) {
    std::error_code ec;
    auto abs = fs::absolute(root_, ec);
    if (!ec) root_ = abs.lexically_normal().string();
    while (root_.size() > 1 && root_.back() == '/') root_.pop_back();
}

std::string DiskFileTree::full(const std::string& path) const {
    auto p = normalize_path(path);
    return p.empty() ? root_ : root_ + "/" + p;
}

bool DiskFileTree::exists(const std::string& path) const {
    std::error_code ec;
    return fs::exists(full(path), ec);
}

bool DiskFileTree::is_dir(const std::string& path) const {
    std::error_code ec;
    return fs::is_directory(full(path), ec);
}

std::optional<FileStamp> DiskFileTree::stamp(const std::string& path) const {
    struct stat st {};
    if (::stat(full(path).c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    return FileStamp{static_cast<std::int64_t>(st.st_size),
                     static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

std::int64_t DiskFileTree::now_ns() const {
    // The clock the kernel stamps files with (CLOCK_REALTIME, read coarsely as it does).
    timespec ts{};
    ::clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

std::string DiskFileTree::read_at_most(const std::string& path, std::size_t max_bytes) const {
    const std::string name = full(path);
    // Open without waiting (a FIFO would block until a writer came), then ask the open file what
    // it is: checking the path first would leave a gap in which it could be swapped.
    int fd = ::open(name.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        throw Error("cannot read '" + name + "': " +
                    (err == ENOENT ? std::string("no such file") : std::string(std::strerror(err))));
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0) throw Error("cannot read '" + name + "': " + std::strerror(errno));
    if (!S_ISREG(st.st_mode))
        throw Error("cannot read '" + name + "': it is not a regular file (" + file_kind(st.st_mode) +
                    "); Revlab reads only regular files");
    if (static_cast<std::uint64_t>(st.st_size) > max_bytes)
        file_too_large(path, static_cast<std::uint64_t>(st.st_size), max_bytes);
    // The size may change while it is read (a file being written): never take more than one byte
    // past the limit, which is enough to tell that it is too large.
    const size_t cap = max_bytes + 1;
    std::string out(std::min<std::uint64_t>(static_cast<std::uint64_t>(st.st_size) + 1, cap), '\0');
    size_t got = 0;
    while (true) {
        if (got == out.size()) {
            if (out.size() >= cap) break;
            out.resize(std::min(out.size() * 2, cap));
        }
        ssize_t n = ::read(fd, out.data() + got, out.size() - got);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw Error("cannot read '" + name + "': " + std::strerror(errno));
        }
        if (n == 0) break;
        got += static_cast<size_t>(n);
    }
    out.resize(got);
    if (got > max_bytes) file_too_large(path, got, max_bytes);
    return out;
}

void DiskFileTree::write(const std::string& path, const std::string& content) {
    std::error_code ec;
    fs::create_directories(fs::path(full(path)).parent_path(), ec);
    std::ofstream out(full(path), std::ios::binary | std::ios::trunc);
    if (!out) throw Error("cannot write '" + full(path) + "'");
    out << content;
    out.close();
    if (!out) throw Error("cannot write '" + full(path) + "' (is the disk full?)");
}

void DiskFileTree::remove(const std::string& path) {
    std::error_code ec;
    if (!fs::remove(full(path), ec) || ec) throw Error("cannot remove '" + full(path) + "'");
}

void DiskFileTree::make_dir(const std::string& path) {
    std::error_code ec;
    fs::create_directories(full(path), ec);
    if (ec) throw Error("cannot create the folder '" + full(path) + "': " + ec.message());
}

std::vector<std::string> DiskFileTree::list(const std::string& dir) const {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(full(dir), ec), end; !ec && it != end; it.increment(ec))
        out.push_back(it->path().filename().string());
    return out;
}

std::vector<std::string> DiskFileTree::all_files() const {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(root_, ec), end; !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec)) out.push_back(fs::relative(it->path(), root_, ec).generic_string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string DiskFileTree::display_path(const std::string& path) const { return full(path); }

} // namespace revlab::project
