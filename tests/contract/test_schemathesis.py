"""The packaged contract suite (``specfirst.contract.suite``) against both mocks in-process, in this test run."""

from specfirst.contract.suite import *  # noqa: F403
