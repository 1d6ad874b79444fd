"""The test kit: a fake Telegram Bot API (`fakebot`), the harness that runs the real bot
against it and the demo Trakt (`harness`), and the console's pieces: its button syntax
(`pointing`) and its screen, prompt and logs (`terminal`).

The console, the tests and the benchmarks use it; `python -m bot` (run, genkey,
rotate-keys) never imports it, and tests/test_layers.py keeps it so.
"""
