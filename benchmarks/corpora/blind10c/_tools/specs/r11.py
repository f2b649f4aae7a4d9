REPO = "r11_metrics_agent"
TITLE = ("CLEAN. Host metrics agent (package `__main__` / console script, asyncio.run) that calls basicConfig(handlers=[RotatingFileHandler, StreamHandler]) and then, "
         "before the loop starts, moves every root handler behind a QueueHandler in a removeHandler loop (QueueListener owns them); a propagate=False exporter logger "
         "with a NullHandler; a second async program (bench) that configures no logging; a CI script with basicConfig(filename=...); a dead 0.x transport module with a "
         "SocketHandler; a sync `__main__` demo block with basicConfig(filename=...) in a collector module.")
PROGRAMS = [
    ("python3 -m agent", "module agent",
     "agent/__main__.py -> agent/core.py (asyncio.run) -> agent/config.py, agent/exporter.py, agent/collectors/__init__.py, cpu.py, disk.py (main block not run), agent/logs.py. "
     "setup(): basicConfig(handlers=[RotatingFileHandler, StreamHandler]), then the handlers are removed from root and given to a QueueListener; root keeps only a QueueHandler. 'agent.exporter': NullHandler, propagate=False."),
    ("metrics-agent  (console script agent.core:main)", None, "same program."),
    ("python3 -m agent.bench", "module agent.bench", "agent/bench.py (asyncio.run) -> the collectors. No handler anywhere."),
    ("python3 ci/check_config.py", "script ci/check_config.py", "sync CI script, no event loop: basicConfig(filename='ci-check.log'); imports agent/config.py."),
    ("python3 -m agent.collectors.disk", "module agent.collectors.disk", "sync demo block: basicConfig(filename='disk-demo.log')."),
]
FINDINGS = []
MUST_NOT = [
    ("agent/logs.py", "logging.basicConfig(", "no ASL103", "its handlers are moved behind the QueueHandler (owned by the QueueListener) before asyncio.run; no coroutine meets them"),
    ("agent/logs.py", "root.addHandler(logging.handlers.QueueHandler(log_queue))", "no ASL103", "QueueHandler"),
    ("agent/core.py", 'log.info("agent up', "no ASL101/ASL102", "root holds only the QueueHandler when the loop runs"),
    ("agent/collectors/cpu.py", 'self.log.info("load', "no ASL101/ASL102", "queued root (agent) / no handler (bench)"),
    ("agent/collectors/disk.py", 'self.log.info("root filesystem', "no ASL101/ASL102", "queued root (agent) / no handler (bench)"),
    ("agent/collectors/disk.py", 'logging.basicConfig(filename="disk-demo.log"', "no ASL103", "sync `__main__` demo block"),
    ("agent/exporter.py", 'log.info("pushed', "no ASL101/ASL102", "NullHandler, propagate=False"),
    ("ci/check_config.py", "logging.basicConfig(filename=", "no ASL103", "sync CI script"),
    ("agent/old_transport.py", 'logging.getLogger("agent").addHandler(_collector)', "no ASL103", "dead module: nothing imports it"),
    ("agent/old_transport.py", 'logging.getLogger("agent.transport").info(', "no ASL102", "coroutine of a dead module"),
]
