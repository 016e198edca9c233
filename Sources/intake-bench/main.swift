import Glibc
import IntakeKit

// Benchmarks for intake. They print figures; nothing here passes or fails.
//   Tests/benchmarks/run.sh runs them: startup RUNS -- COMMAND..., load FILE [RUNS], answers

func readFile(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count <= 0 { break }
        bytes += buffer[0..<count]
    }
    return bytes
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Starts `command`, waits until it prints the prompt "> " (its first question is on the screen),
/// then ends it. Returns the seconds that took and the peak resident memory in KiB.
func timeToFirstQuestion(_ command: [String]) -> (seconds: Double, rssKiB: Int)? {
    var input: [Int32] = [0, 0]
    var output: [Int32] = [0, 0]
    guard pipe(&input) == 0, pipe(&output) == 0 else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, input[0], 0)
    posix_spawn_file_actions_adddup2(&actions, output[1], 1)
    posix_spawn_file_actions_addclose(&actions, input[1])
    posix_spawn_file_actions_addclose(&actions, output[0])
    var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = now()
    guard posix_spawnp(&pid, command[0], &actions, nil, &argv, environ) == 0 else { return nil }
    close(input[0])
    close(output[1])
    var seen: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    var elapsed: Double?
    while elapsed == nil {
        let count = read(output[0], &buffer, buffer.count)
        if count <= 0 { break }
        seen += buffer[0..<count]
        // The prompt: "> " at the start of a line.
        if seen.count >= 2, seen[seen.count - 2] == UInt8(ascii: ">"), seen[seen.count - 1] == UInt8(ascii: " "),
            seen.count == 2 || seen[seen.count - 3] == 10
        {
            elapsed = now() - start
        }
    }
    // Peak RSS since the program started (VmHWM starts again at exec; wait4's ru_maxrss would
    // also count the benchmark's own pages from before the exec).
    let peak = peakResidentKiB(pid)
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    close(input[1])
    close(output[0])
    guard let elapsed, let peak else { return nil }
    return (elapsed, peak)
}

/// VmHWM from /proc/PID/status, in KiB.
func peakResidentKiB(_ pid: pid_t) -> Int? {
    guard let bytes = readFile("/proc/\(pid)/status") else { return nil }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.dropFirst(6).filter { $0.isNumber })
    }
    return nil
}

/// startup RUNS -- COMMAND...: the median time to the first question and the median peak RSS.
func benchmarkStartup(runs: Int, command: [String]) {
    var times: [Double] = []
    var memory: [Double] = []
    for _ in 0..<runs {
        guard let run = timeToFirstQuestion(command) else {
            print("failed: \(command.joined(separator: " ")) never showed a prompt")
            exit(1)
        }
        times.append(run.seconds)
        memory.append(Double(run.rssKiB))
    }
    print("\(median(times)) \(Int(median(memory)))")
}

// MARK: - Loading, and answering

/// The median seconds `body` takes over `runs` runs. What it returns is freed after the clock
/// stops; what it drops inside is freed inside.
func medianSeconds<Result>(runs: Int, _ body: () -> Result) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = now()
        let result = body()
        times.append(now() - start)
        withExtendedLifetime(result) {}
    }
    return median(times)
}

/// load FILE RUNS: the median seconds to load and check a dialog file, as `intake check` does.
func benchmarkLoad(path: String, runs: Int) {
    guard let bytes = readFile(path) else {
        print("cannot read \(path)")
        exit(66)
    }
    if DialogLoader.load(bytes: bytes, file: path).dialog == nil {
        print("\(path) has errors")
        exit(65)
    }
    print(String(medianSeconds(runs: runs) { DialogLoader.load(bytes: bytes, file: path) }))
}

/// answers: the median time from an answer to the next question in a long scripted
/// conversation (the same case asked about again and again, with its outcome text).
func benchmarkAnswers() {
    let path = "Dialogs/california.yaml"
    guard let bytes = readFile(path), let dialog = DialogLoader.load(bytes: bytes, file: path).dialog else {
        print("cannot load \(path); run from the repository root")
        exit(66)
    }
    let oneCase = ["1", "1", "30", "5", "felony", "no", "probation", "violated", "yes", "yes", "shoplifting", "yes"]
    var session = Session(dialog: dialog, language: "en", width: 72)
    _ = session.begin()
    // One case first: the citizenship question comes at its end, once per visit.
    for line in oneCase.dropLast() + ["1", "yes"] { _ = session.answer(line) }
    var times: [Double] = []
    for _ in 0..<200 {
        for line in oneCase {
            let start = now()
            let shown = session.answer(line)
            times.append(now() - start)
            precondition(!shown.text.isEmpty)
        }
    }
    print("\(median(times)) \(times.count)")
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "startup":
    let runs = arguments.dropFirst().first.flatMap(Int.init) ?? 30
    guard let dash = arguments.firstIndex(of: "--") else {
        print("usage: intake-bench startup RUNS -- COMMAND...")
        exit(64)
    }
    benchmarkStartup(runs: runs, command: Array(arguments[(dash + 1)...]))
case "load":
    guard arguments.count >= 2 else {
        print("usage: intake-bench load FILE [RUNS]")
        exit(64)
    }
    benchmarkLoad(path: arguments[1], runs: arguments.dropFirst(2).first.flatMap(Int.init) ?? 20)
case "answers":
    benchmarkAnswers()
default:
    print("usage: intake-bench startup RUNS -- COMMAND... | load FILE [RUNS] | answers")
    exit(64)
}
