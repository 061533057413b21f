"""Benchmarks (``nox -s bench`` / ``python -m specfirst bench``): not tests, numbers for the README.

Each suite (a module here with a ``run(calls)`` function, listed in :data:`cli.SUITES`) returns
:class:`report.Row` objects; the command prints them and merges them into ``reports/bench.json``,
replacing only the rows of the suites it ran, so a new suite is one module and one line in ``SUITES``.
"""
