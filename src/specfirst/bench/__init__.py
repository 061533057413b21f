"""Benchmarks (``nox -s bench`` / ``python -m specfirst bench``): not tests, numbers for the README.

Suites: ``mock_throughput`` (the served mock vs Prism, driven by wrk with ``mix.lua``; servers in
``servers.py``), ``contract_throughput`` (schemathesis cases/s vs generation only), ``regeneration``,
``client_overhead``. Each is a module with a ``run(...)`` returning :class:`report.Row` objects, listed in
:data:`cli.SUITES`; the command prints ONE table of every row and merges them into ``reports/bench.json``,
replacing only the rows of the suites it ran, so a new suite is one module and one line in ``SUITES``.
"""
