#!/usr/bin/env python3
"""A local SMTP server for the tests (aiosmtpd, from Debian): listens on 127.0.0.1 on a free port,
writes each message it is given as a numbered .eml file into DIR with its envelope recipients on the
first line, prints "ready PORT" and runs until it is stopped. With "read DIR" it prints the messages
kept there as JSON instead, decoded by Python's own email parser: to, subject, body."""
import json
import os
import socket
import sys
import time


def serve(directory):
    from aiosmtpd.controller import Controller

    class Keep:
        count = 0

        async def handle_DATA(self, server, session, envelope):
            Keep.count += 1
            path = os.path.join(directory, "%04d.eml" % Keep.count)
            with open(path, "wb") as f:
                f.write((",".join(envelope.rcpt_tos) + "\n").encode())
                f.write(envelope.original_content or envelope.content)
            return "250 Message accepted for delivery"

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    controller = Controller(Keep(), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready %d" % port, flush=True)
    try:
        while True:
            time.sleep(1)
    finally:
        controller.stop()


def read(directory):
    import email
    from email import policy

    messages = []
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".eml"):
            continue
        with open(os.path.join(directory, name), "rb") as f:
            rcpt = f.readline().decode().strip()
            message = email.message_from_bytes(f.read(), policy=policy.default)
        messages.append({
            "rcpt": rcpt,
            "to": str(message["To"]),
            "from": str(message["From"]),
            "subject": str(message["Subject"]),
            "body": message.get_content().replace("\r\n", "\n"),
        })
    print(json.dumps(messages, ensure_ascii=False))


if __name__ == "__main__":
    if sys.argv[1] == "read":
        read(sys.argv[2])
    else:
        serve(sys.argv[1])
