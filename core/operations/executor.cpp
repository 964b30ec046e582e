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

std::string with_literals(const std::string& sql, const std::vector<sqlite::Value>& params) {
    std::string out;
    size_t next = 0;
    for (char c : sql) {
        if (c == '?' && next < params.size()) out += sqlite::to_sql_literal(params[next++]);
        else out += c;
    }
    return out;
}

namespace {
void run_bound(sqlite::Database& db, const std::string& sql, const std::vector<sqlite::Value>& params) {
    sqlite::Statement st(db, sql);
    for (size_t i = 0; i < params.size(); ++i) st.bind(static_cast<int>(i + 1), params[i]);
    while (st.step()) {
    }
}
} // namespace

void Executor::execute(const std::string& sql, const std::vector<sqlite::Value>& params) {
    const std::string shown = params.empty() ? sql : with_literals(sql, params);
    current_sql_ = shown;
    if (trace_) trace_(shown);
    if (out_) {
        out_(offline_statement(shown) + "\n\n");
        // The shadow holds the schema only; data statements that find no rows are harmless, and
        // those that cannot run there (they depend on data or functions) are skipped. Alembic
        // prints several statements in one op.execute() without complaint, and so does this.
        try {
            if (params.empty()) db_.exec(sql);
            else run_bound(db_, sql, params);
        } catch (const Error&) {
        }
        return;
    }
    if (params.empty()) db_.execute_one(sql);
    else run_bound(db_, sql, params);
}

void Executor::comment(const std::string& text) {
    if (out_) out_(text + "\n\n");
}

} // namespace revlab::operations
