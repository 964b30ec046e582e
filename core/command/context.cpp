#include "command/context.hpp"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <random>

#include <sys/stat.h>

namespace revlab::command {

void DatabaseSource::set_step_budget(std::uint64_t steps) {
    step_budget_ = steps;
    if (sqlite::Database* db = connection()) db->set_step_budget(steps);
}

FileDatabase::FileDatabase(std::string path) : path_(std::move(path)) {
    std::error_code ec;
    auto abs = std::filesystem::absolute(path_, ec);
    if (!ec) path_ = abs.lexically_normal().string();
}

sqlite::Database& FileDatabase::open() {
    if (db_) return *db_;
    // SQLite would open a FIFO or a device as readily as a file, and then wait or read forever.
    struct stat st {};
    if (::stat(path_.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
        throw Error("cannot open database '" + path_ + "': it is not a regular file (" + project::file_kind(st.st_mode) +
                    "); give --database the path of a SQLite database file");
    db_ = std::make_unique<sqlite::Database>(path_);
    configure(*db_);
    return *db_;
}

bool FileDatabase::exists() const {
    std::error_code ec;
    return std::filesystem::exists(path_, ec);
}

void FileDatabase::remove() {
    db_.reset();
    std::error_code ec;
    std::filesystem::remove(path_, ec);
}

std::string FileDatabase::url() const { return "sqlite:///" + path_; }

std::unique_ptr<sqlite::Database> MemoryDatabase::connect() const {
    auto db = std::make_unique<sqlite::Database>(":memory:");
    configure(*db);
    db->set_max_value_bytes(kMaxValueBytes);
    return db;
}

sqlite::Database& MemoryDatabase::open() {
    if (!db_) db_ = connect();
    return *db_;
}

std::string MemoryDatabase::bytes() { return db_ ? db_->serialize() : std::string(); }

void MemoryDatabase::restore(const std::string& bytes) {
    if (bytes.empty()) {
        db_.reset();
        return;
    }
    auto fresh = connect();
    fresh->deserialize(bytes);
    db_ = std::move(fresh);
}

std::string random_revision_id() {
    std::random_device rd;
    std::mt19937_64 gen((static_cast<std::uint64_t>(rd()) << 32) ^ rd());
    static constexpr char hex[] = "0123456789abcdef";
    std::string id;
    for (int i = 0; i < 12; ++i) id += hex[gen() & 15];
    return id;
}

std::string local_timestamp() {
    auto now = std::chrono::system_clock::now();
    auto secs = std::chrono::system_clock::to_time_t(now);
    auto micros = std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count() % 1000000;
    std::tm tm{};
    localtime_r(&secs, &tm);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d.%06lld", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long long>(micros));
    return buf;
}

} // namespace revlab::command

namespace revlab::command {

DatabaseSource& BindDatabases::get(const std::string& key) {
    std::unique_ptr<DatabaseSource>& db = databases_[key];
    if (!db) db = make_(key);
    return *db;
}

DatabaseSource* BindDatabases::find(const std::string& key) const {
    auto it = databases_.find(key);
    return it == databases_.end() ? nullptr : it->second.get();
}

} // namespace revlab::command
