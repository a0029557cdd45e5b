"""Time from posting a contact to its 2xx, over real HTTP on loopback.

    python benchmarks/bench_intake.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/test --posts 1000

Starts `careloop` (uvicorn, one process) on a free loopback port against a fresh schema, posts
N contacts one after another (a mix of channels, languages, new and threaded cases, some
redeliveries) and prints median, p95, p99 and max latency. The schema is dropped afterwards.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import threading
import time
from datetime import UTC, datetime, timedelta

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--patients", type=int, default=300)
    args = parser.parse_args()

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
        clinic = create_clinic(session=session, playbook_source=DEFAULT_PLAYBOOK_PATH.read_text())
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

    rng = random.Random(1)
    phones = [f"+1415{rng.randint(2000000, 9999999)}" for _ in range(args.patients)]
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    sent_ids: list[str] = []
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"Authorization": f"Bearer {key}"}) as client:
        client.get("/healthz")
        for index in range(args.posts):
            channel, _language, body_text = rng.choice(TEXTS)
            if sent_ids and rng.random() < 0.05:
                message_id = rng.choice(sent_ids)  # a webhook retry
            else:
                message_id = f"bench-{index}"
                sent_ids.append(message_id)
            phone = rng.choice(phones)
            sender = {"email": f"p{phone[-6:]}@example.org", "portal": f"user{phone[-6:]}",
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
            latencies.append((time.perf_counter() - started) * 1000)
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            if response.status_code >= 300:
                raise SystemExit(f"unexpected {response.status_code}: {response.text}")
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
    print(f"database: {'postgresql' if is_postgres else 'sqlite'}; posts: {len(latencies)}; statuses: {statuses}")
    print(f"post→2xx latency ms: median={statistics.median(latencies):.1f} p95={pct(95):.1f} "
          f"p99={pct(99):.1f} max={latencies[-1]:.1f}")


if __name__ == "__main__":
    main()
