#!/usr/bin/env python3
"""Run a command several times; print its wall time and peak memory.

Usage: tests/bench/measure.py [--runs N] [--stat best|median] [--timeout S] [--budget S]
                              [--out FILE] [--accept CODES] -- COMMAND...

Prints one line: `SECONDS PEAK_KIB RUNS` (SECONDS is the best or the median wall time,
PEAK_KIB the largest peak resident set size over the runs), or `fail CODE` / `timeout` when
a run exits with a code outside --accept (default 0,1) or outlives --timeout. The wall time
is taken here (perf_counter around fork, exec and wait). Peak memory is the kernel's
ru_maxrss, as GNU time's %M reports it: the command runs under /usr/bin/time when that
exists, because ru_maxrss counts what the process held before exec, and a child forked from
this Python starts at ~15 MiB where one forked from GNU time starts at ~2 MiB. Without GNU
time the figure is wait4(2)'s, with that floor. The command's stdout goes to --out (default
/dev/null), its stderr to /dev/null. Runs stop early once --budget seconds are spent, so a
slow case is measured fewer times (the count is printed).
"""

import argparse
import os
import signal
import statistics
import subprocess
import sys
import threading
import tempfile
import time

GNU_TIME = "/usr/bin/time"


def run_once(cmd, out_path, timeout):
    """Returns (seconds, peak KiB, exit code or None on timeout)."""
    with tempfile.NamedTemporaryFile("r", prefix="measure-") as rss:
        wrapped = [GNU_TIME, "-f", "%M", "-o", rss.name] + cmd if os.access(GNU_TIME, os.X_OK) else cmd
        seconds, kib, code = run_plain(wrapped, out_path, timeout)
        if wrapped is not cmd and code is not None:
            lines = rss.read().split()
            if lines and lines[-1].isdigit():
                kib = int(lines[-1])
    return seconds, kib, code


def run_plain(cmd, out_path, timeout):
    with open(out_path, "wb") as out, open(os.devnull, "wb") as err:
        start = time.perf_counter()
        # Own process group, so a timeout kills GNU time and the command under it.
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, start_new_session=True)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss, None if timed_out.is_set() else proc.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stat", choices=["best", "median"], default="best")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--budget", type=float, default=float("inf"))
    parser.add_argument("--out", default=os.devnull)
    parser.add_argument("--accept", default="0,1")
    parser.add_argument("cmd", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    accept = {int(c) for c in args.accept.split(",")}
    times, peak, spent = [], 0, 0.0
    for _ in range(args.runs):
        try:
            seconds, kib, code = run_once(cmd, args.out, args.timeout)
        except OSError as e:
            print("fail %s" % e.strerror.replace(" ", "_"))
            return 0
        if code is None:
            print("timeout")
            return 0
        if code not in accept:
            print("fail %d" % code)
            return 0
        times.append(seconds)
        peak = max(peak, kib)
        spent += seconds
        if spent >= args.budget:
            break
    value = min(times) if args.stat == "best" else statistics.median(times)
    print("%.4f %d %d" % (value, peak, len(times)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
