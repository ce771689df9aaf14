"""Benchmarks for the reader: a seeded scale corpus and the performance budget.

Run everything with ``python -m bench`` from the repository root
(``--quick`` for the small mode). Not part of the test suite: CI runs only
the quick smoke test in tests/test_bench.py.
"""
