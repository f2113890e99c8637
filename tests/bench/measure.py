#!/usr/bin/env python3
"""Run a command several times; print its wall time and peak memory.

Usage: tests/bench/measure.py [--runs N] [--stat best|median] [--timeout S] [--budget S]
                              [--out FILE] [--accept CODES] [--reserve-mib M] -- COMMAND...

Prints one line: `SECONDS PEAK_KIB RUNS CPU` (SECONDS is the best or the median wall time,
PEAK_KIB the largest peak resident set size over the runs, CPU the least user + system
seconds of a run: on a machine shared with other work, CPU time moves less than wall time), or `fail CODE` / `timeout` /
`memory-guard` when a run exits with a code outside --accept (default 0,1), outlives
--timeout, or is stopped because the machine's free memory fell below --reserve-mib. The wall time
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
import tempfile
import time

GNU_TIME = "/usr/bin/time"


def run_once(cmd, out_path, timeout, reserve_kib):
    """Returns (seconds, peak KiB, exit code or a reason string, CPU seconds)."""
    with tempfile.NamedTemporaryFile("r", prefix="measure-") as rss:
        wrapped = [GNU_TIME, "-f", "%M", "-o", rss.name] + cmd if os.access(GNU_TIME, os.X_OK) else cmd
        seconds, kib, code, cpu = run_plain(wrapped, out_path, timeout, reserve_kib)
        if wrapped is not cmd and isinstance(code, int):
            lines = rss.read().split()
            if lines and lines[-1].isdigit():
                kib = int(lines[-1])
    return seconds, kib, code, cpu


def mem_available_kib():
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1])
    return 1 << 60


def run_plain(cmd, out_path, timeout, reserve_kib):
    """Runs `cmd` in its own process group. A periodic SIGALRM (no thread: a thread here
    adds milliseconds to every fork) kills the group when it outlives `timeout` or, with
    `reserve_kib`, when the machine's MemAvailable falls below it (a shared machine)."""
    with open(out_path, "wb") as out, open(os.devnull, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, start_new_session=True)
        stopped = []

        def check(signum, frame):
            why = None
            if time.perf_counter() - start > timeout:
                why = "timeout"
            elif reserve_kib and mem_available_kib() < reserve_kib:
                why = "memory-guard"
            if why and not stopped:
                stopped.append(why)
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass

        previous = signal.signal(signal.SIGALRM, check)
        signal.setitimer(signal.ITIMER_REAL, 0.1, 0.1)
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0, 0)
            signal.signal(signal.SIGALRM, previous)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    # wait4's usage includes the children the process waited for (the command under time).
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, usage.ru_maxrss, stopped[0] if stopped else proc.returncode, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--stat", choices=["best", "median"], default="best")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--budget", type=float, default=float("inf"))
    parser.add_argument("--out", default=os.devnull)
    parser.add_argument("--accept", default="0,1")
    parser.add_argument("--reserve-mib", type=int, default=0,
                        help="kill the run when the machine's MemAvailable drops below this")
    parser.add_argument("cmd", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    accept = {int(c) for c in args.accept.split(",")}
    times, cpus, peak, spent = [], [], 0, 0.0
    for _ in range(args.runs):
        try:
            seconds, kib, code, cpu = run_once(cmd, args.out, args.timeout, args.reserve_mib * 1024)
        except OSError as e:
            print("fail %s" % e.strerror.replace(" ", "_"))
            return 0
        if isinstance(code, str):
            print(code)
            return 0
        if code not in accept:
            print("fail %d" % code)
            return 0
        times.append(seconds)
        cpus.append(cpu)
        peak = max(peak, kib)
        spent += seconds
        if spent >= args.budget:
            break
    value = min(times) if args.stat == "best" else statistics.median(times)
    print("%.4f %d %d %.4f" % (value, peak, len(times), min(cpus)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
