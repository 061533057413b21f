"""Spec publishing: bundled specs, offline HTML reference, client packages, changelog, version gate.

:func:`.release.publish` (``python -m specfirst publish``, ``nox -s publish``) writes a release folder;
the version policy lives in :mod:`.gate` and runs alone too (``python -m specfirst.publish.gate``).
Nothing is imported here, so ``python -m specfirst.publish.gate`` runs its module once.
"""
