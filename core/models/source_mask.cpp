// Blanks out the bodies of functions and methods before models.py is parsed. A models.py is full
// of methods (__repr__ with an f-string, to_dict with a comprehension, set_password, validators)
// written in Python the declarative subset refuses. No function body can change the MetaData
// Revlab builds (a @declared_attr, whose body would, is refused by its decorator), so each body
// becomes `pass` and its other lines become empty: line numbers, the def line and the decorators
// stay as they were, so every location in an error still points into the user's file.
//
// This needs only Python's lexical structure: strings (with prefixes, triple quotes and escapes),
// comments, brackets and backslash continuations decide where logical lines start, and
// indentation (tabs to the next multiple of 8, as Python counts them) decides where a body ends.
#include "models/loader.hpp"

#include <optional>
#include <vector>

namespace revlab::models::detail {

namespace {

struct LogicalLine {
    std::size_t first = 0, last = 0; // physical lines (0-based)
    int indent = 0;
    bool is_def = false;
    bool found_colon = false; // the ':' that ends a def header, at bracket depth 0
    std::size_t colon_line = 0, colon_offset = 0;
    bool inline_body = false; // `def f(): return 1`
};

struct Line {
    std::size_t begin = 0, end = 0; // [begin, end) without the line terminator
    std::size_t next = 0;           // where the next line starts
};

std::vector<Line> split_lines(std::string_view s) {
    std::vector<Line> lines;
    std::size_t pos = 0;
    while (pos < s.size()) {
        std::size_t nl = s.find('\n', pos);
        std::size_t stop = nl == std::string_view::npos ? s.size() : nl;
        std::size_t end = stop > pos && s[stop - 1] == '\r' ? stop - 1 : stop;
        lines.push_back({pos, end, nl == std::string_view::npos ? s.size() : nl + 1});
        pos = lines.back().next;
    }
    return lines;
}

bool is_word_char(char c) {
    auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
           u >= 0x80;
}

bool starts_with_word(std::string_view s, std::size_t at, std::string_view word) {
    if (s.substr(at, word.size()) != word) return false;
    std::size_t after = at + word.size();
    return after >= s.size() || !is_word_char(s[after]);
}

// A place in the source: physical line (0-based) and byte offset in it.
struct Place {
    std::size_t line = 0, offset = 0;
};

// Finds the logical lines of the source, as Python's tokenizer would group physical lines. A
// string or bracket left open would make the rest of the file one logical line, and so part of
// a body: it is Python's syntax error here, reported before anything is hidden.
class Scanner {
  public:
    explicit Scanner(std::string_view s) : s_(s), lines_(split_lines(s)) {}

    std::vector<LogicalLine> scan() {
        for (line_ = 0; line_ < lines_.size() && !error_; ++line_)
            scan_line();
        if (!error_ && quote_ != 0) fail(string_start_, "unterminated triple-quoted string literal");
        if (!error_ && !brackets_.empty())
            fail(brackets_.back().second, std::string("'") + brackets_.back().first + "' was never closed");
        if (open_) finish();
        return out_;
    }
    const std::vector<Line>& lines() const { return lines_; }
    const std::optional<std::pair<Place, std::string>>& error() const { return error_; }

  private:
    void scan_line() {
        const Line& ln = lines_[line_];
        std::size_t i = ln.begin;
        if (!open_ && quote_ == 0) {
            int indent = 0;
            for (; i < ln.end && (s_[i] == ' ' || s_[i] == '\t' || s_[i] == '\f'); ++i)
                indent = s_[i] == '\t' ? (indent / 8 + 1) * 8 : s_[i] == ' ' ? indent + 1 : 0;
            if (i == ln.end || s_[i] == '#') return; // blank or comment-only: not a logical line
            open_ = true;
            current_ = LogicalLine{};
            current_.first = line_;
            current_.indent = indent;
            current_.is_def = starts_with_word(s_, i, "def");
        }
        bool continued = false;
        for (; i < ln.end; ++i) {
            char c = s_[i];
            if (quote_ != 0) {
                if (c == '\\') {
                    if (i + 1 == ln.end) continued = true; // an escaped newline inside the string
                    ++i;
                } else if (c == quote_ &&
                           (!triple_ || (i + 2 < ln.end && s_[i + 1] == c && s_[i + 2] == c))) {
                    if (triple_) i += 2;
                    quote_ = 0;
                }
                continue;
            }
            if (c == '#') break;
            if (c == '\'' || c == '"') {
                quote_ = c;
                string_start_ = {line_, i - ln.begin};
                triple_ = i + 2 < ln.end && s_[i + 1] == c && s_[i + 2] == c;
                if (triple_) i += 2;
                note_content();
                continue;
            }
            if (c == '\\' && i + 1 == ln.end) {
                continued = true;
                break;
            }
            if (c == '(' || c == '[' || c == '{') {
                brackets_.emplace_back(c, Place{line_, i - ln.begin});
            } else if (c == ')' || c == ']' || c == '}') {
                const char open = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (brackets_.empty())
                    return fail({line_, i - ln.begin}, std::string("unmatched '") + c + "'");
                if (brackets_.back().first != open)
                    return fail({line_, i - ln.begin}, std::string("closing parenthesis '") + c +
                                                           "' does not match opening parenthesis '" +
                                                           brackets_.back().first + "'");
                brackets_.pop_back();
            } else if (c == ':' && brackets_.empty() && current_.is_def && !current_.found_colon) {
                current_.found_colon = true;
                current_.colon_line = line_;
                current_.colon_offset = i - ln.begin;
                continue;
            }
            if (c != ' ' && c != '\t' && c != '\f') note_content();
        }
        if (quote_ != 0 && !triple_ && !continued) return fail(string_start_, "unterminated string literal");
        if (quote_ == 0 && brackets_.empty() && !continued) finish();
    }

    void fail(Place at, std::string message) {
        if (!error_) error_ = {at, std::move(message)};
    }

    // Something other than whitespace after a def header's colon: the body is on this line.
    void note_content() {
        if (current_.is_def && current_.found_colon) current_.inline_body = true;
    }

    void finish() {
        current_.last = line_ < lines_.size() ? line_ : lines_.size() - 1;
        out_.push_back(current_);
        open_ = false;
    }

    std::string_view s_;
    std::vector<Line> lines_;
    std::vector<LogicalLine> out_;
    LogicalLine current_;
    std::size_t line_ = 0;
    bool open_ = false;
    std::vector<std::pair<char, Place>> brackets_;
    char quote_ = 0;
    Place string_start_;
    std::optional<std::pair<Place, std::string>> error_;
    bool triple_ = false;
};

} // namespace

std::string mask_function_bodies(std::string_view source, const std::string& path) {
    Scanner scanner(source);
    std::vector<LogicalLine> logical = scanner.scan();
    const std::vector<Line>& lines = scanner.lines();
    if (const auto& error = scanner.error()) {
        // Columns count characters, not bytes (error.hpp).
        const Line& ln = lines[error->first.line];
        int column = 1;
        for (std::size_t b = ln.begin; b < ln.begin + error->first.offset; ++b)
            if ((static_cast<unsigned char>(source[b]) & 0xC0) != 0x80) ++column;
        throw Error(SourceLocation{path, static_cast<int>(error->first.line) + 1, column},
                    "invalid Python: " + error->second);
    }

    // What each physical line becomes: kept, emptied, or cut after a column and given "pass".
    enum class Fate { Keep, Empty, PassAt };
    struct Edit {
        Fate fate = Fate::Keep;
        std::size_t offset = 0; // PassAt: keep [0, offset) of the line, then " pass" or "pass"
    };
    std::vector<Edit> edits(lines.size());

    for (std::size_t i = 0; i < logical.size();) {
        const LogicalLine& def = logical[i];
        if (!def.is_def || !def.found_colon) {
            ++i;
            continue;
        }
        if (def.inline_body) {
            edits[def.colon_line] = {Fate::PassAt, def.colon_offset + 1};
            for (std::size_t l = def.colon_line + 1; l <= def.last; ++l)
                edits[l].fate = Fate::Empty;
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < logical.size() && logical[j].indent > def.indent)
            ++j;
        if (j == i + 1) { // no indented body: a syntax error the parser reports
            ++i;
            continue;
        }
        const std::size_t body_first = logical[i + 1].first, body_last = logical[j - 1].last;
        std::size_t indent_end = lines[body_first].begin;
        while (indent_end < lines[body_first].end &&
               (source[indent_end] == ' ' || source[indent_end] == '\t'))
            ++indent_end;
        edits[body_first] = {Fate::PassAt, indent_end - lines[body_first].begin};
        for (std::size_t l = body_first + 1; l <= body_last; ++l)
            edits[l].fate = Fate::Empty;
        i = j;
    }

    std::string out;
    out.reserve(source.size());
    for (std::size_t l = 0; l < lines.size(); ++l) {
        const Line& ln = lines[l];
        const std::string_view terminator = source.substr(ln.end, ln.next - ln.end);
        switch (edits[l].fate) {
        case Fate::Keep:
            out.append(source.substr(ln.begin, ln.next - ln.begin));
            break;
        case Fate::Empty:
            out.append(terminator);
            break;
        case Fate::PassAt: {
            std::string_view kept = source.substr(ln.begin, edits[l].offset);
            out.append(kept);
            out.append(kept.empty() || kept.back() == ' ' || kept.back() == '\t' ? "pass" : " pass");
            out.append(terminator);
            break;
        }
        }
    }
    return out;
}

} // namespace revlab::models::detail
