REPO = "r07_homeauto_daemon"
TITLE = ("Home-automation daemon run as a package `__main__` (new_event_loop + run_until_complete): `root.handlers = [...]` with an app subclass of "
         "WatchedFileHandler plus a SysLogHandler; a propagate=False 'homed.mqtt' logger with a custom Handler whose emit sends UDP datagrams; "
         "a `LoggingMixin.logger` property with an f-string name; a namespace sub-package (homed/devices, no `__init__.py`) and a top-level plugins/ folder "
         "without `__init__.py`, both imported inside a coroutine; a sync self-test console script and a sync `__main__` demo block with basicConfig(filename=...).")
PROGRAMS = [
    ("python3 -m homed", "module homed",
     "homed/__main__.py -> homed/daemon.py (new_event_loop + run_until_complete) -> homed/api.py, homed/mqtt.py, homed/config.py, homed/logsetup.py -> homed/mqttlog.py; "
     "inside run(): homed/devices/lights.py -> homed/mixins.py, plugins/thermostat.py. Root: DaemonLogHandler (WatchedFileHandler subclass) + SysLogHandler (UDP). 'homed.mqtt': MqttLogHandler (UDP), propagate=False."),
    ("homed  (console script homed.daemon:main)", None, "same program."),
    ("homed-selftest  (console script homed.selftest:main)", "call homed.selftest:main",
     "sync, no event loop; basicConfig(filename='selftest.log'); imports homed/config.py and homed/devices/lights.py."),
    ("python3 -m homed.devices.simulator", "module homed.devices.simulator", "sync demo block: basicConfig(filename='simulator.log')."),
]
FINDINGS = [
    ("homed/logsetup.py", "root.handlers = [file_handler, syslog]", "ASL103", "assigns DaemonLogHandler (a WatchedFileHandler subclass) and a SysLogHandler to root; the daemon's coroutines log through root"),
    ("homed/logsetup.py", "mqtt_logger.addHandler(MqttLogHandler(", "ASL103", "custom Handler whose emit does socket I/O, on 'homed.mqtt'; mqtt.publish / subscribe_loop log through it"),
    ("homed/daemon.py", 'log.info("homed starting', "ASL101", "run: 'homed' -> root DaemonLogHandler (file wins over syslog)"),
    ("homed/devices/lights.py", 'self.logger.info("on at', "ASL101", "Light.turn_on: LoggingMixin.logger -> getLogger(f'homed.devices.{name}') -> root file handler; module in a folder without __init__.py, imported inside run()"),
    ("homed/devices/lights.py", 'self.logger.info("off (was', "ASL101", "Light.turn_off: same"),
    ("plugins/thermostat.py", 'log.info("polling %d readings"', "ASL101", "poll: 'homed.plugins.thermostat' -> root file handler; plugins/ has no __init__.py, imported inside run()"),
    ("homed/api.py", 'log.info("status requested', "ASL101", "status: 'homed.api' -> root file handler"),
    ("homed/mqtt.py", 'log.info("publish %s %s"', "ASL102", "publish: 'homed.mqtt' (propagate=False) -> MqttLogHandler, network I/O, no file handler"),
    ("homed/mqtt.py", 'log.info("received %s %s"', "ASL102", "subscribe_loop: 'homed.mqtt' -> MqttLogHandler"),
]
MUST_NOT = [
    ("plugins/thermostat.py", 'log.info("%.1f below target', "not reported by default", "second reaching call in poll"),
    ("homed/selftest.py", "logging.basicConfig(filename=", "no ASL103", "sync console script, no event loop"),
    ("homed/devices/simulator.py", 'logging.basicConfig(filename="simulator.log"', "no ASL103", "sync `__main__` demo block"),
]
CUSTOM_KINDS = {"MqttLogHandler": "net"}
