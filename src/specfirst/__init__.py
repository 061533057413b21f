"""specfirst: the hand-written tooling around the OpenAPI specs in ``openapi/``.

Specs are the single source of truth; this package reads them to check them and to generate the
clients (and, through later modules, to serve mocks, run contracts and publish).
"""
