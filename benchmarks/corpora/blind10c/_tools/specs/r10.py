REPO = "r10_chat_relay"
TITLE = ("IRC <-> Matrix relay (new_event_loop + run_until_complete) with no file handler on root: a StreamHandler subclass and a SocketHandler kept in a module-level dict "
         "and attached to root in a loop over a literal tuple of keys; propagate=False loggers with a custom webhook Handler (urllib), a FileHandler, and a NullHandler; "
         "a logger kept in a dict; a coroutine whose first call goes to the NullHandler logger. A sync replay console script and a sync `__main__` demo block with basicConfig(stream=...).")
PROGRAMS = [
    ("python3 -m relay.main", "module relay.main",
     "relay/main.py (new_event_loop + run_until_complete) -> relay/logconfig.py -> relay/webhook.py; relay/metrics.py, relay/bridge.py -> relay/alerts.py, relay/history.py; relay/irc.py (main block not run), relay/matrix.py. "
     "Root: ColorStreamHandler (StreamHandler subclass) + SocketHandler. 'relay.alerts': WebhookHandler (HTTP), propagate=False. 'relay.history': FileHandler, propagate=False. 'relay.metrics': NullHandler, propagate=False."),
    ("relay  (console script relay.main:main)", None, "same program."),
    ("relay-replay  (console script relay.replay:main)", "module relay.replay", "sync, no event loop: basicConfig(filename='replay.log'); imports relay/irc.py."),
    ("python3 -m relay.irc", "module relay.irc", "sync demo block: basicConfig(stream=sys.stdout)."),
]
FINDINGS = [
    ("relay/logconfig.py", "root.addHandler(HANDLERS[name])", "ASL103", "attaches the ColorStreamHandler and SocketHandler from the HANDLERS dict to root in a loop over the literal tuple ('console', 'collector')"),
    ("relay/logconfig.py", "alerts.addHandler(WebhookHandler(", "ASL103", "custom Handler whose emit does an HTTP request, on 'relay.alerts'; notify_admins logs through it"),
    ("relay/logconfig.py", "history.addHandler(logging.FileHandler(", "ASL103", "FileHandler on 'relay.history' (propagate=False); history.record logs through it"),
    ("relay/main.py", 'log.info("relay starting")', "ASL102", "run: 'relay' -> root ColorStreamHandler + SocketHandler, no file handler"),
    ("relay/irc.py", 'log.info("connecting to %s"', "ASL102", "IrcClient.connect: 'relay.irc' -> root stream + socket handlers"),
    ("relay/irc.py", 'log.info("<%s> %s"', "ASL102", "IrcClient.on_privmsg -> root stream + socket handlers"),
    ("relay/bridge.py", 'LOGGERS["bridge"].info(', "ASL102", "Bridge.forward: logger kept in a dict ('relay.bridge') -> root stream + socket handlers"),
    ("relay/history.py", 'hlog.info("%s\\t%s\\t%s"', "ASL101", "record: 'relay.history' (propagate=False) -> its FileHandler"),
    ("relay/alerts.py", 'logging.getLogger("relay.alerts").warning(', "ASL102", "notify_admins: 'relay.alerts' (propagate=False) -> WebhookHandler, network I/O"),
    ("relay/matrix.py", 'log.warning("no room mapped', "ASL102", "MatrixClient.send: first *reaching* call ('relay.matrix' -> root); the metrics.info before it reaches only a NullHandler"),
]
MUST_NOT = [
    ("relay/matrix.py", 'metrics.info("send to %s"', "no ASL101/ASL102", "'relay.metrics' (imported from relay.metrics): NullHandler, propagate=False; send is reported at its next call instead"),
    ("relay/metrics.py", 'metrics.info("relayed=%d"', "no ASL101/ASL102", "tick logs only to 'relay.metrics'"),
    ("relay/logconfig.py", "metrics.addHandler(logging.NullHandler())", "no ASL103", "NullHandler"),
    ("relay/irc.py", 'log.info("joined %s"', "not reported by default", "second reaching call in IrcClient.connect"),
    ("relay/irc.py", "logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)", "no ASL103", "sync `__main__` demo block"),
    ("relay/replay.py", "logging.basicConfig(filename=", "no ASL103", "sync console script"),
]
CUSTOM_KINDS = {"WebhookHandler": "net"}
