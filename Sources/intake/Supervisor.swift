import CReadline
import Glibc

/// Runs `intake kiosk --visitor` in a child process, one per visitor, and ends any visitor whose
/// keys stop for longer than the idle limit, whatever that process is doing.
///
/// The visitor's own idle timer warns and wipes in the normal case. The supervisor is the limit
/// a visitor cannot block: a frozen screen (Scroll Lock on a Linux console, or XON/XOFF turned
/// back on) stops the visitor's process inside a write, where no timer of its own can help. The
/// visitor writes a byte to a pipe (fd 3 in the child) at most once a second while keys come;
/// when none has come for the limit, the supervisor kills it, restarts the terminal's output,
/// drops what was typed ahead, and wipes the screen.
enum Supervisor {
    /// The visitor being served, for the SIGTERM handler (0 when none).
    nonisolated(unsafe) static var child: pid_t = 0
    nonisolated(unsafe) static var stopping: sig_atomic_t = 0

    /// The file descriptor a visitor finds its heartbeat pipe on.
    static let heartbeatDescriptor: Int32 = 3

    /// Serves visitors until SIGTERM, or just one when `once` (SSH: one visitor a connection).
    /// `limit`: seconds without a key after which a visitor is ended (its idle and warning time,
    /// plus a little, so that its own timer normally comes first).
    static func serve(arguments: [String], limit: Int, once: Bool) -> ExitCode {
        // Keys at the kiosk reach the whole foreground process group; only the visitor acts.
        signal(SIGINT, SIG_IGN)
        signal(SIGQUIT, SIG_IGN)
        signal(SIGTSTP, SIG_IGN)
        signal(SIGTERM) { _ in
            Supervisor.stopping = 1
            if Supervisor.child > 0 { kill(Supervisor.child, SIGTERM) }
        }
        intake_tty_flow_control_off(STDIN_FILENO)
        var settings = termios()
        let haveSettings = tcgetattr(STDIN_FILENO, &settings) == 0

        let executable = "/proc/self/exe"
        var quickFailures = 0
        repeat {
            let started = time(nil)
            var pipeEnds: [Int32] = [-1, -1]
            guard pipe(&pipeEnds) == 0, fcntl(pipeEnds[0], F_SETFD, FD_CLOEXEC) == 0,
                fcntl(pipeEnds[1], F_SETFD, FD_CLOEXEC) == 0, fcntl(pipeEnds[1], F_SETFL, O_NONBLOCK) == 0,
                let pid = spawn(executable, ["intake"] + arguments, heartbeat: pipeEnds[1])
            else {
                Terminal.error("intake: cannot start a visitor process: \(String(cString: strerror(errno)))")
                return .failure
            }
            close(pipeEnds[1])
            child = pid
            watch(heartbeats: pipeEnds[0], of: pid, limit: limit)
            close(pipeEnds[0])
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            child = 0
            let killed = (status & 0x7f) != 0
            if killed {
                // Ended by a signal (the limit's SIGKILL, SIGTERM, a crash), the visitor could
                // not wipe: do it here, with the terminal as it was before.
                tcflow(STDOUT_FILENO, TCOON)
                tcflush(STDIN_FILENO, TCIOFLUSH)
                if haveSettings { tcsetattr(STDIN_FILENO, TCSANOW, &settings) }
                // Only if the terminal takes output within 2 s: an SSH client that stops reading
                // must not hold the supervisor (and the connection) in a write for ever.
                var output = pollfd(fd: STDOUT_FILENO, events: Int16(POLLOUT), revents: 0)
                if poll(&output, 1, 2000) == 1 { Terminal.write(KioskCommand.wipe) }
            }
            // A visitor that keeps failing at once (a broken install) must not spin the CPU.
            let exitedAtOnce = time(nil) - started < 2
            let failed = killed || ((status >> 8) & 0xff) != 0
            quickFailures = exitedAtOnce && failed ? quickFailures + 1 : 0
            if quickFailures >= 3 && !once { sleep(5) }
        } while stopping == 0 && !once
        return .success
    }

    /// Waits until the visitor closes its end of the pipe (it has ended) or sends no heartbeat
    /// for `limit` seconds; then kills it.
    static func watch(heartbeats fd: Int32, of pid: pid_t, limit: Int) {
        var deadline = now() + Double(limit)
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let remaining = deadline - now()
            if remaining <= 0 {
                kill(pid, SIGKILL)
                return
            }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining * 1000, 60_000).rounded(.up)))
            if ready < 0 {
                if errno == EINTR {
                    if stopping != 0 { return }
                    continue
                }
                return
            }
            if ready == 0 { continue }
            let count = read(fd, &buffer, buffer.count)
            if count > 0 {
                deadline = now() + Double(limit)
            } else if count == 0 || errno != EINTR {
                return  // the visitor has ended
            }
        }
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Starts `path` with `arguments`, SIGINT back at its default in the child (the child sets
    /// its own handler), SIGQUIT and SIGTSTP still ignored, and `heartbeat` as its fd 3.
    static func spawn(_ path: String, _ arguments: [String], heartbeat: Int32) -> pid_t? {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, heartbeat, heartbeatDescriptor)

        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, &attributes, &argv, environ)
        guard result == 0 else {
            errno = result
            return nil
        }
        return pid
    }
}
