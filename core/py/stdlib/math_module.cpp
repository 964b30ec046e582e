// The `math` module with CPython's semantics and messages: floats in, floats out, a ValueError
// "math domain error" where the result is not a real number (sqrt(-1), log(0)) and an OverflowError
// "math range error" where it is too large; floor/ceil/trunc give ints; the integer functions
// (factorial, gcd, lcm, comb, perm, isqrt) work on ints of any size; log() takes ints past the
// float range; fsum() is exact (Shewchuk's algorithm, as CPython's).
#include "py/bigint.hpp"
#include "py/floats.hpp"
#include "py/stdlib/native.hpp"
#include "py/stdlib/native_util.hpp"

#include <cfloat>
#include <cmath>
#include <numbers>

namespace revlab::py {

namespace {

[[noreturn]] void domain_error(Interp& I) {
    I.value_error("math domain error");
}
[[noreturn]] void range_error(Interp& I) {
    I.raise("OverflowError", "math range error");
}

// A real number argument: an int, a float, or an object with __float__.
double real(Interp& I, const Value& v) {
    const Value& b = builtin_self(v);
    if (b.is_float() || I.is_int(b) || I.hasattr(v, "__float__") || I.hasattr(v, "__index__"))
        return I.to_float(v, "argument");
    I.type_error("must be real number, not " + I.type_name(v));
}

// An integer argument (int, bool, or __index__).
BigInt integer(Interp& I, const Value& v) {
    if (std::optional<BigInt> b = I.big(v)) return *b;
    if (I.hasattr(v, "__index__")) {
        Value r = I.call_method(v, "__index__", {});
        if (std::optional<BigInt> b = I.big(r)) return *b;
    }
    I.type_error("'" + I.type_name(v) + "' object cannot be interpreted as an integer");
}

Value make_int(Interp& I, const BigInt& v) {
    return I.integer(v);
}

template <class F> BigInt guarded(Interp& I, F f) {
    try {
        return f();
    } catch (const NumberError& e) {
        I.number_error(e);
    }
}

// ---- functions of one float, as CPython's math_1: NaN from a non-NaN is a domain error, an
// infinity from a finite argument a range error (or a domain error for the functions that only
// reach infinity at a pole).
struct Unary {
    const char* name;
    double (*f)(double);
    bool can_overflow;
};

double m_sqrt(double x) {
    return std::sqrt(x);
}
double m_exp(double x) {
    return std::exp(x);
}
double m_exp2(double x) {
    return std::exp2(x);
}
double m_expm1(double x) {
    return std::expm1(x);
}
double m_sin(double x) {
    return std::isinf(x) ? NAN : std::sin(x);
}
double m_cos(double x) {
    return std::isinf(x) ? NAN : std::cos(x);
}
double m_tan(double x) {
    return std::isinf(x) ? NAN : std::tan(x);
}
double m_asin(double x) {
    return std::asin(x);
}
double m_acos(double x) {
    return std::acos(x);
}
double m_atan(double x) {
    return std::atan(x);
}
double m_sinh(double x) {
    return std::sinh(x);
}
double m_cosh(double x) {
    return std::cosh(x);
}
double m_tanh(double x) {
    return std::tanh(x);
}
double m_asinh(double x) {
    return std::asinh(x);
}
double m_acosh(double x) {
    return std::acosh(x);
}
double m_atanh(double x) {
    return std::fabs(x) >= 1 ? NAN : std::atanh(x);
}
double m_fabs(double x) {
    return std::fabs(x);
}
double m_erf(double x) {
    return std::erf(x);
}
double m_erfc(double x) {
    return std::erfc(x);
}
double m_cbrt(double x) {
    return std::cbrt(x);
}
double m_log1p(double x) {
    return x <= -1 ? NAN : std::log1p(x);
}
double m_gamma(double x) {
    if (std::isinf(x)) return x > 0 ? x : NAN;
    if (x == std::floor(x) && x <= 0) return NAN; // the poles
    return std::tgamma(x);
}
double m_lgamma(double x) {
    if (std::isinf(x)) return HUGE_VAL;
    if (x == std::floor(x) && x <= 0) return NAN;
    return std::lgamma(x);
}
double m_degrees(double x) {
    return x * (180.0 / std::numbers::pi);
}
double m_radians(double x) {
    return x * (std::numbers::pi / 180.0);
}

constexpr Unary kUnary[] = {
    {"sqrt", m_sqrt, false},       {"exp", m_exp, true},       {"exp2", m_exp2, true},
    {"expm1", m_expm1, true},      {"sin", m_sin, false},      {"cos", m_cos, false},
    {"tan", m_tan, false},         {"asin", m_asin, false},    {"acos", m_acos, false},
    {"atan", m_atan, false},       {"sinh", m_sinh, true},     {"cosh", m_cosh, true},
    {"tanh", m_tanh, false},       {"asinh", m_asinh, false},  {"acosh", m_acosh, false},
    {"atanh", m_atanh, false},     {"fabs", m_fabs, false},    {"erf", m_erf, false},
    {"erfc", m_erfc, false},       {"cbrt", m_cbrt, false},    {"log1p", m_log1p, false},
    {"gamma", m_gamma, true},      {"lgamma", m_lgamma, true}, {"degrees", m_degrees, true},
    {"radians", m_radians, false},
};

Value unary(Interp& I, const Value&, CallArgs& args, const Value& data) {
    const Unary& u = kUnary[data.as_int()]; // data: the function's index in kUnary
    Args a(I, args, u.name, {"x", "/"});
    const double x = real(I, a[0]);
    const double r = u.f(x);
    if (std::isnan(r) && !std::isnan(x)) domain_error(I);
    if (std::isinf(r) && std::isfinite(x)) {
        if (u.can_overflow) range_error(I);
        domain_error(I);
    }
    return Value::floating(r);
}

// ---- logarithms: ints past the float range are split as m * 2**e first.

double log_of(Interp& I, const Value& v, double (*f)(double)) {
    if (std::optional<BigInt> n = I.big(builtin_self(v))) {
        if (n->sign() <= 0) domain_error(I);
        try {
            return f(n->to_double());
        } catch (const NumberError&) {
            // past the float range: n = m * 2**e with m in [0.5, 1), as CPython's _PyLong_Frexp
            const std::size_t bits = n->bit_length();
            const BigInt top = BigInt::shift_right(*n, BigInt(static_cast<std::int64_t>(bits - 64)));
            const double m = std::ldexp(top.to_double(), -64);
            return f(m) + f(2.0) * static_cast<double>(bits);
        }
    }
    const double x = real(I, v);
    if (std::isnan(x)) return x;
    if (x <= 0) domain_error(I);
    return f(x);
}

double ln(double x) {
    return std::log(x);
}
double lg2(double x) {
    return std::log2(x);
}
double lg10(double x) {
    return std::log10(x);
}

Value math_log(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "log", {"x", "base=", "/"});
    const double num = log_of(I, a[0], ln);
    if (!a.has(1)) return Value::floating(num);
    const double den = log_of(I, a[1], ln);
    if (den == 0) I.raise("ZeroDivisionError", "float division by zero");
    return Value::floating(num / den);
}
Value math_log2(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "log2", {"x", "/"});
    return Value::floating(log_of(I, a[0], lg2));
}
Value math_log10(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "log10", {"x", "/"});
    return Value::floating(log_of(I, a[0], lg10));
}

// ---- rounding to ints

Value rounding(Interp& I, CallArgs& args, const char* name, const char* dunder, double (*round)(double)) {
    Args a(I, args, name, {"x", "/"});
    const Value& x = a[0];
    const Value& b = builtin_self(x);
    if (I.is_int(b) && !x.is(ObjType::Instance)) return b.is_bool() ? Value::integer(b.as_bool()) : b;
    if (!b.is_float() || x.is(ObjType::Instance))
        if (std::optional<Value> r = I.call_method_if(x, dunder, {})) return *r;
    if (!b.is_float() && !I.is_int(b)) {
        if (std::string(dunder) == "__trunc__")
            I.type_error("type " + I.type_name(x) + " doesn't define __trunc__ method");
    }
    const double d = real(I, x);
    return make_int(I, guarded(I, [&] { return BigInt::from_double(round(d)); }));
}

double d_floor(double x) {
    return std::floor(x);
}
double d_ceil(double x) {
    return std::ceil(x);
}
double d_trunc(double x) {
    return std::trunc(x);
}

Value math_floor(Interp& I, const Value&, CallArgs& args, const Value&) {
    return rounding(I, args, "floor", "__floor__", d_floor);
}
Value math_ceil(Interp& I, const Value&, CallArgs& args, const Value&) {
    return rounding(I, args, "ceil", "__ceil__", d_ceil);
}
Value math_trunc(Interp& I, const Value&, CallArgs& args, const Value&) {
    return rounding(I, args, "trunc", "__trunc__", d_trunc);
}

// ---- two floats

Value math_atan2(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "atan2", {"y", "x", "/"});
    return Value::floating(std::atan2(real(I, a[0]), real(I, a[1])));
}

Value math_copysign(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "copysign", {"x", "y", "/"});
    return Value::floating(std::copysign(real(I, a[0]), real(I, a[1])));
}

Value math_fmod(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "fmod", {"x", "y", "/"});
    const double x = real(I, a[0]), y = real(I, a[1]);
    if (std::isinf(y) && std::isfinite(x)) return Value::floating(x);
    const double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error(I);
    return Value::floating(r);
}

Value math_remainder(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "remainder", {"x", "y", "/"});
    const double x = real(I, a[0]), y = real(I, a[1]);
    if (std::isnan(x) || std::isnan(y)) return Value::floating(NAN);
    if (std::isinf(x) || y == 0) domain_error(I);
    if (std::isinf(y)) return Value::floating(x);
    return Value::floating(std::remainder(x, y));
}

Value math_pow(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "pow", {"x", "y", "/"});
    const double x = real(I, a[0]), y = real(I, a[1]);
    if (!std::isfinite(x) || !std::isfinite(y)) {
        if (std::isnan(x)) return Value::floating(y == 0 ? 1.0 : x);
        if (std::isnan(y)) return Value::floating(x == 1 ? 1.0 : y);
        return Value::floating(std::pow(x, y)); // C99's answers for infinities are Python's
    }
    if (x == 0 && y < 0) domain_error(I);
    if (x < 0 && y != std::floor(y)) domain_error(I);
    const double r = std::pow(x, y);
    if (std::isinf(r)) range_error(I);
    return Value::floating(r);
}

Value math_ldexp(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "ldexp", {"x", "i", "/"});
    const double x = real(I, a[0]);
    std::optional<BigInt> e = I.big(builtin_self(a[1]));
    if (!e) I.type_error("Expected an int as second argument to ldexp.");
    if (x == 0 || !std::isfinite(x)) return Value::floating(x);
    const std::int64_t exp = e->fits_int64() ? e->to_int64() : (e->is_negative() ? INT64_MIN : INT64_MAX);
    const int clamped = static_cast<int>(std::clamp<std::int64_t>(exp, -100000, 100000));
    const double r = std::ldexp(x, clamped);
    if (std::isinf(r)) range_error(I);
    return Value::floating(r);
}

Value math_frexp(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "frexp", {"x", "/"});
    const double x = real(I, a[0]);
    if (std::isnan(x) || std::isinf(x) || x == 0) return I.tuple({Value::floating(x), Value::integer(0)});
    int e = 0;
    const double m = std::frexp(x, &e);
    return I.tuple({Value::floating(m), Value::integer(e)});
}

Value math_modf(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "modf", {"x", "/"});
    const double x = real(I, a[0]);
    if (std::isinf(x)) return I.tuple({Value::floating(std::copysign(0.0, x)), Value::floating(x)});
    double ip = 0;
    const double fp = std::modf(x, &ip);
    return I.tuple({Value::floating(fp), Value::floating(ip)});
}

Value math_isfinite(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "isfinite", {"x", "/"});
    return Value::boolean(std::isfinite(real(I, a[0])));
}
Value math_isinf(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "isinf", {"x", "/"});
    return Value::boolean(std::isinf(real(I, a[0])));
}
Value math_isnan(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "isnan", {"x", "/"});
    return Value::boolean(std::isnan(real(I, a[0])));
}

Value math_isclose(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "isclose", {"a", "b", "$rel_tol", "$abs_tol"});
    const double x = real(I, a[0]), y = real(I, a[1]);
    const double rel = a.has(2) ? real(I, a[2]) : 1e-09;
    const double abs_tol = a.has(3) ? real(I, a[3]) : 0.0;
    if (rel < 0 || abs_tol < 0) I.value_error("tolerances must be non-negative");
    if (x == y) return Value::boolean(true);
    if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
    const double diff = std::fabs(y - x);
    return Value::boolean((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || diff <= abs_tol);
}

Value math_nextafter(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "nextafter", {"x", "y", "/"});
    return Value::floating(std::nextafter(real(I, a[0]), real(I, a[1])));
}

Value math_ulp(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "ulp", {"x", "/"});
    double x = real(I, a[0]);
    if (std::isnan(x)) return Value::floating(x);
    x = std::fabs(x);
    if (std::isinf(x)) return Value::floating(x);
    const double next = std::nextafter(x, HUGE_VAL);
    if (std::isinf(next)) return Value::floating(x - std::nextafter(x, -HUGE_VAL));
    return Value::floating(next - x);
}

// hypot(*coordinates) and dist(p, q): the Euclidean norm, scaled to avoid overflow; any infinity
// wins over a NaN, as in CPython.
double norm(const std::vector<double>& v) {
    double max = 0;
    bool nan = false;
    for (double x : v) {
        if (std::isinf(x)) return HUGE_VAL;
        if (std::isnan(x))
            nan = true;
        else
            max = std::max(max, std::fabs(x));
    }
    if (nan) return NAN;
    if (max == 0 || v.size() == 1) return max;
    if (v.size() == 2) return std::hypot(v[0], v[1]);
    long double sum = 0;
    for (double x : v) {
        const long double s = x / max;
        sum += s * s;
    }
    return static_cast<double>(max * std::sqrt(sum));
}

Value math_hypot(Interp& I, const Value&, CallArgs& args, const Value&) {
    if (!args.kw.empty()) I.type_error("hypot() takes no keyword arguments");
    std::vector<double> v;
    for (const Value& x : args.pos)
        v.push_back(real(I, x));
    return Value::floating(norm(v));
}

Value math_dist(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "dist", {"p", "q", "/"});
    const std::vector<Value> p = I.to_vector(a[0]), q = I.to_vector(a[1]);
    if (p.size() != q.size()) I.value_error("both points must have the same number of dimensions");
    std::vector<double> d;
    for (std::size_t k = 0; k < p.size(); ++k)
        d.push_back(real(I, p[k]) - real(I, q[k]));
    return Value::floating(norm(d));
}

// fsum: Shewchuk's exact partial sums, then the correctly rounded total (CPython's msum).
Value math_fsum(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "fsum", {"seq", "/"});
    std::vector<double> partials;
    double special = 0, inf_sum = 0;
    bool have_special = false;
    I.for_each(a[0], [&](const Value& item) {
        const double x = real(I, item);
        if (!std::isfinite(x)) {
            if (std::isinf(x)) inf_sum += x;
            special += x;
            have_special = true;
            return true;
        }
        double xv = x;
        std::size_t i = 0;
        for (double y : partials) {
            if (std::fabs(xv) < std::fabs(y)) std::swap(xv, y);
            const double hi = xv + y;
            const double lo = y - (hi - xv);
            if (lo != 0.0) partials[i++] = lo;
            xv = hi;
        }
        if (std::isinf(xv)) I.raise("OverflowError", "intermediate overflow in fsum");
        partials.resize(i);
        partials.push_back(xv);
        return true;
    });
    if (have_special) {
        if (std::isnan(inf_sum)) I.value_error("-inf + inf in fsum");
        return Value::floating(special);
    }
    double hi = 0;
    if (!partials.empty()) {
        std::size_t n = partials.size();
        hi = partials[--n];
        double lo = 0;
        while (n > 0) {
            const double x = hi;
            const double y = partials[--n];
            hi = x + y;
            const double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        // half-even rounding of the rest: make it right when it is exactly half an ulp
        if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
            const double y = lo * 2.0;
            const double x = hi + y;
            const double yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return Value::floating(hi);
}

// ---- integers

Value math_factorial(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "factorial", {"n", "/"});
    if (builtin_self(a[0]).is_float()) I.type_error("'float' object cannot be interpreted as an integer");
    const BigInt n = integer(I, a[0]);
    if (n.is_negative()) I.value_error("factorial() not defined for negative values");
    if (!n.fits_int64() || n.to_int64() > 100000)
        I.raise("OverflowError", "factorial() argument should not exceed 100000 in Revlab's sandbox");
    BigInt r(1);
    for (std::int64_t k = 2; k <= n.to_int64(); ++k) {
        r = guarded(I, [&] { return BigInt::mul(r, BigInt(k)); });
        I.step();
    }
    return make_int(I, r);
}

BigInt gcd2(BigInt a, BigInt b) {
    a = a.abs();
    b = b.abs();
    while (!b.is_zero()) {
        BigInt t = BigInt::mod(a, b);
        a = std::move(b);
        b = std::move(t);
    }
    return a;
}

Value math_gcd(Interp& I, const Value&, CallArgs& args, const Value&) {
    if (!args.kw.empty()) I.type_error("gcd() takes no keyword arguments");
    BigInt g(0);
    for (const Value& v : args.pos)
        g = gcd2(g, integer(I, v));
    return make_int(I, g);
}

Value math_lcm(Interp& I, const Value&, CallArgs& args, const Value&) {
    if (!args.kw.empty()) I.type_error("lcm() takes no keyword arguments");
    BigInt l(1);
    for (const Value& v : args.pos) {
        const BigInt n = integer(I, v).abs();
        if (n.is_zero() || l.is_zero()) {
            l = BigInt(0);
            continue;
        }
        l = guarded(I, [&] { return BigInt::mul(BigInt::floor_div(l, gcd2(l, n)), n); });
    }
    return make_int(I, l);
}

BigInt non_negative(Interp& I, const Value& v, const char* name) {
    const BigInt n = integer(I, v);
    if (n.is_negative()) I.value_error(std::string(name) + " must be a non-negative integer");
    return n;
}

// n! / (n-k)!, or that divided by k! (comb), one factor at a time.
Value falling(Interp& I, const BigInt& n, BigInt k, bool divide) {
    if (k > n) return Value::integer(0);
    if (divide && k > n - k) k = n - k;
    if (!k.fits_int64() || k.to_int64() > 1000000)
        I.raise("OverflowError", "the result is too large for Revlab's sandbox");
    BigInt r(1);
    for (std::int64_t i = 0; i < k.to_int64(); ++i) {
        r = guarded(I, [&] { return BigInt::mul(r, n - BigInt(i)); });
        if (divide) r = BigInt::floor_div(r, BigInt(i + 1));
        I.step();
    }
    return make_int(I, r);
}

Value math_comb(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "comb", {"n", "k", "/"});
    const BigInt n = non_negative(I, a[0], "n");
    const BigInt k = non_negative(I, a[1], "k");
    return falling(I, n, k, true);
}

Value math_perm(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "perm", {"n", "k=", "/"});
    const BigInt n = non_negative(I, a[0], "n");
    const BigInt k = a.has(1) && !a[1].is_none() ? non_negative(I, a[1], "k") : n;
    return falling(I, n, k, false);
}

Value math_isqrt(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "isqrt", {"n", "/"});
    const BigInt n = integer(I, a[0]);
    if (n.is_negative()) I.value_error("isqrt() argument must be nonnegative");
    if (n.is_zero()) return Value::integer(0);
    // Newton's iteration from above: x = (x + n // x) // 2 until it stops decreasing.
    BigInt x = BigInt::shift_left(BigInt(1), BigInt(static_cast<std::int64_t>((n.bit_length() + 1) / 2)));
    while (true) {
        BigInt y = BigInt::shift_right(x + BigInt::floor_div(n, x), BigInt(1));
        if (!(y < x)) break;
        x = std::move(y);
    }
    return make_int(I, x);
}

Value math_prod(Interp& I, const Value&, CallArgs& args, const Value&) {
    Args a(I, args, "prod", {"iterable", "/", "$start"});
    Value acc = a.get(1, Value::integer(1));
    I.for_each(a[0], [&](const Value& v) {
        acc = I.binary(Op::Mult, acc, v);
        return true;
    });
    return acc;
}

} // namespace

void register_math_module(Interp& I) {
    I.add_native_module("math", [](Interp& I2, ModuleObj& m) {
        DictObj& d = *m.dict;
        for (std::size_t k = 0; k < std::size(kUnary); ++k)
            d.set(I2, kUnary[k].name,
                  I2.builtin(kUnary[k].name, unary, Value(), Value::integer(static_cast<std::int64_t>(k))));
        const std::pair<const char*, NativeFn> functions[] = {
            {"log", math_log},
            {"log2", math_log2},
            {"log10", math_log10},
            {"floor", math_floor},
            {"ceil", math_ceil},
            {"trunc", math_trunc},
            {"atan2", math_atan2},
            {"copysign", math_copysign},
            {"fmod", math_fmod},
            {"remainder", math_remainder},
            {"pow", math_pow},
            {"ldexp", math_ldexp},
            {"frexp", math_frexp},
            {"modf", math_modf},
            {"isfinite", math_isfinite},
            {"isinf", math_isinf},
            {"isnan", math_isnan},
            {"isclose", math_isclose},
            {"nextafter", math_nextafter},
            {"ulp", math_ulp},
            {"hypot", math_hypot},
            {"dist", math_dist},
            {"fsum", math_fsum},
            {"factorial", math_factorial},
            {"gcd", math_gcd},
            {"lcm", math_lcm},
            {"comb", math_comb},
            {"perm", math_perm},
            {"isqrt", math_isqrt},
            {"prod", math_prod},
        };
        for (const auto& [name, fn] : functions)
            d.set(I2, name, I2.builtin(name, fn));
        d.set(I2, "pi", Value::floating(std::numbers::pi));
        d.set(I2, "e", Value::floating(std::numbers::e));
        d.set(I2, "tau", Value::floating(2 * std::numbers::pi));
        d.set(I2, "inf", Value::floating(HUGE_VAL));
        d.set(I2, "nan", Value::floating(NAN));
    });
}

} // namespace revlab::py
