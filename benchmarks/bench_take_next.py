"""Take-next latency with a million open cases on PostgreSQL.

    python benchmarks/bench_take_next.py --cases 1000000 --clinics 50 --takes 2000 --workers 4

Loads N open cases across the clinics (COPY), then has several staff members press "take next"
concurrently over real HTTP on loopback (and, separately, calls the service directly), and prints
median / p95 / p99. The schema is dropped afterwards.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import sys
import threading
import time
from pathlib import Path

import httpx
import uvicorn

sys.path.insert(0, str(Path(__file__).parent))

from bulk_cases import NOW, load_open_cases, make_world, queues_of  # noqa: E402

from careloop.app import create_app  # noqa: E402
from careloop.cases import actions  # noqa: E402
from careloop.cases.actions import Actor  # noqa: E402
from careloop.clinics.models import Clinic  # noqa: E402
from careloop.labels import Role  # noqa: E402
from careloop.settings import Settings  # noqa: E402
from careloop.staff.service import Principal  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(name: str, values: list[float]) -> None:
    print(f"{name}: n={len(values)} median={statistics.median(values):.2f} ms "
          f"p95={percentile(values, 95):.2f} ms p99={percentile(values, 99):.2f} ms max={max(values):.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--clinics", type=int, default=50)
    parser.add_argument("--takes", type=int, default=2000, help="take-next presses in all")
    parser.add_argument("--workers", type=int, default=4, help="staff pressing at the same time")
    args = parser.parse_args()

    world = make_world(args.database_url, clinics=args.clinics, staff_per_clinic=args.workers)
    try:
        seconds = load_open_cases(world, total=args.cases, due_fraction=0.0, now=NOW)
        print(f"loaded {args.cases} open cases across {args.clinics} clinics in {seconds:.1f} s")
        rng = random.Random(2)
        queues = queues_of(world)

        # 1. The service call itself (one process, sequential).
        service_ms: list[float] = []
        with world.database.session() as session:
            clinics = {c.id: c for c in session.query(Clinic).all()}
        for _ in range(min(args.takes, 1000)):
            clinic_id = rng.choice(world.clinic_ids)
            staff_id, _key = rng.choice(world.staff_keys[clinic_id])
            actor = Actor(principal=Principal(actor=f"staff:{staff_id}", display_name="bench",
                                              roles_by_clinic={clinic_id: Role.MANAGER}, staff_id=staff_id),
                          role=Role.MANAGER, clinic=clinics[clinic_id])
            with world.database.session() as session:
                started = time.perf_counter()
                case = actions.take_next(session=session, actor=actor, queue=rng.choice(queues))
                service_ms.append((time.perf_counter() - started) * 1000)
                assert case is not None
        report("take-next service call (sequential)", service_ms)

        # 2. Over HTTP, several staff pressing at once.
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(settings=Settings(database_url=world.database.url),
                                                          database=world.database),
                                               host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        http_ms: list[float] = []
        taken: list[int] = []
        lock = threading.Lock()
        slugs = {cid: clinics[cid].slug for cid in world.clinic_ids}

        def press(worker: int) -> None:
            local_rng = random.Random(worker)
            clinic_id = world.clinic_ids[worker % len(world.clinic_ids)]
            _staff, key = world.staff_keys[clinic_id][worker % len(world.staff_keys[clinic_id])]
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"Authorization": f"Bearer {key}"},
                              timeout=30) as client:
                for _ in range(args.takes // args.workers):
                    queue = local_rng.choice(queues)
                    started = time.perf_counter()
                    response = client.post(f"/api/v1/clinics/{slugs[clinic_id]}/queues/{queue.value}/take-next")
                    elapsed = (time.perf_counter() - started) * 1000
                    response.raise_for_status()
                    with lock:
                        http_ms.append(elapsed)
                        if response.json()["case"]:
                            taken.append(response.json()["case"]["id"])

        threads = [threading.Thread(target=press, args=(w,)) for w in range(args.workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        server.should_exit = True
        thread.join(timeout=10)
        report(f"take-next over HTTP ({args.workers} staff at once)", http_ms)
        print(f"distinct cases taken: {len(set(taken))} of {len(taken)} presses that got one")
    finally:
        world.drop()


if __name__ == "__main__":
    main()
