// The tokenizer for the Python that Revlab runs. It follows CPython's tokenizer where the
// two meet: INDENT/DEDENT from a stack of indentation widths (tabs to multiples of 8, checked
// against a tabs-as-one width so that a file whose meaning depends on the tab size is refused),
// NEWLINE only at the end of a logical line, no NEWLINE inside brackets, backslash continuation.
// String literals are checked here, escapes included, so that a bad one is reported in file order.
#pragma once

#include "error.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace revlab::py {

// Larger files are refused before any work is done: no revision script or models.py comes near it,
// and it bounds the memory a pasted file can take in the browser.
constexpr std::size_t kMaxSourceBytes = 4 * 1024 * 1024;

// The deepest nesting of brackets, indented blocks or expression levels accepted. It keeps every
// recursion (the parser's, and that of whoever walks the tree) far from the end of the stack,
// which is 1 MiB in the wasm build.
constexpr int kMaxNesting = 100;

enum class TokenKind : std::uint8_t {
    Name,    // an identifier that is not a keyword
    Keyword, // one of Python's hard keywords (def, class, None, ...)
    Number,  // text is the literal as written; the parser converts it
    String,  // text is the literal as written; append_string_value() decodes it
    Op,      // an operator or delimiter: "(", "**=", "->", ...
    Newline, // end of a logical line
    Indent,
    Dedent,
    EndOfFile,
};

struct Token {
    TokenKind kind = TokenKind::EndOfFile;
    bool is_bytes = false; // String: a b'...' literal, whose value is raw bytes
    bool is_formatted = false; // String: an f'...' literal, whose fields the parser reads
    int line = 0;          // 1-based
    int column = 0;        // 1-based, in code points
    std::string_view text; // the exact source text (for String: prefix and quotes included)
};

// Compares token text char by char: the texts are a few characters long, and a library compare
// costs a memcmp call each time (it showed at the top of the profile).
constexpr bool same_text(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) return false;
    return true;
}

// Splits a whole file into tokens; the last one is always EndOfFile. The tokens' text views point
// into `source`, which must outlive them. Throws revlab::Error (located in `path`) for anything
// that is not well-formed: bad encoding, unterminated strings, bad indentation, unclosed brackets.
std::vector<Token> tokenize(std::string_view source, const std::string& path);

// Appends the value of a String token to `out`: escapes decoded, newlines as "\n". tokenize() has
// already checked the literal, so this cannot fail.
void append_string_value(const Token& token, std::string& out);

// How an error message names a token: "name 'foo'", "')'", "end of line", "end of file".
std::string describe(const Token& token);

// `text` made safe to quote in a message: control and bidi characters escaped, long text cut.
std::string printable(std::string_view text, std::size_t max_chars = 40);

} // namespace revlab::py
