#include "command/template.hpp"

#include "command/mako.hpp"
#include "error.hpp"
#include "py/runtime/interp.hpp"

namespace revlab::command {

std::string render_script_template(operations::ScriptHost& host, const std::string& text, const TemplateValues& values,
                                   const std::string& path) {
    const MakoProgram program = compile_mako(text, path);
    std::string out;
    try {
        host.guarded([&](py::Interp& I) {
            auto opt_str = [&](const std::vector<std::string>& items, bool force_tuple) -> py::Value {
                if (items.empty()) return py::Value();
                if (items.size() == 1 && !force_tuple) return I.str(items[0]);
                std::vector<py::Value> tuple;
                for (const auto& item : items) tuple.push_back(I.str(item));
                return I.tuple(std::move(tuple));
            };
            py::Ref<py::DictObj> kw = I.dict();
            kw->set(I, "up_revision", I.str(values.up_revision));
            kw->set(I, "down_revision", opt_str(values.down_revision, false));
            kw->set(I, "branch_labels", opt_str(values.branch_labels, true));
            kw->set(I, "depends_on", opt_str(values.depends_on, false));
            // A datetime, as Alembic passes it (a template may call ${create_date.strftime(...)}).
            py::Ref<py::ModuleObj> datetime = I.import_module("datetime");
            kw->set(I, "create_date",
                    I.call(I.getattr(I.getattr(py::Value(datetime), "datetime"), "fromisoformat"),
                           {I.str(values.create_date)}));
            kw->set(I, "message", I.str(values.message));
            // Alembic's util.format_as_comma, the template's `| comma` filter.
            py::Ref<py::ModuleObj> helpers = I.run_module(
                "_revlab_template_helpers", "<revlab>/template_helpers.py",
                "def comma(value):\n"
                "    if value is None:\n        return ''\n"
                "    if isinstance(value, str):\n        return value\n"
                "    return ', '.join(value)\n",
                false);
            kw->set(I, "comma", *helpers->dict->find("comma"));
            if (values.imports) kw->set(I, "imports", I.str(*values.imports));
            for (const auto& [token, body] : values.bodies) kw->set(I, token, I.str(body));
            py::Ref<py::ModuleObj> module = I.run_module("_revlab_script_template", path, program.python, false);
            out = I.to_str(I.call(*module->dict->find("render_body"), {py::Value(kw)}));
        });
    } catch (const Error& e) {
        // The generated module's lines are the template's, once mapped back.
        if (e.where() && e.where()->file() == path)
            throw Error(SourceLocation{path, program.template_line(e.where()->line), 1}, e.message());
        throw;
    }
    return out;
}

} // namespace revlab::command
