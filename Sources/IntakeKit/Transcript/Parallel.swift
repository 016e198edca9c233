import Dispatch

/// Work spread over threads, for batch jobs whose items do not depend on each other.
enum Parallel {
    /// `transform` applied to every item on up to `workers` threads, each taking one contiguous
    /// share; the results come back in the items' order. `transform` is told which worker runs
    /// it, so each worker can keep its own state (such as a cache) without locks.
    static func map<Item: Sendable, Output: Sendable>(
        _ items: [Item], workers: Int, _ transform: @Sendable (_ worker: Int, _ item: Item) -> Output
    ) -> [Output] {
        let shares = max(1, min(workers, items.count))
        guard shares > 1 else { return items.map { transform(0, $0) } }
        var results = [Output?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each worker writes only its own share of the buffer.
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: shares) { share in
                let start = items.count * share / shares
                let end = items.count * (share + 1) / shares
                for index in start..<end { output[index] = transform(share, items[index]) }
            }
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

    /// Replays every job on up to `workers` threads (each with its own layout cache); the
    /// results come back in the jobs' order, so reports read the same however many ran.
    public static func runAll(_ jobs: [Job], workers: Int) -> [Swift.Result<Result, Transcript.FormatError>] {
        let caches = (0..<max(1, workers)).map { _ in LayoutCache() }
        return Parallel.map(jobs, workers: workers) { worker, job in
            Swift.Result { () throws(Transcript.FormatError) -> Result in
                try run(job.transcript, dialog: job.dialog, file: job.file, cache: caches[worker])
            }
        }
    }
}
