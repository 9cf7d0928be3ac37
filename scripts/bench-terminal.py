#!/usr/bin/env python3
"""Measures leadterm as an operator feels it, in a real pseudo-terminal (80x24).

Starts the app (`--demo`, or against a `leadterm-sim` started here with `--sim BIN`), waits
for the menu, opens a new lead and types a fixed script into the person and passport
screens at a steady pace. Prints: startup time to the first menu, per-key latency (median,
p99), bytes the app writes per key, CPU per key and peak RSS, with the targets beside them.

Python 3 standard library only. Linux only (/proc).

    swift build -c release --product leadterm --product leadterm-sim
    scripts/bench-terminal.py --bin .build/release/leadterm
    scripts/bench-terminal.py --bin .build/release/leadterm --sim .build/release/leadterm-sim
    scripts/bench-terminal.py --bin .build/release/leadterm --log keys.txt   # each key's output

The figures move with the machine's load (printed with them): run it a few times.
"""

import argparse
import fcntl
import os
import pty
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time

MENU_TEXT = "Открыть заявку по номеру".encode()
FORM_TEXT = "Фамилия".encode()
TAB = b"\t"


def alt(digit):
    return b"\x1b" + digit.encode()


def text(s):
    """Each character of s as one key."""
    return [c.encode() for c in s]


# The person and passport screens, as a branch specialist keys them (Tab between fields;
# full dates, phone and subdivision code move on by themselves).
SCRIPT = (
    text("Иванов") + [TAB] + text("Иван") + [TAB] + text("Ивановнич") + [TAB]
    + [TAB]                      # sex: a select, left for later
    + text("29071987")           # birth date (auto-advances)
    + text("Москва") + [TAB]     # birth place
    + [TAB]                      # citizenship (prefilled)
    + text("9057357014")         # mobile phone (auto-advances)
    + [alt("2")]                 # passport screen
    + text("1222") + [TAB] + text("125523") + [TAB]
    + text("11112006")           # issue date
    + text("УВД") + [TAB]
    + text("989098")             # subdivision code
    + text("11112020")           # valid until
)

TARGETS = {
    "startup_ms": 50.0,
    "median_ms": 0.5,
    "bytes_per_key": 50.0,
    "rss_mb": 25.0,
}


class App:
    """The app on the master side of a pty; everything it writes is drained and timed."""

    def __init__(self, argv, env, cols, rows):
        pid, fd = pty.fork()
        if pid == 0:
            # Child: the pty's slave is stdin/stdout/stderr; size it before exec.
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            try:
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid = pid
        self.fd = fd
        self.buffer = bytearray()
        self.last_output = b""

    def read_some(self, timeout):
        """Reads what is available within timeout; returns the bytes (b"" on timeout)."""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return b""
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: the app closed the terminal
            raise SystemExit("the app exited; last output:\n" + self.buffer[-2000:].decode("utf-8", "replace"))
        self.buffer += data
        return data

    def wait_for(self, needle, timeout):
        """Reads until needle shows in the output since the call; returns seconds waited."""
        start = time.perf_counter()
        seen = bytearray()
        while needle not in seen:
            left = timeout - (time.perf_counter() - start)
            if left <= 0:
                raise SystemExit(f"timed out waiting for {needle.decode()!r}; screen bytes:\n"
                                 + self.buffer[-2000:].decode("utf-8", "replace"))
            seen += self.read_some(left)
        return time.perf_counter() - start

    def drain(self, quiet, limit):
        """Reads until nothing arrives for `quiet` seconds (or `limit` passes); returns bytes read."""
        total = 0
        end = time.perf_counter() + limit
        while time.perf_counter() < end:
            data = self.read_some(quiet)
            if not data:
                break
            total += len(data)
        return total

    def press(self, key, quiet):
        """Writes one key; returns (latency seconds or None, bytes the app wrote for it).

        Latency: for a printable character, until its bytes appear in the output; for other
        keys (Tab, Alt-2), until the first output. Then reads until the output goes quiet."""
        printable = key not in (TAB,) and not key.startswith(b"\x1b")
        start = time.perf_counter()
        os.write(self.fd, key)
        got = bytearray()
        latency = None
        deadline = start + 2.0
        while time.perf_counter() < deadline:
            data = self.read_some(deadline - time.perf_counter())
            if not data:
                break
            got += data
            if (printable and key in got) or (not printable and got):
                latency = time.perf_counter() - start
                break
        mark = len(self.buffer)
        self.drain(quiet, 1.0)
        got += self.buffer[mark:]
        self.last_output = bytes(got)
        return latency, len(got)

    def stop(self, timeout=3):
        """SIGTERM, then SIGKILL if the app has not exited within `timeout` seconds."""
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        end = time.time() + timeout
        while time.time() < end:
            try:
                self.drain(0.01, 0.05)
            except SystemExit:
                pass
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if done:
                break
        else:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def cpu_seconds(pid):
    """utime + stime of the whole process (all threads), in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    # After "pid (comm)": state is fields[0]; utime and stime are stat fields 14 and 15.
    ticks = int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = min(len(ordered) - 1, max(0, int(round(p / 100.0 * (len(ordered) - 1)))))
    return ordered[k]


def start_simulator(sim_bin):
    sim = subprocess.Popen([sim_bin, "--port", "0"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    url = sim.stdout.readline().decode().strip()
    if not url.startswith("http://127.0.0.1:"):
        sim.kill()
        raise SystemExit(f"leadterm-sim did not print its URL (got {url!r})")
    return sim, url


def run(args):
    data_dir = tempfile.mkdtemp(prefix="leadterm-bench-")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": data_dir,
        "XDG_CONFIG_HOME": os.path.join(data_dir, "config"),
        "XDG_DATA_HOME": os.path.join(data_dir, "data"),  # started as operators start it
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }
    sim = None
    argv = [os.path.abspath(args.bin), "--lang", "ru"]
    if args.sim:
        sim, url = start_simulator(os.path.abspath(args.sim))
        env.update({"LEADTERM_SERVER": url, "LEADTERM_CUSTOMER_KEY": "demo",
                    "LEADTERM_USER": "demo", "LEADTERM_PASSWORD": "demo"})
    else:
        argv.insert(1, "--demo")

    app = None
    try:
        started = time.perf_counter()
        app = App(argv, env, args.cols, args.rows)
        app.wait_for(MENU_TEXT, 15)
        startup = time.perf_counter() - started
        # Let the login's follow-up calls (template, dictionaries) land before typing.
        app.drain(0.3, 3)

        app.press(b"1", args.quiet)
        app.wait_for(FORM_TEXT, 5) if FORM_TEXT not in app.buffer[-8000:] else None
        app.drain(0.1, 2)

        latencies, sizes = [], []
        log = open(args.log, "w") if args.log else None
        cpu_before = cpu_seconds(app.pid)
        for key in SCRIPT:
            slot = time.perf_counter() + args.pace
            latency, size = app.press(key, args.quiet)
            if latency is not None:
                latencies.append(latency)
            sizes.append(size)
            if log:
                shown = ascii(app.last_output)[1:]
                log.write(f"{key.decode('utf-8', 'replace')!r:>8} {size:4d} B  {(latency or 0) * 1000:6.2f} ms  {shown}\n")
            time.sleep(max(0.0, slot - time.perf_counter()))
        cpu_after = cpu_seconds(app.pid)
        if log:
            log.close()
        if "Серия".encode() not in app.buffer or "Ивановнич".encode()[-4:] not in app.buffer:
            raise SystemExit("the script did not reach the passport screen; the figures would not mean anything")
        rss = peak_rss_mb(app.pid)
        missing = len(SCRIPT) - len(latencies)
    finally:
        if app:
            app.stop()
        if sim:
            sim.terminate()
            try:
                sim.wait(5)
            except subprocess.TimeoutExpired:
                sim.kill()
        shutil.rmtree(data_dir, ignore_errors=True)

    keys = len(SCRIPT)
    figures = {
        "startup_ms": startup * 1000,
        "median_ms": percentile(latencies, 50) * 1000,
        "p99_ms": percentile(latencies, 99) * 1000,
        "bytes_per_key": sum(sizes) / keys,
        "cpu_ms_per_key": (cpu_after - cpu_before) * 1000 / keys,
        "rss_mb": rss,
    }
    mode = f"against leadterm-sim ({args.sim})" if args.sim else "--demo (simulator in-process)"
    print(f"leadterm {args.bin}, {mode}, {args.cols}x{args.rows}, {keys} keys, one every {args.pace * 1000:.0f} ms,"
          f" load average {os.getloadavg()[0]:.2f}")
    rows = [
        ("first screen (startup)", "startup_ms", "ms"),
        ("key latency, median", "median_ms", "ms"),
        ("key latency, p99", "p99_ms", "ms"),
        ("bytes written per key", "bytes_per_key", "B"),
        ("CPU per key", "cpu_ms_per_key", "ms"),
        ("peak RSS (VmHWM)", "rss_mb", "MB"),
    ]
    print(f"{'measure':<26}{'value':>12}  {'target':>10}  ")
    for title, key, unit in rows:
        target = TARGETS.get(key)
        target_text = f"{target:g} {unit}" if target is not None else "-"
        verdict = "" if target is None else ("ok" if figures[key] <= target else "over")
        print(f"{title:<26}{figures[key]:>9.2f} {unit:<2}  {target_text:>10}  {verdict}")
    if missing:
        print(f"note: {missing} key(s) produced no output within 2 s (not in the latency figures)")
    print("CPU per key is from /proc utime+stime (clock ticks of "
          f"{1000 / os.sysconf('SC_CLK_TCK'):.0f} ms) over the whole script, so it is an average.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", default=".build/release/leadterm", help="the leadterm binary")
    parser.add_argument("--sim", help="a leadterm-sim binary: run against it instead of --demo")
    parser.add_argument("--pace", type=float, default=0.02, help="seconds between keys (default 0.02)")
    parser.add_argument("--quiet", type=float, default=0.003,
                        help="output silence that ends one key's redraw, seconds (default 0.003)")
    parser.add_argument("--log", help="write each key with the bytes the app wrote for it to this file")
    parser.add_argument("--cols", type=int, default=80)
    parser.add_argument("--rows", type=int, default=24)
    args = parser.parse_args()
    if not os.access(args.bin, os.X_OK):
        sys.exit(f"{args.bin} is not an executable; build it: swift build -c release --product leadterm")
    run(args)


if __name__ == "__main__":
    main()
