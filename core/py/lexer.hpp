// The tokenizer for the Python subset that Revlab reads. It follows CPython's tokenizer where the
// two meet: INDENT/DEDENT from a stack of indentation widths (tabs to multiples of 8, checked
// against a tabs-as-one width so that a file whose meaning depends on the tab size is refused),
// NEWLINE only at the end of a logical line, no NEWLINE inside brackets, backslash continuation.
// String literals are decoded here, so that a bad escape is reported in file order.
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
    Name,      // an identifier that is not a keyword
    Keyword,   // one of Python's hard keywords (def, class, None, ...)
    Number,    // text is the literal as written; the parser converts it
    String,    // value holds the decoded literal
    Op,        // an operator or delimiter: "(", "**=", "->", ...
    Newline,   // end of a logical line
    Indent,
    Dedent,
    EndOfFile,
};

struct Token {
    TokenKind kind = TokenKind::EndOfFile;
    bool is_bytes = false; // String: a b'...' literal, whose value is raw bytes
    int line = 0;          // 1-based
    int column = 0;        // 1-based, in code points
    std::string_view text; // the exact source text (for String: prefix and quotes included)
    std::string value;     // String: the decoded value
};

// Splits a whole file into tokens; the last one is always EndOfFile. The tokens' text views point
// into `source`, which must outlive them. Throws revlab::Error (located in `path`) for anything
// that is not well-formed: bad encoding, unterminated strings, bad indentation, unclosed brackets.
std::vector<Token> tokenize(std::string_view source, const std::string& path);

// How an error message names a token: "name 'foo'", "')'", "end of line", "end of file".
std::string describe(const Token& token);

// `text` made safe to quote in a message: control and bidi characters escaped, long text cut.
std::string printable(std::string_view text, std::size_t max_chars = 40);

} // namespace revlab::py
