# The float presentation types e, f, g, % and none, at several precisions.
for v in (0.0, 1.0, -1.5, 123.456, 1e-5, 1e16, 123456789.0, 0.1, 2.5, 1 / 3):
    print(f"{v!r:>22} | {v:e} | {v:.3f} | {v:g} | {v:.2g} | {v:} | {v:.1%} | {v:.10}")
