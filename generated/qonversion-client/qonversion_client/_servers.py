"""The servers of qonversion-v4.yaml (written by specfirst.generate from the spec; do not edit)."""

SERVER_URL = "https://api.qonversion.io/v4"
SERVER_VARIABLES: dict[str, str] = {}
