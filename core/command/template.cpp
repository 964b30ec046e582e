#include "command/template.hpp"

#include "error.hpp"
#include "script/revision.hpp"

#include <cstdio>

namespace revlab::command {

std::string python_repr(const std::string& s) {
    char quote = (s.find('\'') != std::string::npos && s.find('"') == std::string::npos) ? '"' : '\'';
    std::string out(1, quote);
    for (unsigned char c : s) {
        if (c == static_cast<unsigned char>(quote) || c == '\\') out += '\\', out += static_cast<char>(c);
        else if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else if (c == '\t') out += "\\t";
        else if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else out += static_cast<char>(c);
    }
    return out + quote;
}

namespace {

std::string trim(const std::string& s) {
    size_t b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return "";
    size_t e = s.find_last_not_of(" \t");
    return s.substr(b, e - b + 1);
}

// A template value: a string, or a revision tuple (None / scalar / tuple by size).
struct Var {
    bool is_tuple_value = false;
    bool force_tuple = false; // branch_labels stay tuples even with one element
    std::string text;
    std::vector<std::string> items;

    bool truthy() const { return is_tuple_value ? !items.empty() : !text.empty(); }
    std::string str() const {
        if (!is_tuple_value) return text;
        if (items.empty()) return "None";
        if (items.size() == 1 && !force_tuple) return items[0];
        return "(" + script::format_as_comma(items) + ")";
    }
    std::string repr() const {
        if (!is_tuple_value) return python_repr(text);
        if (items.empty()) return "None";
        if (items.size() == 1 && !force_tuple) return python_repr(items[0]);
        std::string out = "(";
        for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + python_repr(items[i]);
        return out + (items.size() == 1 ? ",)" : ")");
    }
};

Var lookup(const std::string& name, const TemplateValues& v, const std::string& path, int line, int col) {
    Var out;
    if (name == "message") out.text = v.message;
    else if (name == "up_revision") out.text = v.up_revision;
    else if (name == "create_date") out.text = v.create_date;
    else if (name == "upgrades") out.text = v.upgrades;
    else if (name == "downgrades") out.text = v.downgrades;
    else if (name == "imports") out.text = v.imports;
    else if (name == "down_revision") out.is_tuple_value = true, out.items = v.down_revision;
    else if (name == "branch_labels") out.is_tuple_value = true, out.force_tuple = true, out.items = v.branch_labels;
    else if (name == "depends_on") out.is_tuple_value = true, out.items = v.depends_on;
    else throw Error(SourceLocation{path, line, col}, "the template uses '" + name + "', which Revlab does not provide");
    return out;
}

std::string string_literal(const std::string& s, const std::string& path, int line, int col) {
    if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front()) return s.substr(1, s.size() - 2);
    throw Error(SourceLocation{path, line, col}, "expected a string literal in the template, found '" + s + "'");
}

std::string evaluate(const std::string& expr_in, const TemplateValues& v, const std::string& path, int line, int col) {
    std::string expr = trim(expr_in);
    // `x if x else "..."`
    if (auto if_pos = expr.find(" if "); if_pos != std::string::npos) {
        auto else_pos = expr.find(" else ", if_pos);
        if (else_pos == std::string::npos)
            throw Error(SourceLocation{path, line, col}, "an `if` in the template needs an `else`");
        std::string then_name = trim(expr.substr(0, if_pos));
        std::string cond = trim(expr.substr(if_pos + 4, else_pos - if_pos - 4));
        std::string other = trim(expr.substr(else_pos + 6));
        if (lookup(cond, v, path, line, col).truthy()) return lookup(then_name, v, path, line, col).str();
        return string_literal(other, path, line, col);
    }
    // `x | comma,n` and other filters: comma joins tuples; n, h, u, trim are accepted.
    if (auto bar = expr.find('|'); bar != std::string::npos) {
        Var var = lookup(trim(expr.substr(0, bar)), v, path, line, col);
        std::string filters = expr.substr(bar + 1);
        if (filters.find("comma") != std::string::npos)
            return var.is_tuple_value ? script::format_as_comma(var.items) : var.text;
        return var.str();
    }
    if (expr.rfind("repr(", 0) == 0 && expr.back() == ')')
        return lookup(trim(expr.substr(5, expr.size() - 6)), v, path, line, col).repr();
    return lookup(expr, v, path, line, col).str();
}

} // namespace

std::string render_script_template(const std::string& text, const TemplateValues& values, const std::string& path) {
    std::string out;
    int line = 1;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t eol = text.find('\n', pos);
        std::string l = text.substr(pos, eol == std::string::npos ? std::string::npos : eol - pos + 1);
        pos = eol == std::string::npos ? text.size() : eol + 1;
        if (trim(l).rfind("##", 0) == 0) { // a Mako comment line vanishes
            ++line;
            continue;
        }
        if (trim(l).rfind("%", 0) == 0 && trim(l).rfind("%>", 0) != 0)
            throw Error(SourceLocation{path, line, 1}, "Mako control lines (% ...) are not supported by Revlab's "
                                                       "template renderer; use ${...} expressions");
        size_t i = 0;
        while (i < l.size()) {
            size_t open = l.find("${", i);
            if (open == std::string::npos) {
                out += l.substr(i);
                break;
            }
            out += l.substr(i, open - i);
            size_t close = l.find('}', open);
            if (close == std::string::npos)
                throw Error(SourceLocation{path, line, static_cast<int>(open + 1)}, "unclosed ${ in the template");
            out += evaluate(l.substr(open + 2, close - open - 2), values, path, line, static_cast<int>(open + 1));
            i = close + 1;
        }
        ++line;
    }
    return out;
}

} // namespace revlab::command
