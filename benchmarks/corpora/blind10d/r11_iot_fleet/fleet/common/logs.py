import logging
import logging.handlers
import os

FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def make_file_handler(service: str, log_dir: str = "logs") -> logging.handlers.RotatingFileHandler:
    os.makedirs(log_dir, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        os.path.join(log_dir, f"{service}.log"), maxBytes=20_000_000, backupCount=5
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


def make_telemetry_handler(host: str = "127.0.0.1", port: int = 9021) -> logging.handlers.DatagramHandler:
    """Telemetry records are pickled and sent to the metrics collector over UDP."""
    return logging.handlers.DatagramHandler(host, port)
