import logging

from worker.handlers import SlackWebhookHandler, console_handler, file_handler


def setup_logging(cfg) -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in (file_handler(cfg.log_file), console_handler()):
        root.addHandler(handler)
    logging.getLogger("worker.alerts").addHandler(SlackWebhookHandler(cfg.alert_spool, url=cfg.slack_url))
    report = logging.getLogger("worker.report")
    report.addHandler(logging.FileHandler(cfg.report_file))
    report.propagate = False
