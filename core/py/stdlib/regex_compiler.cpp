// The tree to a program for the backtracking machine (regex_matcher.cpp). The shapes:
//
//   a|b        Split L1 L2; L1: a; Jump end; L2: b; end:
//   x* (greedy) L0: Split L1 end; L1: [Mark r] x [EmptyCheck r end]; Jump L0; end:
//   c{m,n}     Star m n; <test for c>          (one character: no backtracking entry per char)
//   x{m,n}     RepInit r; L0: RepLoop r m n end; Mark r+1; x; RepNext r m L0 end; end:
//
// Mark/EmptyCheck stop a loop whose body matched nothing, as Python's sre does: the iteration
// counts, and the loop goes on to what follows it instead of iterating forever.
#include "py/stdlib/regex_ast.hpp"

namespace revlab::py::regex {

namespace {

class Compiler {
  public:
    explicit Compiler(Program& p) : p_(p) {}

    void node(const Node& n) {
        switch (n.kind) {
        case Node::Kind::Empty:
            return;
        case Node::Kind::Char:
        case Node::Kind::Any:
        case Node::Kind::Set:
            single(n);
            return;
        case Node::Kind::Seq:
            for (const Node& k : n.kids)
                node(k);
            return;
        case Node::Kind::Alt:
            alternation(n);
            return;
        case Node::Kind::Repeat:
            repeat(n);
            return;
        case Node::Kind::Group:
            emit({Op::Save, 0, 2 * n.index});
            node(n.kids[0]);
            emit({Op::Save, 0, 2 * n.index + 1});
            return;
        case Node::Kind::Backref:
            emit({Op::Backref, static_cast<std::uint8_t>(n.fold), n.index});
            return;
        case Node::Kind::Assert:
            emit({Op::Assert, static_cast<std::uint8_t>(n.flag), n.index});
            return;
        case Node::Kind::Look: {
            std::uint8_t flags = n.flag ? kLookNegative : 0;
            if (n.behind) {
                flags |= kLookBehind;
                if (n.min == kUnbounded) throw SyntaxError{"looks too much behind"};
                if (n.min != n.max) throw SyntaxError{"look-behind requires fixed-width pattern"};
            }
            const std::uint32_t start = emit({Op::LookStart, flags, 0, n.min});
            node(n.kids[0]);
            emit({Op::LookEnd});
            p_.code[start].a = here();
            return;
        }
        case Node::Kind::Atomic:
            emit({Op::AtomicStart});
            node(n.kids[0]);
            emit({Op::AtomicEnd});
            return;
        case Node::Kind::Conditional: {
            const std::uint32_t test = emit({Op::GroupExists, 0, n.index});
            node(n.kids[0]);
            const std::uint32_t jump = emit({Op::Jump});
            p_.code[test].b = here();
            node(n.kids[1]);
            p_.code[jump].a = here();
            return;
        }
        }
    }

  private:
    std::uint32_t here() const { return static_cast<std::uint32_t>(p_.code.size()); }
    std::uint32_t emit(Inst in) {
        p_.code.push_back(in);
        return here() - 1;
    }
    std::uint32_t registers(std::uint32_t n) {
        const std::uint32_t first = 2 * (p_.groups + 1) + p_.registers;
        p_.registers += n;
        return first;
    }

    // A (?:x) of one item is that item.
    static const Node& unwrap(const Node& n) {
        if (n.kind == Node::Kind::Seq && n.kids.size() == 1) return unwrap(n.kids[0]);
        return n;
    }
    static bool is_single(const Node& n) {
        return n.kind == Node::Kind::Char || n.kind == Node::Kind::Any || n.kind == Node::Kind::Set;
    }
    static bool can_be_empty(const Node& n) {
        switch (n.kind) {
        case Node::Kind::Char:
        case Node::Kind::Any:
        case Node::Kind::Set:
            return false;
        case Node::Kind::Seq:
            for (const Node& k : n.kids)
                if (!can_be_empty(k)) return false;
            return true;
        case Node::Kind::Alt:
            for (const Node& k : n.kids)
                if (can_be_empty(k)) return true;
            return false;
        case Node::Kind::Repeat:
            return n.min == 0 || can_be_empty(n.kids[0]);
        case Node::Kind::Group:
        case Node::Kind::Atomic:
            return can_be_empty(n.kids[0]);
        default: // empty, anchors, lookarounds, backreferences (the group may be empty)
            return true;
        }
    }

    void single(const Node& n) {
        switch (n.kind) {
        case Node::Kind::Char:
            if (n.fold == Fold::None)
                emit({Op::Char, 0, n.ch});
            else
                emit({Op::CharFold, static_cast<std::uint8_t>(n.fold), n.ch});
            return;
        case Node::Kind::Any:
            emit({n.flag ? Op::AnyAll : Op::Any});
            return;
        default:
            emit({Op::Set, 0, n.index});
            return;
        }
    }

    void alternation(const Node& n) {
        std::vector<std::uint32_t> jumps;
        for (std::size_t k = 0; k + 1 < n.kids.size(); ++k) {
            const std::uint32_t split = emit({Op::Split, 0, here() + 1});
            node(n.kids[k]);
            jumps.push_back(emit({Op::Jump}));
            p_.code[split].b = here();
        }
        node(n.kids.back());
        for (std::uint32_t j : jumps)
            p_.code[j].a = here();
    }

    void repeat(const Node& n) {
        if (n.max == 0) return; // x{0} matches the empty string; its groups stay unset
        const Node& kid = unwrap(n.kids[0]);
        if (n.min == 1 && n.max == 1) {
            node(kid);
            return;
        }
        if (n.possessive) { // x*+ is (?>x*)
            emit({Op::AtomicStart});
            greedy_or_lazy(kid, n.min, n.max, true);
            emit({Op::AtomicEnd});
            return;
        }
        greedy_or_lazy(kid, n.min, n.max, n.flag);
    }

    void greedy_or_lazy(const Node& kid, std::uint32_t min, std::uint32_t max, bool greedy) {
        if (is_single(kid)) {
            emit({Op::Star, static_cast<std::uint8_t>(greedy), min, max});
            single(kid);
            return;
        }
        if (min == 0 && max == 1) {
            const std::uint32_t split = emit({Op::Split});
            const std::uint32_t body = here();
            node(kid);
            set_split(split, body, here(), greedy);
            return;
        }
        if (max == kUnbounded && min <= 1) {
            const bool check = can_be_empty(kid);
            const std::uint32_t reg = check ? registers(1) : 0;
            if (min == 0) {
                const std::uint32_t head = emit({Op::Split});
                const std::uint32_t body = here();
                if (check) emit({Op::Mark, 0, reg});
                node(kid);
                const std::uint32_t empty_check = check ? emit({Op::EmptyCheck, 0, reg}) : 0;
                emit({Op::Jump, 0, head});
                set_split(head, body, here(), greedy);
                if (check) p_.code[empty_check].b = here();
            } else {
                const std::uint32_t body = here();
                if (check) emit({Op::Mark, 0, reg});
                node(kid);
                const std::uint32_t empty_check = check ? emit({Op::EmptyCheck, 0, reg}) : 0;
                const std::uint32_t tail = emit({Op::Split});
                set_split(tail, body, here(), greedy);
                if (check) p_.code[empty_check].b = here();
            }
            return;
        }
        const std::uint32_t reg = registers(2); // the count, and where the iteration began
        emit({Op::RepInit, 0, reg});
        const std::uint32_t head = emit({Op::RepLoop, static_cast<std::uint8_t>(greedy), reg, min, max});
        emit({Op::Mark, 0, reg + 1});
        node(kid);
        const std::uint32_t tail = emit({Op::RepNext, 0, reg, min, head});
        p_.code[head].d = here();
        p_.code[tail].d = here();
    }

    // A greedy choice tries the body first; a lazy one what follows first.
    void set_split(std::uint32_t split, std::uint32_t body, std::uint32_t after, bool greedy) {
        p_.code[split].a = greedy ? body : after;
        p_.code[split].b = greedy ? after : body;
    }

    Program& p_;
};

} // namespace

std::size_t Program::bytes() const {
    std::size_t n = sizeof(Program) + code.capacity() * sizeof(Inst) + sets.capacity() * sizeof(CharSet);
    for (const CharSet& s : sets)
        n += s.extra_bytes();
    for (const auto& [name, group] : names)
        n += sizeof(names[0]) + name.size();
    return n;
}

std::shared_ptr<const Program> compile(std::u32string_view pattern, unsigned flags, bool bytes,
                                       Budget* budget) {
    Ast ast = parse(pattern, flags, bytes, budget);
    auto p = std::make_shared<Program>();
    p->flags = ast.flags;
    p->groups = ast.groups;
    p->names = std::move(ast.names);
    p->sets = std::move(ast.sets);
    Compiler c(*p);
    c.node(ast.root);
    p->code.push_back({Op::Match});

    // What lets a search skip ahead: an anchor at the start, or a first character.
    std::size_t pc = 0;
    while (p->code[pc].op == Op::Save)
        ++pc;
    const Inst& first = p->code[pc];
    if (first.op == Op::Assert && static_cast<AssertKind>(first.a) == AssertKind::Begin) p->anchored = true;
    if (first.op == Op::Char) p->first_char = first.a;
    if (first.op == Op::Star && first.a >= 1 && p->code[pc + 1].op == Op::Char)
        p->first_char = p->code[pc + 1].a;
    return p;
}

} // namespace revlab::py::regex
