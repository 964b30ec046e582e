// The tree a pattern parses into, between regex_parser.cpp and regex_compiler.cpp. Flags are
// already applied here: a node carries its own case folding, DOTALL, MULTILINE and ASCII choices,
// so scoped flags ((?i:...)) need no bookkeeping in the compiler.
#pragma once

#include "py/stdlib/regex.hpp"

namespace revlab::py::regex {

struct Node {
    enum class Kind : std::uint8_t {
        Empty,
        Char,        // ch (already folded when fold != None)
        Any,         // flag: DOTALL
        Set,         // index: into Ast::sets
        Seq,         // kids in order
        Alt,         // kids: the alternatives
        Repeat,      // kids[0] repeated min..max; flag: greedy; possessive
        Group,       // capturing group `index` around kids[0]
        Backref,     // group `index`, compared with `fold`
        Assert,      // index: an AssertKind; flag: ASCII word characters
        Look,        // kids[0]; flag: negative; behind
        Atomic,      // kids[0]
        Conditional, // group `index` set ? kids[0] : kids[1]
    };
    Kind kind = Kind::Empty;
    Fold fold = Fold::None;
    bool flag = false;
    bool behind = false;
    bool possessive = false;
    char32_t ch = 0;
    std::uint32_t index = 0;
    std::uint32_t min = 0, max = 0;
    std::vector<Node> kids;
};

struct Ast {
    Node root;
    std::vector<CharSet> sets;
    unsigned flags = 0;
    std::uint32_t groups = 0;
    std::vector<std::pair<std::string, std::uint32_t>> names;
};

// Parses a pattern as Python's re/_parser.py does, with its error messages and positions.
Ast parse(std::u32string_view pattern, unsigned flags, bool bytes, Budget* budget);

// The lengths a node can match, in code points (max kUnbounded64: no limit). Python requires
// lookbehind bodies to have min == max.
inline constexpr std::uint64_t kUnbounded64 = ~std::uint64_t{0};
struct Width {
    std::uint64_t min = 0, max = 0;
};

} // namespace revlab::py::regex
