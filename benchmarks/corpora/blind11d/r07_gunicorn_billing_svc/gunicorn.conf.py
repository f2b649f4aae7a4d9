# gunicorn -c gunicorn.conf.py
import multiprocessing
import os

wsgi_app = "svc.app:app"
bind = os.environ.get("BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "uvicorn.workers.UvicornWorker"
timeout = 60
graceful_timeout = 30
keepalive = 5

accesslog = "/var/log/billing/access.log"
errorlog = "-"
loglevel = "info"

logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(process)d %(name)s %(levelname)s %(message)s",
        },
    },
    "handlers": {
        "syslog": {
            "class": "logging.handlers.SysLogHandler",
            "address": ["logs.internal", 514],
            "facility": "local3",
            "formatter": "json",
        },
        "cloudwatch_tasks": {
            "class": "watchtower.CloudWatchLogHandler",
            "log_group_name": "billing",
            "log_stream_name": "tasks-{machine_name}",
            "formatter": "json",
        },
        "cloudwatch_ledger": {
            "class": "watchtower.CloudWatchLogHandler",
            "log_group_name": "billing-ledger",
            "log_stream_name": "ledger",
            "use_queues": False,
            "formatter": "json",
        },
    },
    "root": {"handlers": ["syslog"], "level": "INFO"},
    "loggers": {
        "svc.tasks": {"handlers": ["cloudwatch_tasks"], "level": "INFO", "propagate": False},
        "svc.ledger": {"handlers": ["cloudwatch_ledger"], "level": "INFO", "propagate": False},
    },
}


def post_fork(server, worker):
    server.log.info("worker %s spawned", worker.pid)
