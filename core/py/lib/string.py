"""String constants and classes, as the string module has them.

Here: ascii_letters, ascii_lowercase, ascii_uppercase, digits, hexdigits, octdigits, punctuation,
printable, whitespace, capwords, Template ($name, ${name}, $$; substitute, safe_substitute,
get_identifiers, is_valid; delimiter and idpattern may be overridden in subclasses, the
latter only when the re module is there), Formatter (format, vformat, parse, get_field,
get_value, check_unused_args, format_field, convert_field).
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits",
           "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Each word capitalized, joined by sep (by one space when sep is None)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}
_ID_START = "_" + ascii_letters
_ID_REST = _ID_START + digits


class Template:
    """A string with $-substitutions: Template('$who likes $what').substitute(who='tim', what='kung pao')."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls):
        super().__init_subclass__()
        custom = ("pattern" in cls.__dict__ or "idpattern" in cls.__dict__ or "braceidpattern" in cls.__dict__
                  or "flags" in cls.__dict__)
        if custom:
            import re
            if "pattern" in cls.__dict__:
                pattern = cls.pattern
            else:
                delim = re.escape(cls.delimiter)
                id_ = cls.idpattern
                bid = cls.braceidpattern or cls.idpattern
                pattern = (r"%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))"
                           % (delim, delim, id_, bid))
            flags = cls.flags if cls.flags is not None else re.IGNORECASE
            cls.pattern = re.compile(pattern, flags | re.VERBOSE)

    def _scan(self):
        """(kind, text, start) for each placeholder in order: kind is 'escaped', 'named', 'braced'
        or 'invalid'; text the name."""
        pattern = type(self).__dict__.get("pattern") or getattr(type(self), "pattern", None)
        if pattern is not None and not isinstance(pattern, str):
            for mo in pattern.finditer(self.template):
                groups = mo.groupdict()
                for kind in ("escaped", "named", "braced", "invalid"):
                    if groups.get(kind) is not None:
                        yield_text = groups[kind]
                        self._found.append((kind, yield_text, mo.start(), mo.end()))
                        break
            return
        t = self.template
        d = self.delimiter
        n = len(d)
        i = t.find(d)
        while i >= 0:
            j = i + n
            if t.startswith(d, j):
                self._found.append(("escaped", d, i, j + n))
                i = t.find(d, j + n)
                continue
            if j < len(t) and t[j] == "{":
                k = j + 1
                if k < len(t) and t[k].isascii() and t[k].lower() in _ID_START.lower():
                    m = k + 1
                    while m < len(t) and t[m].isascii() and t[m].lower() in _ID_REST.lower():
                        m += 1
                    if m < len(t) and t[m] == "}":
                        self._found.append(("braced", t[k:m], i, m + 1))
                        i = t.find(d, m + 1)
                        continue
                self._found.append(("invalid", "", i, j))
                i = t.find(d, j)
                continue
            if j < len(t) and t[j].isascii() and t[j].lower() in _ID_START.lower():
                m = j + 1
                while m < len(t) and t[m].isascii() and t[m].lower() in _ID_REST.lower():
                    m += 1
                self._found.append(("named", t[j:m], i, m))
                i = t.find(d, m)
                continue
            self._found.append(("invalid", "", i, j))
            i = t.find(d, j)

    def _placeholders(self):
        self._found = []
        self._scan()
        found = self._found
        del self._found
        return found

    def _invalid(self, start):
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _render(self, mapping, safe):
        out = []
        pos = 0
        for kind, text, start, end in self._placeholders():
            out.append(self.template[pos:start])
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind in ("named", "braced"):
                if safe:
                    try:
                        out.append(str(mapping[text]))
                    except KeyError:
                        out.append(self.template[start:end])
                else:
                    out.append(str(mapping[text]))
            else:
                if safe:
                    out.append(self.template[start:end])
                else:
                    self._invalid(start + len(self.delimiter))
            pos = end
        out.append(self.template[pos:])
        return "".join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """The template with every placeholder replaced (KeyError for a missing name)."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._render(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """The template with the placeholders that have values replaced; others left as they are."""
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._render(mapping, True)

    def is_valid(self):
        return not any(kind == "invalid" for kind, _, _, _ in self._placeholders())

    def get_identifiers(self):
        ids = []
        for kind, text, start, end in self._placeholders():
            if kind in ("named", "braced"):
                if text not in ids:
                    ids.append(text)
            elif kind == "invalid":
                raise ValueError("Unrecognized named group in pattern", self.pattern if hasattr(self, "pattern")
                                 else None)
        return ids


class _ChainMap:
    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            try:
                return m[key]
            except KeyError:
                pass
        raise KeyError(key)


class Formatter:
    """str.format's machinery, in pieces a subclass can change."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError("cannot switch from manual field specification to automatic field "
                                         "numbering")
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError("cannot switch from manual field specification to automatic field "
                                         "numbering")
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each part of format_string."""
        out = []
        i = 0
        n = len(format_string)
        literal = []
        while i < n:
            c = format_string[i]
            if c == "{":
                if format_string.startswith("{{", i):
                    literal.append("{")
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if format_string[j] == "{":
                        depth += 1
                    elif format_string[j] == "}":
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = format_string[i + 1:j - 1]
                conversion = None
                spec = ""
                colon = _find_top(field, ":")
                if colon >= 0:
                    spec = field[colon + 1:]
                    field = field[:colon]
                bang = field.find("!")
                if bang >= 0:
                    conversion = field[bang + 1:]
                    field = field[:bang]
                    if len(conversion) != 1:
                        raise ValueError("expected ':' after conversion specifier")
                out.append(("".join(literal), field, spec, conversion))
                literal = []
                i = j
            elif c == "}":
                if format_string.startswith("}}", i):
                    literal.append("}")
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            out.append(("".join(literal), None, None, None))
        return out

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _find_top(field, ch):
    depth = 0
    for k, c in enumerate(field):
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
        elif c == ch and depth == 0:
            return k
    return -1


def _split_field(name):
    i = 0
    while i < len(name) and name[i] not in ".[":
        i += 1
    first = name[:i]
    first = int(first) if first.isdigit() else first
    rest = []
    while i < len(name):
        if name[i] == ".":
            j = i + 1
            while j < len(name) and name[j] not in ".[":
                j += 1
            rest.append((True, name[i + 1:j]))
            i = j
        else:
            j = name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
