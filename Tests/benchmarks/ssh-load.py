#!/usr/bin/env python3
"""N visitors at once over SSH, each through a real pty (ssh -tt), answering a scripted story.

Called by Tests/benchmarks/ssh-load.sh, which starts the project's sshd set-up on 127.0.0.1.
Prints: time from connect to the first question (median, p99), answer-to-next-question latency
(median, p99), visitors that failed, and memory per visitor (sshd + intake, proportional set
size, so shared pages count once).

    ssh-load.py N USER PORT KEY SSHD-PID [THINK]

THINK: seconds a visitor waits before each answer (each wait drawn between half and one and a
half times it, with a fixed seed); 0, the default, answers at once, a burst no clinic makes.
"""
import os
import pty
import pwd
import random
import re
import select
import statistics
import subprocess
import sys
import threading
import time

ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\r")
# The language offer, then the answers of Transcripts/en/felony-probation-dui-wobbler.txt, then
# Enter on "when you are done", which ends the visit and the connection.
ANSWERS = ["1", "1", "1", "1", "30", "5", "felony", "no", "1", "1", "yes", "yes", "3", "no", ""]
# At most this many visitors logging in at once: the drop-in's PerSourceMaxStartups is 3, and
# every visitor here comes from 127.0.0.1.
CONNECTING_AT_ONCE = threading.Semaphore(3)
# No wait is longer than this.
LIMIT = 60.0


def percentile(values, share):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


class Visitor(threading.Thread):
    def __init__(self, command, all_in, lock, think, seed):
        super().__init__(daemon=True)
        self.think = think
        self.random = random.Random(seed)
        self.command = command
        self.all_in = all_in
        self.lock = lock
        self.first_question = None
        self.latencies = []
        self.error = None

    def read_until_prompt(self, fd, since):
        """Reads until the screen ends in a fresh '> ' prompt after `since` bytes."""
        deadline = time.monotonic() + LIMIT
        while time.monotonic() < deadline:
            text = ESCAPES.sub(b"", self.output)
            if len(text) > since and text.endswith(b"\n> ") and b"\n> " in text[since:]:
                return len(text)
            ready, _, _ = select.select([fd], [], [], 1.0)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    chunk = b""
                if not chunk:
                    raise RuntimeError("the connection closed before the next question")
                self.output += chunk
        raise RuntimeError("no question within %d s" % LIMIT)

    def run(self):
        master, slave = pty.openpty()
        self.output = b""
        try:
            with CONNECTING_AT_ONCE:
                started = time.monotonic()
                process = subprocess.Popen(self.command, stdin=slave, stdout=slave, stderr=slave, close_fds=True)
                os.close(slave)
                slave = None
                seen = self.read_until_prompt(master, 0)
                self.first_question = time.monotonic() - started
            # Everyone answers together once all are connected and memory was measured with N live.
            self.all_in.wait()
            self.all_in.wait()
            for answer in ANSWERS[:-1]:
                if self.think:
                    time.sleep(self.think * self.random.uniform(0.5, 1.5))
                sent = time.monotonic()
                os.write(master, answer.encode() + b"\r")
                seen = self.read_until_prompt(master, seen)
                self.latencies.append(time.monotonic() - sent)
            os.write(master, b"\r")
            process.wait(timeout=LIMIT)
        except Exception as error:  # any failure counts the visitor as failed
            self.error = str(error)
        finally:
            if slave is not None:
                os.close(slave)
            os.close(master)


def pss_kilobytes(pids):
    total = 0
    for pid in pids:
        try:
            with open("/proc/%d/smaps_rollup" % pid) as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def session_processes(user, listener):
    """The sshd processes serving connections (not the listener) and the user's intake processes."""
    uid = pwd.getpwnam(user).pw_uid
    out = subprocess.run(["ps", "-eo", "pid=,uid=,args="], capture_output=True, text=True).stdout
    pids = []
    for line in out.splitlines():
        pid, owner, args = line.strip().split(None, 2)
        if int(pid) == listener:
            continue
        if args.startswith("sshd: " + user) or (int(owner) == uid and "intake kiosk" in args):
            pids.append(int(pid))
    return pids


def main():
    count, user, port, key, listener = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    think = float(sys.argv[6]) if len(sys.argv) > 6 else 0.0
    command = ["ssh", "-tt", "-i", key, "-p", port, "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
               "-o", "BatchMode=yes", "-o", "ConnectTimeout=10", "-o", "LogLevel=ERROR", "%s@127.0.0.1" % user]
    all_in = threading.Barrier(count + 1, timeout=LIMIT * 4)
    lock = threading.Lock()
    visitors = [Visitor(command, all_in, lock, think, seed) for seed in range(count)]
    for visitor in visitors:
        visitor.start()
    try:
        all_in.wait()
        time.sleep(0.5)
        processes = session_processes(user, listener)
        memory = pss_kilobytes(processes)
        all_in.wait()
    except threading.BrokenBarrierError:
        processes, memory = [], 0
    for visitor in visitors:
        visitor.join(LIMIT * 4)
    firsts = [v.first_question for v in visitors if v.first_question is not None]
    latencies = [l for v in visitors for l in v.latencies]
    failed = [v for v in visitors if v.error or len(v.latencies) != len(ANSWERS) - 1]
    ms = lambda s: "%.1f ms" % (s * 1000)
    print("N = %d, think %.1f s: connect to first question median %s, p99 %s; answer to next question median %s, p99 %s (%d answers); "
          "%d failed; memory %.1f MB per visitor (%d processes)" % (
              count, think, ms(statistics.median(firsts)) if firsts else "-", ms(percentile(firsts, 0.99)),
              ms(statistics.median(latencies)) if latencies else "-", ms(percentile(latencies, 0.99)), len(latencies),
              len(failed), memory / 1024 / max(1, count), len(processes)))
    for visitor in failed[:3]:
        print("  failed: %s" % (visitor.error or "%d answers" % len(visitor.latencies)))


if __name__ == "__main__":
    main()
