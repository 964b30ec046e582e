// re.Match: groups by number or name, spans, groupdict, expand, and the repr
// "<re.Match object; span=(0, 3), match='abc'>".
#include "py/stdlib/re_objects.hpp"
#include "py/str_repr.hpp"

namespace revlab::py::re {

namespace {

MatchObj& match_self(Interp& I, const Value& self, std::string_view method) {
    return native_self<MatchObj>(I, self, method, "re.Match");
}

// A group given by number (anything with __index__) or by name; IndexError otherwise.
std::uint32_t group_index(Interp& I, const MatchObj& m, const Value& g) {
    const regex::Program& p = *m.pattern_obj().program;
    std::int64_t i = -1;
    const Value& v = builtin_self(g);
    if (I.is_int(v)) {
        i = v.is(ObjType::BigInt) ? -1 : I.index(v, "group");
    } else if (const StrObj* s = v.get<StrObj>()) {
        for (const auto& [name, group] : p.names)
            if (name == s->text) i = group;
    }
    if (i < 0 || i > static_cast<std::int64_t>(p.groups)) I.raise("IndexError", "no such group");
    return static_cast<std::uint32_t>(i);
}

Value match_group(Interp& I, const Value& self, CallArgs& args, const Value&) {
    if (!args.kw.empty()) I.type_error("group() takes no keyword arguments");
    MatchObj& m = match_self(I, self, "group");
    if (args.pos.empty()) return group_value(I, m, 0, Value());
    if (args.pos.size() == 1) return group_value(I, m, group_index(I, m, args.pos[0]), Value());
    std::vector<Value> out;
    for (const Value& g : args.pos)
        out.push_back(group_value(I, m, group_index(I, m, g), Value()));
    return I.tuple(std::move(out));
}

Value match_getitem(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "__getitem__", {"key", "/"});
    MatchObj& m = match_self(I, self, "__getitem__");
    return group_value(I, m, group_index(I, m, a[0]), Value());
}

Value match_groups(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "groups", {"default="});
    MatchObj& m = match_self(I, self, "groups");
    std::vector<Value> out;
    for (std::uint32_t g = 1; g <= m.pattern_obj().program->groups; ++g)
        out.push_back(group_value(I, m, g, a.get(0)));
    return I.tuple(std::move(out));
}

Value match_groupdict(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "groupdict", {"default="});
    MatchObj& m = match_self(I, self, "groupdict");
    Ref<DictObj> d = I.dict();
    for (const auto& [name, group] : m.pattern_obj().program->names)
        d->set(I, I.str(name), group_value(I, m, group, a.get(0)));
    return Value(d);
}

std::uint32_t optional_group(Interp& I, MatchObj& m, CallArgs& args, const char* name) {
    Args a(I, args, name, {"group=", "/"});
    return a.has(0) ? group_index(I, m, a[0]) : 0;
}

Value match_start(Interp& I, const Value& self, CallArgs& args, const Value&) {
    MatchObj& m = match_self(I, self, "start");
    return Value::integer(m.spans.start(optional_group(I, m, args, "start")));
}

Value match_end(Interp& I, const Value& self, CallArgs& args, const Value&) {
    MatchObj& m = match_self(I, self, "end");
    return Value::integer(m.spans.end(optional_group(I, m, args, "end")));
}

Value match_span(Interp& I, const Value& self, CallArgs& args, const Value&) {
    MatchObj& m = match_self(I, self, "span");
    const std::uint32_t g = optional_group(I, m, args, "span");
    return I.tuple({Value::integer(m.spans.start(g)), Value::integer(m.spans.end(g))});
}

Value match_expand(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "expand", {"template"});
    MatchObj& m = match_self(I, self, "expand");
    const Template t = parse_template(I, m.pattern_obj(), a[0]);
    std::string out = expand_template(I, m, t);
    return m.subject.bytes ? I.bytes(std::move(out)) : I.str(std::move(out));
}

Value match_repr(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "__repr__");
    MatchObj& m = match_self(I, self, "__repr__");
    // Python formats the match with %.50R: its repr, cut at 50 characters.
    std::u32string r = regex::to_u32(I.repr(group_value(I, m, 0, Value())));
    if (r.size() > 50) r.resize(50);
    return I.str("<re.Match object; span=(" + std::to_string(m.spans.start(0)) + ", " +
                 std::to_string(m.spans.end(0)) + "), match=" + regex::to_utf8(r) + ">");
}

Value match_copy(Interp& I, const Value& self, CallArgs&, const Value&) {
    match_self(I, self, "__copy__");
    return self;
}

MatchObj& property_self(Interp& I, CallArgs& args, const char* name) {
    return match_self(I, args.pos.at(0), name);
}

Value match_string(Interp& I, const Value&, CallArgs& args, const Value&) {
    return property_self(I, args, "string").subject.string;
}
Value match_re(Interp& I, const Value&, CallArgs& args, const Value&) {
    return property_self(I, args, "re").pattern;
}
Value match_pos(Interp& I, const Value&, CallArgs& args, const Value&) {
    return Value::integer(property_self(I, args, "pos").pos);
}
Value match_endpos(Interp& I, const Value&, CallArgs& args, const Value&) {
    return Value::integer(property_self(I, args, "endpos").endpos);
}
Value match_lastindex(Interp& I, const Value&, CallArgs& args, const Value&) {
    const MatchObj& m = property_self(I, args, "lastindex");
    return m.spans.lastindex == 0 ? Value() : Value::integer(m.spans.lastindex);
}
Value match_lastgroup(Interp& I, const Value&, CallArgs& args, const Value&) {
    const MatchObj& m = property_self(I, args, "lastgroup");
    for (const auto& [name, group] : m.pattern_obj().program->names)
        if (m.spans.lastindex != 0 && group == m.spans.lastindex) return I.str(name);
    return Value();
}
Value match_regs(Interp& I, const Value&, CallArgs& args, const Value&) {
    const MatchObj& m = property_self(I, args, "regs");
    std::vector<Value> spans;
    for (std::uint32_t g = 0; g <= m.pattern_obj().program->groups; ++g)
        spans.push_back(I.tuple({Value::integer(m.spans.start(g)), Value::integer(m.spans.end(g))}));
    return I.tuple(std::move(spans));
}

} // namespace

Value make_match(Interp& I, const Value& pattern, const Subject& s, regex::MatchSpans spans, std::int64_t pos,
                 std::int64_t endpos) {
    const PatternObj& p = *pattern.as<PatternObj>();
    Ref<MatchObj> m = I.heap.make<MatchObj>(Ref<ClassObj>(state_class(p.state, kMatchClass)));
    m->pattern = pattern;
    m->subject = s;
    m->spans = std::move(spans);
    m->pos = pos;
    m->endpos = endpos;
    return Value(m);
}

Value group_value(Interp& I, const MatchObj& m, std::uint32_t g, const Value& fallback) {
    const std::int64_t b = m.spans.start(g), e = m.spans.end(g);
    if (b < 0 || e < 0) return fallback;
    return slice(I, m.subject, b, e);
}

void init_match_class(Interp& I, ClassObj& cls) {
    add_method(I, cls, "group", match_group);
    add_method(I, cls, "__getitem__", match_getitem);
    add_method(I, cls, "groups", match_groups);
    add_method(I, cls, "groupdict", match_groupdict);
    add_method(I, cls, "start", match_start);
    add_method(I, cls, "end", match_end);
    add_method(I, cls, "span", match_span);
    add_method(I, cls, "expand", match_expand);
    add_method(I, cls, "__repr__", match_repr);
    add_method(I, cls, "__copy__", match_copy);
    add_method(I, cls, "__deepcopy__", match_copy);
    add_property(I, cls, "string", match_string);
    add_property(I, cls, "re", match_re);
    add_property(I, cls, "pos", match_pos);
    add_property(I, cls, "endpos", match_endpos);
    add_property(I, cls, "lastindex", match_lastindex);
    add_property(I, cls, "lastgroup", match_lastgroup);
    add_property(I, cls, "regs", match_regs);
}

} // namespace revlab::py::re
