import Glibc

/// Threads from the C library: a release binary is a static executable, and these need nothing
/// more linked into it or started before `main`.
enum Threads {
    /// Work handed to a new thread through its one raw pointer.
    final class Job: @unchecked Sendable {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Starts `body` on a new thread (with `stackSize` bytes of stack, if given); nil if no
    /// thread could be made.
    static func start(stackSize: Int? = nil, _ body: @escaping () -> Void) -> pthread_t? {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        if let stackSize { pthread_attr_setstacksize(&attributes, stackSize) }
        var thread = pthread_t()
        let context = Unmanaged.passRetained(Job(body)).toOpaque()
        let started = pthread_create(&thread, &attributes, { raw in
            guard let raw else { return nil }
            Unmanaged<Job>.fromOpaque(raw).takeRetainedValue().body()
            return nil
        }, context)
        guard started == 0 else {
            Unmanaged<Job>.fromOpaque(context).release()
            return nil
        }
        return thread
    }

    static func join(_ thread: pthread_t) {
        pthread_join(thread, nil)
    }

    /// The cores this machine has online.
    static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

/// Runs work on a thread with a large stack and waits for it.
enum DeepStack {
    /// Reserved address space, not memory: pages are used only as deep as the walk goes.
    static let size = 1 << 30

    final class Result<T>: @unchecked Sendable {
        var value: T?
    }

    static func run<T>(_ work: @escaping () -> T) -> T {
        let result = Result<T>()
        guard let thread = Threads.start(stackSize: size, { result.value = work() }) else { return work() }
        Threads.join(thread)
        return result.value ?? work()
    }
}

/// Work spread over threads, for batch jobs whose items do not depend on each other.
enum Parallel {
    /// `transform` applied to every item on up to `workers` threads, each taking one contiguous
    /// share; the results come back in the items' order. `transform` is told which worker runs
    /// it, so each worker can keep its own state (such as a cache) without locks.
    static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], workers: Int, _ transform: @escaping @Sendable (_ worker: Int, _ item: Item) -> Output
    ) -> [Output] {
        let shares = max(1, min(workers, items.count))
        guard shares > 1 else { return items.map { transform(0, $0) } }
        var results = [Output?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each worker writes only its own share of the buffer, and all are joined before
            // it is read.
            nonisolated(unsafe) let output = buffer
            func work(_ share: Int) {
                let start = items.count * share / shares
                let end = items.count * (share + 1) / shares
                for index in start..<end { output[index] = transform(share, items[index]) }
            }
            // The other shares on new threads, the first on this one; a share whose thread
            // could not start runs here too.
            var threads: [pthread_t] = []
            for share in 1..<shares {
                if let thread = Threads.start({ work(share) }) { threads.append(thread) } else { work(share) }
            }
            work(0)
            threads.forEach(Threads.join)
        }
        return results.map { $0! }
    }
}

extension Replay {
    /// One transcript to replay, with its dialog and the file it came from.
    public struct Job: Sendable {
        public var transcript: Transcript
        public var dialog: Dialog
        public var file: String

        public init(transcript: Transcript, dialog: Dialog, file: String) {
            self.transcript = transcript
            self.dialog = dialog
            self.file = file
        }
    }

    /// Replays every job on up to `workers` threads (default: one per core), each with its own
    /// layout cache; the results come back in the jobs' order, so reports read the same however
    /// many ran.
    public static func runAll(_ jobs: [Job], workers: Int? = nil) -> [Swift.Result<Result, Transcript.FormatError>] {
        let workers = workers ?? Threads.cores
        let caches = (0..<max(1, workers)).map { _ in LayoutCache() }
        return Parallel.map(jobs, workers: workers) { worker, job in
            Swift.Result { () throws(Transcript.FormatError) -> Result in
                try run(job.transcript, dialog: job.dialog, file: job.file, cache: caches[worker])
            }
        }
    }
}
