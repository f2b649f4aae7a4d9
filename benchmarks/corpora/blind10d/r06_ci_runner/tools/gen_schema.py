"""Developer script: print the JSON schema of a pipeline definition."""
import dataclasses
import json
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from runner.jobs import Job  # noqa: E402


def main() -> None:
    logging.basicConfig(filename="gen_schema.log", level=logging.DEBUG)
    fields = {f.name: "string" if f.type in (str, "str") else "array" for f in dataclasses.fields(Job)}
    logging.debug("fields: %s", fields)
    print(json.dumps({"type": "object", "properties": {k: {"type": v} for k, v in fields.items()}}, indent=2))


if __name__ == "__main__":
    main()
