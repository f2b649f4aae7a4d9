"""Status endpoint used by the dashboard."""
import json
import logging

log = logging.getLogger("homed.api")


async def status(lights, temperature):
    body = json.dumps({"lights": {l.name: l.level for l in lights}, "temperature": temperature})
    log.info("status requested: %s", body)
    return body
