#include "yield_marks.hpp"

namespace revlab::py {

namespace {

[[noreturn]] void refuse(const Expr& where, const char* place) {
    throw Error(where.loc, std::string("Revlab's generators cannot pause at a yield ") + place +
                               "; give the yield a statement of its own (x = yield ...) and use x here");
}

// Whether e holds a yield of the scope being marked; sets the flags on the way up.
bool expr(Expr* e);

// The first yield in e, following the flags expr() has set.
const Expr& first_yield(const Expr& e) {
    if (e.kind == ExprKind::Yield || e.kind == ExprKind::YieldFrom) return e;
    if (e.object && e.object->yields) return first_yield(*e.object);
    for (const auto* list : {&e.items, &e.values})
        for (const ExprPtr& child : *list)
            if (child && child->yields) return first_yield(*child);
    for (const Keyword& k : e.keywords)
        if (k.value->yields) return first_yield(*k.value);
    return e;
}

// An expression in a place where a yield cannot pause.
void plain(Expr* e, const char* place) {
    if (e != nullptr && expr(e)) refuse(first_yield(*e), place);
}

bool expr(Expr* e) {
    if (e == nullptr) return false;
    bool found = false;
    auto visit = [&](Expr* child) { found = expr(child) || found; };
    switch (e->kind) {
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
        for (ExprPtr& item : e->items)
            visit(item.get());
        e->yields = true;
        return true;
    case ExprKind::Lambda: // its body is a scope of its own
        for (Param& p : e->params)
            plain(p.default_value.get(), "in a default value");
        return false;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp:
        plain(e->generators[0].iter.get(), "in a comprehension");
        return false;
    case ExprKind::Slice:
        for (ExprPtr& item : e->items)
            plain(item.get(), "in a slice");
        return false;
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
        for (ExprPtr& item : e->items)
            plain(item.get(), "in an f-string");
        plain(e->object.get(), "in an f-string");
        return false;
    case ExprKind::Subscript: {
        visit(e->object.get());
        const bool simple = e->items.size() == 1 && !e->tuple_index && e->items[0]->kind != ExprKind::Slice &&
                            e->items[0]->kind != ExprKind::Starred;
        for (ExprPtr& item : e->items) {
            if (simple)
                visit(item.get());
            else
                plain(item.get(), "in a subscript of several parts");
        }
        break;
    }
    default:
        visit(e->object.get());
        for (ExprPtr& item : e->items)
            visit(item.get());
        for (ExprPtr& value : e->values)
            visit(value.get());
        for (Keyword& k : e->keywords)
            visit(k.value.get());
        break;
    }
    e->yields = found;
    return found;
}

// An assignment target: a name, or parts evaluated before the store.
void target(Expr* t) {
    plain(t, "in an assignment target");
}

bool block(std::vector<StmtPtr>& body);

bool stmt(Stmt& s) {
    bool found = false;
    auto visit = [&](Expr* e) { found = expr(e) || found; };
    auto visit_block = [&](std::vector<StmtPtr>& b) { found = block(b) || found; };
    switch (s.kind) {
    case StmtKind::Expr:
    case StmtKind::Return:
        visit(s.value.get());
        break;
    case StmtKind::Assign:
    case StmtKind::AnnAssign:
    case StmtKind::AugAssign:
        visit(s.value.get());
        for (ExprPtr& t : s.targets)
            target(t.get());
        break;
    case StmtKind::Raise:
    case StmtKind::Assert:
        visit(s.value.get());
        visit(s.cause.get());
        break;
    case StmtKind::If:
    case StmtKind::While:
        visit(s.value.get());
        visit_block(s.body);
        visit_block(s.orelse);
        break;
    case StmtKind::For:
        visit(s.value.get());
        target(s.targets[0].get());
        visit_block(s.body);
        visit_block(s.orelse);
        break;
    case StmtKind::With:
        for (WithItem& item : s.with_items) {
            visit(item.context.get());
            target(item.target.get());
        }
        visit_block(s.body);
        break;
    case StmtKind::Try:
        visit_block(s.body);
        for (Handler& h : s.handlers) {
            plain(h.type.get(), "in an except clause's type");
            visit_block(h.body);
        }
        visit_block(s.orelse);
        visit_block(s.finalbody);
        break;
    case StmtKind::Delete:
        for (ExprPtr& t : s.targets)
            plain(t.get(), "in a del statement");
        break;
    case StmtKind::FunctionDef:
    case StmtKind::ClassDef: // their bodies are scopes of their own
        for (ExprPtr& d : s.decorators)
            plain(d.get(), "in a decorator");
        for (Param& p : s.params)
            plain(p.default_value.get(), "in a default value");
        for (ExprPtr& b : s.bases)
            plain(b.get(), "in a class's bases");
        for (Keyword& k : s.class_keywords)
            plain(k.value.get(), "in a class's keywords");
        break;
    default:
        break;
    }
    s.yields = found;
    return found;
}

bool block(std::vector<StmtPtr>& body) {
    bool found = false;
    for (StmtPtr& s : body)
        found = stmt(*s) || found;
    return found;
}

// Whether a yield of the (marked) block sits inside a try or with statement.
bool pauses_in_cleanup(const std::vector<StmtPtr>& body) {
    for (const StmtPtr& s : body) {
        if (!s->yields) continue;
        if (s->kind == StmtKind::Try || s->kind == StmtKind::With) return true;
        if (pauses_in_cleanup(s->body) || pauses_in_cleanup(s->orelse)) return true;
    }
    return false;
}

} // namespace

bool mark_yields(std::vector<StmtPtr>& body) {
    block(body);
    return pauses_in_cleanup(body);
}

void mark_yields(Expr& lambda_body) {
    expr(&lambda_body);
}

} // namespace revlab::py
