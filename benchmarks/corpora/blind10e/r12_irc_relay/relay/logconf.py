import logging
import logging.handlers


def configure(collector_host: str, collector_port: int, channel_log: str) -> None:
    """Ship everything to the central collector; keep channel transcripts in a local file."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.handlers = [logging.handlers.SocketHandler(collector_host, collector_port)]
    transcript = logging.FileHandler(channel_log, encoding="utf-8")
    transcript.setFormatter(logging.Formatter("%(asctime)s %(name)s %(message)s"))
    for name in ("relay.channels", "relay.bridge"):
        logging.getLogger(name).addHandler(transcript)
