import Glibc

/// Runs `intake kiosk --visitor` again and again, one child process per visitor, until SIGTERM.
enum Supervisor {
    /// The visitor being served, for the SIGTERM handler (0 when none).
    nonisolated(unsafe) static var child: pid_t = 0
    nonisolated(unsafe) static var stopping: sig_atomic_t = 0

    static func serve(arguments: [String]) -> ExitCode {
        // Keys at the kiosk reach the whole foreground process group; only the visitor acts.
        signal(SIGINT, SIG_IGN)
        signal(SIGQUIT, SIG_IGN)
        signal(SIGTSTP, SIG_IGN)
        signal(SIGTERM) { _ in
            Supervisor.stopping = 1
            if Supervisor.child > 0 { kill(Supervisor.child, SIGTERM) }
        }

        let executable = "/proc/self/exe"
        var quickFailures = 0
        while stopping == 0 {
            let started = time(nil)
            guard let pid = spawn(executable, ["intake"] + arguments) else {
                Terminal.error("intake: cannot start a visitor process: \(String(cString: strerror(errno)))")
                return .failure
            }
            child = pid
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            child = 0
            // A visitor that keeps failing at once (a broken install) must not spin the CPU.
            let exitedAtOnce = time(nil) - started < 2
            let failed = (status & 0x7f) != 0 || ((status >> 8) & 0xff) != 0
            quickFailures = exitedAtOnce && failed ? quickFailures + 1 : 0
            if quickFailures >= 3 { sleep(5) }
        }
        return .success
    }

    /// Starts `path` with `arguments`, SIGINT back at its default in the child (the child sets
    /// its own handler) and SIGQUIT and SIGTSTP still ignored.
    static func spawn(_ path: String, _ arguments: [String]) -> pid_t? {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, nil, &attributes, &argv, environ)
        guard result == 0 else {
            errno = result
            return nil
        }
        return pid
    }
}
