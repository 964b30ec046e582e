// The objects of the `re` module: Pattern, Match and finditer's iterator hold the engine's
// program and results (regex.hpp) as C++ state. Shared by the re_*.cpp files; internal.
#pragma once

#include "py/stdlib/native_util.hpp"
#include "py/stdlib/regex.hpp"

#include <memory>

namespace revlab::py::re {

// The module's classes and caches, kept in one tuple that every object of the module holds (no
// global state: each interpreter has its own). The tuple never reaches Python code, so the module
// may update its last two items: the str (or bytes) searched last and its code points, which the
// next search of the same string reuses.
enum StateSlot : std::size_t {
    kPatternClass,
    kMatchClass,
    kScannerClass,
    kErrorClass,
    kFlagClass,
    kTextClass,
    kCache,
    kLastString,
    kLastText,
    kStateSize
};
ClassObj* state_class(const Value& state, StateSlot slot);

class PatternObj : public NativeObj {
  public:
    PatternObj(Heap& h, Ref<ClassObj> c) : NativeObj(h, std::move(c), sizeof(PatternObj)) {}
    std::shared_ptr<const regex::Program> program;
    Value pattern; // the str or bytes it was compiled from
    bool bytes = false;
    Value state;
    void clear() override {
        NativeObj::clear();
        pattern = state = Value();
    }
};

// A subject's code points, held by a heap object so that the sandbox's memory cap counts them.
class TextObj : public NativeObj {
  public:
    TextObj(Heap& h, Ref<ClassObj> c, std::u32string t)
        : NativeObj(h, std::move(c), sizeof(TextObj) + t.size() * sizeof(char32_t)), text(std::move(t)) {}
    const std::u32string text;
};

// A subject string as the engine sees it: its code points (bytes for a bytes subject).
struct Subject {
    Value string;
    Value holder; // the TextObj that owns `text`
    const std::u32string* text = nullptr;
    bool bytes = false;
    bool ascii = false; // a str whose UTF-8 bytes are its code points: slices need no encoding
};
Subject subject_of(Interp& I, const PatternObj& p, const Value& string);
// string[b:e] as a new str or bytes.
Value slice(Interp& I, const Subject& s, std::int64_t b, std::int64_t e);

class MatchObj : public NativeObj {
  public:
    MatchObj(Heap& h, Ref<ClassObj> c) : NativeObj(h, std::move(c), sizeof(MatchObj)) {}
    Value pattern; // the PatternObj
    Subject subject;
    regex::MatchSpans spans;
    std::int64_t pos = 0, endpos = 0;
    void clear() override {
        NativeObj::clear();
        pattern = Value();
        subject.string = subject.holder = Value();
    }
    const PatternObj& pattern_obj() const { return *pattern.as<PatternObj>(); }
};

Value make_match(Interp& I, const Value& pattern, const Subject& s, regex::MatchSpans spans, std::int64_t pos,
                 std::int64_t endpos);
// The text of group g, or `fallback` when it did not take part in the match.
Value group_value(Interp& I, const MatchObj& m, std::uint32_t g, const Value& fallback);

// finditer()'s iterator: the next match each time, as findall finds them.
class ScannerObj : public NativeObj {
  public:
    ScannerObj(Heap& h, Ref<ClassObj> c) : NativeObj(h, std::move(c), sizeof(ScannerObj)) {}
    Value pattern;
    Subject subject;
    std::int64_t pos = 0, endpos = 0;
    bool must_advance = false;
    bool done = false;
    void clear() override {
        NativeObj::clear();
        pattern = Value();
        subject.string = subject.holder = Value();
    }
};

// The sandbox's share of a match: its steps count against the script's budget, and a
// backtracking stack past the memory the sandbox allows stops the script.
class InterpBudget : public regex::Budget {
  public:
    explicit InterpBudget(Interp& I);
    void charge(std::uint64_t steps) override;
    [[noreturn]] void too_deep() override;

  private:
    Interp& I_;
};

// Runs the program over the subject (truncated at endpos) from pos.
class Search {
  public:
    Search(Interp& I, const PatternObj& p, const Subject& s, std::int64_t endpos)
        : budget_(I), view_(std::u32string_view(*s.text).substr(0, static_cast<std::size_t>(endpos))),
          matcher_(*p.program, view_, budget_) {}
    std::optional<regex::MatchSpans> run(std::int64_t pos, regex::Mode mode, bool must_advance = false) {
        return matcher_.run(static_cast<std::size_t>(pos), mode, must_advance);
    }

  private:
    InterpBudget budget_;
    std::u32string_view view_;
    regex::Matcher matcher_;
};

// Python's pos/endpos: clamped into [0, len].
std::pair<std::int64_t, std::int64_t> bounds(Interp& I, const Subject& s, const Value& pos,
                                             const Value& endpos);

// ---- replacement templates (re_template.cpp)
// A parsed replacement: literal pieces and group references, in order.
struct Template {
    struct Piece {
        std::string literal;     // UTF-8 text, or bytes
        std::int64_t group = -1; // >= 0: a group reference
    };
    std::vector<Piece> pieces;
};
Template parse_template(Interp& I, const PatternObj& p, const Value& repl);
// The expansion for one match (a str or bytes).
std::string expand_template(Interp& I, const MatchObj& m, const Template& t);

// ---- errors and module plumbing (re_module.cpp)
[[noreturn]] void raise_error(Interp& I, const Value& state, const std::string& msg, const Value& pattern,
                              std::int64_t pos);
void init_pattern_class(Interp& I, ClassObj& cls);
void init_match_class(Interp& I, ClassObj& cls);
void init_scanner_class(Interp& I, ClassObj& cls);

} // namespace revlab::py::re
