# urllib.parse: split/parse and their results, unsplit/unparse, urljoin, quoting and query strings
from urllib import parse
from urllib.parse import urlparse, urlsplit, urlunparse, urljoin, quote, unquote, urlencode, parse_qs, parse_qsl

for url in ["http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag", "https://[::1]:443/x", "/superset/explore/?form_data=%7B%22a%22%3A1%7D",
            "mailto:a@b.c", "//host/path", "file:///etc/x", "  http://x.org/ a\tb", "sqlite:////tmp/app.db", "r?x=1", ""]:
    p = urlparse(url)
    s = urlsplit(url)
    print(repr(url), p, s.netloc, p.hostname, p.port, p.username, p.password, p.geturl(), s.geturl())
print(urlunparse(("http", "h", "/p", "a", "q=1", "f")), parse.urlunsplit(("", "", "rel/x", "", "")))
for base, rel in [("http://a/b/c/d;p?q", "g"), ("http://a/b/c/d;p?q", "../g"), ("http://a/b/c/d;p?q", "//g"),
                  ("http://a/b/c/d;p?q", "?y"), ("http://a/b/c/d;p?q", "#s"), ("http://a/b/c/d;p?q", "../../../g"),
                  ("http://a/b/c/", "./"), ("http://a/b", "https://c/d")]:
    print(urljoin(base, rel))
print(parse.urldefrag("http://a/b#c"), parse.urldefrag("http://a/b").url)
for s in ["a b/c", "é&=+", "", "~_.-", "100%"]:
    print(repr(quote(s)), repr(parse.quote_plus(s)), repr(quote(s, safe="")), repr(unquote(quote(s))))
print(unquote("%E4%B8%AD%zz%4"), parse.unquote_plus("a+b%20c"), parse.unquote_to_bytes("a%20%FF"), parse.quote_from_bytes(b"\x00a b"))
print(parse_qsl("slice_id=3&form_data=%7B%7D&empty=&flag"), parse_qsl("a=1&a=2&b=", keep_blank_values=True))
print(parse_qs("a=1&a=2&b=x+y"), parse_qsl("a=1;b=2", separator=";"))
print(urlencode({"a": 1, "b": "x y", "c": "é/&"}), urlencode([("a", [1, 2])], doseq=True), urlencode([("a", [1, 2])]))
try:
    parse_qsl("a", strict_parsing=True)
except ValueError as e:
    print("ValueError", e)
try:
    urlsplit("http://[::1/x")
except ValueError as e:
    print("ValueError", e)
try:
    urlparse("http://h:xx/").port
except ValueError as e:
    print("ValueError", e)
