#include "py/unparse.hpp"

namespace revlab::py {

namespace {

const char* op_text(Op op) {
    switch (op) {
    case Op::Add: return "+";
    case Op::Sub: return "-";
    case Op::Mult: return "*";
    case Op::MatMult: return "@";
    case Op::Div: return "/";
    case Op::FloorDiv: return "//";
    case Op::Mod: return "%";
    case Op::Pow: return "**";
    case Op::LShift: return "<<";
    case Op::RShift: return ">>";
    case Op::BitOr: return "|";
    case Op::BitXor: return "^";
    case Op::BitAnd: return "&";
    case Op::Not: return "not ";
    case Op::Invert: return "~";
    case Op::USub: return "-";
    case Op::UAdd: return "+";
    case Op::Eq: return "==";
    case Op::NotEq: return "!=";
    case Op::Lt: return "<";
    case Op::LtE: return "<=";
    case Op::Gt: return ">";
    case Op::GtE: return ">=";
    case Op::Is: return "is";
    case Op::IsNot: return "is not";
    case Op::In: return "in";
    case Op::NotIn: return "not in";
    case Op::And: return "and";
    case Op::Or: return "or";
    case Op::None: return "";
    }
    return "";
}

std::string quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "'";
}

std::string join(const std::vector<ExprPtr>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + (items[i] ? unparse(*items[i]) : std::string());
    return out;
}

} // namespace

std::string unparse(const Expr& e) {
    switch (e.kind) {
    case ExprKind::Name: return e.text;
    case ExprKind::Attribute: return unparse(*e.object) + "." + e.text;
    case ExprKind::Call: {
        std::string args = join(e.items);
        for (const Keyword& k : e.keywords)
            args += (args.empty() ? "" : ", ") + (k.name.empty() ? "**" : k.name + "=") + unparse(*k.value);
        return unparse(*e.object) + "(" + args + ")";
    }
    case ExprKind::Subscript: return unparse(*e.object) + "[" + join(e.items) + (e.tuple_index && e.items.size() == 1 ? "," : "") + "]";
    case ExprKind::Slice: {
        std::string out = e.items[0] ? unparse(*e.items[0]) : "";
        out += ":" + (e.items[1] ? unparse(*e.items[1]) : std::string());
        if (e.items[2]) out += ":" + unparse(*e.items[2]);
        return out;
    }
    case ExprKind::String: return quote(e.text);
    case ExprKind::Bytes: return "b" + quote(e.text);
    case ExprKind::Int: return e.big ? e.text : std::to_string(e.int_value);
    case ExprKind::Float: return std::to_string(e.float_value);
    case ExprKind::None: return "None";
    case ExprKind::True: return "True";
    case ExprKind::False: return "False";
    case ExprKind::Ellipsis: return "...";
    case ExprKind::List: return "[" + join(e.items) + "]";
    case ExprKind::Tuple: return "(" + join(e.items) + (e.items.size() == 1 ? ",)" : ")");
    case ExprKind::Set: return "{" + join(e.items) + "}";
    case ExprKind::Dict: {
        std::string out;
        for (std::size_t i = 0; i < e.items.size(); ++i)
            out += (i ? ", " : "") + (e.items[i] ? unparse(*e.items[i]) + ": " : std::string("**")) + unparse(*e.values[i]);
        return "{" + out + "}";
    }
    case ExprKind::UnaryOp: return op_text(e.op) + unparse(*e.items[0]);
    case ExprKind::BinOp: return unparse(*e.items[0]) + " " + op_text(e.op) + " " + unparse(*e.items[1]);
    case ExprKind::Compare: {
        std::string out = unparse(*e.items[0]);
        for (std::size_t i = 0; i < e.ops.size(); ++i)
            out += std::string(" ") + op_text(e.ops[i]) + " " + unparse(*e.items[i + 1]);
        return out;
    }
    case ExprKind::BoolOp: {
        std::string out;
        for (std::size_t i = 0; i < e.items.size(); ++i)
            out += (i ? std::string(" ") + op_text(e.op) + " " : std::string()) + unparse(*e.items[i]);
        return out;
    }
    case ExprKind::IfExp: return unparse(*e.items[0]) + " if " + unparse(*e.items[1]) + " else " + unparse(*e.items[2]);
    case ExprKind::Starred: return "*" + unparse(*e.items[0]);
    case ExprKind::NamedExpr: return unparse(*e.items[0]) + " := " + unparse(*e.items[1]);
    case ExprKind::Lambda: return "lambda: " + unparse(*e.items[0]);
    default: return "...";
    }
}

} // namespace revlab::py
