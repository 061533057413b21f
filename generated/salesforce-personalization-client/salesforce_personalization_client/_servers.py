"""The servers of salesforce-personalization.yaml (written by specfirst.generate from the spec; do not edit)."""

SERVER_URL = "https://{myDomain}.my.salesforce.com/services/data/v{apiVersion}"
SERVER_VARIABLES: dict[str, str] = {"myDomain": "MyDomainName", "apiVersion": "65.0"}
