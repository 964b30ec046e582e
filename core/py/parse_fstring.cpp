// The inside of an f-string, as Python 3.11 reads it: the lexer has already found the whole
// literal (the same quote cannot appear inside it), and this splits its text into literal pieces
// (with {{ and }} as braces, escapes decoded) and replacement fields {expression!conversion:spec}.
// Each field's expression is tokenized and parsed on its own, with locations pointing into the
// original file, and a format spec may itself hold nested fields.
#include "parser_state.hpp"

namespace revlab::py::detail {

namespace {

// A position inside the token's text, as a file location.
struct Cursor {
    int line, column;
};

} // namespace

class FStringParser {
  public:
    FStringParser(Parser& p, const Token& t) : p_(p), t_(t) {
        const std::string_view text = t.text;
        const std::size_t prefix = text.find_first_of("'\"");
        for (char c : text.substr(0, prefix))
            raw_ = raw_ || (c | 0x20) == 'r';
        quote_ = text[prefix];
        triple_ = text.size() >= prefix + 6 && text[prefix + 1] == quote_ && text[prefix + 2] == quote_;
        const std::size_t quotes = triple_ ? 3 : 1;
        begin_ = prefix + quotes;
        end_ = text.size() - quotes;
    }

    Parsed run() {
        ExprPtr joined = p_.make(ExprKind::JoinedStr, t_);
        std::size_t i = begin_;
        int height = parts(*joined, i, false, 0);
        return p_.node(std::move(joined), height);
    }

  private:
    Parser& p_;
    const Token& t_;
    bool raw_ = false, triple_ = false;
    char quote_ = '"';
    std::size_t begin_ = 0, end_ = 0;

    std::string_view text() const { return t_.text; }

    Cursor cursor(std::size_t pos) const {
        Cursor c{t_.line, t_.column};
        for (std::size_t i = 0; i < pos; ++i) {
            const char ch = text()[i];
            if (ch == '\n') {
                ++c.line;
                c.column = 1;
            } else if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) {
                ++c.column;
            }
        }
        return c;
    }
    SourceLocation where(std::size_t pos) const {
        Cursor c = cursor(pos);
        return SourceLocation{p_.file_, c.line, c.column};
    }
    [[noreturn]] void fail(std::size_t pos, const std::string& message) const {
        p_.fail(where(pos), "f-string: " + message);
    }

    // Literal text and fields from `i` up to the end of the literal (or, inside a format spec, up
    // to the '}' that closes its field). Returns the tallest field's height.
    int parts(Expr& joined, std::size_t& i, bool in_spec, int nesting) {
        int height = 0;
        std::string literal;
        std::size_t literal_start = i;
        auto flush = [&]() {
            if (literal.empty()) return;
            ExprPtr s = p_.make(ExprKind::String, where(literal_start));
            s->text = decode(literal);
            joined.items.push_back(std::move(s));
            literal.clear();
        };
        while (i < end_) {
            const char c = text()[i];
            if (c == '{') {
                if (!in_spec && i + 1 < end_ && text()[i + 1] == '{') {
                    literal += "{{"; // decode() turns it into one brace
                    i += 2;
                    continue;
                }
                flush();
                height = std::max(height, field(joined, i, nesting));
                literal_start = i;
                continue;
            }
            if (c == '}') {
                if (in_spec) break;
                if (i + 1 < end_ && text()[i + 1] == '}') {
                    literal += "}}";
                    i += 2;
                    continue;
                }
                fail(i, "single '}' is not allowed; write '}}' for a literal brace");
            }
            if (c == '\\' && !raw_ && i + 1 < end_) { // an escape: keep both characters for decode()
                literal += c;
                literal += text()[i + 1];
                i += 2;
                continue;
            }
            literal += c;
            ++i;
        }
        flush();
        return height;
    }

    // Escapes as in any string literal, and {{ }} as single braces.
    std::string decode(const std::string& piece) const {
        std::string braces;
        for (std::size_t k = 0; k < piece.size(); ++k) {
            braces += piece[k];
            if ((piece[k] == '{' || piece[k] == '}') && k + 1 < piece.size() && piece[k + 1] == piece[k]) ++k;
        }
        if (raw_ || braces.find('\\') == std::string::npos) return braces;
        std::string q(triple_ ? 3 : 1, quote_);
        std::string literal = q + braces + q;
        Token fake;
        fake.kind = TokenKind::String;
        fake.text = literal;
        std::string out;
        append_string_value(fake, out);
        return out;
    }

    // One {expression[=][!c][:spec]} at `i` (its '{'); leaves `i` after its '}'.
    int field(Expr& joined, std::size_t& i, int nesting) {
        const std::size_t open = i;
        if (nesting >= 2) fail(open, "expressions nested too deeply");
        ++i;
        const std::size_t expr_start = i;
        // Find the end of the expression: a '}', '!', ':' or '=' at bracket depth 0, outside strings.
        int depth = 0;
        char in_string = 0;
        std::size_t expr_end = std::string::npos;
        bool self_doc = false;
        for (; i < end_; ++i) {
            const char c = text()[i];
            if (in_string) {
                if (c == in_string) in_string = 0;
                continue;
            }
            if (c == '\\') fail(i, "expression part cannot include a backslash");
            if (c == '\'' || c == '"') {
                in_string = c;
                continue;
            }
            if (c == '#') fail(i, "expression part cannot include '#'");
            if (c == '(' || c == '[' || c == '{') {
                ++depth;
                continue;
            }
            if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                --depth;
                continue;
            }
            if (depth > 0) continue;
            const char next = i + 1 < end_ ? text()[i + 1] : '\0';
            if (c == '!') {
                if (next == '=') { // the operator !=
                    ++i;
                    continue;
                }
                expr_end = i;
                break;
            }
            if (c == '<' || c == '>') { // < <= > >= (and << >>, harmless here)
                if (next == '=') ++i;
                continue;
            }
            if (c == '=') {
                if (next == '=') { // the operator ==
                    ++i;
                    continue;
                }
                self_doc = true; // {x=}: the text "x=" (with the spaces around it) then the value
                expr_end = i;
                ++i;
                while (i < end_ && (text()[i] == ' ' || text()[i] == '\t'))
                    ++i;
                break;
            }
            if (c == '}' || c == ':') {
                expr_end = i;
                break;
            }
        }
        if (expr_end == std::string::npos) fail(open, "expecting '}'");
        const std::string_view source = text().substr(expr_start, expr_end - expr_start);
        if (source.find_first_not_of(" \t\n\r") == std::string_view::npos) fail(open, "empty expression not allowed");

        ExprPtr value = FStringParser::expression(p_, source, cursor(expr_start));
        ExprPtr formatted = p_.make(ExprKind::FormattedValue, where(open));
        int height = 0;
        if (self_doc) {
            ExprPtr s = p_.make(ExprKind::String, where(expr_start));
            s->text = std::string(text().substr(expr_start, i - expr_start));
            joined.items.push_back(std::move(s));
        }
        if (i < end_ && text()[i] == '!') {
            ++i;
            const char conv = i < end_ ? text()[i] : '\0';
            if (conv != 'r' && conv != 's' && conv != 'a')
                fail(i, "invalid conversion character: expected 's', 'r', or 'a'");
            formatted->text = std::string(1, conv);
            ++i;
        }
        if (i < end_ && text()[i] == ':') {
            ++i;
            ExprPtr spec = p_.make(ExprKind::JoinedStr, where(i));
            height = parts(*spec, i, true, nesting + 1);
            formatted->object = std::move(spec);
        }
        if (i >= end_ || text()[i] != '}') fail(open, "expecting '}'");
        ++i;
        if (self_doc && formatted->text.empty() && !formatted->object) formatted->text = "r";
        formatted->items.push_back(std::move(value));
        joined.items.push_back(std::move(formatted));
        return height + 1;
    }

    // The expression of a field, parsed on its own, located in the file.
    static ExprPtr expression(Parser& p, std::string_view source, Cursor at) {
        // Parentheses let the expression span lines, as Python allows inside braces.
        std::string wrapped = "(" + std::string(source) + "\n)";
        auto shift = [&](int& line, int& column) {
            if (line == 1) column += at.column - 2; // the '(' is not in the file
            line += at.line - 1;
        };
        std::vector<Token> tokens;
        try {
            tokens = tokenize(wrapped, *p.file_);
        } catch (const Error& e) {
            if (!e.where()) throw;
            int line = e.where()->line, column = e.where()->column;
            shift(line, column);
            throw Error(SourceLocation{p.file_, line, column}, e.message());
        }
        for (Token& tok : tokens)
            shift(tok.line, tok.column);
        Parser inner(tokens, p.file_);
        inner.depth_ = p.depth_;
        Parsed e = inner.lone_expression();
        return std::move(e.expr);
    }
};

Parsed Parser::fstring(const Token& t) {
    Deeper deeper(*this, depth_, t);
    return FStringParser(*this, t).run();
}

} // namespace revlab::py::detail
