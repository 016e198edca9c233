// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "intake",
    products: [
        .executable(name: "intake", targets: ["intake"])
    ],
    targets: [
        // libyaml's event parser, from Debian's libyaml-dev (see Dialogs/README.md: why not Yams).
        .systemLibrary(name: "CYAML", providers: [.apt(["libyaml-dev"])]),
        // A little C around GNU readline (Debian's libreadline-dev): completion over the current
        // choices only, a per-keystroke idle timer, Ctrl-C and Ctrl-D policy. In C because
        // readline's hooks are C function pointers over C globals.
        .target(name: "CReadline", linkerSettings: [.linkedLibrary("readline"), .linkedLibrary("tinfo")]),
        .target(name: "IntakeKit", dependencies: ["CYAML"]),
        // A release build is one static executable (Swift runtime, readline, libyaml and the C
        // library inside): nothing to install beside it, and a visitor's process starts in about
        // a third of the time and memory of the dynamically linked one (see README, Speed).
        .executableTarget(
            name: "intake",
            dependencies: ["IntakeKit", "BuiltInDialogs", "CReadline"],
            linkerSettings: [.unsafeFlags(["-static-executable"], .when(configuration: .release))]
        ),
        // Dialogs/*.yaml inside the binary: their text, and Swift code that builds each checked
        // Dialog, so a visitor's start-up reads no YAML.
        .target(name: "BuiltInDialogs", dependencies: ["IntakeKit"], plugins: ["EmbedDialogs"]),
        // Build-time only: checks Dialogs/*.yaml (an error fails the build) and turns them into
        // a Swift source file.
        .executableTarget(name: "embed-dialogs", dependencies: ["IntakeKit"]),
        .plugin(
            name: "EmbedDialogs",
            capability: .buildTool(),
            dependencies: ["embed-dialogs"],
            path: "Sources/EmbedDialogsPlugin"
        ),
        // Benchmarks that print figures (never timed tests): swift run -c release intake-bench
        .executableTarget(name: "intake-bench", dependencies: ["IntakeKit"]),
        .testTarget(
            name: "IntakeKitTests",
            dependencies: ["IntakeKit", "BuiltInDialogs"],
            exclude: ["Fixtures"]
        ),
    ]
)
