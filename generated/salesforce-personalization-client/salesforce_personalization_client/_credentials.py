"""The credentials of salesforce-personalization.yaml (written by specfirst.generate from the spec; do not edit)."""

NON_PRODUCTION_HOST_SUFFIXES: tuple[str, ...] = (
    ".sandbox.my.salesforce.com",
    ".scratch.my.salesforce.com",
    ".develop.my.salesforce.com",
)
"""Host suffixes of servers that hold no production data."""
