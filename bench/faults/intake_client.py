#!/usr/bin/env python3
"""Intake client for the fault scripts: sends complaints with Idempotency-Keys and keeps a journal.

  burst  --base URL --journal FILE --first N --count M [--workers W] [--stop-when-gone]
         sends complaints first..first+count-1 (one distinct ID number each, so none are merged),
         W at a time; every answer (or error) is one JSON line in the journal. With --stop-when-gone a
         worker stops at its first connection error (the service was killed).
  retry  --base URL --journal FILE
         sends every key of the journal again, with the same body, as a client that did not get (or
         does not trust) its answer would; prints JSON counts: same case as the first 201, new 201 for
         keys whose first attempt failed, and anything else.
  one    --base URL --seq N --key K   sends one complaint and prints
         "status caseNumber Retry-After content-type seconds error" ("-" for none).
  verify --journal FILE --db-dir DIR
         compares the journal (and its .retry answers) with what the database holds (files written by
         the bash script: complaints.txt, instances.txt, keys.txt, acks.txt) and prints JSON counts.
"""
import argparse, json, sys, threading, time, urllib.error, urllib.request


def body(seq):
    return json.dumps({
        "channel": "ONLINE",
        "complainant": {"name": "测试%d" % seq, "idNumber": "110101%011d1" % seq,
                        "phone": "13800138000", "email": "t%d@example.com" % seq},
        "respondent": {"unit": "朝阳支行", "staffName": "李四"},
        "businessLine": "INSURANCE", "category": "CLAIM_DISPUTE",
        "request": "要求全额赔付", "facts": "理赔申请提交一个月未获答复 #%d" % seq,
        "claimedAmount": 1200.00, "flags": [], "jointComplainants": 1,
    }, ensure_ascii=False).encode("utf-8")


def key_of(seq):
    return "fault-%09d" % seq


def post(base, seq, key, timeout=30):
    req = urllib.request.Request(base + "/api/complaints", data=body(seq), method="POST", headers={
        "Content-Type": "application/json", "Idempotency-Key": key})
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            answer = json.loads(r.read() or b"{}")
            return r.status, answer.get("caseNumber"), None, time.monotonic() - t0, dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, None, e.read()[:300].decode("utf-8", "replace"), time.monotonic() - t0, dict(e.headers)
    except Exception as e:  # connection refused/reset, timeout: the outcome is unknown to the client
        return None, None, type(e).__name__ + ": " + str(e)[:200], time.monotonic() - t0, {}


def burst(a):
    lock = threading.Lock()
    seqs = iter(range(a.first, a.first + a.count))
    out = open(a.journal, "a", buffering=1)

    def worker():
        while True:
            with lock:
                seq = next(seqs, None)
            if seq is None:
                return
            status, case, err, secs, _ = post(a.base, seq, key_of(seq))
            with lock:
                out.write(json.dumps({"seq": seq, "key": key_of(seq), "status": status, "case": case,
                                      "ms": round(secs * 1000), "err": err, "at": time.time()}) + "\n")
            if status is None and a.stop_when_gone:
                return

    threads = [threading.Thread(target=worker) for _ in range(a.workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    out.close()


def read_journal(path):
    first = {}
    for line in open(path):
        e = json.loads(line)
        first.setdefault(e["key"], e)
    return first


def retry(a):
    first = read_journal(a.journal)
    counts = {"keys": len(first), "answered_201_before": 0, "same_case": 0, "different_case": 0,
              "unknown_before_now_201": 0, "not_201_now": 0, "replayed_header": 0}
    problems = []
    for key, e in sorted(first.items()):
        status, case, err, _, headers = post(a.base, e["seq"], key)
        if headers.get("Idempotent-Replayed") == "true":
            counts["replayed_header"] += 1
        if e["status"] == 201:
            counts["answered_201_before"] += 1
            if status == 201 and case == e["case"]:
                counts["same_case"] += 1
            else:
                counts["different_case"] += 1
                problems.append((key, e["case"], status, case, err))
        elif status == 201:
            counts["unknown_before_now_201"] += 1
        else:
            counts["not_201_now"] += 1
            problems.append((key, e["status"], status, case, err))
        with open(a.journal + ".retry", "a") as out:
            out.write(json.dumps({"key": key, "status": status, "case": case}) + "\n")
    counts["problems"] = problems[:10]
    print(json.dumps(counts))


def one(a):
    status, case, err, secs, headers = post(a.base, a.seq, a.key, timeout=a.timeout)
    h = {k.lower(): v for k, v in headers.items()}
    print(status, case or "-", h.get("retry-after", "-"), h.get("content-type", "-").split(";")[0],
          round(secs, 2), (err or "").replace(" ", "_")[:80] or "-")


def rows(path):
    return [line.rstrip("\n").split("|") for line in open(path) if line.strip()]


def verify(a):
    first = read_journal(a.journal)
    final = {}
    try:
        for line in open(a.journal + ".retry"):
            e = json.loads(line)
            final[e["key"]] = e
    except FileNotFoundError:
        pass
    answered = {k: e["case"] for k, e in first.items() if e["status"] == 201}
    complaints = [r[0] for r in rows(a.db_dir + "/complaints.txt")]
    instances = {r[0]: int(r[1]) for r in rows(a.db_dir + "/instances.txt")}
    keys = {r[0]: r[1] for r in rows(a.db_dir + "/keys.txt")}
    acks = {r[0]: int(r[1]) for r in rows(a.db_dir + "/acks.txt")}
    cset = set(complaints)
    c = {
        "answered_201": len(answered),
        "answered_201_in_ledger": sum(1 for case in answered.values() if case in cset),
        "answered_201_with_one_running_instance": sum(1 for case in answered.values() if instances.get(case) == 1),
        "answered_201_key_maps_to_same_case": sum(1 for k, case in answered.items() if keys.get(k) == case),
        "complaints": len(complaints),
        "complaints_distinct": len(cset),
        "complaints_with_exactly_one_instance": sum(1 for case in cset if instances.get(case) == 1),
        "instances": sum(instances.values()),
        "instances_without_complaint": sum(1 for case in instances if case not in cset),
        "idempotency_keys": len(keys),
        "keys_sent": len(first),
        "keys_final_201": sum(1 for e in final.values() if e["status"] == 201),
        "complaints_with_exactly_one_acknowledgement": sum(1 for case in cset if acks.get(case) == 1),
    }
    ok = (c["answered_201"] > 0
          and c["answered_201_in_ledger"] == c["answered_201"]
          and c["answered_201_with_one_running_instance"] == c["answered_201"]
          and c["answered_201_key_maps_to_same_case"] == c["answered_201"]
          and c["complaints"] == c["complaints_distinct"] == c["complaints_with_exactly_one_instance"]
          and c["instances"] == c["complaints"] and c["instances_without_complaint"] == 0
          and c["idempotency_keys"] == c["complaints"]
          and (not final or c["keys_final_201"] == c["keys_sent"] == c["complaints"])
          and c["complaints_with_exactly_one_acknowledgement"] == c["complaints"])
    c["ok"] = ok
    print(json.dumps(c))
    return 0 if ok else 1


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("burst")
    b.add_argument("--base", required=True); b.add_argument("--journal", required=True)
    b.add_argument("--first", type=int, default=1); b.add_argument("--count", type=int, required=True)
    b.add_argument("--workers", type=int, default=4); b.add_argument("--stop-when-gone", action="store_true")
    r = sub.add_parser("retry")
    r.add_argument("--base", required=True); r.add_argument("--journal", required=True)
    o = sub.add_parser("one")
    o.add_argument("--base", required=True); o.add_argument("--seq", type=int, required=True)
    o.add_argument("--key", required=True); o.add_argument("--timeout", type=float, default=30)
    v = sub.add_parser("verify")
    v.add_argument("--journal", required=True); v.add_argument("--db-dir", required=True)
    a = p.parse_args()
    return {"burst": burst, "retry": retry, "one": one, "verify": verify}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
