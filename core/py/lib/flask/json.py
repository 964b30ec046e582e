"""flask.json: dumps/loads as Flask 2.2's default provider does outside a request (json's, with
sort_keys and ensure_ascii as Flask sets them)."""

import json as _json

JSONDecodeError = _json.JSONDecodeError


def dumps(obj, **kwargs):
    kwargs.setdefault("ensure_ascii", True)
    kwargs.setdefault("sort_keys", True)
    return _json.dumps(obj, **kwargs)


def loads(s, **kwargs):
    return _json.loads(s, **kwargs)


def dump(obj, fp, **kwargs):
    fp.write(dumps(obj, **kwargs))


def load(fp, **kwargs):
    return loads(fp.read(), **kwargs)


def jsonify(*args, **kwargs):
    from flask import jsonify as _jsonify

    return _jsonify(*args, **kwargs)
