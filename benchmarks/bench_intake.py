"""Time from posting a contact to its 2xx, over real HTTP on loopback; intake throughput.

    python benchmarks/bench_intake.py --posts 1000                      # latency, one client
    python benchmarks/bench_intake.py --posts 2000 --clients 4 --workers 2   # throughput with the worker running

Starts the app (uvicorn, one process) on a free loopback port against a fresh PostgreSQL schema,
posts N contacts (a mix of channels, languages, new and threaded cases, some redeliveries) from
C concurrent clients and prints latency percentiles and contacts/s. With --workers W it also
runs W `careloop worker` processes delivering the first responses to a webhook receiver on
loopback, as production would. The schema is dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import uvicorn
from sqlalchemy import text

from careloop import migrate
from careloop.app import create_app
from careloop.clinics.service import create_clinic
from careloop.db import Database
from careloop.playbook import DEFAULT_PLAYBOOK_PATH
from careloop.settings import Settings
from careloop.staff import service as staff_service

TEXTS = [
    ("sms", "en", "can i get a refill of my lisinopril pls"),
    ("sms", "es", "hola necesito una cita para mi hijo la semana que viene"),
    ("email", "en", "Hello, I was billed twice for my visit on the 3rd. Can someone look into it? Thanks"),
    ("portal", "en", "Are my blood test results back yet? Dr. said she'd call."),
    ("voicemail", "es", "hola habla Marta, este, quería cambiar mi cita del jueves, gracias"),
    ("sms", "en", "i have chest pain and my arm feels numb"),
    ("web_form", "en", "Visit type: new patient\nPreferred times: mornings"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Receiver(BaseHTTPRequestHandler):
    received = 0

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).received += 1
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--patients", type=int, default=300)
    parser.add_argument("--clients", type=int, default=1, help="concurrent posting clients")
    parser.add_argument("--workers", type=int, default=0, help="`careloop worker` processes delivering meanwhile")
    args = parser.parse_args()

    receiver = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    webhook_url = f"http://127.0.0.1:{receiver.server_address[1]}/careloop"

    schema = f"careloop_bench_{int(time.time())}"
    is_postgres = args.database_url.startswith("postgres")
    url = args.database_url
    if is_postgres:
        admin = Database(url)
        with admin.engine.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        admin.dispose()
        url = f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    database = Database(url)
    migrate.upgrade(database.engine)
    with database.session() as session:
        source = DEFAULT_PLAYBOOK_PATH.read_text().replace("url: null", f"url: {webhook_url}")
        clinic = create_clinic(session=session, playbook_source=source)
        integration = staff_service.create_integration(session=session, clinic_id=clinic.id, name="bench")
        key = staff_service.issue_api_key(session=session, integration=integration)
        session.commit()
        slug = clinic.slug

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(
        create_app(settings=Settings(database_url=url), database=database), host="127.0.0.1", port=port,
        log_level="warning",
    ))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)

    worker_env = {**os.environ, "CARELOOP_DATABASE_URL": url, "CARELOOP_WEBHOOK_SECRET": "bench-secret"}
    workers = [
        subprocess.Popen([sys.executable, "-m", "careloop.cli", "worker", "--quiet", "--poll-seconds", "0.2"],
                         env=worker_env, stdout=subprocess.DEVNULL)
        for _ in range(args.workers)
    ]
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()

    def post_many(client_number: int, count: int) -> None:
        rng = random.Random(client_number)
        phones = [f"+1415{rng.randint(2000000, 9999999)}" for _ in range(args.patients // args.clients + 1)]
        sent_ids: list[str] = []
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"Authorization": f"Bearer {key}"},
                          timeout=60) as client:
            for index in range(count):
                channel, _language, body_text = rng.choice(TEXTS)
                if sent_ids and rng.random() < 0.05:
                    message_id = rng.choice(sent_ids)  # a webhook retry
                else:
                    message_id = f"bench-{client_number}-{index}"
                    sent_ids.append(message_id)
                phone = rng.choice(phones)
                sender = {"email": f"p{phone[-7:]}@example.org", "portal": f"user{phone[-7:]}",
                          "web_form": "web form"}.get(channel, phone)
                payload = {
                    "channel": channel, "sender": sender, "text": body_text,
                    "received_at": (datetime.now(UTC) - timedelta(seconds=1)).isoformat(),
                    "channel_message_id": f"{channel}-{message_id}",
                    "patient": {"phone": phone} if channel == "web_form" else None,
                }
                payload = {k: v for k, v in payload.items() if v is not None}
                started = time.perf_counter()
                response = client.post(f"/api/v1/clinics/{slug}/contacts", json=payload)
                elapsed = (time.perf_counter() - started) * 1000
                if response.status_code >= 300:
                    raise SystemExit(f"unexpected {response.status_code}: {response.text}")
                with lock:
                    latencies.append(elapsed)
                    statuses[response.status_code] = statuses.get(response.status_code, 0) + 1

    with httpx.Client(base_url=f"http://127.0.0.1:{port}") as warm:
        warm.get("/healthz")
    wall_started = time.perf_counter()
    threads = [threading.Thread(target=post_many, args=(n, args.posts // args.clients)) for n in range(args.clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - wall_started
    delivered_during = _Receiver.received
    for process in workers:
        process.terminate()
    for process in workers:
        process.wait(timeout=30)
    server.should_exit = True
    thread.join(timeout=10)
    database.dispose()
    if is_postgres:
        admin = Database(args.database_url)
        with admin.engine.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    latencies.sort()
    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(round(p / 100 * (len(latencies) - 1))))]
    print(f"database: {'postgresql' if is_postgres else 'sqlite'}; posts: {len(latencies)}; statuses: {statuses}; "
          f"clients: {args.clients}; worker processes: {args.workers}")
    print(f"throughput: {len(latencies) / wall:.0f} contacts/s; first responses delivered to the webhook "
          f"meanwhile: {delivered_during}")
    print(f"post→2xx latency ms: median={statistics.median(latencies):.1f} p95={pct(95):.1f} "
          f"p99={pct(99):.1f} max={latencies[-1]:.1f}")


if __name__ == "__main__":
    main()
