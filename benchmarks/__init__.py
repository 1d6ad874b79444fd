"""Benchmarks: the real bot under many concurrent chats, against the fakes, over HTTP.

`python -m benchmarks` (or `make bench`) prints figures and PASS/FAIL per goal; it is a
report, not a test, and always exits 0. See `benchmarks/__main__.py` for the flags.
"""
