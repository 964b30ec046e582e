// The resolver runs in three passes over one file:
//   1. collect: walk the tree, building a Scope per module, function, lambda, comprehension and
//      class, recording in each what it binds, what it declares global/nonlocal, and every place a
//      name is used or bound (with the node to annotate later);
//   2. analyse: bottom up, decide which names are free in each scope and which bindings inner
//      scopes capture (cells);
//   3. annotate: give each scope its frame layout (CodeInfo) and each recorded node its NameScope
//      and slot.
#include "resolver.hpp"

#include "yield_marks.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace revlab::py {

namespace {

using Kind = CodeInfo::Kind;

struct Symbol {
    bool bound = false;    // assigned, imported, a def/class, a parameter, a loop target
    bool param = false;
    bool global = false;   // declared `global`
    bool nonlocal = false; // declared `nonlocal`
    bool used = false;
    bool cell = false;     // bound here and captured by an inner scope
    bool free = false;     // taken from an enclosing function
    SourceLocation first_use;
};

// A place to annotate once the scope of its name is known.
struct Site {
    enum What { NameExpr, HandlerName, ImportBinding, StmtBinding } what;
    std::string name;
    Expr* expr = nullptr;
    Handler* handler = nullptr;
    ImportName* import = nullptr;
    Stmt* stmt = nullptr;
};

struct Scope {
    Kind kind;
    Scope* parent = nullptr;
    std::shared_ptr<CodeInfo> info;
    std::map<std::string, Symbol> symbols;
    std::vector<std::string> param_order;
    std::vector<std::unique_ptr<Scope>> children;
    std::vector<Site> sites;
    bool uses_class_cell = false; // a method that calls super() or names __class__
    bool is_function() const { return kind == Kind::Function || kind == Kind::Lambda || kind == Kind::Comprehension; }
};

// How Python's errors name a comprehension scope.
std::string comprehension_kind(const Scope& s) {
    const std::string& n = s.info->name;
    return n == "<listcomp>"  ? "list comprehension"
           : n == "<setcomp>" ? "set comprehension"
           : n == "<dictcomp>" ? "dict comprehension"
                               : "generator expression";
}

class Collector {
  public:
    explicit Collector(Scope& top) : scope_(&top) {}

    void block(std::vector<StmtPtr>& body) {
        for (StmtPtr& s : body)
            stmt(*s);
    }

    void stmt(Stmt& s) {
        switch (s.kind) {
        case StmtKind::Expr:
            expr(s.value.get());
            break;
        case StmtKind::Assign:
            expr(s.value.get());
            for (ExprPtr& t : s.targets)
                target(*t);
            break;
        case StmtKind::AnnAssign:
            expr(s.value.get());
            if (scope_->kind != Kind::Function || s.targets[0]->kind != ExprKind::Name)
                expr(s.annotation.get()); // annotations of locals are never evaluated
            if (s.value || s.targets[0]->kind == ExprKind::Name) target(*s.targets[0], s.value == nullptr);
            break;
        case StmtKind::AugAssign:
            expr(s.value.get());
            if (s.targets[0]->kind == ExprKind::Name) use(*s.targets[0]);
            target(*s.targets[0]);
            break;
        case StmtKind::Import:
            for (ImportName& n : s.names) {
                std::string bound = n.alias.empty() ? n.name.substr(0, n.name.find('.')) : n.alias;
                bind(bound, n.loc);
                scope_->sites.push_back({Site::ImportBinding, bound, nullptr, nullptr, &n, nullptr});
            }
            break;
        case StmtKind::ImportFrom:
            for (ImportName& n : s.names) {
                if (n.name == "*") continue;
                std::string bound = n.alias.empty() ? n.name : n.alias;
                bind(bound, n.loc);
                scope_->sites.push_back({Site::ImportBinding, bound, nullptr, nullptr, &n, nullptr});
            }
            break;
        case StmtKind::FunctionDef:
            for (ExprPtr& d : s.decorators)
                expr(d.get());
            function(s.params, s.body, nullptr, s.name, s.loc, s.code, Kind::Function);
            expr(s.annotation.get());
            bind_stmt(s);
            break;
        case StmtKind::ClassDef:
            for (ExprPtr& d : s.decorators)
                expr(d.get());
            for (ExprPtr& b : s.bases)
                expr(b.get());
            for (Keyword& k : s.class_keywords)
                expr(k.value.get());
            class_body(s);
            bind_stmt(s);
            break;
        case StmtKind::With:
            for (WithItem& item : s.with_items) {
                expr(item.context.get());
                if (item.target) target(*item.target);
            }
            block(s.body);
            break;
        case StmtKind::If:
        case StmtKind::While:
            expr(s.value.get());
            block(s.body);
            block(s.orelse);
            break;
        case StmtKind::For:
            expr(s.value.get());
            target(*s.targets[0]);
            block(s.body);
            block(s.orelse);
            break;
        case StmtKind::Try:
            block(s.body);
            for (Handler& h : s.handlers) {
                expr(h.type.get());
                if (!h.name.empty()) {
                    bind(h.name, h.loc);
                    scope_->sites.push_back({Site::HandlerName, h.name, nullptr, &h, nullptr, nullptr});
                }
                block(h.body);
            }
            block(s.orelse);
            block(s.finalbody);
            break;
        case StmtKind::Raise:
        case StmtKind::Assert:
        case StmtKind::Return:
            expr(s.value.get());
            expr(s.cause.get());
            break;
        case StmtKind::Delete:
            for (ExprPtr& t : s.targets)
                target(*t);
            break;
        case StmtKind::Global:
        case StmtKind::Nonlocal:
            for (const std::string& name : s.idents)
                declare(name, s);
            break;
        case StmtKind::Break:
        case StmtKind::Continue:
        case StmtKind::Pass:
            break;
        }
    }

    void expr(Expr* e) {
        if (e == nullptr) return;
        switch (e->kind) {
        case ExprKind::Name:
            use(*e);
            if (e->text == "super" && scope_->is_function()) scope_->uses_class_cell = true;
            return;
        case ExprKind::Lambda:
            {
            std::vector<StmtPtr> none;
            function(e->params, none, e->items[0].get(), "<lambda>", e->loc, e->code, Kind::Lambda);
        }
            return;
        case ExprKind::ListComp:
        case ExprKind::SetComp:
        case ExprKind::DictComp:
        case ExprKind::GeneratorExp:
            comprehension(*e);
            return;
        case ExprKind::Yield:
        case ExprKind::YieldFrom:
            if (scope_->kind == Kind::Function || scope_->kind == Kind::Lambda) scope_->info->is_generator = true;
            else if (scope_->kind == Kind::Comprehension)
                throw Error(e->loc, "'yield' inside " + comprehension_kind(*scope_) + " is not allowed");
            else throw Error(e->loc, "'yield' outside function");
            break;
        case ExprKind::NamedExpr: {
            expr(e->items[1].get());
            // := binds in the nearest scope that is not a comprehension
            Scope* home = scope_;
            while (home->kind == Kind::Comprehension)
                home = home->parent;
            if (home->kind == Kind::Class)
                throw Error(e->loc, "assignment expression within a comprehension cannot be used in a class body");
            Symbol& sym = home->symbols[e->items[0]->text];
            sym.bound = true;
            if (home == scope_) {
                scope_->sites.push_back({Site::NameExpr, e->items[0]->text, e->items[0].get()});
            } else {
                use(*e->items[0]);
            }
            return;
        }
        default:
            break;
        }
        expr(e->object.get());
        for (ExprPtr& item : e->items)
            expr(item.get());
        for (ExprPtr& value : e->values)
            expr(value.get());
        for (Keyword& k : e->keywords)
            expr(k.value.get());
    }

  private:
    Scope* scope_;

    void use(Expr& name) {
        Symbol& sym = scope_->symbols[name.text];
        if (!sym.used) sym.first_use = name.loc;
        sym.used = true;
        if (name.text == "__class__" && scope_->is_function()) scope_->uses_class_cell = true;
        scope_->sites.push_back({Site::NameExpr, name.text, &name});
    }

    void bind(const std::string& name, const SourceLocation& where) {
        Symbol& sym = scope_->symbols[name];
        if (!sym.bound && !sym.used) sym.first_use = where;
        sym.bound = true;
    }

    void bind_stmt(Stmt& s) {
        bind(s.name, s.loc);
        scope_->sites.push_back({Site::StmtBinding, s.name, nullptr, nullptr, nullptr, &s});
    }

    void declare(const std::string& name, const Stmt& s) {
        Symbol& sym = scope_->symbols[name];
        const bool global = s.kind == StmtKind::Global;
        if (sym.param)
            throw Error(s.loc, "name '" + name + "' is parameter and " + (global ? "global" : "nonlocal"));
        if (sym.used || sym.bound)
            throw Error(s.loc, "name '" + name + "' is " + (sym.bound ? "assigned to" : "used") +
                                   " before " + (global ? "global" : "nonlocal") + " declaration");
        if (global && sym.nonlocal) throw Error(s.loc, "name '" + name + "' is nonlocal and global");
        if (!global && sym.global) throw Error(s.loc, "name '" + name + "' is nonlocal and global");
        (global ? sym.global : sym.nonlocal) = true;
        sym.first_use = s.loc;
    }

    // An assignment target: names bind, attributes and subscripts evaluate their parts.
    void target(Expr& t, bool annotation_only = false) {
        switch (t.kind) {
        case ExprKind::Name: {
            if (!annotation_only) bind(t.text, t.loc);
            else scope_->symbols[t.text].bound = true; // x: int makes x local without a value
            scope_->sites.push_back({Site::NameExpr, t.text, &t});
            return;
        }
        case ExprKind::Tuple:
        case ExprKind::List:
            for (ExprPtr& item : t.items)
                target(*item);
            return;
        case ExprKind::Starred:
            target(*t.items[0]);
            return;
        default:
            expr(&t);
            return;
        }
    }

    Scope& push(Kind kind, std::shared_ptr<CodeInfo>& info, const std::string& name, const SourceLocation& loc) {
        auto child = std::make_unique<Scope>();
        child->kind = kind;
        child->parent = scope_;
        info = std::make_shared<CodeInfo>();
        info->kind = kind;
        info->name = name;
        info->loc = loc;
        child->info = info;
        scope_->children.push_back(std::move(child));
        return *scope_->children.back();
    }

    void function(std::vector<Param>& params, std::vector<StmtPtr>& body, Expr* lambda_body, const std::string& name,
                  const SourceLocation& loc, std::shared_ptr<CodeInfo>& info, Kind kind) {
        // Defaults and annotations belong to the enclosing scope.
        for (Param& p : params) {
            expr(p.default_value.get());
            expr(p.annotation.get());
        }
        Scope& inner = push(kind, info, name, loc);
        Scope* outer = scope_;
        scope_ = &inner;
        // Python's frame order: positional, keyword-only, *args, **kwargs.
        auto add = [&](const Param& p) {
            Symbol& sym = inner.symbols[p.name];
            sym.bound = sym.param = true;
            sym.first_use = p.loc;
            inner.param_order.push_back(p.name);
        };
        for (const Param& p : params)
            if (p.prefix.empty() && !p.keyword_only) add(p), ++info->positional, info->positional_only += p.positional_only;
        for (const Param& p : params)
            if (p.prefix.empty() && p.keyword_only) add(p), ++info->keyword_only;
        for (const Param& p : params)
            if (p.prefix == "*" && !p.name.empty()) add(p), info->star_slot = static_cast<int>(inner.param_order.size()) - 1;
        for (const Param& p : params)
            if (p.prefix == "**") add(p), info->kwstar_slot = static_cast<int>(inner.param_order.size()) - 1;
        if (lambda_body != nullptr) expr(lambda_body);
        block(body);
        scope_ = outer;
        if (info->is_generator) {
            if (lambda_body != nullptr) mark_yields(*lambda_body);
            else info->pauses_in_cleanup = mark_yields(body);
        }
    }

    void comprehension(Expr& e) {
        // The first iterable is evaluated outside; everything else inside the comprehension's scope.
        expr(e.generators[0].iter.get());
        const char* name = e.kind == ExprKind::ListComp  ? "<listcomp>"
                           : e.kind == ExprKind::SetComp ? "<setcomp>"
                           : e.kind == ExprKind::DictComp ? "<dictcomp>"
                                                          : "<genexpr>";
        Scope& inner = push(Kind::Comprehension, e.code, name, e.loc);
        Scope* outer = scope_;
        scope_ = &inner;
        for (std::size_t i = 0; i < e.generators.size(); ++i) {
            Comprehension& c = e.generators[i];
            if (i > 0) expr(c.iter.get());
            comprehension_target(*c.target);
            for (ExprPtr& cond : c.ifs)
                expr(cond.get());
        }
        for (ExprPtr& item : e.items)
            expr(item.get());
        scope_ = outer;
    }

    void comprehension_target(Expr& t) {
        if (t.kind == ExprKind::Name) {
            bind(t.text, t.loc);
            scope_->sites.push_back({Site::NameExpr, t.text, &t});
            return;
        }
        target(t);
    }

    void class_body(Stmt& s) {
        Scope& inner = push(Kind::Class, s.code, s.name, s.loc);
        Scope* outer = scope_;
        scope_ = &inner;
        block(s.body);
        scope_ = outer;
    }
};

// The nearest enclosing function scope that binds `name` (class scopes are skipped, as Python
// skips them), or null when the name is global there or bound nowhere: then it is a global.
Scope* binder(const Scope& scope, const std::string& name) {
    for (Scope* s = scope.parent; s != nullptr; s = s->parent) {
        if (s->kind == Kind::Class) continue;
        if (s->kind == Kind::Module) return nullptr;
        auto it = s->symbols.find(name);
        if (it == s->symbols.end()) continue;
        if (it->second.global) return nullptr;
        if (it->second.bound && !it->second.nonlocal) return s;
    }
    return nullptr;
}

// Pass 2, top down: a name a scope reads but does not bind is free there if an enclosing function
// binds it; that binding becomes a cell, and every scope in between passes the cell through.
void analyse(Scope& scope) {
    if (scope.kind != Kind::Module) {
        for (auto& [name, sym] : scope.symbols) {
            const bool wanted = sym.nonlocal || (!sym.bound && !sym.global && sym.used);
            if (!wanted || name == "__class__") continue;
            Scope* home = binder(scope, name);
            if (home == nullptr) {
                if (sym.nonlocal) throw Error(sym.first_use, "no binding for nonlocal '" + name + "' found");
                continue;
            }
            sym.free = true;
            for (Scope* s = scope.parent; s != home; s = s->parent)
                s->symbols[name].free = true;
            home->symbols[name].cell = true;
        }
        if (scope.uses_class_cell) { // super() or __class__: the nearest class provides a cell
            Scope* cls = scope.parent;
            while (cls != nullptr && cls->kind != Kind::Class && cls->kind != Kind::Module)
                cls = cls->parent;
            if (cls != nullptr && cls->kind == Kind::Class) {
                scope.symbols["__class__"].free = true;
                for (Scope* s = scope.parent; s != cls; s = s->parent)
                    s->symbols["__class__"].free = true;
                cls->info->has_class_cell = true;
            }
        }
    }
    for (auto& child : scope.children)
        analyse(*child);
}

class Annotator {
  public:
    void run(Scope& scope, const std::string& qualprefix) {
        CodeInfo& info = *scope.info;
        if (scope.kind != Kind::Module) info.qualname = qualprefix + info.name;
        layout(scope);
        for (Site& site : scope.sites)
            annotate(scope, site);
        std::string prefix = scope.kind == Kind::Module ? ""
                             : scope.kind == Kind::Class ? info.qualname + "."
                                                         : info.qualname + ".<locals>.";
        for (auto& child : scope.children)
            run(*child, prefix);
    }

  private:
    static void layout(Scope& scope) {
        CodeInfo& info = *scope.info;
        if (scope.kind == Kind::Module) return;
        auto add_slot = [&](const std::string& name, bool cell) {
            info.slots.push_back(name);
            info.is_cell.push_back(cell);
        };
        if (scope.kind != Kind::Class) {
            for (const std::string& p : scope.param_order)
                add_slot(p, scope.symbols[p].cell);
            for (auto& [name, sym] : scope.symbols) {
                if (sym.param || !sym.bound || sym.global || sym.nonlocal) continue;
                add_slot(name, sym.cell);
            }
        }
        if (info.has_class_cell) {
            info.class_cell_slot = static_cast<int>(info.slots.size());
            add_slot("__class__", true);
        }
        for (auto& [name, sym] : scope.symbols)
            if (sym.free && !(scope.kind == Kind::Class && name == "__class__")) info.free.push_back(name);
        // Where each free name comes from in the enclosing scope, which builds the closure. The
        // parent's layout is done: run() lays scopes out top down.
        for (const std::string& name : info.free)
            info.free_from.push_back(lookup_in(*scope.parent, name));
    }

    // How scope `s` itself reaches `name` when it builds a closure for an inner scope.
    static std::pair<NameScope, int> lookup_in(const Scope& s, const std::string& name) {
        const CodeInfo& info = *s.info;
        if (s.kind == Kind::Class && name == "__class__" && info.has_class_cell)
            return {NameScope::Cell, info.class_cell_slot};
        for (std::size_t i = 0; i < info.slots.size(); ++i)
            if (info.slots[i] == name && info.is_cell[i]) return {NameScope::Cell, static_cast<int>(i)};
        for (std::size_t i = 0; i < info.free.size(); ++i)
            if (info.free[i] == name) return {NameScope::Free, static_cast<int>(i)};
        return {NameScope::Unresolved, -1};
    }

    static void where(const Scope& scope, const std::string& name, NameScope& kind, int& slot) {
        const CodeInfo& info = *scope.info;
        if (scope.kind == Kind::Module) {
            kind = NameScope::Global;
            return;
        }
        auto it = scope.symbols.find(name);
        const Symbol* sym = it == scope.symbols.end() ? nullptr : &it->second;
        if (scope.kind == Kind::Class) {
            if (sym != nullptr && sym->free && !sym->bound) {
                kind = NameScope::ClassFree;
                for (std::size_t i = 0; i < info.free.size(); ++i)
                    if (info.free[i] == name) slot = static_cast<int>(i);
                return;
            }
            kind = sym != nullptr && sym->global ? NameScope::Global : NameScope::ClassBody;
            return;
        }
        if (sym == nullptr || sym->global) {
            kind = NameScope::Global;
            return;
        }
        if (sym->free) {
            kind = NameScope::Free;
            for (std::size_t i = 0; i < info.free.size(); ++i)
                if (info.free[i] == name) slot = static_cast<int>(i);
            return;
        }
        if (!sym->bound) {
            kind = NameScope::Global;
            return;
        }
        for (std::size_t i = 0; i < info.slots.size(); ++i)
            if (info.slots[i] == name) {
                slot = static_cast<int>(i);
                kind = info.is_cell[i] ? NameScope::Cell : NameScope::Local;
                return;
            }
        kind = NameScope::Global;
    }

    static void annotate(const Scope& scope, Site& site) {
        NameScope kind = NameScope::Global;
        int slot = -1;
        where(scope, site.name, kind, slot);
        switch (site.what) {
        case Site::NameExpr:
            site.expr->scope = kind;
            site.expr->slot = slot;
            break;
        case Site::HandlerName:
            site.handler->scope = kind;
            site.handler->slot = slot;
            break;
        case Site::ImportBinding:
            site.import->scope = kind;
            site.import->slot = slot;
            break;
        case Site::StmtBinding:
            site.stmt->bind_scope = kind;
            site.stmt->bind_slot = slot;
            break;
        }
    }
};

} // namespace

void resolve(Module& module) {
    Scope top;
    top.kind = Kind::Module;
    top.info = std::make_shared<CodeInfo>();
    top.info->kind = Kind::Module;
    top.info->name = "<module>";
    Collector(top).block(module.body);
    analyse(top);
    Annotator().run(top, "");
    module.code = top.info;
}

} // namespace revlab::py
