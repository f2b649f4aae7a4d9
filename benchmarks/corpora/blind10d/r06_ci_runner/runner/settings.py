import os

LOG_DIR = "logs"
WORKSPACE = os.environ.get("CI_RUNNER_WORKSPACE", "workspace")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "plain"},
        "agent_file": {
            "class": "logging.handlers.RotatingFileHandler",
            "filename": "logs/agent.log",
            "maxBytes": 10485760,
            "backupCount": 3,
            "formatter": "plain",
        },
        "coordinator": {"class": "logging.handlers.SocketHandler", "host": "127.0.0.1", "port": 9020},
    },
    "loggers": {
        "runner": {"handlers": ["agent_file"], "level": "DEBUG"},
        "runner.api": {"handlers": ["coordinator"]},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
}
