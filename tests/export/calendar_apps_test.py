#!/usr/bin/env python3
"""The samples' deadlines, exported as iCalendar, in real calendar programs.

    calendar_apps_test.py VBTRACK SOURCE_DIR

Ingests the samples' Word files into a throwaway store, then:
  1. calcurse imports `vbtrack export --format ics` (`calcurse -i`, as a user
     would): every deadline is a to-do with its summary, its description a note.
     calcurse keeps no due date and no UID for to-dos, so it can check neither.
  2. vdirsyncer subscribes to `vbtrack serve`'s /deadlines.ics (an "http"
     storage, the way a CLI user subscribes to a feed) into a folder that
     todoman lists: every deadline with its summary and due date; recurring
     ones with their rule. Then one more document is ingested and every file
     re-ingested with --reprocess; after a second sync nothing is duplicated
     and the first sync's UIDs are all still there.
The expected values come from the exported records by the rules the export
promises, written out again here, and two of them from samples/*/gold.json
checked by hand.

Exit 77 (skipped) when calcurse, todoman or vdirsyncer is missing.
"""
import datetime
import json
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def run(*args, **kwargs):
    kwargs.setdefault("check", True)
    return subprocess.run(list(map(str, args)), capture_output=True, text=True, **kwargs)


def expected_todos(records):
    """summary -> (due date or None, month_day or None) for every deadline of `records`, as the export
    promises: the summary is "number_symbol: task" (the deadline's words without a task), the due date the
    computed `due`, else an absolute deadline's date; a relative one whose event has no date has none."""
    todos = {}
    for record in records:
        for d in record["deadlines"]:
            what = d["task"] or d["text"]
            summary = f"{record['number_symbol']}: {what}" if record["number_symbol"] else what
            # A recurring deadline's `due` is its first occurrence: the series starts there.
            due = d["due"] or (d["date"] if d["kind"] == "absolute" else None)
            todos[summary] = (due, d["month_day"] if d["kind"] == "recurring" else None)
    return todos


def check_calcurse(ics, expected, work):
    data, conf = work / "calcurse-data", work / "calcurse-conf"
    data.mkdir()
    conf.mkdir()
    report = run("calcurse", "-D", data, "-C", conf, "-i", ics).stdout
    print("calcurse -i:", " ".join(report.split()))
    check(f"{len(expected)} todos / 0 skipped" in report, f"calcurse imported other than {len(expected)} todos: {report}")
    todo_lines = (data / "todo").read_text(encoding="utf-8").splitlines()
    shown = run("calcurse", "-D", data, "-C", conf, "-t").stdout
    for summary in expected:
        check(sum(line.endswith(" " + summary) for line in todo_lines) == 1, f"calcurse has not exactly one to-do {summary!r}")
        check(summary in shown, f"calcurse -t does not show {summary!r}")
    notes = [p.read_text(encoding="utf-8") for p in (data / "notes").iterdir()]
    check(len(notes) == len(expected), f"calcurse kept {len(notes)} notes for {len(expected)} descriptions")
    check(all("Thời hạn: \"" in note for note in notes), "a calcurse note lacks the deadline's own words")


class Server:
    """`vbtrack serve --port 0` in the background; .url is its base address."""

    def __init__(self, vbtrack, store):
        self.process = subprocess.Popen([vbtrack, "serve", "--port", "0", "--store", store],
                                        stderr=subprocess.PIPE, text=True)
        line = self.process.stderr.readline()
        start = line.find("http://")
        if start < 0:
            self.process.kill()
            raise RuntimeError(f"vbtrack serve said: {line!r}")
        self.url = line[start:].split("/api")[0]

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=10)


def sync_and_list(vdirsyncer_conf, todoman_conf):
    run("vdirsyncer", "-c", vdirsyncer_conf, "sync")
    return json.loads(run("todoman", "--config", todoman_conf, "--porcelain", "list", "--status", "ANY").stdout)


def vdir_uids(folder):
    uids = []
    for item in folder.glob("*.ics"):
        for line in item.read_text(encoding="utf-8").splitlines():
            if line.startswith("UID:"):
                uids.append(line[4:])
    return uids


def check_listed(listed, expected, folder, when):
    by_summary = {}
    for todo in listed:
        by_summary.setdefault(todo["summary"], []).append(todo)
    check(len(listed) == len(expected), f"{when}: todoman lists {len(listed)} to-dos for {len(expected)} deadlines")
    for summary, (due, month_day) in expected.items():
        found = by_summary.get(summary, [])
        check(len(found) == 1, f"{when}: todoman lists {len(found)} to-dos {summary!r}")
        if len(found) != 1:
            continue
        shown = found[0]["due"]
        shown = datetime.datetime.fromtimestamp(shown, datetime.timezone.utc).date().isoformat() if shown else None
        check(shown == due, f"{when}: todoman shows {summary!r} due {shown}, expected {due}")
    dated = sum(1 for todo in listed if todo["due"])
    print(f"{when}: todoman lists {len(listed)} to-dos, {dated} with a due date; {len(expected)} deadlines expected")
    uids = vdir_uids(folder)
    check(len(uids) == len(set(uids)), f"{when}: a UID appears twice in the synced folder")
    return uids


def check_feed(vbtrack, store, docx, expected_first, expected_all, work):
    tasks = work / "tasks"
    tasks.mkdir()
    (work / "vdirsyncer-status").mkdir()
    server = Server(vbtrack, store)
    try:
        conf = work / "vdirsyncer.conf"
        conf.write_text(f"""[general]
status_path = "{work}/vdirsyncer-status/"

[pair vbtrack]
a = "vbtrack_feed"
b = "vbtrack_local"
collections = null
conflict_resolution = "a wins"

[storage vbtrack_feed]
type = "http"
url = "{server.url}/deadlines.ics"

[storage vbtrack_local]
type = "filesystem"
path = "{work}/tasks/"
fileext = ".ics"
""")
        (work / "todoman.py").write_text(f'path = "{work}/tasks"\ndate_format = "%Y-%m-%d"\n'
                                         f'cache_path = "{work}/todoman-cache.sqlite"\n')
        run("vdirsyncer", "-c", conf, "discover")
        first_uids = check_listed(sync_and_list(conf, work / "todoman.py"), expected_first, tasks, "first sync")
        # The same deadlines re-extracted, and one more document: the calendar updates, it does not duplicate.
        run(vbtrack, "ingest", *docx, "--store", store, "--reprocess", check=False)
        later_uids = check_listed(sync_and_list(conf, work / "todoman.py"), expected_all, tasks, "after re-ingest")
        check(set(first_uids) <= set(later_uids), "re-ingesting changed the UIDs of deadlines already synced")
        recurring = [s for s, (_, month_day) in expected_all.items() if month_day]
        for item in tasks.glob("*.ics"):
            text = item.read_text(encoding="utf-8")
            if "RRULE:" in text:
                check("DTSTART;VALUE=DATE:" in text and "DUE;VALUE=DATE:" in text,
                      f"{item.name}: a recurring to-do without DTSTART and DUE as dates")
        check(sum("RRULE:" in p.read_text(encoding="utf-8") for p in tasks.glob("*.ics")) == len(recurring),
              f"the synced folder has not one RRULE per recurring deadline ({len(recurring)})")
    finally:
        server.stop()


def main():
    vbtrack, source = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    missing = [tool for tool in ("calcurse", "todoman", "vdirsyncer") if not shutil.which(tool)]
    if missing:
        print(f"SKIPPED: {', '.join(missing)} not installed: run scripts/install-deps.sh (apt-get install {' '.join(missing)})")
        return SKIP
    os.environ["TZ"] = "UTC"  # todoman gives a date's midnight in local time as a Unix time
    docx = sorted((source / "samples").glob("*/*.docx"))
    if len(docx) < 2:
        print("FAIL: no sample .docx files in", source / "samples")
        return 1
    work = pathlib.Path(tempfile.mkdtemp(prefix="vbtrack-calendar-apps-"))
    try:
        store = f"sqlite:{work}/store.db"
        later = [p for p in docx if "qd1234" not in p.name]  # ingested first; the decision joins later
        run(vbtrack, "ingest", *later, "--store", store, check=False)
        first_records = [json.loads(line) for line in run(vbtrack, "export", "--format", "jsonl", "--store", store).stdout.splitlines()]
        check(len(first_records) == len(later), f"{len(first_records)} records for {len(later)} files")
        expected_first = expected_todos(first_records)

        # What the feed must hold after the second ingest: the same rules over every sample, in a second store.
        full_store = f"sqlite:{work}/full.db"
        run(vbtrack, "ingest", *docx, "--store", full_store, check=False)
        full_records = [json.loads(line) for line in run(vbtrack, "export", "--format", "jsonl", "--store", full_store).stdout.splitlines()]
        expected_all = expected_todos(full_records)

        # Two deadlines checked by hand against samples/qd1234-ubnd-nghean-2024/gold.json (issued 15/05/2024):
        # "trước ngày 10/6/2024" and "trước ngày 05 hằng tháng", whose first 5th after 15/05/2024 is 05/06/2024.
        by_text = {(r["number_symbol"], d["text"]): d for r in full_records for d in r["deadlines"]}
        check(any(ns == "1234/QĐ-UBND" and "10/6/2024" in t for ns, t in by_text), "no 10/6/2024 deadline in 1234/QĐ-UBND")
        monthly = [s for s, (due, md) in expected_all.items() if md == "*-05"]
        check(len(monthly) == 1 and expected_all[monthly[0]][0] == "2024-06-05",
              f"the monthly 5th of 1234/QĐ-UBND is not due 2024-06-05 first: {[expected_all[m] for m in monthly]}")

        ics = work / "deadlines.ics"
        run(vbtrack, "export", "--format", "ics", "--store", full_store, "--out", ics)
        check_calcurse(ics, expected_all, work)
        check_feed(vbtrack, store, docx, expected_first, expected_all, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(failures)} check(s) failed" if failures else "calendar apps: all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
