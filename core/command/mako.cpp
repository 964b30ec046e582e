// The compiler follows Mako's lexer (mako/lexer.py) in what it recognises and in what it keeps of
// the text: a control line or a ## comment line vanishes with its newline; the newline after a
// %> stays; a backslash before a newline joins the lines. The module it writes is small on
// purpose: the template's values become the module's globals (so builtins, <%! imports %> and the
// values all resolve as plain names), and render_body() appends each piece of text to a list.
#include "command/mako.hpp"

#include "error.hpp"
#include "py/lexer.hpp"
#include "py/str_repr.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace revlab::command {

int MakoProgram::template_line(int python_line) const {
    if (python_line < 1 || static_cast<std::size_t>(python_line) > lines.size()) return 1;
    return lines[static_cast<std::size_t>(python_line - 1)];
}

namespace {

// The module around the template's code. `context` is Mako's Context as far as templates use it.
constexpr const char* kPrelude = R"(class _Undefined:
    """Mako's UNDEFINED: a value Alembic did not pass (``upgrades`` of a revision made without
    autogenerate). False as a condition; rendering it is Mako's NameError."""

    def __bool__(self):
        return False

    def __str__(self):
        raise NameError("Undefined")

    def __repr__(self):
        return "UNDEFINED"


UNDEFINED = _Undefined()


class _Context:
    def __init__(self, values, write):
        self._values = values
        self.write = write

    def get(self, key, default=None):
        return self._values.get(key, default)

    def __getitem__(self, key):
        return self._values[key]

    def __contains__(self, key):
        return key in self._values

    def keys(self):
        return self._values.keys()

    @property
    def kwargs(self):
        return dict(self._values)


def __M_setup(values, write, names):
    g = globals()
    for key, value in values.items():
        if key.isidentifier():
            g[key] = value
    g["context"] = _Context(values, write)
    # A name the template reads that nothing defines is Mako's UNDEFINED, not a NameError.
    for name in names:
        if name not in g:
            g[name] = UNDEFINED


def __M_html_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;").replace(
        "'", "&#39;")


def __M_xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;").replace(
        "'", "&#39;")


def __M_trim(text):
    return str(text).strip()

)";

int count_lines(const std::string& s) {
    int n = 0;
    for (char c : s)
        if (c == '\n') ++n;
    return n;
}

std::string trim(const std::string& s) {
    const std::size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return "";
    const std::size_t e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

// Python's builtins: names a template reads that are not Mako's UNDEFINED when nothing passes them.
const std::set<std::string, std::less<>> kBuiltins = {
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "Exception",
    "False",
    "ImportError",
    "IndexError",
    "KeyError",
    "LookupError",
    "NameError",
    "None",
    "NotImplemented",
    "NotImplementedError",
    "OverflowError",
    "RuntimeError",
    "StopIteration",
    "True",
    "TypeError",
    "ValueError",
    "ZeroDivisionError",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "bool",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "map",
    "max",
    "min",
    "next",
    "object",
    "oct",
    "ord",
    "pow",
    "print",
    "property",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
    "context",
    "UNDEFINED",
};

bool is_word(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

class Compiler {
  public:
    Compiler(const std::string& text, const std::string& path) : t_(text), path_(path) {}

    MakoProgram run() {
        while (pos_ < t_.size()) {
            if (at_line_start() && control_or_comment_line()) continue;
            if (starts("${")) {
                expression();
                continue;
            }
            if (starts("<%")) {
                tag();
                continue;
            }
            if (starts("\\\n")) { // a backslash at the end of a line joins it with the next
                pos_ += 2;
                ++line_;
                col_ = 1;
                continue;
            }
            text_char();
        }
        flush_text();
        if (!open_.empty())
            throw Error(SourceLocation{path_, open_.back().line, 1},
                        "the template's '% " + open_.back().keyword + "' has no '% end" +
                            open_.back().keyword + "'");
        MakoProgram p;
        p.python = kPrelude;
        const int prelude_lines = count_lines(p.python);
        p.lines.assign(static_cast<std::size_t>(prelude_lines), 1);
        for (const auto& [code, line] : module_)
            add(p, code, line);
        add(p, "def render_body(__M_kwargs):", 1);
        add(p, "    __M_buf = []", 1);
        add(p, "    __M_writer = __M_buf.append", 1);
        std::string names = "(";
        for (const auto& n : names_)
            if (!kBuiltins.contains(n) && n.rfind("__M_", 0) != 0) names += py::repr_str(n) + ", ";
        add(p, "    __M_setup(__M_kwargs, __M_writer, " + names + "))", 1);
        for (const auto& [code, line] : body_)
            add(p, code, line);
        add(p, "    return ''.join(__M_buf)", 1);
        return p;
    }

  private:
    struct Open {
        std::string keyword;
        int line;
    };

    static void add(MakoProgram& p, const std::string& code, int line) {
        p.python += code;
        p.python += '\n';
        p.lines.push_back(line);
    }

    bool starts(const char* s) const { return t_.compare(pos_, std::char_traits<char>::length(s), s) == 0; }
    bool at_line_start() const { return pos_ == 0 || t_[pos_ - 1] == '\n'; }

    void advance(std::size_t n) {
        for (std::size_t i = 0; i < n && pos_ < t_.size(); ++i, ++pos_) {
            if (t_[pos_] == '\n') {
                ++line_;
                col_ = 1;
            } else {
                ++col_;
            }
        }
    }

    [[noreturn]] void fail(int line, int col, const std::string& message) const {
        throw Error(SourceLocation{path_, line, col}, message);
    }

    std::string indent() const { return std::string(4 * (1 + open_.size()), ' '); }

    void emit(const std::string& code, int line) { body_.emplace_back(indent() + code, line); }

    // The names a piece of the template's Python reads or binds (not attributes), for UNDEFINED.
    void collect_names(const std::string& code) {
        try {
            const std::vector<py::Token> tokens = py::tokenize(code, path_);
            for (std::size_t i = 0; i < tokens.size(); ++i)
                if (tokens[i].kind == py::TokenKind::Name && (i == 0 || tokens[i - 1].text != "."))
                    names_.insert(std::string(tokens[i].text));
        } catch (const Error&) {
            // A fragment that is not Python on its own (`else:`): the interpreter says what is wrong.
        }
    }

    void text_char() {
        if (text_.empty()) text_line_ = line_;
        text_ += t_[pos_];
        advance(1);
    }

    void flush_text() {
        if (text_.empty()) return;
        emit("__M_writer(" + py::repr_str(text_) + ")", text_line_);
        text_.clear();
    }

    // A line whose first non-blank characters are % (a control line) or ## (a comment).
    bool control_or_comment_line() {
        std::size_t p = pos_;
        while (p < t_.size() && (t_[p] == ' ' || t_[p] == '\t'))
            ++p;
        if (p >= t_.size()) return false;
        const bool comment = t_.compare(p, 2, "##") == 0;
        // "%%" does not start a control line.
        const bool control = t_[p] == '%' && t_.compare(p, 2, "%%") != 0;
        if (!comment && !control) {
            // Mako's quirk, kept: a line (not the first) whose first non-blank characters are "%%"
            // loses its first character (the lexer steps over an empty text match there).
            if (pos_ > 0 && t_.compare(p, 2, "%%") == 0) {
                advance(1);
                return true;
            }
            return false;
        }
        // The whole line, with backslash continuations, goes (newline included).
        std::size_t end = p;
        std::string content;
        while (end < t_.size() && t_[end] != '\n') {
            if (t_[end] == '\\' && end + 1 < t_.size() && t_[end + 1] == '\n') {
                end += 2;
                continue;
            }
            content += t_[end++];
        }
        const int line = line_;
        advance(end - pos_ + (end < t_.size() ? 1 : 0));
        if (comment) return true;
        flush_text();
        control_line(trim(content.substr(1)), line);
        return true;
    }

    void control_line(const std::string& code, int line) {
        std::size_t w = 0;
        while (w < code.size() && is_word(code[w]))
            ++w;
        const std::string keyword = code.substr(0, w);
        if (keyword.rfind("end", 0) == 0 && keyword.size() > 3) {
            const std::string closes = keyword.substr(3);
            if (open_.empty() || open_.back().keyword != closes)
                fail(line, 1,
                     "the template's '% " + keyword + "' closes no '% " + closes + "'" +
                         (open_.empty() ? "" : " (the open one is '% " + open_.back().keyword + "')"));
            // An empty block still needs a statement in Python.
            body_.emplace_back(indent() + "pass", line);
            open_.pop_back();
            return;
        }
        if (keyword == "else" || keyword == "elif" || keyword == "except" || keyword == "finally") {
            if (open_.empty())
                fail(line, 1, "the template's '% " + keyword + "' is outside any control block");
            body_.emplace_back(indent() + "pass", line);
            const Open block = open_.back();
            open_.pop_back();
            emit(code, line);
            open_.push_back(block);
            return;
        }
        if (keyword.empty()) fail(line, 1, "a template control line needs a Python statement after '%'");
        collect_names(code.back() == ':' ? code + "\n    pass\n" : code);
        emit(code, line);
        if (!code.empty() && code.back() == ':') open_.push_back({keyword, line});
    }

    // The end of a Python expression or block starting at `from`: the first `close` outside
    // brackets and strings (nullopt when the text ends first).
    std::size_t find_end(std::size_t from, const std::string& close) const {
        int depth = 0;
        for (std::size_t p = from; p < t_.size(); ++p) {
            const char c = t_[p];
            if (c == '\'' || c == '"') {
                const bool triple = t_.compare(p, 3, std::string(3, c)) == 0;
                const std::string quote = triple ? std::string(3, c) : std::string(1, c);
                p += quote.size();
                while (p < t_.size() && t_.compare(p, quote.size(), quote) != 0) {
                    if (t_[p] == '\\') ++p;
                    ++p;
                }
                p += quote.size() - 1;
                continue;
            }
            if (depth == 0 && t_.compare(p, close.size(), close) == 0) return p;
            if (c == '(' || c == '[' || c == '{')
                ++depth;
            else if ((c == ')' || c == ']' || c == '}') && depth > 0)
                --depth;
        }
        return std::string::npos;
    }

    void expression() {
        const int line = line_, col = col_;
        const std::size_t end = find_end(pos_ + 2, "}");
        if (end == std::string::npos) fail(line, col, "the template's ${ is never closed with }");
        std::string expr = t_.substr(pos_ + 2, end - pos_ - 2);
        advance(end + 1 - pos_);
        flush_text();
        // `expr | f1, f2`: the filters after the last | that is not part of `||`.
        std::vector<std::string> filters;
        const std::size_t bar = expr.rfind('|');
        if (bar != std::string::npos && (bar == 0 || expr[bar - 1] != '|')) {
            std::string list = expr.substr(bar + 1);
            bool names_only = !trim(list).empty();
            for (char c : list)
                if (!(is_word(c) || c == ',' || c == ' ' || c == '\t' || c == '.')) names_only = false;
            if (names_only) {
                expr = expr.substr(0, bar);
                std::size_t start = 0;
                while (start <= list.size()) {
                    std::size_t comma = list.find(',', start);
                    if (comma == std::string::npos) comma = list.size();
                    const std::string name = trim(list.substr(start, comma - start));
                    if (!name.empty()) filters.push_back(name);
                    start = comma + 1;
                }
            }
        }
        if (trim(expr).empty()) fail(line, col, "the template's ${} holds no expression");
        collect_names("(" + trim(expr) + ")");
        // Mako's default filter (str) first, unless `n` turns it off; then the named ones in order.
        bool defaults = true;
        for (const auto& f : filters)
            if (f == "n") defaults = false;
        std::string code = "(" + trim(expr) + ")";
        if (defaults) code = "str(" + code + ")";
        for (const auto& f : filters) {
            if (f == "n") continue;
            std::string fn = f;
            if (f == "h")
                fn = "__M_html_escape";
            else if (f == "x")
                fn = "__M_xml_escape";
            else if (f == "trim")
                fn = "__M_trim";
            else if (f == "u" || f == "entity")
                fail(line, col, "Revlab's template renderer does not provide Mako's '" + f + "' filter");
            code = fn + "(" + code + ")";
        }
        emit("__M_writer(" + code + ")", line);
    }

    // <%! module code %>, <% code %>, <%doc>...</%doc>, <%text>...</%text>; other tags are refused.
    void tag() {
        const int line = line_, col = col_;
        if (starts("<%doc>")) {
            const std::size_t end = t_.find("</%doc>", pos_);
            if (end == std::string::npos)
                fail(line, col, "the template's <%doc> is never closed with </%doc>");
            advance(end + 7 - pos_);
            return;
        }
        if (starts("<%text>")) {
            const std::size_t end = t_.find("</%text>", pos_);
            if (end == std::string::npos)
                fail(line, col, "the template's <%text> is never closed with </%text>");
            advance(7);
            while (pos_ < end)
                text_char();
            advance(8);
            return;
        }
        const bool module = starts("<%!");
        const std::size_t open = module ? 3 : 2;
        if (!module && pos_ + 2 < t_.size() && (is_word(t_[pos_ + 2]) || t_[pos_ + 2] == '/')) {
            std::size_t w = pos_ + 2;
            while (w < t_.size() && (is_word(t_[w]) || t_[w] == ':' || t_[w] == '/'))
                ++w;
            fail(line, col,
                 "Revlab's template renderer runs ${...}, control lines and <% %> blocks; it does not "
                 "support Mako's <%" +
                     t_.substr(pos_ + 2, w - pos_ - 2) + "> tag");
        }
        const std::size_t end = find_end(pos_ + open, "%>");
        if (end == std::string::npos) fail(line, col, "the template's <% is never closed with %>");
        const std::string code = t_.substr(pos_ + open, end - pos_ - open);
        const int code_line = line_;
        advance(end + 2 - pos_);
        flush_text();
        block(code, code_line, module);
    }

    // A Python block, dedented as Mako's adjust_whitespace does, at the control lines' indent.
    void block(const std::string& code, int first_line, bool module) {
        std::vector<std::pair<std::string, int>> lines;
        std::size_t start = 0;
        int line = first_line;
        while (start <= code.size()) {
            std::size_t nl = code.find('\n', start);
            if (nl == std::string::npos) nl = code.size();
            lines.emplace_back(code.substr(start, nl - start), line);
            start = nl + 1;
            ++line;
        }
        std::size_t common = std::string::npos;
        for (const auto& [l, n] : lines) {
            if (trim(l).empty()) continue;
            const std::size_t lead = l.find_first_not_of(" \t");
            common = std::min(common, lead);
        }
        const std::string pad = module ? "" : indent();
        if (!module) {
            std::string dedented;
            for (const auto& [l, n] : lines)
                if (!trim(l).empty()) dedented += l.substr(std::min(common, l.size())) + "\n";
            collect_names(dedented);
        }
        bool any = false;
        for (const auto& [l, n] : lines) {
            if (trim(l).empty()) continue;
            std::string stripped = l.substr(std::min(common, l.size()));
            while (!stripped.empty() && (stripped.back() == '\r' || stripped.back() == ' '))
                stripped.pop_back();
            (module ? module_ : body_).emplace_back(pad + stripped, n);
            any = true;
        }
        if (!any && !module) body_.emplace_back(pad + "pass", first_line);
    }

    const std::string& t_;
    const std::string& path_;
    std::size_t pos_ = 0;
    int line_ = 1, col_ = 1;
    std::string text_;
    int text_line_ = 1;
    std::vector<Open> open_;
    std::vector<std::pair<std::string, int>> module_, body_;
    std::set<std::string> names_;
};

} // namespace

MakoProgram compile_mako(const std::string& text, const std::string& path) {
    return Compiler(text, path).run();
}

} // namespace revlab::command
