#include "operations/executor.hpp"

#include <cctype>

namespace revlab::operations {

std::string offline_statement(const std::string& sql) {
    std::string text;
    for (char c : sql) {
        if (c == '\t') text += "    ";
        else text += c;
    }
    size_t b = 0, e = text.size();
    while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    return text.substr(b, e - b) + ";";
}

void Executor::execute(const std::string& sql) {
    current_sql_ = sql;
    if (trace_) trace_(sql);
    if (out_) {
        out_(offline_statement(sql) + "\n\n");
        // The shadow holds the schema only; data statements that find no rows are harmless, and
        // those that cannot run there (they depend on data or functions) are skipped.
        try {
            db_.exec(sql);
        } catch (const Error&) {
        }
        return;
    }
    db_.exec(sql);
}

void Executor::execute(const std::string& sql, const std::vector<sqlite::Value>& params) {
    if (params.empty() || out_) {
        execute(sql);
        return;
    }
    current_sql_ = sql;
    if (trace_) trace_(sql);
    sqlite::Statement stmt = db_.prepare(sql);
    for (size_t i = 0; i < params.size(); ++i)
        stmt.bind(static_cast<int>(i + 1), params[i]);
    while (stmt.step()) {
    }
}

void Executor::comment(const std::string& text) {
    if (out_) out_(text + "\n\n");
}

} // namespace revlab::operations
