// The few helpers of the syntax tree that every reader of it needs.
#include "ast.hpp"

namespace revlab::py {

std::string Expr::dotted_name() const {
    // Walk down the chain once to check it and size the result, then fill it from the right:
    // no recursion, no intermediate strings.
    std::size_t length = 0;
    const Expr* e = this;
    for (; e != nullptr && e->kind == ExprKind::Attribute; e = e->object.get())
        length += e->text.size() + 1;
    if (e == nullptr || e->kind != ExprKind::Name) return {};
    length += e->text.size();

    std::string out(length, '.');
    std::size_t end = length;
    for (e = this; e->kind == ExprKind::Attribute; e = e->object.get()) {
        end -= e->text.size();
        out.replace(end, e->text.size(), e->text);
        --end; // the '.' already there
    }
    out.replace(0, e->text.size(), e->text);
    return out;
}

namespace {

const Expr* leading_string(const std::vector<StmtPtr>& body) {
    if (body.empty()) return nullptr;
    const Stmt& first = *body.front();
    if (first.kind != StmtKind::Expr || !first.value || first.value->kind != ExprKind::String) return nullptr;
    return first.value.get();
}

} // namespace

const Expr* Stmt::docstring() const {
    if (kind != StmtKind::FunctionDef && kind != StmtKind::ClassDef) return nullptr;
    return leading_string(body);
}

const Expr* Module::docstring() const {
    return leading_string(body);
}

} // namespace revlab::py
