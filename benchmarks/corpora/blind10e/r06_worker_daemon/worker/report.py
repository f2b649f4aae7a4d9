import logging

report_log = logging.getLogger("worker.report")


def write_report(stats: dict) -> None:
    """Runs in a thread (asyncio.to_thread) once the queue is drained."""
    for key, value in sorted(stats.items()):
        report_log.info("%s=%s", key, value)
