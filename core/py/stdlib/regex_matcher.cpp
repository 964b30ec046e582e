// The backtracking machine. It runs a program over code points with an explicit stack of
// entries, so no C++ recursion grows with the subject or the pattern:
//   Alt      a choice point: resume at pc, position pos
//   Undo     a slot (capture or loop register) to restore to aux's old value on backtracking
//   Star*    a one-character repeat that can give back (greedy) or take (lazy) one more character
//   Barrier  the start of a lookaround or atomic group; reaching its end cuts the choices made
//            inside (keeping the undo entries, so that backtracking past it still restores)
// The leftmost match, and among those the first in the pattern's priority order, as Python's.
#include "py/stdlib/regex.hpp"

namespace revlab::py::regex {

namespace {
enum EntryKind : std::uint8_t { kAlt, kUndo, kStarGreedy, kStarLazy, kBarrier };
}

struct Matcher::Entry {
    std::uint8_t kind;
    std::uint32_t pc; // Undo: the slot
    std::int64_t pos; // Undo: the slot's old value; Star: the current end; Barrier: where it began
    std::int64_t aux; // Undo: the old lastindex; StarGreedy: the least end; StarLazy: the most
};

Matcher::Matcher(const Program& program, std::u32string_view subject, Budget& budget)
    : p_(program), s_(subject), budget_(budget) {
    slots_.assign(2 * (p_.groups + 1) + p_.registers, -1);
}

Matcher::~Matcher() = default;

void Matcher::tick() {
    if (++ticks_ >= Budget::kChargeEvery) {
        budget_.charge(ticks_);
        ticks_ = 0;
    }
}

void Matcher::push(std::uint8_t kind, std::uint32_t pc, std::int64_t pos, std::int64_t aux) {
    if (stack_.size() >= budget_.max_entries) budget_.too_deep();
    stack_.push_back({kind, pc, pos, aux});
}

void Matcher::set_slot(std::uint32_t slot, std::int64_t value) {
    // With nothing to backtrack to, the old value can never be needed again.
    if (!stack_.empty()) push(kUndo, slot, slots_[slot], lastindex_);
    slots_[slot] = value;
    if ((slot & 1) && slot > 1 && slot < 2 * (p_.groups + 1)) lastindex_ = slot / 2;
}

// The body of a lookaround or atomic group matched: drop the choices made inside it (Python
// never backtracks into them), keep the undo entries.
void Matcher::cut_to_barrier() {
    const std::size_t b = barriers_.back();
    barriers_.pop_back();
    std::size_t w = b;
    for (std::size_t i = b + 1; i < stack_.size(); ++i)
        if (stack_[i].kind == kUndo) stack_[w++] = stack_[i];
    stack_.resize(w);
}

// A negative lookaround's body matched, so the lookaround fails: undo everything since it began.
void Matcher::unwind_to_barrier() {
    const std::size_t b = barriers_.back();
    barriers_.pop_back();
    while (stack_.size() > b + 1) {
        const Entry& e = stack_.back();
        if (e.kind == kUndo) {
            slots_[e.pc] = e.pos;
            lastindex_ = static_cast<std::uint32_t>(e.aux);
        }
        stack_.pop_back();
    }
    stack_.pop_back();
}

bool Matcher::test_char(const Inst& in, char32_t c) const {
    switch (in.op) {
    case Op::Char:
        return c == in.a;
    case Op::CharFold:
        return fold(c, static_cast<Fold>(in.flag)) == in.a;
    case Op::Any:
        return c != U'\n';
    case Op::AnyAll:
        return true;
    case Op::Set:
        return p_.sets[in.a].contains(c);
    default:
        return false;
    }
}

bool Matcher::check_assert(const Inst& in, std::int64_t pos) const {
    const auto n = static_cast<std::int64_t>(s_.size());
    const auto at = [&](std::int64_t i) { return s_[static_cast<std::size_t>(i)]; };
    switch (static_cast<AssertKind>(in.a)) {
    case AssertKind::Begin:
        return pos == 0;
    case AssertKind::BeginLine:
        return pos == 0 || at(pos - 1) == U'\n';
    case AssertKind::End:
        return pos == n || (pos == n - 1 && at(pos) == U'\n');
    case AssertKind::EndLine:
        return pos == n || at(pos) == U'\n';
    case AssertKind::EndString:
        return pos == n;
    case AssertKind::Boundary:
    case AssertKind::NonBoundary: {
        if (n == 0) return false; // Python: an empty subject has no boundaries, and no non-boundaries
        const bool ascii = in.flag != 0;
        const bool before = pos > 0 && is_word(at(pos - 1), ascii);
        const bool after = pos < n && is_word(at(pos), ascii);
        return (static_cast<AssertKind>(in.a) == AssertKind::Boundary) == (before != after);
    }
    }
    return false;
}

// Pops the stack to the most recent choice; false when there is none left.
bool Matcher::backtrack(std::uint32_t& pc, std::int64_t& pos) {
    while (!stack_.empty()) {
        Entry& e = stack_.back();
        switch (e.kind) {
        case kAlt:
            pc = e.pc;
            pos = e.pos;
            stack_.pop_back();
            return true;
        case kUndo:
            slots_[e.pc] = e.pos;
            lastindex_ = static_cast<std::uint32_t>(e.aux);
            stack_.pop_back();
            continue;
        case kStarGreedy: {
            // Give back one character; when what follows must begin with a known character,
            // give back straight to the last place it occurs.
            std::int64_t q = e.pos - 1;
            const Inst& next = p_.code[e.pc + 2];
            if (next.op == Op::Char) {
                while (q >= e.aux && s_[static_cast<std::size_t>(q)] != next.a) {
                    --q;
                    tick();
                }
                if (q < e.aux) {
                    stack_.pop_back();
                    continue;
                }
            }
            pc = e.pc + 2;
            pos = q;
            if (q == e.aux)
                stack_.pop_back();
            else
                e.pos = q;
            return true;
        }
        case kStarLazy: {
            const std::int64_t q = e.pos;
            if (q < e.aux && test_char(p_.code[e.pc + 1], s_[static_cast<std::size_t>(q)])) {
                pc = e.pc + 2;
                pos = q + 1;
                if (pos == e.aux)
                    stack_.pop_back();
                else
                    e.pos = pos;
                return true;
            }
            stack_.pop_back();
            continue;
        }
        case kBarrier: {
            const Inst& in = p_.code[e.pc];
            const std::int64_t began = e.pos;
            stack_.pop_back();
            barriers_.pop_back();
            if (in.op == Op::LookStart && (in.flag & kLookNegative)) {
                // The body of a negative lookaround failed: the lookaround holds.
                pc = in.a;
                pos = began;
                return true;
            }
            continue;
        }
        }
    }
    return false;
}

bool Matcher::attempt(std::size_t start, Mode mode, bool must_advance) {
    std::fill(slots_.begin(), slots_.end(), -1);
    stack_.clear();
    barriers_.clear();
    lastindex_ = 0;
    const auto n = static_cast<std::int64_t>(s_.size());
    const auto at = [&](std::int64_t i) { return s_[static_cast<std::size_t>(i)]; };
    std::uint32_t pc = 0;
    std::int64_t pos = static_cast<std::int64_t>(start);
    while (true) {
        tick();
        const Inst& in = p_.code[pc];
        bool ok = true;
        switch (in.op) {
        case Op::Char:
            ok = pos < n && at(pos) == in.a;
            if (ok) ++pos, ++pc;
            break;
        case Op::CharFold:
        case Op::Any:
        case Op::AnyAll:
        case Op::Set:
            ok = pos < n && test_char(in, at(pos));
            if (ok) ++pos, ++pc;
            break;
        case Op::Star: {
            const Inst& test = p_.code[pc + 1];
            const std::int64_t limit = in.b == kUnbounded ? n : std::min<std::int64_t>(n, pos + in.b);
            if (in.flag) {
                std::int64_t q = pos;
                while (q < limit && test_char(test, at(q)))
                    ++q;
                ticks_ += static_cast<std::uint32_t>(std::min<std::int64_t>(q - pos, 1 << 20));
                if (q - pos < in.a) {
                    ok = false;
                    break;
                }
                if (q - pos > in.a) push(kStarGreedy, pc, q, pos + in.a);
                pos = q;
            } else {
                const std::int64_t need = pos + in.a;
                if (need > n) {
                    ok = false;
                    break;
                }
                std::int64_t q = pos;
                while (q < need && test_char(test, at(q)))
                    ++q;
                ticks_ += static_cast<std::uint32_t>(std::min<std::int64_t>(q - pos, 1 << 20));
                if (q < need) {
                    ok = false;
                    break;
                }
                if (q < limit) push(kStarLazy, pc, q, limit);
                pos = q;
            }
            pc += 2;
            break;
        }
        case Op::Split:
            push(kAlt, in.b, pos, 0);
            pc = in.a;
            break;
        case Op::Jump:
            pc = in.a;
            break;
        case Op::Save:
        case Op::Mark:
            set_slot(in.a, pos);
            ++pc;
            break;
        case Op::EmptyCheck:
            pc = pos == slots_[in.a] ? in.b : pc + 1;
            break;
        case Op::RepInit:
            set_slot(in.a, 0);
            ++pc;
            break;
        case Op::RepLoop: {
            const std::int64_t count = slots_[in.a];
            if (count < in.b) {
                ++pc;
            } else if (in.c != kUnbounded && count >= in.c) {
                pc = in.d;
            } else if (in.flag) {
                push(kAlt, in.d, pos, 0);
                ++pc;
            } else {
                push(kAlt, pc + 1, pos, 0);
                pc = in.d;
            }
            break;
        }
        case Op::RepNext: {
            const std::int64_t count = slots_[in.a] + 1;
            set_slot(in.a, count);
            pc = count >= in.b && pos == slots_[in.a + 1] ? in.d : in.c;
            break;
        }
        case Op::Assert:
            ok = check_assert(in, pos);
            if (ok) ++pc;
            break;
        case Op::Backref: {
            const std::int64_t b = slots_[2 * in.a], e = slots_[2 * in.a + 1];
            ok = b >= 0 && e >= 0 && pos + (e - b) <= n;
            const auto f = static_cast<Fold>(in.flag);
            for (std::int64_t k = 0; ok && k < e - b; ++k)
                ok = f == Fold::None ? at(b + k) == at(pos + k) : fold(at(b + k), f) == fold(at(pos + k), f);
            if (ok) pos += e - b, ++pc;
            break;
        }
        case Op::LookStart:
            if ((in.flag & kLookBehind) && pos < static_cast<std::int64_t>(in.b)) {
                // Not enough text behind: the body cannot match.
                if (in.flag & kLookNegative)
                    pc = in.a;
                else
                    ok = false;
                break;
            }
            push(kBarrier, pc, pos, 0);
            barriers_.push_back(stack_.size() - 1);
            if (in.flag & kLookBehind) pos -= in.b;
            ++pc;
            break;
        case Op::LookEnd: {
            const Entry& barrier = stack_[barriers_.back()];
            const Inst& look = p_.code[barrier.pc];
            const std::int64_t began = barrier.pos;
            if ((look.flag & kLookBehind) && pos != began) {
                ok = false; // a lookbehind body must end where the lookbehind began
                break;
            }
            if (look.flag & kLookNegative) {
                unwind_to_barrier();
                ok = false;
                break;
            }
            cut_to_barrier();
            pos = began;
            pc = look.a;
            break;
        }
        case Op::AtomicStart:
            push(kBarrier, pc, pos, 0);
            barriers_.push_back(stack_.size() - 1);
            ++pc;
            break;
        case Op::AtomicEnd:
            cut_to_barrier();
            ++pc;
            break;
        case Op::GroupExists:
            pc = slots_[2 * in.a] >= 0 && slots_[2 * in.a + 1] >= 0 ? pc + 1 : in.b;
            break;
        case Op::Match:
            ok = !(mode == Mode::FullMatch && pos != n) &&
                 !(must_advance && pos == static_cast<std::int64_t>(start));
            if (ok) {
                slots_[0] = static_cast<std::int64_t>(start);
                slots_[1] = pos;
                return true;
            }
            break;
        }
        if (!ok && !backtrack(pc, pos)) return false;
    }
}

std::optional<MatchSpans> Matcher::run(std::size_t pos, Mode mode, bool must_advance) {
    const std::size_t n = s_.size();
    if (pos > n) return std::nullopt;
    const auto result = [&] {
        MatchSpans m;
        m.slots.assign(slots_.begin(), slots_.begin() + 2 * (p_.groups + 1));
        m.lastindex = lastindex_;
        return m;
    };
    if (mode != Mode::Search) {
        if (attempt(pos, mode, must_advance)) return result();
        return std::nullopt;
    }
    for (std::size_t start = pos; start <= n; ++start) {
        if (p_.first_char) {
            const std::size_t from = start;
            while (start < n && s_[start] != *p_.first_char)
                ++start;
            ticks_ += static_cast<std::uint32_t>(std::min<std::size_t>(start - from, 1 << 20));
            if (start == n) break;
        }
        if (attempt(start, mode, must_advance && start == pos)) return result();
        if (p_.anchored) break;
    }
    return std::nullopt;
}

} // namespace revlab::py::regex
