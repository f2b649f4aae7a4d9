import logging


class JobLogHandler(logging.Handler):
    """Appends each record to the job's build log, which is uploaded as an artifact."""

    def __init__(self, path: str):
        super().__init__()
        self.path = path
        self.setFormatter(logging.Formatter("%(asctime)s %(message)s"))

    def emit(self, record):
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(self.format(record) + "\n")
