// libFuzzer targets for intake's engine, compiled together with Sources/IntakeKit by
// Tests/fuzz/run.sh (not a SwiftPM target: libFuzzer brings its own main). INTAKE_FUZZ picks
// the target: loader, condition, transcript or answers.
import Glibc

enum Target: String {
    /// Bytes as a dialog file: load and check it; if it loads, talk through it and explore it.
    case loader
    /// Bytes as a condition, parsed and evaluated.
    case condition
    /// Bytes as a transcript, replayed against the California dialog.
    case transcript
    /// Bytes as a visitor's lines, answered by the California dialog in both languages.
    case answers
}

nonisolated(unsafe) var target = Target.loader
nonisolated(unsafe) var california: Dialog?

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>)
    -> Int32
{
    let name = getenv("INTAKE_FUZZ").map { String(cString: $0) } ?? "loader"
    guard let chosen = Target(rawValue: name) else {
        fputs("INTAKE_FUZZ must be loader, condition, transcript or answers, not '\(name)'\n", stderr)
        exit(2)
    }
    target = chosen
    let path = getenv("INTAKE_FUZZ_DIALOG").map { String(cString: $0) } ?? "Dialogs/california.yaml"
    guard let file = fopen(path, "r") else {
        fputs("cannot read \(path) (set INTAKE_FUZZ_DIALOG)\n", stderr)
        exit(2)
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = fread(&chunk, 1, chunk.count, file)
        if count <= 0 { break }
        bytes += chunk[0..<count]
    }
    fclose(file)
    california = DialogLoader.load(bytes: bytes, file: path).dialog
    if california == nil {
        fputs("\(path) does not load\n", stderr)
        exit(2)
    }
    return 0
}

/// A small budget: one input must stay fast, whatever it is.
let budget: PathExplorer.Budget = {
    var budget = PathExplorer.Budget()
    budget.states = 2_000
    budget.pathLength = 200
    budget.listingSteps = 20_000
    return budget
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    switch target {
    case .loader:
        let result = DialogLoader.load(bytes: bytes, file: "fuzz.yaml")
        _ = result.diagnostics.rendered(source: text)
        if let dialog = result.dialog {
            talk(dialog, lines: ["1", "yes", "no", "back", "review", "1", "", "2", "quit", "yes"])
            let report = PathExplorer(dialog: dialog).explore(rowLimit: 100, budget: budget)
            if let rows = report.rows, report.stopped == nil {
                _ = DecisionTable.render(rows, dialog: dialog, format: .md)
            }
            _ = Graph.render(dialog, format: .dot)
        }
    case .condition:
        if let condition = try? Condition.parse(text, at: SourceLocation(line: 1, column: 1)) {
            _ = condition.holds(for: ["x": .yes, "age": .number(17), "case": .choice("felony")])
            condition.forEachName { _ in }
        }
    case .transcript:
        guard let dialog = california,
            let transcript = try? Transcript.parse(text, file: "fuzz.txt"),
            let result = try? Replay.run(transcript, dialog: dialog, file: "fuzz.txt")
        else { return 0 }
        _ = result.diff
    case .answers:
        guard let dialog = california else { return 0 }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(200).map(String.init)
        talk(dialog, lines: lines)
        talk(dialog, lines: ["2"] + lines)
    }
    return 0
}

/// A visit that answers `lines`, laid out as a screen would show it.
func talk(_ dialog: Dialog, lines: [String]) {
    var session = Session(dialog: dialog, language: nil, width: 40)
    _ = session.begin()
    for line in lines where session.isWaiting {
        _ = session.answer(line)
    }
    _ = session.endOfInput()
}
