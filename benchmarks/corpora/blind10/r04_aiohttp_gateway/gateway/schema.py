"""Request/response schemas of the public API."""
import json
import logging

log = logging.getLogger(__name__)

QUOTE_REQUEST = {"type": "object", "required": ["sku"], "properties": {"sku": {"type": "string"}}}


def validate_quote(payload):
    missing = [key for key in QUOTE_REQUEST["required"] if key not in payload]
    if missing:
        log.info("quote request missing %s", missing)
    return not missing


if __name__ == "__main__":
    logging.basicConfig(filename="schema-demo.log", level=logging.DEBUG)
    print(json.dumps(QUOTE_REQUEST, indent=2))
    print(validate_quote({}), validate_quote({"sku": "sku-1"}))
