"""Post warnings to the operators' Matrix room."""
from __future__ import annotations

import json
import logging
import urllib.request


class MatrixHandler(logging.Handler):
    def __init__(self, homeserver: str, room_id: str, token: str) -> None:
        super().__init__(level=logging.WARNING)
        self.url = f"{homeserver}/_matrix/client/v3/rooms/{room_id}/send/m.room.message"
        self.token = token

    def emit(self, record: logging.LogRecord) -> None:
        body = json.dumps({"msgtype": "m.text", "body": self.format(record)}).encode()
        request = urllib.request.Request(
            self.url,
            data=body,
            headers={"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"},
            method="POST",
        )
        try:
            urllib.request.urlopen(request, timeout=5).close()
        except Exception:
            self.handleError(record)
