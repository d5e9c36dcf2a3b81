#!/usr/bin/env python3
"""A local stand-in for Alibaba Cloud's SMS gateway (dysmsapi SendSms), for the tests.

    sms_gateway.py DIR SECRET     listens on 127.0.0.1 on a free port, prints "ready PORT"
    sms_gateway.py read DIR       prints the requests it accepted, as JSON

Every request's signature is checked the way the provider documents it for RPC calls, written here
with Python's own hmac and urllib (independent of the program's code): the parameters except
Signature sorted by name, each name and value percent-encoded as RFC 3986 says, joined with & and
=, then METHOD&%2F&<that, encoded again>, HMAC-SHA1 keyed with SECRET + "&", base64. A wrong
signature gets SignatureDoesNotMatch, a reused nonce SignatureNonceUsed, a missing parameter
MissingParameter, as the provider answers. Numbers listed in DIR/throttle get one
isv.BUSINESS_LIMIT_CONTROL answer each before they pass; numbers in DIR/refuse are always
isv.MOBILE_NUMBER_ILLEGAL. Accepted requests are kept in DIR as numbered JSON files."""
import base64
import hashlib
import hmac
import json
import os
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer

REQUIRED = ["AccessKeyId", "Action", "Format", "PhoneNumbers", "RegionId", "SignName",
            "SignatureMethod", "SignatureNonce", "SignatureVersion", "TemplateCode", "Timestamp",
            "Version"]


def encode(text):
    return urllib.parse.quote(text, safe="~")


def expected_signature(method, params, secret):
    canonical = "&".join(encode(k) + "=" + encode(v)
                         for k, v in sorted(params.items()) if k != "Signature")
    to_sign = method + "&" + encode("/") + "&" + encode(canonical)
    digest = hmac.new((secret + "&").encode(), to_sign.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def listed(directory, name):
    path = os.path.join(directory, name)
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [line.strip() for line in f if line.strip()]


def serve(directory, secret):
    nonces = set()
    throttled = set()
    count = [0]

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def answer(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json;charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def handle_request(self, method, query):
            params = dict(urllib.parse.parse_qsl(query, keep_blank_values=True, strict_parsing=False))
            missing = [p for p in REQUIRED if not params.get(p)]
            if missing or "Signature" not in params:
                return self.answer(400, {"Code": "MissingParameter",
                                         "Message": "missing " + ",".join(missing or ["Signature"])})
            if params["Signature"] != expected_signature(method, params, secret):
                return self.answer(400, {"Code": "SignatureDoesNotMatch",
                                         "Message": "Specified signature is not matched with our calculation."})
            if params["SignatureNonce"] in nonces:
                return self.answer(400, {"Code": "SignatureNonceUsed",
                                         "Message": "Specified signature nonce was used already."})
            nonces.add(params["SignatureNonce"])
            phone = params["PhoneNumbers"]
            if phone in listed(directory, "refuse"):
                return self.answer(200, {"Code": "isv.MOBILE_NUMBER_ILLEGAL",
                                         "Message": "illegal mobile number"})
            if phone in listed(directory, "throttle") and phone not in throttled:
                throttled.add(phone)
                return self.answer(200, {"Code": "isv.BUSINESS_LIMIT_CONTROL",
                                         "Message": "business limit control"})
            count[0] += 1
            params["_method"] = method
            with open(os.path.join(directory, "%04d.json" % count[0]), "w") as f:
                json.dump(params, f, ensure_ascii=False)
            return self.answer(200, {"Code": "OK", "Message": "OK", "BizId": "biz-%d" % count[0],
                                     "RequestId": "req-%d" % count[0]})

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            self.handle_request("POST", self.rfile.read(length).decode())

        def do_GET(self):
            self.handle_request("GET", urllib.parse.urlsplit(self.path).query)

    server = HTTPServer(("127.0.0.1", 0), Handler)
    print("ready %d" % server.server_address[1], flush=True)
    server.serve_forever()


def read(directory):
    requests = []
    for name in sorted(os.listdir(directory)):
        if name.endswith(".json"):
            with open(os.path.join(directory, name)) as f:
                requests.append(json.load(f))
    print(json.dumps(requests, ensure_ascii=False))


if __name__ == "__main__":
    if sys.argv[1] == "read":
        read(sys.argv[2])
    else:
        serve(sys.argv[1], sys.argv[2])
