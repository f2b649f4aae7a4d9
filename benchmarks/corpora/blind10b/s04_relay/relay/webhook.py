"""Posts log records to a chat webhook."""
import json
import logging
import urllib.request


class WebhookHandler(logging.Handler):
    def __init__(self, url: str, timeout: float = 5.0) -> None:
        super().__init__(level=logging.WARNING)
        self.url = url
        self.timeout = timeout

    def emit(self, record: logging.LogRecord) -> None:
        if not self.url:
            return
        body = json.dumps({"content": self.format(record)}).encode()
        request = urllib.request.Request(self.url, data=body, headers={"Content-Type": "application/json"})
        try:
            urllib.request.urlopen(request, timeout=self.timeout).close()
        except Exception:
            self.handleError(record)
