// re.Pattern: match, search, fullmatch, findall, finditer, sub, subn and split over a subject,
// following CPython's _sre loops: after an empty match the next one must not be empty at the
// same place (so re.sub('x*', '-', 'abc') is '-a-b-c-'), and a negative count or maxsplit
// replaces or splits nothing.
#include "py/stdlib/re_objects.hpp"
#include "py/str_repr.hpp"
#include "py/unicode.hpp"

#include <cstdio>
#include <tuple>

namespace revlab::py::re {

namespace {

PatternObj& pattern_self(Interp& I, const Value& self, std::string_view method) {
    return native_self<PatternObj>(I, self, method, "re.Pattern");
}

// Appends subject[b:e] to `out` (UTF-8 for a str, raw bytes for bytes).
void append_slice(std::string& out, const Subject& s, std::int64_t b, std::int64_t e) {
    if (b >= e) return;
    if (s.ascii) {
        out.append(*str_text(s.string), static_cast<std::size_t>(b), static_cast<std::size_t>(e - b));
        return;
    }
    const std::u32string& t = *s.text;
    for (std::int64_t k = b; k < e; ++k) {
        const char32_t c = t[static_cast<std::size_t>(k)];
        if (s.bytes)
            out += static_cast<char>(c);
        else
            append_utf8(out, c);
    }
}

Value match_mode(Interp& I, const Value& self, CallArgs& args, const char* name, regex::Mode mode) {
    Args a(I, args, name, {"string", "pos=", "endpos="});
    PatternObj& p = pattern_self(I, self, name);
    const Subject s = subject_of(I, p, a[0]);
    const auto [pos, endpos] = bounds(I, s, a.get(1, Value::unbound()), a.get(2, Value::unbound()));
    Search search(I, p, s, endpos);
    auto m = search.run(pos, mode);
    if (!m) return Value();
    return make_match(I, self, s, std::move(*m), pos, endpos);
}

Value pattern_match(Interp& I, const Value& self, CallArgs& args, const Value&) {
    return match_mode(I, self, args, "match", regex::Mode::Match);
}
Value pattern_search(Interp& I, const Value& self, CallArgs& args, const Value&) {
    return match_mode(I, self, args, "search", regex::Mode::Search);
}
Value pattern_fullmatch(Interp& I, const Value& self, CallArgs& args, const Value&) {
    return match_mode(I, self, args, "fullmatch", regex::Mode::FullMatch);
}

Value pattern_findall(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "findall", {"string", "pos=", "endpos="});
    PatternObj& p = pattern_self(I, self, "findall");
    const Subject s = subject_of(I, p, a[0]);
    auto [pos, endpos] = bounds(I, s, a.get(1, Value::unbound()), a.get(2, Value::unbound()));
    Search search(I, p, s, endpos);
    const std::uint32_t groups = p.program->groups;
    const Value empty = s.bytes ? I.bytes("") : I.str("");
    Value out = I.list();
    ListObj& list = *out.as<ListObj>();
    bool must_advance = false;
    while (pos <= endpos) {
        auto m = search.run(pos, regex::Mode::Search, must_advance);
        if (!m) break;
        const auto group = [&](std::uint32_t g) {
            return m->start(g) < 0 ? empty : slice(I, s, m->start(g), m->end(g));
        };
        if (groups == 0) {
            list.items.push_back(group(0));
        } else if (groups == 1) {
            list.items.push_back(group(1));
        } else {
            std::vector<Value> items;
            for (std::uint32_t g = 1; g <= groups; ++g)
                items.push_back(group(g));
            list.items.push_back(I.tuple(std::move(items)));
        }
        list.resized();
        must_advance = m->end(0) == m->start(0);
        pos = m->end(0);
    }
    return out;
}

Value pattern_finditer(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "finditer", {"string", "pos=", "endpos="});
    PatternObj& p = pattern_self(I, self, "finditer");
    Ref<ScannerObj> it = I.heap.make<ScannerObj>(Ref<ClassObj>(state_class(p.state, kScannerClass)));
    it->subject = subject_of(I, p, a[0]);
    std::tie(it->pos, it->endpos) =
        bounds(I, it->subject, a.get(1, Value::unbound()), a.get(2, Value::unbound()));
    it->pattern = self;
    return Value(it);
}

// sub and subn: the new string and the number of replacements.
std::pair<Value, std::int64_t> substitute(Interp& I, const Value& self, CallArgs& args, const char* name) {
    Args a(I, args, name, {"repl", "string", "count="});
    PatternObj& p = pattern_self(I, self, name);
    const Value repl = a[0];
    const Subject s = subject_of(I, p, a[1]);
    const std::int64_t count = a.has(2) ? I.index(a[2], "count") : 0;

    // A callable gets each Match; a str is a template, parsed once (a literal when it has no '\').
    const bool is_text = str_text(repl) != nullptr || bytes_data(repl) != nullptr;
    std::optional<Template> tmpl;
    if (is_text) {
        const bool repl_bytes = bytes_data(repl) != nullptr;
        if (repl_bytes != p.bytes) {
            // Python fails when it joins the pieces: the first one is the replacement.
            I.type_error(std::string("sequence item 0: ") + (p.bytes
                                                                 ? "expected a bytes-like object, str found"
                                                                 : "expected str instance, bytes found"));
        }
        tmpl = parse_template(I, p, repl);
    }
    const std::int64_t endpos = static_cast<std::int64_t>(s.text->size());
    Search search(I, p, s, endpos);
    std::string out;
    std::int64_t last = 0, pos = 0, n = 0, items = 0;
    bool must_advance = false;
    while (count == 0 || n < count) {
        if (count < 0) break;
        auto m = search.run(pos, regex::Mode::Search, must_advance);
        if (!m) break;
        const std::int64_t b = m->start(0), e = m->end(0);
        if (last < b) {
            append_slice(out, s, last, b);
            ++items;
        }
        if (tmpl) {
            if (tmpl->pieces.size() == 1 && tmpl->pieces[0].group < 0) {
                out += tmpl->pieces[0].literal;
            } else {
                Value match = make_match(I, self, s, std::move(*m), 0, endpos);
                out += expand_template(I, *match.as<MatchObj>(), *tmpl);
            }
        } else {
            Value r = I.call(repl, {make_match(I, self, s, std::move(*m), 0, endpos)});
            if (!r.is_none()) {
                const std::string* piece = p.bytes ? bytes_data(r) : str_text(r);
                if (piece == nullptr)
                    I.type_error("sequence item " + std::to_string(items) + ": " +
                                 (p.bytes ? "expected a bytes-like object, " : "expected str instance, ") +
                                 I.type_name(r) + " found");
                out += *piece;
            }
        }
        ++items;
        I.heap.reserve(out.size());
        last = e;
        ++n;
        must_advance = e == b;
        pos = e;
    }
    append_slice(out, s, last, endpos);
    return {s.bytes ? I.bytes(std::move(out)) : I.str(std::move(out)), n};
}

Value pattern_sub(Interp& I, const Value& self, CallArgs& args, const Value&) {
    return substitute(I, self, args, "sub").first;
}

Value pattern_subn(Interp& I, const Value& self, CallArgs& args, const Value&) {
    auto [text, n] = substitute(I, self, args, "subn");
    return I.tuple({text, Value::integer(n)});
}

Value pattern_split(Interp& I, const Value& self, CallArgs& args, const Value&) {
    Args a(I, args, "split", {"string", "maxsplit="});
    PatternObj& p = pattern_self(I, self, "split");
    const Subject s = subject_of(I, p, a[0]);
    const std::int64_t maxsplit = a.has(1) ? I.index(a[1], "maxsplit") : 0;
    const std::int64_t endpos = static_cast<std::int64_t>(s.text->size());
    Search search(I, p, s, endpos);
    Value out = I.list();
    ListObj& list = *out.as<ListObj>();
    std::int64_t last = 0, pos = 0, n = 0;
    bool must_advance = false;
    while (maxsplit == 0 || n < maxsplit) {
        if (maxsplit < 0) break;
        auto m = search.run(pos, regex::Mode::Search, must_advance);
        if (!m) break;
        list.items.push_back(slice(I, s, last, m->start(0)));
        for (std::uint32_t g = 1; g <= p.program->groups; ++g)
            list.items.push_back(m->start(g) < 0 ? Value() : slice(I, s, m->start(g), m->end(g)));
        list.resized();
        ++n;
        must_advance = m->end(0) == m->start(0);
        last = pos = m->end(0);
    }
    list.items.push_back(slice(I, s, last, endpos));
    list.resized();
    return out;
}

// re.compile('a+', re.IGNORECASE): the pattern's repr (cut at 200 characters) and the flags
// given, without the UNICODE that every str pattern has.
Value pattern_repr(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "__repr__");
    PatternObj& p = pattern_self(I, self, "__repr__");
    std::string r = I.repr(p.pattern);
    const std::u32string chars = regex::to_u32(r);
    if (chars.size() > 200) r = regex::to_utf8(std::u32string_view(chars).substr(0, 200));
    unsigned flags = p.program->flags;
    if (!p.bytes && (flags & (regex::kLocale | regex::kUnicode | regex::kAscii)) == regex::kUnicode)
        flags &= ~static_cast<unsigned>(regex::kUnicode);
    std::string names;
    static constexpr std::pair<unsigned, const char*> kNames[] = {
        {regex::kTemplate, "re.TEMPLATE"}, {regex::kIgnoreCase, "re.IGNORECASE"},
        {regex::kLocale, "re.LOCALE"},     {regex::kMultiline, "re.MULTILINE"},
        {regex::kDotAll, "re.DOTALL"},     {regex::kUnicode, "re.UNICODE"},
        {regex::kVerbose, "re.VERBOSE"},   {regex::kDebug, "re.DEBUG"},
        {regex::kAscii, "re.ASCII"},
    };
    for (const auto& [bit, name] : kNames)
        if (flags & bit) {
            names += (names.empty() ? "" : "|") + std::string(name);
            flags &= ~bit;
        }
    if (flags != 0) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "0x%x", flags);
        names += (names.empty() ? "" : "|") + std::string(buf);
    }
    return I.str("re.compile(" + r + (names.empty() ? "" : ", " + names) + ")");
}

Value pattern_eq(Interp& I, const Value& self, CallArgs& args, const Value&) {
    PatternObj& p = pattern_self(I, self, "__eq__");
    if (args.pos.size() != 1) I.type_error("expected 1 argument, got " + std::to_string(args.pos.size()));
    const PatternObj* q = dynamic_cast<const PatternObj*>(args.pos[0].get<NativeObj>());
    if (q == nullptr) return Value::not_implemented();
    return Value::boolean(q == &p || (q->bytes == p.bytes && q->program->flags == p.program->flags &&
                                      I.eq(q->pattern, p.pattern)));
}

Value pattern_hash(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "__hash__");
    PatternObj& p = pattern_self(I, self, "__hash__");
    std::int64_t h = I.hash(p.pattern) ^ static_cast<std::int64_t>(p.program->flags) * 1000003;
    if (h == -1) h = -2;
    return Value::integer(h);
}

Value pattern_copy(Interp& I, const Value& self, CallArgs&, const Value&) {
    pattern_self(I, self, "__copy__");
    return self;
}

Value pattern_pattern(Interp& I, const Value&, CallArgs& args, const Value&) {
    return pattern_self(I, args.pos.at(0), "pattern").pattern;
}
Value pattern_flags(Interp& I, const Value&, CallArgs& args, const Value&) {
    return Value::integer(pattern_self(I, args.pos.at(0), "flags").program->flags);
}
Value pattern_groups(Interp& I, const Value&, CallArgs& args, const Value&) {
    return Value::integer(pattern_self(I, args.pos.at(0), "groups").program->groups);
}
Value pattern_groupindex(Interp& I, const Value&, CallArgs& args, const Value&) {
    const PatternObj& p = pattern_self(I, args.pos.at(0), "groupindex");
    Ref<DictObj> d = I.dict();
    for (const auto& [name, group] : p.program->names)
        d->set(I, I.str(name), Value::integer(group));
    return Value(d);
}

// ---- finditer's iterator

Value scanner_iter(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "__iter__");
    return self;
}

Value scanner_next(Interp& I, const Value& self, CallArgs& args, const Value&) {
    no_args(I, args, "__next__");
    ScannerObj& it = native_self<ScannerObj>(I, self, "__next__", "callable_iterator");
    if (!it.done && it.pos <= it.endpos) {
        const Value pattern = it.pattern;
        Search search(I, *pattern.as<PatternObj>(), it.subject, it.endpos);
        if (auto m = search.run(it.pos, regex::Mode::Search, it.must_advance)) {
            it.must_advance = m->end(0) == m->start(0);
            it.pos = m->end(0);
            const std::int64_t endpos = it.endpos;
            return make_match(I, pattern, it.subject, std::move(*m), 0, endpos);
        }
    }
    it.done = true;
    I.raise_value(I.make_exception(I.t.exc("StopIteration"), {}));
}

} // namespace

Subject subject_of(Interp& I, const PatternObj& p, const Value& string) {
    Subject s;
    s.string = string;
    s.bytes = p.bytes;
    std::vector<Value>& state = p.state.as<TupleObj>()->items;
    const bool cached = state[kLastString].same(string);
    std::u32string text;
    if (p.bytes) {
        const std::string* data = bytes_data(string);
        if (data == nullptr) {
            if (str_text(string)) I.type_error("cannot use a bytes pattern on a string-like object");
            I.type_error("expected string or bytes-like object, got '" + I.type_name(string) + "'");
        }
        if (!cached) {
            I.heap.reserve(data->size() * sizeof(char32_t));
            text.reserve(data->size());
            for (unsigned char c : *data)
                text += c;
        }
    } else {
        const std::string* str = str_text(string);
        if (str == nullptr) {
            if (bytes_data(string)) I.type_error("cannot use a string pattern on a bytes-like object");
            I.type_error("expected string or bytes-like object, got '" + I.type_name(string) + "'");
        }
        if (!cached) {
            I.heap.reserve(str->size() * sizeof(char32_t));
            text = regex::to_u32(*str);
        }
    }
    // The same string as last time: its code points are there already (a loop of searches over
    // one text converts it once).
    if (!cached) {
        Ref<ClassObj> cls(state_class(p.state, kTextClass));
        state[kLastText] = Value(I.heap.make<TextObj>(cls, std::move(text)));
        state[kLastString] = string;
    }
    s.holder = state[kLastText];
    s.text = &s.holder.as<TextObj>()->text;
    if (const std::string* str = p.bytes ? nullptr : str_text(string))
        s.ascii = s.text->size() == str->size();
    return s;
}

Value slice(Interp& I, const Subject& s, std::int64_t b, std::int64_t e) {
    std::string out;
    append_slice(out, s, b, e);
    return s.bytes ? I.bytes(std::move(out)) : I.str(std::move(out));
}

std::pair<std::int64_t, std::int64_t> bounds(Interp& I, const Subject& s, const Value& pos,
                                             const Value& endpos) {
    const auto n = static_cast<std::int64_t>(s.text->size());
    const auto clamp = [n](std::int64_t v) { return v < 0 ? 0 : v > n ? n : v; };
    const std::int64_t p = pos.is_unbound() ? 0 : clamp(I.index(pos, "pos"));
    const std::int64_t e = endpos.is_unbound() ? n : clamp(I.index(endpos, "endpos"));
    return {p, e};
}

InterpBudget::InterpBudget(Interp& I) : I_(I) {
    max_entries = I.limits.memory / 128;
}

// One interpreter step is worth kVmSteps of the machine's (an instruction, or a character
// scanned by a repeat): measured natively, the interpreter runs about 20 million steps a second
// and the machine about 120 million, so a runaway pattern stops in about the time a runaway
// `while True:` takes.
static constexpr std::uint64_t kVmSteps = 6;

void InterpBudget::charge(std::uint64_t steps) {
    for (std::uint64_t k = steps / kVmSteps; k > 0; --k)
        I_.step();
}

void InterpBudget::too_deep() {
    I_.halt("the regular expression needed more than " + std::to_string(max_entries) +
            " backtracking entries; Revlab stops it there (simplify the pattern, or match a smaller string)");
}

void init_pattern_class(Interp& I, ClassObj& cls) {
    add_method(I, cls, "match", pattern_match);
    add_method(I, cls, "search", pattern_search);
    add_method(I, cls, "fullmatch", pattern_fullmatch);
    add_method(I, cls, "findall", pattern_findall);
    add_method(I, cls, "finditer", pattern_finditer);
    add_method(I, cls, "sub", pattern_sub);
    add_method(I, cls, "subn", pattern_subn);
    add_method(I, cls, "split", pattern_split);
    add_method(I, cls, "__repr__", pattern_repr);
    add_method(I, cls, "__eq__", pattern_eq);
    add_method(I, cls, "__hash__", pattern_hash);
    add_method(I, cls, "__copy__", pattern_copy);
    add_method(I, cls, "__deepcopy__", pattern_copy);
    add_property(I, cls, "pattern", pattern_pattern);
    add_property(I, cls, "flags", pattern_flags);
    add_property(I, cls, "groups", pattern_groups);
    add_property(I, cls, "groupindex", pattern_groupindex);
}

void init_scanner_class(Interp& I, ClassObj& cls) {
    add_method(I, cls, "__iter__", scanner_iter);
    add_method(I, cls, "__next__", scanner_next);
}

} // namespace revlab::py::re
