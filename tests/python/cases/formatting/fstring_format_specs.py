# Format specs in f-strings: width, alignment, fill, sign, zero padding, grouping, precision, types.
v = 1234.5678
i = 42
s = "abc"
print(f"[{i:5}] [{i:<5}] [{i:^5}] [{i:>5}] [{i:*^7}] [{i:05}] [{-i:05}]")
print(f"[{s:5}] [{s:>5}] [{s:^6}] [{s:.2}] [{s:-<6.1}]")
print(f"[{v:.2f}] [{v:10.1f}] [{v:<10.3f}] [{v:,.2f}] [{v:_.1f}] [{v:+.0f}] [{-v: .1f}]")
print(f"[{v:e}] [{v:.2E}] [{v:g}] [{v:.3g}] [{v:%}] [{0.256:.1%}]")
print(f"[{i:b}] [{i:o}] [{i:x}] [{i:X}] [{i:#b}] [{i:#o}] [{i:#x}] [{i:08b}] [{i:#010x}]")
print(f"[{i:d}] [{i:n}] [{i:c}] [{i:,}] [{1234567:,}] [{1234567:_}] [{0xFFFFFFFF:_x}]")
print(f"[{i:+}] [{-i:+}] [{i: }] [{-i: }] [{i:=+6}] [{-i:=6}]")
print(f"[{3.0:.0f}] [{0.5:.0f}] [{1.5:.0f}] [{2.675:.2f}] [{1e-7:f}] [{1e-7}]")
print(f"[{True:d}] [{True}] [{True:>6}] [{None!s:>6}]")
print(f"[{123.0:g}] [{1e100:g}] [{0.0001:g}] [{0.00001:g}] [{1e16:.0f}]")
print(f"[{12345.6789:.3}] [{12345.6789:.8}] [{float('inf'):f}] [{float('nan'):>5}]")
