// Revlab's regular-expression engine, with the syntax and the semantics of Python's `re` (not
// std::regex: its syntax and matching rules differ, it recurses once per character, and it is large
// in wasm). A pattern parses into a tree (regex_parser.cpp), compiles into a small program
// (regex_compiler.cpp), and a backtracking machine runs the program over code points
// (regex_matcher.cpp) with an explicit stack: no C++ recursion grows with the subject, and a step
// budget lets the sandbox stop catastrophic backtracking. The `re` module (re_module.cpp) wraps it.
//
// The engine knows nothing of the interpreter, so the unit tests drive it directly.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace revlab::py::regex {

// Flag bits, numbered as Python's re numbers them (re.I == 2, re.M == 8, ...).
enum Flag : unsigned {
    kTemplate = 1,
    kIgnoreCase = 2,
    kLocale = 4,
    kMultiline = 8,
    kDotAll = 16,
    kUnicode = 32,
    kVerbose = 64,
    kDebug = 128,
    kAscii = 256,
};

// A pattern Python would refuse. `kind` says which Python exception it is: re.error for the
// syntax ("missing ), unterminated subpattern" at `pos`, in code points; pos -1 names no
// position), OverflowError for a repeat count past Python's MAXREPEAT, ValueError for flags that
// cannot go together, RecursionError for nesting deeper than Revlab parses.
struct SyntaxError {
    enum class Kind : std::uint8_t { Error, Overflow, Value, Recursion };
    std::string message;
    std::int64_t pos = -1;
    Kind kind = Kind::Error;
};

// How a character compares under IGNORECASE: not at all, by ASCII letters only (re.ASCII and
// bytes patterns), or by Unicode's simple lowercase mapping (str patterns).
enum class Fold : std::uint8_t { None, Ascii, Unicode };
char32_t fold(char32_t c, Fold f);
// The other lowercase characters that match `lower` under Unicode IGNORECASE because they share
// its uppercase ("s" and "ſ"); empty for most (regex_casefix.cpp, generated from Python).
std::u32string_view case_fixes(char32_t lower);

// \d \s \w as Python defines them: Unicode decimal digits, str.isspace(), str.isalnum() or '_';
// or their ASCII subsets under re.ASCII and for bytes.
bool is_digit(char32_t c, bool ascii);
bool is_space(char32_t c, bool ascii);
bool is_word(char32_t c, bool ascii);

// A character class: ranges and categories, maybe negated, maybe case-insensitive. Membership
// of ASCII characters is precomputed into a bitmap, since most subjects are ASCII.
class CharSet {
  public:
    enum Category : std::uint8_t {
        kDigit = 1,
        kNotDigit = 2,
        kSpace = 4,
        kNotSpace = 8,
        kWord = 16,
        kNotWord = 32,
    };
    void add(char32_t lo, char32_t hi);
    void add(char32_t c) { add(c, c); }
    void add_category(Category c) { categories_ |= c; }
    bool empty() const { return ranges_.empty() && categories_ == 0; }
    // Sorts and merges the ranges, adds the lowercase of every member when folding, and fills
    // the ASCII bitmap. Call once, after the last add.
    // Returns the work it did (code points folded), for the compile budget.
    std::uint64_t finish(bool negate, Fold fold, bool ascii_categories);
    // Bytes this class holds beyond its own size.
    std::size_t extra_bytes() const { return ranges_.capacity() * sizeof(ranges_[0]); }
    bool contains(char32_t c) const {
        if (c < 128) return (ascii_[c >> 6] >> (c & 63)) & 1;
        return slow_contains(c);
    }

  private:
    bool raw_contains(char32_t c) const;
    bool slow_contains(char32_t c) const;
    std::vector<std::pair<char32_t, char32_t>> ranges_;
    std::uint8_t categories_ = 0;
    bool negate_ = false;
    bool ascii_categories_ = false;
    Fold fold_ = Fold::None;
    std::uint64_t ascii_[2] = {0, 0};
};

// ---- the program ------------------------------------------------------------------------------

enum class Op : std::uint8_t {
    Char,       // a: the code point
    CharFold,   // a: the folded code point; flag: the Fold
    Any,        // any but '\n'
    AnyAll,     // any (DOTALL)
    Set,        // a: the CharSet's index
    Star,       // a single-character repeat: a min, b max, flag 1 greedy; the next instruction is
                // the character's test, the continuation the one after
    Split,      // try a, and b on backtracking
    Jump,       // to a
    Save,       // slot a = position (group k's span is slots 2k and 2k+1)
    Mark,       // register a = position (where a loop's iteration began)
    EmptyCheck, // if position == register a (the iteration matched nothing): jump to b
    RepInit,    // counted loop: register a (its count) = 0
    RepLoop,    // counted loop head: register a count, b min, c max, d exit; flag 1 greedy
    RepNext,    // counted loop tail: count += 1; a register, b min, c the head, d exit
    Assert,     // a: an AssertKind; flag 1: ASCII word characters
    Backref,    // a: the group; flag: the Fold
    LookStart,  // a: the instruction after LookEnd; b: the width looked behind; flag: kLook*
    LookEnd,
    AtomicStart, // (?>...) and possessive repeats: backtracking into the body is cut at AtomicEnd
    AtomicEnd,
    GroupExists, // (?(a)yes|no): a the group, b where `no` begins
    Match,
};

enum class AssertKind : std::uint8_t {
    Begin,       // \A, and ^ without MULTILINE
    BeginLine,   // ^ with MULTILINE
    End,         // $ without MULTILINE: at the end, or before a final '\n'
    EndLine,     // $ with MULTILINE: at the end, or before any '\n'
    EndString,   // \Z
    Boundary,    // \b
    NonBoundary, // \B
};

enum LookFlag : std::uint8_t { kLookBehind = 1, kLookNegative = 2 };

inline constexpr std::uint32_t kUnbounded = 0xFFFFFFFFu; // a repeat's max: Python's MAXREPEAT

struct Inst {
    Op op;
    std::uint8_t flag = 0;
    std::uint32_t a = 0, b = 0, c = 0, d = 0;
};

struct Program {
    std::vector<Inst> code;
    std::vector<CharSet> sets;
    unsigned flags = 0;          // the pattern's flags, with its inline global flags and UNICODE for str
    std::uint32_t groups = 0;    // capturing groups
    std::uint32_t registers = 0; // loop registers, after the 2 * (groups + 1) capture slots
    // Named groups, in order of definition: (name as UTF-8, group number).
    std::vector<std::pair<std::string, std::uint32_t>> names;
    bool anchored = false;              // begins with \A (or ^ without MULTILINE): search tries once
    std::optional<char32_t> first_char; // every match begins with this character

    // The memory the program takes, for the sandbox's accounting.
    std::size_t bytes() const;
};

class Budget;

// Compiles `pattern` (code points; bytes patterns pass their bytes) with Python's semantics.
// Throws SyntaxError. The budget, when given, is charged for the work that can grow faster than
// the pattern (case-folding large classes).
std::shared_ptr<const Program> compile(std::u32string_view pattern, unsigned flags, bool bytes,
                                       Budget* budget = nullptr);

// ---- matching ---------------------------------------------------------------------------------

// What a match may spend. The matcher calls charge() every kChargeEvery steps (an instruction,
// a character scanned by a repeat); it may throw to stop the match. When the backtracking stack
// would pass max_entries it calls too_deep(), which must throw.
class Budget {
  public:
    static constexpr std::uint32_t kChargeEvery = 1024;
    virtual ~Budget() = default;
    virtual void charge(std::uint64_t steps) = 0;
    [[noreturn]] virtual void too_deep() = 0;
    std::size_t max_entries = std::size_t{1} << 24;
};

// The spans of a match: slot 2k is where group k began and 2k+1 where it ended (-1: unset);
// group 0 is the whole match. `lastindex`: the group that closed last (0: none).
struct MatchSpans {
    std::vector<std::int64_t> slots;
    std::uint32_t lastindex = 0;
    std::int64_t start(std::uint32_t g) const { return slots[2 * g]; }
    std::int64_t end(std::uint32_t g) const { return slots[2 * g + 1]; }
};

enum class Mode : std::uint8_t { Match, Search, FullMatch };

// Runs one program over one subject, reusing its buffers across calls (findall, sub and split
// search again and again). The subject ends at Python's `endpos`; lookbehind and ^ see the text
// before `pos`.
class Matcher {
  public:
    Matcher(const Program& program, std::u32string_view subject, Budget& budget);
    ~Matcher();
    Matcher(const Matcher&) = delete;
    Matcher& operator=(const Matcher&) = delete;

    // The first match at or after `pos` (at `pos` only for Match and FullMatch). With
    // must_advance, an empty match at `pos` itself does not count (the rule findall, sub and
    // split follow after an empty match).
    std::optional<MatchSpans> run(std::size_t pos, Mode mode, bool must_advance = false);

  private:
    struct Entry;
    bool attempt(std::size_t start, Mode mode, bool must_advance);
    bool backtrack(std::uint32_t& pc, std::int64_t& pos);
    void push(std::uint8_t kind, std::uint32_t pc, std::int64_t pos, std::int64_t aux);
    void set_slot(std::uint32_t slot, std::int64_t value);
    void cut_to_barrier();
    void unwind_to_barrier();
    bool test_char(const Inst& in, char32_t c) const;
    bool check_assert(const Inst& in, std::int64_t pos) const;
    void tick();

    const Program& p_;
    std::u32string_view s_;
    Budget& budget_;
    std::vector<std::int64_t> slots_;
    std::vector<Entry> stack_;
    std::vector<std::size_t> barriers_; // indexes of the stack's barrier entries
    std::uint32_t lastindex_ = 0;
    std::uint32_t ticks_ = 0;
};

// The UTF-32 form of UTF-8 text (a str's code points), and back.
std::u32string to_u32(std::string_view utf8);
std::string to_utf8(std::u32string_view text);

} // namespace revlab::py::regex
