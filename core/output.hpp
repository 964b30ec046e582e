// What a command prints, in order, each line tagged with its stream: Flask-Migrate writes its log
// lines (INFO  [alembic.runtime.migration] ...) to stderr and its results to stdout, and a user
// reading a terminal sees both interleaved. The CLI writes the lines to the real streams; the
// wasm boundary returns them as JSON.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace revlab {

struct OutputLine {
    enum class Stream { Stdout, Stderr };
    Stream stream;
    std::string text;
};

class Output {
public:
    void out(std::string text) { lines_.push_back({OutputLine::Stream::Stdout, std::move(text)}); }
    void err(std::string text) { lines_.push_back({OutputLine::Stream::Stderr, std::move(text)}); }
    // A log record in Alembic's console format: "%(levelname)-5.5s [%(name)s] %(message)s".
    void log(const std::string& level, const std::string& logger, const std::string& message) {
        std::string lv = level.substr(0, 5);
        lv.resize(5, ' ');
        err(lv + " [" + logger + "] " + message);
    }
    void info(const std::string& logger, const std::string& message) { log("INFO", logger, message); }

    const std::vector<OutputLine>& lines() const { return lines_; }
    std::vector<OutputLine> take() { return std::exchange(lines_, {}); }

private:
    std::vector<OutputLine> lines_;
};

} // namespace revlab
