// The project's files: app/models.py, migrations/..., main.py. A FileTree is either a folder on
// disk (the native CLI) or a map in memory (the browser, the tests). Paths are always relative to
// the project root and use '/'. The core never touches files except through this interface.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace revlab::project {

// What a cache needs to trust that a file has not changed since it was read: its size and its
// modification time, as Python's bytecode cache trusts a .pyc.
struct FileStamp {
    std::int64_t size = 0;
    std::int64_t mtime_ns = 0;
    bool operator==(const FileStamp&) const = default;
};

// The largest file read() takes unless told otherwise (revision files and models.py: the parser's
// 4 MiB, py/lexer.hpp).
inline constexpr std::size_t kMaxFileBytes = 64u << 20;

class FileTree {
public:
    virtual ~FileTree() = default;

    virtual bool exists(const std::string& path) const = 0;
    virtual bool is_dir(const std::string& path) const = 0;
    // The file's bytes. Throws revlab::Error when it does not exist, cannot be read, is not a
    // regular file (a FIFO, a device: reading those could wait or run forever), or holds more
    // than `max_bytes` ("the file is too large", at path:1:1). Nothing past max_bytes + 1 is read,
    // and a file whose size says it is too large is not read at all.
    std::string read(const std::string& path, std::size_t max_bytes = kMaxFileBytes) const {
        return read_at_most(path, max_bytes);
    }
    virtual void write(const std::string& path, const std::string& content) = 0;
    virtual void remove(const std::string& path) = 0;
    virtual void make_dir(const std::string& path) = 0;
    // Names directly inside a folder, in the tree's own order (for a disk folder, readdir order,
    // which is the order Alembic's os.listdir sees and so decides its tie-breaks).
    virtual std::vector<std::string> list(const std::string& dir) const = 0;
    // Every file, recursively, sorted by path.
    virtual std::vector<std::string> all_files() const = 0;
    // The path as users see it in Alembic's output ("Path: ..."): absolute on disk.
    virtual std::string display_path(const std::string& path) const = 0;
    // The file's stamp, when the tree keeps one (a folder on disk); nullopt otherwise, and then
    // nothing read from it is cached.
    virtual std::optional<FileStamp> stamp(const std::string&) const { return std::nullopt; }
    // Nanoseconds since the epoch, by the clock that stamps files (for telling a file written "just
    // now", whose stamp a later change might not alter, from an older one).
    virtual std::int64_t now_ns() const { return 0; }

protected:
    virtual std::string read_at_most(const std::string& path, std::size_t max_bytes) const = 0;
};

// The error for a file over `max_bytes`: "the file is too large (N bytes); Revlab reads files of
// up to 4 MiB", at path:1:1.
[[noreturn]] void file_too_large(const std::string& path, std::uint64_t size, std::size_t max_bytes);
// "a FIFO", "a character device", "a folder", ... for a stat() mode.
std::string file_kind(unsigned mode);

class MemoryFileTree : public FileTree {
public:
    // `root` is the folder name shown in display paths ("/backend").
    explicit MemoryFileTree(std::string root = "/backend") : root_(std::move(root)) {}

    bool exists(const std::string& path) const override;
    bool is_dir(const std::string& path) const override;
    void write(const std::string& path, const std::string& content) override;
    void remove(const std::string& path) override;
    void make_dir(const std::string& path) override;
    std::vector<std::string> list(const std::string& dir) const override;
    std::vector<std::string> all_files() const override;
    std::string display_path(const std::string& path) const override;

    // Files and folders hold at most this many bytes in all: a runaway import fails clearly.
    static constexpr size_t kMaxTotalBytes = 64u << 20;

private:
    std::string read_at_most(const std::string& path, std::size_t max_bytes) const override;

    std::string root_;
    std::map<std::string, std::string> files_;
    std::map<std::string, bool> dirs_;
    size_t total_bytes_ = 0;
};

class DiskFileTree : public FileTree {
public:
    explicit DiskFileTree(std::string root);

    bool exists(const std::string& path) const override;
    bool is_dir(const std::string& path) const override;
    void write(const std::string& path, const std::string& content) override;
    void remove(const std::string& path) override;
    void make_dir(const std::string& path) override;
    std::vector<std::string> list(const std::string& dir) const override;
    std::vector<std::string> all_files() const override;
    std::string display_path(const std::string& path) const override;
    std::optional<FileStamp> stamp(const std::string& path) const override;
    std::int64_t now_ns() const override;

    const std::string& root() const { return root_; }

private:
    std::string read_at_most(const std::string& path, std::size_t max_bytes) const override;
    std::string full(const std::string& path) const;
    std::string root_;
};

// Normalises a project path: no leading "./" or "/", no "..", single slashes. Throws on escapes.
std::string normalize_path(const std::string& path);
// "a/b/c.py" -> "a/b"; "c.py" -> "".
std::string parent_dir(const std::string& path);
std::string join_path(const std::string& dir, const std::string& name);

} // namespace revlab::project
