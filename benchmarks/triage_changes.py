"""What a triage change does to every labelled message (run by hand, before committing one).

    python benchmarks/triage_changes.py --save before.json      # on the old code
    python benchmarks/triage_changes.py --against before.json   # on the new code

Runs triage over the hand-written cases, every holdout round and ../shared/triage/dev.jsonl
(when present), and saves or compares category, urgency, language, confidence, review flag,
red flags and reasons per message. Comparing prints each message whose category or urgency
moved, marked BETTER / WORSE / SAME against its label, safety losses first (an emergency no
longer an emergency, a same-day message left routine), and a count per field. A speed
change must compare as "no change"; a retrained urgency model must lose no emergency and
leave no urgent message routine (tests/triage/data/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "triage" / "data"
DEV = ROOT.parent / "shared" / "triage" / "dev.jsonl"
FIELDS = ("category", "urgency", "language", "confidence", "needs_review", "red_flags", "reasons")


def labelled_files() -> list[Path]:
    files = sorted(DATA.glob("*.jsonl"))
    return files + ([DEV] if DEV.exists() else [])


def run() -> tuple[dict[str, list], dict[str, dict]]:
    from careloop.triage import triage

    outputs: dict[str, list] = {}
    labels: dict[str, dict] = {}
    for path in labelled_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            key = f"{path.name}:{row['id']}"
            result = triage(row["text"], row.get("channel"))
            outputs[key] = [
                result.category.value,
                result.urgency.value,
                result.language.value,
                round(float(result.confidence), 6),
                result.needs_review,
                sorted([flag.rule, flag.urgency.value, flag.start, flag.end] for flag in result.red_flags),
                list(result.reasons),
            ]
            labels[key] = row
    return outputs, labels


def compare(before: dict[str, list], after: dict[str, list], labels: dict[str, dict]) -> int:
    moved: list[tuple[str, str]] = []
    changed = dict.fromkeys(FIELDS, 0)
    lost_emergencies = lost_urgent = 0
    for key, old in before.items():
        new = after.get(key)
        if new is None:
            continue
        for name, old_value, new_value in zip(FIELDS, old, new):
            changed[name] += old_value != new_value
        if old[:2] == new[:2]:
            continue
        row = labels[key]
        hits_before = (old[0] == row["category"]) + (old[1] == row["urgency"])
        hits_after = (new[0] == row["category"]) + (new[1] == row["urgency"])
        tag = "BETTER" if hits_after > hits_before else "WORSE" if hits_after < hits_before else "SAME"
        if row["urgency"] == "emergency" and old[1] == "emergency" and new[1] != "emergency":
            tag, lost_emergencies = "LOST EMERGENCY", lost_emergencies + 1
        elif row["urgency"] != "routine" and old[1] != "routine" and new[1] == "routine":
            tag, lost_urgent = "LOST URGENT", lost_urgent + 1
        text = " ".join(row["text"].split())[:140]
        moved.append((tag, f"{tag} {key} label {row['category']}/{row['urgency']}: {old[0]}/{old[1]} -> {new[0]}/{new[1]} | {text}"))
    order = {"LOST EMERGENCY": 0, "LOST URGENT": 1, "WORSE": 2, "SAME": 3, "BETTER": 4}
    for _, line in sorted(moved, key=lambda item: order[item[0]]):
        print(line)
    print(f"{len(before)} messages compared; changed per field: {changed}")
    tags = [tag for tag, _ in moved]
    print(
        f"moved: {tags.count('BETTER')} better, {tags.count('WORSE')} worse, {tags.count('SAME')} same; "
        f"emergencies lost: {lost_emergencies}; same-day messages left routine: {lost_urgent}"
    )
    return 1 if lost_emergencies or lost_urgent else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write this code's results here")
    group.add_argument("--against", type=Path, help="compare this code's results with a saved run")
    args = parser.parse_args()
    outputs, labels = run()
    if args.save:
        args.save.write_text(json.dumps(outputs), encoding="utf-8")
        print(f"saved {len(outputs)} results to {args.save}")
        return
    try:
        before = json.loads(args.against.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        sys.exit(f"{args.against}: cannot read a saved run ({exc})")
    sys.exit(compare(before, outputs, labels))


if __name__ == "__main__":
    main()
