#!/usr/bin/python3
"""Writes tests/unit/py_numbers/*.jsonl: cases for core/py's numbers and formatting (BigInt, floats,
format specs, %-formatting, str repr), each with the answer of the real Python 3.11 that runs this
script (Debian's /usr/bin/python3). py_numbers_test.cpp replays them natively and in wasm.

One case per line, a JSON array: [op, operands..., expected]. Floats travel as the hex of their IEEE bits
(exact); an expected error is "!Kind: message" with Kind one of ZeroDivision, Overflow, Value, Memory,
Type (the NumberError kinds). Seeded, so a rerun writes the same files.

    /usr/bin/python3 tests/unit/gen_py_numbers_tables.py
"""
import json
import math
import os
import random
import struct
import sys
from decimal import Decimal

assert sys.version_info[:2] == (3, 11), 'the tables are Python 3.11 answers'

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'py_numbers')
R = random.Random(20260613)
KINDS = {ZeroDivisionError: 'ZeroDivision', OverflowError: 'Overflow', ValueError: 'Value',
         MemoryError: 'Memory', TypeError: 'Type'}


def run(f):
    # Python's limit on decimal text applies inside the case, not to the operands the tables carry.
    sys.set_int_max_str_digits(4300)
    try:
        return f()
    except tuple(KINDS) as e:
        return '!%s: %s' % (KINDS[type(e)], e)
    finally:
        sys.set_int_max_str_digits(0)


sys.set_int_max_str_digits(0)


def bits(x):
    return struct.pack('>d', x).hex()


def from_bits(h):
    return struct.unpack('>d', bytes.fromhex(h))[0]


def fbits(v):
    """A float result as bits; any nan as 'nan' (its sign and payload are not Python's business)."""
    if isinstance(v, str):
        return v
    return 'nan' if math.isnan(v) else bits(v)


def write(name, cases):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + '\n')
    print('%s: %d cases' % (name, len(cases)))


# ---- integers

EDGE_INTS = [0, 1, -1, 2, -2, 3, 7, 10, -10, 255, 256, 2**31 - 1, 2**31, -2**31, 2**32 - 1, 2**32, 2**32 + 1,
             -2**32, 2**53 - 1, 2**53, 2**53 + 1, -2**53 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1,
             2**64, 2**64 + 1, -2**64, 2**96 - 1, 2**128, 10**18, 10**19, 10**38, -10**40, 3**100, 2**1023,
             2**1024, 2**1024 - 2**970, 2**1024 - 2**971, 2**1024 - 2**970 - 1]


def rint(max_bits=None):
    r = R.random()
    if r < 0.15:
        return R.choice(EDGE_INTS)
    if max_bits is None:
        max_bits = 130 if r < 0.85 else 600 if r < 0.98 else 2500
    n = R.randint(0, max_bits)
    v = R.getrandbits(n) if n else 0
    if R.random() < 0.1:  # runs of ones and zeros: carries and borrows across limbs
        v = (1 << n) - 1 if R.random() < 0.5 else (1 << n) + R.choice([-1, 0, 1])
    return -v if R.random() < 0.5 else v


def int_cases():
    cases = []
    binary = {
        'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
        'floordiv': lambda a, b: a // b, 'mod': lambda a, b: a % b,
        'divmod': lambda a, b: '%d %d' % divmod(a, b), 'and': lambda a, b: a & b, 'or': lambda a, b: a | b,
        'xor': lambda a, b: a ^ b, 'cmp': lambda a, b: (a > b) - (a < b),
        'truediv': lambda a, b: fbits(a / b),
    }
    binary = {op: (lambda f: lambda a, b: str(f(a, b)))(f) for op, f in binary.items()}
    for op, f in binary.items():
        for _ in range(160):
            a, b = rint(), rint()
            if op in ('floordiv', 'mod', 'divmod', 'truediv') and R.random() < 0.3:
                b = rint(40) or 7  # short divisors, and exact divisions
                if R.random() < 0.3:
                    a = a * b + R.choice([0, 1, -1])
            if op in ('floordiv', 'mod', 'divmod', 'truediv') and R.random() < 0.03:
                b = 0
            cases.append([op, str(a), str(b), run(lambda: f(a, b))])
    # Knuth D's rare add-back step and long quotients: divisors with a full top limb.
    for k in range(2, 12):
        b = (2**(32 * k) - 1) * R.choice([1, 2**32 - 1]) + R.choice([0, 1])
        a = b * (2**(32 * R.randint(1, 6)) - R.randint(1, 5)) + R.randint(0, b - 1)
        cases.append(['divmod', str(a), str(b), '%d %d' % divmod(a, b)])
        cases.append(['divmod', str(-a), str(b), '%d %d' % divmod(-a, b)])
    # Karatsuba: operands past 40 limbs, balanced and lopsided.
    for _ in range(16):
        a = R.getrandbits(R.randint(1300, 4000)) * R.choice([1, -1])
        b = R.getrandbits(R.randint(1300, 4000) if R.random() < 0.6 else R.randint(100, 1300)) * R.choice([1, -1])
        cases.append(['mul', str(a), str(b), str(a * b)])
    for _ in range(200):
        a = rint(200) if R.random() < 0.8 else R.choice([0, 1, -1, 2, -2, 10])
        e = R.randint(0, min(400, 3000 // max(1, a.bit_length())))
        cases.append(['pow', str(a), str(e), str(a ** e)])
    for _ in range(200):
        a, e, m = rint(), rint(200), rint(200)
        if R.random() < 0.1:
            m = R.choice([1, -1, 0])
        cases.append(['powmod', str(a), str(e), str(m), run(lambda: str(pow(a, e, m)))])
    for a, e, m in [(3, -1, 7), (3, -1, -7), (2, -1, 4), (2, 3, -5), (5, 0, 1), (5, 0, -1), (0, 0, 7), (2, -1, 1)]:
        cases.append(['powmod', str(a), str(e), str(m), run(lambda: str(pow(a, e, m)))])
    for _ in range(250):
        a = rint()
        n = R.randint(0, 200) if R.random() < 0.9 else R.randint(200, 3000)
        if R.random() < 0.05:
            n = -R.randint(1, 5)
        cases.append(['lshift', str(a), str(n), run(lambda: str(a << n))])
        cases.append(['rshift', str(a), str(n), run(lambda: str(a >> n))])
    cases.append(['rshift', '-5', str(2**100), '-1'])
    cases.append(['rshift', '5', str(2**100), '0'])
    unary = {'neg': lambda a: str(-a), 'abs': lambda a: str(abs(a)), 'invert': lambda a: str(~a),
             'bit_length': lambda a: str(a.bit_length()), 'hash': lambda a: str(hash(a)),
             'float': lambda a: fbits(float(a)), 'str10': str, 'str16': lambda a: format(a, 'x'),
             'str8': lambda a: format(a, 'o'), 'str2': lambda a: format(a, 'b'),
             'fits_int64': lambda a: str(-2**63 <= a < 2**63).lower()}
    for op, f in unary.items():
        for a in EDGE_INTS + [-a for a in EDGE_INTS] + [rint() for _ in range(60)]:
            cases.append([op, str(a), run(lambda: f(a))])
    for _ in range(150):
        a = rint(200)
        n = R.randint(-70, 3)
        cases.append(['round', str(a), str(n), str(round(a, n))])
    for a, n in [(250, -2), (350, -2), (-250, -2), (-350, -2), (5, -1), (15, -1), (-5, -1), (500, -3), (501, -3),
                 (123, -3), (123, 5), (0, -5), (10**50 + 5 * 10**9, -10), (2**64, -19), (2**64, -20), (-2**64, -20)]:
        cases.append(['round', str(a), str(n), str(round(a, n))])
    # float(n) rounding: ties, near-ties and the top of the range.
    for k in [53, 54, 60, 64, 65, 100, 500, 970]:
        for d in [1, 2, 3, 5, 6, 7]:
            for v in [(2**53 + d) << (k - 53), ((2**53 + d) << (k - 53)) + 1, ((2**53 + d) << (k - 53)) - 1]:
                cases.append(['float', str(v), run(lambda: fbits(float(v)))])
    # true division near both ends of the float range, and subnormal quotients.
    for _ in range(150):
        a = rint(R.choice([60, 200, 1100, 1500]))
        b = rint(R.choice([60, 200, 1100, 1500])) or 3
        cases.append(['truediv', str(a), str(b), run(lambda: fbits(a / b))])
    for a, b in [(1, 2**1074), (1, 2**1075), (3, 2**1076), (-1, 10**400), (10**400, 10**399), (10**400, 1),
                 (2**1024 - 1, 1), (2**1024 - 2**970, 1), (2**1025, 3), (1, 3 * 2**1073), (0, -5), (0, 5),
                 (2**53 + 1, 1), (2**54 + 2, 2), (7, 3 * 2**1070)]:
        cases.append(['truediv', str(a), str(b), run(lambda: fbits(a / b))])
    # int compared with float, exactly.
    specials = [0.0, -0.0, 1.0, 0.5, -0.5, 2.0**53, 2.0**63, 2.0**64, 1e300, -1e300, math.inf, -math.inf, math.nan]
    for _ in range(300):
        a = rint()
        if R.random() < 0.5:
            x = R.choice(specials)
        else:
            x = float(a) if abs(a) < 2**1000 else 1e300
            x = x + R.choice([0.0, 0.5, -0.5]) if abs(x) < 2**52 else x
            a = a + R.choice([0, 1, -1])
        cases.append(['cmp_float', str(a), bits(x), '%d%d%d' % (a < x, a == x, a > x)])
    for a, x in [(2**53 + 1, 2.0**53), (2**53, 2.0**53), (-2**63, -2.0**63), (2**64 - 1, 2.0**64), (0, -0.0)]:
        cases.append(['cmp_float', str(a), bits(x), '%d%d%d' % (a < x, a == x, a > x)])
    # int(x) of a float.
    for x in [0.0, -0.0, 0.9, -0.9, 1.5, -2.5, 2.0**63, -2.0**63, 2.0**64, 1e300, -1e300, 5e-324, 1.7976931348623157e308,
              math.inf, -math.inf, math.nan, 9.2233720368547748e18] + [from_bits('%016x' % R.getrandbits(64)) for _ in range(120)]:
        cases.append(['int_float', bits(x), run(lambda: str(int(x)))])
    return cases


def parse_cases():
    cases = []
    texts = ['12', ' 12 ', '\t12\n', '+12', '-12', '- 12', '1_000', '_1', '1_', '1__0', '0x1f', '0X1F', '0x_1f', '0x__1f',
             '0o17', '0O17', '0b101', '0B1', '0b', '0x', '0o', '010', '000', '0_0', '0_1', '00_00', '-0', '+0x10', '1e3',
             '12abc', 'abc', '', ' ', '1 2', '0b1', 'z', 'Z', '1' * 40, '9' * 4300, '9' * 4301, '0' * 4301,
             '1' * 4301 + 'x', ' ' + '1' * 4301, '1_' * 4300 + '1', '١٢', '\uff11\uff12', '\U0001D7CF', '\u30001\u3000',
             '\x851\x85', '1\u200b', '\x1c12', '12\x1c', 'x' * 300, 'é' * 300, '\x00' * 300, 'abc\x00', "it's", '"q"',
             '\\', 'ff', 'FF', 'zz', '0x1F', '-0b11', '0o8', '0b2', '12_34_56', '0xdead_beef', '1.5', '-', '+', '+-1']
    for t in texts:
        for base in [0, 10, 16] if len(t) > 1000 else [0, 10, 16, 2, 8, 36]:
            cases.append(['int', t, str(base), run(lambda: str(int(t, base)))])
    for base in [1, 37, -1, 3, 7, 35]:
        cases.append(['int', '12', str(base), run(lambda: str(int('12', base)))])
    cases.append(['int', '1' * 4301, '3', run(lambda: str(int('1' * 4301, 3)))])
    digits = '0123456789abcdefABCDEF_ xob+-'
    for _ in range(500):
        t = ''.join(R.choice(digits) for _ in range(R.randint(1, 12)))
        base = R.choice([0, 0, 10, 16, 8, 2, 36, 5])
        cases.append(['int', t, str(base), run(lambda: str(int(t, base)))])
    for _ in range(200):
        v = rint()
        base, prefix, fmt = R.choice([(10, '', 'd'), (16, '0x', 'x'), (8, '0o', 'o'), (2, '0b', 'b')])
        text = prefix + format(abs(v), fmt)
        if R.random() < 0.3 and len(text) > 4:
            i = R.randint(len(prefix) + 1, len(text) - 1)
            text = text[:i] + '_' + text[i:]
        if v < 0:
            text = '-' + text
        cases.append(['int', text, str(R.choice([0, base])) if prefix else '10', str(int(text, 0))])
    # Literals as the tokenizer delimits them.
    for t in ['0', '00', '0_0', '7', '1_000', '0x_ff', '0XFF', '0o17', '0b_1', '123456789012345678901234567890',
              '9' * 4300, '9' * 4301, '0x' + 'f' * 5000, '017', '0_7']:
        def literal():
            try:
                sys.set_int_max_str_digits(4300)
                value = eval(t)
                sys.set_int_max_str_digits(0)
                return str(value)
            except SyntaxError as e:
                return '!Value: ' + e.msg
            finally:
                sys.set_int_max_str_digits(0)
        cases.append(['literal', t, literal()])
    return cases


# ---- floats

def interesting_floats(n):
    out = []
    for _ in range(n):
        r = R.random()
        if r < 0.3:
            x = from_bits('%016x' % R.getrandbits(64))
        elif r < 0.5:
            x = round(R.uniform(-1000, 1000), R.randint(0, 6))
        elif r < 0.6:
            x = from_bits('%016x' % R.getrandbits(R.randint(1, 52)))  # subnormal
        elif r < 0.75:
            x = float(R.randint(-10**6, 10**6)) / R.choice([1, 2, 4, 8, 10, 100, 3])
        elif r < 0.85:
            x = R.choice([1, -1]) * 10.0 ** R.randint(-30, 30) * R.choice([1, 1.5, 2.675, 9.995, 1.25])
        else:
            x = R.choice([0.0, -0.0, 0.5, 1.0, 2.5, -2.5, 0.1, 0.2, 0.3, 1e16, 1e-4, 1e-5, 123456789012345678.0,
                          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740993.0, 1 / 3])
        if math.isnan(x) or math.isinf(x):
            x = 1.0
        out.append(x)
    return out


def power(a, b):
    # Python answers a negative base to a fractional power with a complex number (or its overflow);
    # Revlab's interpreter has no complex numbers and raises a ValueError instead.
    try:
        r = a ** b
    except OverflowError as e:
        if str(e) != 'complex exponentiation':
            raise
        r = 1j
    if isinstance(r, complex):
        return '!Value: negative number cannot be raised to a fractional power'
    return fbits(r)


SPECIAL_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.5, 3.0, 7.0, -7.0, 1.5, 1 / 3, 10.0, 1e308, -1e308, 5e-324,
                  1e-300, math.inf, -math.inf, math.nan]


def float_cases():
    cases = []
    values = interesting_floats(1500)
    values += [10.0 ** k for k in range(-325, 309)] + [-(2.0 ** k) for k in range(-1074, 1024, 7)]
    values += [x + d for x in (1e16, 1e17) for d in (-2.0, 0.0, 2.0, 4.0)] + [0.0001, 0.00009999999999999999, 0.001]
    values += [math.inf, -math.inf, math.nan]
    for x in values:
        cases.append(['repr', bits(x), repr(x)])
    for x in interesting_floats(300) + SPECIAL_FLOATS:
        cases.append(['round', bits(x), run(lambda: str(round(x)))])
        cases.append(['hash', bits(x), 'nan' if math.isnan(x) else str(hash(x))])
        cases.append(['is_integer', bits(x), str(x.is_integer()).lower()])
    tricky = [2.675, 0.125, 0.375, 2.5, -2.5, 1e22, 5e-324, 1.7e308, 1.7976931348623157e308, 0.5, 1.5, 12345.0, 0.285,
              1.005, 0.1, -0.4, 123.456, 9.995, 2.0**52 + 0.5, 1e-320, 2.2250738585072014e-308]
    for x in tricky + interesting_floats(100) + SPECIAL_FLOATS:
        for n in sorted(set([0, 1, 2, 3, -1, -2, 22, -22, 308, -308, 323, 324, -309] +
                            [R.randint(-25, 25) for _ in range(2)])):
            cases.append(['roundn', bits(x), str(n), run(lambda: fbits(round(x, n)))])
    pairs = [(a, b) for a in SPECIAL_FLOATS for b in SPECIAL_FLOATS]
    pairs += list(zip(interesting_floats(300), interesting_floats(300)))
    for a, b in pairs:
        cases.append(['floordiv', bits(a), bits(b), run(lambda: fbits(a // b))])
        cases.append(['mod', bits(a), bits(b), run(lambda: fbits(a % b))])
        cases.append(['divmod', bits(a), bits(b), run(lambda: ' '.join(fbits(v) for v in divmod(a, b)))])
        cases.append(['truediv', bits(a), bits(b), run(lambda: fbits(a / b))])

        cases.append(['pow', bits(a), bits(b), run(lambda: power(a, b))])
    for a, b in [(2.0, 0.5), (10.0, 400.0), (-8.0, 1 / 3), (-2.0, 1e300), (-1e308, 3.0), (1e-308, 50.0), (-0.0, -3.0),
                 (0.0, -1.5), (-0.5, -math.inf), (-math.inf, -3.0), (-math.inf, 3.0), (2.0, 1023.0), (2.0, 1024.0),
                 (2.0, -1074.0), (2.0, -1075.0), (1.0000001, 1e10), (-1.0, math.inf), (1.0, math.nan)]:
        cases.append(['pow', bits(a), bits(b), run(lambda: power(a, b))])
    # float(): Python's syntax, and correct rounding on the hardest inputs: the exact halfway points
    # between neighbouring doubles, a hair below and above them.
    texts = ['1.5', ' 1.5 ', '-1.5e3', '+.5', '5.', '.', '1e', 'e5', '1e+', '1_0.5', '1__0', '1_.5', '1._5', '_1', '1_',
             '1e_5', '1e5_0', '1_e5', '.5_5', 'inf', '-Infinity', 'nAn', '-nan', '+inF', 'infinit', 'infinityy', 'in f',
             'nan1', '0x1p3', '1e400', '-1e400', '1e-400', '0e0', '-0', '00.000', '1' * 400, '0.' + '0' * 400 + '1e400',
             '2.4703282292062328e-324', '2.4703282292062327e-324', '1e-324', '4.9406564584124654e-324', '', ' ', '\x1c1.5',
             '\x851.5', '1.5\u3000', '١.٥', '\uff11.5', '1\u200b', 'é', 'x' * 300, "it's", '1e99999999999999999999',
             '1e-99999999999999999999', '0e99999999999999999999', '1.7976931348623157e308', '1.7976931348623159e308',
             '9007199254740993', '9007199254740992.5', '123456789012345678901234567890', '0.1', '3.14159', '1E5', '1e05']
    for t in texts:
        cases.append(['float', t, run(lambda: fbits(float(t)))])
    for x in interesting_floats(250):
        if x == 0 or math.isinf(x):
            continue
        up = math.nextafter(x, math.inf)
        mid = (Decimal(x) + Decimal(up)) / 2
        for t in [str(mid), str(mid + Decimal('1e-1000')), str(mid - Decimal('1e-1000'))]:
            cases.append(['float', t, fbits(float(t))])
        t = repr(x)
        if R.random() < 0.3:
            t = '  ' + t.upper() + '\n'
        cases.append(['float', t, fbits(float(t))])
    for _ in range(150):
        t = ''.join(R.choice('0123456789._e-+') for _ in range(R.randint(1, 10)))
        cases.append(['float', t, run(lambda: fbits(float(t)))])
    for t in ['1_000.5', '1e-3', '.5', '5.', '0.000_1', '1_0e1_0', '1' * 30 + '.5', '0e0', '1e400', '2.5e-324']:
        cases.append(['float_literal', t, fbits(eval(t))])
    return cases


# ---- format specs

def random_spec(kind):
    fill_align = R.choice(['', '', '', '<', '>', '^', '=', '*<', '*>', '*^', '0=', 'x=', '0<', 'é^', '{>', ' <', '>>'])
    sign = R.choice(['', '', '+', '-', ' '])
    z = R.choice(['', '', '', 'z'])
    alt = R.choice(['', '', '#'])
    zero = R.choice(['', '', '0'])
    width = R.choice(['', '', '1', '5', '8', '12', '20'])
    grouping = R.choice(['', '', '', ',', '_'])
    precision = R.choice(['', '', '.0', '.1', '.2', '.3', '.6', '.12', '.17', '.25'])
    types = {'int': 'bcdoxXneEfFgG%s', 'float': 'eEfFgGn%d', 'str': 's'}[kind]
    type_ = R.choice(['', ''] + list(types) + ['N', 'z', 'é'])
    spec = fill_align + sign + z + alt + zero + width + grouping + precision + type_
    if R.random() < 0.03:
        spec = ''.join(R.choice('<>^=+- z#0123456789,_.dfxs%é') for _ in range(R.randint(1, 6)))
    return spec


def format_cases():
    cases = []
    ints = [0, 1, -1, 7, 42, -42, 65, 255, -255, 1234, -1234567, 10**6, 2**31, 2**63, -2**63, 2**64 + 1, -(2**70), 0x10FFFF,
            0x110000, 10**20, 3**50, 1114111, 127, 200]
    for spec in ['e', 'f', '.3g', '%', 'd', ',']:
        cases.append(['fmt_int', str(10**400), spec, 'int', run(lambda: format(10**400, spec))])
    for spec in ['', 'd', 'x', 'n', ',', '_', 'e']:
        cases.append(['fmt_int', str(10**5000), spec, 'int', run(lambda: format(10**5000, spec))])
    floats = [0.0, -0.0, 1.0, -1.0, 1.5, -2.675, 0.125, 1234567.891, -1234.5, 1e-5, 0.0001, 1e16, 1e15, 1e22, 123456789012345678.0,
              1e300, -1e-300, 5e-324, 0.1, 1 / 3, 2.5, 9.995, 99999.5, 0.5, 1e100, math.inf, -math.inf, math.nan, -1e-10]
    strs = ['', 'a', 'abc', 'héllo', '日本語', '😀x', 'a' * 30, ' sp ']
    for _ in range(2000):
        spec = random_spec('int')
        v = R.choice(ints)
        cases.append(['fmt_int', str(v), spec, 'int', run(lambda: format(v, spec))])
    for spec in ['', 'd', ',', '_', '_x', '#_b', '010,', '09,', '08,', '0=+10_', 'x=10,', '#010_x', '=5', 'c', '5c', '<5c',
                 '=5c', '05c', '^5c', '+c', '#c', ',c', '_c', '.2d', 'z', 'zd', '+z', '99999999999999999999', 'abc', '++5',
                 ',,', ',d,', '_+', 'xx', '0', '00', '#0', '=', '=0', '.', '5.2', 'N', '\x00<5', '\n^9', '١٠', '%', '.2%',
                 'e', ',.2%']:
        for v in [0, 1, -1, 65, 1234, -1234567, 2**70]:
            cases.append(['fmt_int', str(v), spec, 'int', run(lambda: format(v, spec))])
    for spec in ['5', 'd', 'f', 's', '+', 'c']:  # bool: int's formatting under the name 'bool' (empty spec aside)
        cases.append(['fmt_int', '1', spec, 'bool', run(lambda: format(True, spec))])
    for _ in range(2000):
        spec = random_spec('float')
        x = R.choice(floats)
        cases.append(['fmt_float', bits(x), spec, 'float', run(lambda: format(x, spec))])
    for spec in ['', '.0', '.3', '.17', '.20', '#', '#.0f', '#.3', '#g', '#e', '#.0e', '#%', 'z', 'zf', 'z.1f', 'z.0%', 'ze',
                 'zg', '010,', '0=12,.1f', '012,.1f', '>012,.1f', '<012,.1f', '010,g', ',.3e', '_', '_%', ',', '05', '+010',
                 '=10', '010', 'n', ',n', '.', 'c', 'd', '.30g', '99999999999999999999', '.99999999999999999999',
                 '.2147483648f', '-^+#020,.3f']:
        for x in [0.0, -0.0, 1.0, -1.5, 1234.5, 1234567.0, 1e16, 1e-5, -1e-10, 1e300, 5e-324, math.inf, math.nan]:
            cases.append(['fmt_float', bits(x), spec, 'float', run(lambda: format(x, spec))])
    # Precisions past every digit a double has: the exact expansion, then zeros.
    for spec in ['.1100f', '.1200f', '.800e', '.780g', '#.790g', '.5000f']:
        for x in [5e-324, 1.7976931348623157e308, 0.1]:
            cases.append(['fmt_float', bits(x), spec, 'float', run(lambda: format(x, spec))])
    for _ in range(600):
        spec = random_spec('str')
        s = R.choice(strs)
        cases.append(['fmt_str', s, spec, 'str', run(lambda: format(s, spec))])
    for spec in ['', 's', '5', '<5', '>5', '^6', '05', '0<5', 'x=5', '+', 'z', '+z', 'z+', '#', '#=', '.1', '.0', '5.0',
                 ',', '_', '_s', 'd', 'é^9', '\x00>4']:
        for s in ['a', 'héllo', '']:
            cases.append(['fmt_str', s, spec, 'str', run(lambda: format(s, spec))])
    return cases


# ---- %-formatting

def percent_cases():
    cases = []

    def case(fmt, args, kinds):
        def go():
            return fmt % tuple(args)
        result = run(go)
        # Errors of the interpreter's own (missing or extra arguments, type mismatches) are not ours.
        if result.startswith('!Type') and 'requires int or char' not in result:
            return
        enc = []
        for k, a in zip(kinds, args):
            enc.append([k, bits(a) if k == 'float' else str(a)])
        cases.append(['pct', fmt, enc, result])

    ints = [0, 1, -1, 5, 42, -42, 255, -255, 65, 1234567, 2**64, -(2**70), 0x10FFFF, 0x110000, 10**30]
    floats = [0.0, -0.0, 1.0, -1.5, 2.5, 0.5, 1.5, 1234.5678, 1e-5, 1e16, 1e100, 5e-324, math.inf, -math.inf, math.nan, 1 / 3]
    strs = ['', 'a', 'abc', 'héllo', "it's", 'x\ny', '日本']
    for _ in range(1800):
        flags = ''.join(R.sample('-+ #0', R.randint(0, 3)))
        width = R.choice(['', '', '1', '5', '12'])
        precision = R.choice(['', '', '.0', '.2', '.5', '.'])
        length = R.choice(['', '', '', 'l', 'h'])
        conv = R.choice('diouxXeEfFgGcrsa')
        fmt = '%' + flags + width + precision + length + conv
        kind = R.choice(['int', 'float', 'str'])
        if conv in 'oxX' and kind == 'float':
            kind = 'int'
        if conv in 'di' and kind == 'str':
            kind = 'int'
        if conv in 'eEfFgG' and kind == 'str':
            kind = 'float'
        if conv == 'c':
            kind = R.choice(['int', 'str'])
        v = {'int': R.choice(ints), 'float': R.choice(floats), 'str': R.choice(strs)}[kind]
        if conv == 'c' and kind == 'str':
            v = R.choice(['a', 'é', '😀', '', 'ab'])
        case(fmt, [v], [kind])
    for fmt, args, kinds in [('%%', [], []), ('%5%', [1], ['int']), ('%-5%', [1], ['int']), ('%y', [1], ['int']),
                             ('%é', [1], ['int']), ('%ll', [1], ['int']), ('%hd', [1], ['int']), ('%Ld', [1], ['int']),
                             ('%*d', [5, 1], ['int', 'int']), ('%*d', [-5, 1], ['int', 'int']),
                             ('%.*f', [2, 1.0], ['int', 'float']), ('%.*f', [-2, 1.0], ['int', 'float']),
                             ('%0*d', [5, 3], ['int', 'int']), ('%-*.*s', [6, 2, 'abcdef'], ['int', 'int', 'str']),
                             ('%.f', [1.5], ['float']), ('%.1000f', [1.0], ['float']), ('%.500d', [1], ['int']),
                             ('%#.0f', [1.0], ['float']), ('%#.0e', [1.0], ['float']), ('%#g', [1.0], ['float']),
                             ('%c', [0x110000], ['int']), ('%c', [-1], ['int']), ('%c', [2**70], ['int']),
                             ('%c', ['ab'], ['str']), ('%d', [10**5000], ['int']), ('%x', [10**5000], ['int']),
                             ('%.3f', [10**400], ['int']), ('%99999999999999999999d', [1], ['int']),
                             ('%.99999999999999999999d', [1], ['int']), ('%.3000000000d', [1], ['int']), ('%', [], []),
                             ('%(a', [], []), ('%5', [1], ['int']), ('%l', [1], ['int']), ('%-', [1], ['int']),
                             ('%.', [1], ['int']), ('%*', [1], ['int']), ('%.*', [1], ['int']), ('%#5.3x', [1], ['int']),
                             ('%  d', [1], ['int']), ('%+ d', [3], ['int']), ('% +d', [3], ['int']), ('%05s', ['ab'], ['str']),
                             ('%.0s', ['abc'], ['str']), ('%5.1s', ['abc'], ['str']), ('%05c', [65], ['int']),
                             ('%.0c', [65], ['int']), ('%-5c', ['é'], ['str']), ('%08.3f', [-1.5], ['float']),
                             ('%05f', [math.inf], ['float']), ('%-6f', [math.nan], ['float']), ('%F', [math.inf], ['float'])]:
        case(fmt, args, kinds)
    # Keys: the parser's part of "%(name)s".
    for fmt in ['%(a)s', '%(a)5d', '%(a(b))s', '%(a)(b)s', '%(a)', '%(a)%', '%(a)5%', '%(a)-#5x', '%()s']:
        def go():
            return fmt % {'a': 42, 'a(b)': 42, '': 42, 'b': 42}
        cases.append(['pct_key', fmt, run(go)])
    return cases


def repr_cases():
    cases = []
    pool = (list('abcXYZ019 ~') + ["'", '"', '\\', '\t', '\n', '\r', '\x00', '\x07', '\x1b', '\x7f', '\x80', '\x85',
                                     '\xa0', '\xad', 'é', 'ÿ', 'Ā', '\u0378', '\u200b', '\u2028', '\u3000', '日', '\ue000',
                                     '\ufeff', '\uffff', '😀', '\U000e0001', '\U0010ffff', '\U0001f600', '\u0300'])
    texts = ['', "'", '"', '\'"', "it's", 'say "hi"', '\\n']
    for _ in range(600):
        t = ''.join(R.choice(pool) for _ in range(R.randint(1, 8)))
        texts.append(t)
    for _ in range(300):
        c = R.randint(0x80, 0x10ffff)
        if 0xd800 <= c <= 0xdfff:
            continue
        texts.append(chr(c))
    for t in texts:
        cases.append(['repr', t, repr(t)])
        cases.append(['ascii', t, ascii(t)])
    return cases


write('ints.jsonl', int_cases())
write('int_parse.jsonl', parse_cases())
write('floats.jsonl', float_cases())
write('format.jsonl', format_cases())
write('percent.jsonl', percent_cases())
write('repr.jsonl', repr_cases())
