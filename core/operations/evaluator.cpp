#include "operations/evaluator.hpp"

namespace revlab::operations {

namespace {

// A comparison or a boolean operator between SQL expressions (accounts.c.name == 'x', a & b, ~a)
// builds an expression, as SQLAlchemy's operator overloading does: a Call named "operator.<op>".
ValuePtr operator_call(const std::string& op, std::vector<ValuePtr> operands, SourceLocation loc) {
    auto v = std::make_shared<Value>();
    v->kind = Value::Kind::Call;
    v->s = "operator." + op;
    v->items = std::move(operands);
    v->loc = std::move(loc);
    return v;
}

bool is_expression(const Value& v) { return v.kind == Value::Kind::Ref || v.kind == Value::Kind::Call; }

bool starts_with(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }

std::string last_component(const std::string& s) {
    auto dot = s.rfind('.');
    return dot == std::string::npos ? s : s.substr(dot + 1);
}

std::shared_ptr<Value> ref(std::string name, SourceLocation loc) {
    auto v = std::make_shared<Value>();
    v->kind = Value::Kind::Ref;
    v->s = std::move(name);
    v->loc = std::move(loc);
    return v;
}

} // namespace

std::string canonical_name(const std::string& q) {
    if (starts_with(q, "sqlalchemy.dialects.sqlite.")) return "sqlite." + last_component(q);
    // sa.func.<name> keeps its function name: sa.func.now, sa.func.current_timestamp
    for (const char* func : {"sqlalchemy.func.", "sqlalchemy.sql.func.", "sqlalchemy.sql.expression.func."})
        if (starts_with(q, func)) return "sa.func." + q.substr(std::string(func).size());
    if (starts_with(q, "sqlalchemy.")) return "sa." + last_component(q);
    if (starts_with(q, "alembic.op.")) return "op." + q.substr(11);
    if (starts_with(q, "alembic.context.")) return "context." + q.substr(16);
    return q;
}

const ValuePtr* Scope::find(const std::string& name) const {
    auto it = names_.find(name);
    if (it != names_.end()) return &it->second;
    return parent_ ? parent_->find(name) : nullptr;
}

void Evaluator::load_module_globals(const py::Module& module, Scope& scope) const {
    for (const auto& stmt : module.body) {
        switch (stmt->kind) {
        case py::StmtKind::Import:
            for (const auto& n : stmt->names) {
                if (!n.alias.empty()) scope.bind(n.alias, ref(n.name, n.loc));
                else {
                    auto first = n.name.substr(0, n.name.find('.'));
                    scope.bind(first, ref(first, n.loc));
                }
            }
            break;
        case py::StmtKind::ImportFrom:
            for (const auto& n : stmt->names) {
                if (n.name == "*") continue; // `from x import *` adds names we cannot know
                scope.bind(n.alias.empty() ? n.name : n.alias, ref(stmt->name + "." + n.name, n.loc));
            }
            break;
        case py::StmtKind::Assign:
        case py::StmtKind::AnnAssign:
            if (!stmt->value) break;
            // Module-level values are evaluated eagerly but failures are deferred: a helper table
            // that cannot be evaluated only matters if a migration function uses it.
            try {
                auto v = eval(*stmt->value, scope);
                for (const auto& t : stmt->targets) assign(*t, v, scope);
            } catch (const Error&) {
            }
            break;
        default: break;
        }
    }
}

void Evaluator::assign(const py::Expr& target, const ValuePtr& value, Scope& scope) const {
    if (target.kind == py::ExprKind::Name) {
        scope.bind(target.text, value);
        return;
    }
    if (target.kind == py::ExprKind::Tuple || target.kind == py::ExprKind::List) {
        if ((value->kind != Value::Kind::Tuple && value->kind != Value::Kind::List) ||
            value->items.size() != target.items.size())
            throw Error(target.loc, "cannot unpack " + value->describe() + " into " +
                                        std::to_string(target.items.size()) + " names");
        for (size_t i = 0; i < target.items.size(); ++i) assign(*target.items[i], value->items[i], scope);
        return;
    }
    throw Error(target.loc, "Revlab can only assign to plain names in a migration script");
}

ValuePtr Evaluator::eval(const py::Expr& e, const Scope& scope) const {
    using K = py::ExprKind;
    auto v = std::make_shared<Value>();
    v->loc = e.loc;
    switch (e.kind) {
    case K::Name: {
        if (const ValuePtr* found = scope.find(e.text)) return *found;
        throw Error(e.loc, "name '" + e.text + "' is not defined; import it at the top of the script");
    }
    case K::Attribute: {
        ValuePtr base = eval(*e.object, scope);
        if (base->kind == Value::Kind::Ref || base->kind == Value::Kind::Object) {
            auto r = ref(base->s + "." + e.text, e.loc);
            r->object_id = base->object_id;
            r->receiver = base->receiver;
            return r;
        }
        if (base->kind == Value::Kind::Call) {
            auto r = ref(base->s + "()." + e.text, e.loc);
            r->receiver = base;
            return r;
        }
        throw Error(e.loc, "'" + e.text + "' cannot be looked up on " + base->describe());
    }
    case K::Call: return eval_call(e, scope);
    case K::String: v->kind = Value::Kind::Str, v->s = e.text; return v;
    case K::Bytes: v->kind = Value::Kind::Bytes, v->s = e.text; return v;
    case K::Int: v->kind = Value::Kind::Int, v->i = e.int_value; return v;
    case K::Float: v->kind = Value::Kind::Float, v->f = e.float_value; return v;
    case K::None: v->kind = Value::Kind::None; return v;
    case K::True: v->kind = Value::Kind::Bool, v->b = true; return v;
    case K::False: v->kind = Value::Kind::Bool, v->b = false; return v;
    case K::List:
    case K::Tuple:
    case K::Set:
        v->kind = e.kind == K::Tuple ? Value::Kind::Tuple : Value::Kind::List;
        for (const auto& item : e.items) {
            if (item->kind == K::Starred) {
                auto inner = eval(*item->items[0], scope);
                for (const auto& x : expect_sequence(*inner, "a starred expression")) v->items.push_back(x);
            } else {
                v->items.push_back(eval(*item, scope));
            }
        }
        return v;
    case K::Dict:
        v->kind = Value::Kind::Dict;
        for (size_t i = 0; i < e.items.size(); ++i) {
            v->items.push_back(eval(*e.items[i], scope));
            v->values.push_back(eval(*e.values[i], scope));
        }
        return v;
    case K::UnaryOp: {
        ValuePtr operand = eval(*e.items[0], scope);
        if (e.text == "-" && operand->kind == Value::Kind::Int) {
            // Python's integers have no limit; Revlab's are 64-bit, and says so rather than wrap.
            if (__builtin_sub_overflow(std::int64_t{0}, operand->i, &v->i))
                throw Error(e.loc, "integer overflow: the result does not fit in 64 bits");
            return v->kind = Value::Kind::Int, v;
        }
        if (e.text == "-" && operand->kind == Value::Kind::Float) return v->kind = Value::Kind::Float, v->f = -operand->f, v;
        if (e.text == "+" && (operand->kind == Value::Kind::Int || operand->kind == Value::Kind::Float)) return operand;
        if (e.text == "not") return make_bool(!expect_bool(*operand, "the operand of 'not'"), e.loc);
        if (e.text == "~" && is_expression(*operand)) return operator_call("not", {operand}, e.loc);
        throw Error(e.loc, "unsupported operator '" + e.text + "' on " + operand->describe());
    }
    case K::BinOp: return eval_binop(e, scope);
    case K::Compare: {
        static const std::pair<const char*, const char*> names[] = {{"==", "eq"}, {"!=", "ne"}, {"<", "lt"},
                                                                     {"<=", "le"}, {">", "gt"}, {">=", "ge"}};
        ValuePtr a = eval(*e.items[0], scope);
        ValuePtr b = eval(*e.items[1], scope);
        for (const auto& [text, name] : names)
            if (e.text == text && (is_expression(*a) || is_expression(*b))) return operator_call(name, {a, b}, e.loc);
        throw Error(e.loc, "Revlab evaluates '" + e.text + "' only between a table's column and a value, as in "
                           "accounts.c.name == op.inline_literal('x')");
    }
    case K::BoolOp: {
        std::vector<ValuePtr> operands;
        for (const auto& item : e.items) operands.push_back(eval(*item, scope));
        return operator_call(e.text, std::move(operands), e.loc);
    }
    default: break;
    }
    throw Error(e.loc, "this kind of expression is not supported in a migration script; use literals, names "
                       "and calls such as sa.Column(...)");
}

ValuePtr Evaluator::eval_binop(const py::Expr& e, const Scope& scope) const {
    ValuePtr a = eval(*e.items[0], scope);
    ValuePtr b = eval(*e.items[1], scope);
    auto v = std::make_shared<Value>();
    v->loc = e.loc;
    using VK = Value::Kind;
    if (e.text == "+" && a->kind == VK::Str && b->kind == VK::Str) return v->kind = VK::Str, v->s = a->s + b->s, v;
    if (a->kind == VK::Int && b->kind == VK::Int) {
        v->kind = VK::Int;
        // Python's integers have no limit; Revlab's are 64-bit, and says so rather than wrap.
        bool overflow = false;
        if (e.text == "+") overflow = __builtin_add_overflow(a->i, b->i, &v->i);
        else if (e.text == "-") overflow = __builtin_sub_overflow(a->i, b->i, &v->i);
        else if (e.text == "*") overflow = __builtin_mul_overflow(a->i, b->i, &v->i);
        if (overflow) throw Error(e.loc, "integer overflow: the result of '" + e.text + "' does not fit in 64 bits");
        if (e.text == "+" || e.text == "-" || e.text == "*") return v;
    }
    if ((e.text == "&" || e.text == "|") && (is_expression(*a) || is_expression(*b)))
        return operator_call(e.text == "&" ? "and" : "or", {a, b}, e.loc);
    if (e.text == "+" && (a->kind == VK::List || a->kind == VK::Tuple) && a->kind == b->kind) {
        v->kind = a->kind;
        v->items = a->items;
        v->items.insert(v->items.end(), b->items.begin(), b->items.end());
        return v;
    }
    throw Error(e.loc, "unsupported operator '" + e.text + "' between " + a->describe() + " and " + b->describe());
}

ValuePtr Evaluator::eval_call(const py::Expr& e, const Scope& scope) const {
    ValuePtr func = eval(*e.object, scope);
    if (func->kind != Value::Kind::Ref)
        throw Error(e.loc, func->describe() + " is not callable");
    auto call = std::make_shared<Value>();
    call->kind = Value::Kind::Call;
    call->s = func->s;
    call->loc = e.loc;
    call->object_id = func->object_id;
    call->receiver = func->receiver;
    for (const auto& arg : e.items) {
        if (arg->kind == py::ExprKind::Starred) {
            auto inner = eval(*arg->items[0], scope);
            for (const auto& x : expect_sequence(*inner, "*args")) call->items.push_back(x);
        } else {
            call->items.push_back(eval(*arg, scope));
        }
    }
    for (const auto& kw : e.keywords) {
        ValuePtr value = eval(*kw.value, scope);
        if (kw.name.empty()) { // **kwargs
            if (value->kind != Value::Kind::Dict) throw Error(kw.loc, "** must be given a dict");
            for (size_t i = 0; i < value->items.size(); ++i)
                call->kwargs.emplace_back(expect_str(*value->items[i], "a keyword name"), value->values[i]);
        } else {
            call->kwargs.emplace_back(kw.name, value);
        }
    }
    if (handler_)
        if (ValuePtr handled = handler_(*call)) return handled;
    return call;
}

} // namespace revlab::operations
