class AuditTrail:
    """In-process audit trail for the admin export. Not stdlib logging: entries stay in a list."""

    def __init__(self):
        self.entries = []

    def info(self, msg, *args):
        self.entries.append(msg % args)
