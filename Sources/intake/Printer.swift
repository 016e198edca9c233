import Glibc

/// Prints a handout on a CUPS queue with the CUPS commands (`lp`, `lpstat`, `cancel`, by
/// absolute path), within a bounded time, writing no file of its own: the document goes to `lp`
/// through a pipe. The queue should keep no job files and no job history (README, "A printed
/// handout"), so nothing of it stays in the spool once printed or cancelled.
///
/// A stopped queue, a queue that refuses jobs, CUPS not running, or a job not done in time all
/// come back as `false`; a job not done in time is cancelled, so it does not wait in the spool.
enum Printer {
    static let lp = "/usr/bin/lp"
    static let lpstat = "/usr/bin/lpstat"
    static let cancel = "/usr/bin/cancel"

    /// Seconds a printed job may take before it is cancelled.
    static let jobLimit = 30.0

    static func print(_ document: String, queue: String) -> Bool {
        // A stopped queue would take the job and keep it in the spool: do not send it one.
        guard let state = run(lpstat, ["-p", queue], limit: 5), state.status == 0,
            !state.output.contains("disabled"),
            let accepting = run(lpstat, ["-a", queue], limit: 5), accepting.status == 0,
            accepting.output.contains("accepting requests"), !accepting.output.contains("not accepting")
        else { return false }

        guard let submitted = run(lp, ["-d", queue, "-t", "intake", "-o", "media=Letter", "-"], input: document, limit: 10),
            submitted.status == 0, let job = jobID(in: submitted.output, queue: queue)
        else { return false }

        // Done when the job has left the queue's list of jobs not yet completed.
        let deadline = Supervisor.now() + jobLimit
        while Supervisor.now() < deadline {
            guard let pending = run(lpstat, ["-o", queue], limit: 5), pending.status == 0 else { break }
            if !pending.output.split(whereSeparator: \.isWhitespace).contains(where: { $0 == job }) { return true }
            usleep(300_000)
        }
        _ = run(cancel, [String(job)], limit: 5)
        return false
    }

    /// "request id is kiosk-12 (1 file(s))" → "kiosk-12".
    static func jobID(in output: String, queue: String) -> Substring? {
        output.split(whereSeparator: \.isWhitespace).first { $0.hasPrefix(queue + "-") && $0.dropFirst(queue.count + 1).allSatisfy(\.isNumber) }
    }

    /// Runs a program with `input` on its standard input; its standard output (at most 64 KiB),
    /// and exit status, or nil if it could not start or did not end within `limit` seconds (it
    /// is then killed). Standard error goes nowhere: a visitor's screen is no place for it.
    static func run(_ path: String, _ arguments: [String], input: String = "", limit: Double) -> (status: Int32, output: String)? {
        var toChild: [Int32] = [-1, -1]
        var fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0 else { return nil }
        guard pipe(&fromChild) == 0 else {
            close(toChild[0])
            close(toChild[1])
            return nil
        }
        for fd in [toChild[1], fromChild[0]] { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        // The kiosk's heartbeat pipe (fd 3) stays with the kiosk.
        posix_spawn_file_actions_addclose(&actions, Supervisor.heartbeatDescriptor)
        var argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, path, &actions, nil, &argv, environ)
        close(toChild[0])
        close(fromChild[1])
        guard started == 0 else {
            close(toChild[1])
            close(fromChild[0])
            return nil
        }

        // Feed the input and read the output together, so neither pipe can fill and stall.
        let deadline = Supervisor.now() + limit
        var pending = Array(input.utf8)[...]
        var output: [UInt8] = []
        var writer = toChild[1]
        var reader = fromChild[0]
        if pending.isEmpty {
            close(writer)
            writer = -1
        }
        _ = fcntl(writer, F_SETFL, O_NONBLOCK)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while reader >= 0 {
            let remaining = deadline - Supervisor.now()
            if remaining <= 0 { break }
            var fds = [pollfd(fd: reader, events: Int16(POLLIN), revents: 0), pollfd(fd: writer, events: Int16(POLLOUT), revents: 0)]
            if poll(&fds, writer >= 0 ? 2 : 1, Int32(remaining * 1000) + 1) < 0 {
                if errno == EINTR { continue }
                break
            }
            if writer >= 0, fds[1].revents != 0 {
                let count = pending.withUnsafeBytes { Glibc.write(writer, $0.baseAddress, min($0.count, 65536)) }
                if count > 0 { pending = pending.dropFirst(count) }
                if count < 0 && errno != EAGAIN && errno != EINTR || pending.isEmpty {
                    close(writer)
                    writer = -1
                }
            }
            if fds[0].revents != 0 {
                let count = read(reader, &buffer, buffer.count)
                if count > 0 {
                    if output.count < 65536 { output += buffer[..<count] }
                } else if count == 0 || errno != EINTR {
                    close(reader)
                    reader = -1
                }
            }
        }
        if writer >= 0 { close(writer) }
        if reader >= 0 { close(reader) }

        // Wait for the exit until the deadline; past it, kill.
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 && errno != EINTR { return nil }
            if Supervisor.now() >= deadline {
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return nil
            }
            usleep(20_000)
        }
        let exited = (status & 0x7f) == 0
        return exited ? ((status >> 8) & 0xff, String(decoding: output, as: UTF8.self)) : nil
    }
}
